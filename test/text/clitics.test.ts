import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeClitics, bestKnownSplit } from '../../src/text/clitics.ts';
import { normalize } from '../../src/text/normalize.ts';

const split = (w: string) => {
  const r = bestKnownSplit(w);
  return r ? { prefix: r.prefix, article: r.article, stem: r.stem, span: w.slice(r.stemStart, r.stemEnd), mention: w.slice(r.mentionStart) } : null;
};

describe('analyzeClitics', () => {
  it('first reading is the whole word', () => {
    for (const w of ['بالكاظمي', 'بغداد', 'وَبَغْدَادَ', 'سيقول']) {
      const r = analyzeClitics(w)[0];
      expect(r).toMatchObject({ prefix: '', article: false, stemStart: 0, stemEnd: w.length, suffix: '' });
    }
  });

  it('ب + ال + كاظمي', () => {
    expect(split('بالكاظمي')).toEqual({ prefix: 'ب', article: true, stem: 'كاظمي', span: 'كاظمي', mention: 'الكاظمي' });
  });

  it('fused لل: stem starts after لل', () => {
    const r = split('للحرس');
    expect(r).toMatchObject({ prefix: 'ل', article: true, stem: 'حرس', span: 'حرس', mention: 'حرس' });
  });

  it('لل before a ل-initial stem (للواء = ل + اللواء)', () => {
    const rs = analyzeClitics('للواء');
    expect(rs.some((r) => r.article && r.stem === 'لواء' && 'للواء'.slice(r.stemStart) === 'لواء')).toBe(true);
  });

  it('conjunction and preposition before known places', () => {
    expect(split('وبغداد')).toMatchObject({ prefix: 'و', article: false, stem: 'بغداد', span: 'بغداد' });
    expect(split('فبغداد')).toMatchObject({ prefix: 'ف', stem: 'بغداد' });
    expect(split('لإيران')).toMatchObject({ prefix: 'ل', article: false, stem: 'ايران', span: 'إيران' });
    expect(split('ولبنان')).toMatchObject({ prefix: 'و', stem: 'لبنان' });
    expect(split('وكركوك')).toMatchObject({ prefix: 'و', stem: 'كركوك' });
  });

  it('never splits words that merely start with clitic letters', () => {
    for (const w of ['بغداد', 'لبنان', 'كركوك', 'فلسطين', 'وزير', 'ليبيا', 'كندا', 'سوريا', 'فرنسا', 'بيروت', 'بريطانيا', 'وكالة', 'كتائب']) {
      expect(analyzeClitics(w), w).toHaveLength(1);
    }
  });

  it('verb beginning with ال keeps a reading without the article', () => {
    const rs = analyzeClitics('والتقى');
    expect(rs.some((r) => r.prefix === 'و' && !r.article && r.stem === 'التقي')).toBe(true);
    expect(rs[1]).toMatchObject({ prefix: 'و', article: false, stem: 'التقي' });
  });

  it('harakat stay in the stem offsets', () => {
    const w = 'وَبَغْدَادُ';
    const r = bestKnownSplit(w)!;
    expect(r.stem).toBe('بغداد');
    expect(w.slice(r.stemStart, r.stemEnd)).toBe('بَغْدَادُ');
    expect(w.slice(0, r.stemStart)).toBe('وَ');
  });

  it('article on its own and with و + ب', () => {
    expect(split('وبالعراق')).toMatchObject({ prefix: 'وب', article: true, stem: 'عراق', mention: 'العراق' });
    const rs = analyzeClitics('العراق');
    expect(rs[1]).toMatchObject({ article: true, stem: 'عراق', prefix: '' });
  });

  it('short words and stems are not split', () => {
    expect(analyzeClitics('بل')).toHaveLength(1);
    expect(analyzeClitics('وله').every((r) => r.stem.length >= 2)).toBe(true);
    // و + 2-letter bare stem is not allowed
    expect(analyzeClitics('ومر').some((r) => r.prefix === 'و')).toBe(false);
  });

  it('enclitic pronouns on article-less stems', () => {
    const rs = analyzeClitics('زيارتها');
    expect(rs.some((r) => r.suffix === 'ها' && r.stem === 'زيارت')).toBe(true);
    expect(analyzeClitics('الكاظمي').some((r) => r.suffix)).toBe(false);
  });

  it('future س only before an imperfect prefix', () => {
    expect(analyzeClitics('سيقول').some((r) => r.prefix === 'س' && r.stem === 'يقول')).toBe(true);
    expect(analyzeClitics('سلمان').some((r) => r.prefix === 'س')).toBe(false);
  });

  it('property: every reading maps to a slice whose normalisation is the stem', () => {
    const letters = 'وفبلكسالعراقيمنحدتهز'.split('');
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 9 }), (arr) => {
        const w = arr.join('');
        for (const r of analyzeClitics(w)) {
          expect(normalize(w.slice(r.stemStart, r.stemEnd))).toBe(r.stem);
          expect(r.stemStart).toBeLessThanOrEqual(r.stemEnd);
          expect(r.mentionStart ?? 0).toBeLessThanOrEqual(r.stemStart);
        }
      }),
      { numRuns: 300 },
    );
  });
});
