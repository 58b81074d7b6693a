import { createRequire } from 'node:module';
import { loadTsv } from '../lexicon/tsv.ts';
import { normalize } from '../text/normalize.ts';

// Romanisation for names the lexicon does not know whole, word by word (convention in the header of
// data/entities/latin-vocab.tsv: a simplified scholarly transliteration in the English-press style):
//   1. a word with a known spelling: latin-words.tsv (name words), latin-vocab.tsv (the vocabulary of organisation and
//      place names, nisbas, Arab-world places, particles), the majority spelling of the word in people.tsv names whose
//      Latin aligns word for word, one-word places, and the English names of other countries (world-countries);
//      in a person's name an aligned surname keeps its press spelling (المصري → al-Masri, not al-Misri);
//   2. a clitic و/لل/بال/ل/ب before a known word ("والشؤون" → "wal-Shu'un", "للانتخابات" → "lil-Intikhabat");
//   3. an acronym spelled in letter names (latin-letters.tsv: "بي بي سي" → BBC);
//   4. else the word's pattern gives its short vowels (تفعيل → taf'il, مفعول → maf'ul, افتعال → ifti'al, suffixes
//      -iya/-at/-in/-un), and failing a pattern a syllable repair keeps consonant clusters pronounceable.
// An -a noun heading a construct takes -at ("Wizarat al-Mawarid"); an adjective, a particle or a preposition next
// does not, nor does any word of a person's name. Each word says where its spelling came from (romanizeExplained).

type Pos = 'n' | 'adj' | 'name' | '';
interface Entry { latin: string; pos: Pos; src: string }
interface Part { latin: string; src: string; pos: Pos; known: boolean }

const HARAKAT = /[\u064B-\u0650\u0652-\u065F\u0670\u0640]/g; // all marks except shadda (U+0651), kept to double a letter

// consonant values; hamza seats and ayn are ' (dropped at the start of a word)
const CONS: Record<string, string> = {
  'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's',
  'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': "'", 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l',
  'م': 'm', 'ن': 'n', 'ه': 'h', 'و': 'w', 'ي': 'y', 'ء': "'", 'أ': "'", 'إ': "'", 'ؤ': "'", 'ئ': "'", 'آ': "'",
  'پ': 'p', 'چ': 'ch', 'ژ': 'zh', 'گ': 'g', 'ک': 'k', 'ی': 'y', 'ڤ': 'v', 'ة': 'h', 'ŋ': 'ng',
};

// Suffixes read off before the stem's pattern, longest first; min = shortest stem left.
const SUFFIXES: [string, string, number][] = [
  ['يات', 'iyat', 2], ['يين', 'iyin', 2], ['يون', 'iyun', 2], ['ية', 'iya', 2], ['ات', 'at', 3], ['ين', 'in', 3],
  ['ون', 'un', 3], ['ان', 'an', 3], ['اء', 'a', 2], // final hamza after a long vowel is not written: al-Wuzara
  ['ة', 'a', 2], ['ي', 'i', 2], ['ى', 'a', 2],
];

