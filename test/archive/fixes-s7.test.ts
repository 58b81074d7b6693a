// Session 7 product-audit fixes in the archive (A1–A7): impossible feed/JSON dates, relative feed links, the
// stated calendar day of feed timestamps, CSV formula injection, URL fetch errors, corrected metadata on
// re-ingest, and the start line of `--progress lines`.
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.ts';
import type { Analysis } from '../../src/contract.ts';
import { csvField, exportArchive } from '../../src/archive/export.ts';
import { ingestPaths, type IngestItemReport } from '../../src/archive/ingest.ts';
import { normDate, parseFeed, readFileItems, readUrlItems } from '../../src/archive/read.ts';
import type { Store } from '../../src/archive/store.ts';
import { validateAnalysis } from '../../src/validate.ts';
import { BACKENDS } from './backends.ts';
import { synth } from './helpers.ts';

let tmp = '';
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'isnad-fix7-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const file = (name: string, content: string) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};

async function analyses(store: Store): Promise<Analysis[]> {
  const out: Analysis[] = [];
  for await (const a of store.exportAnalyses()) out.push(a);
  return out;
}

/** A stand-in for process.stderr that records what is written (not a TTY: progress as lines). */
function recorder() {
  const lines: string[] = [];
  const stream = { isTTY: false, write: (s: string) => { lines.push(s); return true; } } as unknown as NodeJS.WriteStream;
  return { lines, stream };
}

const TEXT_SAID = 'أكد مصدر مطلع أن المفاوضات مستمرة.';
const TEXT_YESTERDAY = 'قال وزير الخارجية الأردني أيمن الصفدي أمس إن المحادثات مثمرة.';

describe('A1: impossible publication dates are dropped with a warning, never stored', () => {
  it('normDate refuses days that do not exist instead of passing them on or rolling them over', () => {
    expect(normDate('2026-13-45')).toBeUndefined();
    expect(normDate('2024-02-30')).toBeUndefined();
    expect(normDate('2023-02-29T10:00:00Z')).toBeUndefined();
    // JavaScript's Date would roll 31 February over to 2 March
    expect(normDate('Sat, 31 Feb 2024 10:00:00 GMT')).toBeUndefined();
    expect(normDate('2024-02-29')).toBe('2024-02-29');
  });

  it('a JSONL line and a feed item keep their article, undated, with a warning naming the date', () => {
    const jl = file('a1.jsonl', `${JSON.stringify({ text: TEXT_SAID, published: '2026-13-45' })}\n`);
    const [j] = readFileItems(jl, () => {});
    expect(j.text).toBe(TEXT_SAID);
    expect(j.published).toBeUndefined();
    expect(j.warnings).toEqual([expect.stringMatching(/impossible publication date "2026-13-45"/)]);
    const [f] = parseFeed(`<rss><channel><title>وكالة</title><item><title>خبر</title><pubDate>2026-13-45</pubDate><description>${TEXT_SAID}</description></item></channel></rss>`, 'feed.rss');
    expect(f.published).toBeUndefined();
    expect(f.warnings?.[0]).toMatch(/impossible publication date "2026-13-45"/);
    // an unreadable one is said too (it used to vanish silently)
    const [u] = parseFeed(`<rss><channel><item><pubDate>منذ ساعتين</pubDate><description>${TEXT_SAID}</description></item></channel></rss>`, 'f');
    expect(u.published).toBeUndefined();
    expect(u.warnings?.[0]).toMatch(/unreadable publication date "منذ ساعتين"/);
  });

  for (const backend of BACKENDS) {
    it(`ingest into ${backend.name}: stored analyses stay contract-valid and the timeline has no impossible month`, async () => {
      const jl = file('a1b.jsonl', `${JSON.stringify({ text: TEXT_SAID, published: '2026-13-45' })}\n`);
      const rss = file('a1b.rss', `<rss><channel><title>وكالة</title><item><title>خبر</title><pubDate>2026-13-45</pubDate><description>قال وزير الخارجية إن المحادثات مثمرة.</description></item></channel></rss>`);
      const f = await backend.fresh();
      try {
        const rec = recorder();
        const sum = await ingestPaths(f.store, [jl, rss], { progress: 'lines', stream: rec.stream });
        expect(sum).toMatchObject({ added: 2, failed: 0 });
        expect(sum.warnings.map((w) => w.origin).sort()).toEqual([`${jl}:1`, `${rss}#1`]);
        expect(rec.lines.join('')).toMatch(/ingest: warning .*a1b\.jsonl:1: ignoring the impossible publication date "2026-13-45"/);
        const all = await analyses(f.store);
        expect(all).toHaveLength(2);
        for (const a of all) {
          expect(a.doc.published).toBeUndefined();
          expect(validateAnalysis(a).errors).toEqual([]);
        }
        const buckets = await f.store.timeline({});
        expect(buckets.map((b) => b.period).filter((p) => p.startsWith('2026-13'))).toEqual([]);
        expect((await f.store.listArticles({})).items.map((a) => a.published)).toEqual([null, null]);
      } finally {
        await f.cleanup();
      }
    });
  }
});

