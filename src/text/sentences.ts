// Sentence splitting over tokens: . ؟ ? ! … ؛ and paragraph ends (every line break ends a paragraph);
// never inside quotations, after abbreviations (د. أ.د. م. ص.) or inside numbers (the tokenizer keeps 3.5
// and ٣٫٥ whole). A quotation mark left open until the end of its paragraph did not open a quotation
// (a stray or apostrophe-like mark), so the text after it is split normally.
import type { Paragraph, Sentence } from '../contract.ts';
import type { Token } from './tokenize.ts';

const ENDERS = new Set(['.', '؟', '?', '!', '…', '؛', '‼', '⁉', '؟!']);
/** Latin short forms written with a period that does not end a sentence (any single Arabic letter also is one). */
const ABBREVIATIONS = new Set(['Dr', 'Mr', 'Mrs', 'Ms', 'St', 'No', 'Prof', 'Jr', 'Sr', 'vs', 'etc']);
/** Era markers after a year: "عام 2020 م." — the period ends the sentence. */
const ERA = new Set(['م', 'ه', 'هـ']);
const OPEN_QUOTES = new Map([['«', '»'], ['“', '”'], ['‹', '›'], ['„', '“'], ['‘', '’'], ['❝', '❞']]);
const CLOSE_QUOTES = new Set(['»', '”', '›', '’', '❞']);
const STRAIGHT = new Set(['"', "'"]);

/** A single Arabic letter, possibly with a tatweel (هـ): د. م. ص. أ.د. أ.ف.ب. */
const isLetterAbbreviation = (t: Token) => t.kind === 'word' && t.norm.length === 1;

const isEnder = (t: Token) => t.kind === 'punct' && (ENDERS.has(t.text) || t.text.startsWith('..'));

export function splitSentences(text: string, tokens: Token[], paragraphs: Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  let p = 0;
  for (const para of paragraphs) {
    while (p < tokens.length && tokens[p].start < para.start) p++;
    let q = p;
    while (q < tokens.length && tokens[q].end <= para.end) q++;
    splitParagraph(tokens, p, q, para, out);
    p = q;
  }
  return out;
}

/**
 * protected[k - from] = true when token k lies inside a closed quotation of the paragraph. Quotations
 * nest (a stack of open marks); one left open at the paragraph end protects nothing. Linear time.
 */
// scratch buffers reused across paragraphs (typed-array allocation per paragraph dominated short texts)
let deltaBuf = new Int32Array(256);
let insideBuf = new Uint8Array(256);

function quotedTokens(tokens: Token[], from: number, to: number): Uint8Array {
  const len = to - from + 1;
  if (deltaBuf.length < len) { deltaBuf = new Int32Array(len * 2); insideBuf = new Uint8Array(len * 2); }
  const depthDelta = deltaBuf;
  depthDelta.fill(0, 0, len);
  const stack: { k: number; close: string }[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind !== 'quote') continue;
    const x = t.text;
    const top = stack[stack.length - 1];
    if (top && top.close === x) {
      stack.pop();
      depthDelta[top.k - from + 1]++;
      depthDelta[k - from]--;
    } else if (STRAIGHT.has(x)) {
      stack.push({ k, close: x });
    } else if (OPEN_QUOTES.has(x)) {
      stack.push({ k, close: OPEN_QUOTES.get(x)! });
    } else if (CLOSE_QUOTES.has(x)) {
      // a closing mark that matches an outer opening closes the inner unclosed ones too
      let m = stack.length - 1;
      while (m >= 0 && stack[m].close !== x) m--;
      if (m >= 0) {
        const open = stack[m];
        stack.length = m;
        depthDelta[open.k - from + 1]++;
        depthDelta[k - from]--;
      }
    }
  }
  const inside = insideBuf;
  let depth = 0;
  for (let k = 0; k < to - from; k++) {
    depth += depthDelta[k];
    inside[k] = depth > 0 ? 1 : 0;
  }
  return inside;
}

function splitParagraph(tokens: Token[], from: number, to: number, para: Paragraph, out: Sentence[]): void {
  const inside = quotedTokens(tokens, from, to);
  let start = para.start;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind === 'quote' && !inside[k - from] && k > from && inside[k - 1 - from] && isEnder(tokens[k - 1]) &&
      tokens[k - 1].end === t.start && (k + 1 >= to || tokens[k + 1].kind !== 'punct')) {
      // «…كذا.» then a new sentence: the quotation's own final stop ends the sentence after the mark
      let end = t.end;
      let m = k + 1;
      while (m < to && tokens[m].start === end && tokens[m].text === ')') { end = tokens[m].end; m++; }
      if (end > start) out.push({ start, end });
      start = m < to ? tokens[m].start : para.end;
      k = m - 1;
      continue;
    }
    if (!isEnder(t) || inside[k - from]) continue;
    if (t.text === '.' && k > from) {
      const prev = tokens[k - 1];
      const standalone = k - 1 === from || tokens[k - 2].end < prev.start || tokens[k - 2].text === '.';
      if (prev.end === t.start && standalone && (ABBREVIATIONS.has(prev.text) || isLetterAbbreviation(prev))) {
        const afterYear = ERA.has(prev.text) && k - 2 >= from && tokens[k - 2].kind === 'number';
        if (!afterYear) continue;
      }
    }
    // keep further enders ("؟!") and closing quotes or brackets that follow the ender in this sentence
    let end = t.end;
    let m = k + 1;
    while (m < to && tokens[m].start === end && (isEnder(tokens[m]) || tokens[m].kind === 'quote' || tokens[m].text === ')')) {
      end = tokens[m].end;
      m++;
    }
    if (end > start) out.push({ start, end });
    start = m < to ? tokens[m].start : para.end;
    k = m - 1;
  }
  if (para.end > start) out.push({ start, end: para.end });
}