// Stem patterns: digits are root consonants (any letter but ا ى ة و ي), Arabic letters literal; the Latin
// template gives the short vowels. Tried in order (longer and more literal first).
const PATTERNS: [string, string, string?][] = [
  // with -a, م1ا23 is the verbal noun mufa'ala ("محاكمة" → Muhakama), not a plural
  ['م1ا23', 'mu1a2a3', 'ة'], ['م1ا23', 'mu1a2a3', 'ات'],
  // with a sound plural or nisba ending it is the participle mufa'il ("محافظين", "مساعدي")
  ['م1ا23', 'mu1a2i3', 'ين'], ['م1ا23', 'mu1a2i3', 'ون'], ['م1ا23', 'mu1a2i3', 'ي'],
  // before a nisba, 12ا3 is mostly fa'al ("الجمالية" → al-Jamaliya), not fi'al
  ['12ا3', '1a2a3', 'ية'], ['12ا3', '1a2a3', 'ي'],
  ['است12ا3', 'isti12a3'], ['مست12ا3', 'musta12a3'], ['مست1ا2', 'musta1a2'],
  ['ا1ت2ا3', 'i1ti2a3'], ['ان12ا3', 'in1i2a3'], ['مست123', 'musta12i3'], ['مت1ا23', 'muta1a2i3'],
  ['ات1ا2', 'itti1a2'], ['ا12ا3', 'i12a3'], ['ت12ي3', 'ta12i3'], ['ت1ا23', 'ta1a2u3'], ['م12و3', 'ma12u3'],
  ['م1ا23', 'ma1a2i3'], ['م1ت23', 'mu1ta2a3'], ['مت123', 'muta1a22i3'], ['مست12', 'musta1i22'], ['1وا23', '1awa2i3'],
  ['1ا2و3', '1a2u3'], ['م12ا3', 'mi12a3'], ['12ا34', '1a2a3i4'],
  ['1ا23', '1a2i3'], ['12ا3', '1i2a3'], ['12ي3', '1a2i3'], ['12و3', '1u2u3'], ['م123', 'ma12a3'], ['ا123', 'a12a3'],
  ['ت123', 'ta1a22u3'],
  ['1234', '1a23a4'],
  ['123', '1a23'],
];

const bare = (w: string) => w.replace(HARAKAT, '').replace(/\u0651/g, '');

interface Letter { ch: string; dbl: boolean }

function letters(word: string): Letter[] {
  const out: Letter[] = [];
  for (const ch of word.replace(HARAKAT, '')) {
    if (ch === '\u0651') { if (out.length) out[out.length - 1].dbl = true; continue; }
    out.push({ ch, dbl: false });
  }
  return out;
}

const isRadical = (ch: string) => ch in CONS && ch !== 'و' && ch !== 'ي' && ch !== 'ة';
const cons = (l: Letter) => (l.dbl ? CONS[l.ch] + CONS[l.ch] : CONS[l.ch]);

// compiled once: the pattern's letters, bucketed by length
const COMPILED = new Map<number, { pat: string; chars: string[]; tpl: string; suf?: string }[]>();
for (const [pat, tpl, suf] of PATTERNS) {
  const chars = [...pat];
  const bucket = COMPILED.get(chars.length) ?? [];
  bucket.push({ pat, chars, tpl, suf });
  COMPILED.set(chars.length, bucket);
}

function matchPattern(stem: Letter[], suffix = ''): [string, string] | undefined {
  const root: Record<string, Letter> = {};
  for (const { pat, chars, tpl, suf } of COMPILED.get(stem.length) ?? []) {
    if (suf !== undefined && suf !== suffix) continue;
    let ok = true;
    for (let i = 0; i < chars.length && ok; i++) {
      const p = chars[i];
      const ch = i === 0 && 'أإآ'.includes(stem[i].ch) ? 'ا' : stem[i].ch;
      if (p >= '1' && p <= '4') {
        // و/ي are long vowels, except beside ا where they are consonants ("مفاوضات", "احتياط")
        const glide = (ch === 'و' || ch === 'ي') && (stem[i - 1]?.ch === 'ا' || stem[i + 1]?.ch === 'ا');
        if (!isRadical(ch) && !glide) ok = false;
        else root[p] = stem[i];
      } else if (p !== ch) ok = false;
    }
    if (!ok) continue;
    let latin = '';
    for (const t of tpl) latin += t >= '1' && t <= '4' ? cons(root[t]) : t;
    // a written hamza on the opening alif gives its vowel: إنتاج i-, أعداد a-
    if (chars[0] === 'ا' && (stem[0].ch === 'أ' || stem[0].ch === 'إ')) latin = (stem[0].ch === 'أ' ? 'a' : 'i') + latin.slice(1);
    // a doubled template radical ("22") already doubles; a written shadda on it would triple
    return [pat, latin.replace(/(.)\1\1/g, '$1$1')];
  }
  return undefined;
}

