import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { f1, prf, ratio, round3, roundPrf } from '../../src/eval/prf.ts';
import { scoresOf, emptyCounts } from '../../src/eval/attributions.ts';
import { scoreEntities } from '../../src/eval/entities.ts';

describe('shared P/R/F1 (src/eval/prf.ts)', () => {
  it('computes precision, recall and F1 from counts', () => {
    const s = prf(3, 4, 6);
    expect(s.precision).toBe(0.75);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBeCloseTo(0.6, 12);
  });

  it('empty denominators: 1 when both sides are empty, else 0', () => {
    expect(prf(0, 0, 0)).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(prf(0, 0, 5)).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(prf(0, 5, 0)).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(ratio(2, 0)).toBe(0);
  });

  it('F1 comes from unrounded P and R, rounding only at the end', () => {
    // P = 2/7, R = 1: F1 = 4/9 = 0.444…; F1 of the rounded P (0.286) would round to 0.445
    const s = roundPrf(prf(2, 7, 2));
    expect(s.precision).toBe(0.286);
    expect(s.f1).toBe(0.444);
    expect(f1(0, 0)).toBe(0);
  });

  it('F1 lies between min(P,R) and max(P,R) and P, R in [0,1]', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), fc.nat(50), (m, extraP, extraG) => {
        const s = prf(m, m + extraP, m + extraG);
        expect(s.precision).toBeGreaterThanOrEqual(0);
        expect(s.precision).toBeLessThanOrEqual(1);
        expect(s.recall).toBeLessThanOrEqual(1);
        expect(s.f1).toBeLessThanOrEqual(Math.max(s.precision, s.recall) + 1e-12);
        expect(s.f1).toBeGreaterThanOrEqual(Math.min(s.precision, s.recall) - 1e-12);
      }),
    );
  });

  it('attribution and entity evaluators follow the same conventions', () => {
    const empty = scoresOf(emptyCounts());
    expect([empty.precision, empty.recall, empty.f1]).toEqual([1, 1, 1]);
    const e = scoreEntities([], []);
    expect([e.precision, e.recall, e.f1]).toEqual([1, 1, 1]);
    const missedAll = scoreEntities([], [{ type: 'PER', name: 'أحمد علي' }]);
    expect([missedAll.precision, missedAll.recall, missedAll.f1]).toEqual([0, 0, 0]);
    const c = { ...emptyCounts(), gold: 6, predicted: 4, matched: 3 };
    expect(scoresOf(c).f1).toBe(0.6);
  });
});
