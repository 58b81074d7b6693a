// Session 5: multi-word lexicon entries matched through proclitics the plain keys miss (lexClitics), and the
// hand-written gazetteers added for the tagger (well-formed rows, no ordinary words as bare single-word forms).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_FEATURES, LEGACY_FEATURES, extractFeatures, fnv1a, type FeatureConfig } from '../../src/ner/features.ts';
import { loadNerLexicon } from '../../src/ner/lexicon.ts';
import { DATA_DIR, loadTsv } from '../../src/lexicon/tsv.ts';
import { normalize } from '../../src/text/normalize.ts';
import { stripProclitics } from '../../src/ner/stem.ts';

const cfg = (over: Partial<FeatureConfig>): FeatureConfig => ({ ...DEFAULT_FEATURES, bits: 20, lexicon: true, ...over });
const bucket = (s: string) => fnv1a(s) & ((1 << 20) - 1);
const tokIds = (f: ReturnType<typeof extractFeatures>, i: number) => new Set(f.ids.subarray(f.off[i], f.off[i + 1]));

/** A multi-word lexicon entry of the given class whose first word starts with the article. */
function phraseWithArticle(cls: string): string[] {
  const lex = loadNerLexicon();
  for (const [first, list] of lex.phrases) {
    if (!first.startsWith('ال') || first.length < 5) continue;
    for (const p of list) if (p.cls === cls && p.words.length === 2 && !lex.words.has(p.words[1])) return p.words;
  }
  throw new Error('no phrase');
}

describe('lexClitics: multi-word entries behind proclitics', () => {
  it('a phrase whose first word has the article matches after fused لل (the article restored)', () => {
    const [w0, w1] = phraseWithArticle('ORG');
    const tokens = ['قال', 'لل' + w0.slice(2), w1, '.'];
    const on = extractFeatures(tokens, cfg({ lexClitics: true }));
    const off = extractFeatures(tokens, cfg({ lexClitics: false }));
    expect(tokIds(on, 1).has(bucket('g1=BORG')), tokens.join(' ')).toBe(true);
    expect(tokIds(on, 2).has(bucket('g1=IORG'))).toBe(true);
    expect(tokIds(off, 1).has(bucket('g1=BORG'))).toBe(false);
  });
  it('a short first word behind و (too short for the loose stripper) matches through the clitic analyser', () => {
    const tokens = ['وحزب', 'الله', 'قال'];
    const lex = loadNerLexicon();
    expect(lex.phrases.get('حزب')?.some((p) => p.words.join(' ') === 'حزب الله')).toBe(true);
    const on = extractFeatures(tokens, cfg({ lexClitics: true }));
    const off = extractFeatures(tokens, cfg({ lexClitics: false }));
    const cls = lex.phrases.get('حزب')!.find((p) => p.words.join(' ') === 'حزب الله')!.cls;
    expect(tokIds(on, 0).has(bucket('g1=B' + cls))).toBe(true);
    expect(tokIds(off, 0).has(bucket('g1=B' + cls))).toBe(false);
  });
  it('is an option, off by default (no gain on dev) and off for model files written before it', () => {
    expect(DEFAULT_FEATURES.lexClitics).toBe(false);
    expect(LEGACY_FEATURES.lexClitics).toBe(false);
  });
  it('an ordinary word with a proclitic does not start a phrase it only resembles', () => {
    const tokens = ['للعمل', 'في', 'المدينة'];
    const f = extractFeatures(tokens, cfg({ lexClitics: true }));
    expect([...tokIds(f, 0)].some((b) => ['BORG', 'BPER', 'BLOC', 'BMISC'].some((c) => b === bucket('g1=' + c)))).toBe(false);
  });
});

describe('lexStrictStems: a lexicon entry is indexed under its stem only when the stripped part is the article', () => {
  it('an entry that merely starts with ب/و/ف + ال (بالاو Palau, فالنسيا) is not indexed under the rest of the word', () => {
    const lex = loadNerLexicon();
    expect(lex.words.get(normalize('بالاو'))).toContain('LOC');
    expect(lex.words.get('او') ?? []).not.toContain('LOC');
    expect(lex.looseWords.get('او')).toContain('LOC'); // kept apart for models trained without the option
  });
  it('an entry with the article alone is still indexed under its stem (النصر → نصر)', () => {
    const lex = loadNerLexicon();
    expect(lex.words.get('نصر')).toContain('ORG/c');
  });
  it('the conjunction او fires a LOC lexicon feature only without the option', () => {
    const tokens = ['قال', 'او', 'ذهب'];
    const strict = extractFeatures(tokens, cfg({ lexStrictStems: true }));
    const loose = extractFeatures(tokens, cfg({ lexStrictStems: false }));
    expect(tokIds(loose, 1).has(bucket('g1=LOC'))).toBe(true);
    expect(tokIds(strict, 1).has(bucket('g1=LOC'))).toBe(false);
  });
});

describe('session 5 gazetteers', () => {
  const files = ['athletes-coaches.tsv', 'people-culture-business.tsv', 'orgs-politics-institutions.tsv'];
  it('each new file has a header, a known type on every row, and no duplicate form within the file', () => {
    for (const f of files) {
      const rows = loadTsv(`entities/gazetteer/${f}`);
      expect(rows.length, f).toBeGreaterThan(100);
      const seen = new Set<string>();
      for (const r of rows) {
        expect(['PER', 'ORG', 'LOC', 'MISC'], r.__line).toContain(r.type);
        expect(['', 'yes'], r.__line).toContain(r.common);
        for (const x of r.form.split('|')) {
          const n = normalize(x.trim());
          expect(n.length, r.__line).toBeGreaterThan(1);
          expect(seen.has(n), `${r.__line} ${x}`).toBe(false);
          seen.add(n);
        }
      }
    }
  });
  it('no bare single-word session-5 gazetteer form (not marked common) reduces to a stop word once its proclitics are stripped', () => {
    const stop = new Set(loadTsv('entities/stopwords.tsv').map((r) => normalize(r.word)));
    const dir = join(DATA_DIR, 'entities', 'gazetteer');
    const bad: string[] = [];
    let checked = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.tsv'))) {
      // rows of session 5: whole files whose header says so, or the rows after a "# session 5" marker
      const lines = readFileSync(join(dir, f), 'utf8').split('\n');
      const whole = lines.slice(0, 6).some((l) => l.startsWith('#') && l.includes('session 5'));
      const from = whole ? 0 : lines.findIndex((l) => l.startsWith('# session 5'));
      if (from < 0) continue;
      for (const l of lines.slice(from)) {
        if (!l || l.startsWith('#') || l.startsWith('form\t')) continue;
        const [form, , common] = l.split('\t');
        if (common === 'yes') continue;
        for (const x of form.split('|')) {
          const n = normalize(x.trim());
          if (/\s/.test(n)) continue;
          checked++;
          if (stop.has(n) || stop.has(stripProclitics(n).stem)) bad.push(`${f} ${x}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(200);
    expect(bad).toEqual([]);
  });
  it('people.tsv rows added in session 5 carry a Latin name and a country code', () => {
    const raw = readFileSync(join(DATA_DIR, 'entities', 'people.tsv'), 'utf8').split('\n');
    const start = raw.findIndex((l) => l.startsWith('# session 5'));
    expect(start).toBeGreaterThan(0);
    const rows = raw.slice(start).filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
    expect(rows.length).toBeGreaterThan(1000);
    for (const c of rows) {
      expect(c[4], c[0]).toMatch(/[A-Za-z]/);
      expect(c[5], c[0]).toMatch(/^[A-Z]{2}$/);
    }
  });
});
