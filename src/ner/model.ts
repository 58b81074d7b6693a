// Averaged structured perceptron with first-order transitions and BIO-constrained Viterbi decoding.
// Weights: emission W[bucket * T + tag] (hashed features, see features.ts) and transitions
// trans[(prev + 1) * T + tag], where prev = -1 is the sentence start.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { CliError } from '../cli/errors.ts';
import { loadNameLike } from './namelike.ts';
import { DEFAULT_FEATURES, LEGACY_FEATURES, buildContext, extractFeatures, pass1TypeIndex, selfFeatureIds, setNerClusters, type FeatureConfig, type SentenceFeatures } from './features.ts';
import { CLUSTER_KS, buildClusters, parseClusters, serializeClusters } from './clusters.ts';
import { chunksOf, scoreNer } from './score.ts';
import type { ConllSentence } from './conll.ts';
import { buildGazetteer, deserializeGazetteer, jackknifeGazetteers, serializeGazetteer, type TrainGazetteer } from './traingaz.ts';
import { repairBio, trainCrfRun } from './crf.ts';

/** How the weights were trained; decoding is the same Viterbi for both. */
export type NerAlgo = 'perceptron' | 'crf';

/**
 * Tag encoding the model predicts in (session 7). `bio`: B-X, I-X. `bioes`: B-X (first of several), I-X (inside),
 * E-X (last of several), S-X (single-token entity) — the model learns where names end and single-word names apart.
 * Whatever the encoding, tagging returns BIO tags (E → I, S → B). Files without `encoding` are `bio`.
 */
export type NerEncoding = 'bio' | 'bioes';

export const MODEL_MAGIC = 'ISNADNER';
export const MODEL_VERSION = 2;
/** Oldest format this code still reads (version 1 = no training-gazetteer section). */
export const MODEL_MIN_VERSION = 1;

export interface NerModel {
  version: number;
  tags: string[];
  features: FeatureConfig;
  W: Float32Array;
  trans: Float32Array;
  /** allowed[(prev + 1) * T + tag] = 1 when the BIO scheme allows tag after prev. */
  allowed: Uint8Array;
  meta: Record<string, unknown>;
  /** Training algorithm (file header `algo`; files without it were trained by the perceptron). */
  algo?: NerAlgo;
  /** Tag encoding of `tags` (file header `encoding`; absent = 'bio'). */
  encoding?: NerEncoding;
  /** endAllowed[tag] = 1 when a sentence may end with tag (BIOES: not B-/I-); absent = any tag. */
  endAllowed?: Uint8Array;
  /**
   * Subtracted from the O tag's emission score when decoding (trades precision for recall: the perceptron
   * under-predicts names it has not seen). Chosen on dev data; 0 when absent.
   */
  oPenalty?: number;
  /** Stacked models: the first-stage model whose tags feed this one's features. */
  first?: NerModel;
  /** Gazetteer harvested from the training labels (features.trainGaz > 0). */
  gaz?: TrainGazetteer;
  /** Word clusters of the training and unlabelled text (features.clusters > 0): stem → ids, coarse first. */
  clusters?: Map<string, number[]>;
  /** Tagging cache: word → summed weights of its word-alone features (never serialised). */
  selfCache?: Map<string, Float32Array>;
}

/** BIO: I-X may only follow B-X or I-X. */
export function bioAllowed(tags: string[]): Uint8Array {
  const T = tags.length;
  const a = new Uint8Array((T + 1) * T);
  for (let p = -1; p < T; p++) {
    for (let t = 0; t < T; t++) {
      const cur = tags[t];
      let ok = true;
      if (cur.startsWith('I-')) {
        const type = cur.slice(2);
        ok = p >= 0 && (tags[p] === 'B-' + type || tags[p] === 'I-' + type);
      }
      a[(p + 1) * T + t] = ok ? 1 : 0;
    }
  }
  return a;
}

/**
 * BIOES: B-X and I-X must be followed by I-X or E-X of the same type; I-X and E-X only follow B-X or I-X;
 * O, E-X and S-X may be followed by O, B-Y or S-Y. A sentence ends with O, E-X or S-X (see bioesEndAllowed).
 */
export function bioesAllowed(tags: string[]): Uint8Array {
  const T = tags.length;
  const a = new Uint8Array((T + 1) * T);
  const open = (p: number): string | null => (p >= 0 && /^[BI]-/.test(tags[p]) ? tags[p].slice(2) : null);
  for (let p = -1; p < T; p++) {
    const o = open(p);
    for (let t = 0; t < T; t++) {
      const cur = tags[t];
      const cont = /^[IE]-/.test(cur);
      a[(p + 1) * T + t] = (o !== null ? cont && cur.slice(2) === o : !cont) ? 1 : 0;
    }
  }
  return a;
}

