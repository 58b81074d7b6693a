// The Doc: an immutable original text with its layers (tokens, sentences, paragraphs). Later stages read
// the Doc and return their own layer; nothing ever rewrites `text`.
import type { DocMeta, Paragraph, Sentence } from './contract.ts';
import { tokenize, type Token } from './text/tokenize.ts';
import { splitParagraphs } from './text/paragraphs.ts';
import { splitSentences } from './text/sentences.ts';

export interface Doc {
  text: string;
  meta: DocMeta;
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  /** sentenceOf[tokenIndex] = index into sentences. */
  sentenceOf: Int32Array;
}

export function createDoc(text: string, meta: DocMeta): Doc {
  const tokens = tokenize(text);
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, tokens, paragraphs);
  const sentenceOf = new Int32Array(tokens.length);
  let s = 0;
  for (const t of tokens) {
    while (s < sentences.length - 1 && t.start >= sentences[s].end) s++;
    sentenceOf[t.i] = s;
  }
  return { text, meta, tokens, sentences, paragraphs, sentenceOf };
}

/** Tokens of sentence `s` as [first, last+1) indices into doc.tokens. */
export function sentenceTokenRange(doc: Doc, s: number): [number, number] {
  // binary search keeps this O(log n) per call
  const { start, end } = doc.sentences[s];
  const lo = lowerBound(doc.tokens, start);
  const hi = lowerBound(doc.tokens, end);
  return [lo, hi];
}

/** Index of the first item (tokens, mentions: anything sorted by `start`) starting at or after `offset`. */
export function lowerBound(tokens: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last span (sorted by start) starting at or before `offset`: the sentence or paragraph holding it; 0 when none. */
export function spanIndexAt(spans: readonly { start: number }[], offset: number): number {
  return Math.max(0, lowerBound(spans, offset + 1) - 1);
}

export type { Token };
