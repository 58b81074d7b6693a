// Shared state of the entity stage for one document: tokens with their per-word facts, the candidates found
// so far and the token each one claims (owner), and the small predicates every pass uses.
import type { Doc } from '../doc.ts';
import type { EntityLexicon } from './lexicon.ts';
import type { Cand, EntWord, Form } from './types.ts';
import { entWord } from './words.ts';

export interface Ctx {
  doc: Doc;
  lex: EntityLexicon;
  toks: Doc['tokens'];
  n: number;
  /** The normalised word of each word/latin/number token (undefined for punctuation and quotes). */
  words: (string | undefined)[];
  /** Every candidate so far, in the order claimed (dead ones included). */
  cands: Cand[];
  /** Index into cands of the candidate claiming each token, or -1. */
  owner: Int32Array;
  /** Add a candidate and mark its tokens as claimed; returns its index. */
  claim: (c: Cand) => number;
  /** The first form of token k found in `keys` (bare form first), or undefined. */
  formIn: (k: number, keys: { has(x: string): boolean }) => Form | undefined;
  isWord: (k: number) => boolean;
  wordAt: (k: number) => string | undefined;
  wi: (k: number) => EntWord;
  formsAt: (k: number) => Form[];
  formStrs: (k: number) => string[];
  /** Where a mention of form f of token k starts in the text. */
  at: (k: number, f: Form) => number;
  isStop: (w: string) => boolean;
  isNat: (w: string) => boolean;
  isNisba: (w: string) => boolean;
  isAdj: (w: string) => boolean;
  titleAt: (k: number, forms?: string[]) => { length: number; values: { kind: string; evidence: string }[]; first: string } | undefined;
  isTitleStart: (k: number) => boolean;
  givenTok: (k: number) => boolean;
  commonTok: (k: number) => boolean;
  stopTok: (k: number) => boolean;
  /** Lexicon entries matched by a full (not short) form in the article (computed when first asked). */
  fullLex: () => Set<string>;
  /** Names given in brackets right after a name ("السوق المالية السعودية (تداول)"): normalised alias → that name's candidate. */
  aliases: Map<string, Cand>;
}