export function bioesEndAllowed(tags: string[]): Uint8Array {
  return Uint8Array.from(tags, (t) => (/^[BI]-/.test(t) ? 0 : 1));
}

/** Transition constraints of an encoding (and which tags may end a sentence; undefined = any). */
export function encodingConstraints(tags: string[], encoding: NerEncoding): { allowed: Uint8Array; endAllowed?: Uint8Array } {
  return encoding === 'bioes' ? { allowed: bioesAllowed(tags), endAllowed: bioesEndAllowed(tags) } : { allowed: bioAllowed(tags) };
}

/** BIO tags (of a sentence) → BIOES. An I-X that does not continue an X entity starts one (as conlleval reads it). */
export function bioToBioes(bio: string[]): string[] {
  const out = bio.slice();
  const typeAt = (i: number): string | null => (i >= 0 && i < bio.length && bio[i] !== 'O' ? bio[i].slice(2) : null);
  for (let i = 0; i < bio.length; i++) {
    const t = bio[i];
    if (t === 'O') continue;
    const type = t.slice(2);
    const starts = t.startsWith('B-') || typeAt(i - 1) !== type || i === 0;
    const continues = i + 1 < bio.length && bio[i + 1] === 'I-' + type;
    out[i] = (starts ? (continues ? 'B-' : 'S-') : continues ? 'I-' : 'E-') + type;
  }
  return out;
}

/** BIOES (or BIO) tags → BIO: E-X → I-X, S-X → B-X. */
export function toBio(tags: string[]): string[] {
  return tags.map((t) => (t.startsWith('E-') ? 'I-' + t.slice(2) : t.startsWith('S-') ? 'B-' + t.slice(2) : t));
}

/** Tag set in a fixed order: O, then B-/I- (BIOES: B-/I-/E-/S-) per type (types sorted). */
export function tagSet(types: string[], encoding: NerEncoding = 'bio'): string[] {
  const out = ['O'];
  for (const t of [...new Set(types)].sort()) {
    if (encoding === 'bioes') out.push('B-' + t, 'I-' + t, 'E-' + t, 'S-' + t);
    else out.push('B-' + t, 'I-' + t);
  }
  return out;
}

export function emptyModel(types: string[], features: FeatureConfig = DEFAULT_FEATURES, encoding: NerEncoding = 'bio'): NerModel {
  const tags = tagSet(types, encoding);
  const T = tags.length;
  return {
    version: MODEL_VERSION,
    tags,
    features: { ...features },
    W: new Float32Array((1 << features.bits) * T),
    trans: new Float32Array((T + 1) * T),
    ...encodingConstraints(tags, encoding),
    encoding,
    meta: {},
  };
}

/** Emission scores, n × T. */
export function emissions(W: Float32Array, T: number, ids: Int32Array, off: Int32Array, n: number, skip?: Uint8Array): Float32Array {
  const e = new Float32Array(n * T);
  for (let i = 0; i < n; i++) {
    const base = i * T;
    for (let k = off[i]; k < off[i + 1]; k++) {
      if (skip && k > off[i] && k <= off[i] + skip[i]) continue;
      const w = ids[k] * T;
      for (let t = 0; t < T; t++) e[base + t] += W[w + t];
    }
  }
  return e;
}

/** Best tag index sequence under the BIO (BIOES) constraints; `endAllowed` restricts the last tag. */
export function viterbi(e: Float32Array, trans: Float32Array, allowed: Uint8Array, T: number, n: number, endAllowed?: Uint8Array): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  const NEG = -Infinity;
  let prev = new Float64Array(T);
  let cur = new Float64Array(T);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) prev[t] = allowed[t] ? e[t] + trans[t] : NEG;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = NEG;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        const r = (p + 1) * T + t;
        if (!allowed[r] || prev[p] === NEG) continue;
        const v = prev[p] + trans[r];
        if (v > best) { best = v; arg = p; }
      }
      cur[t] = best === NEG ? NEG : best + e[i * T + t];
      back[i * T + t] = arg;
    }
    const tmp = prev; prev = cur; cur = tmp;
  }
  let bt = -1;
  for (let t = 0; t < T; t++) {
    if (endAllowed && !endAllowed[t]) continue;
    if (bt < 0 || prev[t] > prev[bt]) bt = t;
  }
  out[n - 1] = Math.max(0, bt);
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * T + out[i]];
  return out;
}

export interface TagResult {
  tags: string[];
  /** Per-token margin between the chosen tag's emission score and the best other tag's. */
  margins: Float32Array;
}

