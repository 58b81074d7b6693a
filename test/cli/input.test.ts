import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { articleFromHtml, decodeUtf8Strict, InputError, isValidDay, looksLikeHtml, readArticleFile } from '../../src/input/index.ts';

const fixture = (f: string) => new URL(`./fixtures/${f}`, import.meta.url).pathname;

describe('decodeUtf8Strict', () => {
  it('decodes UTF-8 and drops a BOM', () => {
    expect(decodeUtf8Strict(Buffer.from('\ufeffبغداد'))).toBe('بغداد');
  });
  it('rejects invalid UTF-8 naming the offset', () => {
    expect(() => decodeUtf8Strict(Buffer.from([0x41, 0xc8, 0x41]), 'x.txt')).toThrow(/x\.txt: not valid UTF-8.*offset 1/);
    // windows-1256 "بغداد"
    expect(() => decodeUtf8Strict(Buffer.from([0xc8, 0xdb, 0xcf, 0xc7, 0xcf]))).toThrow(InputError);
  });
  it('rejects binary data', () => {
    expect(() => decodeUtf8Strict(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]))).toThrow(/binary/);
    expect(() => decodeUtf8Strict(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 0x41]))).toThrow(/binary/);
  });
});

describe('HTML input', () => {
  it('detects HTML but not text that merely contains a <', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html></html>')).toBe(true);
    expect(looksLikeHtml('  <html lang="ar">')).toBe(true);
    expect(looksLikeHtml('<p>فقرة</p>\n<p>أخرى</p>')).toBe(true);
    expect(looksLikeHtml('قال إن 3 < 5 في هذه الحالة')).toBe(false);
  });
  it('extracts the article, its paragraphs and its metadata', () => {
    const a = articleFromHtml(readFileSync(fixture('article.html'), 'utf8'));
    expect(a.format).toBe('html');
    expect(a.meta.published).toBe('2023-03-14');
    expect(a.meta.outlet).toBe('جريدة المثال');
    expect(a.meta.url).toBe('https://example.org/news/123');
    expect(a.meta.title).toBe('وزير الخارجية يزور عمّان');
    expect(a.text).toContain('وصل وزير الخارجية العراقي');
    expect(a.text).toContain('\nملفات الطاقة\n');
    expect(a.text).not.toContain('الرئيسية');
    expect(a.text).not.toContain('جميع الحقوق');
  });
  it('reads JSON-LD datePublished when there is no meta tag', () => {
    const html = '<html><head><script type="application/ld+json">[{"@graph":[{"@type":"NewsArticle","datePublished":"2021-07-02T10:00:00Z"}]}]</script></head><body><p>نص</p></body></html>';
    expect(articleFromHtml(html).meta.published).toBe('2021-07-02');
  });
});

describe('readArticleFile', () => {
  it('reads a text file with its sidecar metadata', async () => {
    const a = await readArticleFile(new URL('../../examples/000_60db55bcef7aaadf.txt', import.meta.url).pathname);
    expect(a.format).toBe('text');
    expect(a.meta.outlet).toBe('عربي بوست');
    expect(a.meta.published).toBe('2020-08-20');
    expect(a.text.split('\n').filter((l) => l.trim())).toHaveLength(33);
  });
  it('rejects a sidecar with a malformed date', async () => {
    const d = mkdtempSync(join(tmpdir(), 'isnad-in-'));
    writeFileSync(join(d, 'a.txt'), 'نص');
    writeFileSync(join(d, 'a.meta.json'), '{"published":"2020-02-30"}');
    await expect(readArticleFile(join(d, 'a.txt'))).rejects.toThrow(/published/);
  });
  it('validates calendar days', () => {
    expect(isValidDay('2020-02-29')).toBe(true);
    expect(isValidDay('2021-02-29')).toBe(false);
    expect(isValidDay('2020-13-45')).toBe(false);
    expect(isValidDay('2020-1-5')).toBe(false);
  });
});

describe('country hint', () => {
  const text = 'أعلن وزير الداخلية أن الشرطة فرقت تظاهرة في وسط عمان مساء أمس.\n';
  const place = async (meta: Record<string, string>) => {
    const { analyze } = await import('../../src/analyze.ts');
    const a = analyze({ text, meta });
    return a.entities.find((e) => e.type === 'LOC')?.latin;
  };

  it('a sidecar country is read, upper-cased, and steers a homograph place name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-country-'));
    writeFileSync(join(dir, 'a.txt'), text);
    writeFileSync(join(dir, 'a.meta.json'), JSON.stringify({ published: '2024-05-02', country: 'jo' }));
    const input = await readArticleFile(join(dir, 'a.txt'));
    expect(input.meta.country).toBe('JO');
    expect(await place(input.meta as Record<string, string>)).toBe('Amman');
    expect(await place({})).toBe('Oman');
  });

  it('a bad country code in a sidecar is a clear input error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-country-'));
    writeFileSync(join(dir, 'a.txt'), text);
    writeFileSync(join(dir, 'a.meta.json'), JSON.stringify({ country: 'Jordan' }));
    await expect(readArticleFile(join(dir, 'a.txt'))).rejects.toThrow(/"country" must be a two-letter ISO country code/);
  });
});
