// Session 6 review: the entity grammar's small word sets are data (data/entities/wordsets.tsv), read through
// src/entities/wordsets.ts. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { loadTsv } from '../../src/lexicon/tsv.ts';
import { loadNerLexicon } from '../../src/ner/lexicon.ts';
import { AGE_UNITS, DIVINE, ORG_END, PLACE_ADJECTIVE_PREPS, PLACE_PREPS, SPEECH_CLOSE_PREPS, UNIT_NOT_BEFORE } from '../../src/entities/wordsets.ts';
import { entityLexicon } from '../../src/entities/lexicon.ts';
import { normalize } from '../../src/text/normalize.ts';
import { entity, named, runEntities as run } from './checked.ts';

describe('data/entities/wordsets.tsv', () => {
  it('the sets are loaded normalised (hamza, ى and ة folded)', () => {
    for (const w of ['سنة', 'أعوام', 'عاماً']) expect(AGE_UNITS.has(normalize(w)), w).toBe(true);
    expect(PLACE_PREPS.has(normalize('إلى'))).toBe(true);
    expect(PLACE_ADJECTIVE_PREPS.has(normalize('على'))).toBe(true);
    expect(PLACE_PREPS.has(normalize('على'))).toBe(false);
    expect(ORG_END.has(normalize('المكلفة'))).toBe(true);
    expect(SPEECH_CLOSE_PREPS.has(normalize('أمام'))).toBe(true);
    expect(UNIT_NOT_BEFORE.has(normalize('ألف'))).toBe(true);
  });
  it('its words are no name words: not a `word` column (the clitic analyser) and no tagger class', () => {
    const rows = loadTsv('entities/wordsets.tsv');
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) expect(r.word, r.__line).toBeUndefined();
    const lex = loadNerLexicon();
    expect(lex.files).toContain('entities/wordsets.tsv');
    for (const w of ['عاماً', 'أعوام', 'اللهم', 'مليار']) expect(lex.words.get(normalize(w)) ?? [], w).toEqual([]);
  });
  it('the name of God stays a common word though known-words.tsv marks it a name', () => {
    const common = entityLexicon().common;
    for (const w of DIVINE) expect(common.has(w), w).toBe(true);
  });
});

describe('rules reading the sets', () => {
  it('an age in years (سنة from the set, not only عاماً) makes the words before it a person', () => {
    const es = run('وأصيب كمال دغيمش (45 سنة) بجروح طفيفة.');
    expect(named(es, 'PER')).toContain('كمال دغيمش');
    expect(entity(es, 'كمال دغيمش')!.evidence).toContain('rule:name+age');
  });
  it('an amount in brackets is no age', () => {
    const es = run('وأصيب كمال دغيمش (45 كيلوغراماً) بجروح طفيفة.');
    expect(entity(es, 'كمال دغيمش')?.evidence ?? []).not.toContain('rule:name+age');
  });
});
