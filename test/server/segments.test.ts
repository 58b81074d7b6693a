// The reader's text splitting (web/src/segments.ts): segments tile the text exactly and carry the innermost
// covering range of each kind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paragraphSegments, segments, type Range } from '../../web/src/segments.ts';

const KINDS = ['ent', 'src', 'stmt', 'cue'] as const;

describe('segments', () => {
  it('tiles [from,to) without gaps or overlaps, and each segment is covered exactly as its ranges say', () => {
    fc.assert(fc.property(
      fc.string({ minLength: 1, maxLength: 80 }),
      fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...KINDS), fc.nat(5)), { maxLength: 12 }),
      (text, raw) => {
        const n = text.length;
        const ranges: Range[] = raw.map(([a, b, kind, id]) => {
          const s = a % (n + 1);
          const e = s + (b % (n - s + 1));
          return { start: s, end: e, kind, id: `${kind}${id}` };
        });
        const segs = segments(text, ranges);
        expect(segs.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
        for (let i = 1; i < segs.length; i++) expect(segs[i].start).toBe(segs[i - 1].end);
        for (const s of segs) {
          expect(s.end).toBeGreaterThan(s.start);
          for (const k of KINDS) {
            const covering = ranges.filter((r) => r.kind === k && r.end > r.start && r.start <= s.start && r.end >= s.end);
            if (!covering.length) expect(s[k]).toBeUndefined();
            else expect(covering.map((r) => r.id)).toContain(s[k]);
            // no range starts or ends strictly inside a segment
            for (const r of ranges.filter((x) => x.end > x.start)) {
              expect(r.start > s.start && r.start < s.end).toBe(false);
              expect(r.end > s.start && r.end < s.end).toBe(false);
            }
          }
        }
      },
    ), { numRuns: 300 });
  });

  it('prefers the innermost range (a mention inside a statement keeps both)', () => {
    const text = 'قال الوزير إن الاتفاق قريب';
    const segs = segments(text, [
      { start: 0, end: text.length, kind: 'stmt', id: 'A1' },
      { start: 4, end: 10, kind: 'ent', id: 'E1' },
      { start: 0, end: 14, kind: 'ent', id: 'E9' },
      { start: 2, end: 12, kind: 'src', id: 'S9' },
      { start: 3, end: 11, kind: 'src', id: 'S1' },
    ]);
    expect(segs.find((s) => s.start === 4)!.src).toBe('S1');
    const mid = segs.find((s) => s.start === 4)!;
    expect(mid.ent).toBe('E1');
    expect(mid.stmt).toBe('A1');
    expect(segs.find((s) => s.start === 0)!.ent).toBe('E9');
  });
});

describe('paragraphSegments', () => {
  it('each paragraph gets exactly its own text', () => {
    const text = 'السطر الأول\nالسطر الثاني فيه مصدر\n\nالثالث';
    const paras = [{ start: 0, end: 11 }, { start: 12, end: 33 }, { start: 35, end: text.length }];
    const r: Range[] = [{ start: 6, end: 20, kind: 'stmt', id: 'A1' }, { start: 29, end: 38, kind: 'ent', id: 'E1' }];
    const out = paragraphSegments(text, r, paras);
    out.forEach((segs, i) => expect(segs.map((s) => text.slice(s.start, s.end)).join('')).toBe(text.slice(paras[i].start, paras[i].end)));
    expect(out[1].some((s) => s.stmt === 'A1')).toBe(true);
    expect(out[2].some((s) => s.ent === 'E1')).toBe(true);
  });
});
