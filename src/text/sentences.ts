// Sentence splitting over tokens: . ؟ ? ! … ؛ and paragraph ends; never inside quotations, after
// abbreviations (د. أ.د. م. ص.) or inside numbers (the tokenizer keeps 3.5 whole).
import type { Paragraph, Sentence } from '../contract.ts';
import type { Token } from './tokenize.ts';

const ENDERS = new Set(['.', '؟', '?', '!', '…', '؛', '...']);
const ABBREVIATIONS = new Set(['د', 'م', 'ص', 'ه', 'هـ', 'أ', 'ا', 'ج', 'ق', 'Dr', 'Mr', 'Mrs', 'St', 'No']);
const OPEN_QUOTES = new Set(['«', '“', '‹']);
const CLOSE_QUOTES = new Set(['»', '”', '›']);

export function splitSentences(text: string, tokens: Token[], paragraphs: Paragraph[]): Sentence[] {
  const out: Sentence[] = [];
  let p = 0;
  for (const para of paragraphs) {
    // tokens of this paragraph
    while (p < tokens.length && tokens[p].start < para.start) p++;
    let q = p;
    while (q < tokens.length && tokens[q].end <= para.end) q++;
    splitParagraph(tokens, p, q, para, out);
    p = q;
  }
  return out;
}

function splitParagraph(tokens: Token[], from: number, to: number, para: Paragraph, out: Sentence[]): void {
  let start = para.start;
  let depth = 0; // guillemet/curly nesting
  let straightOpen = false; // inside "…"
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.kind === 'quote') {
      if (OPEN_QUOTES.has(t.text)) depth++;
      else if (CLOSE_QUOTES.has(t.text)) depth = Math.max(0, depth - 1);
      else if (t.text === '"') straightOpen = !straightOpen;
      continue;
    }
    if (t.kind !== 'punct' || !ENDERS.has(t.text)) continue;
    if (depth > 0 || straightOpen) continue;
    if (t.text === '.' && k > from) {
      const prev = tokens[k - 1];
      if (prev.end === t.start && ABBREVIATIONS.has(prev.text)) continue;
    }
    // keep a closing quote or bracket that follows the ender in this sentence
    let end = t.end;
    let m = k + 1;
    while (m < to && (tokens[m].kind === 'quote' || tokens[m].text === ')') && tokens[m].start === end) { end = tokens[m].end; m++; }
    if (end > start) out.push({ start, end });
    start = m < to ? tokens[m].start : para.end;
    k = m - 1;
  }
  if (para.end > start) out.push({ start, end: para.end });
}
