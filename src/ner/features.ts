// Feature extraction for the sequence tagger. Every feature is a string hashed (FNV-1a, 32-bit) into a
// table of 2^bits buckets; the tagger's weight for (feature, tag) is W[bucket * nTags + tag].
import { normalize } from '../text/normalize.ts';
import { analyzeClitics } from '../text/clitics.ts';
import { stripLoose, stripProclitics } from './stem.ts';
import { loadNerLexicon, type NerLexicon } from './lexicon.ts';
import { gazFeatures, type TrainGazetteer } from './traingaz.ts';
import { loadArabicDict } from './dict.ts';
import { loadNameLike } from './namelike.ts';

export interface FeatureConfig {
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Use gazetteer/title features from data/entities. */
  lexicon: boolean;
  /** Use src/text/clitics analyzeClitics stems as extra features. */
  clitics: boolean;
  /** Prefix/suffix lengths 1..affix. */
  affix: number;
  /**
   * Cross-sentence context: sentences are grouped in blocks of this many (a whole Doc is one block up to
   * this many sentences per block); a token gets the neighbours of the OTHER occurrences of its stem in
   * the block as features. 0 = off.
   */
  context: number;
  /** Second stage of a stacked model: features from the first stage's tags (own, neighbours, other occurrences). */
  stack?: boolean;
  /** Character n-grams (n = 2..ngram) of the clitic-stripped stem, with ^/$ boundary marks; 0 = off. */
  ngram?: number;
  /** Lexicon features also for words of multi-word entries (first/inside/last word of a PER/ORG/LOC name). */
  lexParts?: boolean;
  /**
   * Gazetteer harvested from the training labels (src/ner/traingaz.ts), jackknifed over this many folds in
   * training; 0 = off. The model file stores the gazetteer of all its training data.
   */
  trainGaz?: number;
  /**
   * Multi-word lexicon entries also match when their first word carries proclitics the plain keys miss (session 5):
   * the article restored after a stripped proclitic ("للأمم المتحدة" → "الامم …", fused لل) and the clitic
   * analyser's stem ("وحزب الله" → "حزب …", too short for the loose stripper). Off by default: over three
   * seeds it cost 0.2 F1 on dev (the training-label gazetteer already matches such entries through proclitics).
   */
  lexClitics?: boolean;
  /**
   * Lexicon words are indexed under their stem only when the stripped part is the article (session 5): "بالاو"
   * (Palau) no longer fires on "او", nor "فالنسيا" on "نسيا". Off, the over-stripped stems are read too (the
   * behaviour of model files written before the option).
   */
  lexStrictStems?: boolean;
  /**
   * Dictionary features (session 6, src/ner/dict.ts): whether the word's stem is an Arabic dictionary word
   * (common / proper-noun entry / not in the dictionary), alone, with the article and with the neighbours' classes.
   */
  dict?: boolean;
  /**
   * Distributional word-cluster features (session 6, src/ner/clusters.ts): the cluster ids of the word's stem at
   * the first `clusters` granularities, and the coarsest ids of its neighbours. The map is built at training time
   * from the training text plus any unlabelled text (TrainOptions.clusterText) and stored in the model file;
   * tagging sets it (setNerClusters) before extracting features. 0/undefined = off.
   */
  clusters?: number;
  /**
   * Session 7: more cluster context — the finest cluster id of the neighbours at −2, −1, +1, +2 and the coarse ids
   * of the neighbours at ±2 (needs `clusters` ≥ 2). Off/undefined in files written before it.
   */
  clusterCtx?: boolean;
  /**
   * Session 8: name-likeness of the word's letters (src/ner/namelike.ts: naive Bayes over character 2–5-grams, trained
   * on the lexicon's name words against dictionary words, leave-one-out): the top class with its strength bucket,
   * each class's bucket, the top class with the dictionary class, and the neighbours' coarse top class. Off/undefined
   * in files written before it.
   */
  nameLike?: boolean;
}