/** Features of every sentence, with cross-sentence context in blocks when the config asks for it. */
export function featuresOfSentences(sents: string[][], cfg: FeatureConfig, pass1?: string[][], contextOnly = false, gazOf?: (k: number) => TrainGazetteer | undefined, formBlock = false): SentenceFeatures[] {
  if (!cfg.context && !cfg.stack) return sents.map((t, k) => extractFeatures(t, cfg, undefined, contextOnly, gazOf?.(k), formBlock));
  const size = cfg.context || 20;
  const out: SentenceFeatures[] = [];
  for (let b = 0; b < sents.length; b += size) {
    const block = sents.slice(b, b + size);
    const index = buildContext(block);
    const p1 = cfg.stack && pass1 ? pass1.slice(b, b + size) : undefined;
    const pass1Types = p1 ? pass1TypeIndex(block, p1) : undefined;
    block.forEach((t, s) => out.push(extractFeatures(t, cfg, { index, sentence: s, pass1: p1, pass1Types }, contextOnly, gazOf?.(b + s), formBlock)));
  }
  return out;
}

/** Tag consecutive sentences of one text (context features see the neighbouring sentences). */
export function tagSentences(model: NerModel, sents: string[][]): TagResult[] {
  const pass1 = model.first ? tagSentences(model.first, sents).map((r) => r.tags) : undefined;
  // the cluster features read the map of the model being applied (the self-feature cache is per model)
  setNerClusters(model.clusters ?? null);
  const gaz = model.gaz;
  const feats = featuresOfSentences(sents, model.features, pass1, true, gaz ? () => gaz : undefined);
  return sents.map((t, k) => tagWithFeatures(model, t.length, feats[k], t));
}

const SELF_CACHE_MAX = 100_000;

/** Emission scores: cached per-word sums of the word-alone features plus the sentence's context features. */
function emissionsWithSelf(model: NerModel, tokens: string[], ids: Int32Array, off: Int32Array): Float32Array {
  const T = model.tags.length;
  const W = model.W;
  let cache = model.selfCache;
  if (!cache) model.selfCache = cache = new Map();
  const e = emissions(W, T, ids, off, tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    let v = cache.get(tokens[i]);
    if (!v) {
      v = new Float32Array(T);
      for (const b of selfFeatureIds(tokens[i], model.features)) {
        const w = b * T;
        for (let t = 0; t < T; t++) v[t] += W[w + t];
      }
      if (cache.size >= SELF_CACHE_MAX) cache.clear();
      cache.set(tokens[i], v);
    }
    const base = i * T;
    for (let t = 0; t < T; t++) e[base + t] += v[t];
  }
  return e;
}

/** Tag one sentence on its own (no cross-sentence context). */
export function tagTokens(model: NerModel, tokens: string[]): TagResult {
  if (tokens.length === 0) return { tags: [], margins: new Float32Array(0) };
  return tagSentences(model, [tokens])[0];
}

function tagWithFeatures(model: NerModel, n: number, feats: SentenceFeatures, tokens: string[]): TagResult {
  const T = model.tags.length;
  if (n === 0) return { tags: [], margins: new Float32Array(0) };
  const { ids, off } = feats;
  const e = emissionsWithSelf(model, tokens, ids, off);
  const oi = model.tags.indexOf('O');
  if (model.oPenalty && oi >= 0) for (let i = 0; i < n; i++) e[i * T + oi] -= model.oPenalty;
  const best = viterbi(e, model.trans, model.allowed, T, n, model.endAllowed);
  const margins = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    let other = -Infinity;
    for (let t = 0; t < T; t++) if (t !== best[i] && e[i * T + t] > other) other = e[i * T + t];
    margins[i] = e[i * T + best[i]] - other;
  }
  const tags = Array.from(best, (t) => model.tags[t]);
  return { tags: model.encoding === 'bioes' ? toBio(tags) : tags, margins };
}

// ---------------------------------------------------------------- training

