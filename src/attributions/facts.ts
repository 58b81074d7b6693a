// Per-word-form facts packed in a memoised integer, per-token memo helper, and the "not a name" check.
import { normalize } from '../text/normalize.ts';
import type { WordForm } from '../text/tokenize.ts';
import { memoSlot } from '../text/tokenize.ts';
import type { AttributionLexicon } from './lexicon.ts';
import { conjForms, nounForms, stripSuffix } from './lexicon.ts';

// Facts about one distinct word form that depend only on the (process-wide, cached) lexicon, packed in a small
// integer memoised on the interned WordForm (a Smi in its memo array: no extra object to chase per token).
// Bits 0‥22: membership in word set b (see setBit: the first 23 sets of grammar.tsv; later sets fall back to a Set
// lookup, so the sets read on hot paths come first in the file), then flags.
export const CUE_FIRST = 1 << 23; // some conjunction-stripped form starts a cue phrase
export const REASON_FIRST = 1 << 24; // … starts an anonymity-reason phrase
export const ACCORDING_FIRST = 1 << 25; // the word (or it without و) starts an according-to phrase
export const STATEMENT = 1 << 26; // some clitic reading (pronoun suffix stripped) is a statement noun (بيان، حديثه)
export const COMP_BIT = 1 << 27; // a complementizer, possibly with و/ف
// per token only (Ctx.tokBits), from the token's kind and text
export const COMMA = 1 << 28;
export const COLON = 1 << 29;
export const SET_BITS = 23;

const FACTS = memoSlot();
let factsLex: AttributionLexicon | null = null;
export const setBit = new Map<string, number>();

export function formBits(f: WordForm, lex: AttributionLexicon): number {
  const v = f.memo[FACTS];
  if (typeof v === 'number' && factsLex === lex) return v;
  if (factsLex !== lex) {
    // the lexicon is a cached singleton; guard anyway so a reloaded lexicon never meets stale bits
    factsLex = lex;
    setBit.clear();
    let b = 0;
    for (const name of Object.keys(lex.sets)) if (b < SET_BITS) setBit.set(name, b++);
  }
  const norm = f.norm;
  let bits = 0;
  for (const [name, b] of setBit) if (lex.sets[name].has(norm)) bits |= 1 << b;
  for (const c of conjForms(norm)) {
    if (lex.sets.comp.has(c)) bits |= COMP_BIT;
    if (lex.cues.startsWith(c)) bits |= CUE_FIRST;
    if (lex.reasons.startsWith(c)) bits |= REASON_FIRST;
  }
  if (lex.according.startsWith(norm) || (norm.length > 3 && norm[0] === 'و' && lex.according.startsWith(norm.slice(1)))) bits |= ACCORDING_FIRST;
  for (const nf of nounForms(norm)) for (const x of stripSuffix(nf.stem)) if (lex.statements.has(x)) bits |= STATEMENT;
  f.memo[FACTS] = bits;
  return bits;
}

// notAName is a pure function of the name (and the cached lexicon): memoised, bounded
const notANameCache = new Map<string, boolean>();
let notANameLex: AttributionLexicon | null = null;

export function notAName(name: string, lex: AttributionLexicon): boolean {
  if (notANameLex !== lex) {
    notANameLex = lex;
    notANameCache.clear();
  }
  let v = notANameCache.get(name);
  if (v === undefined) {
    const n = normalize(name);
    const grammarWord = ['comp', 'prep', 'stop', 'pron', 'rel', 'neg', 'then'].some((set) => lex.sets[set]?.has(n));
    v = n === 'قول' || lex.sets.qawl.has(n) || (!/\s/.test(n) && (lex.cues.has([n]) || grammarWord));
    if (notANameCache.size >= 20000) notANameCache.clear();
    notANameCache.set(name, v);
  }
  return v;
}

/**
 * Per-token-index memo for the pure `xxxAt(i)` lookups (called many times from bounded windows): `cache` has one
 * slot per token, undefined until computed; indices outside the text are computed, not cached. `compute` is bound
 * once per Extractor, so a call allocates nothing.
 */
export function memoAt<V>(cache: (V | undefined)[], i: number, compute: (i: number) => V): V {
  if (i < 0 || i >= cache.length) return compute(i);
  let v = cache[i];
  if (v === undefined) {
    v = compute(i);
    cache[i] = v;
  }
  return v;
}

/** Does the (normalised) word end in a possessor pronoun (grammar.tsv object-pronoun) after a stem of three letters or more? */
export function hasPronounSuffix(norm: string, lex: AttributionLexicon): boolean {
  const set = lex.sets['object-pronoun'];
  if (!set) return false;
  for (const suf of set) if (norm.length - suf.length >= 3 && norm.endsWith(suf)) return true;
  return false;
}
