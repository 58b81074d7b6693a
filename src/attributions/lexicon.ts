// Attribution lexicons (data/attributions/*.tsv), loaded once and indexed by normalised form.
import { loadTsv, splitCell } from '../lexicon/tsv.ts';
import { PhraseTrie } from '../lexicon/trie.ts';
import { normalize } from '../text/normalize.ts';

export type CueClass = 'say' | 'state' | 'circ' | 'chain' | 'passive' | 'doc' | 'opinion' | 'appeal';

export interface CueEntry {
  lemma: string;
  cls: CueClass;
  /** normalised preposition the verb governs (حذر من): it ends the subject */
  governs: string[];
  evidence: string;
}

export interface HeadEntry {
  kind: 'anonymous' | 'vague' | 'document' | 'media' | 'named';
  key: string;
  needsModifier: boolean;
  evidence: string;
}

export interface AttributionLexicon {
  cues: PhraseTrie<CueEntry>;
  according: PhraseTrie<string>;
  heads: Map<string, HeadEntry>;
  descriptors: Map<string, string>;
  sides: { words: string[]; skip: number; evidence: string }[];
  reasons: PhraseTrie<string>;
  /** normalised form → "group:canonical" */
  nisbas: Map<string, string>;
  statements: Set<string>;
  titles: Set<string>;
  /** Given names (data/entities/given-names.tsv, read-only): "القيادي في الحركة رياض الشعيبي" names its source. */
  givenNames: Set<string>;
  /** First words of person titles (data/entities/titles.tsv + titles.tsv), article stripped: a name right after
   * "رئيس الوزراء" belongs to that title, not to the description's head ("مستشار رئيس الوزراء مصطفى …"). */
  titleWords: Set<string>;
  /** One-word organisation heads of data/entities/org-heads.tsv, normalised without the article (read only). */
  orgHeadWords: Set<string>;
  /** Names and aliases of media outlets (data/entities/orgs.tsv kind=media, read-only): "رويترز" is a media source. */
  mediaNames: Set<string>;
  /** Closed sets by name: grammar.tsv (particles) and wordsets.tsv (small lexical sets), normalised. */
  sets: Record<string, Set<string>>;
  /** Head nouns of subjects that cannot speak (inanimate.tsv: events, situations, spans of time), normalised, no article. */
  inanimate: Set<string>;
  /** Evidence for a set: "lexicon:data/attributions/grammar.tsv:NN" (the row that defines it). */
  setLines: Record<string, string>;
  /** roles.tsv: a role phrase (normalised, first word without the article) → its group and evidence. */
  roles: Map<string, { group: string; evidence: string }>;
}

/** Sets the rules look up by name: a missing row in the data is a load error, not a silently empty set. */
const REQUIRED_SETS = [
  'comp', 'prep', 'recipverb', 'rel', 'then', 'discourse', 'pron', 'stop', 'neg', 'circend', 'gloss', 'gloss-after-quote', 'act', 'masdar', 'partitive', 'convene',
  'time', 'aside', 'honorific', 'qawl', 'apposition', 'clause-opener', 'while', 'qad', 'kana', 'which', 'causal', 'ahad', 'quantifier', 'statement-prep',
  'own-words', 'governed', 'pp-open', 'name-end', 'dangling', 'role-pp', 'name-pp', 'object-prep', 'subject-pp', 'milieu-prep', 'inside',
  'time-lead', 'clause-link', 'but', 'except', 'contrast-subject', 'gendered-past', 'collective-head', 'place-head', 'duration', 'kunya', 'issued', 'announce', 'appeal-participle', 'generic-word', 'relay',
];

const words = (s: string): string[] => normalize(s).split(/\s+/).filter(Boolean);

let cached: AttributionLexicon | null = null;

