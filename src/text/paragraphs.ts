// Paragraphs are non-empty lines; a heading is a short line with no final punctuation followed by a paragraph.
import type { Paragraph } from '../contract.ts';

const FINAL_PUNCT = /[.!?؟…:;؛،,"”»)\]]\s*$/;
const MAX_HEADING_WORDS = 8;

export function splitParagraphs(text: string): Paragraph[] {
  const lines: { start: number; end: number }[] = [];
  let i = 0;
  const n = text.length;
  while (i <= n) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = n;
    let s = i;
    let e = j;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) lines.push({ start: s, end: e });
    i = j + 1;
  }
  return lines.map((l, k) => {
    const line = text.slice(l.start, l.end);
    const words = line.split(/\s+/).length;
    const next = lines[k + 1];
    const nextIsLonger = next !== undefined && next.end - next.start > line.length * 2;
    const heading = words <= MAX_HEADING_WORDS && !FINAL_PUNCT.test(line) && nextIsLonger;
    return { start: l.start, end: l.end, heading };
  });
}