export interface TrainOptions {
  epochs?: number;
  seed?: number;
  features?: Partial<FeatureConfig>;
  dev?: ConllSentence[];
  /** Keep the averaged weights of the epoch with the best dev F1 (default true when dev is given). */
  keepBest?: boolean;
  /** Probability of hiding a token's word-identity features during a training pass (generalises to unseen names). */
  wordDropout?: number;
  /**
   * Session 8: probability of hiding, for a whole gold entity in a training pass, the identity AND spelling features
   * (affixes, character n-grams) of all its tokens — the entity reads as a name the model never saw, as most test
   * names are, so the weights of context, lexicon, dictionary, cluster and name-likeness features learn to carry it.
   * Perceptron runs (and the mixed CRF when mixing). 0/undefined = off.
   */
  entityDropout?: number;
  /** What entity dropout hides: 'all' (identity and spelling features, the default) or 'identity' (word-identity block only). */
  entityDropoutMode?: 'all' | 'identity';
  /** Train a two-stage stacked model (first-stage tags of the block become features); folds for jackknifing. */
  stack?: number;
  /**
   * Average the weights of this many perceptron runs (seeds seed, seed+1, …; the later runs train the first
   * run's epoch count). A cheap ensemble: no tagging cost. Applies to the final stage only. Default 1.
   */
  average?: number;
  /** Epochs of the first-stage models of a stacked model (default: epochs; fewer trains faster but lost ~1.5 dev F1). */
  firstEpochs?: number;
  /** Training algorithm of the final stage: averaged perceptron (default) or linear-chain CRF (src/ner/crf.ts). */
  algo?: NerAlgo;
  /** Tag encoding the model learns and decodes in (default 'bio'); tagging always returns BIO. */
  encoding?: NerEncoding;
  /** CRF only: L2 penalty on the summed log-likelihood (default 1). */
  l2?: number;
  /** CRF only: AdaGrad base learning rate (default 0.1). */
  lr?: number;
  /** CRF only: average the weights at the ends of epochs crfAverageFrom… (0 = last iterate; default 2). */
  crfAverageFrom?: number;
  /**
   * Session 7 experiment: also train a CRF on the same features (one run, ≤ mixCrfEpochs epochs, CRF_DEFAULTS) and
   * tag with the mix (1 − mixCrf)·perceptron/σp + mixCrf·CRF/σc, each scaled by the spread σ of its emission scores
   * on training sentences. One weight vector, so tagging costs the same. 0/undefined = off.
   */
  mixCrf?: number;
  mixCrfEpochs?: number;
  /** Unlabelled sentences added to the training tokens when building word clusters (features.clusters > 0). */
  clusterText?: string[][];
  /** A cluster map already built from this training text and clusterText (dev runs reuse it across seeds). */
  prebuiltClusters?: Map<string, number[]>;
  log?: (line: string) => void;
}

/** CRF settings chosen on the dev carve-outs (docs/ner.md); dropout and runs are the trainer's callers' defaults. */
export const CRF_DEFAULTS = { l2: 10, lr: 0.1, averageFrom: 2, dropout: 0, average: 1 };

