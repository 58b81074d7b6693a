import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normalize, normalizeWithMap, toOriginal, arabicShare } from '../../src/text/normalize.ts';

describe('normalize', () => {
  it('strips harakat, tatweel and superscript alef', () => {
    expect(normalize('مُحَمَّدٌ')).toBe('محمد');
    expect(normalize('مـحـمـد')).toBe('محمد');
    expect(normalize('رَحْمٰن')).toBe('رحمن');
  });
  it('folds alef forms, alef maqsura, ta marbuta, hamza seats', () => {
    expect(normalize('أحمد')).toBe('احمد');
    expect(normalize('إبراهيم')).toBe('ابراهيم');
    expect(normalize('آية')).toBe('ايه');
    expect(normalize('ٱلله')).toBe('الله');
    expect(normalize('مصطفى')).toBe('مصطفي');
    expect(normalize('مدرسة')).toBe(normalize('مدرسه'));
    expect(normalize('مسؤول')).toBe('مسوول');
    expect(normalize('رئيس')).toBe('رييس');
    expect(normalize('سماء')).toBe('سماء'); // lone hamza kept
  });
  it('folds digits of both Arabic sets and Arabic punctuation', () => {
    expect(normalize('٢٠٢٠')).toBe('2020');
    expect(normalize('۱۹۹۸')).toBe('1998');
    expect(normalize('٣٫٥')).toBe('3.5');
    expect(normalize('١٬٠٠٠')).toBe('1,000');
    expect(normalize('،؛؟')).toBe(',;?');
  });
  it('lower-cases Latin, drops bidi and zero-width controls, expands presentation forms', () => {
    expect(normalize('Trump')).toBe('trump');
    expect(normalize('\u200fبغداد\u202e\u200b')).toBe('بغداد');
    expect(normalize('ﻻ')).toBe('لا');
    expect(normalize('ک')).toBe('ك');
  });
  it('leaves already-normal text identical', () => {
    expect(normalize('بغداد')).toBe('بغداد');
  });
});

describe('normalizeWithMap / toOriginal', () => {
  it('maps a match in folded text back to the original span, harakat included', () => {
    const text = 'زار الجنرالُ إسماعيلُ قاآني بغدادَ';
    const n = normalizeWithMap(text);
    expect(n.text).toBe('زار الجنرال اسماعيل قااني بغداد');
    const i = n.text.indexOf('اسماعيل');
    const o = toOriginal(n, i, i + 'اسماعيل'.length);
    expect(text.slice(o.start, o.end)).toBe('إسماعيلُ');
    const j = n.text.indexOf('بغداد');
    const p = toOriginal(n, j, j + 5);
    expect(text.slice(p.start, p.end)).toBe('بغدادَ');
  });
  it('maps through dropped tatweel and expanded ligatures', () => {
    const text = 'قال لـ"عربي بوست" ﻻ';
    const n = normalizeWithMap(text);
    expect(n.text).toBe('قال ل"عربي بوست" لا');
    const k = n.text.indexOf('عربي بوست');
    const o = toOriginal(n, k, k + 9);
    expect(text.slice(o.start, o.end)).toBe('عربي بوست');
    const l = n.text.lastIndexOf('لا');
    const q = toOriginal(n, l, l + 2);
    expect(text.slice(q.start, q.end)).toBe('ﻻ');
  });
  it('keeps the map whole when a presentation form expands (ﷺ is a whole phrase)', () => {
    const s = 'النبي ﷺ محمد';
    const n = normalizeWithMap(s);
    expect(n.map.length).toBe(n.text.length + 1);
    const at = n.text.indexOf('محمد');
    const o = toOriginal(n, at, at + 4);
    expect(s.slice(o.start, o.end)).toBe('محمد');
  });
  it('has map[len] = original length and monotone maps', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ maxLength: 20 }), (a, b) => {
      const s = a + 'مُحَمَّد' + b;
      const n = normalizeWithMap(s);
      expect(n.map.length).toBe(n.text.length + 1);
      expect(n.map[n.text.length]).toBe(s.length);
      for (let i = 1; i < n.map.length; i++) expect(n.map[i]).toBeGreaterThanOrEqual(n.map[i - 1]);
      expect(n.text).toBe(normalize(s));
      // every folded range maps to an original range that normalises to the same string
      for (let i = 0; i < n.text.length; i += 3) {
        const e = Math.min(n.text.length, i + 4);
        const o = toOriginal(n, i, e);
        expect(o.start).toBeLessThanOrEqual(o.end);
        expect(normalize(s.slice(o.start, o.end))).toContain(n.text.slice(i, e).slice(1, -1));
      }
    }), { numRuns: 150 });
  });
});

describe('arabicShare', () => {
  it('measures the share of Arabic letters', () => {
    expect(arabicShare('بغداد')).toBe(1);
    expect(arabicShare('hello world')).toBe(0);
    expect(arabicShare('123 !!')).toBe(0);
    expect(arabicShare('بغداد abcde')).toBeCloseTo(0.5);
  });
});