describe('A1: an archive written before keeps no impossible date once its input is ingested again', () => {
  for (const backend of BACKENDS) {
    it(`${backend.name}: check() reports it, re-ingest repairs it in place`, async () => {
      const jl = file(`a1r-${backend.name}.jsonl`, `${JSON.stringify({ text: TEXT_YESTERDAY, published: '2026-13-45', outlet: 'وكالة' })}\n`);
      const f = await backend.fresh();
      try {
        // what ingest stored before the fix: the impossible date in the analysis and the row
        const old = analyze({ text: TEXT_YESTERDAY, meta: { published: '2026-13-45', outlet: 'وكالة' } });
        expect(validateAnalysis(old).errors).not.toEqual([]);
        await f.store.putAnalysis(old);
        const c1 = await f.store.check();
        expect(c1.ok).toBe(false);
        expect(c1.messages.join('\n')).toMatch(/1 articles with an impossible publication date \(e\.g\. "2026-13-45"\)/);
        const s = await ingestPaths(f.store, [jl], { progress: 'none' });
        expect(s).toMatchObject({ updated: 1, added: 0 });
        const all = await analyses(f.store);
        expect(all).toHaveLength(1);
        expect(all[0].doc).toMatchObject({ id: old.doc.id, outlet: 'وكالة' });
        expect(all[0].doc.published).toBeUndefined();
        expect(validateAnalysis(all[0]).errors).toEqual([]);
        expect(await f.store.check()).toEqual({ ok: true, messages: [] });
        // and it stays so
        expect(await ingestPaths(f.store, [jl], { progress: 'none' })).toMatchObject({ unchanged: 1 });
      } finally {
        await f.cleanup();
      }
    });
  }
});

