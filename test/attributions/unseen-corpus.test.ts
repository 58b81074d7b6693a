// dev/unseen (session 3): eight articles in styles the tuning set lacked, annotated by hand before the system
// was run on them (docs/gold-format.md). Every annotated string must be found in its article.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DIR = resolve(import.meta.dirname, '..', '..', 'dev', 'unseen');
const stemsOf = (dir: string): string[] =>
  readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)).sort();
const stems = stemsOf(DIR);
// The string checks also cover the blind holdout sets (holdout/: session 3, holdout2–3/: session 4, holdout4/ and
// holdout5/: session 5, holdout6/: session 6, holdout7/: session 7, holdout8/: session 8, ../blind/holdout9/: session 9).
const checked = ['.', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'holdout7', 'holdout8', join('..', 'blind', 'holdout9')].flatMap((sub) => stemsOf(join(DIR, sub)).map((s) => join(sub, s)));

describe('dev/unseen corpus', () => {
  it('has eight articles with sidecars of 250–450 words', () => {
    expect(stems.length).toBe(8);
    for (const s of stems) {
      const text = readFileSync(join(DIR, `${s}.txt`), 'utf8');
      const words = text.split(/\s+/).filter((w) => /[\u0600-\u06FF0-9]/.test(w)).length;
      expect(words, s).toBeGreaterThanOrEqual(250);
      expect(words, s).toBeLessThanOrEqual(450);
      const meta = JSON.parse(readFileSync(join(DIR, `${s}.meta.json`), 'utf8'));
      expect(meta.title && meta.outlet && meta.published && meta.country, s).toBeTruthy();
      expect(text.split('\n')[0].trim(), s).toBe(meta.title);
    }
  });

  it.each(checked)('%s: entities, sources and attributions point into the text', (s) => {
    const text = readFileSync(join(DIR, `${s}.txt`), 'utf8');
    const g = JSON.parse(readFileSync(join(DIR, `${s}.gold.json`), 'utf8'));
    const names = new Set(g.entities.map((e: { name: string }) => e.name));
    for (const e of g.entities) for (const m of e.mentions) expect(text.includes(typeof m === 'string' ? m : m.text), `${s}: ${m}`).toBe(true);
    const ids = new Set(g.sources.map((x: { id: string }) => x.id));
    for (const x of g.sources) {
      expect(['named', 'anonymous', 'document', 'media', 'vague']).toContain(x.kind);
      if (x.entity !== null) expect(names.has(x.entity), `${s}: ${x.entity}`).toBe(true);
      if (x.anonymityReason) expect(text.includes(x.anonymityReason)).toBe(true);
    }
    for (const a of g.attributions) {
      expect(ids.has(a.source)).toBe(true);
      expect(text.includes(a.content), `${s}: ${a.content}`).toBe(true);
      expect(text.includes(a.cue), `${s}: ${a.cue}`).toBe(true);
      for (const v of a.via ?? []) expect(ids.has(v)).toBe(true);
    }
  });
});
