// Session 8: the name-likeness model (src/ner/namelike.ts) — naive Bayes over character 2–5-grams of name words of
// the tagger lexicon against dictionary words, leave-one-out scores — and its tagger features (`nameLike`).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildNameLike, gramsOf, loadNameLike, nameKey, nameLikeTrainingWords, NL_CLASSES } from '../../src/ner/namelike.ts';
import { extractFeatures, DEFAULT_FEATURES, type FeatureConfig } from '../../src/ner/features.ts';
import { readConll } from '../../src/ner/conll.ts';
import { deserializeModel, serializeModel, tagSentences, trainNer } from '../../src/ner/model.ts';

const PER = ['ايفانوف', 'بتروف', 'سميرنوف', 'كوزلوف', 'بوبوف', 'سوكولوف', 'ميخائيلوف', 'فولكوف'];
const LOC = ['طاجيكستان', 'اوزبكستان', 'تركمانستان', 'كازاخستان', 'قرغيزستان', 'داغستان'];
const ORG = ['مايكروسوفت', 'غوغل', 'تويوتا', 'سامسونغ', 'رويترز'];
const MISC = ['اولمبياد', 'مونديال', 'كوفيد'];
const O = ['كتاب', 'مدرسه', 'يذهب', 'حكومه', 'مكتبه', 'كاتب', 'مكتوب', 'ذهاب', 'مدارس', 'حكومات', 'يكتبون', 'درس'];

function words(extra: [string, number][] = []): Map<string, Uint16Array> {
  const m = new Map<string, Uint16Array>();
  const add = (w: string, k: number) => {
    const v = m.get(w) ?? new Uint16Array(NL_CLASSES.length);
    v[k] = 1;
    m.set(w, v);
  };
  for (const w of PER) add(w, 1);
  for (const w of LOC) add(w, 2);
  for (const w of ORG) add(w, 3);
  for (const w of MISC) add(w, 4);
  for (const w of O) add(w, 0);
  for (const [w, k] of extra) add(w, k);
  return m;
}

describe('name-likeness model', () => {
  it('n-grams are 2..5-grams of the stem with boundary marks', () => {
    // "^ab$" has 3 bigrams, 2 trigrams, 1 four-gram, no 5-gram
    expect(gramsOf('اب')).toHaveLength(6);
    expect(gramsOf('ابت')).toHaveLength(4 + 3 + 2 + 1);
    expect(nameKey('والكاظمي')).toBe('كاظمي');
  });

  it('scores unseen words by their spelling: a Russian surname as PER, a -stan place as LOC, a derived word as O', () => {
    const m = buildNameLike(words());
    const lav = m.scores('لافروف')!;
    expect(lav[1]).toBeGreaterThan(0); // PER over O
    expect(lav[1]).toBeGreaterThan(lav[2]); // PER over LOC
    expect(m.labels('لافروف')!.top.startsWith('PER')).toBe(true);
    const kurd = m.scores('كردستان')!;
    expect(kurd[2]).toBeGreaterThan(kurd[1]);
    expect(m.labels('كردستان')!.top.startsWith('LOC')).toBe(true);
    const kt = m.scores('مكاتب')!;
    expect(kt[1]).toBeLessThan(0);
    expect(kt[2]).toBeLessThan(0);
    expect(m.labels('مكاتب')!.top.startsWith('O')).toBe(true);
  });

  it('is leave-one-out: listing a word barely moves its own score, but moves a similar unlisted word', () => {
    const without = buildNameLike(words());
    const withW = buildNameLike(words([['لافروف', 1]]));
    const own = Math.abs(withW.scores('لافروف')![1] - without.scores('لافروف')![1]);
    const other = Math.abs(withW.scores('لاروف')![1] - without.scores('لاروف')![1]);
    expect(own).toBeLessThan(0.05);
    expect(other).toBeGreaterThan(2 * own);
  });

  it('is deterministic and refuses non-Arabic or one-letter stems', () => {
    const a = buildNameLike(words()), b = buildNameLike(words());
    for (const w of ['لافروف', 'كردستان', 'مكاتب', 'سوريا']) expect(Array.from(a.scores(w)!)).toEqual(Array.from(b.scores(w)!));
    expect(a.scores('putin')).toBeNull();
    expect(a.scores('ب')).toBeNull();
    expect(a.labels('2020')).toBeNull();
  });

  it('collects training words: lexicon classes mapped to PER/LOC/ORG/MISC, common rows and proper-noun lemmas left out', () => {
    const lex = {
      words: new Map([['الكاظمي', ['PER']], ['كاظمي', ['PER']], ['سمير', ['GIVEN']], ['امل', ['GIVEN/c']], ['رئيس', ['TITLE']], ['موسكو', ['LOC']]]),
      parts: new Map([['غولدمان', ['ORG<']], ['ساكس', ['ORG>']], ['عيد', ['MISC<']]]),
    };
    const dict = ['# comment', '@0 >', '@1 >ات >ه', 'كتاب\t0', 'حكوم\t1', 'سوريا\t0\tP', ''].join('\n');
    const w = nameLikeTrainingWords(lex, dict);
    const cls = (x: string) => (w.get(x) ? NL_CLASSES.filter((_, k) => w.get(x)![k]) : []);
    expect(cls('كاظمي')).toEqual(['PER']); // article stripped: one key for both forms
    expect(w.has('الكاظمي')).toBe(false);
    expect(cls('سمير')).toEqual(['PER']);
    expect(w.has('امل')).toBe(false);
    expect(w.has('رئيس')).toBe(false);
    expect(cls('موسكو')).toEqual(['LOC']);
    expect(cls('غولدمان')).toEqual(['ORG']);
    expect(cls('عيد')).toEqual(['MISC']);
    expect(cls('كتاب')).toEqual(['O']);
    expect(w.has('سوريا')).toBe(false);
    // lemma and at least one inflected form from its paradigm
    expect(cls('حكوم')).toEqual(['O']);
    expect(w.has('حكومات') || w.has('حكومه')).toBe(true);
  });

  it('on the shipped lexicon and dictionary, a transliterated city reads as a name and a verb does not', () => {
    const m = loadNameLike();
    expect(m.counts[0]).toBeGreaterThan(100_000);
    expect(m.counts[1]).toBeGreaterThan(1_000);
    const v = m.scores('فلاديفوستوك')!;
    expect(Math.max(v[1], v[2])).toBeGreaterThan(0.3);
    const y = m.scores('يذهبون')!;
    expect(Math.max(y[1], y[2], y[3], y[4])).toBeLessThan(0);
  });
});

