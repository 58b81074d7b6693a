// `isnad serve` (HTTP API + web UI) and `isnad demo` (ingest examples/ into the embedded default, then serve).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { CliError } from '../errors.ts';
import { openStore, resolveDbLocation, ArchiveFormatError } from '../../archive/open.ts';
import { ingestPaths } from '../../archive/ingest.ts';
import type { Store } from '../../archive/store.ts';
import { DEFAULT_STATIC_DIR, ServeConfigError, startServer, checkBind, exampleInputs } from '../../server/index.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function portOpt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new CliError(`--port expects 0–65535, got "${v}"`, 2);
  return n;
}

async function open(db: string | undefined): Promise<Store> {
  try {
    return await openStore(resolveDbLocation(db));
  } catch (e) {
    if (e instanceof ArchiveFormatError) throw new CliError(e.message, 3);
    throw e;
  }
}

/** Build the UI with vite when web/dist is missing (a checkout without `npm run build:web`). */
async function ensureUi(): Promise<void> {
  if (existsSync(join(DEFAULT_STATIC_DIR, 'index.html'))) return;
  process.stderr.write('isnad: web/dist is missing; building the web UI…\n');
  try {
    const vite = await import('vite');
    await vite.build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  } catch (e) {
    process.stderr.write(`isnad: could not build the web UI (${(e as Error).message.split('\n')[0]}); the API still works. Run \`npm run build:web\`.\n`);
  }
}

async function run(store: Store, o: { host: string; port: number; token?: string }): Promise<void> {
  let srv;
  try {
    srv = await startServer({ store, host: o.host, port: o.port, token: o.token });
  } catch (e) {
    await store.close().catch(() => {});
    if (e instanceof ServeConfigError) throw new CliError(e.message, 2);
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`port ${o.port} on ${o.host} is already in use (try --port)`, 1);
    if (code === 'EACCES') throw new CliError(`not allowed to listen on ${o.host}:${o.port}`, 1);
    throw e;
  }
  process.stdout.write(`Isnad is running at ${srv.url}  (archive: ${store.location}${o.token ? ', writes need the token' : ''})\n`);
  const stop = async () => {
    await srv.close();
    await store.close().catch(() => {});
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

interface ServeOpts {
  host: string;
  port: string;
  db?: string;
  token?: string;
}

/** Port and token from options/env; refuses a non-loopback bind without a token before anything opens. */
function listenOptions(o: ServeOpts): { port: number; token: string | undefined } {
  const port = portOpt(o.port);
  const token = (o.token ?? process.env.ISNAD_TOKEN) || undefined;
  try {
    checkBind(o.host, token);
  } catch (e) {
    throw new CliError((e as Error).message, 2);
  }
  return { port, token };
}

export function registerServe(program: Command): void {
  program.command('serve')
    .description('HTTP API (JSON, /openapi.json) and web UI over the archive')
    .option('--host <host>', 'address to bind (a non-loopback address needs --token)', '127.0.0.1')
    .option('--port <port>', 'port', '7777')
    .option('--db <path|url>', 'archive: SQLite file or postgres:// URL (default $ISNAD_DB or ./isnad.db)')
    .option('--token <token>', 'bearer token for write endpoints (default $ISNAD_TOKEN)')
    .action(async (o: ServeOpts) => {
      const { port, token } = listenOptions(o);
      const store = await open(o.db);
      await ensureUi();
      await run(store, { host: o.host, port, token });
    });

  program.command('demo')
    .description('ingest examples/ into an archive (when empty) and start the web UI')
    .option('--db <path|url>', 'archive (default $ISNAD_DB or ./isnad.db)')
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--port <port>', 'port', '7777')
    .option('--token <token>', 'bearer token for write endpoints (default $ISNAD_TOKEN)')
    .action(async (o: ServeOpts) => {
      const { port, token } = listenOptions(o);
      const store = await open(o.db);
      const stats = await store.stats();
      if (stats.articles === 0) {
        const examples = join(ROOT, 'examples');
        process.stderr.write(`isnad demo: the archive is empty; ingesting ${examples}\n`);
        const sum = await ingestPaths(store, exampleInputs(examples), { progress: 'auto' });
        process.stderr.write(`isnad demo: ${sum.added} articles added in ${sum.seconds.toFixed(1)}s${sum.failed ? `, ${sum.failed} failed` : ''}\n`);
      }
      await ensureUi();
      await run(store, { host: o.host, port, token });
    });
}
