// Session 6: distributional word clusters (src/ner/clusters.ts) and their use by the tagger.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildClusters, parseClusters, serializeClusters, stemKey } from '../../src/ner/clusters.ts';
import { readConll } from '../../src/ner/conll.ts';
import { deserializeModel, serializeModel, tagSentences, trainNer } from '../../src/ner/model.ts';
import { CliError } from '../../src/cli/errors.ts';
import { gunzipSync, gzipSync } from 'node:zlib';
import { DEFAULT_FEATURES, extractFeatures, fnv1a, setNerClusters } from '../../src/ner/features.ts';

const NAMES = ['سمير', 'وليد', 'هشام', 'نبيل', 'رامي', 'فادي'];
const PLACES = ['حمص', 'ادلب', 'درعا', 'حماه', 'طرطوس', 'الرقه'];
// names always follow قال and precede امس; places follow في and precede اليوم
function corpus(): string[][] {
  const out: string[][] = [];
  for (let r = 0; r < 4; r++) {
    for (const n of NAMES) out.push(['و', 'قال', n, 'امس', 'ان', 'الوضع', 'صعب']);
    for (const p of PLACES) out.push(['وقعت', 'اشتباكات', 'في', p, 'اليوم', 'بين', 'الطرفين']);
  }
  return out;
}

describe('buildClusters', () => {
  it('gives words with the same contexts the same ids at every granularity, and separates frequent words of different contexts', () => {
    const m = buildClusters(corpus(), [2, 6], 3, 50);
    const c = (w: string) => m.get(stemKey(w))!;
    for (const w of [...NAMES, ...PLACES]) expect(c(w), w).toBeDefined();
    for (const g of [NAMES, PLACES]) for (const k of [0, 1]) expect(new Set(g.map((w) => c(w)[k])).size).toBe(1);
    // the initial centroids are frequent words: at k = 6 these have clusters of their own
    expect(new Set(['امس', 'ان', 'بين', 'صعب'].map((w) => c(w)[1])).size).toBe(4);
    // the key is the tagger's stem: the article is not part of it
    expect(m.has('رقه')).toBe(true);
    expect(m.has('الرقه')).toBe(false);
  });
  it('is deterministic and skips words seen fewer than minCount times', () => {
    const a = buildClusters(corpus(), [3], 3, 50), b = buildClusters(corpus(), [3], 3, 50);
    expect([...a]).toEqual([...b]);
    const rare = buildClusters([...corpus(), ['نادر', 'جدا']], [3], 3, 50);
    expect(rare.has('نادر')).toBe(false);
  });
  it('round-trips through its text form and rejects malformed lines', () => {
    const m = buildClusters(corpus(), [2, 4], 3, 50);
    expect([...parseClusters(serializeClusters(m))]).toEqual([...m]);
    expect(() => parseClusters('حمص\tx')).toThrow(/bad cluster line/);
    expect(() => parseClusters('حمص')).toThrow(/bad cluster line/);
  });
});

describe('cluster features', () => {
  const bucket = (x: string) => fnv1a(x) & ((1 << 20) - 1);
  const cfg = { ...DEFAULT_FEATURES, bits: 20, lexicon: false, dict: false, context: 0 };
  it('fire the stem\'s ids at the configured granularities and the neighbours\' coarse ids', () => {
    setNerClusters(new Map([['حمص', [3, 41]], ['في', [7, 9]]]));
    try {
      const f = extractFeatures(['قتلى', 'في', 'الحمص'], { ...cfg, clusters: 2 });
      const tok = (i: number) => new Set(f.ids.slice(f.off[i], f.off[i + 1]));
      expect(tok(2).has(bucket('k0=3'))).toBe(true);
      expect(tok(2).has(bucket('k1=41'))).toBe(true); // the article is stripped: the stem حمص has the ids
      expect(tok(2).has(bucket('k-1=7|3'))).toBe(true);
      expect(tok(2).has(bucket('k+1=?'))).toBe(true);
      expect(tok(0).has(bucket('k=?'))).toBe(true); // an Arabic word without a cluster
      expect(tok(0).has(bucket('k+1=7'))).toBe(true);
      const one = extractFeatures(['قتلى', 'في', 'الحمص'], { ...cfg, clusters: 1 });
      expect(new Set(one.ids.slice(one.off[2], one.off[3])).has(bucket('k1=41'))).toBe(false);
      const off = extractFeatures(['قتلى', 'في', 'الحمص'], { ...cfg, clusters: 0 });
      expect(new Set(off.ids).has(bucket('k0=3'))).toBe(false);
    } finally {
      setNerClusters(null);
    }
  });
});

describe('cluster features in the tagger', () => {
  const train = readConll(join(import.meta.dirname, 'fixtures', 'train.conll'));
  const unlabelled = corpus();
  const model = trainNer(train, { epochs: 3, seed: 2, features: { bits: 16, lexicon: false, clusters: 2 }, clusterText: unlabelled });
  it('the model carries the clusters of its training and unlabelled text; the file round-trips them', () => {
    expect(model.clusters?.has('سمير')).toBe(true); // only in the unlabelled text
    const back = deserializeModel(serializeModel(model));
    expect([...back.clusters!]).toEqual([...model.clusters!]);
    const sents = train.slice(0, 5).map((s) => s.tokens);
    expect(tagSentences(back, sents).map((r) => r.tags)).toEqual(tagSentences(model, sents).map((r) => r.tags));
  });
  it('the clusters change the model (they are features), and a model without them is unaffected by another model\'s', () => {
    const plain = trainNer(train, { epochs: 3, seed: 2, features: { bits: 16, lexicon: false, clusters: 0 } });
    expect(plain.clusters).toBeUndefined();
    let diff = 0;
    for (let k = 0; k < plain.W.length; k++) if (plain.W[k] !== model.W[k]) diff++;
    expect(diff).toBeGreaterThan(0);
    const sents = train.slice(0, 5).map((s) => s.tokens);
    const before = tagSentences(plain, sents).map((r) => r.tags);
    tagSentences(model, sents); // sets the cluster map of the clustered model
    expect(tagSentences({ ...plain, selfCache: undefined }, sents).map((r) => r.tags)).toEqual(before);
  });
  it('a file that says it was trained with clusters but holds none is refused', () => {
    const raw = gunzipSync(serializeModel(model));
    const hl = raw.readUInt32LE(12);
    const h = JSON.parse(raw.toString('utf8', 16, 16 + hl));
    delete h.clusters;
    const nh = Buffer.from(JSON.stringify(h), 'utf8');
    const head = Buffer.from(raw.subarray(0, 16));
    head.writeUInt32LE(nh.length, 12);
    const broken = gzipSync(Buffer.concat([head, nh, raw.subarray(16 + hl)]));
    expect(() => deserializeModel(broken, 'x.isnadner')).toThrow(CliError);
    expect(() => deserializeModel(broken, 'x.isnadner')).toThrow(/word clusters/);
  });
});
