// Tagger-only gazetteers (data/entities/gazetteer/*.tsv): loaded into the NER lexicon with their classes,
// `common = yes` rows in a class of their own, compound name parts joined or apart, and the generator's
// .mo reader. The entity rules never read these files.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadNerLexicon, resetNerLexicon } from '../../src/ner/lexicon.ts';
import { DEFAULT_FEATURES, extractFeatures, fnv1a, type FeatureConfig } from '../../src/ner/features.ts';
import { normalize } from '../../src/text/normalize.ts';
import { loadTsv } from '../../src/lexicon/tsv.ts';

const cfg: FeatureConfig = { ...DEFAULT_FEATURES, bits: 20, lexicon: true };
const bucket = (s: string) => fnv1a(s) & ((1 << 20) - 1);

/** Run `fn` with the NER lexicon read from a scratch copy holding only the given files. */
function withLexicon<T>(files: Record<string, string>, fn: () => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-gaz-'));
  const prev = process.env.ISNAD_NER_LEXICON_DIR;
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : ''), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    process.env.ISNAD_NER_LEXICON_DIR = dir;
    resetNerLexicon();
    return fn();
  } finally {
    if (prev === undefined) delete process.env.ISNAD_NER_LEXICON_DIR;
    else process.env.ISNAD_NER_LEXICON_DIR = prev;
    resetNerLexicon();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('gazetteer files', () => {
  it('reads data/entities/gazetteer/*.tsv with the type column, common rows in their own class', () => {
    withLexicon({
      'gazetteer/clubs.tsv': '# test\nform\ttype\tcommon\nفيردر بريمن|بريمن\tORG\t\nالنصر\tORG\tyes\n',
      'gazetteer/names.tsv': 'form\ttype\tcommon\nجورج\tGIVEN\t\nسميث\tFAMILY\t\n',
    }, () => {
      const lex = loadNerLexicon();
      expect(lex.files).toContain('entities/gazetteer/clubs.tsv');
      expect(lex.words.get(normalize('بريمن'))).toEqual(['ORG']);
      expect(lex.words.get(normalize('النصر'))).toEqual(['ORG/c']);
      expect(lex.words.get('جورج')).toEqual(['GIVEN']);
      expect(lex.words.get('سميث')).toEqual(['FAMILY']);
      expect(lex.phrases.get(normalize('فيردر'))?.[0]).toEqual({ words: ['فيردر', 'بريمن'], cls: 'ORG' });
      // the features see the class of the token and of its neighbours
      const f = extractFeatures(['فاز', 'بريمن', 'على', 'النصر'], cfg);
      const tok = (i: number) => new Set(f.ids.subarray(f.off[i], f.off[i + 1]));
      expect(tok(1).has(bucket('g1=ORG'))).toBe(true);
      expect(tok(3).has(bucket('g1=ORG/c'))).toBe(true);
      expect(tok(3).has(bucket('g1=ORG'))).toBe(false);
      expect(tok(2).has(bucket('g-1=ORG'))).toBe(true);
    });
  });

  it('matches compound name parts written joined or apart (عبد X, أبو X, X الدين, X الله)', () => {
    withLexicon({ 'gazetteer/people.tsv': 'form\ttype\nعبد الواحد نور\tPER\nمحمد أبو تريكة\tPER\nنور الدين زروال\tPER\n' }, () => {
      const lex = loadNerLexicon();
      const phrase = (w: string) => (lex.phrases.get(normalize(w)) ?? []).map((p) => p.words.join(' '));
      expect(phrase('عبد')).toContain('عبد الواحد نور');
      expect(phrase('عبدالواحد')).toContain('عبدالواحد نور');
      expect(phrase('محمد')).toEqual(expect.arrayContaining(['محمد ابو تريكه', 'محمد ابوتريكه']));
      expect(phrase('نورالدين')).toContain('نورالدين زروال');
      // in a sentence the joined spelling fires the phrase features B/I-PER
      const f = extractFeatures(['وقال', 'عبدالواحد', 'نور', 'إن'], cfg);
      expect(new Set(f.ids.subarray(f.off[1], f.off[2])).has(bucket('g1=BPER'))).toBe(true);
      expect(new Set(f.ids.subarray(f.off[2], f.off[3])).has(bucket('g1=IPER'))).toBe(true);
    });
  });

  it('every shipped gazetteer file has a provenance comment, the form/type header and known types', () => {
    const dir = join(import.meta.dirname, '../../data/entities/gazetteer');
    const files = readdirSync(dir).filter((f) => f.endsWith('.tsv'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) {
      expect(readFileSync(join(dir, f), 'utf8'), f).toMatch(/^# .*\n(# .*\n)*# .*(hand-written|Sources:|general knowledge)/i);
      const rows = loadTsv(`entities/gazetteer/${f}`);
      expect(rows.length, f).toBeGreaterThan(20);
      for (const r of rows) {
        expect(['PER', 'LOC', 'ORG', 'MISC', 'GIVEN', 'FAMILY'], `${r.__line}`).toContain(r.type);
        expect(r.form, r.__line).toMatch(/[\u0621-\u064A]/);
        if (r.common !== undefined) expect(['', 'yes'], r.__line).toContain(r.common);
      }
    }
  });
});
