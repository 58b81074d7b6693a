// Properties of the whole pipeline on arbitrary input: it never throws, is deterministic, and every span
// it emits is valid (checked by validateAnalysis, which also checks ids and the schema).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../src/analyze.ts';
import { validateAnalysis } from '../../src/validate.ts';
import { createDoc } from '../../src/doc.ts';

const arabicWords = ['قال', 'مصدر', 'مطلع', 'لـ', '"عربي بوست"', 'إن', 'الرئيس', 'العراقي', 'بغداد', 'زار', 'الجنرال',
  'وبحسب', 'أكد', 'مسؤول', 'رفيع', 'يوم', 'الثلاثاء', '٢٠٢٠', '3.5', '«', '»', '"', '“', '”', 'ـ', '—', '.', '،', '؟', '\n',
  'مُحَمَّدٌ', 'للحرس', 'الثوري', 'الإيراني', 'في', 'آب', 'أغسطس', 'الماضي', 'اجتمع', 'مع', 'د.', ':', 'واشنطن'];
const special = ['\u200f', '\u202e', '\u0000', '\ud800', '\udfff', '\ufeff', '\u0640', '\r\n', '\u2029', '😀', 'ﻻ'];

const arabicish = fc.array(fc.constantFrom(...arabicWords, ...special), { maxLength: 80 }).map((ws) => ws.join(' '));
const noisy = fc.array(fc.oneof(fc.constantFrom(...arabicWords, ...special), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 })
  .map((ws) => ws.join(''));
const anyText = fc.oneof(arabicish, noisy, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }));

function check(text: string) {
  const a = analyze({ text, meta: { published: '2020-08-20' } });
  const r = validateAnalysis(a);
  if (!r.ok) throw new Error(`${JSON.stringify(text)}: ${r.errors.slice(0, 3).join('; ')}`);
  return a;
}

describe('analyze on arbitrary strings', () => {
  it('never throws and every span is valid', () => {
    fc.assert(fc.property(anyText, (t) => { check(t); }), { numRuns: 300 });
  });
  it('is deterministic', () => {
    fc.assert(fc.property(arabicish, (t) => {
      expect(JSON.stringify(analyze({ text: t }))).toBe(JSON.stringify(analyze({ text: t })));
    }), { numRuns: 40 });
  });
  it('tokens are ordered, non-overlapping and match the text', () => {
    fc.assert(fc.property(anyText, (t) => {
      const d = createDoc(t, { id: 'p', language: 'ar' });
      let last = 0;
      for (const tok of d.tokens) {
        expect(tok.start).toBeGreaterThanOrEqual(last);
        expect(tok.end).toBeGreaterThan(tok.start);
        expect(t.slice(tok.start, tok.end)).toBe(tok.text);
        last = tok.end;
      }
      for (const s of d.sentences) expect(s.end).toBeGreaterThan(s.start);
    }), { numRuns: 150 });
  });
  it('handles pathological inputs', () => {
    const cases = [
      ' '.repeat(1 << 20),
      '"'.repeat(10000),
      '«'.repeat(5000) + 'قال' + '»'.repeat(3000),
      ('قال "' + 'كلام. ').repeat(2000),
      '\u0000'.repeat(1000) + 'بغداد',
      '\u200f\u202eقال مصدر مطلع\u202c إن الوزير زار بغداد.',
      'ـ'.repeat(2000),
      '\ud800قال\udc00 مصدر',
    ];
    for (const t of cases) {
      const t0 = performance.now();
      const a = check(t);
      expect(a.text).toBe(t);
      expect(performance.now() - t0).toBeLessThan(5000);
    }
  });
});
