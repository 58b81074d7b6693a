// The HTTP API (hono): JSON endpoints over the archive Store and the analyse pipeline, the OpenAPI document
// generated from the same zod schemas that validate requests, and the static web UI from web/dist.
import { timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { analyze } from '../analyze.ts';
import type { DocMeta, EntityType } from '../contract.ts';
import { articleFromHtml } from '../archive/read.ts';
import { decodeUtf8Strict, InputError } from '../input/index.ts';
import type { Store } from '../archive/store.ts';
import * as S from './schemas.ts';
import { buildOpenApi } from './openapi.ts';
import { eventsGeoJson, placesGeoJson } from './geojson.ts';

export interface AppOptions {
  store: Store;
  /** Bearer token for write endpoints; when set, writes need it (also on loopback). */
  token?: string;
  /** Directory of the built UI (web/dist); no UI routes when absent. */
  staticDir?: string;
  /** Max request body in bytes (default 2 MB). */
  maxBody?: number;
}

export class HttpError extends Error {
  constructor(readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 500 | 503, message: string) {
    super(message);
  }
}

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Plot and cytoscape set styles from script; no inline <script> is ever allowed
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function issuesMessage(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.length ? i.path.join('.') : 'request'}: ${i.message}`).join('; ');
}

function parse<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const r = schema.safeParse(value);
  if (!r.success) throw new HttpError(400, issuesMessage(r.error));
  return r.data;
}

/**
 * A text/plain or text/html body decoded strictly: binary data and invalid UTF-8 are a 400 (the lenient
 * decoder would analyse U+FFFD and NUL characters). A declared legacy charset (windows-1256) is honoured.
 */
async function bodyText(c: Context, ct: string): Promise<string> {
  const buf = new Uint8Array(await c.req.arrayBuffer());
  if (buf.length === 0) return '';
  const charset = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(ct)?.[1]?.toLowerCase();
  if (charset && !/^utf-?8$/.test(charset)) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(charset, { fatal: true });
    } catch {
      throw new HttpError(415, `unsupported charset "${charset}"; send UTF-8`);
    }
    try {
      return decoder.decode(buf);
    } catch {
      throw new HttpError(400, `body is not valid ${charset}`);
    }
  }
  try {
    return decodeUtf8Strict(buf, 'body');
  } catch (e) {
    if (e instanceof InputError) throw new HttpError(400, e.message);
    throw e;
  }
}

function tokenOk(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(header ?? '');
  if (!m) return false;
  const a = Buffer.from(m[1].trim());
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8', '.map': 'application/json',
};

export function createApp(opts: AppOptions): Hono {
  const { store } = opts;
  const app = new Hono();
  const maxBody = opts.maxBody ?? 2 * 1024 * 1024;

  app.use('*', async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('Content-Security-Policy', CSP);
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('X-Frame-Options', 'DENY');
    h.set('Referrer-Policy', 'no-referrer');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
    h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (c.req.path.startsWith('/api/')) h.set('Cache-Control', 'no-store');
  });

  app.use('/api/*', bodyLimit({
    maxSize: maxBody,
    onError: (c) => c.json({ error: `request body too large (limit ${maxBody} bytes)` }, 413),
  }));

  // writes: bearer token when configured
  const requireToken = async (c: Context, next: () => Promise<void>) => {
    if (opts.token && !tokenOk(c.req.header('authorization'), opts.token)) {
      c.header('WWW-Authenticate', 'Bearer');
      return c.json({ error: 'this endpoint needs a bearer token (Authorization: Bearer …)' }, 401);
    }
    await next();
  };

  const q = (c: Context) => c.req.query();

  app.get('/api/health', (c) => c.json({ ok: true }));
  app.get('/api/config', (c) => c.json({ writeNeedsToken: !!opts.token, backend: store.backend }));
  app.get('/api/stats', async (c) => c.json(await store.stats()));

  app.post('/api/analyze', requireToken, async (c) => {
    const ct = c.req.header('content-type') ?? '';
    let raw: unknown;
    if (/^application\/json/i.test(ct)) {
      try {
        raw = await c.req.json();
      } catch {
        throw new HttpError(400, 'body is not valid JSON');
      }
    } else if (/^text\/(plain|html)/i.test(ct)) {
      const field = /^text\/html/i.test(ct) ? 'html' : 'text';
      raw = { [field]: await bodyText(c, ct), ...Object.fromEntries(Object.entries(q(c)).filter(([k]) => ['title', 'outlet', 'url', 'published', 'country'].includes(k))) };
      if (q(c).save) (raw as Record<string, unknown>).save = q(c).save === 'true' || q(c).save === '1';
    } else {
      throw new HttpError(415, 'send application/json, text/plain or text/html');
    }
    const body = parse(S.AnalyzeBody, raw);
    let text = body.text ?? '';
    const meta: Partial<DocMeta> = {};
    if (!text.trim() && body.html) {
      const art = articleFromHtml(body.html, body.url);
      text = art.text ?? '';
      if (art.title) meta.title = art.title;
      if (art.outlet) meta.outlet = art.outlet;
      if (art.published) meta.published = art.published;
      // the page's canonical URL: the link back to the original an analyst checks against
      if (art.url) meta.url = art.url;
      if (!text.trim()) throw new HttpError(400, 'no article text found in the HTML');
    }
    if (body.title) meta.title = body.title;
    if (body.outlet) meta.outlet = body.outlet;
    if (body.url) meta.url = body.url;
    if (body.published) meta.published = body.published;
    if (body.country) meta.country = body.country;
    const analysis = analyze({ text, meta });
    if (!body.save) return c.json({ analysis });
    const saved = await store.putAnalysis(analysis);
    const stored = await store.getArticle(saved.id);
    return c.json({ analysis: stored?.analysis ?? analysis, saved });
  });

  app.get('/api/articles', async (c) => {
    const p = parse(S.ArticlesQuery, q(c));
    return c.json(await store.listArticles({ outlet: p.outlet, entityId: p.entity, from: p.from, to: p.to, order: p.order, limit: p.limit, offset: p.offset }));
  });
  app.get('/api/articles/:id', async (c) => {
    const { id } = parse(S.IdParam, c.req.param());
    const a = await store.getArticle(id);
    if (!a) throw new HttpError(404, `no article ${id}`);
    return c.json(a);
  });
  app.delete('/api/articles/:id', requireToken, async (c) => {
    const { id } = parse(S.IdParam, c.req.param());
    if (!(await store.deleteArticle(id))) throw new HttpError(404, `no article ${id}`);
    return c.json({ deleted: id });
  });

  app.get('/api/search', async (c) => {
    const p = parse(S.SearchQuery, q(c));
    const entity = p.entity != null && /^\d+$/.test(p.entity) ? Number(p.entity) : p.entity;
    return c.json(await store.search({ ...p, entity }));
  });

  app.get('/api/entities', async (c) => {
    const p = parse(S.EntitiesQuery, q(c));
    const items = await store.findEntities({ name: p.q, prefix: p.prefix, type: p.type as EntityType | undefined, limit: p.limit, offset: p.offset });
    return c.json({ items });
  });
  app.get('/api/entities/:id', async (c) => {
    const { id } = parse(S.EntityIdParam, c.req.param());
    const p = parse(S.ProfileQuery, q(c));
    const prof = await store.entityProfile(id, p);
    if (!prof) throw new HttpError(404, `no entity ${id}`);
    return c.json(prof);
  });

  // GeoJSON for map tools; registered before /api/places so the literal suffix wins
  app.get('/api/places.geojson', async (c) => {
    const p = parse(S.PlacesQuery, q(c));
    return c.json(await placesGeoJson(store, { limit: p.limit }), 200, { 'Content-Type': 'application/geo+json' });
  });
  app.get('/api/events.geojson', async (c) => {
    const p = parse(S.EventsGeoQuery, q(c));
    return c.json(await eventsGeoJson(store, p), 200, { 'Content-Type': 'application/geo+json' });
  });

  app.get('/api/places', async (c) => {
    const p = parse(S.PlacesQuery, q(c));
    const items = (await store.findEntities({ type: 'LOC', limit: p.limit })).filter((e) => e.geo);
    return c.json({ items });
  });

  app.get('/api/sources', async (c) => c.json(await store.sourcingProfile(parse(S.SourcesQuery, q(c)))));
  app.get('/api/outlets', async (c) => c.json({ items: await store.outlets() }));

  app.get('/api/events', async (c) => {
    const p = parse(S.EventsQuery, q(c));
    return c.json(await store.events({ type: p.type, entityId: p.entity, outlet: p.outlet, from: p.from, to: p.to, limit: p.limit, offset: p.offset }));
  });
  app.get('/api/timeline', async (c) => {
    const p = parse(S.TimelineQuery, q(c));
    return c.json({ buckets: await store.timeline({ granularity: p.granularity, eventType: p.type, entityId: p.entity, outlet: p.outlet, from: p.from, to: p.to }) });
  });
  app.get('/api/graph', async (c) => {
    const p = parse(S.GraphQuery, q(c));
    return c.json(await store.entityGraph({
      types: p.types ? (p.types.split(',') as EntityType[]) : undefined, maxNodes: p.maxNodes, minWeight: p.minWeight,
      entityId: p.entity, outlet: p.outlet, from: p.from, to: p.to,
    }));
  });

  let openapi: unknown;
  app.get('/openapi.json', (c) => c.json((openapi ??= buildOpenApi())));

  app.all('/api/*', () => {
    throw new HttpError(404, 'no such endpoint');
  });

  if (opts.staticDir && existsSync(opts.staticDir)) {
    const root = resolve(opts.staticDir);
    const index = join(root, 'index.html');
    app.get('*', (c) => {
      let rel: string;
      try {
        rel = decodeURIComponent(c.req.path);
      } catch {
        throw new HttpError(400, 'bad path');
      }
      const file = normalize(join(root, rel));
      if (file !== root && !file.startsWith(root + sep)) throw new HttpError(404, 'not found');
      let target = file;
      if (!existsSync(target) || statSync(target).isDirectory()) {
        // hash routing: unknown non-asset paths get the app shell
        if (extname(rel) && rel !== '/') throw new HttpError(404, 'not found');
        target = index;
      }
      if (!existsSync(target)) throw new HttpError(404, 'not found');
      const type = MIME[extname(target)] ?? 'application/octet-stream';
      const immutable = target.includes(`${sep}assets${sep}`);
      return c.body(readFileSync(target), 200, {
        'Content-Type': type,
        'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    });
  }

  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.onError((err, c) => {
    if (err instanceof HttpError) return c.json({ error: err.message }, err.status);
    const status = (err as { status?: number }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) return c.json({ error: err.message || 'bad request' }, status as 400);
    process.stderr.write(`isnad serve: ${c.req.method} ${c.req.path}: ${(err as Error).stack ?? err}\n`);
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}
