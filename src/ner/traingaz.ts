// A gazetteer harvested from the training labels themselves. Every entity string labelled in the training
// data (normalised, clitic-stripped words) becomes an entry; the greedy longest-match matcher is then run
// over the same data, and each entry counts how often a match was an entity of each type and how often it
// was not (O). In training the counts are jackknifed: a fold's sentences only see entries and counts from the
// OTHER folds, so the tagger learns how far an entry seen k times as T and m times as O can be trusted on
// unseen text. At tagging time the gazetteer of all the training data (stored in the model file) is used.
import { normalize } from '../text/normalize.ts';
import { PhraseTrie } from '../lexicon/trie.ts';
import { chunksOf } from './score.ts';
import { stripProclitics } from './stem.ts';

export interface TrainGazetteer {
  /** Entity types, in count order; counts[types.length] is the O count. */
  types: string[];
  entries: { words: string[]; counts: number[] }[];
  trie: PhraseTrie<number>;
  /** word → part classes of the multi-word entries it occurs in ("PER<" first, "PER~" inside, "PER>" last). */
  parts: Map<string, string>;
}

/** The matching key of a token: normalised, proclitics and article stripped. */
export function gazKey(token: string): string {
  const n = normalize(token);
  return stripProclitics(n).stem || n;
}

const PROCLITIC = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/** Other forms a first word may match as: up to two bare proclitics (و/ف/ب/ل/ك) removed, leaving 4+ letters. */
export function gazAltForms(key: string): string[] {
  const out: string[] = [];
  let w = key;
  for (let k = 0; k < 2 && w.length >= 5 && PROCLITIC.has(w[0]); k++) {
    w = w.slice(1);
    out.push(w);
  }
  return out;
}

export function emptyGazetteer(types: string[]): TrainGazetteer {
  return { types: [...types], entries: [], trie: new PhraseTrie<number>(), parts: new Map() };
}

function dominant(g: TrainGazetteer, counts: number[]): number {
  let best = -1;
  for (let t = 0; t < g.types.length; t++) if (counts[t] > 0 && (best < 0 || counts[t] > counts[best])) best = t;
  return best;
}

/** Index the entries (trie and part classes) after they are filled in. */
function index(g: TrainGazetteer): TrainGazetteer {
  g.trie = new PhraseTrie<number>();
  g.parts = new Map();
  const parts = new Map<string, Set<string>>();
  g.entries.forEach((e, k) => {
    g.trie.add(e.words, k);
    const d = dominant(g, e.counts);
    if (d < 0 || e.words.length < 2) return;
    e.words.forEach((w, j) => {
      if (w.length < 2) return;
      const c = g.types[d] + (j === 0 ? '<' : j === e.words.length - 1 ? '>' : '~');
      let s = parts.get(w);
      if (!s) parts.set(w, (s = new Set()));
      s.add(c);
    });
  });
  for (const [w, s] of parts) g.parts.set(w, [...s].sort().join(','));
  return g;
}