/** Letters to a pronounceable Latin word: و/ي are vowels between consonants; clusters get an 'a'. */
function syllables(ls: Letter[], vowelNext = false): string {
  let out = '';
  let run = 0; // consonants since the last vowel
  let vowelSeen = false;
  const addCons = (c: string) => {
    if (run >= 2 || (run === 1 && !vowelSeen)) { out += 'a'; run = 0; vowelSeen = true; }
    out += c;
    run++;
  };
  const addVowel = (v: string) => { out += v; run = 0; vowelSeen = true; };
  ls.forEach((l, i) => {
    const prevCons = i > 0 && run > 0;
    const next = ls[i + 1];
    const nextCons = next ? next.ch !== 'ا' && next.ch !== 'ى' && next.ch !== 'ة' : !vowelNext;
    if (l.ch === 'آ' && i > 0) { addCons("'"); addVowel('a'); } // a hamza and a long a
    else if (l.ch === 'ا' || l.ch === 'ى') addVowel('a');
    else if (i === 0 && 'أآ'.includes(l.ch)) addVowel('a');
    else if (i === 0 && l.ch === 'إ') addVowel('i');
    else if ((l.ch === 'و' || l.ch === 'ي') && prevCons && nextCons && !l.dbl) addVowel(l.ch === 'و' ? 'u' : 'i');
    else if (l.ch === 'ة') addVowel('a');
    else if (l.ch in CONS) addCons(cons(l));
    else addVowel(l.ch);
  });
  return out;
}

