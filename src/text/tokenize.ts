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
  /**
   * The interned word form shared by every token with the same text (and kind): later stages memoise facts
   * about a distinct form on it (see `memoSlot`) instead of re-analysing the same string per token.
   */
  form: WordForm;
}

/**
 * One distinct token text, interned process-wide. `text` and `norm` are shared string objects, so Map/Set
 * lookups keyed by them reuse the string's cached hash. `memo[slot]` holds per-stage derived data.
 */
export interface WordForm {
  readonly text: string;
  readonly norm: string;
  readonly kind: TokenKind;
  readonly memo: unknown[];
}

// Words repeat (Zipf): a bounded intern table, open addressing on a hash computed from the text's own
// code units, so a word seen before costs neither a slice nor a string hash. Cleared when half full (tokens
// keep their own WordForm objects).
const TABLE_BITS = 18;
const TABLE_SIZE = 1 << TABLE_BITS;
const INTERN_MAX = TABLE_SIZE >> 2;
let hashes = new Int32Array(TABLE_SIZE);
let entries: (WordForm | undefined)[] = new Array(TABLE_SIZE).fill(undefined);
let count = 0;
let slots = 0;

/** Reserve a memo slot on every WordForm (call once at module load). */
export function memoSlot(): number {
  return slots++;
}

function sameText(f: WordForm, text: string, start: number, end: number): boolean {
  const t = f.text;
  if (t.length !== end - start) return false;
  for (let k = 0; k < t.length; k++) if (t.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

function internForm(text: string, start: number, end: number, kind: TokenKind): WordForm {
  let h = kind.length;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  const mask = TABLE_SIZE - 1;
  h = h === 0 ? 1 : h; // 0 marks an empty slot
  let p = (h ^ (h >>> TABLE_BITS)) & mask;
  for (;;) {
    const hp = hashes[p];
    if (hp === 0) break;
    if (hp === h) {
      const f = entries[p]!;
      if (f.kind === kind && sameText(f, text, start, end)) return f;
    }
    p = (p + 1) & mask;
  }
  const t = text.slice(start, end);
  // a slice ≥ 13 chars may be a view into the whole article: keep a flat copy so the table never pins a text
  const own = t.length >= 13 ? (' ' + t).slice(1) : t;
  const norm = kind === 'word' || kind === 'latin' || kind === 'number' ? normalize(own) : own;
  // a packed array with every reserved slot present: in-bounds loads stay fast
  const memo: unknown[] = [];
  for (let k = 0; k < Math.max(slots, 4); k++) memo.push(undefined);
  const f: WordForm = { text: own, norm, kind, memo };
  if (count >= INTERN_MAX) {
    hashes = new Int32Array(TABLE_SIZE);
    entries = new Array(TABLE_SIZE).fill(undefined);
    count = 0;
    p = (h ^ (h >>> TABLE_BITS)) & mask;
  }
  hashes[p] = h;
  entries[p] = f;
  count++;
  return f;
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
    const f = internForm(text, start, end, kind);
    tokens.push({ i: tokens.length, start, end, text: f.text, kind, norm: f.norm, form: f });
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
