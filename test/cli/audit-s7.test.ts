// Session-7 product audit of the CLI and input parsing: messy real-world inputs (legacy encodings, closed
// pipes, bad output paths, impossible dates) must give one clear line and a non-zero exit, never a stack trace,
// and every span over messy text must still satisfy text.slice(start, end) === span.text.
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../src/analyze.ts';
import { allSpans } from '../../src/contract.ts';
import { articleFromBytes, declaredCharset, decodeUtf8Strict, isValidDatePrefix, readArticleFile } from '../../src/input/index.ts';

const root = new URL('../../', import.meta.url).pathname;
const seed = join(root, 'examples/000_60db55bcef7aaadf.txt');
const cli = (args: string[], input?: string) => spawnSync('node', ['bin/isnad.js', ...args], { cwd: root, input, encoding: 'utf8', timeout: 120000 });
const sh = (cmd: string) => spawnSync('sh', ['-c', cmd], { cwd: root, encoding: 'utf8', timeout: 120000 });

/** Encode Arabic text as windows-1256 (reverse of the platform decoder). */
function cp1256(s: string): Buffer {
  const dec = new TextDecoder('windows-1256');
  const rev = new Map<string, number>();
  for (let b = 0; b < 256; b++) rev.set(dec.decode(new Uint8Array([b])), b);
  return Buffer.from([...s].map((ch) => {
    const b = rev.get(ch);
    if (b === undefined) throw new Error(`not in windows-1256: ${ch}`);
    return b;
  }));
}

function oneLineError(r: ReturnType<typeof cli>, code: number, pattern: RegExp) {
  expect(r.status).toBe(code);
  const err = r.stderr.trim();
  expect(err.split('\n')).toHaveLength(1);
  expect(err).toMatch(pattern);
  expect(err).not.toMatch(/\bat .*\.(ts|js):\d+|node:events|Unhandled/);
}

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'isnad-audit-s7-'));
  db = join(dir, 'a.db');
  writeFileSync(join(dir, 'one.txt'), 'قال وزير الخارجية الأردني أيمن الصفدي إن المحادثات في بغداد «مثمرة».\n');
  writeFileSync(join(dir, 'one.meta.json'), JSON.stringify({ outlet: 'الغد', published: '2024-03-05' }));
  const r = cli(['ingest', join(dir, 'one.txt'), '--db', db, '--progress', 'none']);
  expect(r.status).toBe(0);
}, 120000);

