import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { checkBind, isLoopback, startServer } from '../../src/server/index.ts';
import type { Hono } from 'hono';
import { demoArchive, INJECT_MARK, type Fixture } from './fixture.ts';
import { SCHEMA_ID } from '../../src/contract.ts';

let fx: Fixture;
let app: Hono;

beforeAll(async () => {
  fx = await demoArchive();
  app = createApp({ store: fx.store, staticDir: '/nonexistent' });
});
afterAll(async () => fx?.cleanup());

async function json(path: string, init?: RequestInit) {
  const res = await app.request(path, init);
  expect(res.headers.get('content-type') ?? '').toMatch(/application\/json/);
  return { status: res.status, body: (await res.json()) as any, res };
}

describe('read endpoints', () => {
  it('lists articles and returns one with its contract analysis', async () => {
    const list = await json('/api/articles?limit=100');
    expect(list.status).toBe(200);
    expect(list.body.total).toBeGreaterThanOrEqual(8);
    const first = list.body.items[0];
    const one = await json(`/api/articles/${first.id}`);
    expect(one.status).toBe(200);
    expect(one.body.analysis.schema).toBe(SCHEMA_ID);
    expect(one.body.analysis.doc.id).toBe(first.id);
    for (const e of one.body.analysis.entities) for (const m of e.mentions) expect(one.body.analysis.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('filters articles by outlet', async () => {
    const r = await json(`/api/articles?outlet=${encodeURIComponent('منفذ الاختبار')}`);
    expect(r.body.items.map((a: any) => a.id)).toEqual([fx.injectedId]);
  });

  it('searches with Arabic folding and returns highlight offsets inside snippets', async () => {
    // hamza/ta-marbuta variants of a word in the examples
    const r = await json(`/api/search?q=${encodeURIComponent('القاهره')}`);
    expect(r.status).toBe(200);
    expect(r.body.total).toBeGreaterThan(0);
    const sn = r.body.hits[0].snippets.find((s: any) => s.highlights.length);
    expect(sn).toBeTruthy();
    for (const h of sn.highlights) expect(h.end).toBeGreaterThan(h.start);
    const withFilter = await json(`/api/search?q=${encodeURIComponent('القاهره')}&outlet=${encodeURIComponent('منفذ الاختبار')}`);
    expect(withFilter.body.hits.map((h: any) => h.article.id)).toEqual([fx.injectedId]);
  });

  it('entities: search, profile, 404', async () => {
    const list = await json('/api/entities?limit=500');
    expect(list.body.items.length).toBeGreaterThan(5);
    const e = list.body.items[0];
    const byName = await json(`/api/entities?q=${encodeURIComponent(e.name)}&type=${e.type}`);
    expect(byName.body.items.map((x: any) => x.id)).toContain(e.id);
    const prof = await json(`/api/entities/${e.id}`);
    expect(prof.status).toBe(200);
    expect(prof.body.entity.id).toBe(e.id);
    expect(Array.isArray(prof.body.mentionsByMonth)).toBe(true);
    expect((await json('/api/entities/999999')).status).toBe(404);
  });

  it('sources, outlets, events, timeline, graph, places, stats', async () => {
    const outlets = await json('/api/outlets');
    expect(outlets.body.items.some((o: any) => o.outlet === 'منفذ الاختبار')).toBe(true);
    const prof = await json(`/api/sources?outlet=${encodeURIComponent(outlets.body.items[0].outlet)}`);
    expect(prof.body.outlet).toBe(outlets.body.items[0].outlet);
    expect(prof.body.totals).toBeTruthy();
    const ev = await json('/api/events?limit=5');
    expect(ev.body.items.length).toBeLessThanOrEqual(5);
    const tl = await json('/api/timeline');
    expect(Array.isArray(tl.body.buckets)).toBe(true);
    const g = await json('/api/graph?types=PER,LOC&maxNodes=10');
    expect(g.body.nodes.length).toBeLessThanOrEqual(10);
    for (const n of g.body.nodes) expect(['PER', 'LOC']).toContain(n.type);
    const ids = new Set(g.body.nodes.map((n: any) => n.id));
    for (const e of g.body.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const pl = await json('/api/places');
    for (const p of pl.body.items) expect(p.geo && typeof p.geo.lat === 'number').toBeTruthy();
    expect((await json('/api/stats')).body.articles).toBeGreaterThanOrEqual(8);
  });
});

describe('errors are JSON', () => {
  it('400 on invalid query parameters', async () => {
    for (const p of ['/api/search?limit=0', '/api/search?from=yesterday', '/api/search?sourceKind=rumour', '/api/graph?types=PER,XYZ', '/api/entities/abc', '/api/events?type=HUG']) {
      const r = await json(p);
      expect(r.status, p).toBe(400);
      expect(typeof r.body.error).toBe('string');
      expect(r.body.error).not.toMatch(/at .*\.ts:\d+/);
    }
  });
  it('404 for unknown article, unknown endpoint, and no UI dir', async () => {
    expect((await json('/api/articles/nope')).status).toBe(404);
    expect((await json('/api/nothing')).status).toBe(404);
    expect((await json('/index.html')).status).toBe(404);
  });
  it('400 for a malformed analyse body; 415 for an unknown content type', async () => {
    const bad = await json('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": ' });
    expect(bad.status).toBe(400);
    const empty = await json('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text": "  "}' });
    expect(empty.status).toBe(400);
    const date = await json('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'قال', published: '20-1-1' }) });
    expect(date.status).toBe(400);
    expect(date.body.error).toMatch(/published/);
    const country = await json('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'قال', country: 'Jordan' }) });
    expect(country.status).toBe(400);
    expect(country.body.error).toMatch(/country/);
    const amman = await json('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'فرقت الشرطة تظاهرة في وسط عمان.', country: 'jo' }) });
    expect(amman.status).toBe(200);
    expect(amman.body.analysis.doc.country).toBe('JO');
    expect(amman.body.analysis.entities.find((e: { type: string }) => e.type === 'LOC')?.latin).toBe('Amman');
    const form = await json('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=b' });
    expect(form.status).toBe(415);
  });
  it('413 JSON above the size limit', async () => {
    const small = createApp({ store: fx.store, maxBody: 1000 });
    const res = await small.request('/api/analyze', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'ا'.repeat(2000) });
    expect(res.status).toBe(413);
    expect((await res.json() as any).error).toMatch(/too large/);
    const big = await app.request('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'ب'.repeat(1_100_000) }) });
    expect(big.status).toBe(413);
  });
});

describe('analyse', () => {
  it('analyses JSON text, text/plain and HTML; save stores it', async () => {
    const text = 'قال وزير الخارجية المصري سامح شكري في القاهرة إن المفاوضات مستمرة.';
    const r = await json('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, outlet: 'اختبار', published: '2024-01-02' }) });
    expect(r.status).toBe(200);
    expect(r.body.analysis.text).toBe(text);
    expect(r.body.analysis.doc.outlet).toBe('اختبار');
    expect(r.body.saved).toBeUndefined();
    expect((await json(`/api/articles/${r.body.analysis.doc.id}`)).status).toBe(404);
    const plain = await json('/api/analyze?published=2024-01-02', { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: text });
    expect(plain.body.analysis.doc.published).toBe('2024-01-02');
    const html = `<html><head><title>خبر</title></head><body><article><h1>خبر</h1><p>${text}</p><p>${text.replace('مستمرة', 'متواصلة')}</p></article></body></html>`;
    const h = await json('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ html }) });
    expect(h.status).toBe(200);
    expect(h.body.analysis.text).toContain('سامح شكري');
    expect(h.body.analysis.text).not.toContain('<p>');
    const saved = await json('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, save: true }) });
    expect(saved.body.saved.status).toBe('added');
    expect((await json(`/api/articles/${saved.body.saved.id}`)).status).toBe(200);
  });
});

describe('tokens and binding', () => {
  it('writes need the bearer token when one is configured; reads do not', async () => {
    const secured = createApp({ store: fx.store, token: 'secret-token-1' });
    const body = JSON.stringify({ text: 'قال مصدر مطلع إن الاجتماع انتهى.' });
    const h = { 'content-type': 'application/json' };
    expect((await secured.request('/api/analyze', { method: 'POST', headers: h, body })).status).toBe(401);
    expect((await secured.request('/api/analyze', { method: 'POST', headers: { ...h, authorization: 'Bearer wrong-token-12' }, body })).status).toBe(401);
    expect((await secured.request('/api/articles/x', { method: 'DELETE' })).status).toBe(401);
    expect((await secured.request('/api/analyze', { method: 'POST', headers: { ...h, authorization: 'Bearer secret-token-1' }, body })).status).toBe(200);
    expect((await secured.request('/api/articles')).status).toBe(200);
  });
  it('refuses to bind off loopback without a token', async () => {
    expect(isLoopback('127.0.0.1')).toBe(true);
    expect(isLoopback('::1')).toBe(true);
    expect(isLoopback('localhost')).toBe(true);
    expect(isLoopback('0.0.0.0')).toBe(false);
    expect(isLoopback('192.168.1.5')).toBe(false);
    expect(() => checkBind('0.0.0.0', undefined)).toThrow(/token/);
    expect(() => checkBind('0.0.0.0', 'long-enough-token')).not.toThrow();
    await expect(startServer({ store: fx.store, host: '0.0.0.0', port: 0 })).rejects.toThrow(/token/);
  });
});

describe('openapi and headers', () => {
  it('serves an OpenAPI 3.1 document generated from the request schemas', async () => {
    const r = await json('/openapi.json');
    expect(r.body.openapi).toMatch(/^3\.1/);
    const search = r.body.paths['/api/search'].get;
    const kinds = search.parameters.find((p: any) => p.name === 'sourceKind');
    expect(kinds.schema.enum).toEqual(['named', 'anonymous', 'document', 'media', 'vague']);
    expect(r.body.paths['/api/analyze'].post.requestBody.content['application/json'].schema.properties.text).toBeTruthy();
    expect(r.body.paths['/api/entities/{id}'].get.parameters.some((p: any) => p.in === 'path' && p.name === 'id')).toBe(true);
  });
  it('sets a CSP without inline script and other security headers', async () => {
    const res = await app.request('/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('a real listen on 127.0.0.1', () => {
  it('serves JSON and the injected article as data', async () => {
    const srv = await startServer({ store: fx.store, port: 0, staticDir: '/nonexistent' });
    try {
      const res = await fetch(`${srv.url}api/articles/${fx.injectedId}`);
      expect(res.status).toBe(200);
      const a = (await res.json()) as any;
      expect(a.analysis.text).toContain('<script>');
      const s = await fetch(`${srv.url}api/search?q=${encodeURIComponent(INJECT_MARK)}`);
      const body = (await s.json()) as any;
      expect(body.hits[0].article.id).toBe(fx.injectedId);
    } finally {
      await srv.close();
    }
  });
  it('answers a URL with raw non-ASCII bytes (curl "…?q=الكاظمي") with a JSON 400 that says to percent-encode', async () => {
    const srv = await startServer({ store: fx.store, port: 0, staticDir: '/nonexistent' });
    try {
      const { connect } = await import('node:net');
      const reply = await new Promise<string>((res, rej) => {
        const sock = connect(srv.port, '127.0.0.1', () => sock.write(Buffer.from('GET /api/search?q=الكاظمي HTTP/1.1\r\nHost: x\r\n\r\n', 'utf8')));
        let out = '';
        sock.on('data', (d) => (out += d.toString('utf8')));
        sock.on('end', () => res(out));
        sock.on('error', rej);
      });
      expect(reply).toMatch(/^HTTP\/1\.1 400 /);
      expect(reply).toMatch(/content-type: application\/json/i);
      expect(JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4)).error).toMatch(/percent-encode/);
      // the server still serves the next, well-formed request
      expect((await fetch(`${srv.url}api/search?q=${encodeURIComponent('الكاظمي')}`)).status).toBe(200);
    } finally {
      await srv.close();
    }
  });
});

describe('static UI', () => {
  it('serves index.html and assets with the CSP, never files outside the UI dir', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'isnad-ui-'));
    try {
      mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
      writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html><title>x</title>');
      writeFileSync(join(dir, 'dist', 'assets', 'a.js'), 'console.log(1)');
      writeFileSync(join(dir, 'secret.txt'), 'secret');
      const ui = createApp({ store: fx.store, staticDir: join(dir, 'dist') });
      const root = await ui.request('/');
      expect(root.status).toBe(200);
      expect(root.headers.get('content-type')).toMatch(/text\/html/);
      expect(root.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      const js = await ui.request('/assets/a.js');
      expect(js.headers.get('content-type')).toMatch(/javascript/);
      expect(js.headers.get('cache-control')).toMatch(/immutable/);
      for (const p of ['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/missing.js']) {
        const r = await ui.request(p);
        expect(r.status, p).toBe(404);
        expect(await r.text()).not.toContain('secret');
      }
      const api404 = await ui.request('/api/nope');
      expect(api404.status).toBe(404);
      expect(((await api404.json()) as any).error).toBeTruthy();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