describe('nameLike tagger features', () => {
  const base: FeatureConfig = { ...DEFAULT_FEATURES, bits: 18, lexicon: false };
  const toks = ['قال', 'فلاديفوستوك', 'اليوم'];

  it('adds features only when on, and leaves the others unchanged', () => {
    const off = extractFeatures(toks, base);
    const off2 = extractFeatures(toks, { ...base, nameLike: false });
    expect(Array.from(off2.ids)).toEqual(Array.from(off.ids));
    const on = extractFeatures(toks, { ...base, nameLike: true });
    for (let i = 0; i < toks.length; i++) {
      const a = new Set(off.ids.slice(off.off[i], off.off[i + 1]));
      const b = on.ids.slice(on.off[i], on.off[i + 1]);
      expect(b.length).toBeGreaterThan(a.size > 0 ? off.off[i + 1] - off.off[i] : 0);
      for (const x of a) expect(b.includes(x)).toBe(true);
    }
  });

  it('a model trained with it round-trips through its file and tags identically', () => {
    const FIX = join(import.meta.dirname, 'fixtures');
    const train = readConll(join(FIX, 'train.conll'));
    const held = readConll(join(FIX, 'heldout.conll'));
    const m = trainNer(train, { epochs: 3, seed: 1, features: { bits: 16, lexicon: false, nameLike: true } });
    expect(m.features.nameLike).toBe(true);
    expect((m.meta.nameLikeWords as number[])[0]).toBeGreaterThan(0);
    const back = deserializeModel(serializeModel(m));
    expect(back.features.nameLike).toBe(true);
    const sents = held.map((s) => s.tokens);
    expect(tagSentences(back, sents).map((r) => r.tags)).toEqual(tagSentences(m, sents).map((r) => r.tags));
  });
});

describe('entity dropout (training option)', () => {
  const cfg: FeatureConfig = { ...DEFAULT_FEATURES, bits: 18, lexicon: false, nameLike: true };
  const toks = ['التقى', 'بوتين', 'في', 'موسكو', 'امس'];

  it('the spelling block holds the same features, moved right after the identity block', () => {
    const plain = extractFeatures(toks, cfg);
    const fb = extractFeatures(toks, cfg, undefined, false, undefined, true);
    expect(plain.nform).toBeUndefined();
    expect(Array.from(fb.off)).toEqual(Array.from(plain.off));
    for (let i = 0; i < toks.length; i++) {
      const a = Array.from(plain.ids.slice(plain.off[i], plain.off[i + 1])).sort();
      const b = Array.from(fb.ids.slice(fb.off[i], fb.off[i + 1])).sort();
      expect(b).toEqual(a); // same multiset of features
      expect(fb.nid[i]).toBe(plain.nid[i]);
      // "بوتين": 4 prefixes + 4 suffixes and 2..4-grams of ^بوتين$ (6 + 5 + 4)
      if (i === 1) expect(fb.nform![i]).toBe(8 + 6 + 5 + 4);
    }
  });

  it('trains deterministically, records itself, and changes the model', () => {
    const FIX = join(import.meta.dirname, 'fixtures');
    const train = readConll(join(FIX, 'train.conll'));
    const held = readConll(join(FIX, 'heldout.conll')).map((s) => s.tokens);
    const features = { bits: 16, lexicon: false };
    const a = trainNer(train, { epochs: 3, seed: 1, wordDropout: 0.2, entityDropout: 0.5, features });
    const b = trainNer(train, { epochs: 3, seed: 1, wordDropout: 0.2, entityDropout: 0.5, features });
    const c = trainNer(train, { epochs: 3, seed: 1, wordDropout: 0.2, features });
    expect(a.meta.entityDropout).toBe(0.5);
    expect(c.meta.entityDropout).toBeUndefined();
    expect(Array.from(a.W)).toEqual(Array.from(b.W));
    expect(Array.from(a.W)).not.toEqual(Array.from(c.W));
    expect(tagSentences(a, held).map((r) => r.tags)).toEqual(tagSentences(b, held).map((r) => r.tags));
    // identity-only mode: another model, recorded in the header
    const d = trainNer(train, { epochs: 3, seed: 1, wordDropout: 0.2, entityDropout: 0.5, entityDropoutMode: 'identity', features });
    expect(d.meta.entityDropoutMode).toBe('identity');
    expect(a.meta.entityDropoutMode).toBeUndefined();
    expect(Array.from(d.W)).not.toEqual(Array.from(a.W));
    // with the CRF mix too
    const m = trainNer(train, { epochs: 2, seed: 1, entityDropout: 0.5, mixCrf: 0.5, mixCrfEpochs: 2, features });
    expect(m.meta.mixCrf).toBe(0.5);
  });
});