describe('closed pipes (`isnad … | head`)', () => {
  it('analyze --json piped into head exits quietly, without an EPIPE stack trace', () => {
    const r = sh(`node bin/isnad.js analyze ${seed} --json | head -c 100`);
    expect(r.stdout).toMatch(/^\{/);
    expect(r.stderr).not.toMatch(/EPIPE|node:events|Unhandled/);
  });
  it('db info piped into head -1 exits quietly', () => {
    const r = sh(`node bin/isnad.js db info --db ${db} | head -1`);
    expect(r.stdout).toMatch(/^backend/);
    expect(r.stderr).not.toMatch(/EPIPE|node:events|Unhandled/);
  });
});

describe('export --output', () => {
  it('a missing directory is one line and exit 1, not an unhandled stream error', () => {
    oneLineError(cli(['export', '-f', 'csv', '--db', db, '-o', join(dir, 'no', 'such', 'x.csv')]), 1, /--output: cannot write .*no such directory/);
  });
  it('a directory as output is one line and exit 1', () => {
    oneLineError(cli(['export', '-f', 'jsonl', '--db', db, '-o', dir]), 1, /--output: cannot write .*is a directory/);
  });
  it('a good path still writes the export', () => {
    const r = cli(['export', '-f', 'jsonl', '--db', db, '-o', join(dir, 'out.jsonl')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/export: 1 analyses/);
  });
});

describe('impossible dates in filters', () => {
  it('search --from 2026-13-45 and --to 2023-02-29 are refused (they silently matched nothing)', () => {
    oneLineError(cli(['search', 'قال', '--db', db, '--from', '2026-13-45']), 2, /--from expects a real date/);
    oneLineError(cli(['search', 'قال', '--db', db, '--to', '2023-02-29']), 2, /--to expects a real date/);
    oneLineError(cli(['export', '--db', db, '--from', '2024-00']), 2, /--from expects a real date/);
  });
  it('real dates, months and years still pass', () => {
    const r = cli(['search', 'قال', '--db', db, '--from', '2024-02-29', '--to', '2024-12', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).total).toBe(1);
    expect(isValidDatePrefix('2024')).toBe(true);
    expect(isValidDatePrefix('2024-13')).toBe(false);
    expect(isValidDatePrefix('2023-02-29')).toBe(false);
  });
});

describe('entity and sources messages', () => {
  it('an empty entity name is a usage error, not the first entity of the archive', () => {
    oneLineError(cli(['entity', '', '--db', db]), 2, /entity: give a name/);
  });
  it('sources for an unknown outlet says which outlets exist', () => {
    const r = cli(['sources', '--outlet', 'الغذ', '--db', db]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/no outlet "الغذ" in the archive; outlets: الغد/);
    const ok = cli(['sources', '--outlet', 'الغد', '--db', db]);
    expect(ok.stderr).toBe('');
    // the column titles no longer run together ("namedanonymous")
    expect(ok.stdout).not.toMatch(/namedanonymous/);
  });
  it('search with an unknown outlet says which outlets exist', () => {
    const r = cli(['search', 'قال', '--outlet', 'الغذ', '--db', db]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/0 results/);
    expect(r.stderr).toMatch(/search: no outlet "الغذ" in the archive; outlets: الغد/);
  });
});

describe('legacy Arabic encodings', () => {
  const body = 'قال وزير الخارجية العراقي فؤاد حسين إن المحادثات في عمان كانت مثمرة.';
  it('an HTML page declaring windows-1256 is decoded (many Arabic sites still serve it)', () => {
    const html = cp1256(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><title>خبر</title></head><body><article><p>${body}</p></article></body></html>`);
    expect(declaredCharset(html)).toBe('windows-1256');
    const a = articleFromBytes(html, 'page.html', { html: true });
    expect(a.text).toContain(body);
    writeFileSync(join(dir, 'legacy.html'), html);
    const r = cli(['analyze', join(dir, 'legacy.html'), '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).entities.map((e: { name: string }) => e.name)).toContain('فؤاد حسين');
  });
  it('<meta charset="windows-1256"> and an XML declaration are recognised; undeclared bytes still fail', () => {
    expect(declaredCharset(Buffer.from('<!doctype html><meta charset="Windows-1256">'))).toBe('windows-1256');
    expect(declaredCharset(Buffer.from('<?xml version="1.0" encoding="windows-1256"?><rss>'))).toBe('windows-1256');
    expect(declaredCharset(Buffer.from('<meta charset="utf-8">'))).toBeUndefined();
    expect(() => decodeUtf8Strict(cp1256(body), 'plain.txt')).toThrow(/not valid UTF-8/);
    // a page that declares UTF-8 but is not stays an error
    expect(() => decodeUtf8Strict(Buffer.concat([Buffer.from('<meta charset="utf-8">'), cp1256(body)]), 'x.html')).toThrow(/not valid UTF-8/);
  });
});

describe('offsets over messy inputs (property)', () => {
  // pieces of real-world mess: tatweel, harakat, zero-width (non-)joiners, RLM, CRLF, BOM, NBSP, emoji and a lone
  // surrogate, Arabic-Indic digits, guillemets and curly quotes, clitics, HTML markup and entities
  const pieces = ['قال', 'وزير الخارجية', 'فيصل بن فرحان', ' ', '\r\n', '\n\n', '\u200c', '\u200d', '\u200f', '\u00a0', 'ـــ', 'َ', 'ُّ',
    '«', '»', '"', '“', '”', '،', '.', ':', 'إن', 'أن', 'مصدر مطلع', 'بحسب', 'وكالة رويترز', 'في بغداد', 'بالكاظمي', 'للحرس الثوري',
    'يوم الأحد', '15 آب/أغسطس 2020', '٣ رمضان ١٤٤٥', 'أمس', '\ufeff', '😀', '\ud83d', 'abc', '&nbsp;', '<br>', '\t', '؟', 'لـ', 'ة', 'ى'];
  it('plain text read through the input layer keeps every span aligned', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }), (parts) => {
      const raw = parts.join('');
      if (!raw.replace(/\ufeff/g, '').trim()) return;
      const input = articleFromBytes(Buffer.from(raw, 'utf8'), 'mess.txt');
      const a = analyze({ text: input.text, meta: { published: '2020-08-20' } });
      for (const s of allSpans(a)) expect(a.text.slice(s.start, s.end)).toBe(s.text);
    }), { numRuns: 120, seed: 7 });
  });
  it('HTML pages built from the same pieces keep every span aligned to the extracted text', () => {
    fc.assert(fc.property(fc.array(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 5 }), (paras) => {
      const html = `<!doctype html><html dir="rtl"><head><script>var x="<p>ad</p>"</script></head><body><nav>الرئيسية</nav><article>${paras.map((p) => `<p>${p.join('')}</p>`).join('')}</article><footer>©</footer></body></html>`;
      let input;
      try {
        input = articleFromBytes(Buffer.from(html, 'utf8'), 'mess.html', { html: true });
      } catch {
        return; // a page with no article text is refused with an InputError: fine
      }
      const a = analyze({ text: input.text, meta: {} });
      for (const s of allSpans(a)) expect(a.text.slice(s.start, s.end)).toBe(s.text);
    }), { numRuns: 60, seed: 11 });
  });
  it('a text file with a BOM and CRLF line endings: BOM dropped, CR kept, spans aligned', async () => {
    writeFileSync(join(dir, 'crlf.txt'), '\ufeffقال الوزير محمد علي إن "الحكومة" ستعمل.\r\nوأضاف: «سنبدأ غداً».\r\n');
    const input = await readArticleFile(join(dir, 'crlf.txt'));
    expect(input.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(input.text).toContain('\r\n');
    const a = analyze({ text: input.text, meta: {} });
    expect(a.attributions.length).toBeGreaterThan(0);
    for (const s of allSpans(a)) expect(a.text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('analyze on files that hold several articles', () => {
  it('a JSONL file with a bad line in the middle: every good line analysed, one line per bad one, exit 1', () => {
    const f = join(dir, 'items.jsonl');
    writeFileSync(f, [
      JSON.stringify({ text: 'قال وزير الخارجية الأردني أيمن الصفدي إن المحادثات مثمرة.', outlet: 'الغد', published: '2024-03-05' }),
      '{"text": "broken',
      '',
      JSON.stringify({ text: 'أكد مصدر مطلع أن المفاوضات مستمرة في القاهرة.', published: '2026-13-45' }),
      JSON.stringify({ title: 'بلا نص' }),
    ].join('\n'));
    const r = cli(['analyze', f, '--jsonl']);
    expect(r.status).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    // the raw JSON used to be analysed as one Arabic article ("text is mostly not Arabic")
    expect(out).toHaveLength(2);
    expect(out[0].doc.outlet).toBe('الغد');
    expect(out[0].text.startsWith('قال')).toBe(true);
    // an impossible date is dropped with a warning, never put into the contract
    expect(out[1].doc.published).toBeUndefined();
    expect(r.stderr).toMatch(/items\.jsonl:2: invalid JSON/);
    expect(r.stderr).toMatch(/items\.jsonl:5: no text/);
    expect(r.stderr).toMatch(/items\.jsonl:4: warning: ignoring the impossible publication date "2026-13-45"/);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
  it('an RSS feed (CDATA, RFC 822 date, an item without text) gives one analysis per item', () => {
    const f = join(dir, 'feed.rss');
    writeFileSync(f, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>وكالة تجريبية</title>
<item><title><![CDATA[الرئيس العراقي يستقبل وفداً <b>سعودياً</b>]]></title><link>https://n.example/1</link><pubDate>Tue, 05 Mar 2024 14:30:00 +0300</pubDate>
<description><![CDATA[<p>استقبل الرئيس العراقي عبد اللطيف رشيد، الثلاثاء، وفداً سعودياً في بغداد.</p><p>وقال رشيد إن «العلاقات متينة».</p>]]></description></item>
<item><title>بلا نص</title><link>https://n.example/2</link></item></channel></rss>`);
    const r = cli(['analyze', f, '--json']);
    expect(r.status).toBe(1);
    const a = JSON.parse(r.stdout);
    // one good item: a single object, as for one file
    expect(a.doc.title).toBe('الرئيس العراقي يستقبل وفداً سعودياً');
    expect(a.doc.outlet).toBe('وكالة تجريبية');
    expect(a.doc.published).toBe('2024-03-05');
    expect(a.text).not.toMatch(/<p>|CDATA/);
    expect(a.entities.map((e: { name: string }) => e.name)).toContain('بغداد');
    expect(r.stderr).toMatch(/feed\.rss#2: no text/);
  });
  it('an Atom feed saved as .html is recognised by its content, not analysed as a page', () => {
    const f = join(dir, 'atom.html');
    writeFileSync(f, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>صحيفة الأطلس</title>
<entry><title>محادثات في الرباط</title><id>urn:x:1</id><published>2024-02-10T12:00:00Z</published>
<content type="html">&lt;p&gt;قال وزير الخارجية المغربي ناصر بوريطة إن المحادثات في الرباط «إيجابية».&lt;/p&gt;</content></entry></feed>`);
    const r = cli(['analyze', f, '--jsonl']);
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout.trim());
    expect(a.doc.outlet).toBe('صحيفة الأطلس');
    expect(a.doc.published).toBe('2024-02-10');
    expect(a.text).toContain('ناصر بوريطة');
  });
  it('a feed piped to stdin (`curl … | isnad analyze -`) gives one analysis per item', () => {
    const feed = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>صحيفة الأطلس</title>
<entry><title>أ</title><id>urn:1</id><content type="html">&lt;p&gt;قال وزير الخارجية المغربي ناصر بوريطة إن المحادثات «إيجابية».&lt;/p&gt;</content></entry>
<entry><title>ب</title><id>urn:2</id><summary>ذكرت مصادر مطلعة أن الاجتماع سيعقد في تونس.</summary></entry></feed>`;
    const r = cli(['analyze', '-', '--jsonl'], feed);
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((a) => a.doc.title)).toEqual(['أ', 'ب']);
    expect(out[0].text).not.toContain('<');
  });
  it('--progress lines reports each article on stderr', () => {
    writeFileSync(join(dir, 'two.txt'), 'أعلنت وزارة الصحة المصرية تسجيل إصابات جديدة، بحسب بيان رسمي.\n');
    const r = cli(['analyze', join(dir, 'one.txt'), join(dir, 'two.txt'), '--jsonl', '--progress', 'lines']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/analyse 1\/2 .*one\.txt/);
    expect(r.stderr).toMatch(/analyse 2\/2 .*two\.txt/);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });
});

describe('export --format geojson', () => {
  it('writes an RFC 7946 FeatureCollection of places with [lon, lat] positions', () => {
    const r = cli(['export', '-f', 'geojson', '--db', db]);
    expect(r.status).toBe(0);
    const fc = JSON.parse(r.stdout);
    expect(fc.type).toBe('FeatureCollection');
    const baghdad = fc.features.find((f: { properties: { latin: string } }) => f.properties.latin === 'Baghdad');
    expect(baghdad.type).toBe('Feature');
    expect(baghdad.geometry.type).toBe('Point');
    const [lon, lat] = baghdad.geometry.coordinates;
    expect(lon).toBeGreaterThan(43);
    expect(lon).toBeLessThan(46);
    expect(lat).toBeGreaterThan(32);
    expect(lat).toBeLessThan(35);
    expect(r.stderr).toMatch(/export: \d+ places features/);
  });
  it('--geo events writes a FeatureCollection too (possibly empty), and --geo validates its choice', () => {
    const r = cli(['export', '-f', 'geojson', '--geo', 'events', '--db', db]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).type).toBe('FeatureCollection');
    const bad = cli(['export', '-f', 'geojson', '--geo', 'roads', '--db', db]);
    expect(bad.status).toBe(2);
  });
});

describe('page furniture', () => {
  it('a short news brief keeps no menu, side box, footer or button text; a page wrapped in <form> keeps its article', () => {
    const brief = '<html><body><nav><a href="/">الرئيسية</a> <a href="/s">رياضة</a></nav><div class="c"><p>قال الوزير إن الاجتماع ناجح.</p></div>' +
      '<aside>الأكثر قراءة</aside><div role="navigation">أقسام</div><footer>جميع الحقوق محفوظة</footer><button>اشترك</button></body></html>';
    const a = articleFromBytes(Buffer.from(brief), 'brief.html', { html: true });
    expect(a.text).toBe('قال الوزير إن الاجتماع ناجح.');
    const aspnet = `<html><body><form id="form1" method="post"><nav>الرئيسية</nav><div id="content"><h1>خبر</h1><p>${'قال وزير الخارجية العراقي فؤاد حسين إن المحادثات في عمان كانت مثمرة. '.repeat(3)}</p></div></form></body></html>`;
    const b = articleFromBytes(Buffer.from(aspnet), 'aspnet.html', { html: true });
    expect(b.text).toContain('فؤاد حسين');
    expect(b.text).not.toContain('الرئيسية');
  });
});

describe('quiet ingest and future dates', () => {
  it('ingest --progress none still says which item failed and why', () => {
    const r = cli(['ingest', join(dir, 'missing.txt'), join(dir, 'one.txt'), '--db', db, '--progress', 'none']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/ingest: failed .*missing\.txt: no such file or directory/);
    expect(r.stderr).toMatch(/1 unchanged, 1 failed/);
  });
  it('a publication date in the future is analysed with a warning', () => {
    const r = cli(['analyze', join(dir, 'one.txt'), '--published', '2099-01-01', '--jsonl']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).doc.published).toBe('2099-01-01');
    expect(r.stderr).toMatch(/warning: the publication date 2099-01-01 is in the future/);
    const past = cli(['analyze', join(dir, 'one.txt'), '--published', '2020-01-01', '--jsonl']);
    expect(past.stderr).not.toMatch(/future/);
  });
});