/** Small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainNer(train: ConllSentence[], opts: TrainOptions = {}): NerModel {
  const folds = opts.stack ?? 0;
  if (folds < 2) return trainStage(train, opts);
  const log = opts.log ?? (() => {});
  const data = train.filter((s) => s.tokens.length > 0);
  const firstOpts: TrainOptions = {
    ...opts, epochs: opts.firstEpochs ?? opts.epochs ?? 10, stack: 0, average: 1, features: { ...opts.features, stack: false }, log: () => {},
  };
  // jackknife: first-stage tags of each contiguous fold come from a model that did not see it
  const pass1: string[][] = [];
  const size = Math.ceil(data.length / folds);
  for (let k = 0; k < folds; k++) {
    const lo = k * size, hi = Math.min(data.length, lo + size);
    const m = trainStage([...data.slice(0, lo), ...data.slice(hi)], { ...firstOpts, dev: undefined });
    for (const r of tagSentences(m, data.slice(lo, hi).map((s) => s.tokens))) pass1.push(r.tags);
    log(`stage 1, fold ${k + 1}/${folds}: ${firstOpts.epochs} epochs done`);
  }
  const first = trainStage(data, { ...firstOpts, dev: undefined });
  log('stage 1 trained on all data');
  return trainStage(data, { ...opts, features: { ...opts.features, stack: true } }, first, pass1);
}

function trainStage(train: ConllSentence[], opts: TrainOptions, first?: NerModel, pass1?: string[][]): NerModel {
  const epochs = opts.epochs ?? 10;
  const drop = opts.wordDropout ?? 0;
  const runs = Math.max(1, opts.average ?? 1);
  const seed = opts.seed ?? 1;
  const log = opts.log ?? (() => {});
  const cfg: FeatureConfig = { ...DEFAULT_FEATURES, ...opts.features };
  const types = new Set<string>();
  for (const s of train) for (const t of s.tags) if (t !== 'O') types.add(t.slice(2));
  const encoding: NerEncoding = opts.encoding ?? 'bio';
  const model = emptyModel([...types], cfg, encoding);
  if (first) model.first = first;
  const T = model.tags.length;
  const tagIndex = new Map(model.tags.map((t, i) => [t, i]));
  const t0 = performance.now();
  const nonEmpty = train.filter((s) => s.tokens.length > 0);
  if (cfg.clusters) {
    const tc = performance.now();
    model.clusters = opts.prebuiltClusters ?? buildClusters([...nonEmpty.map((s) => s.tokens), ...(opts.clusterText ?? [])], CLUSTER_KS);
    log(`word clusters: ${model.clusters.size} stems from ${nonEmpty.length + (opts.clusterText?.length ?? 0)} sentences in ${((performance.now() - tc) / 1000).toFixed(1)}s`);
  }
  setNerClusters(model.clusters ?? null);
  // provenance of the name-likeness model (rebuilt from the lexicon and the dictionary in every process)
  if (cfg.nameLike) model.meta.nameLikeWords = loadNameLike().counts;
  let gazOf: ((k: number) => TrainGazetteer) | undefined;
  if ((cfg.trainGaz ?? 0) >= 2) {
    // each fold sees only the entries (and counts) of the other folds; tagging uses all of the training data
    const gtypes = [...types].sort();
    const folds = jackknifeGazetteers(nonEmpty, gtypes, cfg.trainGaz!);
    gazOf = (k) => folds[k];
    model.gaz = buildGazetteer(nonEmpty, gtypes);
  }
  const entDrop = opts.entityDropout ?? 0;
  const entSpelling = (opts.entityDropoutMode ?? 'all') === 'all';
  const allFeats = featuresOfSentences(nonEmpty.map((s) => s.tokens), cfg, pass1, false, gazOf, entDrop > 0 && entSpelling);
  const data = nonEmpty.map((s, k) => {
    const { ids, off, nid, nform } = allFeats[k];
    const gold = Int32Array.from(encoding === 'bioes' ? bioToBioes(s.tags) : s.tags, (t) => tagIndex.get(t) ?? 0);
    const chunks = entDrop > 0 ? chunksOf(s.tags) : undefined;
    return { ids, off, nid, nform, chunks, gold, n: s.tokens.length };
  });
  /** Dropout mask of a sentence for a pass: per-token word dropout, then whole gold entities hidden (entityDropout). */
  const dropMask = (d: (typeof data)[number], random: () => number, p: number): Uint8Array | undefined => {
    let skip: Uint8Array | undefined;
    if (p > 0) {
      skip = new Uint8Array(d.n);
      for (let i = 0; i < d.n; i++) if (random() < p) skip[i] = d.nid[i];
    }
    if (entDrop > 0 && d.chunks && d.chunks.length) {
      for (const ch of d.chunks) {
        if (random() >= entDrop) continue;
        if (!skip) skip = new Uint8Array(d.n);
        for (let i = ch.start; i < ch.end; i++) skip[i] = d.nid[i] + (d.nform?.[i] ?? 0);
      }
    }
    return skip;
  };
  log(`features extracted for ${data.length} sentences in ${((performance.now() - t0) / 1000).toFixed(1)}s`);
  const devF1 = (W: Float32Array, trans: Float32Array): number => {
    const m: NerModel = { ...model, W, trans, selfCache: undefined };
    const pred = tagSentences(m, opts.dev!.map((s) => s.tokens)).map((r) => r.tags);
    return scoreNer(opts.dev!.map((s) => s.tags), pred).overall.f1;
  };

  // One perceptron run; returns the averaged weights (of the best dev epoch when `withDev`).
  const run = (runSeed: number, nEpochs: number, withDev: boolean): { W: Float32Array; trans: Float32Array; epoch: number; f1: number } => {
    const W = new Float32Array(model.W.length);
    const trans = new Float32Array(model.trans.length);
    // Averaging (Daumé's trick): acc accumulates c·Δ; the average is w − acc/c.
    const accW = new Float64Array(W.length);
    const accT = new Float64Array(trans.length);
    let c = 1;
    const random = rng(runSeed);
    const order = data.map((_, i) => i);
    let best: { f1: number; epoch: number; W: Float32Array; trans: Float32Array } | null = null;
    const averaged = (): { W: Float32Array; trans: Float32Array } => {
      const aW = new Float32Array(W.length);
      for (let k = 0; k < W.length; k++) if (W[k] !== 0 || accW[k] !== 0) aW[k] = W[k] - accW[k] / c;
      const aT = new Float32Array(trans.length);
      for (let k = 0; k < trans.length; k++) aT[k] = trans[k] - accT[k] / c;
      return { W: aW, trans: aT };
    };
    for (let ep = 1; ep <= nEpochs; ep++) {
      const te = performance.now();
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const tmp = order[i]; order[i] = order[j]; order[j] = tmp;
      }
      let errors = 0;
      let tokens = 0;
      for (const si of order) {
        const { ids, off, gold, n } = data[si];
        const skip = dropMask(data[si], random, drop);
        const e = emissions(W, T, ids, off, n, skip);
        const pred = viterbi(e, trans, model.allowed, T, n, model.endAllowed);
        tokens += n;
        for (let i = 0; i < n; i++) {
          const g = gold[i], p = pred[i];
          const gp = i === 0 ? -1 : gold[i - 1];
          const pp = i === 0 ? -1 : pred[i - 1];
          if (g !== p) {
            errors++;
            for (let k = off[i]; k < off[i + 1]; k++) {
              if (skip && k > off[i] && k <= off[i] + skip[i]) continue;
              const b = ids[k] * T;
              W[b + g] += 1; accW[b + g] += c;
              W[b + p] -= 1; accW[b + p] -= c;
            }
          }
          if (g !== p || gp !== pp) {
            const rg = (gp + 1) * T + g, rp = (pp + 1) * T + p;
            trans[rg] += 1; accT[rg] += c;
            trans[rp] -= 1; accT[rp] -= c;
          }
        }
        c++;
      }
      let line = `${runs > 1 ? `run ${runSeed - seed + 1}/${runs}, ` : ''}epoch ${ep}/${nEpochs}: token errors ${errors}/${tokens} (${((100 * errors) / tokens).toFixed(2)}%), ${((performance.now() - te) / 1000).toFixed(1)}s`;
      if (withDev) {
        const avg = averaged();
        const f1 = devF1(avg.W, avg.trans);
        line += `, dev F1 ${(100 * f1).toFixed(2)}`;
        if (!best || f1 > best.f1) best = { f1, epoch: ep, ...avg };
      }
      log(line);
    }
    return best ?? { ...averaged(), epoch: nEpochs, f1: NaN };
  };

  const withDev = !!(opts.dev && opts.dev.length) && (opts.keepBest ?? true);
  const algo: NerAlgo = opts.algo ?? 'perceptron';
  const l2 = opts.l2 ?? CRF_DEFAULTS.l2, lr = opts.lr ?? CRF_DEFAULTS.lr;
  const crfData = algo === 'crf' ? data.map((d) => ({ ...d, gold: repairBio(model.tags, d.gold, model.allowed) })) : [];
  const runOnce = (runSeed: number, nEpochs: number, dev: boolean) => algo === 'crf'
    ? trainCrfRun({
      data: crfData, T, allowed: model.allowed, endAllowed: model.endAllowed, size: model.W.length, epochs: nEpochs, seed: runSeed, wordDropout: drop, l2, lr,
      dropMask: entDrop > 0 ? (k, random) => dropMask(data[k], random, drop) : undefined,
      averageFrom: opts.crfAverageFrom ?? CRF_DEFAULTS.averageFrom,
      devF1: dev ? devF1 : undefined, log, label: runs > 1 ? `run ${runSeed - seed + 1}/${runs}, ` : '',
    })
    : run(runSeed, nEpochs, dev);
  const r0 = runOnce(seed, epochs, withDev);
  if (withDev) log(`kept epoch ${r0.epoch} (dev F1 ${(100 * r0.f1).toFixed(2)})`);
  model.W = r0.W;
  model.trans = r0.trans;
  if (runs > 1) {
    // parameter averaging over runs with other shuffles/dropout masks (same features, same epochs): a cheap
    // ensemble that costs nothing at tagging time
    for (let j = 1; j < runs; j++) {
      const r = runOnce(seed + j, r0.epoch, false);
      for (let k = 0; k < model.W.length; k++) model.W[k] += r.W[k];
      for (let k = 0; k < model.trans.length; k++) model.trans[k] += r.trans[k];
    }
    for (let k = 0; k < model.W.length; k++) model.W[k] /= runs;
    for (let k = 0; k < model.trans.length; k++) model.trans[k] /= runs;
    if (withDev) log(`averaged ${runs} runs: dev F1 ${(100 * devF1(model.W, model.trans)).toFixed(2)}`);
  }
  if (algo === 'perceptron' && (opts.mixCrf ?? 0) > 0) {
    const a = opts.mixCrf!;
    const cData = data.map((d) => ({ ...d, gold: repairBio(model.tags, d.gold, model.allowed) }));
    const rc = trainCrfRun({
      data: cData, T, allowed: model.allowed, endAllowed: model.endAllowed, size: model.W.length, epochs: opts.mixCrfEpochs ?? 8, seed,
      wordDropout: 0, l2, lr, averageFrom: CRF_DEFAULTS.averageFrom, devF1: withDev ? devF1 : undefined, log, label: 'mixed CRF: ',
      // entity dropout also for the mixed CRF (its word dropout stays 0, as chosen in session 7)
      dropMask: entDrop > 0 ? (k, random) => dropMask(data[k], random, 0) : undefined,
    });
    const sample = data.slice(0, 400);
    const spread = (W: Float32Array): number => {
      let ss = 0, n = 0;
      for (const d of sample) {
        const e = emissions(W, T, d.ids, d.off, d.n);
        for (let i = 0; i < d.n; i++) {
          let m = 0;
          for (let t = 0; t < T; t++) m += e[i * T + t];
          m /= T;
          for (let t = 0; t < T; t++) { const x = e[i * T + t] - m; ss += x * x; }
          n += T;
        }
      }
      return Math.sqrt(ss / Math.max(1, n)) || 1;
    };
    const sp = spread(model.W), sc = spread(rc.W);
    const mix = (b: number): { W: Float32Array; trans: Float32Array } => {
      const W = new Float32Array(model.W.length);
      for (let k = 0; k < W.length; k++) W[k] = ((1 - b) * model.W[k]) / sp + (b * rc.W[k]) / sc;
      const tr = new Float32Array(model.trans.length);
      for (let k = 0; k < tr.length; k++) tr[k] = ((1 - b) * model.trans[k]) / sp + (b * rc.trans[k]) / sc;
      return { W, trans: tr };
    };
    if (withDev) {
      const diag: Record<string, number> = { crf: rc.f1, crfEpoch: rc.epoch };
      for (const b of [0, 0.25, 0.5, 0.75]) { const m = mix(b); diag[String(b)] = devF1(m.W, m.trans); }
      model.meta.mixDev = diag;
      log(`mix with CRF on dev: ${JSON.stringify(diag)}`);
    }
    const m = mix(a);
    model.W = m.W;
    model.trans = m.trans;
    model.meta.mixCrf = a;
    model.meta.mixCrfEpochs = rc.epoch;
  }
  if (withDev) {
    model.meta.bestEpoch = r0.epoch;
    model.meta.devF1 = runs > 1 ? devF1(model.W, model.trans) : r0.f1;
  }
  model.meta.epochs = epochs;
  model.meta.seed = seed;
  model.algo = algo;
  if (algo === 'crf') {
    model.meta.l2 = l2;
    model.meta.lr = lr;
    model.meta.crfAverageFrom = opts.crfAverageFrom ?? CRF_DEFAULTS.averageFrom;
  }
  model.meta.wordDropout = drop;
  if (entDrop > 0) {
    model.meta.entityDropout = entDrop;
    if (!entSpelling) model.meta.entityDropoutMode = 'identity';
  }
  if (runs > 1) model.meta.averagedRuns = runs;
  model.meta.trainSentences = data.length;
  model.meta.trainTokens = data.reduce((a, d) => a + d.n, 0);
  return model;
}

