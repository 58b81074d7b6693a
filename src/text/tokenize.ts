// Tokenizer: one linear pass over the original text. Tokens keep UTF-16 offsets into the original.
import { normalize } from './normalize.ts';

export type TokenKind = 'word' | 'number' | 'latin' | 'punct' | 'quote' | 'dash' | 'symbol';

export interface Token {
  /** Position in doc.tokens. */
  i: number;
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** Normalised form (see normalize.ts), for matching. */
  norm: string;
}

const QUOTES = new Set(['"', '“', '”', '«', '»', '‹', '›', "'", '‘', '’', '„', '‟', '❝', '❞']);
const DASHES = new Set(['–', '—', '‒', '―', 'ـ', '-', '−']);

const isArabicWordChar = (c: number): boolean =>
  (c >= 0x0621 && c <= 0x065f) || c === 0x0670 || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x06d6 && c <= 0x06ed) ||
  (c >= 0x06fa && c <= 0x06ff) || c === 0x0640 || c === 0x200c || c === 0x200d ||
  (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
const isArabicLetterCode = (c: number): boolean =>
  (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff) ||
  (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
const isDigit = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
const isLatin = (c: number): boolean =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
const isSpace = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0 ||
  c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 ||
  c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  const push = (start: number, end: number, kind: TokenKind) => {
    const t = text.slice(start, end);
    tokens.push({ i: tokens.length, start, end, text: t, kind, norm: kind === 'word' || kind === 'latin' ? normalize(t) : kind === 'number' ? normalize(t) : t });
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) { i++; continue; }
    const start = i;
    if (c === 0x0640) {
      // A tatweel that starts a token is a dash ("الكاظمي ـ حضر ـ", "ـحضر"); after letters it belongs to the
      // word ("لـ"), which the word loop below consumes.
      while (i < n && text.charCodeAt(i) === 0x0640) i++;
      push(start, i, 'dash');
      continue;
    }
    if (isArabicWordChar(c)) {
      let hasLetter = false;
      while (i < n && isArabicWordChar(text.charCodeAt(i))) {
        if (isArabicLetterCode(text.charCodeAt(i))) hasLetter = true;
        i++;
      }
      if (hasLetter) { push(start, i, 'word'); continue; }
      // only marks or joiners without a letter
      push(start, i, 'symbol');
      continue;
    }
    if (isDigit(c)) {
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      // decimals and thousands inside a number: 3.5, ٣٫٥, 1,000, ١٬٠٠٠
      while (i + 1 < n && '.,٫٬'.includes(text[i]) && isDigit(text.charCodeAt(i + 1))) {
        i++;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
      }
      push(start, i, 'number');
      continue;
    }
    if (isLatin(c)) {
      while (i < n && (isLatin(text.charCodeAt(i)) || isDigit(text.charCodeAt(i)) ||
        (("'’-".includes(text[i])) && i + 1 < n && isLatin(text.charCodeAt(i + 1))) ||
        (text[i] === '-' && i + 1 < n && isDigit(text.charCodeAt(i + 1))))) i++;
      push(start, i, 'latin');
      continue;
    }
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    i += ch.length;
    if (ch === '.' && text.startsWith('..', i)) { while (text[i] === '.') i++; push(start, i, 'punct'); continue; }
    if (QUOTES.has(ch)) push(start, i, 'quote');
    else if (DASHES.has(ch)) push(start, i, 'dash');
    else if (/[\p{P}]/u.test(ch)) push(start, i, 'punct');
    else push(start, i, 'symbol');
  }
  return tokens;
}
