// Paragraphs and headings. Every non-empty line is a paragraph, except in hard-wrapped text: when blank
// lines separate blocks, a line that neither ends a sentence nor looks like a heading continues onto the
// next line of its block. A heading is recognised by form: a short line without final punctuation,
// followed by a clearly longer paragraph. \r\n, \r and U+2029 line ends are accepted.
import type { Paragraph } from '../contract.ts';

const FINAL_PUNCT = /[.!?؟…:;؛،,"'”’»)\]\-–—]$/;
const MAX_HEADING_WORDS = 8;
const MAX_HEADING_CHARS = 80;

interface Line { start: number; end: number; blankBefore: boolean }

const isWs = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0 ||
  (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff || c === 0x200e || c === 0x200f;
const isBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

function lines(text: string): Line[] {
  const out: Line[] = [];
  const n = text.length;
  let i = 0;
  let blank = false;
  while (i < n) {
    let j = i;
    while (j < n && !isBreak(text.charCodeAt(j))) j++;
    let s = i;
    let e = j;
    while (s < e && isWs(text.charCodeAt(s))) s++;
    while (e > s && isWs(text.charCodeAt(e - 1))) e--;
    if (e > s) {
      out.push({ start: s, end: e, blankBefore: blank && out.length > 0 });
      blank = false;
    } else if (i > 0) blank = true;
    // \r\n is one line end
    i = j + (text.charCodeAt(j) === 0x0d && text.charCodeAt(j + 1) === 0x0a ? 2 : 1);
  }
  return out;
}

function wordCount(text: string, l: { start: number; end: number }): number {
  let w = 1;
  for (let i = l.start; i < l.end; i++) if (isWs(text.charCodeAt(i)) && !isWs(text.charCodeAt(i + 1))) w++;
  return w;
}

const isShortUnpunctuated = (text: string, l: { start: number; end: number }) =>
  l.end - l.start <= MAX_HEADING_CHARS && wordCount(text, l) <= MAX_HEADING_WORDS && !FINAL_PUNCT.test(text[l.end - 1]);

export function splitParagraphs(text: string): Paragraph[] {
  const ls = lines(text);
  // Blank-line-separated text is hard-wrapped when most line breaks inside its blocks fall mid-sentence
  // (after a long line with no final punctuation); then the wrapped lines are joined.
  let wrapped = false;
  if (ls.some((l) => l.blankBefore)) {
    let inner = 0;
    let midSentence = 0;
    for (let k = 1; k < ls.length; k++) {
      if (ls[k].blankBefore) continue;
      inner++;
      const prev = ls[k - 1];
      if (!FINAL_PUNCT.test(text[prev.end - 1]) && !isShortUnpunctuated(text, prev)) midSentence++;
    }
    wrapped = inner > 0 && midSentence * 2 >= inner;
  }
  const paras: { start: number; end: number }[] = [];
  for (let k = 0; k < ls.length; k++) {
    const l = ls[k];
    const prev = paras[paras.length - 1];
    const prevLine = ls[k - 1];
    const continues = wrapped && prev !== undefined && !l.blankBefore && prev.end === prevLine.end &&
      !FINAL_PUNCT.test(text[prevLine.end - 1]) && !isShortUnpunctuated(text, prevLine);
    if (continues) prev.end = l.end;
    else paras.push({ start: l.start, end: l.end });
  }
  return paras.map((p, k) => {
    const next = paras[k + 1];
    const len = p.end - p.start;
    const heading = next !== undefined && isShortUnpunctuated(text, p) && next.end - next.start > len * 2 &&
      !isShortUnpunctuated(text, next);
    return { start: p.start, end: p.end, heading };
  });
}