// Word stem -> cluster ids (coarse to fine) of the model being trained or applied (src/ner/model.ts sets it).
let clusterMap: Map<string, number[]> | null = null;
export function setNerClusters(m: Map<string, number[]> | null): void {
  clusterMap = m;
}

export const DEFAULT_FEATURES: FeatureConfig = { bits: 21, lexicon: true, clitics: true, affix: 4, context: 20, ngram: 4, lexParts: true, trainGaz: 5, lexClitics: false, lexStrictStems: false, dict: true, clusters: 0, clusterCtx: false, nameLike: false };

/** Values of options added after format 1 was first written: a model file without them was trained without. */
export const LEGACY_FEATURES: Partial<FeatureConfig> = { ngram: 0, lexParts: false, trainGaz: 0, lexClitics: false, lexStrictStems: false, dict: false, clusters: 0, clusterCtx: false, nameLike: false };

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

interface TokInfo {
  n: string; // normalised word
  s: string; // stem without proclitics/article
  l: string; // loose stem
  c: string; // analyzeClitics stem ('' when same as s)
  shape: string;
  art: boolean;
  lex: string; // lexicon classes joined, '' when none
  part: string; // classes of multi-word lexicon entries the word belongs to, joined ('' when none)
  d: string; // dictionary class of the stem: C / P / CP, '-' not in the dictionary, '' not an Arabic word
  nl: string; // name-likeness top label of the stem ('' off or not scored)
  nlc: string; // coarse name-likeness class for neighbours ('' off or not scored)
  nlp: string[] | null; // per-class name-likeness buckets
}

function shapeOf(raw: string, n: string): string {
  if (/^[0-9.,]+$/.test(n)) return n.length <= 2 ? 'D' : n.length === 4 ? 'DDDD' : 'DD+';
  if (/^[a-z]/.test(n)) return 'L';
  if (/^[\u0621-\u064A]+$/.test(n)) {
    const len = n.length;
    return 'A' + (len <= 2 ? len : len <= 4 ? '34' : len <= 7 ? '57' : '8+');
  }
  if (/^[^\p{L}\p{N}]+$/u.test(n)) return 'P:' + raw;
  if (/[0-9]/.test(n)) return 'AD';
  return 'X';
}

function dictClass(n: string, s: string, l: string, c: string, shape: string): string {
  if (shape[0] !== 'A') return '';
  const d = loadArabicDict();
  return d.get(s) ?? d.get(n) ?? d.get(l) ?? (c ? d.get(normalize(c)) : undefined) ?? '-';
}

function cliticStem(raw: string, s: string): string {
  const rs = analyzeClitics(raw);
  for (let k = 1; k < rs.length; k++) {
    const r = rs[k];
    if (r.prefix || r.article) return r.stem === s ? '' : r.stem;
  }
  return '';
}

// Per-word analyses repeat (Zipf): cache them by raw form. Bounded; cleared when full.
const infoCache = new Map<string, TokInfo>();
const INFO_CACHE_MAX = 200_000;

function baseInfo(raw: string, clitics: boolean, dict = false, nameLike = false): TokInfo {
  const key = (clitics ? '' : '\u0000') + (dict ? '\u0001' : '') + (nameLike ? '\u0002' : '') + raw;
  const hit = infoCache.get(key);
  if (hit) return hit;
  const n = normalize(raw);
  const st = stripProclitics(n);
  const info: TokInfo = {
    n,
    s: st.stem,
    l: stripLoose(n),
    c: clitics ? cliticStem(raw, st.stem) : '',
    shape: shapeOf(raw, n),
    art: st.article,
    lex: '',
    part: '',
    d: '',
    nl: '',
    nlc: '',
    nlp: null,
  };
  if (dict) info.d = dictClass(n, st.stem, info.l, info.c, info.shape);
  if (nameLike && info.shape[0] === 'A') {
    const lab = loadNameLike().labels(st.stem);
    if (lab) {
      info.nl = lab.top;
      info.nlc = lab.coarse;
      info.nlp = lab.per;
    }
  }
  if (infoCache.size >= INFO_CACHE_MAX) infoCache.clear();
  infoCache.set(key, info);
  return info;
}

