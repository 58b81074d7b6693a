// Entity lexicons (data/entities/*.tsv + the world-countries package), loaded once into tries and maps.
import { createRequire } from 'node:module';
import type { EntityType } from '../contract.ts';
import { PhraseTrie } from '../lexicon/trie.ts';
import { loadTsv, splitCell } from '../lexicon/tsv.ts';
import { normalize } from '../text/normalize.ts';
import { DIVINE } from './wordsets.ts';

export interface LexEntry {
  id: string;
  type: EntityType;
  name: string;
  latin?: string;
  geo?: { lat: number; lon: number; country?: string };
  /** ISO alpha-2 of the country the entry belongs to (places, national bodies, people), when known. */
  country?: string;
  evidence: string;
  /** normalised full names and aliases (space-joined words). */
  forms: Set<string>;
  /** orgs.tsv `kind` (sport, media, state …) for organisations; places.tsv `kind` (city, province …) for places. */
  kind?: string;
}

/** One reading of a homograph (data/entities/homographs.tsv). */
export interface HomographReading {
  /** The lexicon entry of this reading; none for id `-` (s8): a generic name, left to the grammar passes. */
  entry?: LexEntry;
  /** id `~` (s8): the common noun of the same spelling, read before a noun in construct. */
  common?: boolean;
  /** Vocalised spellings (original script, harakat kept) that identify this reading. */
  vocalised: string[];
  /** Normalised single-word context cues. */
  cues: Set<string>;
  country: string;
  isDefault: boolean;
  evidence: string;
}

/** A row of data/entities/org-heads.tsv. */
export interface OrgHead {
  withNat: boolean;
  natOnly: boolean;
  media: boolean;
  canonical?: string;
  /** complement units a name needs (heads that are also common nouns: إدارة، مركز) */
  minParts: number;
  /** normalised first complement words after which the head is a common noun ("إدارة الأزمة") */
  notBefore: Set<string>;
  /** name_adj = yes: head with the article + one adjective of data/entities/name-adjectives.tsv is a name ("الكتلة الإسلامية") */
  nameAdj: boolean;
  /** front = yes: head + a known place is a front line or sector ("جبهة صرواح"، "محور الساحل"), no organisation */
  front: boolean;
  /** person = yes: head + title + a person's name is an institution named after the person ("مستشفى الشيخ خليفة") */
  person: boolean;
  /** district = yes: head + a known place after في/من/إلى is an administrative district ("في لواء الأغوار الشمالية") */
  district: boolean;
  /** commune = countries where head + a proper name is a local administrative unit, a place ("جماعة تمارة") */
  commune: Set<string>;
  /** task = yes (session 7): the head names a unit only before a verbal noun of its task ("وحدة مكافحة الإرهاب"، "وحدة
   * التدخل السريع"); before a group or a land it is unity ("وحدة الفصائل"، "وحدة المؤسسة العسكرية") */
  task: boolean;
  /** (s9) words right before the head that make it an idiom, no organisation ("تحت لواء" = under the banner of) */
  notAfter: Set<string>;
  evidence: string;
}

export interface LexHit {
  entry: LexEntry;
  /** homograph (s8): a multi-word form of data/entities/homographs.tsv no entry holds as a name ("مجلس النواب") */
  form: 'name' | 'short' | 'homograph';
}

