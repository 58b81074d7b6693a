// Romanisation for names the lexicon does not know. Scheme (documented in data/entities/README.md):
// a simplified news transliteration without diacritics — consonants map one-to-one (ث th, ج j, ح h,
// خ kh, ذ dh, ش sh, ص s, ض d, ط t, ظ z, ع ', غ gh, ق q), long vowels ا/ى → a, و → u/w, ي → i/y, ة → a,
// the article ال → "al-" (sun letters not assimilated), words capitalised; short vowels are not written
// in Arabic so none are inserted except "a" between two consonants at a word's start.
const MAP: Record<string, string> = {
  'ء': "'", 'أ': 'a', 'إ': 'i', 'آ': 'aa', 'ٱ': 'a', 'ا': 'a', 'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh',
  'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': "'",
  'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'ة': 'a', 'ى': 'a', 'ؤ': "'u", 'ئ': "'i",
  'پ': 'p', 'چ': 'ch', 'ژ': 'zh', 'گ': 'g', 'ک': 'k', 'ی': 'i',
};
const VOWEL_LIKE = new Set(['ا', 'و', 'ي', 'ى', 'أ', 'إ', 'آ', 'ة']);

function romanizeWord(w: string): string {
  let word = w.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
  let prefix = '';
  if (word.startsWith('ال') && word.length > 3) {
    prefix = 'al-';
    word = word.slice(2);
  }
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const prev = i > 0 ? word[i - 1] : '';
    const next = i + 1 < word.length ? word[i + 1] : '';
    if (ch === 'و') out += i === 0 || VOWEL_LIKE.has(next) ? 'w' : VOWEL_LIKE.has(prev) ? 'w' : 'u';
    else if (ch === 'ي') out += i === 0 || VOWEL_LIKE.has(next) ? 'y' : i === word.length - 1 ? 'i' : VOWEL_LIKE.has(prev) ? 'y' : 'i';
    else out += MAP[ch] ?? ch;
    // insert a short vowel between the first two consonants (Arabic does not write it)
    if (i === 0 && next && !VOWEL_LIKE.has(ch) && !VOWEL_LIKE.has(next) && MAP[ch]) out += 'a';
  }
  out = out.replace(/'+/g, "'");
  const cap = (s: string) => s.replace(/[a-z]/, (c) => c.toUpperCase());
  return prefix ? prefix + cap(out) : cap(out);
}

export function romanize(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map(romanizeWord)
    .join(' ')
    .replace(/^al-/, 'Al-');
}
