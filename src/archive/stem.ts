// Search terms for the archive index: the same code folds and light-stems documents and queries, so
// FTS (SQLite unicode61 / PostgreSQL 'simple') only ever sees pre-folded terms.
//
// Per word token (src/text/tokenize.ts) we emit:
//   stem: normalize() (harakat, hamza forms, ة/ه, ى/ي folded) then the article stripped together with any
//         proclitics in front of it: (و|ف)?(ب|ك|ل)?ال+X → X, (و|ف)?لل+X → X. Conservative: the article is
//         unambiguous enough; the remainder must stay ≥ 2 letters (≥ 3 when a proclitic precedes).
//   alts: forms with one or two bare proclitics removed (و/ف then ب/ك/ل, no article), remainder ≥ 3 letters
//         (for لل also the ل + لX reading: "للبنان" → "لبنان"):
//         "وبغداد" → "بغداد", "غداد". They go to a separate, lower-weighted column so a query for
//         "بغداد" matches "وبغداد" without the stemmer having to decide whether و is a clitic (it is not
//         in "وزير"). Queries are expanded the same way, so "وبغداد" finds "بغداد" too.
//   suffix alts: sound plural endings removed from a stem of ≥ 5 letters — ون/ين → the singular
//         ("محتجون", "محتجين" → "محتج"), ات → the singular with ه and without ("محادثات" → "محادثه",
//         "محادث"). The dual ان is left alone: too many names end in it (لبنان، إيران، عمان).
// Bump STEMMER_VERSION whenever the output changes: stored indexes record it (see `isnad db reindex`).
import { normalize } from '../text/normalize.ts';
import { tokenize } from '../text/tokenize.ts';

export const STEMMER_VERSION = 3;

const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ك', 'ل']);

/** Keep letters and digits only (FTS tokenizers would split elsewhere anyway). */
function clean(s: string): string {
  return s.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The article-stripped stem of one folded word. */
export function stemFolded(w: string): string {
  let i = 0;
  if (w.length > 3 && CONJ.has(w[0])) i = 1;
  let prep = false;
  if (w.length > i + 3 && PREP.has(w[i])) { prep = true; }
  // لل (لـ + ال)
  if (w.startsWith('لل', i) && w.length - (i + 2) >= 3) return w.slice(i + 2);
  const j = prep ? i + 1 : i;
  if (w.startsWith('ال', j)) {
    const rest = w.length - (j + 2);
    if (rest >= (j > 0 ? 3 : 2)) return w.slice(j + 2);
  }
  // no article after the proclitic: try without the preposition reading
  if (prep && w.startsWith('ال', i)) {
    const rest = w.length - (i + 2);
    if (rest >= (i > 0 ? 3 : 2)) return w.slice(i + 2);
  }
  return w;
}

/** Alternative forms with bare proclitics removed (no article involved), and singulars of plurals. */
export function altsFolded(w: string): string[] {
  const out: string[] = [];
  let i = 0;
  if (CONJ.has(w[0]) && w.length - 1 >= 3) {
    i = 1;
    out.push(w.slice(1));
  }
  // لل is ل + ال (للحرس) or ل + a word starting with ل (للبنان, للجنة): the second reading is kept raw
  const lamLam = w.startsWith('لل', i);
  if (PREP.has(w[i]) && w.length - (i + 1) >= 3 && !w.startsWith('ال', i + 1)) out.push(w.slice(i + 1));
  const stem = stemFolded(w);
  const forms = lamLam ? out : out.map(stemFolded);
  for (const f of [stem, ...forms]) forms.push(...suffixAlts(f));
  return [...new Set(forms)].filter((a) => a !== stem && a.length >= 2);
}

/** Singular forms of a sound plural stem (see the header). */
function suffixAlts(stem: string): string[] {
  if (stem.length < 5) return [];
  const end = stem.slice(-2);
  const base = stem.slice(0, -2);
  if (end === 'ون' || end === 'ين') return [base];
  if (end === 'ات') return [base + 'ه', base];
  return [];
}

export interface TermToken {
  /** Offsets of the word in the original text. */
  start: number;
  end: number;
  stem: string;
  alts: string[];
}

/** Terms of each distinct surface form (a pure function of the form and the token kind): words recur a lot. */
const formTerms = new Map<string, { stem: string; alts: string[] } | null>();

/** Terms of a text, one per word/number/latin token, with original offsets. */
export function termTokens(text: string): TermToken[] {
  const out: TermToken[] = [];
  for (const t of tokenize(text)) {
    if (t.kind !== 'word' && t.kind !== 'latin' && t.kind !== 'number') continue;
    const k = t.kind === 'word' ? t.text : `${t.kind}\u0000${t.text}`;
    let f = formTerms.get(k);
    if (f === undefined) {
      const folded = clean(normalize(t.text));
      f = folded ? { stem: stemFolded(folded), alts: t.kind === 'word' ? altsFolded(folded) : [] } : null;
      if (formTerms.size >= 100000) formTerms.clear();
      formTerms.set(k, f);
    }
    if (!f) continue;
    out.push({ start: t.start, end: t.end, stem: f.stem, alts: f.alts });
  }
  return out;
}

export interface IndexText {
  /** Space-separated stems (one per word). */
  stems: string;
  /** Space-separated alternative forms. */
  alts: string;
}

export function indexText(text: string): IndexText {
  const stems: string[] = [];
  const alts: string[] = [];
  for (const t of termTokens(text)) {
    stems.push(t.stem);
    for (const a of t.alts) alts.push(a);
  }
  return { stems: stems.join(' '), alts: alts.join(' ') };
}

/** A query word: any of `forms` matches (the stem in the stem column, or any form in either column). */
export interface QueryTerm {
  word: string;
  forms: string[];
}

/** Query words → terms (all required: AND). Quotes and FTS operators are ignored: only words count. */
export function queryTerms(q: string): QueryTerm[] {
  const out: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const t of termTokens(q)) {
    if (seen.has(t.stem)) continue;
    seen.add(t.stem);
    out.push({ word: q.slice(t.start, t.end), forms: [t.stem, ...t.alts.filter((a) => a !== t.stem)] });
  }
  return out;
}