/** Greedy left-to-right longest matches over a sentence's keys: [start, length, entry]. */
export function gazMatches(g: TrainGazetteer, keys: string[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  const at = (k: number): string | undefined => (k < keys.length ? keys[k] : undefined);
  for (let i = 0; i < keys.length; ) {
    // a first word may also match with bare proclitics removed ("وطرابلس", "لبغداد"): dev +0.6
    const forms = [keys[i], ...gazAltForms(keys[i])];
    const m = g.trie.longestAt(at, i, forms);
    if (!m) { i++; continue; }
    out.push([i, m.length, m.values[0]]);
    i += m.length;
  }
  return out;
}

/** Harvest a gazetteer from labelled sentences (tags in BIO). */
export function buildGazetteer(sents: { tokens: string[]; tags: string[] }[], types: string[]): TrainGazetteer {
  const g = emptyGazetteer(types);
  const T = types.length;
  const typeIndex = new Map(types.map((t, i) => [t, i]));
  const byKey = new Map<string, number>();
  const keyed = sents.map((s) => s.tokens.map(gazKey));
  sents.forEach((s, k) => {
    for (const c of chunksOf(s.tags)) {
      if (!typeIndex.has(c.type)) continue;
      const words = keyed[k].slice(c.start, c.end);
      const key = words.join(' ');
      if (byKey.has(key)) continue;
      byKey.set(key, g.entries.length);
      g.entries.push({ words, counts: new Array(T + 1).fill(0) });
    }
  });
  index(g);
  // counts: what the matcher finds on the labelled data, entity of a type (exact chunk) or not
  sents.forEach((s, k) => {
    const chunks = new Map<string, string>();
    for (const c of chunksOf(s.tags)) chunks.set(c.start + ':' + c.end, c.type);
    for (const [i, len, e] of gazMatches(g, keyed[k])) {
      const type = chunks.get(i + ':' + (i + len));
      const t = type === undefined ? T : typeIndex.get(type) ?? T;
      g.entries[e].counts[t]++;
    }
  });
  return index(g);
}

/**
 * Jackknifed gazetteers: the sentences are cut into `folds` contiguous folds (documents stay together);
 * fold k's gazetteer is harvested from the other folds only. Returns the per-sentence gazetteer.
 */
export function jackknifeGazetteers(sents: { tokens: string[]; tags: string[] }[], types: string[], folds: number): TrainGazetteer[] {
  const size = Math.ceil(sents.length / folds);
  const out: TrainGazetteer[] = [];
  for (let k = 0; k < folds; k++) {
    const lo = k * size, hi = Math.min(sents.length, lo + size);
    if (lo >= hi) break;
    const g = buildGazetteer([...sents.slice(0, lo), ...sents.slice(hi)], types);
    for (let s = lo; s < hi; s++) out.push(g);
  }
  return out;
}

const bucket = (x: number): string => (x === 0 ? '0' : x === 1 ? '1' : x === 2 ? '2' : x < 5 ? '3' : x < 10 ? '5' : '10');

/**
 * Feature strings of every token of a sentence from the gazetteer: the covering match's position
 * (S single, B/I/E in a multi-word match), its dominant type, bucketed type and O counts, every type seen,
 * and the part classes of the word; `f(i, feature)`.
 */
export function gazFeatures(g: TrainGazetteer, tokens: string[], keys?: string[]): string[][] {
  const ks = keys ?? tokens.map(gazKey);
  const out: string[][] = ks.map(() => []);
  const cls: string[] = ks.map(() => '');
  const T = g.types.length;
  for (const [i, len, e] of gazMatches(g, ks)) {
    const counts = g.entries[e].counts;
    const d = dominant(g, counts);
    const o = counts[T];
    const dt = d < 0 ? 'O' : g.types[d];
    const k = d < 0 ? 0 : counts[d];
    let seen = '';
    for (let t = 0; t < T; t++) if (counts[t] > 0) seen += g.types[t];
    for (let j = 0; j < len; j++) {
      const pos = len === 1 ? 'S' : j === 0 ? 'B' : j === len - 1 ? 'E' : 'I';
      const f = out[i + j];
      f.push('tg=' + pos + dt);
      f.push('tgb=' + pos + dt + '|' + bucket(k) + '|' + bucket(o));
      if (seen.length > 4 || (seen.length && d < 0)) f.push('tgx=' + seen);
      cls[i + j] = pos + dt;
    }
  }
  for (let i = 0; i < ks.length; i++) {
    const p = g.parts.get(ks[i]);
    if (p) out[i].push('tgp=' + p);
    if (i > 0 && cls[i - 1]) out[i].push('tg-1=' + cls[i - 1]);
    if (i + 1 < ks.length && cls[i + 1]) out[i].push('tg+1=' + cls[i + 1]);
  }
  return out;
}

// ---------------------------------------------------------------- persistence

/** Compact text form: a line of types, then one `words<TAB>count,count,…` line per entry. */
export function serializeGazetteer(g: TrainGazetteer): Buffer {
  const lines = [g.types.join(',')];
  for (const e of g.entries) lines.push(e.words.join(' ') + '\t' + e.counts.join(','));
  return Buffer.from(lines.join('\n'), 'utf8');
}

/** Parse serializeGazetteer's output; throws an Error with the reason on malformed input. */
export function deserializeGazetteer(buf: Buffer): TrainGazetteer {
  const lines = buf.toString('utf8').split('\n');
  const types = lines[0] ? lines[0].split(',') : [];
  if (types.some((t) => !/^[A-Z]+$/.test(t))) throw new Error('bad gazetteer type line');
  const g = emptyGazetteer(types);
  for (let k = 1; k < lines.length; k++) {
    const tab = lines[k].indexOf('\t');
    if (tab <= 0) throw new Error(`bad gazetteer line ${k + 1}`);
    const counts = lines[k].slice(tab + 1).split(',').map(Number);
    if (counts.length !== types.length + 1 || counts.some((c) => !Number.isInteger(c) || c < 0)) throw new Error(`bad gazetteer counts on line ${k + 1}`);
    g.entries.push({ words: lines[k].slice(0, tab).split(' '), counts });
  }
  return index(g);
}
