// Name-likeness of a word from its letters (session 8): a naive Bayes classifier over character 2–5-grams (with
// ^/$ boundary marks) of normalised, proclitic-stripped words, trained on what the project ships — the name words
// of the tagger lexicon (data/entities/*.tsv and gazetteer/*, classes PER/LOC/ORG/MISC) against ordinary Arabic
// words (data/ner/arabic-words.txt, the dictionary). The tagger learns its names from 125k tokens of labelled news;
// this model carries the spelling patterns of some 20k listed names (transliterated "…وف", "…يني", "…ستان", Arabic
// name patterns), so a name the tagger never saw still reads as name-like.
//
// Scores are leave-one-out: a word's own counts are removed before it is scored, so a listed name scores as an
// unlisted one would (its membership is the lexicon features' job). Training text (lexicon-listed, ANERcorp words)
// and tagged text thus see the same kind of score. Deterministic: counts over hashed n-grams, no randomness.
// Rebuilt from the data in each process (≈ 1–2 s), like the lexicon features; scores are cached per word.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../lexicon/tsv.ts';
import { loadNerLexicon, type NerLexicon } from './lexicon.ts';
import { stripProclitics } from './stem.ts';

/** Classes of the classifier; index 0 is the background class (dictionary words). */
export const NL_CLASSES = ['O', 'PER', 'LOC', 'ORG', 'MISC'] as const;
const K = NL_CLASSES.length;
const BITS = 20;
const MASK = (1 << BITS) - 1;
const MIN_N = 2;
const MAX_N = 5;
const ALPHA = 0.5;

export interface NameLikeModel {
  /** Mean per-n-gram log-likelihood ratio of each class against O (index 0 is always 0); null for a non-Arabic or too short stem. */
  scores(stem: string): Float64Array | null;
  /** Bucketed labels for features (cached per stem): [top class|strength, per-class buckets…]. */
  labels(stem: string): NameLabels | null;
  /** Training words per class (after deduplication), for provenance and tests. */
  counts: number[];
}

export interface NameLabels {
  /** Top class and its strength bucket, e.g. "PER3"; "O" when no class beats the dictionary. */
  top: string;
  /** Coarse top label for neighbours: class when strong, else "O". */
  coarse: string;
  /** Per-class buckets, e.g. ["PER2", "LOC0", "ORG-1", "MISC0"]. */
  per: string[];
}

const ARABIC_WORD = /^[\u0621-\u064A]+$/;

