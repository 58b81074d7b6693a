// Session 4 (issue 8): the gazetteer harvested from the training labels (jackknifed in training, stored in
// the model file, format version 2), and reading version-1 model files.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { readConll } from '../../src/ner/conll.ts';
import { DEFAULT_FEATURES, extractFeatures, fnv1a, type FeatureConfig } from '../../src/ner/features.ts';
import { MODEL_VERSION, deserializeModel, serializeModel, tagSentences, trainNer } from '../../src/ner/model.ts';
import { buildGazetteer, gazAltForms, deserializeGazetteer, gazFeatures, gazKey, jackknifeGazetteers, serializeGazetteer } from '../../src/ner/traingaz.ts';
import { CliError } from '../../src/cli/errors.ts';

const FIX = join(import.meta.dirname, 'fixtures');
const TYPES = ['LOC', 'MISC', 'ORG', 'PER'];
const sent = (spec: string) => {
  // "word/TAG word/TAG …" with O as default
  const tokens: string[] = [];
  const tags: string[] = [];
  for (const item of spec.split(' ')) {
    const [w, t] = item.split('/');
    tokens.push(w);
    tags.push(t ?? 'O');
  }
  return { tokens, tags };
};
const entryOf = (g: ReturnType<typeof buildGazetteer>, phrase: string) => g.entries.find((e) => e.words.join(' ') === phrase.split(' ').map(gazKey).join(' '));

describe('gazetteer harvested from training labels', () => {
  const data = [
    sent('قال/O سمير/B-PER الخطيب/I-PER في/O طرابلس/B-LOC'),
    sent('وصل/O الخطيب/B-PER إلى/O طرابلس/B-LOC'),
    sent('أعلنت/O شركة/O طرابلس/B-ORG للنفط/I-ORG'),
    sent('زار/O المندوب/O مدينة/O بنغازي/B-LOC'),
  ];
  it('counts what the longest-match matcher finds: type per exact chunk, O otherwise', () => {
    const g = buildGazetteer(data, TYPES);
    const tr = entryOf(g, 'طرابلس')!;
    // LOC twice; inside "طرابلس للنفط" the longer ORG entry wins, so the single word is not matched there
    expect(tr.counts).toEqual([2, 0, 0, 0, 0]);
    expect(entryOf(g, 'طرابلس للنفط')!.counts).toEqual([0, 0, 1, 0, 0]);
    // "الخطيب" alone is an entity once and is matched (not as a chunk) nowhere else
    expect(entryOf(g, 'الخطيب')!.counts).toEqual([0, 0, 0, 1, 0]);
    // clitics before the article and the article are stripped for matching: "وبالخطيب" hits "الخطيب"
    expect(gazKey('وبالخطيب')).toBe(gazKey('الخطيب'));
    expect(gazFeatures(g, ['وبالخطيب'])[0]).toContain('tg=SPER');
    // a first word also matches with bare proclitics removed, when the word as written is no entry
    expect(gazAltForms('وبطرابلس')).toEqual(['بطرابلس', 'طرابلس']);
    expect(gazFeatures(g, ['زار', 'وبطرابلس'])[1]).toContain('tg=SLOC');
    expect(gazAltForms('بنها')).toEqual([]); // too short to strip
    // an entry also seen as O counts it
    const solo = buildGazetteer([sent('رأى/O سمير/B-PER'), sent('كان/O سمير/O هنا/O')], TYPES);
    expect(entryOf(solo, 'سمير')!.counts).toEqual([0, 0, 0, 1, 1]);
  });
  it('a jackknifed fold never sees entries labelled only in its own fold', () => {
    // 4 folds of one sentence each, each with its own name; "طرابلس" is in every fold
    const folds = [
      sent('في/O طرابلس/B-LOC قال/O زيد/B-PER'),
      sent('في/O طرابلس/B-LOC قال/O عمرو/B-PER'),
      sent('في/O طرابلس/B-LOC قال/O خالد/B-PER'),
      sent('في/O طرابلس/B-LOC قال/O هشام/B-PER'),
    ];
    const per = jackknifeGazetteers(folds, TYPES, 4);
    expect(per.length).toBe(4);
    folds.forEach((s, k) => {
      const own = s.tokens[3];
      expect(entryOf(per[k], own), `fold ${k} sees its own ${own}`).toBeUndefined();
      for (let j = 0; j < 4; j++) if (j !== k) expect(entryOf(per[k], folds[j].tokens[3])).toBeDefined();
      // counts of a shared entry come from the other three folds only
      expect(entryOf(per[k], 'طرابلس')!.counts[0]).toBe(3);
      // and the tokens of its own name get no gazetteer feature
      expect(gazFeatures(per[k], s.tokens)[3]).toEqual([]);
    });
  });
  it('gives position, type and count features over multi-word matches and part classes', () => {
    const g = buildGazetteer(data, TYPES);
    const f = gazFeatures(g, ['زار', 'سمير', 'الخطيب', 'طرابلس']);
    expect(f[1]).toContain('tg=BPER');
    expect(f[2]).toContain('tg=EPER');
    expect(f[3]).toContain('tg=SLOC');
    expect(f[3]).toContain('tgb=SLOC|2|0');
    expect(f[0]).toContain('tg+1=BPER');
    // "سمير" alone is no entry, but it is the first word of a PER entry
    expect(gazFeatures(g, ['قال', 'سمير'])[1]).toEqual(['tgp=PER<']);
  });
  it('round-trips its text form', () => {
    const g = buildGazetteer(data, TYPES);
    const back = deserializeGazetteer(serializeGazetteer(g));
    expect(back.types).toEqual(g.types);
    expect(back.entries).toEqual(g.entries);
    expect(gazFeatures(back, data[2].tokens)).toEqual(gazFeatures(g, data[2].tokens));
    expect(() => deserializeGazetteer(Buffer.from('LOC,PER\nفلان\t1,2'))).toThrow(/counts/);
  });
  it('reaches the sentence features only when the config enables it', () => {
    const g = buildGazetteer(data, TYPES);
    const cfg: FeatureConfig = { ...DEFAULT_FEATURES, bits: 18, lexicon: false, context: 0 };
    const tokens = ['في', 'طرابلس'];
    const b = fnv1a('tg=SLOC') & ((1 << 18) - 1);
    const on = extractFeatures(tokens, { ...cfg, trainGaz: 5 }, undefined, false, g);
    const off = extractFeatures(tokens, { ...cfg, trainGaz: 0 }, undefined, false, g);
    expect(Array.from(on.ids.subarray(on.off[1], on.off[2]))).toContain(b);
    expect(Array.from(off.ids.subarray(off.off[1], off.off[2]))).not.toContain(b);
  });
});