describe('A2: relative feed links are resolved', () => {
  const item = (link: string) => `<item><title>خبر</title><link>${link}</link><description>${TEXT_SAID}</description></item>`;
  it('against the channel link (an RSS file)', () => {
    const items = parseFeed(`<rss><channel><title>t</title><link>https://news.example.com/ar/</link>${item('/ar/news/1')}${item('news/2')}${item('https://other.example.org/x')}</channel></rss>`, '/tmp/feed.rss');
    expect(items.map((i) => i.url)).toEqual(['https://news.example.com/ar/news/1', 'https://news.example.com/ar/news/2', 'https://other.example.org/x']);
  });
  it('against the feed URL when the channel gives no absolute base; a file without one drops the link', () => {
    const rss = `<rss><channel><title>t</title>${item('/ar/news/1')}</channel></rss>`;
    expect(parseFeed(rss, 'https://feeds.example.com/rss/main.xml')[0].url).toBe('https://feeds.example.com/ar/news/1');
    expect(parseFeed(rss, '/tmp/feed.rss')[0].url).toBeUndefined();
    const relChannel = `<rss><channel><title>t</title><link>/ar/</link>${item('news/1')}</channel></rss>`;
    expect(parseFeed(relChannel, '/tmp/feed.rss')[0].url).toBeUndefined();
  });
  it('Atom: xml:base, then the feed\'s own address', () => {
    const atom = (base: string) => `<feed xmlns="http://www.w3.org/2005/Atom"${base}><title>t</title><link rel="self" href="https://site.example/feeds/all.atom"/>
<entry><title>x</title><link rel="alternate" href="/ar/2024/03/story"/><updated>2024-03-05T10:00:00Z</updated><summary>${TEXT_SAID}</summary></entry></feed>`;
    expect(parseFeed(atom(' xml:base="https://base.example/"'), '/tmp/a.atom')[0].url).toBe('https://base.example/ar/2024/03/story');
    expect(parseFeed(atom(''), '/tmp/a.atom')[0].url).toBe('https://site.example/ar/2024/03/story');
  });
  it('a feed fetched over HTTP resolves against its URL and the stored article keeps the link', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(`<rss><channel><title>وكالة</title>${item('/ar/news/7')}</channel></rss>`);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const [it0] = await readUrlItems(`${base}/feeds/rss.xml`);
      expect(it0.url).toBe(`${base}/ar/news/7`);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});

describe('A3: feed timestamps keep the calendar day they state', () => {
  it('ISO 8601 and RFC 822 with offsets give the local day, not the UTC day', () => {
    expect(normDate('2024-02-10T23:30:00-05:00')).toBe('2024-02-10');
    expect(normDate('2020-09-01T23:30:00-05:00')).toBe('2020-09-01');
    expect(normDate('2024-03-05T01:30:00.000+03:00')).toBe('2024-03-05');
    expect(normDate('Tue, 05 Mar 2024 01:30:00 +0300')).toBe('2024-03-05');
    expect(normDate('Mon, 04 Mar 2024 23:30:00 -0800')).toBe('2024-03-04');
    expect(normDate('5 Mar 2024 01:30 EST')).toBe('2024-03-05');
    expect(normDate('Tue, 05 Jan 2021 09:00:00 GMT')).toBe('2021-01-05');
    expect(normDate('Tue, 05 Jan 21 09:00:00 GMT')).toBe('2021-01-05');
  });
  for (const backend of BACKENDS) {
    it(`${backend.name}: «أمس» in a feed item resolves against the stated day`, async () => {
      const rss = file(`a3-${backend.name}.rss`, `<rss><channel><title>وكالة</title><item><title>الصفدي</title><link>https://n.example/a3</link>
<pubDate>Tue, 05 Mar 2024 01:30:00 +0300</pubDate><description>${TEXT_YESTERDAY}</description></item></channel></rss>`);
      const f = await backend.fresh();
      try {
        await ingestPaths(f.store, [rss], { progress: 'none' });
        const [a] = await analyses(f.store);
        expect(a.doc.published).toBe('2024-03-05');
        expect(a.dates.find((d) => d.text === 'أمس')?.value).toBe('2024-03-04');
      } finally {
        await f.cleanup();
      }
    });
  }
});

describe('A4: CSV cells that a spreadsheet would run as formulas are defused', () => {
  it('prefixes =, +, -, @, tab and CR with a single quote and keeps RFC 4180 quoting', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe(`"'\rx"`);
    // everything else is as before
    expect(csvField('قال، "نعم"')).toBe('"قال، ""نعم"""');
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField(12)).toBe('12');
    expect(csvField(null)).toBe('');
  });
  it('an exported title and statement that start with a formula character come out as text', async () => {
    const text = 'وقال المتحدث: -لا تفاوض تحت النار- ثم غادر القاعة.';
    const a = synth(text, { title: '=1+1 عاجل', outlet: 'وكالة', published: '2024-03-05' }, {
      sources: [{ id: 'S1', kind: 'named', label: 'المتحدث' }],
      attributions: [{ id: 'A1', source: 'S1', cue: 'وقال', content: '-لا تفاوض تحت النار-', kind: 'direct' }],
    });
    const f = await BACKENDS[0].fresh();
    try {
      await f.store.putAnalysis(a);
      let out = '';
      await exportArchive(f.store, 'csv', (c) => { out += c; });
      const row = out.split('\r\n')[1];
      expect(row).toContain(",'=1+1 عاجل,");
      expect(row).toContain(",'-لا تفاوض تحت النار-,");
      expect(row).not.toMatch(/,[=+@-]/);
    } finally {
      await f.cleanup();
    }
  });
});

