import { loadTsv } from '../lexicon/tsv.ts';
import { normalize } from '../text/normalize.ts';

// Romanisation for names the lexicon does not know: word by word, the conventional spelling of a known name word
// (data/entities/latin-words.tsv, then the words of people.tsv whose Latin aligns word for word, and one-word places),
// else letters. Scheme (documented in data/entities/README.md):
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

// Particles written apart from the word they open ("عبد الله"); the pair is looked up joined ("عبدالله").
const OPENERS = new Set(['عبد', 'ابو']);

// Letters that can open the same sound in English-press spellings; vowels and ' open alike.
const ONSET_CLASSES = ['aeiou\'', 'qkgc', 'jgdy', 'dzt', 'sczt', 'hk', 'wvou', 'fp', 'bp', 'l', 'm', 'n', 'r'];
/** Whether an aligned Latin word plausibly spells the Arabic word (not a translation: "المنطقة الخضراء" ≠ "Green Zone"). */
function sameOnset(ar: string, latin: string): boolean {
  const a = romanizeWord(ar).replace(/^al-/i, '').charAt(0).toLowerCase();
  const l = latin.replace(/^(al|el)-/i, '').charAt(0).toLowerCase();
  return a === l || ONSET_CLASSES.some((c) => c.includes(a) && c.includes(l));
}

let table: Map<string, string> | null = null;
/** normalised word → Latin spelling: hand rows first, then the majority spelling of aligned lexicon names. */
function wordTable(): Map<string, string> {
  if (table) return table;
  const votes = new Map<string, Map<string, number>>();
  const vote = (ar: string, la: string) => {
    const key = normalize(ar);
    const byLatin = votes.get(key) ?? new Map<string, number>();
    byLatin.set(la, (byLatin.get(la) ?? 0) + 1);
    votes.set(key, byLatin);
  };
  for (const file of ['entities/people.tsv', 'entities/places.tsv']) {
    for (const row of loadTsv(file)) {
      const ar = (row.name ?? '').split(/\s+/).filter(Boolean);
      const la = (row.latin ?? '').split(/\s+/).filter(Boolean);
      // only names transliterated word for word; Latin words must be plain letters (no "W.", no translations)
      // a multi-word place name mixes translated heads with names ("قاعدة حميميم" → "Hmeimim Air Base")
      if (file.endsWith('places.tsv') && ar.length > 1) continue;
      if (ar.length !== la.length || !la.every((w, i) => /^[A-Za-z'-]{2,}$/.test(w) && sameOnset(ar[i], w))) continue;
      ar.forEach((w, i) => vote(w, la[i]));
    }
  }
  table = new Map();
  for (const [key, byLatin] of votes) {
    let best = '';
    let most = 0;
    for (const [la, n] of byLatin) if (n > most) [best, most] = [la, n];
    table.set(key, best);
  }
  for (const row of loadTsv('entities/latin-words.tsv')) table.set(normalize(row.word), row.latin);
  return table;
}

/** The known spelling of a word, with or without its article ("الكاظمي" → "al-Kadhimi"). */
function knownWord(word: string): string | undefined {
  const t = wordTable();
  const key = normalize(word.replace(/[\u064B-\u065F\u0670\u0640]/g, ''));
  const hit = t.get(key);
  if (hit) return hit;
  if (key.startsWith('ال') && key.length > 3) {
    const stem = t.get(key.slice(2));
    if (stem) return `al-${stem.replace(/^al-/i, '')}`;
  }
  return undefined;
}

export function romanize(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1];
    if (next && OPENERS.has(normalize(words[i]))) {
      const joined = knownWord(words[i] + next);
      if (joined) {
        out.push(joined);
        i++;
        continue;
      }
      // an unknown "عبد X" keeps X's article out of the middle of the name: "Abdel Wahab"
      out.push(knownWord(words[i]) ?? romanizeWord(words[i]));
      const bare = normalize(next).startsWith('ال') && next.length > 3 ? next.slice(2) : next;
      out.push(knownWord(bare) ?? romanizeWord(bare));
      i++;
      continue;
    }
    out.push(knownWord(words[i]) ?? romanizeWord(words[i]));
  }
  return out.join(' ').replace(/^al-/, 'Al-');
}