describe('model file with a training gazetteer (format version 2)', () => {
  const train = readConll(join(FIX, 'train.conll'));
  const heldout = readConll(join(FIX, 'heldout.conll'));
  const model = trainNer(train, { epochs: 3, seed: 4, features: { bits: 16, lexicon: false, trainGaz: 3 } });
  const plain = trainNer(train, { epochs: 3, seed: 4, features: { bits: 16, lexicon: false, trainGaz: 0 } });
  const sents = heldout.map((s) => s.tokens);
  it('stores the gazetteer of all the training data and tags the same after a round-trip', () => {
    expect(model.gaz).toBeDefined();
    const full = buildGazetteer(train, model.gaz!.types);
    expect(model.gaz!.entries).toEqual(full.entries);
    const back = deserializeModel(serializeModel(model));
    expect(back.version).toBe(MODEL_VERSION);
    expect(back.gaz!.entries).toEqual(model.gaz!.entries);
    expect(tagSentences(back, sents).map((r) => r.tags)).toEqual(tagSentences(model, sents).map((r) => r.tags));
    expect(plain.gaz).toBeUndefined();
    expect(deserializeModel(serializeModel(plain)).gaz).toBeUndefined();
  });
  const raw = (m: typeof model) => gunzipSync(serializeModel(m));
  it('still reads a version-1 file (no gazetteer section) and tags as before', () => {
    const r = Buffer.from(raw(plain));
    expect(r.readUInt32LE(r.length - 4)).toBe(0); // empty gazetteer section
    const v1 = Buffer.from(r.subarray(0, r.length - 4));
    v1.writeUInt32LE(1, 8);
    const back = deserializeModel(gzipSync(v1), 'old.isnadner');
    expect(back.version).toBe(1);
    expect(back.features.trainGaz).toBe(0);
    expect(tagSentences(back, sents).map((x) => x.tags)).toEqual(tagSentences(plain, sents).map((x) => x.tags));
  });
  it('rejects newer versions, a missing gazetteer section and a gazetteer model without one, with a CliError', () => {
    const r = Buffer.from(raw(model));
    const v9 = Buffer.from(r);
    v9.writeUInt32LE(MODEL_VERSION + 1, 8);
    expect(() => deserializeModel(gzipSync(v9), 'new.isnadner')).toThrow(CliError);
    expect(() => deserializeModel(gzipSync(v9), 'new.isnadner')).toThrow(/newer isnad/);
    // a version-2 file cut after the first-stage section
    const p = Buffer.from(raw(plain));
    expect(() => deserializeModel(gzipSync(p.subarray(0, p.length - 4)))).toThrow(/gazetteer section is missing/);
    // a model trained with the gazetteer whose section was emptied
    const len = serializeGazetteer(model.gaz!).length;
    const cut = Buffer.from(r.subarray(0, r.length - len));
    cut.writeUInt32LE(0, cut.length - 4);
    expect(() => deserializeModel(gzipSync(cut), 'm')).toThrow(/training gazetteer/);
    // a damaged gazetteer section
    const bad = Buffer.from(r);
    bad.write('x', bad.length - 1, 'latin1');
    expect(() => deserializeModel(gzipSync(bad), 'm')).toThrow(CliError);
  });
});
