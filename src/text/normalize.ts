// Normalisation for matching, never for display. The folded string keeps a map back to the original
// text so every match found in normalised text can be reported as a span of the original.
//
// Folds (documented in docs/text-layer.md):
//   harakat, Quranic marks, superscript alef and tatweel → removed
//   أ إ آ ٱ → ا    ى → ي    ة → ه    ؤ → و    ئ → ي    (hamza ء alone is kept)
//   Arabic-Indic ٠-٩ and Persian ۰-۹ digits → 0-9;  ٫ → .  ٬ → ,
//   ، → ,   ؛ → ;   ؟ → ?   Latin letters → lower case
//   zero-width and bidi control characters → removed
//   Arabic presentation forms (ﻻ …) → their NFKC letters

const DROP = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

const FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي',
  '٫': '.', '٬': ',', '،': ',', '؛': ';', '؟': '?', 'ک': 'ك', 'ی': 'ي', 'ۀ': 'ه', 'ھ': 'ه',
};

function foldChar(ch: string): string {
  const f = FOLD[ch];
  if (f !== undefined) return f;
  const c = ch.charCodeAt(0);
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(c - 0x0660 + 48);
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(c - 0x06f0 + 48);
  if (c >= 0x41 && c <= 0x5a) return String.fromCharCode(c + 32);
  if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) {
    let out = '';
    for (const k of ch.normalize('NFKC')) out += foldChar(k);
    return out;
  }
  return ch;
}

/** Normalise a short string (a word, a lexicon entry, a query) without an offset map. */
export function normalize(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (DROP.test(ch)) continue;
    out += foldChar(ch);
  }
  return out;
}

export interface Normalized {
  /** The folded text. */
  text: string;
  /** map[i] = index in the original of folded char i; map[text.length] = original length. */
  map: Int32Array;
}

/** Normalise a whole text keeping a map from folded offsets back to original offsets. */
export function normalizeWithMap(s: string): Normalized {
  const parts: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (DROP.test(ch)) continue;
    const f = foldChar(ch);
    parts.push(f);
    for (let k = 0; k < f.length; k++) map.push(i);
  }
  map.push(s.length);
  return { text: parts.join(''), map: Int32Array.from(map) };
}

/** Map a [start,end) range of folded text back to the original text. */
export function toOriginal(n: Normalized, start: number, end: number): { start: number; end: number } {
  const s = n.map[start];
  // end maps to one past the original char of the last folded char
  const e = end > start ? n.map[end - 1] + 1 : s;
  return { start: s, end: e };
}

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/;
export const isArabicLetter = (ch: string): boolean => ARABIC_LETTER.test(ch);

/** Share of letters that are Arabic (0..1), used to warn about non-Arabic input. */
export function arabicShare(text: string): number {
  let ar = 0;
  let letters = 0;
  for (const ch of text) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (ARABIC_LETTER.test(ch)) ar++;
    }
  }
  return letters === 0 ? 0 : ar / letters;
}
