// Clitic analysis: candidate segmentations of one Arabic word into proclitics (و ف ب ل ك س),
// the article ال (incl. fused لل = لـ + ال), a stem and an enclitic pronoun. Offsets are relative to
// the word's original text (harakat and tatweel preserved), so a stem maps to a span of the original.
//
// Splitting is constrained so that words which merely start with clitic letters survive (بغداد، لبنان،
// وزير): a word found whole in the known-words lexicon (data/text/known-words.tsv plus every word of
// the entity lexicons under data/entities/) is never split; otherwise stems must keep ≥ 2 letters after
// the article and ≥ 3 letters without it, and readings whose stem is a known word are ranked first.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DATA_DIR, loadTsv, splitCell } from '../lexicon/tsv.ts';
import { normalize } from './normalize.ts';

export interface CliticReading {
  /** Proclitic letters (normalised), e.g. "و", "وب", "ل". */
  prefix: string;
  /** The article ال is present (possibly fused as لل). */
  article: boolean;
  /** Stem start/end within the word's original text. For fused لل the stem starts after "لل". */
  stemStart: number;
  stemEnd: number;
  /** Normalised stem (without the article). */
  stem: string;
  /** Enclitic pronoun (normalised), "" if none. */
  suffix: string;
  /**
   * Where a mention of this reading starts in the word: after the proclitics, keeping a written article
   * ("بالكاظمي" → at "الكاظمي"); for fused لل, equal to stemStart.
   */
  mentionStart?: number;
  /** The stem (or article+stem) is a known word. */
  known?: boolean;
}

const CONJ = ['و', 'ف'];
const PREP = ['ب', 'ل', 'ك'];
const SUFFIXES = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'نا', 'ه', 'ي', 'ك'];
const MIN_STEM_ARTICLE = 2;
const MIN_STEM_BARE = 3;

let known: Set<string> | null = null;
/** Words of data/text/known-words.tsv that begin with ال/أل but are not article + stem (التقى، ألغى). */
const alWords = new Set<string>();
const extra = new Set<string>();

/** Add words (any form; normalised here) to the known-words set, e.g. from a test or another lexicon. */
export function addKnownWords(words: Iterable<string>): void {
  for (const w of words) {
    const n = normalize(w).trim();
    if (n) extra.add(n);
  }
  if (known) for (const w of extra) known.add(w);
  cache.clear();
  generation++;
}

let generation = 0;
/** Bumped whenever the known-words set changes: memoised analyses derived from readings are stale then. */
export function cliticGeneration(): number {
  return generation;
}

// Words repeat (Zipf): analyses are cached per distinct original form. Bounded; cleared when full. Callers
// must treat the returned readings as read-only.
const cache = new Map<string, CliticReading[]>();
const CACHE_MAX = 50000;

function addNameWords(set: Set<string>, phrase: string): void {
  for (const w of normalize(phrase).split(/\s+/)) {
    if (w.length < 2 || !/^[\u0621-\u064A]+$/.test(w)) continue;
    // inner words of names that carry a clitic themselves ("للأمم" in "الجمعية العامة للأمم المتحدة")
    if (w.length >= 5 && /^(لل|وال|بال|فال|كال)/.test(w)) continue;
    set.add(w);
    if (w.startsWith('ال') && w.length >= 4) set.add(w.slice(2));
  }
}

/** Known words: data/text/known-words.tsv plus every word of the entity lexicons' names and aliases. */
export function knownWords(): Set<string> {
  if (known) return known;
  const set = new Set<string>(extra);
  if (existsSync(join(DATA_DIR, 'text', 'known-words.tsv'))) {
    for (const r of loadTsv('text/known-words.tsv')) {
      const w = normalize(r.word ?? '');
      if (w) set.add(w);
      if (w.startsWith('ال') && !/noun|name/.test(r.note ?? '')) alWords.add(w);
    }
  }
  const dir = join(DATA_DIR, 'entities');
  if (existsSync(dir)) {
    for (const f of readdirSync(dir)) {
      if (!f.endsWith('.tsv')) continue;
      for (const r of loadTsv(`entities/${f}`)) {
        if (r.known === 'no') continue;
        for (const col of ['name', 'aliases', 'short', 'word', 'forms', 'phrase', 'head']) for (const v of splitCell(r[col])) addNameWords(set, v);
      }
    }
  }
  // every country's Arabic names (world-countries package), so "وغانا" splits and "غانا" never does
  try {
    const wc = createRequire(import.meta.url)('world-countries') as { translations: Record<string, { common: string; official: string }> }[];
    for (const c of wc) {
      const ar = c.translations.ara;
      if (ar) for (const v of [ar.common, ar.official]) addNameWords(set, v);
    }
  } catch {
    // the package is optional for the analyser
  }
  known = set;
  return set;
}

/** Index in `word` just after its first `count` letters (marks on the last letter stay with it). */
function offsetAfter(letterEnds: number[], count: number): number {
  return count === 0 ? 0 : letterEnds[count - 1];
}

