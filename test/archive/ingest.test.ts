import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.ts';
import { ingestPaths } from '../../src/archive/ingest.ts';
import { workerPool, type Prepared } from '../../src/archive/pool.ts';
import { indexText, STEMMER_VERSION } from '../../src/archive/stem.ts';
import { packAnalysis } from '../../src/archive/storage.ts';
import { normDate, parseFeed, readFileItems } from '../../src/archive/read.ts';
import type { Store } from '../../src/archive/store.ts';
import { BACKENDS } from './backends.ts';

const DIR = join(import.meta.dirname, 'fixtures', 'inputs');

async function byUrlOrTitle(store: Store) {
  const all = (await store.listArticles({ limit: 100 })).items;
  return (k: string) => all.find((a) => a.url === k || a.title === k);
}

describe('input readers', () => {
  it('reads a .txt with its sidecar metadata', () => {
    const [it0] = readFileItems(join(DIR, 'beirut.txt'), () => {});
    expect(it0).toMatchObject({ title: 'ارتفاع عدد ضحايا انفجار بيروت', outlet: 'صحيفة النهار', url: 'https://example.org/beirut', published: '2020-08-06' });
    expect(it0.text.startsWith('أعلنت وزارة الصحة')).toBe(true);
  });
  it('extracts the main article and metadata from HTML', () => {
    const [h] = readFileItems(join(DIR, 'tunis.html'), () => {});
    expect(h).toMatchObject({ title: 'البرلمان التونسي يصوت على الحكومة الجديدة', outlet: 'موقع المغرب العربي', url: 'https://example.org/tunis', published: '2020-09-01' });
    expect(h.text).toContain('هشام المشيشي');
    expect(h.text).not.toContain('الرئيسية');
    expect(h.text).not.toContain('جميع الحقوق');
    expect(h.text.split(/\n+/).length).toBeGreaterThanOrEqual(3);
  });
  it('reads JSON arrays and JSONL, reporting bad lines without stopping', () => {
    expect(readFileItems(join(DIR, 'batch.json'), () => {}).map((i) => i.outlet)).toEqual(['الأهرام', 'سودان تربيون']);
    const errors: string[] = [];
    const items = readFileItems(join(DIR, 'lines.jsonl'), (o) => errors.push(o));
    expect(items.map((i) => i.outlet)).toEqual(['هسبريس', 'المدى']);
    expect(errors).toEqual([`${join(DIR, 'lines.jsonl')}:3`]);
  });
  it('passes a JSONL record\'s country hint through, refusing a malformed one', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const f = join(mkdtempSync(join(tmpdir(), 'isnad-country-')), 'c.jsonl');
    writeFileSync(f, [{ text: 'فرقت الشرطة تظاهرة في عمان.', country: 'jo' }, { text: 'خبر آخر.', country: 'Jordan' }].map((o) => JSON.stringify(o)).join('\n'));
    const errors: string[] = [];
    const items = readFileItems(f, (o, e) => errors.push(`${o} ${e}`));
    expect(items.map((i) => i.country)).toEqual(['JO']);
    expect(errors[0]).toMatch(/:2 .*"country" must be a two-letter ISO country code/);
  });
  it('reads RSS and Atom feeds (HTML content to text, feed title as outlet)', () => {
    const rss = readFileItems(join(DIR, 'feed.rss'), () => {});
    expect(rss).toHaveLength(1);
    expect(rss[0]).toMatchObject({ title: 'قمة خليجية في الرياض', url: 'https://example.org/riyadh', published: '2021-01-05', outlet: 'أخبار الخليج اليوم' });
    expect(rss[0].text).toContain('العلا');
    expect(rss[0].text).not.toMatch(/<p>|&lt;/);
    const atom = readFileItems(join(DIR, 'feed.atom'), () => {});
    expect(atom.map((a) => [a.url, a.published, a.outlet])).toEqual([
      ['https://example.org/tripoli', '2021-01-28', 'نشرة المشرق'], ['https://example.org/amman', '2021-01-30', 'نشرة المشرق'],
    ]);
    expect(atom[0].text).toContain('طرابلس');
    // a feed with a single item still gives an array
    expect(parseFeed('<rss><channel><title>t</title><item><title>x</title><description>نص</description></item></channel></rss>', 'x')).toHaveLength(1);
  });
  it('normalises dates', () => {
    expect(normDate('Tue, 05 Jan 2021 09:00:00 GMT')).toBe('2021-01-05');
    expect(normDate('2020-09-01')).toBe('2020-09-01');
    // the calendar day the timestamp states, not the UTC day (fixes-s7.test.ts, A3)
    expect(normDate('2020-09-01T23:30:00-05:00')).toBe('2020-09-01');
    expect(normDate('not a date')).toBeUndefined();
  });
  it('rejects invalid UTF-8', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const p = join(mkdtempSync(join(tmpdir(), 'isnad-u8-')), 'bad.txt');
    writeFileSync(p, Buffer.from([0xd8, 0xa7, 0xff, 0x20]));
    expect(() => readFileItems(p, () => {})).toThrow(/UTF-8/);
  });
});

