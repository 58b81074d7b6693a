// scripts/ner/own-conll.ts (session 7b): the project's own annotated articles → CoNLL for `isnad train ner`.
// Mentions must land on whole project tokens (clitics stay in the token, outside the mention), BIO must be
// valid, and the output must read back with the trainer's reader. No model is shipped (the leave-one-group-out
// measurement in docs/ner.md did not pass the bar), so these tests cover the conversion only.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { convertArticle, emptyStats, goldFiles, toConll } from '../../scripts/ner/own-conll.ts';
import { parseConll } from '../../src/ner/conll.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

function conv(text: string, entities: { type: string; name: string; mentions: (string | { text: string; occurrence?: number })[] }[]) {
  const stats = emptyStats();
  const d = convertArticle('t', text, entities, stats);
  const pairs = d.sentences.flatMap((s) => s.tokens.map((t, k) => [t, s.tags[k]] as const));
  const tagOf = (tok: string) => pairs.filter(([t]) => t === tok).map(([, g]) => g);
  return { stats, d, pairs, tagOf };
}

function validBio(tags: string[]): boolean {
  return tags.every((t, k) => !t.startsWith('I-') || (k > 0 && tags[k - 1] !== 'O' && tags[k - 1].slice(2) === t.slice(2)));
}

describe('own-conll: mentions on whole tokens', () => {
  it('tags the token that carries the proclitics of a mention', () => {
    const { tagOf, stats } = conv('اجتمع الوزير بالسنوسي في مدينة وادان أمس.', [
      { type: 'PER', name: 'السنوسي', mentions: ['السنوسي'] },
      { type: 'LOC', name: 'وادان', mentions: ['وادان'] },
    ]);
    expect(tagOf('بالسنوسي')).toEqual(['B-PER']);
    expect(tagOf('وادان')).toEqual(['B-LOC']);
    expect(stats.notWhole).toEqual([]);
    expect(stats.spans).toBe(2);
  });

  it('tags a multi-word name B- then I-, and every whole-word repeat of a plain form', () => {
    const { pairs, stats } = conv('وصل مختار ولد داداه إلى نواكشوط. وقال ولد داداه إن الزيارة ناجحة.', [
      { type: 'PER', name: 'مختار ولد داداه', mentions: ['مختار ولد داداه', 'ولد داداه'] },
      { type: 'LOC', name: 'نواكشوط', mentions: ['نواكشوط'] },
    ]);
    const tags = pairs.map(([, g]) => g);
    expect(pairs.slice(1, 4).map(([, g]) => g)).toEqual(['B-PER', 'I-PER', 'I-PER']);
    // the second "ولد داداه" is tagged too; the first lies inside the longer mention (an overlap, dropped)
    expect(tags.filter((g) => g === 'B-PER')).toHaveLength(2);
    expect(stats.overlaps).toBe(1);
    expect(validBio(tags)).toBe(true);
  });

  it('skips a form inside a longer word (a nisba) and honours an explicit occurrence', () => {
    const { tagOf, stats } = conv('قالت الحكومة الموريتانية إن موريتانيا ستستضيف القمة، وإن موريتانيا مستعدة.', [
      { type: 'LOC', name: 'موريتانيا', mentions: [{ text: 'موريتانيا', occurrence: 1 }] },
    ]);
    // only the second of the two whole-word occurrences is a mention
    expect(tagOf('موريتانيا')).toEqual(['O', 'B-LOC']);
    expect(stats.partial).toBe(0);
    const nisba = conv('زار الوفد الأردني الأردن.', [{ type: 'LOC', name: 'الأردن', mentions: ['الأردن'] }]);
    expect(nisba.tagOf('الأردني')).toEqual(['O']);
    expect(nisba.tagOf('الأردن')).toEqual(['B-LOC']);
    expect(nisba.stats.partial).toBe(1);
  });

  it('reports a mention that starts inside a word without a proclitic', () => {
    const { stats, tagOf } = conv('أعلن الحوثيون الهدنة.', [{ type: 'ORG', name: 'الحوثيون', mentions: ['حوثيون'] }]);
    expect(stats.notWhole).toHaveLength(1);
    expect(stats.notWhole[0].reason).toMatch(/starts inside token/);
    expect(tagOf('الحوثيون')).toEqual(['O']);
  });
});

describe('own-conll: the project articles', () => {
  const dirs = ['examples', 'dev/unseen', 'dev/unseen/holdout6'].map((d) => join(ROOT, d));
  it('converts every mention, with valid BIO, and reads back with the trainer reader', () => {
    const stats = emptyStats();
    const docs = dirs.flatMap((dir) =>
      goldFiles(dir).map((f) => {
        const gold = JSON.parse(readFileSync(f, 'utf8'));
        return convertArticle(f, readFileSync(f.replace(/\.gold\.json$/, '.txt'), 'utf8'), gold.entities ?? [], stats);
      }),
    );
    expect(docs.length).toBeGreaterThan(20);
    expect(stats.missing).toEqual([]);
    // nearly every gold form lands on whole tokens (the contract keeps clitics outside mentions)
    expect(stats.notWhole.length).toBeLessThanOrEqual(stats.mentions * 0.01);
    expect(stats.spans).toBeGreaterThanOrEqual(stats.mentions - stats.notWhole.length);
    const back = parseConll(toConll(docs));
    const orig = docs.flatMap((d) => d.sentences);
    expect(back.length).toBe(orig.length);
    expect(back.map((s) => s.tags.join(' '))).toEqual(orig.map((s) => s.tags.join(' ')));
    for (const s of back) {
      expect(validBio(s.tags)).toBe(true);
      for (const t of s.tokens) expect(t).not.toMatch(/\s/);
    }
  });
});