/** All plausible readings, most likely first; the first reading is always the whole word (read-only, cached). */
export function analyzeClitics(word: string): CliticReading[] {
  const hit = cache.get(word);
  if (hit) return hit;
  const rs = analyzeUncached(word);
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(word, rs);
  return rs;
}

function analyzeUncached(word: string): CliticReading[] {
  // letters of the normalised word and, for each, the original offset just after it (marks included)
  const letters: string[] = [];
  const ends: number[] = [];
  for (let i = 0; i < word.length; i++) {
    const f = normalize(word[i]);
    if (f === '') {
      if (ends.length) ends[ends.length - 1] = i + 1;
      continue;
    }
    for (const ch of f) {
      letters.push(ch);
      ends.push(i + 1);
    }
  }
  const norm = letters.join('');
  const kw = knownWords();
  const whole: CliticReading = { prefix: '', article: false, stemStart: 0, stemEnd: word.length, stem: norm, suffix: '', mentionStart: 0, known: kw.has(norm) };
  const readings: CliticReading[] = [whole];
  if (whole.known || norm.length < 3 || !/^[\u0621-\u064A]+$/.test(norm)) {
    // a bare article on a known or short word is still worth reporting
    if (norm.startsWith('ال') && norm.length - 2 >= MIN_STEM_ARTICLE && /^[\u0621-\u064A]+$/.test(norm)) {
      const st = norm.slice(2);
      readings.push({ prefix: '', article: true, stemStart: offsetAfter(ends, 2), stemEnd: word.length, stem: st, suffix: '', mentionStart: 0, known: kw.has(st) || whole.known });
    }
    return readings;
  }
  const seen = new Set<string>();
  const push = (prefixLen: number, article: boolean, articleLen: number, fused: boolean, suffix: string) => {
    const stemFrom = prefixLen + articleLen;
    const stemTo = letters.length - suffix.length;
    const stem = norm.slice(stemFrom, stemTo);
    if (stem.length < (article ? MIN_STEM_ARTICLE : MIN_STEM_BARE)) return;
    const prefix = norm.slice(0, fused ? prefixLen : prefixLen);
    const key = `${prefixLen}|${article}|${stemFrom}|${suffix}`;
    if (seen.has(key)) return;
    seen.add(key);
    const isKnown = kw.has(stem);
    readings.push({
      prefix,
      article,
      stemStart: offsetAfter(ends, stemFrom),
      stemEnd: suffix ? offsetAfter(ends, stemTo) : word.length,
      stem,
      suffix,
      mentionStart: fused ? offsetAfter(ends, stemFrom) : offsetAfter(ends, prefixLen),
      known: isKnown,
    });
  };
  const n = letters.length;
  // proclitic chains: [و|ف]? [ب|ل|ك|س]?
  const chains: number[] = [0];
  if (CONJ.includes(norm[0])) chains.push(1);
  for (const start of [...chains]) {
    const c = norm[start];
    if (PREP.includes(c)) chains.push(start + 1);
    // future س only before an imperfect prefix letter
    else if (c === 'س' && 'يتنا'.includes(norm[start + 1] ?? '')) chains.push(start + 1);
  }
  for (const pl of chains) {
    const rest = norm.slice(pl);
    // the preposition ل sits at pl-1 (either the first letter, or right after و/ف)
    const prepL = (pl === 1 && norm[0] === 'ل') || (pl === 2 && CONJ.includes(norm[0]) && norm[1] === 'ل');
    // fused لل: the preposition ل directly followed by ل (article with elided alef)
    if (prepL && rest.startsWith('ل') && n - pl - 1 >= MIN_STEM_ARTICLE) {
      push(pl, true, 1, true, ''); // لل + stem ("للحرس")
      push(pl, true, 0, true, ''); // ل-initial stem with the article elided ("للواء" = ل + اللواء)
    }
    if (rest.startsWith('ال') && n - pl - 2 >= MIN_STEM_ARTICLE) push(pl, true, 2, false, '');
    if (pl > 0) push(pl, false, 0, false, '');
    // enclitic pronouns: only on article-less stems
    for (const s of SUFFIXES) {
      if (!rest.endsWith(s) || rest.startsWith('ال')) continue;
      if (n - pl - s.length < MIN_STEM_BARE) continue;
      push(pl, false, 0, false, s);
    }
  }
  // order: whole word first, then known stems, then readings with fewer pieces
  const head = readings.shift()!;
  const pieces = (r: CliticReading) => (r.prefix ? r.prefix.length : 0) + (r.article ? 1 : 0) + (r.suffix ? 1 : 0);
  const alBoost = (r: CliticReading) => Number(!r.article && alWords.has(r.stem));
  readings.sort((a, b) => Number(b.known) - Number(a.known) || alBoost(b) - alBoost(a) || Number(!!a.suffix) - Number(!!b.suffix) || (b.known ? Number(b.article) - Number(a.article) : pieces(a) - pieces(b)));
  return [head, ...readings];
}

/** The best reading that strips something and whose stem is known, or null. */
export function bestKnownSplit(word: string): CliticReading | null {
  const rs = analyzeClitics(word);
  for (let k = 1; k < rs.length; k++) if (rs[k].known && !rs[k].suffix) return rs[k];
  return null;
}