function tokInfos(tokens: string[], cfg: FeatureConfig, lex: NerLexicon | null): TokInfo[] {
  // copies: the lexicon field depends on the sentence (multi-word phrases)
  const infos: TokInfo[] = tokens.map((raw) => ({ ...baseInfo(raw, cfg.clitics, cfg.dict === true, cfg.nameLike === true) }));
  if (lex) {
    const pos: string[][] = infos.map(() => []);
    for (let i = 0; i < infos.length; i++) {
      const t = infos[i];
      // the word as is, then without proclitics (article kept off), loose (bare و/ب/ل...), analyser stem
      const strict = cfg.lexStrictStems === true;
      const word = (k: string): string[] | undefined => {
        const a = lex.words.get(k), b = strict ? undefined : lex.looseWords.get(k);
        return a && b ? [...new Set([...a, ...b])] : (a ?? b);
      };
      const w = word(t.n) ?? word(t.s) ?? word(t.l) ?? (t.c ? word(t.c) : undefined);
      if (w) for (const c of w) pos[i].push(c);
      if (cfg.lexParts) {
        const pc = new Set<string>();
        for (const key of [t.n, t.s, t.l, t.c]) {
          if (!key) continue;
          for (const c of lex.parts.get(key) ?? []) pc.add(c);
          if (!strict) for (const c of lex.looseParts.get(key) ?? []) pc.add(c);
        }
        if (pc.size) t.part = [...pc].sort().join(',');
      }
      // multi-word phrases starting here (bounded by the phrase length)
      const keys = [t.n, t.s, t.l];
      if (cfg.lexClitics) {
        if (t.art) keys.push('ال' + t.s);
        if (t.c) keys.push(normalize(t.c));
      }
      for (const key of new Set(keys)) {
        const ph = lex.phrases.get(key);
        if (!ph) continue;
        for (const p of ph) {
          if (i + p.words.length > infos.length) continue;
          let ok = true;
          for (let k = 1; k < p.words.length && ok; k++) ok = infos[i + k].n === p.words[k] || infos[i + k].s === p.words[k];
          if (!ok) continue;
          pos[i].push('B' + p.cls);
          for (let k = 1; k < p.words.length; k++) pos[i + k].push('I' + p.cls);
        }
      }
    }
    for (let i = 0; i < infos.length; i++) infos[i].lex = [...new Set(pos[i])].sort().join(',');
  }
  return infos;
}

const BOS: TokInfo = { n: '<s>', s: '<s>', l: '<s>', c: '', shape: 'BOS', art: false, lex: '', part: '', d: '', nl: '', nlc: '', nlp: null };
const EOS: TokInfo = { n: '</s>', s: '</s>', l: '</s>', c: '', shape: 'EOS', art: false, lex: '', part: '', d: '', nl: '', nlc: '', nlp: null };

/**
 * Feature buckets of every token of a sentence: a flat Int32Array plus offsets (token i's features are
 * ids[off[i]..off[i+1])).
 */
export interface SentenceFeatures {
  ids: Int32Array;
  off: Int32Array;
  /** nid[i] = number of word-identity features of token i, stored right after its bias feature. */
  nid: Uint8Array;
  /** With `formBlock`: nform[i] = number of spelling features (affixes, n-grams) of token i, right after its identity block. */
  nform?: Uint8Array;
}

/** Occurrences of stems in a block of sentences: stem → [sentence, position, left word, right word]. */
export type ContextIndex = Map<string, { s: number; i: number; left: string; right: string }[]>;

const MAX_OCC = 24;
const MAX_CTX_FEATS = 6;