for (const backend of BACKENDS) {
  describe(`ingest into ${backend.name}`, () => {
    let server: Server;
    let base = '';
    beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url === '/feed.xml') {
          res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
          res.end(readFileSync(join(DIR, 'feed.atom')));
        } else {
          res.writeHead(404);
          res.end();
        }
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((r) => server.close(() => r())));

    it('ingests every input kind, skips bad items, and is idempotent', async () => {
      const f = await backend.fresh();
      try {
        const s1 = await ingestPaths(f.store, [DIR], { progress: 'none' });
        expect(s1).toMatchObject({ added: 9, updated: 0, unchanged: 0, failed: 1, total: 10 });
        expect(s1.failures[0].origin).toMatch(/lines\.jsonl:3$/);
        const find = await byUrlOrTitle(f.store);
        expect(find('https://example.org/beirut')).toMatchObject({ outlet: 'صحيفة النهار', published: '2020-08-06' });
        expect(find('https://example.org/tunis')).toMatchObject({ outlet: 'موقع المغرب العربي' });
        expect(find('تهديد بالتصعيد')).toMatchObject({ outlet: 'المدى', url: null });
        expect(find('https://example.org/riyadh')).toMatchObject({ outlet: 'أخبار الخليج اليوم' });
        const s2 = await ingestPaths(f.store, [DIR], { progress: 'none' });
        expect(s2).toMatchObject({ added: 0, unchanged: 9, failed: 1 });
        expect((await f.store.stats()).articles).toBe(9);
        // --force re-analyses stored content and replaces it in place
        const before = (await f.store.listArticles({ limit: 100 })).items.find((a) => a.url === 'https://example.org/beirut')!;
        const sf = await ingestPaths(f.store, [join(DIR, 'beirut.txt')], { progress: 'none', force: true });
        expect(sf).toMatchObject({ updated: 1, added: 0 });
        expect((await f.store.stats()).articles).toBe(9);
        expect((await f.store.getArticle(before.id))?.url).toBe('https://example.org/beirut');
        expect((await f.store.check()).ok).toBe(true);
        // a feed URL: the Atom entries are already stored (same urls, same text) → unchanged
        const s3 = await ingestPaths(f.store, [`${base}/feed.xml`], { progress: 'none' });
        expect(s3).toMatchObject({ added: 0, unchanged: 2, failed: 0 });
        const s4 = await ingestPaths(f.store, [`${base}/missing.xml`, join(DIR, 'nope.txt')], { progress: 'none' });
        expect(s4.failed).toBe(2);
        expect(s4.failures.map((x) => x.error).sort()).toEqual([expect.stringMatching(/404/), expect.stringMatching(/no such file/)]);
      } finally {
        await f.cleanup();
      }
    });

    it('ingests a feed URL into an empty archive', async () => {
      const f = await backend.fresh();
      try {
        const s = await ingestPaths(f.store, [`${base}/feed.xml`], { progress: 'none' });
        expect(s).toMatchObject({ added: 2, failed: 0 });
        const r = await f.store.search({ q: 'طرابلس' });
        expect(r.hits.map((h) => h.article.url)).toEqual(['https://example.org/tripoli']);
      } finally {
        await f.cleanup();
      }
    });
  });
}