export interface EntityLexicon {
  trie: PhraseTrie<LexHit>;
  /** First words of every trie phrase (lexicon, titles, org heads): a cheap filter before matchAt. */
  firstWords: Set<string>;
  titleFirst: Set<string>;
  orgHeadFirst: Set<string>;
  byId: Map<string, LexEntry>;
  titles: PhraseTrie<{ kind: string; evidence: string }>;
  /** canonical: the elided head of an elliptic name ("الخارجية التونسية" → "وزارة" + …). */
  orgHeads: PhraseTrie<OrgHead>;
  placeHeads: Map<string, { include: boolean; misc: boolean; person: boolean; personOnly: boolean; body: boolean; masdar: boolean; list: boolean; knownOnly: boolean; notAfter: Set<string>; common: boolean; admin: boolean; proper: boolean; notCountry: boolean; evidence: string }>;
  /** normalised first words of two-word place names in construct ("أبي صيدا"): data/entities/place-openers.tsv */
  placeOpeners: Map<string, string>;
  /** normalised heads of units numbered by a figure ("اللواء 110"): data/entities/unit-heads.tsv */
  unitHeads: Map<string, string>;
  given: Set<string>;
  /** Given names written with a final ى (مصطفى، موسى): the only ones a ى-final word may be. */
  givenAlif: Set<string>;
  /** Given names of Western origin (given-names.tsv origin west/western): their bearer's family name is a foreign word. */
  givenForeign: Set<string>;
  stop: Set<string>;
  speech: Set<string>;
  nationality: Map<string, string>;
  /** Adjectives that complete a party or bloc name after a head with the article (normalised) → evidence. */
  nameAdjectives: Map<string, string>;
  /** Words a short form must not be on its own (titles, common words). */
  common: Set<string>;
  /** Common words that are common only in a ى-final spelling (على → علي): a word written with ي is not. */
  alifOnly: Set<string>;
  /** Normalised one-word forms shared by several entries → their readings (data/entities/homographs.tsv). */
  homographs: Map<string, HomographReading[]>;
  /** Every reading's cue words (one set, for the article-wide count). */
  homographCues: Set<string>;
}

// split like the tokenizer: Arabic letters and digits are separate tokens ("لو360" → لو 360), as are digits and
// Latin letters that follow them ("2M" → 2 m)
const words = (s: string): string[] =>
  normalize(s).replace(/([\u0600-\u06FF])(\d)|(\d)([\u0600-\u06FF])|(\d)([a-z])/g, (_m, a, b, c, d, e, f) => a ? `${a} ${b}` : c ? `${c} ${d}` : `${e} ${f}`).split(/\s+/).filter(Boolean);

let cached: EntityLexicon | null = null;