describe('A5: URL fetch errors say why', () => {
  let closedPort = 0;
  let server: Server;
  let base = '';
  beforeAll(async () => {
    // a port that was just free: nothing listens there
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
    closedPort = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    server = createServer((_req, res) => {
      res.writeHead(503, 'Service Unavailable');
      res.end('down');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('connection refused', async () => {
    await expect(readUrlItems(`http://127.0.0.1:${closedPort}/feed`)).rejects.toThrow(/connection refused \(ECONNREFUSED/);
  });
  it('unknown host', async () => {
    await expect(readUrlItems('http://isnad-test-host.invalid/feed', 10000)).rejects.toThrow(/ENOTFOUND|EAI_AGAIN/);
  }, 15000);
  it('HTTP status with its reason', async () => {
    await expect(readUrlItems(`${base}/x`)).rejects.toThrow(/^HTTP 503 Service Unavailable$/);
  });
  it('a self-signed certificate', async (ctx) => {
    let key: string;
    let cert: string;
    try {
      execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(tmp, 'k.pem'), '-out', join(tmp, 'c.pem'),
        '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' });
      key = readFileSync(join(tmp, 'k.pem'), 'utf8');
      cert = readFileSync(join(tmp, 'c.pem'), 'utf8');
    } catch {
      ctx.skip();
      return;
    }
    const tls = createHttpsServer({ key, cert }, (_req, res) => res.end('x'));
    await new Promise<void>((r) => tls.listen(0, '127.0.0.1', () => r()));
    try {
      await expect(readUrlItems(`https://127.0.0.1:${(tls.address() as AddressInfo).port}/`)).rejects.toThrow(/certificate.*(SELF_SIGNED|DEPTH_ZERO)/i);
    } finally {
      await new Promise<void>((r) => tls.close(() => r()));
    }
  }, 20000);
  it('ingest reports the cause in its one-line error', async () => {
    const f = await BACKENDS[0].fresh();
    try {
      const s = await ingestPaths(f.store, [`http://127.0.0.1:${closedPort}/feed`], { progress: 'none' });
      expect(s.failures).toHaveLength(1);
      expect(s.failures[0].error).toMatch(/ECONNREFUSED/);
      expect(s.failures[0].error).not.toContain('\n');
    } finally {
      await f.cleanup();
    }
  });
});

describe('A6: re-ingesting the same text with corrected metadata', () => {
  for (const backend of BACKENDS) {
    it(`${backend.name}: applies the correction in place, re-resolves relative dates, stays idempotent`, async () => {
      const line = (o: Record<string, unknown>) => `${JSON.stringify({ text: TEXT_YESTERDAY, ...o })}\n`;
      const v1 = file(`a6-${backend.name}-1.jsonl`, line({ published: '2024-03-05', title: 'الصفدي', url: 'https://n.example/a6' }));
      const v2 = file(`a6-${backend.name}-2.jsonl`, line({ published: '2024-03-07', url: 'https://n.example/a6' }));
      const bare = file(`a6-${backend.name}-3.jsonl`, line({}));
      const other = file(`a6-${backend.name}-4.jsonl`, line({ published: '2024-03-09', url: 'https://elsewhere.example/copy' }));
      const f = await backend.fresh();
      try {
        const s1 = await ingestPaths(f.store, [v1], { progress: 'none' });
        expect(s1).toMatchObject({ added: 1 });
        const [a1] = await analyses(f.store);
        const items: IngestItemReport[] = [];
        // in worker threads on SQLite (the store's prepared-rows path), in-process on PostgreSQL
        const s2 = await ingestPaths(f.store, [v2], { progress: 'none', jobs: backend.name === 'sqlite' ? 2 : 1, onItem: (r) => items.push(r) });
        expect(s2).toMatchObject({ added: 0, updated: 1, unchanged: 0, failed: 0 });
        expect(items[0].id).toBe(a1.doc.id);
        expect(items[0].corrected).toBe('published "2024-03-05" → "2024-03-07"');
        let all = await analyses(f.store);
        expect(all).toHaveLength(1);
        // the correction applies; what the new input does not state (the title) is kept
        expect(all[0].doc).toMatchObject({ id: a1.doc.id, published: '2024-03-07', title: 'الصفدي', url: 'https://n.example/a6' });
        expect(all[0].dates.find((d) => d.text === 'أمس')?.value).toBe('2024-03-06');
        expect((await f.store.listArticles({})).items[0].published).toBe('2024-03-07');
        // the same input again: unchanged; the text alone, without metadata: unchanged, nothing removed
        expect(await ingestPaths(f.store, [v2], { progress: 'none' })).toMatchObject({ unchanged: 1, updated: 0 });
        expect(await ingestPaths(f.store, [bare], { progress: 'none' })).toMatchObject({ unchanged: 1, updated: 0 });
        // the same text at another address (a syndicated copy): kept as stored, and said so
        const s5 = await ingestPaths(f.store, [other], { progress: 'none' });
        expect(s5).toMatchObject({ unchanged: 1, updated: 0, added: 0 });
        expect(s5.warnings[0].warning).toMatch(new RegExp(`same text as the stored article ${a1.doc.id}`));
        all = await analyses(f.store);
        expect(all).toHaveLength(1);
        expect(all[0].doc.published).toBe('2024-03-07');
        expect((await f.store.stats()).articles).toBe(1);
        expect((await f.store.check()).ok).toBe(true);
      } finally {
        await f.cleanup();
      }
    });
  }
});

describe('A7: --progress lines says at once what it found', () => {
  it('prints a start line before the first item is done', async () => {
    const a = file('a7-1.txt', TEXT_SAID);
    const b = file('a7-2.txt', TEXT_YESTERDAY);
    const rec = recorder();
    let linesAtFirstItem = -1;
    const f = await BACKENDS[0].fresh();
    try {
      await ingestPaths(f.store, [a, b, join(tmp, 'missing.txt')], {
        progress: 'lines', stream: rec.stream,
        onItem: () => { if (linesAtFirstItem < 0) linesAtFirstItem = rec.lines.length; },
      });
      expect(rec.lines[0]).toMatch(/^ingest: 3 inputs \(2 files, 0 URLs; 1 not found\)/);
      expect(linesAtFirstItem).toBeGreaterThanOrEqual(1);
    } finally {
      await f.cleanup();
    }
  });
});