describe('sidecars and non-article JSON in a directory', () => {
  it('skips *.gold.json and *.meta.json silently and ingests .json only when it holds articles', async () => {
    const { writeFileSync, mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { expandInputs } = await import('../../src/archive/read.ts');
    const dir = mkdtempSync(join(tmpdir(), 'isnad-side-'));
    writeFileSync(join(dir, 'a.txt'), 'قال وزير الخارجية المصري سامح شكري في القاهرة إن المحادثات مستمرة.');
    writeFileSync(join(dir, 'a.meta.json'), JSON.stringify({ title: 'محادثات القاهرة', outlet: 'الأهرام', published: '2021-03-01' }));
    writeFileSync(join(dir, 'a.gold.json'), JSON.stringify({ entities: [{ type: 'PER', name: 'سامح شكري' }] }));
    // a JSON that is not an article (no text): skipped when found by the directory walk
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ version: 2, items: [1, 2] }));
    writeFileSync(join(dir, 'more.json'), JSON.stringify([{ text: 'أعلنت الحكومة العراقية في بغداد خطة جديدة.', outlet: 'المدى' }]));
    const f = await BACKENDS[0].fresh();
    try {
      const units = expandInputs([dir]).units.map((u) => u.ref.slice(dir.length + 1));
      expect(units).toEqual(['a.txt', 'config.json', 'more.json']);
      const s = await ingestPaths(f.store, [dir], { progress: 'none' });
      expect(s).toMatchObject({ added: 2, failed: 0 });
      expect(s.failures).toEqual([]);
      const outlets = (await f.store.listArticles({ limit: 10 })).items.map((a) => a.outlet).sort();
      expect(outlets).toEqual(['الأهرام', 'المدى']);
      // named explicitly, a JSON without articles is still an error for that input
      const s2 = await ingestPaths(f.store, [join(dir, 'config.json')], { progress: 'none' });
      expect(s2.failed).toBe(1);
    } finally {
      await f.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('worker threads', () => {
  it('--jobs 2 gives the same analyses as in-process', async () => {
    const [a, b] = [await BACKENDS[0].fresh(), await BACKENDS[0].fresh()];
    try {
      const s1 = await ingestPaths(a.store, [DIR], { progress: 'none', jobs: 1 });
      const s2 = await ingestPaths(b.store, [DIR], { progress: 'none', jobs: 2 });
      expect(s2).toMatchObject({ added: s1.added, failed: s1.failed });
      const strip = async (st: Store) => {
        const out = [];
        for await (const x of st.exportAnalyses()) out.push(JSON.stringify({ ...x, doc: x.doc }));
        return out.sort();
      };
      expect(await strip(b.store)).toEqual(await strip(a.store));
    } finally {
      await a.cleanup();
      await b.cleanup();
    }
  });

  it('a worker prepares the same analysis, index text and stored form as the main thread', async () => {
    const text = 'قال مصدر مطلع لـ"عربي بوست" إن رئيس الوزراء مصطفى الكاظمي التقى الجنرال إسماعيل قاآني في بغداد.';
    const meta = { title: 'لقاء في بغداد', outlet: 'عربي بوست', published: '2020-08-20' };
    const pool = workerPool(1);
    try {
      const r: Prepared = await pool.analyzeForStore!(text, meta);
      expect(r.packed).toBeTruthy();
      expect(r.analysis).toEqual(analyze({ text, meta }));
      expect(Buffer.from(r.packed!)).toEqual(packAnalysis(r.analysis!));
      expect(r.index).toEqual({ stemmer: STEMMER_VERSION, title: indexText(meta.title), body: indexText(text) });
    } finally {
      await pool.close();
    }
  });
});
