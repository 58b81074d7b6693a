// Quotation marks paired per paragraph, quotes before/after a cue, and quotations that continue the
// direct speech of the paragraph before.
import { entityLexicon } from '../entities/lexicon.ts';
import { emit } from './assembly.ts';
import type { Found, Ctx } from './context.ts';
import { nounForms } from './lexicon.ts';

export const MIN_QUOTE_WORDS = 3;

export interface Quote {
  open: number;
  /** token index of the closing mark, or -1 when the quote runs to the paragraph end */
  close: number;
  start: number;
  end: number;
  words: number;
  used: boolean;
}

export function findQuotes(cx: Ctx): void {
  const toks = cx.toks;
  let k = 0;
  while (k < toks.length) {
    const para = cx.paraOf[k];
    let m = k;
    while (m < toks.length && cx.paraOf[m] === para) m++;
    quotesInParagraph(cx, k, m);
    k = m;
  }
}

export function quotesInParagraph(cx: Ctx, from: number, to: number): void {
  const toks = cx.toks;
  const pairs: [number, number][] = [];
  const stack: number[] = [];
  let straight = -1;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.kind !== 'quote') continue;
    if (t.text === '«' || t.text === '“') stack.push(k);
    else if (t.text === '»' || t.text === '”') {
      const o = stack.pop();
      if (o !== undefined && stack.length === 0) pairs.push([o, k]);
    } else if (t.text === '"') {
      if (straight < 0) straight = k;
      else {
        pairs.push([straight, k]);
        straight = -1;
      }
    }
  }
  if (stack.length) pairs.push([stack[0], -1]);
  if (straight >= 0) pairs.push([straight, -1]);
  for (const [o, c] of pairs) {
    const last = c < 0 ? to : c;
    let words = 0;
    for (let k = o + 1; k < last; k++) if (toks[k].kind === 'word' || toks[k].kind === 'latin' || toks[k].kind === 'number') words++;
    if (last <= o + 1) continue;
    const start = toks[o + 1].start;
    let endTok = last - 1;
    // an unclosed quote (a paragraph of a multi-paragraph quotation) ends before its final punctuation
    while (c < 0 && endTok > o + 1 && toks[endTok].kind === 'punct') endTok--;
    const end = toks[endTok].end;
    const q: Quote = { open: o, close: c, start, end, words, used: false };
    const qi = cx.quotes.length;
    cx.quotes.push(q);
    cx.quoteOpenAt[o] = qi;
    if (c >= 0) cx.quoteCloseAt[c] = qi;
    if (words >= MIN_QUOTE_WORDS) for (let k = o + 1; k <= endTok; k++) cx.inQuote[k] = qi;
  }
}

/** A short quotation followed by a statement phrase or إن: a quoted name ("هيومن رايتس ووتش" في تقرير إن). */
export function quotedNameAt(cx: Ctx, i: number, governs: readonly string[] = []): boolean {
  const q = cx.qOpen(i);
  if (q < 0 || cx.quotes[q].close < 0 || cx.quotes[q].words > 5) return false;
  let after = cx.quotes[q].close + 1;
  // "نقلت "وول ستريت جورنال" الأمريكية عن …": an outlet's nationality adjective, then the chain's عن
  while (after < cx.toks.length && after - cx.quotes[q].close <= 2 && cx.toks[after].kind === 'word' && nationalityOf(cx.norm(after))) after++;
  // ("ودعت «اللجنة المجتمعية في الحي» إلى وقفة": a short quoted name right before the verb's governed preposition is its
  // subject — s8)
  return cx.isComp(after) || cx.statementAt(after) !== after || cx.recipientAt(after) !== null || (cx.quotes[q].words <= 4 && cx.norm(after) === 'عن') ||
    (cx.quotes[q].words <= 5 && governs.includes(cx.norm(after)) && cx.toks[after + 1]?.kind === 'word');
}

/** Is the word a nationality adjective of a country (data/entities/nationalities.tsv, read only)? */
export function nationalityOf(norm: string): boolean {
  const c = entityLexicon().nationality.get(norm);
  return c !== undefined && !c.startsWith('X');
}

/** A quote that opens at token i (after optional colon), long enough to be speech. */
export function quoteAfter(cx: Ctx, i: number): Quote | null {
  let k = i;
  if (cx.isColon(k)) k++;
  const q = cx.qOpen(k);
  if (q < 0) return null;
  const quote = cx.quotes[q];
  if (quote.words < MIN_QUOTE_WORDS || quote.used) return null;
  return quote;
}

/** A quote that closes right before token i (skipping a comma and a conjunction), for "«…»، قال X". */
export function quoteBefore(cx: Ctx, i: number): Quote | null {
  let k = i - 1;
  // "«…»، هكذا قال X" (s5)
  if (k >= 0 && cx.inSet(k, 'thus')) k--;
  if (k >= 0 && cx.isComma(k)) k--;
  if (k < 0) return null;
  // only within the sentence: «…»، قال — not «…». وقال
  if (cx.sentence(k) !== cx.sentence(i)) return null;
  const q = cx.quoteCloseAt[k];
  if (q < 0) return null;
  const quote = cx.quotes[q];
  // "وفي حديث لإذاعة "موزاييك إف إم"، قال …": a short quoted name right after an outlet word or a لـ is the outlet
  // spoken to, not words said (s5)
  if (quote.words <= 4 && quote.open > 0 && cx.toks[quote.open - 1].kind === 'word' && (cx.recipientAt(quote.open - 1) || quotedNameAfterHead(cx, quote.open - 1))) return null;
  return quote.words >= MIN_QUOTE_WORDS && !quote.used ? quote : null;
}

/** Is the word at k an outlet or organisation head (sources.tsv media, org-heads) — "لإذاعة"، "قناة"، "صحيفة"? */
function quotedNameAfterHead(cx: Ctx, k: number): boolean {
  return nounForms(cx.toks[k].norm).some((f) => cx.lex.heads.get(f.stem)?.kind === 'media' || cx.lex.heads.get(f.stem.replace(/^ل/, ''))?.kind === 'media' || cx.lex.orgHeadWords.has(f.stem));
}

/**
 * A paragraph that opens with a quotation and has no cue of its own continues the direct speech of the
 * paragraph before ("وقال X: «…».\n«…»."): same source, the cue of the earlier attribution.
 */
export function continuedQuotes(cx: Ctx): void {
  const byPara = new Map<number, Found>();
  for (const f of cx.found) {
    const para = cx.paraOf[cx.firstTokenAt(f.cue.start)];
    const prev = byPara.get(para);
    if (!prev || f.content.start > prev.content.start) byPara.set(para, f);
  }
  for (const q of cx.quotes) {
    if (q.used || q.words < MIN_QUOTE_WORDS) continue;
    const para = cx.paraOf[q.open];
    if (para === 0 || cx.doc.paragraphs[para].start !== cx.toks[q.open].start) continue;
    const prev = byPara.get(para - 1);
    if (!prev || prev.kind !== 'direct') continue;
    // the quote must be the paragraph's speech: nothing but punctuation after it in its sentence
    const after = q.close >= 0 ? q.close + 1 : cx.toks.length;
    const sEnd = cx.sentenceEnd(q.open);
    let rest = false;
    for (let k = after; k < sEnd; k++) if (cx.toks[k].kind === 'word') rest = true;
    if (rest) continue;
    q.used = true;
    const f: Found = { ...prev, content: cx.quoteSpan(q), evidence: [...prev.evidence, 'rule:quote-paragraph-continues'], sentence: cx.sentence(q.open) };
    emit(cx, f);
    byPara.set(para, f);
  }
}