function tidy(latin: string): string {
  const s = latin
    .replace(/'+/g, "'")
    .replace(/^'+/, '')
    .replace(/([aiu])\1\1+/g, '$1$1');
  // a word of a lone hamza or ayn keeps its sign
  return s ? s.replace(/[a-z]/, (c) => c.toUpperCase()) : "'";
}

/** An unknown bare word (no article, no clitic): suffix, stem pattern, else syllables. */
function vocalize(word: string): { latin: string; src: string } {
  const ls = letters(word);
  // a foreign final -ng written نغ or نج after a long vowel ("يانغ" → Yang, "هونج" → Hung)
  const n = ls.length;
  if (n >= 3 && ls[n - 2].ch === 'ن' && 'غج'.includes(ls[n - 1].ch) && 'اوي'.includes(ls[n - 3].ch)) ls.splice(n - 2, 2, { ch: 'ŋ', dbl: false });
  if (!ls.length) return { latin: word, src: 'latin:letters' };
  if (ls.some((l) => !(l.ch in CONS) && !'اىآأإ'.includes(l.ch))) return { latin: tidy(syllables(ls)), src: 'latin:letters' };
  const text = ls.map((l) => l.ch).join('');
  for (const [suf, la, min] of SUFFIXES) {
    if (!text.endsWith(suf) || ls.length - suf.length < min) continue;
    const stem = ls.slice(0, ls.length - suf.length);
    // after a stem-final ا the suffix's ي is a consonant: ولاية → wala-ya, not wala-iya
    const la2 = stem[stem.length - 1].ch === 'ا' && suf.startsWith('ي') ? la.replace(/^i/, 'y') : la;
    const hit = matchPattern(stem, suf);
    const body = hit ? hit[1] : syllables(stem, /^[aiu]/.test(la2));
    // a stem ending in a vowel letter ("وادي" → "Wad" + i) joins without doubling the vowel
    return { latin: tidy(join(body, la2)), src: hit ? `latin:pattern:${hit[0]}+${suf}` : `latin:letters+${suf}` };
  }
  const hit = matchPattern(ls);
  if (hit) return { latin: tidy(hit[1]), src: `latin:pattern:${hit[0]}` };
  return { latin: tidy(syllables(ls)), src: 'latin:letters' };
}

const join = (a: string, b: string) => (/[aiu]$/.test(a) && a.slice(-1) === b[0] ? a + b.slice(1) : a + b);

// Particles written apart from the word they open ("عبد الله"); the pair is looked up joined ("عبدالله").
const OPENERS = new Set(['عبد', 'ابو']);

// Letters that can open the same sound in English-press spellings; vowels and ' open alike.
const ONSET_CLASSES = ['aeiou\'', 'qkgc', 'jgdy', 'dzt', 'sczt', 'hk', 'wvou', 'fp', 'bp', 'l', 'm', 'n', 'r'];
/** Whether an aligned Latin word plausibly spells the Arabic word (not a translation: "المنطقة الخضراء" ≠ "Green Zone"). */
function sameOnset(ar: string, latin: string): boolean {
  const w = bare(ar);
  const first = (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w).charAt(0);
  const a = 'اأإآعءؤئ'.includes(first) ? "'" : (CONS[first] ?? first).charAt(0);
  const l = latin.replace(/^(al|el)-/i, '').charAt(0).toLowerCase();
  return a === l || ONSET_CLASSES.some((c) => c.includes(a) && c.includes(l));
}

let table: Map<string, Entry> | null = null;
// rows with match=exact: only the written form (marks kept), for words normalisation would merge (عُمان / عمّان, الآن / آلان)
const exact = new Map<string, Entry>();
// spellings aligned from people.tsv/places.tsv alone: a person's surname keeps its press spelling (المصري → al-Masri)
const aligned = new Map<string, Entry>();
/** normalised word → spelling; later sources win: aligned people/places, countries (only new words), vocab, name words. */
function wordTable(): Map<string, Entry> {
  if (table) return table;
  const votes = new Map<string, Map<string, number>>();
  const srcOf = new Map<string, string>();
  const vote = (ar: string, la: string, src: string) => {
    const key = normalize(ar);
    const byLatin = votes.get(key) ?? new Map<string, number>();
    byLatin.set(la, (byLatin.get(la) ?? 0) + 1);
    votes.set(key, byLatin);
    if (!srcOf.has(key + '\t' + la)) srcOf.set(key + '\t' + la, src);
  };
  // one-word places spell the word with their whole Latin name, up to a comma ("نيويورك" → New York,
  // "واشنطن" → Washington), and so do their one-word aliases
  // In the Arab world (latin-arab-world.tsv) a place keeps its article and a one-word spelling ("الكوفة" → al-Kufa),
  // and a multi-word English name is a translation, not a spelling ("الجولان" ≠ "Golan Heights").
  const arabWorld = new Set(loadTsv('entities/latin-arab-world.tsv').map((r) => r.iso));
  for (const row of loadTsv('entities/places.tsv')) {
    const la = (row.latin ?? '').split(',')[0].trim();
    if (!/^[A-Za-z][A-Za-z' .-]+$/.test(la)) continue;
    const arab = arabWorld.has(row.country ?? '');
    for (const ar of [row.name ?? '', ...(row.aliases ?? '').split('|')].map((x) => x.trim())) {
      if (!ar || /\s/.test(ar) || bare(ar).length < 3) continue;
      let spelled = la;
      if (arab) {
        const word = la.replace(/^(al|el)[- ]/i, '');
        if (/\s/.test(word)) continue;
        spelled = bare(ar).startsWith('ال') ? `al-${word}` : word;
      }
      if (sameOnset(ar, spelled)) vote(ar, spelled, `latin:data/${row.__line}`);
    }
  }
  for (const file of ['entities/people.tsv']) {
    for (const row of loadTsv(file)) {
      const ar = (row.name ?? '').split(/\s+/).filter(Boolean);
      const la = (row.latin ?? '').split(/\s+/).filter(Boolean);
      // only names transliterated word for word; Latin words must be plain letters (no "W.", no translations);
      // multi-word place names are not read: they mix translated heads with names ("قاعدة حميميم" → "Hmeimim Air Base")
      if (ar.length !== la.length || !la.every((w, i) => /^[A-Za-z'-]{2,}$/.test(w) && sameOnset(ar[i], w))) continue;
      // two-letter words are mostly particles (أن, إن), not name words
      ar.forEach((w, i) => { if (bare(w).length >= 3) vote(w, la[i], `latin:data/${row.__line}`); });
    }
  }
  const t = new Map<string, Entry>();
  for (const [key, byLatin] of votes) {
    let best = '';
    let most = 0;
    for (const [la, n] of byLatin) if (n > most) [best, most] = [la, n];
    t.set(key, { latin: best, pos: 'name', src: srcOf.get(key + '\t' + best)! });
    aligned.set(key, t.get(key)!);
  }
  // other countries by their English name where no place row already spells the word (عمان stays Amman)
  const wc = createRequire(import.meta.url)('world-countries') as { cca2: string; name: { common: string }; translations: Record<string, { common: string }> }[];
  for (const c of wc) {
    const ar = c.translations.ara?.common;
    if (!ar || /\s/.test(ar) || !/^[A-Za-z' -]+$/.test(c.name.common)) continue;
    const key = normalize(ar);
    if (!t.has(key)) t.set(key, { latin: c.name.common, pos: 'name', src: `latin:world-countries:${c.cca2}` });
  }
  const vocab = loadTsv('entities/latin-vocab.tsv');
  // derived forms first, so a written row always wins: feminine of adjectives (-i → -iya, else + a), plural nisbas
  for (const row of vocab) {
    if (row.pos !== 'adj' || /[ةىا]$|اء$/.test(row.arabic)) continue;
    const src = `latin:data/${row.__line}`;
    const add = (ar: string, la: string) => { if (!t.has(normalize(ar)) || t.get(normalize(ar))!.pos !== 'adj') t.set(normalize(ar), { latin: la, pos: 'adj', src }); };
    add(row.arabic + 'ة', row.latin + (row.latin.endsWith('i') ? 'ya' : 'a'));
    if (row.arabic.endsWith('ي')) { add(row.arabic + 'ين', row.latin + 'yin'); add(row.arabic + 'ون', row.latin + 'yun'); }
  }
  for (const row of vocab) {
    const e: Entry = { latin: row.latin, pos: (row.pos as Pos) || 'n', src: `latin:data/${row.__line}` };
    if (row.match === 'exact') exact.set(row.arabic.replace(/\u0640/g, ''), e);
    else {
      t.set(normalize(row.arabic), e);
      // the article form too, over a surname aligned from people.tsv (العربي → al-Arabi, not "Elaraby")
      if (!row.arabic.startsWith('ال') && row.pos !== 'name') t.set(normalize('ال' + row.arabic), { ...e, latin: `al-${row.latin}` });
    }
  }
  // (s9) foreign words of outlet, company and Western family names (latin-foreign.tsv): after the vocabulary, which keeps its
  // own spelling of a shared word; the particles only inside a person's name (foreignPerson)
  for (const row of loadTsv('entities/latin-foreign.tsv')) {
    const e: Entry = { latin: row.latin, pos: 'name', src: `latin:data/${row.__line}` };
    if (row.scope === 'person') foreignPerson.set(normalize(row.arabic), e);
    else if (!t.has(normalize(row.arabic))) t.set(normalize(row.arabic), e);
  }
  for (const row of loadTsv('entities/latin-words.tsv')) t.set(normalize(row.word), { latin: row.latin, pos: 'name', src: `latin:data/${row.__line}` });
  table = t;
  return t;
}

const hasArticle = (w: string) => w.startsWith('ال') && w.length > 3;

/** The known spelling of a word, with or without its article ("الكاظمي" → "al-Kadhimi"). */
/** (s9) particles of Western family names (latin-foreign.tsv scope person): "فان" → van inside a person's name only. */
const foreignPerson = new Map<string, Entry>();

function knownWord(word: string, person = false): Entry | undefined {
  if (person) {
    wordTable();
    const fp = foreignPerson.get(normalize(bare(word)));
    if (fp) return fp;
  }
  const hit = lookup(word);
  // in a person's name a surname aligned from people.tsv beats the vocabulary's spelling of the same word
  if (person && hit && hit.src.includes('latin-vocab')) return aligned.get(normalize(bare(word))) ?? hit;
  return hit;
}

function lookup(word: string): Entry | undefined {
  const t = wordTable();
  const written = word.replace(/\u0640/g, '');
  const ex = exact.get(written) ?? exact.get(bare(written));
  if (ex) return ex;
  if (written.startsWith('ال') && written.length > 3) {
    const stem = exact.get(written.slice(2)) ?? exact.get(bare(written.slice(2)));
    if (stem) return { ...stem, latin: `al-${stem.latin.replace(/^al-/i, '')}` };
  }
  const key = normalize(bare(word));
  const hit = t.get(key);
  if (hit) return hit;
  if (key.startsWith('ال') && key.length > 3) {
    const stem = t.get(key.slice(2));
    if (stem) return { ...stem, latin: `al-${stem.latin.replace(/^al-/i, '')}` };
  }
  return undefined;
}

/** One word of a name: known spelling, a clitic before a known word, else its pattern. */
// words recur across names and articles: one rendering per written word (and person flag), bounded
const partCache = new Map<string, Part>();
function romanizePart(word: string, person = false): Part {
  const key = (person ? 'P' : 'O') + word;
  let hit = partCache.get(key);
  if (!hit) {
    if (partCache.size >= 50000) partCache.clear();
    partCache.set(key, (hit = renderPart(word, person)));
  }
  return hit;
}

function renderPart(word: string, person: boolean): Part {
  // Latin-script words, digits and punctuation pass through as written
  if (!/[\u0621-\u064A\u0671-\u06D3]/.test(word)) return { latin: word, src: 'latin:as-written', pos: 'name', known: true };
  // quotes and brackets around a word are kept around its rendering: «الشرق» → "al-Sharq"
  const m = /^([^\u0621-\u064A\u0671-\u06D3]*)(.*?)([^\u0621-\u064A\u0671-\u06D3\u064B-\u0652\u0670]*)$/.exec(word)!;
  if (m[1] || m[3]) {
    const p = romanizePart(m[2], person);
    const q = (x: string) => x.replace(/[«»“”]/g, '"').replace(/،/g, ',');
    return { ...p, latin: q(m[1]) + p.latin + q(m[3]) };
  }
  const w = bare(word);
  const hit = knownWord(word, person);
  if (hit) return { latin: hit.latin, src: hit.src, pos: hit.pos, known: true };
  // و + article, لل (li + article), بال: the article is the word's ("والشؤون" → "wal-Shu'un")
  for (const [pre, la, keep] of [['وال', 'wal-', 'ال'], ['لل', 'lil-', 'ال'], ['بال', 'bil-', 'ال']] as const) {
    if (!w.startsWith(pre) || w.length - pre.length < 3) continue;
    const rest = keep + w.slice(pre.length);
    const r = knownWord(rest);
    if (r || pre !== 'بال') {
      const p = r ? { latin: r.latin, src: r.src, pos: r.pos } : { ...vocalize(rest.slice(2)), pos: '' as Pos };
      return { latin: la + p.latin.replace(/^al-/i, ''), src: p.src, pos: p.pos, known: !!r };
    }
  }
  // و/ل/ب before a known common word ("لحقوق" → "li-Huquq"); never before a name word (ولید is not و + لید)
  // ل/ب also before a place ("بتونس" → "bi-Tunis"), but no clitic before a person's name word (بسام is not ب + سام)
  for (const [pre, la] of [['و', 'wa-'], ['ل', 'li-'], ['ب', 'bi-']] as const) {
    if (!w.startsWith(pre) || w.length < 4) continue;
    const r = knownWord(w.slice(1));
    const place = r && /places\.tsv|world-countries|latin-vocab/.test(r.src);
    if (r && (r.pos !== 'name' || (pre !== 'و' && place))) return { latin: la + r.latin, src: r.src, pos: r.pos, known: true };
  }
  if (hasArticle(w)) {
    const v = vocalize(w.slice(2));
    return { latin: `al-${v.latin}`, src: v.src, pos: '', known: false };
  }
  const v = vocalize(w);
  return { latin: v.latin, src: v.src, pos: '', known: false };
}

/** Whether the word after an indefinite -a noun makes it a construct head ("Wizarat al-Mawarid", "Jami'at Dimashq"). */
function takesGenitive(next: string, part: Part): boolean {
  const w = bare(next);
  // a particle or preposition (a clitic read off, or a word the table writes lower-case: fi, min, bila) ends the construct
  if (/^[a-z]/.test(part.latin) && !/^al-/.test(part.latin)) return false;
  if (hasArticle(w)) return true; // a definite word after an indefinite one is not its adjective
  if (part.pos === 'adj') return false;
  if (part.known) return true;
  return !/(ي|ية)$/.test(w); // an unknown indefinite nisba is an adjective
}

let letterNames: Map<string, { letter: string; src: string }> | null = null;
/** Arabic spellings of Latin letter names (data/entities/latin-letters.tsv), keyed as written without marks. */
function letterTable(): Map<string, { letter: string; src: string }> {
  if (!letterNames) {
    letterNames = new Map();
    for (const row of loadTsv('entities/latin-letters.tsv')) letterNames.set(bare(row.arabic), { letter: row.letter, src: `latin:data/${row.__line}` });
  }
  return letterNames;
}

/** Latin rendering of an Arabic name with the sources of its words (evidence strings, deduplicated). */
export function romanizeExplained(name: string, type?: 'PER' | 'ORG' | 'LOC' | 'MISC'): { latin: string; evidence: string[] } {
  const words = name.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  const evidence: string[] = [];
  const parts: (Part & { word: string })[] = [];
  // a person's name: the type says so, or it opens with a given name or a particle (محمد، عبد، أبو)
  const first = words[0] ? knownWord(words[0]) : undefined;
  const person = type ? type === 'PER' : OPENERS.has(normalize(words[0] ?? '')) || (!!first && /latin-words|people\.tsv/.test(first.src));
  const letterOf = (w: string | undefined) => (w === undefined ? undefined : letterTable().get(bare(w)));
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1];
    // an acronym spelled out letter by letter: two or more letter names in a row ("بي بي سي" → BBC)
    if (letterOf(words[i]) && letterOf(next)) {
      let j = i;
      let acronym = '';
      while (j < words.length && letterOf(words[j])) acronym += letterOf(words[j++])!.letter;
      parts.push({ word: words.slice(i, j).join(' '), latin: acronym, src: letterOf(words[i])!.src, pos: 'name', known: true });
      i = j - 1;
      continue;
    }
    if (next && OPENERS.has(normalize(words[i]))) {
      const joined = knownWord(words[i] + next);
      if (joined) {
        parts.push({ word: words[i] + next, latin: joined.latin, src: joined.src, pos: 'name', known: true });
        i++;
        continue;
      }
      // an unknown "عبد X" keeps X's article out of the middle of the name: "Abdel Wahab"
      const head = romanizePart(words[i], person);
      parts.push({ word: words[i], ...head, pos: 'name' });
      const rest = hasArticle(bare(next)) ? bare(next).slice(2) : next;
      parts.push({ word: rest, ...romanizePart(rest, person), pos: 'name' });
      i++;
      continue;
    }
    parts.push({ word: words[i], ...romanizePart(words[i], person) });
  }
  // a person's name has no construct; otherwise a known noun heads one, and so does an unknown -a word of a
  // non-person name (the type, or a known noun opening the name, says so)
  const nonPerson = !person && (type ? true : parts[0]?.pos === 'n');
  parts.forEach((p, i) => {
    let latin = p.latin;
    const w = bare(p.word);
    const next = parts[i + 1];
    const eligible = p.pos === 'n' || (p.pos === '' && nonPerson);
    if (eligible && next && w.endsWith('ة') && !/^(al|wal|lil|bil)-/i.test(latin) && /a$/.test(latin) && takesGenitive(next.word, next)) latin += 't';
    out.push(latin);
    if (!evidence.includes(p.src)) evidence.push(p.src);
  });
  // (s9) a name opening with a lower-case particle is capitalised ("Van der Berg")
  return { latin: out.join(' ').replace(/^al-/, 'Al-').replace(/^(van|von|der|de|du|da|del) /, (x) => x[0].toUpperCase() + x.slice(1)), evidence };
}

export function romanize(name: string, type?: 'PER' | 'ORG' | 'LOC' | 'MISC'): string {
  return romanizeExplained(name, type).latin;
}