/** Build the context index of a block of sentences (bounded: at most MAX_OCC occurrences per stem). */
export function buildContext(block: string[][]): ContextIndex {
  const idx: ContextIndex = new Map();
  block.forEach((tokens, s) => {
    const norm = tokens.map((t) => normalize(t));
    for (let i = 0; i < norm.length; i++) {
      const n = norm[i];
      if (n.length < 2 || !/[\u0621-\u064Aa-z]/.test(n)) continue;
      const stem = stripProclitics(n).stem;
      let l = idx.get(stem);
      if (!l) idx.set(stem, (l = []));
      if (l.length >= MAX_OCC) continue;
      l.push({ s, i, left: i > 0 ? stripLoose(norm[i - 1]) : '<s>', right: i + 1 < norm.length ? norm[i + 1] : '</s>' });
    }
  });
  return idx;
}

export interface SentenceContext {
  index: ContextIndex;
  sentence: number;
  /** First-stage tags of every sentence of the block (stacked models only). */
  pass1?: string[][];
  /** stem → first-stage entity-type counts over the block. */
  pass1Types?: Map<string, Map<string, number>>;
}

/** stem → counts of first-stage entity types of its occurrences in the block. */
export function pass1TypeIndex(block: string[][], tags: string[][]): Map<string, Map<string, number>> {
  const m = new Map<string, Map<string, number>>();
  block.forEach((tokens, s) => {
    for (let i = 0; i < tokens.length; i++) {
      const stem = stripProclitics(normalize(tokens[i])).stem;
      const t = tags[s][i];
      const type = t === 'O' ? 'O' : t.slice(2);
      let c = m.get(stem);
      if (!c) m.set(stem, (c = new Map()));
      c.set(type, (c.get(type) ?? 0) + 1);
    }
  });
  return m;
}

// Features of the word alone (no neighbours): their weight sums can be cached per word at tagging time.
function selfIdentity(t: TokInfo, cfg: FeatureConfig, f: (s: string) => void): void {
  f('w=' + t.n);
  f('s=' + t.s);
  f('l=' + t.l);
  if (cfg.clitics) f('c=' + (t.c || t.s));
}

/**
 * Word-alone features other than identity. `part`: 'all' (the usual order), or 'form' (only the spelling features
 * that can memorise a word: affixes and character n-grams) / 'rest' (the others) — training with entity dropout
 * emits 'form' right after the identity block so both can be hidden together (TrainOptions.entityDropout).
 */
function selfShape(t: TokInfo, cfg: FeatureConfig, f: (s: string) => void, part: 'all' | 'form' | 'rest' = 'all'): void {
  const form = part !== 'rest', rest = part !== 'form';
  if (rest) {
    f('sh=' + t.shape);
    if (t.art) f('art');
  }
  const n = t.n;
  const s = t.s;
  if (form) {
    for (let k = 1; k <= cfg.affix && k <= n.length; k++) {
      f('p' + k + '=' + n.slice(0, k));
      f('x' + k + '=' + n.slice(-k));
    }
    if (s !== n) for (let k = 2; k <= 3 && k <= s.length; k++) {
      f('sp' + k + '=' + s.slice(0, k));
      f('sx' + k + '=' + s.slice(-k));
    }
  }
  if (!rest) return ngrams(t, cfg, f);
  if (cfg.clusters && clusterMap) {
    const ids = clusterMap.get(t.s);
    if (ids) for (let j = 0; j < ids.length && j < cfg.clusters; j++) f('k' + j + '=' + ids[j]);
    else if (t.shape[0] === 'A') f('k=?');
  }
  if (cfg.dict && t.d) {
    f('dw=' + t.d);
    f('dwa=' + t.d + (t.art ? '|al' : '|') + (t.n.length <= 3 ? 's' : ''));
  }
  if (cfg.nameLike && t.nl) {
    f('nl=' + t.nl);
    f('nla=' + t.nl + (t.art ? '|al' : '|'));
    if (cfg.dict) f('nld=' + t.d + '|' + t.nl);
    if (t.nlp) for (const p of t.nlp) f('nlp=' + p);
  }
  if (form) ngrams(t, cfg, f);
}