// ---------------------------------------------------------------- persistence

/**
 * File format (gzip of one stage): "ISNADNER" | u32 version | u32 headerLen | header JSON | u32 nnz |
 * u32 deltaIndex[nnz] | f32 value[nnz] (sparse emission weights) | u32 firstLen | first stage (same
 * layout, stacked models only; firstLen = 0 otherwise) | u32 gazLen | training gazetteer (traingaz.ts text
 * form; gazLen = 0 when none). Tags, feature config and transitions are in the JSON header. Version 1
 * files end after the first stage (no gazetteer section) and still load.
 */
function rawSerialize(model: NerModel): Buffer {
  const W = model.W;
  let nnz = 0;
  for (let k = 0; k < W.length; k++) if (W[k] !== 0) nnz++;
  const idx = new Uint32Array(nnz);
  const val = new Float32Array(nnz);
  let j = 0;
  for (let k = 0; k < W.length; k++) if (W[k] !== 0) { idx[j] = k; val[j] = W[k]; j++; }
  // delta-encode the sorted indices: compresses far better
  for (let k = nnz - 1; k > 0; k--) idx[k] -= idx[k - 1];
  const header = Buffer.from(JSON.stringify({
    tags: model.tags, features: model.features, trans: Array.from(model.trans), meta: model.meta,
    ...(model.algo && model.algo !== 'perceptron' ? { algo: model.algo } : {}),
    ...(model.encoding && model.encoding !== 'bio' ? { encoding: model.encoding } : {}),
    ...(model.oPenalty ? { oPenalty: model.oPenalty } : {}),
    ...(model.clusters ? { clusters: serializeClusters(model.clusters) } : {}),
  }), 'utf8');
  const head = Buffer.alloc(8 + 4 + 4);
  head.write(MODEL_MAGIC, 0, 'latin1');
  head.writeUInt32LE(MODEL_VERSION, 8);
  head.writeUInt32LE(header.length, 12);
  const n = Buffer.alloc(4);
  n.writeUInt32LE(nnz, 0);
  const first = model.first ? rawSerialize(model.first) : Buffer.alloc(0);
  const fl = Buffer.alloc(4);
  fl.writeUInt32LE(first.length, 0);
  const gaz = model.gaz ? serializeGazetteer(model.gaz) : Buffer.alloc(0);
  const gl = Buffer.alloc(4);
  gl.writeUInt32LE(gaz.length, 0);
  return Buffer.concat([head, header, n, Buffer.from(idx.buffer), Buffer.from(val.buffer), fl, first, gl, gaz]);
}