export function createCtx(doc: Doc, lex: EntityLexicon): Ctx {
  const toks = doc.tokens;
  const n = toks.length;
  // word norms precomputed once: wordAt/isWord run in every trie walk (hot)
  const words: (string | undefined)[] = new Array(n);
  // per-token view of the per-word memo (no allocation per token)
  const ew: (EntWord | undefined)[] = new Array(n);
  // tokens whose word has clitic-stripped forms besides its own (scans test the bare form first)
  const multi = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const kind = toks[k].kind;
    const word = kind === 'word' || kind === 'latin' || kind === 'number';
    words[k] = word ? toks[k].norm : undefined;
    const w = word ? entWord(toks[k], lex) : undefined;
    ew[k] = w;
    if (w !== undefined && w.forms.length > 1) multi[k] = 1;
  }
  /** The first form of token k found in `keys` (bare form first), or undefined. */
  const formIn = (k: number, keys: { has(x: string): boolean }): Form | undefined => {
    if (keys.has(toks[k].norm)) return wi(k).forms[0];
    if (!multi[k]) return undefined;
    const fs = wi(k).forms;
    for (let q = 1; q < fs.length; q++) if (keys.has(fs[q].form)) return fs[q];
    return undefined;
  };
  const isWord = (k: number) => k < n && words[k] !== undefined;
  const wordAt = (k: number): string | undefined => (k < n ? words[k] : undefined);
  const wi = (k: number): EntWord => ew[k] ?? (ew[k] = entWord(toks[k], lex));
  const formsAt = (k: number): Form[] => wi(k).forms;
  const formStrs = (k: number): string[] => wi(k).strs;
  /** Where a mention of form f of token k starts in the text. */
  const at = (k: number, f: Form): number => toks[k].start + f.off;
  const cands: Cand[] = [];
  const owner = new Int32Array(n).fill(-1);
  // the line of each token (newlines before its start), one walk over the text: no name runs across a line break
  const lineOf = new Int32Array(n);
  for (let k = 0, line = 0, pos = 0; k < n; k++) {
    for (const end = toks[k].start; pos < end; pos++) if (doc.text.charCodeAt(pos) === 10) line++;
    lineOf[k] = line;
  }
  const claim = (c: Cand): number => {
    // (session 6) no name runs across a line break ("… الحكومة⏎القاهرة –" is a headline and a dateline): the
    // candidate is dropped and the candidates it had absorbed on its way live again
    if (c.tokenEnd - c.tokenStart > 1 && lineOf[c.tokenStart] !== lineOf[c.tokenEnd - 1]) {
      for (let x = 0; x < cands.length; x++) {
        const d = cands[x];
        if (!d.dead || d.tokenStart < c.tokenStart || d.tokenEnd > c.tokenEnd) continue;
        let free = true;
        for (let k = d.tokenStart; k < d.tokenEnd && free; k++) free = owner[k] < 0;
        if (!free) continue;
        d.dead = false;
        for (let k = d.tokenStart; k < d.tokenEnd; k++) owner[k] = x;
      }
      return -1;
    }
    cands.push(c);
    const id = cands.length - 1;
    for (let k = c.tokenStart; k < c.tokenEnd; k++) owner[k] = id;
    return id;
  };

  // helpers over the lexicon sets
  const isStop = (w: string) => lex.stop.has(w);
  const isNat = (w: string) => lex.nationality.has(w);
  const isNisba = (w: string) => w.startsWith('ال') && w.length >= 5 && (w.endsWith('ي') || w.endsWith('اوي')) && !isNat(w) && !lex.common.has(w);
  // a relational adjective of either gender ("الدولي", "الجوية", "البحرية")
  const isAdj = (w: string) => w.startsWith('ال') && w.length >= 5 && (w.endsWith('ي') || w.endsWith('يه')) && !isStop(w);

  const titleAt = (k: number, forms?: string[]) => (lex.titleFirst.has(toks[k].norm) || forms?.some((f) => lex.titleFirst.has(f)) ? lex.titles.matchAt(wordAt, k, forms)[0] : undefined);
  const titleStartMemo = new Int8Array(n);
  const isTitleStart = (k: number) => (titleStartMemo[k] ||= titleAt(k) ? 1 : 2) === 1;

  // على is folded to علي by normalisation: a word written with final ى is a given name only when listed so
  const givenTok = (k: number): boolean => k < n && wi(k).given;

  const rawEndsYa = (k: number) => wi(k).yaFinal;
  const commonTok = (k: number) => lex.common.has(toks[k].norm) && !(lex.alifOnly.has(toks[k].norm) && rawEndsYa(k));
  const stopTok = (k: number) => isStop(toks[k].norm) && !(lex.alifOnly.has(toks[k].norm) && rawEndsYa(k));

  // lexicon entries matched by a full (not short) form somewhere in the article, computed once when first asked
  let fullLexSet: Set<string> | undefined;
  const fullLex = (): Set<string> => (fullLexSet ??= new Set(cands.filter((c) => c.lex && !c.short && !c.dead).map((c) => c.lex!.id)));

  return { doc, lex, toks, n, words, cands, owner, claim, formIn, isWord, wordAt, wi, formsAt, formStrs, at, isStop, isNat, isNisba, isAdj, titleAt, isTitleStart, givenTok, commonTok, stopTok, fullLex, aliases: new Map() };
}

/** Display name for a span; restore the article when a fused لل swallowed it. */
export function nameText(text: string, start: number, end: number, restoreArticle: boolean): string {
  const s = text.slice(start, end).replace(/[\u0640]/g, '');
  return restoreArticle && !/^[اأإآ]ل/.test(s) ? 'ال' + s : s;
}
