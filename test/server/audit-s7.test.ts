// Session-7 product audit of the HTTP API with messy inputs: impossible dates, binary and legacy-encoded bodies.
// Every refusal is a JSON 4xx, and a refused save leaves the archive unchanged.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Hono } from 'hono';
import { openStore, type Store } from '../../src/archive/index.ts';
import { createApp } from '../../src/server/app.ts';
import { buildOpenApi } from '../../src/server/openapi.ts';
import { validateAnalysis } from '../../src/validate.ts';

let dir: string;
let store: Store;
let app: Hono;
const TEXT = 'قال وزير الخارجية الأردني أيمن الصفدي في عمان أمس إن المحادثات مع العراق «مثمرة».';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'isnad-audit-s7-api-'));
  store = await openStore(join(dir, 'a.db'));
  app = createApp({ store });
  const r = await app.request('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: TEXT, published: '2024-03-05', outlet: 'الغد', save: true }) });
  expect(r.status).toBe(200);
});
afterAll(async () => {
  await store?.close().catch(() => {});
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function call(path: string, init?: RequestInit) {
  const res = await app.request(path, init);
  expect(res.headers.get('content-type') ?? '').toMatch(/application\/json/);
  return { status: res.status, body: (await res.json()) as any };
}
const post = (body: unknown) => call('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const count = async () => (await store.stats()).articles;

describe('impossible publication dates', () => {
  it('published 2026-13-45 or 2023-02-29 is a 400 (it used to yield and store a contract-invalid analysis)', async () => {
    const before = await count();
    for (const published of ['2026-13-45', '2023-02-29', '2024-00-10']) {
      const r = await post({ text: TEXT.replace('أمس', 'اليوم'), published, save: true });
      expect(r.status).toBe(400);
      expect(r.body.error).toMatch(/published: not a real date/);
    }
    expect(await count()).toBe(before);
    const plain = await call('/api/analyze?published=2026-13-45&save=true', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: TEXT });
    expect(plain.status).toBe(400);
    expect(await count()).toBe(before);
  });
  it('a real leap day and a future date are accepted and the analysis validates', async () => {
    for (const published of ['2024-02-29', '2031-01-01']) {
      const r = await post({ text: TEXT, published });
      expect(r.status).toBe(200);
      expect(r.body.analysis.doc.published).toBe(published);
      expect(validateAnalysis(r.body.analysis).errors).toEqual([]);
    }
  });
  it('date filters refuse impossible dates instead of silently matching nothing', async () => {
    for (const path of ['/api/search?q=قال&from=2026-13-45', '/api/articles?to=2023-02-29', '/api/timeline?from=2024-13', '/api/events?to=2024-04-31', '/api/sources?from=2024-00', '/api/graph?to=2024-02-30']) {
      const r = await call(path);
      expect(r.status, path).toBe(400);
      expect(r.body.error).toMatch(/not a real date/);
    }
    const ok = await call(`/api/search?q=${encodeURIComponent('الصفدي')}&from=2024-02-29&to=2024-03`);
    expect(ok.status).toBe(200);
    expect(ok.body.total).toBe(1);
  });
  it('the OpenAPI document still gives the date parameters their pattern', () => {
    const doc = buildOpenApi() as { paths: Record<string, { get?: { parameters?: { name: string; schema: { pattern?: string } }[] } }> };
    const from = doc.paths['/api/search'].get!.parameters!.find((p) => p.name === 'from')!;
    expect(new RegExp(from.schema.pattern!).test('2024-03')).toBe(true);
    expect(new RegExp(from.schema.pattern!).test('March')).toBe(false);
  });
});

describe('text/plain and text/html bodies', () => {
  it('a binary body is a 400 naming the problem, not an analysis of NUL characters', async () => {
    const r = await call('/api/analyze', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]) });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatch(/binary/);
  });
  it('invalid UTF-8 is a 400 (it used to be analysed as U+FFFD characters)', async () => {
    const r = await call('/api/analyze', { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: new Uint8Array([0xc8, 0xdb, 0xcf, 0xc7, 0xcf]) });
    expect(r.status).toBe(400);
    expect(r.body.error).toMatch(/not valid UTF-8/);
  });
  it('a declared windows-1256 body is decoded; an unknown charset is a 415', async () => {
    // "قال وزير الخارجية" in windows-1256 (reverse of the platform decoder)
    const dec = new TextDecoder('windows-1256');
    const rev = new Map<string, number>();
    for (let b = 0; b < 256; b++) rev.set(dec.decode(new Uint8Array([b])), b);
    const bytes = new Uint8Array([...TEXT].map((ch) => rev.get(ch)!));
    const r = await call('/api/analyze', { method: 'POST', headers: { 'content-type': 'text/plain; charset=windows-1256' }, body: bytes });
    expect(r.status).toBe(200);
    expect(r.body.analysis.text).toBe(TEXT);
    const bad = await call('/api/analyze', { method: 'POST', headers: { 'content-type': 'text/plain; charset=x-klingon' }, body: 'abc' });
    expect(bad.status).toBe(415);
  });
  it('a BOM is dropped and the country hint is read from the query for text/plain', async () => {
    const r = await call('/api/analyze?country=jo', { method: 'POST', headers: { 'content-type': 'text/plain; charset=utf-8' }, body: '\ufeff' + 'فرقت الشرطة تظاهرة في وسط عمان.' });
    expect(r.status).toBe(200);
    expect(r.body.analysis.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(r.body.analysis.doc.country).toBe('JO');
  });
  it('an HTML page keeps its canonical URL (the link back to the original)', async () => {
    const html = `<html><head><link rel="canonical" href="https://news.example.jo/a/1"><title>خبر</title></head><body><article><p>${TEXT}</p><p>${TEXT}</p></article></body></html>`;
    const r = await call('/api/analyze', { method: 'POST', headers: { 'content-type': 'text/html; charset=utf-8' }, body: html });
    expect(r.status).toBe(200);
    expect(r.body.analysis.doc.url).toBe('https://news.example.jo/a/1');
  });
});

