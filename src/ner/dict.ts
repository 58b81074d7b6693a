// General-language knowledge for the tagger from a word list (data/ner/arabic-words.txt, derived from the
// Ayaspell dictionary by scripts/ner/hunspell-words.ts): whether a word is a dictionary word of Arabic. Most
// running words of news are (95% of ANERcorp train's O tokens, by stem), while transliterated foreign names are
// mostly not (a third of PER tokens are not), and names that are also words (كريم، سعيد، أمل) are the
// ambiguous middle. The file is read once per process; a missing file gives an empty dictionary.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../lexicon/tsv.ts';

/** Dictionary class of a normalised form: C common word, P proper-noun entries only, CP both. */
export type DictClass = 'C' | 'P' | 'CP';

export interface ArabicDict {
  get(form: string): DictClass | undefined;
  size: number;
  source: string;
}

let cached: ArabicDict | null = null;

/**
 * Parse a word list: `#` comments; either plain forms (one normalised form a line, optionally TAB + P or CP), or
 * the compact paradigm form written by `scripts/ner/hunspell-words.ts --paradigms`: lines `@id strip>add …`
 * (a suffix paradigm: what a lemma loses at its end and what it gains, one pair per form) and lines
 * `lemma TAB id [TAB P]`. A word is in the dictionary when a lemma of it carries a paradigm with the pair that
 * turns the lemma into the word (the lookup undoes one pair: at most one map probe per ending of the word).
 */
export function parseDict(text: string, source = '(text)'): ArabicDict {
  const plain = new Map<string, DictClass>();
  const paradigms: Set<string>[] = [];
  const lemmas = new Map<string, number[]>(); // lemma -> paradigm ids, negated (−id−1) for proper-noun entries
  const byAdd = new Map<string, Set<string>>(); // added ending -> the strips it comes with
  let maxAdd = 0;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const c0 = text.charCodeAt(start);
    if (end > start && c0 !== 35 /* # */) {
      const line = text.slice(start, end);
      if (c0 === 64 /* @ */) {
        const parts = line.split(' ');
        const set = new Set<string>();
        for (let k = 1; k < parts.length; k++) {
          set.add(parts[k]);
          const gt = parts[k].indexOf('>');
          const add = parts[k].slice(gt + 1);
          let ss = byAdd.get(add);
          if (!ss) byAdd.set(add, (ss = new Set()));
          ss.add(parts[k].slice(0, gt));
          if (add.length > maxAdd) maxAdd = add.length;
        }
        paradigms[Number(parts[0].slice(1))] = set;
      } else {
        const f = line.split('\t');
        if (f.length >= 2 && /^\d+$/.test(f[1])) {
          const id = Number(f[1]);
          const l = lemmas.get(f[0]);
          const v = f[2] === 'P' ? -id - 1 : id;
          if (l) l.push(v); else lemmas.set(f[0], [v]);
        } else plain.set(f[0], f[1] === undefined ? 'C' : f[1] === 'P' ? 'P' : 'CP');
      }
    }
    start = end + 1;
  }
  let size = plain.size + lemmas.size;
  const memo = new Map<string, DictClass | null>();
  const viaParadigms = (w: string): DictClass | undefined => {
    let bits = 0;
    for (let k = 0; k <= maxAdd && k < w.length; k++) {
      const add = w.slice(w.length - k);
      const strips = byAdd.get(add);
      if (!strips) continue;
      const stem = w.slice(0, w.length - k);
      for (const strip of strips) {
        const ids = lemmas.get(stem + strip);
        if (!ids) continue;
        for (const v of ids) {
          const id = v < 0 ? -v - 1 : v;
          if (paradigms[id]?.has(strip + '>' + add)) bits |= v < 0 ? 2 : 1;
        }
      }
    }
    return bits === 0 ? undefined : bits === 1 ? 'C' : bits === 2 ? 'P' : 'CP';
  };
  const get = (w: string): DictClass | undefined => {
    const p = plain.get(w);
    if (p || lemmas.size === 0) return p;
    const m = memo.get(w);
    if (m !== undefined) return m ?? undefined;
    const r = viaParadigms(w);
    if (memo.size > 200_000) memo.clear();
    memo.set(w, r ?? null);
    return r;
  };
  return { get, size, source };
}

/** The tagger's dictionary (ISNAD_NER_DICT overrides the path, for experiments). */
export function loadArabicDict(): ArabicDict {
  if (cached) return cached;
  const path = process.env.ISNAD_NER_DICT ?? join(DATA_DIR, 'ner', 'arabic-words.txt');
  cached = existsSync(path) ? parseDict(readFileSync(path, 'utf8'), path) : parseDict('', '(missing)');
  return cached;
}
