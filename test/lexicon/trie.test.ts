import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PhraseTrie } from '../../src/lexicon/trie.ts';

// A small alphabet so random phrases share prefixes and random texts hit them.
const word = fc.constantFrom('قال', 'وقال', 'اكد', 'مصدر', 'في', 'بيان', 'ان');
const phrase = fc.array(word, { minLength: 1, maxLength: 4 });

describe('PhraseTrie', () => {
  it('matchAt lists matches longest first with their first form', () => {
    const t = new PhraseTrie<string>();
    t.add(['قال'], 'a');
    t.add(['قال', 'مصدر'], 'b');
    t.add(['قال', 'مصدر', 'في'], 'c');
    const words = ['وقال', 'مصدر', 'في', 'بيان'];
    const m = t.matchAt((k) => words[k], 0, ['وقال', 'قال']);
    expect(m.map((x) => [x.length, x.values[0], x.first])).toEqual([[3, 'c', 'قال'], [2, 'b', 'قال'], [1, 'a', 'قال']]);
    expect(t.matchAt((k) => words[k], 1)).toEqual([]);
  });

  it('longestAt returns what matchAt puts first (ties go to the earlier first form)', () => {
    fc.assert(
      fc.property(fc.array(phrase, { maxLength: 12 }), fc.array(word, { maxLength: 8 }), fc.array(word, { minLength: 1, maxLength: 3 }), (phrases, words, forms) => {
        const t = new PhraseTrie<number>();
        phrases.forEach((p, k) => t.add(p, k));
        const at = (k: number) => words[k];
        for (let i = 0; i <= words.length; i++) {
          const all = t.matchAt(at, i, forms);
          const best = t.longestAt(at, i, forms);
          if (all.length === 0) expect(best).toBeUndefined();
          else expect(best).toEqual(all[0]);
        }
        for (const f of forms) expect(t.startsWith(f)).toBe(phrases.some((p) => p[0] === f));
      }),
      { numRuns: 300 },
    );
  });

  it('matchAt finds exactly the phrases (and first forms) a naive scan finds, longest first', () => {
    // varied lengths and letters: the first-word filter must never reject a real first word
    const w2 = fc.oneof(word, fc.string({ unit: fc.constantFrom('ا', 'ب', 'ت', 'ه', 'ي', 'a', 'b'), minLength: 0, maxLength: 40 }));
    fc.assert(
      fc.property(fc.array(fc.array(w2, { minLength: 1, maxLength: 3 }), { maxLength: 10 }), fc.array(w2, { maxLength: 6 }), fc.array(w2, { minLength: 1, maxLength: 3 }), (phrases, words, forms) => {
        const t = new PhraseTrie<number>();
        phrases.forEach((p, k) => t.add(p, k));
        for (let i = 0; i < words.length; i++) {
          const naive: [number, string][] = [];
          for (const f of forms) {
            for (let len = 1; len <= 3; len++) {
              const seq = [f, ...words.slice(i + 1, i + len)];
              if (seq.length !== len) continue;
              if (phrases.some((p) => p.length === len && p.every((x, j) => x === seq[j]))) naive.push([len, f]);
            }
          }
          naive.sort((a, b) => b[0] - a[0]);
          expect(t.matchAt((k) => words[k], i, forms).map((m) => [m.length, m.first])).toEqual(naive);
          expect(t.has([forms[0]])).toBe(phrases.some((p) => p.length === 1 && p[0] === forms[0]));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a tie between first forms of equal length keeps the first form given', () => {
    const t = new PhraseTrie<string>();
    t.add(['وقال'], 'with-conj');
    t.add(['قال'], 'bare');
    expect(t.longestAt(() => undefined, 0, ['وقال', 'قال'])?.values).toEqual(['with-conj']);
    expect(t.longestAt(() => undefined, 0, ['قال', 'وقال'])?.values).toEqual(['bare']);
  });
});