export function serializeModel(model: NerModel): Buffer {
  return gzipSync(rawSerialize(model), { level: 6 });
}

export function deserializeModel(buf: Buffer, source = 'model'): NerModel {
  let raw: Buffer;
  try {
    raw = gunzipSync(buf);
  } catch {
    throw new CliError(`${source} is not a usable isnad NER model: not gzip data (corrupt or foreign file)`);
  }
  return rawDeserialize(raw, source);
}

function rawDeserialize(raw: Buffer, source: string): NerModel {
  const bad = (why: string): never => { throw new CliError(`${source} is not a usable isnad NER model: ${why}`); };
  if (raw.length < 16 || raw.toString('latin1', 0, 8) !== MODEL_MAGIC) return bad('missing ISNADNER header');
  const version = raw.readUInt32LE(8);
  if (version < MODEL_MIN_VERSION || version > MODEL_VERSION) {
    return bad(`format version ${version}, this isnad reads versions ${MODEL_MIN_VERSION} to ${MODEL_VERSION}${version > MODEL_VERSION ? ' (written by a newer isnad)' : ''}`);
  }
  const hl = raw.readUInt32LE(12);
  if (16 + hl + 4 > raw.length) return bad('truncated header');
  let h: { tags: string[]; features: FeatureConfig; trans: number[]; meta: Record<string, unknown>; oPenalty?: unknown; algo?: unknown; encoding?: unknown; clusters?: unknown };
  try {
    h = JSON.parse(raw.toString('utf8', 16, 16 + hl));
  } catch {
    return bad('header is not JSON');
  }
  if (!Array.isArray(h.tags) || !h.features || typeof h.features.bits !== 'number' || h.features.bits < 4 || h.features.bits > 26) return bad('bad header');
  const T = h.tags.length;
  if (!Array.isArray(h.trans) || h.trans.length !== (T + 1) * T) return bad('bad transition table');
  const nnz = raw.readUInt32LE(16 + hl);
  const start = 16 + hl + 4;
  const end = start + nnz * 8;
  if (end + 4 > raw.length) return bad('weight table is truncated');
  const firstLen = raw.readUInt32LE(end);
  const firstEnd = end + 4 + firstLen;
  let gazLen = 0;
  if (version >= 2) {
    if (firstEnd + 4 > raw.length) return bad('gazetteer section is missing');
    gazLen = raw.readUInt32LE(firstEnd);
    if (firstEnd + 4 + gazLen !== raw.length) return bad('file has the wrong size');
  } else if (firstEnd !== raw.length) return bad('file has the wrong size');
  const size = (1 << h.features.bits) * T;
  const W = new Float32Array(size);
  let k = 0;
  for (let j = 0; j < nnz; j++) {
    k += raw.readUInt32LE(start + j * 4);
    if (k >= size) return bad('weight index out of range');
    W[k] = raw.readFloatLE(start + nnz * 4 + j * 4);
  }
  if (h.encoding !== undefined && h.encoding !== 'bio' && h.encoding !== 'bioes') return bad(`unknown tag encoding ${JSON.stringify(h.encoding)}`);
  const encoding = (h.encoding as NerEncoding | undefined) ?? 'bio';
  const tagRe = encoding === 'bioes' ? /^(O|[BIES]-\S+)$/ : /^(O|[BI]-\S+)$/;
  if (!h.tags.every((t) => typeof t === 'string' && tagRe.test(t))) return bad(`tags do not match the ${encoding.toUpperCase()} encoding`);
  const model: NerModel = {
    version, tags: h.tags, features: { ...DEFAULT_FEATURES, ...LEGACY_FEATURES, ...h.features }, W,
    trans: Float32Array.from(h.trans), ...encodingConstraints(h.tags, encoding), encoding, meta: h.meta ?? {},
  };
  if (h.algo !== undefined && h.algo !== 'perceptron' && h.algo !== 'crf') return bad(`unknown training algorithm ${JSON.stringify(h.algo)}`);
  model.algo = (h.algo as NerAlgo | undefined) ?? 'perceptron';
  if (h.oPenalty !== undefined) {
    if (typeof h.oPenalty !== 'number' || !Number.isFinite(h.oPenalty)) return bad('bad oPenalty');
    model.oPenalty = h.oPenalty;
  }
  if (firstLen > 0) model.first = rawDeserialize(raw.subarray(end + 4, firstEnd), source);
  if (gazLen > 0) {
    try {
      model.gaz = deserializeGazetteer(raw.subarray(firstEnd + 4, firstEnd + 4 + gazLen));
    } catch (e) {
      return bad((e as Error).message);
    }
  }
  if ((model.features.trainGaz ?? 0) > 0 && !model.gaz) return bad('trained with a training gazetteer but the file has none');
  if (h.clusters !== undefined) {
    if (typeof h.clusters !== 'string') return bad('bad word clusters');
    try {
      model.clusters = parseClusters(h.clusters);
    } catch (e) {
      return bad((e as Error).message);
    }
  }
  if ((model.features.clusters ?? 0) > 0 && !model.clusters) return bad('trained with word clusters but the file has none');
  return model;
}

export function saveModel(model: NerModel, path: string): number {
  const buf = serializeModel(model);
  try {
    writeFileSync(path, buf);
  } catch (e) {
    throw new CliError(`cannot write ${path}: ${(e as Error).message}`);
  }
  return buf.length;
}

export function readModelFile(path: string): NerModel {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    throw new CliError(`cannot read NER model ${path}: ${(e as Error).message}`);
  }
  return deserializeModel(buf, path);
}

export { chunksOf };