export function attributionLexicon(): AttributionLexicon {
  if (cached) return cached;
  const cues = new PhraseTrie<CueEntry>();
  for (const r of loadTsv('attributions/cues.tsv')) {
    const entry: CueEntry = { lemma: r.lemma, cls: r.class as CueClass, governs: splitCell(r.governs).map(normalize), evidence: `lexicon:data/${r.__line}` };
    for (const f of splitCell(r.forms)) cues.add(words(f), entry);
  }
  const according = new PhraseTrie<string>();
  for (const r of loadTsv('attributions/according.tsv')) according.add(words(r.phrase), `lexicon:data/${r.__line}`);
  const heads = new Map<string, HeadEntry>();
  for (const r of loadTsv('attributions/sources.tsv')) {
    heads.set(normalize(r.head), {
      kind: r.kind as HeadEntry['kind'],
      key: normalize(r.key),
      needsModifier: r.needsModifier === '1',
      evidence: `lexicon:data/${r.__line}`,
    });
  }
  const descriptors = new Map<string, string>();
  for (const r of loadTsv('attributions/descriptors.tsv')) descriptors.set(normalize(r.word), r.type);
  const sides = loadTsv('attributions/sides.tsv').map((r) => ({ words: words(r.trigger), skip: Number(r.skip) || 0, evidence: `lexicon:data/${r.__line}` }));
  const reasons = new PhraseTrie<string>();
  for (const r of loadTsv('attributions/reasons.tsv')) reasons.add(words(r.opening), `lexicon:data/${r.__line}`);
  const nisbas = new Map<string, string>();
  for (const r of loadTsv('attributions/nisbas.tsv')) {
    const forms = splitCell(r.forms).map(normalize);
    for (const f of forms) nisbas.set(f.startsWith('ال') ? f.slice(2) : f, `${r.group}:${forms[0]}`);
  }
  const statements = new Set(loadTsv('attributions/statements.tsv').map((r) => normalize(r.noun)));
  const titles = new Set(loadTsv('attributions/titles.tsv').map((r) => {
    const t = normalize(r.title);
    return t.startsWith('ال') ? t.slice(2) : t;
  }));
  const givenNames = new Set(loadTsv('entities/given-names.tsv').map((r) => normalize(r.name)));
  const titleWords = new Set<string>(titles);
  for (const r of loadTsv('entities/titles.tsv')) {
    const w = normalize(r.phrase).split(/\s+/)[0] ?? '';
    if (w) titleWords.add(w.startsWith('ال') ? w.slice(2) : w);
  }
  const orgHeadWords = new Set<string>();
  for (const r of loadTsv('entities/org-heads.tsv')) {
    const w = normalize(r.head);
    if (w && !w.includes(' ')) orgHeadWords.add(w.startsWith('ال') ? w.slice(2) : w);
  }
  const mediaNames = new Set<string>();
  for (const r of loadTsv('entities/orgs.tsv')) {
    if (r.kind !== 'media') continue;
    for (const n of [r.name, ...splitCell(r.aliases)]) if (n) mediaNames.add(normalize(n));
  }
  const sets: Record<string, Set<string>> = {};
  const setLines: Record<string, string> = {};
  // grammar.tsv first: the first sets get a bit in the per-form facts (facts.ts)
  for (const r of [...loadTsv('attributions/grammar.tsv'), ...loadTsv('attributions/wordsets.tsv')]) {
    const s = (sets[r.set] ??= new Set());
    setLines[r.set] ??= `lexicon:data/${r.__line}`;
    for (const w of splitCell(r.word)) s.add(normalize(w));
  }
  for (const name of REQUIRED_SETS) if (!sets[name]) throw new Error(`data/attributions: no word set "${name}" in grammar.tsv or wordsets.tsv`);
  const inanimate = new Set(loadTsv('attributions/inanimate.tsv').map((r) => normalize(r.head)));
  const roles = new Map<string, { group: string; evidence: string }>();
  for (const r of loadTsv('attributions/roles.tsv')) {
    for (const ph of splitCell(r.phrases)) roles.set(roleKey(normalize(ph)), { group: r.group, evidence: `lexicon:data/${r.__line}` });
  }
  cached = { cues, according, heads, descriptors, sides, reasons, nisbas, statements, titles, givenNames, titleWords, orgHeadWords, mediaNames, sets, setLines, inanimate, roles };
  return cached;
}

