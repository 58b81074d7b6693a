// Start the HTTP server: bind checks (a token is required off loopback), listen, close cleanly.
import { readdirSync } from 'node:fs';
import { isIP, type Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import type { Store } from '../archive/store.ts';
import { createApp } from './app.ts';

export { createApp, CSP, HttpError } from './app.ts';

/** web/dist of this checkout. */
export const DEFAULT_STATIC_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h === '::1') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (h.startsWith('::ffff:')) return h.slice(7).startsWith('127.');
  return false;
}

export interface ServeOptions {
  store: Store;
  host?: string;
  port?: number;
  token?: string;
  staticDir?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  server: ServerType;
  close(): Promise<void>;
}

export class ServeConfigError extends Error {}

/** Refuse a non-loopback bind without a token (writes would be open to the network). */
export function checkBind(host: string, token: string | undefined): void {
  if (!isLoopback(host) && !token) {
    throw new ServeConfigError(`refusing to listen on ${host} without a token: pass --token or set ISNAD_TOKEN (or bind to 127.0.0.1)`);
  }
  if (token != null && token.length < 8) throw new ServeConfigError('the token must be at least 8 characters');
}

export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const host = o.host ?? '127.0.0.1';
  checkBind(host, o.token);
  const app = createApp({ store: o.store, token: o.token, staticDir: o.staticDir ?? DEFAULT_STATIC_DIR });
  return await new Promise<RunningServer>((res, rej) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: o.port ?? 7777 }, (info) => {
      const shown = host.includes(':') ? `[${host}]` : host;
      res({
        url: `http://${shown}:${info.port}/`,
        port: info.port,
        server,
        close: () => new Promise<void>((r) => {
          (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
          server.close(() => r());
        }),
      });
    });
    server.once('error', rej);
    server.on('clientError', badRequestLine);
  });
}

/**
 * A request Node cannot parse gets the API's JSON error instead of an empty 400 — most often raw non-ASCII bytes in
 * the URL (`curl "…/api/search?q=الكاظمي"`), which HTTP does not allow.
 */
function badRequestLine(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify({ error: 'bad request: the request is not valid HTTP (percent-encode non-ASCII characters in the URL, e.g. curl --get --data-urlencode "q=…")' });
  socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

/** The article files of an examples/ folder: gold annotations (*.gold.json) and sidecars are not articles. */
export function exampleInputs(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => !/\.(gold|meta)\.json$/i.test(f) && /\.(txt|html?|json|jsonl|xml|rss|atom)$/i.test(f))
    .sort()
    .map((f) => join(dir, f));
}
