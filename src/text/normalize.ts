// Normalisation for matching, never for display. The folded string keeps a map back to the original
// text so every match found in normalised text can be reported as a span of the original.
//
// Folds (documented in docs/text-layer.md):
//   harakat, Quranic marks, superscript alef and tatweel → removed
//   أ إ آ ٱ → ا    ى → ي    ة → ه    ؤ → و    ئ → ي    (hamza ء alone is kept)
//   Persian/Urdu letter variants ک ی ۀ ھ → ك ي ه ه
//   Arabic-Indic ٠-٩ and Persian ۰-۹ digits → 0-9;  ٫ → .  ٬ → ,
//   ، → ,   ؛ → ;   ؟ → ?   Latin letters → lower case
//   zero-width and bidi control characters → removed
//   Arabic presentation forms (ﻻ …) → their NFKC letters

/** Combining marks that are dropped: harakat, Quranic annotation signs, superscript alef. */
export const isArabicMark = (c: number): boolean =>
  (c >= 0x0610 && c <= 0x061a) || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed);

/** Invisible format characters that are dropped: ZWSP…RLM, bidi embeddings/isolates, BOM. */
const isInvisible = (c: number): boolean =>
  (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0xfeff;

const isDropped = (c: number): boolean => isArabicMark(c) || c === 0x0640 || isInvisible(c);

const FOLD = new Map<number, string>([
  ['أ', 'ا'], ['إ', 'ا'], ['آ', 'ا'], ['ٱ', 'ا'], ['ى', 'ي'], ['ة', 'ه'], ['ؤ', 'و'], ['ئ', 'ي'],
  ['٫', '.'], ['٬', ','], ['،', ','], ['؛', ';'], ['؟', '?'], ['ک', 'ك'], ['ی', 'ي'], ['ۀ', 'ه'], ['ھ', 'ه'],
].map(([k, v]) => [k.charCodeAt(0), v]));

/** Folded form of one UTF-16 unit (may be '' or several chars for presentation forms). */
function foldCode(c: number, ch: string): string {
  if (c < 0x41) return ch;
  if (c <= 0x5a) return String.fromCharCode(c + 32);
  if (c < 0x060c) return ch;
  const f = FOLD.get(c);
  if (f !== undefined) return f;
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(c - 0x0660 + 48);
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(c - 0x06f0 + 48);
  if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) {
    let out = '';
    const nf = ch.normalize('NFKC');
    if (nf === ch) return ch; // unassigned or non-decomposing (e.g. ornate parentheses)
    for (let k = 0; k < nf.length; k++) {
      const kc = nf.charCodeAt(k);
      if (!isDropped(kc) && kc !== 0x20) out += kc >= 0xfb50 ? nf[k] : foldCode(kc, nf[k]);
    }
    return out;
  }
  return ch;
}

/** Normalise a short string (a word, a lexicon entry, a query) without an offset map. */
export function normalize(s: string): string {
  // fast path: nothing to fold (common for already-normal words)
  let k = 0;
  for (; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (isDropped(c) || (c >= 0x41 && c <= 0x5a) || FOLD.has(c) || (c >= 0x0660 && c <= 0x0669) ||
      (c >= 0x06f0 && c <= 0x06f9) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) break;
  }
  if (k === s.length) return s;
  let out = s.slice(0, k);
  for (let i = k; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDropped(c)) continue;
    out += foldCode(c, s[i]);
  }
  return out;
}

// Lexicon strings (lemmas, canonical names) are normalised again and again per document: a bounded memo returns
// the same flat string each time, whose hash is then cached by the engine.
const NORM_MEMO_MAX = 50_000;
const normMemo = new Map<string, string>();
/** normalize(s), memoised: for strings that repeat (lexicon entries, entity names), not for running text. */
export function normalizeCached(s: string): string {
  let v = normMemo.get(s);
  if (v === undefined) {
    v = normalize(s);
    if (normMemo.size >= NORM_MEMO_MAX) normMemo.clear();
    normMemo.set(s, v);
  }
  return v;
}

export interface Normalized {
  /** The folded text. */
  text: string;
  /** map[i] = index in the original of folded char i; map[text.length] = original length. */
  map: Int32Array;
  /**
   * ends[i] = original offset just after folded char i, extended over the combining marks (harakat) that
   * follow it, so a span never separates a letter from its vowel signs.
   */
  ends: Int32Array;
}

/** Normalise a whole text keeping a map from folded offsets back to original offsets. */
export function normalizeWithMap(s: string): Normalized {
  const parts: string[] = [];
  // presentation forms can expand (ﷺ is 18 letters), so the maps grow when needed
  let map = new Int32Array(s.length + 1);
  let ends = new Int32Array(s.length + 1);
  let j = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDropped(c)) {
      // a mark after a kept char extends that char's end
      if (j > 0 && isArabicMark(c) && ends[j - 1] === i) ends[j - 1] = i + 1;
      continue;
    }
    const f = foldCode(c, s[i]);
    parts.push(f);
    if (j + f.length >= map.length) {
      const size = Math.max(map.length * 2, j + f.length + 1);
      const m2 = new Int32Array(size);
      m2.set(map);
      map = m2;
      const e2 = new Int32Array(size);
      e2.set(ends);
      ends = e2;
    }
    for (let k = 0; k < f.length; k++) {
      map[j] = i;
      ends[j] = i + 1;
      j++;
    }
  }
  map[j] = s.length;
  ends[j] = s.length;
  return { text: parts.join(''), map: map.slice(0, j + 1), ends: ends.slice(0, j + 1) };
}

/** Map a [start,end) range of folded text back to the original text. */
export function toOriginal(n: Normalized, start: number, end: number): { start: number; end: number } {
  const s = n.map[start];
  // end maps to one past the original char of the last folded char (and its harakat)
  const e = end > start ? n.ends[end - 1] : s;
  return { start: s, end: e };
}

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/;
export const isArabicLetter = (ch: string): boolean => ARABIC_LETTER.test(ch);

/** Share of letters that are Arabic (0..1), used to warn about non-Arabic input. */
export function arabicShare(text: string): number {
  let ar = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff) ||
      (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) {
      ar++;
      letters++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
    else if (c >= 0xc0 && /\p{L}/u.test(text[i])) letters++;
  }
  return letters === 0 ? 0 : ar / letters;
}