/** Does the normalised word end with one of the set's words ("على حد قوله")? */
export function endsWithAny(set: Set<string>, norm: string): boolean {
  for (const w of set) if (norm.endsWith(w)) return true;
  return false;
}

/** Forms of a normalised word with the conjunctions و/ف stripped (most specific last). */
export function conjForms(norm: string): string[] {
  const out = [norm];
  if (norm.length >= 3 && (norm[0] === 'و' || norm[0] === 'ف')) {
    out.push(norm.slice(1));
    if (norm.length >= 4 && norm[1] === 'ب') out.push(norm.slice(2)); // وبحسب handled by the trie on "بحسب"
  }
  return out;
}

export interface NounForm {
  /** Normalised stem without clitics and article. */
  stem: string;
  article: boolean;
  /** Number of normalised characters stripped at the front (clitics + article when kept out of the span). */
  cut: number;
  /** Characters of clitics only (the article stays in the span unless fused as لل). */
  spanCut: number;
}

// nounForms is pure and called many times per token from bounded windows: memoised per normalised word
// (bounded; the arrays are shared, so callers must not modify them)
const nounCache = new Map<string, readonly NounForm[]>();
const NOUN_CACHE_MAX = 50000;

/** Clitic readings of a noun: [conj][prep](article) stem. Whole word first. */
export function nounForms(norm: string): readonly NounForm[] {
  let v = nounCache.get(norm);
  if (v === undefined) {
    if (nounCache.size >= NOUN_CACHE_MAX) nounCache.clear();
    v = nounForms0(norm);
    nounCache.set(norm, v);
  }
  return v;
}

function nounForms0(norm: string): NounForm[] {
  const out: NounForm[] = [];
  const seen = new Set<string>();
  const add = (stem: string, article: boolean, cut: number, spanCut: number) => {
    if ((stem.length < 2 && out.length > 0) || seen.has(stem + article)) return;
    seen.add(stem + article);
    out.push({ stem, article, cut, spanCut });
  };
  const tryPrefix = (w: string, off: number) => {
    if (w.startsWith('ال')) add(w.slice(2), true, off + 2, off);
    else {
      add(w, false, off, off);
      // accusative tanween written with alif: مصدراً → مصدر
      if (w.length > 4 && w.endsWith('ا') && !w.endsWith('اا')) add(w.slice(0, -1), false, off, off);
    }
    if (w.startsWith('لل') && w.length > 4) add(w.slice(2), true, off + 2, off + 2);
  };
  tryPrefix(norm, 0);
  let off = 0;
  let w = norm;
  if (w.length > 3 && (w[0] === 'و' || w[0] === 'ف')) {
    w = w.slice(1);
    off = 1;
    tryPrefix(w, off);
  }
  if (w.length > 3 && (w[0] === 'ب' || w[0] === 'ل' || w[0] === 'ك')) {
    if (!(w[0] === 'ل' && w[1] === 'ل')) tryPrefix(w.slice(1), off + 1);
  }
  return out;
}

/** Strip an enclitic pronoun (ه، ها، هم، هما) for matching statement nouns (حديثه → حديث). */
export function stripSuffix(stem: string): string[] {
  const out = [stem];
  for (const s of ['هما', 'هم', 'ها', 'ه']) if (stem.endsWith(s) && stem.length - s.length >= 3) out.push(stem.slice(0, -s.length));
  return out;
}

/** Key of a role phrase: normalised words, the first one without the article. */
export function roleKey(norm: string): string {
  const w = norm.split(/\s+/).filter(Boolean);
  if (w[0]?.startsWith('ال') && w[0].length > 3) w[0] = w[0].slice(2);
  return w.join(' ');
}