function ngrams(t: TokInfo, cfg: FeatureConfig, f: (s: string) => void): void {
  const ng = cfg.ngram ?? 0;
  if (ng >= 2 && t.shape[0] === 'A') {
    // transliterated foreign names and Arabic name patterns share letter sequences anywhere in the stem
    const m = '^' + t.s + '$';
    for (let k = 2; k <= ng; k++) for (let a = 0; a + k <= m.length; a++) f('g' + k + '=' + m.slice(a, a + k));
  }
}

/** Buckets of the features that depend on the word alone (bias included). */
export function selfFeatureIds(raw: string, cfg: FeatureConfig): number[] {
  const mask = (1 << cfg.bits) - 1;
  const ids: number[] = [];
  const f = (s: string) => ids.push(fnv1a(s) & mask);
  const t = baseInfo(raw, cfg.clitics, cfg.dict === true, cfg.nameLike === true);
  f('b');
  selfIdentity(t, cfg, f);
  selfShape(t, cfg, f);
  return ids;
}

/**
 * Feature buckets of a sentence. With `contextOnly`, the word-alone features (selfFeatureIds) are left out
 * so the tagger can add their cached per-word weight sums instead.
 */
export function extractFeatures(tokens: string[], cfg: FeatureConfig, ctx?: SentenceContext, contextOnly = false, gaz?: TrainGazetteer, formBlock = false): SentenceFeatures {
  const lex = cfg.lexicon ? loadNerLexicon() : null;
  const infos = tokInfos(tokens, cfg, lex && lex.size > 0 ? lex : null);
  const gf = gaz && cfg.trainGaz ? gazFeatures(gaz, tokens, infos.map((t) => t.s || t.n)) : null;
  const mask = (1 << cfg.bits) - 1;
  const ids: number[] = [];
  const off = new Int32Array(tokens.length + 1);
  const nid = new Uint8Array(tokens.length);
  const nform = formBlock && !contextOnly ? new Uint8Array(tokens.length) : undefined;
  const at = (i: number): TokInfo => (i < 0 ? BOS : i >= infos.length ? EOS : infos[i]);
  // coarse cluster id of every token, looked up once per sentence ('?' = no cluster)
  const cm = cfg.clusters ? clusterMap : null;
  const kc = cm ? infos.map((t) => String(cm.get(t.s)?.[0] ?? '?')) : null;
  const kf = cm && cfg.clusterCtx && (cfg.clusters ?? 0) >= 2 ? infos.map((t) => String(cm.get(t.s)?.[cfg.clusters! - 1] ?? '?')) : null;
  const f = (s: string) => ids.push(fnv1a(s) & mask);
  for (let i = 0; i < infos.length; i++) {
    off[i] = ids.length;
    const t = infos[i];
    const p1 = at(i - 1), p2 = at(i - 2), n1 = at(i + 1), n2 = at(i + 2);
    if (!contextOnly) {
      f('b');
      // identity features first (the trainer may drop them as a block: see TrainOptions.wordDropout)
      const id0 = ids.length;
      selfIdentity(t, cfg, f);
      f('w-1w=' + p1.n + '|' + t.s);
      f('ww+1=' + t.s + '|' + n1.n);
      nid[i] = ids.length - id0;
      if (nform) {
        const fo0 = ids.length;
        selfShape(t, cfg, f, 'form');
        nform[i] = Math.min(255 - nid[i], ids.length - fo0); // skip counts are bytes
        selfShape(t, cfg, f, 'rest');
      } else selfShape(t, cfg, f);
    } else {
      f('w-1w=' + p1.n + '|' + t.s);
      f('ww+1=' + t.s + '|' + n1.n);
    }
    f('w-1=' + p1.n);
    f('w-2=' + p2.n);
    f('w+1=' + n1.n);
    f('w+2=' + n2.n);
    f('l-1=' + p1.l);
    f('l+1=' + n1.l);
    f('s-1=' + p1.s);
    f('s+1=' + n1.s);
    f('s-2=' + p2.s);
    f('s+2=' + n2.s);
    f('sh-1=' + p1.shape + '|' + t.shape);
    f('sh+1=' + t.shape + '|' + n1.shape);
    f('x2-1=' + p1.n.slice(-2));
    f('x2+1=' + n1.n.slice(-2));
    if (kc) {
      f('k-1=' + (i > 0 ? kc[i - 1] : '?') + '|' + kc[i]);
      f('k+1=' + (i + 1 < kc.length ? kc[i + 1] : '?'));
      if (kf) {
        const at2 = (a: string[] | null, j: number): string => (a && j >= 0 && j < a.length ? a[j] : '?');
        f('kf-2=' + at2(kf, i - 2));
        f('kf-1=' + at2(kf, i - 1));
        f('kf+1=' + at2(kf, i + 1));
        f('kf+2=' + at2(kf, i + 2));
        f('k-2=' + at2(kc, i - 2));
        f('k+2=' + at2(kc, i + 2));
      }
    }
    if (cfg.dict) {
      f('dw-1=' + p1.d + '|' + t.d);
      f('dw+1=' + t.d + '|' + n1.d);
      if (t.d) f('dwg=' + t.d + '|' + (t.lex ? 'L' : '') + (t.part ? 'P' : ''));
    }
    if (cfg.nameLike) {
      f('nl-1=' + (p1.nlc || p1.shape) + '|' + (t.nlc || t.shape));
      f('nl+1=' + (t.nlc || t.shape) + '|' + (n1.nlc || n1.shape));
    }
    if (t.lex) {
      f('g=' + t.lex);
      for (const c of t.lex.split(',')) f('g1=' + c);
    }
    if (p1.lex) f('g-1=' + p1.lex);
    if (n1.lex) f('g+1=' + n1.lex);
    if (p2.lex) f('g-2=' + p2.lex);
    if (t.part) {
      f('gp=' + t.part);
      for (const c of t.part.split(',')) f('gp1=' + c);
    }
    if (p1.part) f('gp-1=' + p1.part);
    if (n1.part) f('gp+1=' + n1.part);
    if (gf) for (const x of gf[i]) f(x);
    if (ctx && cfg.context > 0) {
      const occ = ctx.index.get(t.s);
      if (occ) {
        const seen = new Set<string>();
        let others = 0;
        for (const o of occ) {
          if (o.s === ctx.sentence && o.i === i) continue;
          others++;
          if (seen.size < MAX_CTX_FEATS && o.left !== p1.l && !seen.has('l' + o.left)) { seen.add('l' + o.left); f('ol=' + o.left); }
          if (seen.size < MAX_CTX_FEATS && o.right !== n1.n && !seen.has('r' + o.right)) { seen.add('r' + o.right); f('or=' + o.right); }
        }
        f('oc=' + (others === 0 ? 0 : others < 3 ? 1 : 2));
      }
    }
    if (cfg.stack && ctx?.pass1 && ctx.pass1Types) {
      const own = ctx.pass1[ctx.sentence];
      const tg = own[i];
      const pm = i > 0 ? own[i - 1] : '<s>';
      const pn = i + 1 < own.length ? own[i + 1] : '</s>';
      f('p1=' + tg);
      f('p1-1=' + pm + '|' + tg);
      f('p1+1=' + tg + '|' + pn);
      const counts = ctx.pass1Types.get(t.s);
      if (counts) {
        const ownType = tg === 'O' ? 'O' : tg.slice(2);
        let best = '', bestN = 0, total = 0;
        for (const [type, k0] of counts) {
          const k = type === ownType ? k0 - 1 : k0; // other occurrences only
          if (k <= 0) continue;
          total += k;
          if (type !== 'O') f('pt=' + type);
          if (k > bestN) { best = type; bestN = k; }
        }
        if (total > 0) f('ptm=' + best + '|' + tg);
      }
    }
  }
  off[infos.length] = ids.length;
  return nform ? { ids: Int32Array.from(ids), off, nid, nform } : { ids: Int32Array.from(ids), off, nid };
}