export function entityLexicon(): EntityLexicon {
  if (cached) return cached;
  const trie = new PhraseTrie<LexHit>();
  const firstWords = new Set<string>();
  const titleFirst = new Set<string>();
  const orgHeadFirst = new Set<string>();
  const byId = new Map<string, LexEntry>();
  const add = (e: LexEntry, names: string[], shorts: string[]) => {
    byId.set(e.id, e);
    for (const n of names) {
      const w = words(n);
      if (!w.length) continue;
      e.forms.add(w.join(' '));
      firstWords.add(w[0]);
      if (!trie.has(w)) trie.add(w, { entry: e, form: 'name' });
    }
    for (const n of shorts) {
      const w = words(n);
      if (w.length && !trie.has(w)) trie.add(w, { entry: e, form: 'short' });
      if (w.length) firstWords.add(w[0]);
    }
  };
  // countries: package base + TSV aliases
  const require = createRequire(import.meta.url);
  const wc = require('world-countries') as { cca2: string; latlng: number[]; name: { common: string }; translations: Record<string, { common: string; official: string }> }[];
  const extra = new Map(loadTsv('entities/countries.tsv').map((r) => [r.id, r]));
  const countries: { e: LexEntry; names: string[] }[] = [];
  for (const c of wc) {
    const ar = c.translations.ara;
    if (!ar) continue;
    const x = extra.get(c.cca2);
    const name = x?.name || ar.common;
    const e: LexEntry = {
      id: 'country:' + c.cca2, type: 'LOC', name, latin: x?.latin || c.name.common, country: c.cca2,
      geo: c.latlng?.length === 2 ? { lat: c.latlng[0], lon: c.latlng[1], country: c.cca2 } : undefined,
      evidence: x ? `lexicon:data/${x.__line}` : `lexicon:world-countries:${c.cca2}`, forms: new Set(),
    };
    countries.push({ e, names: [name, ar.common, ar.official, ...splitCell(x?.aliases)] });
  }
  // national names first so a city never shadows a country of the same spelling
  for (const { e, names } of countries) add(e, names, []);
  for (const r of loadTsv('entities/places.tsv')) {
    const lat = Number(r.lat), lon = Number(r.lon);
    add({ id: 'place:' + r.id, type: 'LOC', name: r.name, latin: r.latin || undefined, evidence: `lexicon:data/${r.__line}`, forms: new Set(), country: r.country || undefined,
      geo: r.lat && Number.isFinite(lat) ? { lat, lon, ...(r.country ? { country: r.country } : {}) } : undefined, kind: r.kind || undefined }, [r.name, ...splitCell(r.aliases)], []);
  }
  for (const r of loadTsv('entities/orgs.tsv')) {
    // kind = platform (فيسبوك، إكس): the medium a statement is posted on is MISC; its company («شركة ميتا») stays ORG
    add({ id: 'org:' + r.id, type: r.kind === 'platform' ? 'MISC' : 'ORG', name: r.name, latin: r.latin || undefined, evidence: `lexicon:data/${r.__line}`, forms: new Set(), country: r.country || undefined, kind: r.kind || undefined }, [r.name, ...splitCell(r.aliases)], []);
  }
  for (const r of loadTsv('entities/people.tsv')) {
    add({ id: 'per:' + r.id, type: 'PER', name: r.name, latin: r.latin || undefined, evidence: `lexicon:data/${r.__line}`, forms: new Set(), country: r.country || undefined }, [r.name, ...splitCell(r.aliases)], splitCell(r.short));
  }
  const titles = new PhraseTrie<{ kind: string; evidence: string }>();
  for (const r of loadTsv('entities/titles.tsv')) {
    titles.add(words(r.phrase), { kind: r.kind, evidence: `rule:title(data/${r.__line})` });
    titleFirst.add(words(r.phrase)[0]);
  }
  const orgHeads = new PhraseTrie<OrgHead>();
  for (const r of loadTsv('entities/org-heads.tsv')) orgHeadFirst.add(words(r.head)[0]);
  for (const r of loadTsv('entities/org-heads.tsv')) orgHeads.add(words(r.head), { withNat: r.with_nat === 'yes' || r.with_nat === 'only', natOnly: r.with_nat === 'only' || !!r.canonical, media: r.media === 'yes', canonical: r.canonical || undefined,
    minParts: Number(r.min_parts) || 1, notBefore: new Set(splitCell(r.not_before).map(normalize)), nameAdj: r.name_adj === 'yes', front: r.front === 'yes', person: r.person === 'yes', district: r.district === 'yes', commune: new Set(splitCell(r.commune).map((c) => c.toUpperCase())), task: r.task === 'yes', notAfter: new Set(splitCell(r.not_after).map(normalize)), evidence: `rule:org-head(data/${r.__line})` });
  const placeHeads = new Map<string, { include: boolean; misc: boolean; person: boolean; personOnly: boolean; body: boolean; masdar: boolean; list: boolean; knownOnly: boolean; notAfter: Set<string>; common: boolean; admin: boolean; proper: boolean; notCountry: boolean; evidence: string }>();
  for (const r of loadTsv('entities/place-heads.tsv')) placeHeads.set(normalize(r.head), { include: r.include === 'yes' || r.include === 'person', misc: r.include === 'misc', person: r.person === 'yes', personOnly: r.include === 'person', body: r.body === 'yes', masdar: r.masdar === 'yes', list: r.include === 'list', knownOnly: r.known === 'yes', notAfter: new Set(splitCell(r.not_after).map(normalize)), common: r.common === 'yes', admin: r.admin === 'yes', proper: r.proper === 'yes', notCountry: r.not_country === 'yes', evidence: `rule:place-head(data/${r.__line})` });
  const unitHeads = new Map(loadTsv('entities/unit-heads.tsv').map((r) => [normalize(r.head), `rule:unit-number(data/${r.__line})`]));
  const placeOpeners = new Map(loadTsv('entities/place-openers.tsv').map((r) => [normalize(r.word), `lexicon:data/${r.__line}`]));
  const givenRows = loadTsv('entities/given-names.tsv');
  const given = new Set(givenRows.map((r) => normalize(r.name)));
  const givenAlif = new Set(givenRows.filter((r) => r.name.endsWith('ى')).map((r) => normalize(r.name)));
  const givenForeign = new Set(givenRows.filter((r) => r.origin === 'west' || r.origin === 'western').map((r) => normalize(r.name)));
  const stop = new Set(loadTsv('entities/stopwords.tsv').map((r) => normalize(r.word)));
  const speech = new Set(loadTsv('entities/speech-verbs.tsv').map((r) => normalize(r.word)));
  const nationality = new Map<string, string>();
  for (const r of loadTsv('entities/nationalities.tsv')) for (const f of splitCell(r.forms)) nationality.set(normalize(f), r.country);
  const common = new Set<string>([...stop]);
  for (const r of loadTsv('entities/titles.tsv')) for (const w of words(r.phrase)) common.add(w);
  // (not the given names listed there only to keep the clitic analyser off them, "كاظم"، "فيصل": a name is no common
  // word; the ambiguous ones, "سعيد"، "كريم", are marked so in given-names.tsv; the name of God, wordsets.tsv `divine`,
  // stays a common word)
  for (const r of loadTsv('text/known-words.tsv')) if (r.note !== 'name' || DIVINE.has(normalize(r.word))) common.add(normalize(r.word));
  // given names that are also common words (أكبر، أسماء، باسم): a name only with a title or a surname
  for (const r of givenRows) if (r.origin === 'ambiguous') common.add(normalize(r.name));
  const alifOnly = new Set<string>();
  for (const r of loadTsv('entities/stopwords.tsv')) if (r.word.endsWith('ى')) alifOnly.add(normalize(r.word));
  for (const r of loadTsv('entities/stopwords.tsv')) if (!r.word.endsWith('ى')) alifOnly.delete(normalize(r.word));
  const homographs = new Map<string, HomographReading[]>();
  for (const r of loadTsv('entities/homographs.tsv')) {
    // id `-` (s8): the generic reading, no lexicon entry (a country's body the lexicon does not hold)
    // id `~` (s8): a common noun of the same spelling, read when a noun follows in construct ("صور الضحايا": pictures)
    const entry = r.id === '-' || r.id === '~' ? undefined : byId.get(r.id);
    const fw = words(r.form);
    const form = fw.join(' ');
    if ((!entry && r.id !== '-' && r.id !== '~') || !form) continue; // an id the lexicons do not define: ignored rather than fatal
    const list = homographs.get(form) ?? [];
    list.push({ entry, common: r.id === '~', vocalised: splitCell(r.vocalised), cues: new Set(splitCell(r.cues).map(normalize)), country: r.country, isDefault: r.default === 'yes', evidence: `rule:homograph(data/${r.__line})` });
    homographs.set(form, list);
    // every reading's own spellings are matched (they normalise to the shared form)
    firstWords.add(fw[0]);
  }
  // (s8) a multi-word form no entry holds as a name ("مجلس النواب", "المجلس الرئاسي") is matched for the homograph pass
  for (const [form, rs] of homographs) {
    const fw = form.split(' ');
    const e = rs.find((r) => r.entry)?.entry;
    if (fw.length > 1 && e && !trie.has(fw)) trie.add(fw, { entry: e, form: 'homograph' });
  }
  const homographCues = new Set<string>();
  for (const rs of homographs.values()) for (const r of rs) for (const q of r.cues) homographCues.add(q);
  const nameAdjectives = new Map<string, string>();
  for (const r of loadTsv('entities/name-adjectives.tsv')) for (const f of [r.adjective, ...splitCell(r.forms)]) nameAdjectives.set(normalize(f), `lexicon:data/${r.__line}`);
  cached = { nameAdjectives, homographs, homographCues, firstWords, titleFirst, orgHeadFirst, alifOnly, trie, byId, titles, orgHeads, placeHeads, placeOpeners, unitHeads, given, givenAlif, givenForeign, stop, speech, nationality, common };
  return cached;
}