function hashGram(s: string, a: number, b: number): number {
  let h = 0x811c9dc5;
  for (let i = a; i < b; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & MASK;
}

/** Hashed n-grams (n = 2..5) of a stem with boundary marks. */
export function gramsOf(stem: string): number[] {
  const m = '^' + stem + '$';
  const out: number[] = [];
  for (let n = MIN_N; n <= MAX_N; n++) for (let a = 0; a + n <= m.length; a++) out.push(hashGram(m, a, a + n));
  return out;
}

/** Class of a tagger-lexicon class ('PER<' etc. from multi-word entries included), or -1. */
function classIndex(cls: string): number {
  if (cls.endsWith('/c')) return -1; // names that are also everyday words: not evidence of name spelling
  const c = /[<>~]$/.test(cls) ? cls.slice(0, -1) : cls;
  if (c === 'PER' || c === 'GIVEN' || c === 'FAMILY') return 1;
  if (c === 'LOC') return 2;
  if (c === 'ORG') return 3;
  if (c === 'MISC') return 4;
  return -1;
}

/** The key a word is scored under: normalised, proclitics and article stripped (the tagger's stem). */
export function nameKey(norm: string): string {
  return stripProclitics(norm).stem;
}

/**
 * Training words: lexicon name words by class, and dictionary words (each non-proper-noun lemma and two of its
 * inflected forms, chosen by a hash of the lemma, so the background covers suffixed forms as running text has them).
 */
export function nameLikeTrainingWords(lex: Pick<NerLexicon, 'words' | 'parts'>, dictText: string): Map<string, Uint16Array> {
  const words = new Map<string, Uint16Array>();
  const add = (w: string, k: number) => {
    if (w.length < 2 || !ARABIC_WORD.test(w)) return;
    let v = words.get(w);
    if (!v) words.set(w, (v = new Uint16Array(K)));
    v[k] = 1; // set membership: a word counts once per class
  };
  for (const map of [lex.words, lex.parts]) {
    for (const [w, classes] of map) for (const c of classes) {
      const k = classIndex(c);
      if (k > 0) add(nameKey(w), k);
    }
  }
  const paradigms: string[][] = [];
  let start = 0;
  const lemmaLines: string[] = [];
  while (start < dictText.length) {
    let end = dictText.indexOf('\n', start);
    if (end < 0) end = dictText.length;
    const line = dictText.slice(start, end);
    start = end + 1;
    if (!line || line[0] === '#') continue;
    if (line[0] === '@') {
      const parts = line.split(' ');
      paradigms[Number(parts[0].slice(1))] = parts.slice(1);
    } else lemmaLines.push(line);
  }
  for (const line of lemmaLines) {
    const f = line.split('\t');
    if (f[2] === 'P') continue; // proper-noun entries (countries, given names): not background
    const lemma = f[0];
    add(lemma, 0);
    const pairs = f.length >= 2 && /^\d+$/.test(f[1]) ? paradigms[Number(f[1])] : undefined;
    if (!pairs || pairs.length === 0) continue;
    const h = hashGram(lemma, 0, lemma.length);
    for (const j of new Set([h % pairs.length, (h >>> 7) % pairs.length])) {
      const p = pairs[j];
      const gt = p.indexOf('>');
      const strip = p.slice(0, gt), addS = p.slice(gt + 1);
      if (strip && !lemma.endsWith(strip)) continue;
      add(lemma.slice(0, lemma.length - strip.length) + addS, 0);
    }
  }
  return words;
}

// Strength buckets of the mean log-likelihood ratio (per n-gram) against the dictionary background.
const EDGES = [-1.0, -0.5, -0.2, 0.2, 0.5, 1.0];
function bucket(x: number): number {
  let b = 0;
  while (b < EDGES.length && x >= EDGES[b]) b++;
  return b - 3; // −3 … 3
}

export function buildNameLike(words: Map<string, Uint16Array>): NameLikeModel {
  const N = new Int32Array(K << BITS); // N[k << BITS | g]
  const tot = new Float64Array(K);
  const counts = new Array<number>(K).fill(0);
  const seen = new Uint8Array(1 << BITS);
  for (const [w, v] of words) {
    const gs = gramsOf(w);
    for (let k = 0; k < K; k++) {
      if (!v[k]) continue;
      counts[k]++;
      tot[k] += gs.length;
      for (const g of gs) N[(k << BITS) | g]++;
    }
    for (const g of gs) seen[g] = 1;
  }
  let V = 0;
  for (let g = 0; g < seen.length; g++) V += seen[g];
  const cache = new Map<string, Float64Array | null>();
  const scores = (stem: string): Float64Array | null => {
    const hit = cache.get(stem);
    if (hit !== undefined) return hit;
    let out: Float64Array | null = null;
    if (stem.length >= 2 && ARABIC_WORD.test(stem)) {
      const own = words.get(stem); // leave-one-out: score the word as if it had not been listed
      const gs = gramsOf(stem);
      const logp = new Float64Array(K);
      for (let k = 0; k < K; k++) {
        const o = own?.[k] ?? 0;
        const denom = Math.log(tot[k] - o * gs.length + ALPHA * V);
        let s = 0;
        for (const g of gs) s += Math.log(N[(k << BITS) | g] - o + ALPHA) - denom;
        logp[k] = s / gs.length;
      }
      out = new Float64Array(K);
      for (let k = 1; k < K; k++) out[k] = logp[k] - logp[0];
    }
    if (cache.size > 300_000) cache.clear();
    cache.set(stem, out);
    return out;
  };
  const lcache = new Map<string, NameLabels | null>();
  const labels = (stem: string): NameLabels | null => {
    const hit = lcache.get(stem);
    if (hit !== undefined) return hit;
    const s = scores(stem);
    let out: NameLabels | null = null;
    if (s) {
      let best = 0;
      for (let k = 1; k < K; k++) if (s[k] > s[best] || best === 0) best = k;
      const bb = bucket(s[best]);
      const top = bb > 0 ? NL_CLASSES[best] + bb : 'O' + bb;
      const coarse = bb >= 2 ? NL_CLASSES[best] : 'O';
      const per: string[] = [];
      for (let k = 1; k < K; k++) per.push(NL_CLASSES[k] + bucket(s[k]));
      out = { top, coarse, per };
    }
    if (lcache.size > 300_000) lcache.clear();
    lcache.set(stem, out);
    return out;
  };
  return { scores, labels, counts };
}

let cached: NameLikeModel | null = null;

/** The tagger's name-likeness model, built once per process from the tagger lexicon and the dictionary file. */
export function loadNameLike(): NameLikeModel {
  if (cached) return cached;
  const path = process.env.ISNAD_NER_DICT ?? join(DATA_DIR, 'ner', 'arabic-words.txt');
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  cached = buildNameLike(nameLikeTrainingWords(loadNerLexicon(), text));
  return cached;
}

/** For tests: forget the cached model (after resetNerLexicon). */
export function resetNameLike(): void {
  cached = null;
}
