import { describe, it, expect } from 'vitest';
import { tokenize } from '../../src/text/tokenize.ts';

const kinds = (s: string) => tokenize(s).map((t) => [t.text, t.kind]);

describe('tokenize', () => {
  it('splits Arabic words and keeps offsets into the original', () => {
    const s = 'زار قاآني بغداد، حاملاً الرسائل.';
    const toks = tokenize(s);
    for (const t of toks) expect(s.slice(t.start, t.end)).toBe(t.text);
    expect(toks.map((t) => t.text)).toEqual(['زار', 'قاآني', 'بغداد', '،', 'حاملاً', 'الرسائل', '.']);
    expect(toks[1].norm).toBe('قااني');
    expect(toks.map((t) => t.i)).toEqual(toks.map((_, k) => k));
  });
  it('keeps decimals and thousands in both digit sets', () => {
    expect(kinds('بلغ ٣٫٥ و3.5 و1,000 و١٬٠٠٠ و۱۹۹۸.')).toEqual([
      ['بلغ', 'word'], ['٣٫٥', 'number'], ['و', 'word'], ['3.5', 'number'], ['و', 'word'], ['1,000', 'number'],
      ['و', 'word'], ['١٬٠٠٠', 'number'], ['و', 'word'], ['۱۹۹۸', 'number'], ['.', 'punct'],
    ]);
    expect(tokenize('٣٫٥')[0].norm).toBe('3.5');
  });
  it('a number followed by a full stop keeps the stop apart', () => {
    expect(kinds('عام 2020.')).toEqual([['عام', 'word'], ['2020', 'number'], ['.', 'punct']]);
  });
  it('recognises every quotation mark form', () => {
    const marks = ['"', '“', '”', '«', '»', '‹', '›', "'", '‘', '’'];
    for (const m of marks) {
      const t = tokenize(`قال ${m}كذا${m}`);
      expect(t[1]).toMatchObject({ text: m, kind: 'quote' });
      expect(t[3]).toMatchObject({ text: m, kind: 'quote' });
    }
  });
  it('keeps a tatweel attached to a word (لـ) and splits the following quote', () => {
    expect(kinds('قال لـ"عربي بوست"')).toEqual([
      ['قال', 'word'], ['لـ', 'word'], ['"', 'quote'], ['عربي', 'word'], ['بوست', 'word'], ['"', 'quote'],
    ]);
    expect(tokenize('لـ')[0].norm).toBe('ل');
  });
  it('treats a standalone tatweel and en/em dashes as dashes', () => {
    const k = kinds('الكاظمي ـ حضر هذا الاجتماع ـ لـ"عربي"');
    expect(k.slice(0, 6)).toEqual([['الكاظمي', 'word'], ['ـ', 'dash'], ['حضر', 'word'], ['هذا', 'word'], ['الاجتماع', 'word'], ['ـ', 'dash']]);
    expect(kinds('أ – ب — ج')).toEqual([['أ', 'word'], ['–', 'dash'], ['ب', 'word'], ['—', 'dash'], ['ج', 'word']]);
    // a tatweel that begins a token is a dash, the word follows
    expect(kinds('ـحضر')).toEqual([['ـ', 'dash'], ['حضر', 'word']]);
  });
  it('tokenizes Latin words, punctuation and Arabic punctuation', () => {
    expect(kinds('(Ismail Qaani) هل؟ نعم؛ don\'t …')).toEqual([
      ['(', 'punct'], ['Ismail', 'latin'], ['Qaani', 'latin'], [')', 'punct'], ['هل', 'word'], ['؟', 'punct'],
      ['نعم', 'word'], ['؛', 'punct'], ["don't", 'latin'], ['…', 'punct'],
    ]);
    expect(tokenize('Trump')[0].norm).toBe('trump');
    expect(kinds('انتهى...')).toEqual([['انتهى', 'word'], ['...', 'punct']]);
    expect(tokenize('F-16 COVID-19 U.S.').map((t) => t.text)).toEqual(['F-16', 'COVID-19', 'U', '.', 'S', '.']);
  });
  it('keeps harakat inside words and norms them away', () => {
    const t = tokenize('مُحَمَّدٌ');
    expect(t).toHaveLength(1);
    expect(t[0].norm).toBe('محمد');
  });
  it('skips bidi controls and odd spaces; surrogate pairs stay whole', () => {
    const s = '\u200fبغداد\u00a0\u202eواشنطن 😀';
    const t = tokenize(s);
    expect(t.map((x) => x.text)).toEqual(['بغداد', 'واشنطن', '😀']);
    expect(t[2].end - t[2].start).toBe(2);
  });
});

describe('interned word forms', () => {
  it('tokens with the same text share one WordForm, whatever the document', () => {
    const a = tokenize('قال الوزير إن الوزير سيعود.');
    const b = tokenize('وصل الوزير أمس.');
    expect(a[1].form).toBe(a[3].form);
    expect(b[1].form).toBe(a[1].form);
    expect(a[1].form.text).toBe('الوزير');
    expect(a[1].norm).toBe(a[1].form.norm);
    expect(a[0].form).not.toBe(a[1].form);
  });
  it('keeps text, kind and norm exact for long words and every kind', () => {
    const long = 'ومستشفياتهمالكبيرةجدا';
    const s = `${long} Qaani ٣٫٥ « ، ${long}`;
    const t = tokenize(s);
    for (const x of t) {
      expect(s.slice(x.start, x.end)).toBe(x.text);
      expect(x.form.text).toBe(x.text);
      expect(x.form.kind).toBe(x.kind);
    }
    expect(t[0].form).toBe(t[5].form);
    expect(t.map((x) => x.norm)).toEqual([long.replace('ة', 'ه'), 'qaani', '3.5', '«', '،', long.replace('ة', 'ه')]);
  });
  it('memo slots hold per-stage data on the shared form', async () => {
    const { memoSlot } = await import('../../src/text/tokenize.ts');
    const slot = memoSlot();
    const [x] = tokenize('كلمة');
    x.form.memo[slot] = 42;
    expect(tokenize('قال كلمة')[1].form.memo[slot]).toBe(42);
  });
});