describe('GeoJSON for map tools', () => {
  const inRange = (c: number[]) => c.length === 2 && Math.abs(c[0]) <= 180 && Math.abs(c[1]) <= 90;
  it('places.geojson is an RFC 7946 FeatureCollection with [lon, lat] positions', async () => {
    const res = await app.request('/api/places.geojson');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/geo\+json/);
    const fc = (await res.json()) as { type: string; features: { type: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[] };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBeGreaterThan(0);
    for (const f of fc.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      expect(inRange(f.geometry.coordinates)).toBe(true);
    }
    // Amman is at about 35.9 E, 31.9 N: longitude first
    const amman = fc.features.find((f) => f.properties.latin === 'Amman')!;
    expect(amman.geometry.coordinates[0]).toBeGreaterThan(35);
    expect(amman.geometry.coordinates[0]).toBeLessThan(37);
    expect(amman.geometry.coordinates[1]).toBeGreaterThan(31);
    expect(amman.geometry.coordinates[1]).toBeLessThan(33);
  });
  it('events.geojson puts each placed event at its place, with type, date and actors; filters validate', async () => {
    const saved = await post({ text: 'فرقت الشرطة الأردنية تظاهرة في وسط عمان يوم الجمعة، واعتقلت عشرات المحتجين.', published: '2024-03-08', outlet: 'الغد', save: true });
    expect(saved.status).toBe(200);
    const res = await app.request('/api/events.geojson?from=2024-03-08');
    expect(res.status).toBe(200);
    const fc = (await res.json()) as { type: string; features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[] };
    expect(fc.type).toBe('FeatureCollection');
    const ev = fc.features.find((f) => f.properties.article === saved.body.saved.id);
    expect(ev).toBeDefined();
    expect(ev!.properties.placeLatin).toBe('Amman');
    expect(ev!.properties.date).toBe('2024-03-08');
    expect((ev!.properties.actors as string[]).join(' ')).toContain('الشرطة');
    expect(inRange(ev!.geometry.coordinates)).toBe(true);
    expect((await call('/api/events.geojson?from=2024-02-30')).status).toBe(400);
    expect((await call('/api/events.geojson?type=FOO')).status).toBe(400);
  });
});
