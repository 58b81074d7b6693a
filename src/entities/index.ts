// Entity stage: lexicon + grammar + within-document coreference → one Entity per referent.
//
// Passes (all linear in tokens, bounded windows):
//   1. lexicon: longest phrase match per position over tries, the first word also in its clitic-stripped
//      forms ("بالكاظمي" → "الكاظمي", "للحرس" → "الحرس")
//   2. grammar: titles + names, given name + surname, organisation heads + idafa chain, place heads,
//      quoted outlet names
//   3. coreference: surnames and partial names of persons seen in full, lexicon short forms, role
//      descriptions established by apposition ("قائد قوة القدس، الجنرال إسماعيل قاآني")
import type { Entity, EntityType } from '../contract.ts';
import type { Doc } from '../doc.ts';
import { analyzeClitics, cliticGeneration } from '../text/clitics.ts';
import { loadTsv } from '../lexicon/tsv.ts';
import { normalize, normalizeCached } from '../text/normalize.ts';
import { memoSlot, type Token } from '../text/tokenize.ts';
import { entityLexicon, type EntityLexicon, type LexEntry } from './lexicon.ts';
import { romanize } from './romanize.ts';
import { resolveHomographs } from './homographs.ts';
import { mergeModelSpans, modelCandidates, resolveMerge, type ModelSpan, type NerMerge } from './model.ts';

export interface EntityMention {
  entity: string;
  start: number;
  end: number;
  text: string;
  /** Token range [tokenStart, tokenEnd) covering the mention (tokens may carry clitics outside the span). */
  tokenStart: number;
  tokenEnd: number;
  /** name = full or partial proper name; description = a role/title that corefers ("قائد قوة القدس"). */
  kind: 'name' | 'description';
}

export interface EntityLayer {
  entities: Entity[];
  /** All mentions, sorted by start. */
  mentions: EntityMention[];
}

export interface EntityOptions {
  /** Path of a learned NER model to combine with the rules (see src/ner). */
  model?: string;
  /** How model spans and rule candidates combine (default: $ISNAD_NER_MERGE, else DEFAULT_MERGE in model.ts). */
  merge?: NerMerge;
}

/** A form of a token's word: the normalised word without clitics and where its mention starts (offset in the token). */
interface Form {
  form: string;
  off: number;
  article: boolean;
  clitic: boolean;
}

/**
 * What the entity stage needs to know about one distinct word form, computed once per process and kept on
 * the interned WordForm (src/text/tokenize.ts): clitic-stripped forms and which lexicon tries they open.
 */
interface EntWord {
  gen: number;
  forms: Form[];
  strs: string[];
  /** Some form opens a lexicon phrase / a title / an organisation head / is a verb of saying. */
  first: boolean;
  title: boolean;
  orgHead: boolean;
  speech: boolean;
  placeHead: Form | undefined;
  /** Country of the first form that is a nationality adjective ("والأردنية" → JO). */
  nat: string | undefined;
  /** Every form is a function word or common word: never a surname (skipped by the coreference scan). */
  plain: boolean;
  /** Written with a final ى (marks and tatweel ignored). */
  alifFinal: boolean;
  /** Written with a final ي (marks ignored). */
  yaFinal: boolean;
  /** The whole word is a given name (see givenTok). */
  given: boolean;
  /** The first form that is a given name, if any. */
  givenForm: Form | undefined;
  /** Sport titles (SPORT_TITLES) opening with the word or with its last form; looked up once per word form. */
  sport: string[][] | undefined;
  /** A person name may open here: a given-name form not hiding a clitic article, or أبو/عبد + name. */
  opensName: boolean;
}

interface Cand {
  type: EntityType;
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
  kind: 'name' | 'description';
  /** Canonical display name (article restored). */
  name: string;
  lex?: LexEntry;
  /** The one-word normalised form a lexicon match was made on (homograph resolution reads it). */
  form?: string;
  short?: boolean;
  evidence: string[];
  titles: string[];
  /** Merged into another candidate / dropped. */
  dead?: boolean;
  /** Entity group key, set while grouping. */
  key?: string;
}

const ENT_SLOT = memoSlot();

function formsOfWord(text: string, norm: string): Form[] {
  const out: Form[] = [{ form: norm, off: 0, article: norm.startsWith('ال'), clitic: false }];
  const rs = analyzeClitics(text);
  for (let k = 1; k < rs.length; k++) {
    const r = rs[k];
    // only readings that strip something real: a known stem or the article ("بيرزيت" stays whole)
    if (r.suffix || !r.prefix || !(r.known || r.article)) continue;
    const form = r.article ? 'ال' + r.stem : r.stem;
    if (out.some((o) => o.form === form)) continue;
    const off = r.mentionStart ?? r.stemStart;
    out.push({ form, off, article: r.article, clitic: off > 0 });
  }
  return out;
}

function entWord(t: Token, lex: EntityLexicon): EntWord {
  const memo = t.form.memo;
  const gen = cliticGeneration();
  const hit = memo[ENT_SLOT] as EntWord | undefined;
  if (hit !== undefined && hit.gen === gen) return hit;
  const forms = t.kind === 'word' ? formsOfWord(t.text, t.norm) : [{ form: t.norm, off: 0, article: false, clitic: false }];
  const strs = forms.map((f) => f.form);
  const w: EntWord = {
    gen, forms, strs,
    first: strs.some((f) => lex.firstWords.has(f)),
    title: strs.some((f) => lex.titleFirst.has(f)),
    orgHead: strs.some((f) => lex.orgHeadFirst.has(f)),
    speech: strs.some((f) => lex.speech.has(f)),
    placeHead: forms.find((f) => lex.placeHeads.has(f.form)),
    nat: strs.map((f) => lex.nationality.get(f)).find((c) => c !== undefined),
    plain: strs.every((f) => lex.common.has(f) && !f.startsWith('ال')),
    alifFinal: /ى[\u064B-\u065F\u0670\u0640]*$/.test(t.text),
    yaFinal: /ي[\u064B-\u065F\u0670]*$/.test(t.text),
    given: false, givenForm: undefined, opensName: false,
    sport: SPORT_TITLES.get(t.norm) ?? SPORT_TITLES.get(forms[forms.length - 1].form),
  };
  const givenOk = (form: string) => lex.given.has(form) && !(w.alifFinal && !lex.givenAlif.has(form));
  w.given = givenOk(t.norm);
  w.givenForm = forms.find((f) => givenOk(f.form));
  w.opensName = forms.some((f) => givenOk(f.form) && (!f.clitic || !f.article)) || /^(ابو|عبد)..+/.test(t.norm);
  memo[ENT_SLOT] = w;
  return w;
}

const PUNCT_COMMA = new Set([',', '،']);
// adjectives read over inside a title phrase ("الرئيس السابق", "المبعوثة الخاصة"): data/entities/title-modifiers.tsv
const MODIFIERS = new Set(loadTsv('entities/title-modifiers.tsv').map((r) => normalize(r.modifier)));
// head nouns of source descriptions (data/attributions/sources.tsv, read only): "وقال شهود"، "وذكر مصدر قضائي"
// name no person
const SOURCE_HEADS = new Set(loadTsv('attributions/sources.tsv').map((r) => normalize(r.head)));
// titles of sport (data/entities/titles.tsv, domain = sport): a story with a coach or a player is about sport,
// where a club is called by its bare name ("الهلال"، "النصر")
const SPORT_TITLES = new Map<string, string[][]>();
for (const r of loadTsv('entities/titles.tsv')) {
  if (r.domain !== 'sport') continue;
  const ws = normalize(r.phrase).split(' ');
  SPORT_TITLES.set(ws[0], [...(SPORT_TITLES.get(ws[0]) ?? []), ws]);
}
/** The bare name X of an organisation named "X + nationality adjective" or "النادي/نادي X" (الأهلي المصري → الأهلي). */
function bareNameOf(form: string, lex: EntityLexicon): string | undefined {
  const ws = form.split(' ');
  if (ws.length !== 2) return undefined;
  const x = ws[0] === 'النادي' || ws[0] === 'نادي' ? ws[1] : lex.nationality.has(ws[1]) ? ws[0] : undefined;
  if (!x || !x.startsWith('ال') || x.length < 5 || lex.stop.has(x) || lex.nationality.has(x) || lex.orgHeadFirst.has(x) || lex.given.has(x) || lex.titleFirst.has(x)) return undefined;
  return x;
}
/** The clubs (orgs.tsv kind = sport) indexed by a name derived from each of their forms. */
function indexClubs(lex: EntityLexicon, nameOf: (form: string) => string | undefined): Map<string, LexEntry[]> {
  const index = new Map<string, LexEntry[]>();
  for (const e of lex.byId.values()) {
    if (e.kind !== 'sport') continue;
    for (const f of e.forms) {
      const x = nameOf(f);
      if (x && !(index.get(x) ?? []).includes(e)) index.set(x, [...(index.get(x) ?? []), e]);
    }
  }
  return index;
}
/** Bare names of the clubs, each with every club it may name. */
let clubBare: Map<string, LexEntry[]> | undefined;
const clubBareNames = (lex: EntityLexicon) => (clubBare ??= indexClubs(lex, (f) => bareNameOf(f, lex)));
/** Town names of the clubs named "نادي X" or "X + nationality adjective", X a town of places.tsv. */
let clubTowns: Map<string, LexEntry[]> | undefined;
const clubTownNames = (lex: EntityLexicon) => (clubTowns ??= indexClubs(lex, (f) => {
  const ws = f.split(' ');
  if (ws.length < 2) return undefined;
  const x = ws[0] === 'النادي' || ws[0] === 'نادي' ? ws.slice(1).join(' ') : lex.nationality.has(ws[ws.length - 1]) ? ws.slice(0, -1).join(' ') : undefined;
  if (!x) return undefined;
  const hit = lex.trie.matchAt((k) => x.split(' ')[k], 0, [x.split(' ')[0]])[0];
  return hit && hit.length === x.split(' ').length && hit.values.some((v) => v.entry.type === 'LOC' && v.entry.id.startsWith('place:')) ? x : undefined;
}));
// second words of compound names after a separate عبد ("عبد الرحمن"): data/entities/abd-names.tsv
const ABD_NAMES = new Set(loadTsv('entities/abd-names.tsv').map((r) => normalize(r.word)));
// heads of events named by an unknown proper word ("مهرجان موازين"): data/entities/event-heads.tsv
const EVENT_HEADS = new Map(loadTsv('entities/event-heads.tsv').map((r) => [normalize(r.head), `lexicon:data/${r.__line}`]));
// nouns naming the body that runs an event ("إدارة المهرجان"): data/entities/body-heads.tsv
const BODY_HEADS = new Map(loadTsv('entities/body-heads.tsv').map((r) => [normalize(r.head), `lexicon:data/${r.__line}`]));
// words that join name parts, and the patronymic ones among them: data/entities/name-connectors.tsv
const CONNECTOR_ROWS = loadTsv('entities/name-connectors.tsv');
const CONNECT = new Set(CONNECTOR_ROWS.map((r) => normalize(r.word)));
const PATRONYMIC = new Set(CONNECTOR_ROWS.filter((r) => r.kind === 'patronymic').map((r) => normalize(r.word)));
const LINKERS = new Set(['التابعه', 'التابع', 'لدي', 'في', 'باسم', 'ب', 'عن']);

export function extractEntities(doc: Doc, opts: EntityOptions = {}): EntityLayer {
  const lex = entityLexicon();
  const toks = doc.tokens;
  const n = toks.length;
  // word norms precomputed once: wordAt/isWord run in every trie walk (hot)
  const words: (string | undefined)[] = new Array(n);
  // per-token view of the per-word memo (no allocation per token)
  const ew: (EntWord | undefined)[] = new Array(n);
  // tokens whose word has clitic-stripped forms besides its own (scans test the bare form first)
  const multi = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const kind = toks[k].kind;
    const word = kind === 'word' || kind === 'latin' || kind === 'number';
    words[k] = word ? toks[k].norm : undefined;
    const w = word ? entWord(toks[k], lex) : undefined;
    ew[k] = w;
    if (w !== undefined && w.forms.length > 1) multi[k] = 1;
  }
  /** The first form of token k found in `keys` (bare form first), or undefined. */
  const formIn = (k: number, keys: { has(x: string): boolean }): Form | undefined => {
    if (keys.has(toks[k].norm)) return wi(k).forms[0];
    if (!multi[k]) return undefined;
    const fs = wi(k).forms;
    for (let q = 1; q < fs.length; q++) if (keys.has(fs[q].form)) return fs[q];
    return undefined;
  };
  const isWord = (k: number) => k < n && words[k] !== undefined;
  const wordAt = (k: number): string | undefined => (k < n ? words[k] : undefined);
  const wi = (k: number): EntWord => ew[k] ?? (ew[k] = entWord(toks[k], lex));
  const formsAt = (k: number): Form[] => wi(k).forms;
  const formStrs = (k: number): string[] => wi(k).strs;
  /** Where a mention of form f of token k starts in the text. */
  const at = (k: number, f: Form): number => toks[k].start + f.off;
  const cands: Cand[] = [];
  const owner = new Int32Array(n).fill(-1);
  const claim = (c: Cand): number => {
    cands.push(c);
    const id = cands.length - 1;
    for (let k = c.tokenStart; k < c.tokenEnd; k++) owner[k] = id;
    return id;
  };

  // 1. lexicon
  for (let i = 0; i < n; ) {
    if (!isWord(i)) { i++; continue; }
    if (!wi(i).first) { i++; continue; }
    const forms = formsAt(i);
    const ms = lex.trie.matchAt(wordAt, i, formStrs(i));
    if (!ms.length) { i++; continue; }
    const best = ms[0];
    const hit = best.values.find((v) => v.form === 'name') ?? best.values[0];
    const f = forms.find((x) => x.form === best.first)!;
    const last = toks[i + best.length - 1];
    claim({
      type: hit.entry.type, tokenStart: i, tokenEnd: i + best.length, start: at(i, f), end: last.end, kind: 'name',
      name: hit.entry.name, lex: hit.entry, short: hit.form === 'short', evidence: [hit.entry.evidence], titles: [],
      form: best.length === 1 ? best.first : undefined,
    });
    i += best.length;
  }

  // 1c (below) needs the homograph decisions; 1b. homographs ("عمان": Oman or Amman), one decision per mention from spelling and context
  for (const ch of resolveHomographs(doc, lex, cands, formStrs, (k) => wi(k).nat, doc.meta.country)) {
    const c = ch.cand;
    const e = ch.reading.entry;
    if (c.lex !== e) {
      c.lex = e;
      c.type = e.type;
      c.name = e.name;
      c.short = false;
      c.evidence = [e.evidence];
    }
    c.evidence.push(ch.reading.evidence);
  }

  // 1c. an organisation named "head + definite word" ("حركة النهضة", "حزب الكتائب") is also called by the
  // definite word alone ("النهضة"); only words that are not common words, given names or function words
  const rests = new Map<string, LexEntry | null>();
  for (const c of cands) {
    if (c.type !== 'ORG' || !c.lex) continue;
    const ws = normalizeCached(c.lex.name).split(' ');
    if (ws.length !== 2 || !lex.orgHeadFirst.has(ws[0]) || ws[0].startsWith('ال') || !ws[1].startsWith('ال') || ws[1].length < 5) continue;
    if (lex.common.has(ws[1]) || lex.given.has(ws[1]) || lex.stop.has(ws[1]) || lex.nationality.has(ws[1]) || lex.firstWords.has(ws[1])) continue;
    const prev = rests.get(ws[1]);
    rests.set(ws[1], prev === undefined || prev === c.lex ? c.lex : null);
  }
  if (rests.size) {
    for (let k = 0; k < n; k++) {
      if (owner[k] >= 0 || toks[k].kind !== 'word' || !formIn(k, rests)) continue;
      const f = formsAt(k).find((x) => rests.get(x.form));
      if (!f) continue;
      const e = rests.get(f.form)!;
      claim({ type: 'ORG', tokenStart: k, tokenEnd: k + 1, start: at(k, f), end: toks[k].end, kind: 'name', name: e.name, lex: e, evidence: [e.evidence, 'rule:org-head-dropped'], titles: [] });
    }
  }

  // 1d. an organisation named "X + nationality adjective" or "النادي X" (الأهلي المصري، النادي الأهلي، أرامكو
  // السعودية) is called X alone in the same article — not in adjective position after a definite noun ("السلم
  // الأهلي") and never as a person's surname ("محمد الأهلي")
  const bare = new Map<string, LexEntry | null>();
  for (const c of cands) {
    if (c.type !== 'ORG' || !c.lex || c.dead) continue;
    for (const form of c.lex.forms) {
      const x = bareNameOf(form, lex);
      if (!x) continue;
      const prev = bare.get(x);
      bare.set(x, prev === undefined || prev === c.lex ? c.lex : null);
    }
  }
  // in a sport story (a coach, a player, a goalkeeper …) a club is called by its bare name even when its full
  // name never appears ("مدرب الهلال"); of several clubs of one name, the one of the story's country
  let sport = false;
  const bySport = new Set<string>();
  for (let k = 0; k < n && !sport; k++) {
    const w = words[k];
    const ps = w === undefined ? undefined : wi(k).sport;
    if (ps) sport = ps.some((p) => p.every((x, q) => q === 0 || words[k + q] === x));
  }
  if (sport) {
    for (const [x, es] of clubBareNames(lex)) {
      if (bare.has(x)) continue;
      const home = es.filter((e) => e.country && e.country === doc.meta.country?.toUpperCase());
      const pick = es.length === 1 ? es[0] : home.length === 1 ? home[0] : undefined;
      if (pick) { bare.set(x, pick); bySport.add(x); }
    }
  }
  // in a sport story a club named after its town ("نادي أم صلال"، "السالمية الكويتي") is the town's name alone:
  // "فاز أم صلال على السالمية" — not after a place head or في ("في أم صلال" is the town)
  if (sport) {
    const towns = clubTownNames(lex);
    for (const c of cands) {
      if (c.dead || c.type !== 'LOC' || !c.lex) continue;
      const es = towns.get(normalize(doc.text.slice(c.start, c.end)));
      if (!es) continue;
      const home = es.filter((e) => e.country && e.country === doc.meta.country?.toUpperCase());
      const pick = es.length === 1 ? es[0] : home.length === 1 ? home[0] : undefined;
      const k = c.tokenStart;
      if (!pick || (k > 0 && (wi(k - 1).placeHead || toks[k - 1].norm === 'في'))) continue;
      c.type = 'ORG'; c.lex = pick; c.name = pick.name; c.short = false;
      c.evidence = [pick.evidence, 'rule:club-town-name(sport)'];
    }
  }
  if (bare.size) {
    for (let k = 0; k < n; k++) {
      if (owner[k] >= 0 || toks[k].kind !== 'word' || !formIn(k, bare)) continue;
      const f = formsAt(k).find((x) => bare.get(x.form));
      if (!f) continue;
      const p = k > 0 ? toks[k - 1] : undefined;
      if (f.off === 0 && p && p.kind === 'word' && p.norm.startsWith('ال') && !lex.stop.has(p.norm) && !(owner[k - 1] >= 0 && cands[owner[k - 1]].type === 'PER')) continue;
      const e = bare.get(f.form)!;
      claim({ type: 'ORG', tokenStart: k, tokenEnd: k + 1, start: at(k, f), end: toks[k].end, kind: 'name', name: e.name, lex: e, evidence: [e.evidence, bySport.has(f.form) ? 'rule:club-bare-name(sport)' : 'rule:org-bare-name'], titles: [] });
    }
  }

  // 1e. "المملكة"، "السلطنة" alone in a story of a kingdom or sultanate (meta.country): that country, when its
  // own name in the lexicon is "المملكة …/مملكة …" ("إيرادات المملكة" in a Saudi story)
  const home = doc.meta.country ? lex.byId.get('country:' + doc.meta.country.toUpperCase()) : undefined;
  if (home) {
    const heads = new Set<string>();
    for (const form of home.forms) {
      const w0 = form.split(' ')[0];
      if (form.includes(' ') && /^(ال)?(مملكه|سلطنه)$/.test(w0)) heads.add(w0.startsWith('ال') ? w0 : 'ال' + w0);
    }
    for (let k = 0; heads.size && k < n; k++) {
      if (owner[k] >= 0 || toks[k].kind !== 'word' || !formIn(k, heads)) continue;
      const f = formsAt(k).find((x) => heads.has(x.form))!;
      // "المملكة المتحدة" and other names are lexicon matches already; a following adjective makes another kingdom
      const nx = k + 1 < n ? toks[k + 1] : undefined;
      if (nx && nx.kind === 'word' && nx.norm.startsWith('ال') && !lex.stop.has(nx.norm)) continue;
      claim({ type: 'LOC', tokenStart: k, tokenEnd: k + 1, start: at(k, f), end: toks[k].end, kind: 'name', name: home.name, lex: home, evidence: [home.evidence, 'rule:home-kingdom(meta.country)'], titles: [] });
    }
  }

  // helpers over the lexicon sets
  const isStop = (w: string) => lex.stop.has(w);
  const isNat = (w: string) => lex.nationality.has(w);
  const isNisba = (w: string) => w.startsWith('ال') && w.length >= 5 && (w.endsWith('ي') || w.endsWith('اوي')) && !isNat(w) && !lex.common.has(w);
  // a relational adjective of either gender ("الدولي", "الجوية", "البحرية")
  const isAdj = (w: string) => w.startsWith('ال') && w.length >= 5 && (w.endsWith('ي') || w.endsWith('يه')) && !isStop(w);
  const titleFirst = new Set<string>();
  const titleAt = (k: number, forms?: string[]) => (lex.titleFirst.has(toks[k].norm) || forms?.some((f) => lex.titleFirst.has(f)) ? lex.titles.matchAt(wordAt, k, forms)[0] : undefined);
  const titleStartMemo = new Int8Array(n);
  const isTitleStart = (k: number) => (titleStartMemo[k] ||= titleAt(k) ? 1 : 2) === 1;
  void titleFirst;

  // على is folded to علي by normalisation: a word written with final ى is a given name only when listed so
  const givenTok = (k: number): boolean => k < n && wi(k).given;

  const rawEndsYa = (k: number) => wi(k).yaFinal;
  const commonTok = (k: number) => lex.common.has(toks[k].norm) && !(lex.alifOnly.has(toks[k].norm) && rawEndsYa(k));
  const stopTok = (k: number) => isStop(toks[k].norm) && !(lex.alifOnly.has(toks[k].norm) && rawEndsYa(k));

  /** A name-like word that may continue a person's name. */
  const nameWord = (k: number, first: boolean): boolean => {
    if (!isWord(k) || toks[k].kind !== 'word' || owner[k] >= 0) return false;
    const w = toks[k].norm;
    if (givenTok(k) || CONNECT.has(w)) return !stopTok(k);
    // names do not start with و/ف unless listed (وليد، فيصل); a ف-word the clitic analyser keeps whole may (فهمي، فيرجسون)
    // (a foreign surname in و- right before punctuation, whose stem is no known word: "كاثرين ويلكنسون،")
    const foreignW = !first && w[0] === 'و' && w.length >= 6 && !w.startsWith('وال') && !/(ه|ها|هم|هما|كم|نا)$/.test(w) && !lex.given.has(w.slice(1)) && !lex.common.has(w.slice(1)) && !isStop(w.slice(1)) &&
      !isTitleStart(k) && (k + 1 >= n || toks[k + 1].kind === 'punct');
    // (an Emirati family name in بال- closing the name before punctuation: "خالد محمد بالعمى،"، "بالهول")
    const balW = !first && w.startsWith('بال') && w.length >= 6 && !isStop(w) && !isStop(w.slice(1)) && !isTitleStart(k) && !lex.common.has(w.slice(3)) && !lex.common.has(w.slice(1)) &&
      !lex.orgHeadFirst.has(w.slice(1)) && !/(ه|ها|هم|ات|ين|ون)$/.test(w) && (k + 1 >= n || toks[k + 1].kind === 'punct') && k > 1 && givenTok(k - 1) && givenTok(k - 2);
    if ((w[0] === 'و' && !foreignW) || (w[0] === 'ف' && formsAt(k).length > 1)) return false;
    if (w.length < 3 || isStop(w) || isNat(w) || lex.common.has(w) || isTitleStart(k)) return false;
    // a word that splits as clitic + stem ("بمقر", "وهادي", "ستكون") is not inside a name
    if (formsAt(k).length > 1 && !foreignW && !balW) return false;
    // a short word written with a shadda is a vocalised verb ("قدّم"، "ردّ"), not a family name
    if (!first && w.length <= 4 && /\u0651/.test(toks[k].text)) return false;
    // a vocalised imperfect or passive verb ("سيُسلَّم", "يُعتقد"): a damma or shadda after a verb prefix
    if (/^(ي|ت|ن|سي|ست|سن)/.test(w) && /[\u064F\u0651]/.test(toks[k].text)) return false;
    // a verb-like prefix ends a name, except on the last word before punctuation ("… أحمد ينار.")
    if (/^(ي|ت|ست|سي|سن)/.test(w) && !isNisba(w) && (first || !(k + 1 >= n || toks[k + 1].kind === 'punct' || (/^(ست|سي|سن)/.test(w) && isStop(toks[k + 1].norm))))) return false;
    // accusative tanween ("مستشارا"), but not foreign feminine surnames ("غورغييفا", "زاخاروفا", "كارينا")
    // (a foreign surname in ـا right before punctuation, whose stem is no known word: "إرنست باي كوروما،")
    const foreignA = /(وما|اما|ندا|ولا|يلا|وزا)$/.test(w) && !lex.common.has(w.slice(0, -1)) && !MODIFIERS.has(w.slice(0, -1)) && (k + 1 >= n || toks[k + 1].kind === 'punct');
    if (!first && !w.startsWith('ال') && w.length >= 5 && w.endsWith('ا') && !/(ا|ي)ا$/.test(w) && !/(وفا|يفا|ينا|سكا)$/.test(w) && !foreignA) return false;
    return true;
  };

  /** What follows a name: punctuation, a function word, a verb of saying, a title, a clitic-bearing word … */
  const closesName = (q: number): boolean =>
    q >= n || !isWord(q) || toks[q].kind !== 'word' || owner[q] >= 0 || isStop(toks[q].norm) || lex.speech.has(toks[q].norm) ||
    toks[q].norm.length <= 2 || isTitleStart(q) || formsAt(q).length > 1 || givenTok(q) || isNisba(toks[q].norm) ||
    CONNECT.has(toks[q].norm) || isNat(toks[q].norm);

  /**
   * An unknown word right after a title that is more likely a verb or a common noun than a name: a noun in
   * ة ("جلسة"), a short past-tense verb in ت ("صرحت"), an accusative participle ("قائلا", "مؤكدا"), an
   * active participle ("الفريق جاهز", "مستعد"), a plural or dual ("اتصالين").
   */
  const verbOrNounAfterTitle = (k: number): boolean => {
    const w = toks[k].norm;
    // an elative or a verb in ى ("أسمى آيات الشكر", "أعلى", "أبدى") is no name unless listed as a given name
    if (!givenTok(k) && (wi(k).alifFinal || (/^أ/.test(toks[k].text) && w.length === 4))) return true;
    // a ل-complement in construct with a definite word ("المتحدثة باسم المفوضية السامية لشؤون اللاجئين")
    if (!givenTok(k) && w[0] === 'ل' && k + 1 < n && toks[k + 1].kind === 'word' && toks[k + 1].norm.startsWith('ال')) return true;
    return /ة$/.test(toks[k].text.replace(/[\u064B-\u065F\u0670\u0640]+$/, '')) || (w.endsWith('ت') && w.length <= 5) || /^(.ا..ا|م...ا|.ا..|مست.+)$/.test(w) || (w.length >= 6 && /(ون|ات|ين)$/.test(w));
  };

  // lexicon entries matched by a full (not short) form somewhere in the article, computed once when first asked
  let fullLexSet: Set<string> | undefined;
  const fullLex = (): Set<string> => (fullLexSet ??= new Set(cands.filter((c) => c.lex && !c.short && !c.dead).map((c) => c.lex!.id)));

  /** Parse a person name starting at k; returns the end token index (exclusive) or k when none. */
  const parseName = (k: number, afterTitle: boolean): number => {
    if (!isWord(k) || owner[k] >= 0 || toks[k].kind !== 'word') return k;
    const w0 = toks[k].norm;
    // after a title a name may carry the article when the bare form is a given name ("الملك الحسين")
    // …and before a patronymic chain ("الوزير الحسين ولد امدو", "الحسن بن طلال")
    const articleGiven = (afterTitle || (k + 1 < n && PATRONYMIC.has(toks[k + 1].norm))) && /^ال/.test(toks[k].text) && lex.given.has(w0.slice(2)) && !lex.common.has(w0) && formsAt(k).length === 1;
    // "عبد" written apart before a definite word ("عبد الرحمن", "عبد الإله") opens a compound given name
    const abd = w0 === 'عبد' && k + 1 < n && owner[k + 1] < 0 && toks[k + 1].kind === 'word' && ABD_NAMES.has(toks[k + 1].norm);
    if (!wi(k).opensName && !articleGiven && !abd && !(afterTitle && nameWord(k, true) && !w0.startsWith('ال') && !verbOrNounAfterTitle(k))) return k;
    let e = k + 1;
    let surnameSeen = w0.startsWith('ال');
    let patronymic = false;
    // a name opening with عبد/أبو takes the next word whatever it is ("عبد الله", "أبو الفضل")
    if (/^(عبد|ابو)$/.test(w0)) {
      if (!(e < n && isWord(e) && toks[e].kind === 'word' && owner[e] < 0 && !stopTok(e) && !isNat(toks[e].norm))) return k;
      e++;
    }
    for (;;) {
      // "ذياب بن محمد بن زايد": a patronymic chain may swallow a known person ("محمد بن زايد")
      if (e + 1 < n && /^(بن|ابن|بنت)$/.test(toks[e].norm) && owner[e] < 0 && owner[e + 1] >= 0 && cands[owner[e + 1]].type === 'PER' && cands[owner[e + 1]].tokenStart === e + 1) {
        const c = cands[owner[e + 1]];
        c.dead = true;
        for (let q = c.tokenStart; q < c.tokenEnd; q++) owner[q] = -1;
        e = c.tokenEnd;
        while (e < n && nameWord(e, false) && (CONNECT.has(toks[e].norm) || isNisba(toks[e].norm) || e + 1 < n && CONNECT.has(toks[e - 1].norm))) e++;
        continue;
      }
      // a patronymic chain makes a longer name ("عبد الله بن سعيد المعمري"), a nisba that is also a
      // nationality may close it ("ماجد بن سالم الكندي،")
      const limit = patronymic ? 7 : 4;
      const natSurname = patronymic && e < n && e - k < limit && owner[e] < 0 && toks[e].kind === 'word' && isNat(toks[e].norm) && toks[e].norm.startsWith('ال') && closesName(e + 1) && !isNat(toks[e - 1].norm);
      if (natSurname) { e++; break; }
      // an indefinite relational adjective as a family name right after a given name ("محمد إسلامي"، "كريم عربي"),
      // closed by punctuation or a function word; an ambiguous given name needs a title before it
      const indefNat = e === k + 1 && e < n && owner[e] < 0 && toks[e].kind === 'word' && isNat(toks[e].norm) && !/^ال/.test(toks[e].text) &&
        formsAt(e).length === 1 && !/[ةه][\u064B-\u065F\u0670]*$/.test(toks[e].text) && toks[e].norm.length >= 4 && wi(k).given && (afterTitle || !commonTok(k)) && closesName(e + 1) && !isNat(toks[e + 1]?.norm ?? '');
      if (indefNat) { e++; break; }
      // a lexicon surname alone ("كاسترو") right after another given name is that person's surname: "لويس كاسترو"
      // (only when the known person is never named in full in the article and no form of theirs holds that given name)
      if (e === k + 1 && e < n && owner[e] >= 0 && cands[owner[e]].short && cands[owner[e]].tokenStart === e && (afterTitle || (k > 0 && isTitleStart(k - 1))) && wi(k).given && !(k > 0 && CONNECT.has(toks[k - 1].norm)) &&
        !fullLex().has(cands[owner[e]].lex!.id) && ![...cands[owner[e]].lex!.forms].some((f) => f.split(' ').includes(toks[k].norm))) {
        const sc = cands[owner[e]];
        sc.dead = true;
        for (let q = sc.tokenStart; q < sc.tokenEnd; q++) owner[q] = -1;
        // the short form's words are that person's family name ("حسن فضل الله" after "النائب")
        if (sc.tokenEnd - sc.tokenStart > 1) { e = sc.tokenEnd; break; }
        if (nameWord(e, false)) { e++; break; }
      }
      if (!(e < n && e - k < limit && nameWord(e, false))) break;
      const w = toks[e].norm;
      // an unknown word (not a given name, nisba or connector) continues a name only when what follows
      // closes the name or is itself a name part ("مازن علوش،" but not "عمر ناهز 86 عاما")
      if (!givenTok(e) && !isNisba(w) && !CONNECT.has(w) && !(e > k && CONNECT.has(toks[e - 1].norm))) {
        // after a title, a given name's surname need not be followed by a closer ("رئيس النادي رامون كالديرون يشغل")
        // (not a noun in construct with a definite word: "الشيخ نواف مقاليد الحكم")
        const nextDef = e + 1 < n && toks[e + 1].kind === 'word' && toks[e + 1].norm.startsWith('ال') && !isNisba(toks[e + 1].norm);
        const titled = afterTitle && e === k + 1 && wi(k).opensName && !w.startsWith('ال') && !nextDef && !verbOrNounAfterTitle(e);
        // (after a title, two unknown words may close together: "الرئيس الأسبق إرنست باي كوروما،")
        if (!titled && !closesName(e + 1) && !(afterTitle && e + 2 < n && nameWord(e + 1, false) && !toks[e + 1].norm.startsWith('ال') && !/(ه|ها|هم)$/.test(toks[e + 1].norm) && toks[e + 2].kind === 'punct' && !/(ه|ها|هم)$/.test(w))) break;
      }
      // after a surname with the article only another nisba may follow ("الطالباني الحسيني")
      if (surnameSeen && !(isNisba(w) || CONNECT.has(w))) break;
      if (w.startsWith('ال')) surnameSeen = true;
      e++;
      if (CONNECT.has(w)) {
        // Mauritanian and Sudanese chains use ولد/بنت like بن ("سيدي محمد ولد الشيخ عبد الله")
        // Gulf family names with آل close a long chain too ("عبد الرحمن صالح آل صالح")
        if (PATRONYMIC.has(w) || (w === 'ال' && /^آل/.test(toks[e - 1].text))) patronymic = true;
        // after عبد/أبو/بن any non-function word is a name part ("عبد الله", "أبو الفضل")
        if (!(e < n && isWord(e) && toks[e].kind === 'word' && owner[e] < 0 && !stopTok(e) && !isNat(toks[e].norm))) { e--; break; }
        e++;
        // "ولد الشيخ أحمد"، "بن الشيخ محمد": an honorific inside a patronymic chain is part of the ancestor's name
        if (patronymic && isTitleStart(e - 1) && e < n && owner[e] < 0 && givenTok(e) && !stopTok(e)) { surnameSeen = false; e++; }
      }
    }
    // a trailing connector is not part of the name
    while (e > k + 1 && CONNECT.has(toks[e - 1].norm)) e--;
    return e;
  };

  /** A given name with the article opening a patronymic chain ("الحسين ولد امدو", "الحسن بن علي"). */
  const articleNameAt = (q: number): boolean => {
    const w = toks[q].norm;
    return w.startsWith('ال') && lex.given.has(w.slice(2)) && q + 1 < n && PATRONYMIC.has(toks[q + 1].norm);
  };

  // a one-word place with the article and a feminine ending right after a definite feminine relational adjective
  // agrees with it as another adjective: "الظروف الاقتصادية القاهرة" (force majeure), not Cairo
  for (const c of cands) {
    if (c.dead || c.type !== 'LOC' || !c.lex || c.tokenEnd - c.tokenStart !== 1 || c.tokenStart === 0) continue;
    const k = c.tokenStart;
    const p = k - 1;
    if (c.start !== toks[k].start || !toks[k].norm.startsWith('ال') || !/ة[\u064B-\u065F\u0670]*$/.test(toks[k].text)) continue;
    if (toks[p].kind !== 'word' || owner[p] >= 0 || !isAdj(toks[p].norm) || isNat(toks[p].norm) || !/ة[\u064B-\u065F\u0670]*$/.test(toks[p].text)) continue;
    c.dead = true;
    owner[k] = -1;
  }

  // 2a. titles, with the names they introduce
  interface TitleOcc { start: number; end: number; tokenStart: number; tokenEnd: number; phraseEnd: number; text: string; key: string; kind: string; person: number; evidence: string; withComplement: boolean }
  const titleOccs: TitleOcc[] = [];
  for (let i = 0; i < n; i++) {
    // a lexicon short form that is also a title ("المهندس") is the title when a name follows it ("المهندس كريم …")
    if (owner[i] >= 0 && cands[owner[i]].short && cands[owner[i]].tokenEnd === i + 1 && wi(i).title && i + 1 < n && owner[i + 1] < 0 && parseName(i + 1, true) > i + 1) {
      cands[owner[i]].dead = true;
      owner[i] = -1;
    }
    if (!isWord(i) || (owner[i] >= 0 && cands[owner[i]].type !== 'ORG')) continue;
    if (owner[i] >= 0) continue;
    if (!wi(i).title) continue;
    // "ولد الشيخ أحمد": an honorific right after a patronymic connector belongs to the ancestor's name
    if (i > 0 && PATRONYMIC.has(toks[i - 1].norm)) continue;
    const forms = formsAt(i);
    const m = lex.titles.matchAt(wordAt, i, formStrs(i))[0];
    if (!m) continue;
    const f = forms.find((x) => x.form === m.first)!;
    const val = m.values[0];
    let j = i + m.length;
    let withComplement = false;
    // complements: nationality adjectives, modifiers, an organisation/place, "باسم X", "لدى X", "التابعة لـ X"
    for (let guard = 0; guard < 6 && j < n; guard++) {
      const w = wordAt(j);
      if (w === undefined) break;
      if (owner[j] >= 0 && (cands[owner[j]].type === 'ORG' || cands[owner[j]].type === 'LOC')) {
        j = cands[owner[j]].tokenEnd; withComplement = true; continue;
      }
      if (owner[j] >= 0) break;
      if (isNat(w) || MODIFIERS.has(w)) { j++; withComplement = true; continue; }
      // a relational adjective right before a name-like word ("الخبير الاقتصادي أمين فارس", "السناتور الجمهوري")
      if (val.kind === 'role' && isAdj(w) && !lex.given.has(w) && formsAt(j).length <= 2 && j + 1 < n && owner[j + 1] < 0 && toks[j + 1].kind === 'word' &&
        !toks[j + 1].norm.startsWith('ال') && !isStop(toks[j + 1].norm) && (givenTok(j + 1) || nameWord(j + 1, true))) { j++; withComplement = true; continue; }
      // an organisation named by a head and its idafa chain, not yet claimed ("رئيس مجلس الأمة", "رئيس هيئة الأركان")
      if (j === i + m.length && wi(j).orgHead) {
        const hm = lex.orgHeads.matchAt(wordAt, j, formStrs(j))[0];
        let q = hm ? j + hm.length : j;
        while (q > j && q < n && q - j < 5 && owner[q] < 0 && wordAt(q)?.startsWith('ال') && !isStop(toks[q].norm) && !lex.given.has(toks[q].norm) && !articleNameAt(q) && formsAt(q).length <= 2) q++;
        if (hm && q > j + hm.length) { j = q; withComplement = true; continue; }
      }
      // a لل-complement ("المديرة العامة للصندوق", "المبعوث الخاص للأمين العام")
      if (withComplement && w.startsWith('لل') && w.length >= 5 && formsAt(j).some((x) => x.article && x.clitic) && !lex.given.has(w)) { j++; continue; }
      // a coordinated adjective ("رجل الدين الشيعي البارز والسياسي")
      if (withComplement && w.startsWith('وال') && isAdj(w.slice(1)) && !lex.given.has(w)) { j++; continue; }
      // a coordinated definite noun of the portfolio, with its adjectives ("وزير البترول والثروة المعدنية")
      if (withComplement && w.startsWith('وال') && w.length >= 6 && !isStop(w) && !isStop(w.slice(1)) && !lex.given.has(w.slice(1)) && !lex.titleFirst.has(w.slice(1)) && !articleNameAt(j) && j + 1 < n && !isStop(toks[j + 1].norm)) {
        j++;
        while (j < n && wordAt(j) !== undefined && owner[j] < 0 && isAdj(toks[j].norm) && !isNat(toks[j].norm)) j++;
        continue;
      }
      // an organisation named after a ل-prefixed head ("الرئيسة التنفيذية لشركة «نورث ميد» البريطانية")
      {
        const q = j + 1 < n && toks[j + 1].kind === 'quote' ? j + 2 : j + 1;
        if (w.length >= 4 && w[0] === 'ل' && !w.startsWith('لل') && q < n && owner[q] >= 0 && cands[owner[q]].type === 'ORG' &&
          cands[owner[q]].tokenStart === q && lex.orgHeadFirst.has(w.slice(1))) {
          j = cands[owner[q]].tokenEnd;
          if (j < n && toks[j].kind === 'quote') j++;
          withComplement = true; continue;
        }
      }
      if (LINKERS.has(w) && j + 1 < n && owner[j + 1] >= 0 && cands[owner[j + 1]].type !== 'PER') { j = cands[owner[j + 1]].tokenEnd; withComplement = true; continue; }
      if ((w === 'باسم' || w === 'لدي') && j + 1 < n && owner[j + 1] < 0 && wordAt(j + 1)?.startsWith('ال')) {
        j += 2;
        while (j < n && wordAt(j) !== undefined && owner[j] < 0 && (isNat(toks[j].norm) || isAdj(toks[j].norm))) j++;
        withComplement = true;
        continue;
      }
      if (LINKERS.has(w) && j + 1 < n && owner[j + 1] < 0) {
        // "التابعة للحرس": the clitic-bearing next word is handled by the lexicon pass already
        break;
      }
      // a definite noun in idafa after a role ("وزير الخارجية", "رئيس الوزراء" are in the list; others: "قائد الجيش")
      // (not a given name with the article opening a chain: "الوزير الحسين ولد امدو", "الشيخ الحسن بن علي")
      const articleName = articleNameAt(j);
      if (val.kind === 'role' && w.startsWith('ال') && !isStop(w) && j === i + m.length && owner[j] < 0 && !lex.given.has(w) && !articleName && formsAt(j).length === 1 && !isNisba(w)) { j++; withComplement = true; continue; }
      break;
    }
    const titleEnd = j;
    // optional comma / dash, then more titles (rank), then the name
    let k = j;
    let comma = false;
    if (k < n && (PUNCT_COMMA.has(toks[k].text) || toks[k].kind === 'dash')) { k++; comma = true; }
    // a role right after a name is an apposition to that name ("هادي العامري رئيس منظمة بدر")
    const afterName = i > 0 && owner[i - 1] >= 0 && cands[owner[i - 1]].type === 'PER' && f.off === 0;
    for (let g = 0; g < 2 && k < n && isWord(k) && owner[k] < 0; g++) {
      const t2 = titleAt(k);
      if (!t2) break;
      k += t2.length;
      while (k < n && isWord(k) && (isNat(toks[k].norm) || MODIFIERS.has(toks[k].norm))) k++;
    }
    let person = -1;
    if (k < n && owner[k] >= 0 && cands[owner[k]].type === 'PER') person = owner[k];
    else if (k < n && owner[k] < 0 && !afterName) {
      // after a bare role word ("قائد", "رئيس") only a given name opens a name; ranks and honorifics take any name
      // a title phrase of two words or more ("رئيس الجمهورية", "وزير الخارجية") is complete: any name may follow
      // ("رئيس الجمهورية جوزاف عون"), as after a complement
      const e = parseName(k, !comma && (val.kind !== 'role' || withComplement || m.length >= 2));
      if (e > k) {
        const fg = wi(k).givenForm ?? formsAt(k)[0];
        const startOff = at(k, fg);
        person = claim({ type: 'PER', tokenStart: k, tokenEnd: e, start: startOff, end: toks[e - 1].end, kind: 'name', name: nameText(doc.text, startOff, toks[e - 1].end, fg.article), evidence: [val.evidence.replace('rule:title', 'rule:title+name')], titles: [] });
      }
    }
    const start = at(i, f);
    const end = toks[titleEnd - 1].end;
    const raw = doc.text.slice(start, end);
    const text = f.article && f.clitic && !/^[اأإآ]ل/.test(raw) ? 'ال' + raw : raw;
    const key = normalize(text);
    titleOccs.push({ start, end, tokenStart: i, tokenEnd: titleEnd, phraseEnd: i + m.length, text, key, kind: val.kind, person, evidence: val.evidence, withComplement });
    if (person < 0) continue;
    i = Math.max(i, titleEnd - 1);
  }

  // a given name joined by و in a list of names ("… وحسن نجمي"): the bare given name is unambiguous and not علي
  const andGiven = (k: number): boolean => {
    const g = wi(k).givenForm;
    return !!g && g.off > 0 && toks[k].norm[0] === 'و' && g.form === toks[k].norm.slice(1) && !lex.common.has(g.form) && g.form !== 'علي';
  };

  // a definite surname that is no common word, nationality or function word ("حسين الشحات", "أمين الناصر")
  const definiteSurname = (k: number): boolean => {
    if (k >= n || owner[k] >= 0 || toks[k].kind !== 'word') return false;
    const w = toks[k].norm;
    return w.startsWith('ال') && w.length >= 5 && formsAt(k).length === 1 && !commonTok(k) && !stopTok(k) && !isNat(w) &&
      !/[ةه]$/.test(toks[k].text) && !/(ون|ين|ات)$/.test(w) && !isTitleStart(k);
  };

  // 2b. given name + surname without a title
  for (let i = 0; i < n; i++) {
    if (owner[i] >= 0 || !isWord(i)) continue;
    // a kunya: "أم سالم", "أبو خالد" (أم with its hamza, then an unambiguous given name)
    if (/^[أإ]م$|^أبو$/.test(toks[i].text) && i + 1 < n && owner[i + 1] < 0 && givenTok(i + 1) && !stopTok(i + 1) && wi(i + 1).givenForm?.off === 0) {
      let e = i + 2;
      if (e < n && owner[e] < 0 && isWord(e) && isNisba(toks[e].norm)) e++;
      claim({ type: 'PER', tokenStart: i, tokenEnd: e, start: toks[i].start, end: toks[e - 1].end, kind: 'name', name: doc.text.slice(toks[i].start, toks[e - 1].end), evidence: ['rule:kunya'], titles: [] });
      i = e - 1;
      continue;
    }
    let e = parseName(i, false);
    // an unambiguous given name + one more name word that closes: "مازن علوش لـ…"
    if (e - i < 2 && (givenTok(i) && formsAt(i).length === 1 && !commonTok(i) || andGiven(i)) && nameWord(i + 1, false) && closesName(i + 2) &&
      (!toks[i + 1].norm.startsWith('ال') || isNisba(toks[i + 1].norm))) e = i + 2;
    // an unambiguous given name + a definite surname: "يدرك حسين الشحات التعادل"
    const defSurname = e - i < 2 && givenTok(i) && formsAt(i).length === 1 && !commonTok(i) && definiteSurname(i + 1);
    if (defSurname) e = i + 2;
    if (e - i < 2) continue;
    const second = toks[i + 1].norm;
    let ok = givenTok(i + 1) || isNisba(second) || CONNECT.has(second) || /^(ابو|عبد)/.test(toks[i].norm) || e - i > 3;
    let end = e;
    // an unambiguous given name (not a common word) + one more name word: "مازن علوش"
    if (!ok && (givenTok(i) && formsAt(i).length === 1 && !commonTok(i) || andGiven(i)) && second.length >= 3 && !second.startsWith('ال')) { ok = true; end = i + 2; }
    if (!ok && defSurname) { ok = true; end = i + 2; }
    if (!ok) continue;
    const e2 = end;
    // "علي" + a full name known elsewhere: the preposition على misspelt
    const fg = wi(i).givenForm ?? formsAt(i)[0];
    claim({ type: 'PER', tokenStart: i, tokenEnd: e2, start: at(i, fg), end: toks[e2 - 1].end, kind: 'name', name: nameText(doc.text, at(i, fg), toks[e2 - 1].end, fg.article && fg.clitic), evidence: ['rule:given+surname'], titles: [] });
    i = e2 - 1;
  }

  // 2b''. a nationality adjective used as a noun before a name: "يعادل الصربي ألكسندر ميتروفيتش", "مهاجمه
  // الكونغولي غي مبينزا" — not after a definite noun it qualifies ("الموقف الروسي ثابت")
  for (let i = 1; i + 1 < n; i++) {
    if (owner[i] >= 0 || owner[i + 1] >= 0 || toks[i].kind !== 'word' || !toks[i].norm.startsWith('ال') || !isNat(toks[i].norm) || formsAt(i).length > 1) continue;
    const p = toks[i - 1];
    if (p.kind === 'word' && (formsAt(i - 1).some((f) => f.article) || owner[i - 1] >= 0 || isNat(p.norm))) continue;
    const k = i + 1;
    // up to three name words: no article, clitic, function word, common word or feminine noun in ة
    let e = k;
    // (the article as written: "ألكسندر" folds to "الكسندر" but has no article)
    while (e < n && e - k < 3 && owner[e] < 0 && toks[e].kind === 'word' && !/^ال/.test(toks[e].text) && (formsAt(e).length === 1 || /^أل/.test(toks[e].text)) &&
      !stopTok(e) && !commonTok(e) && !isNat(toks[e].norm) && !isTitleStart(e) && toks[e].norm.length >= 2 &&
      (givenTok(e) || !/[ةه]$/.test(toks[e].text))) e++;
    // the name ends at punctuation, a function word, a definite word (the verb's object) or the sentence end
    const nx = e < n ? toks[e] : undefined;
    if (e === k || (nx && nx.kind === 'word' && !nx.norm.startsWith('ال') && !stopTok(e) && owner[e] < 0)) continue;
    if (e === k + 1 && toks[k].norm.length < 4 && !givenTok(k)) continue;
    const ff = formsAt(k)[0];
    claim({ type: 'PER', tokenStart: k, tokenEnd: e, start: at(k, ff), end: toks[e - 1].end, kind: 'name', name: nameText(doc.text, at(k, ff), toks[e - 1].end, false), evidence: ['rule:nationality+name'], titles: [] });
    i = e - 1;
  }

  // 2b'. the subject of a verb of saying: "وقال بلير إن", "وأضاف غورباتشوف:"
  for (let i = 0; i + 2 < n; i++) {
    if (!isWord(i) || !wi(i).speech) continue;
    const k = i + 1;
    if (owner[k] >= 0 || !isWord(k) || toks[k].kind !== 'word') continue;
    const w = toks[k].norm;
    // a definite word after a verb of saying is a description ("وكشف الدبلوماسي أنه"); surnames alone come from coreference
    if (w.startsWith('ال')) continue;
    if (!nameWord(k, true) && !givenTok(k)) continue;
    // plurals and pronoun-suffixed nouns are vague sources, not names ("مراقبون", "محللون", "اسمه")
    if (!givenTok(k) && /(ون|ين|ات|ه)$/.test(w)) continue;
    // a source head ("شهود"، "سكان"، "مصدر") is a description
    if (!givenTok(k) && SOURCE_HEADS.has(w)) continue;
    let e = CONNECT.has(w) ? parseName(k, true) : k + 1;
    if (e <= k) continue;
    while (e < n && e - k < 3 && nameWord(e, false) && !(toks[e].norm.startsWith('ال') && !isNisba(toks[e].norm))) e++;
    while (e > k && CONNECT.has(toks[e - 1].norm)) e--;
    if (e <= k) continue;
    const close = e < n ? toks[e] : null;
    // "وقال X إن", "وأشار X إلى أن", "وقال X في كلمة": a preposition closes only after an unambiguous given name
    const prepClose = !!close && /^(الي|في|خلال|عبر|امام|لدي)$/.test(close.norm) && givenTok(k) && !commonTok(k);
    if (!close || !(prepClose || /^(ان|انه|انها)$/.test(close.norm) || close.text === ':' || PUNCT_COMMA.has(close.text) || close.kind === 'dash')) continue;
    // a lone ambiguous given name or a common word is not enough
    if (e - k === 1 && (lex.common.has(w) || w.length < 3)) continue;
    const ff = formsAt(k)[0];
    claim({ type: 'PER', tokenStart: k, tokenEnd: e, start: at(k, ff), end: toks[e - 1].end, kind: 'name', name: nameText(doc.text, at(k, ff), toks[e - 1].end, false), evidence: ['rule:speech-subject'], titles: [] });
    i = e - 1;
  }

  // 2c. organisation heads with their idafa chain
  // words inside a title phrase ("رئيس الحكومة", "وزيرة الخارجية") do not open an organisation of their own
  const inTitlePhrase = new Uint8Array(n);
  // …nor does the word right after a role ("وزيرة الدفاع الفرنسية": the portfolio), unless a linker ends it ("المتحدث باسم")
  const afterRole = new Uint8Array(n + 1);
  for (const t of titleOccs) {
    for (let k = t.tokenStart + 1; k < t.phraseEnd; k++) inTitlePhrase[k] = 1;
    if (!/^(باسم|لدي)$/.test(toks[t.phraseEnd - 1].norm)) afterRole[t.phraseEnd] = 1;
  }
  /**
   * End of a run of at most three indefinite construct nouns from k (the first may carry a clitic و/ل: `skip`
   * letters) when a definite noun or a known place/organisation follows it; else k. Not a function word, a verb,
   * a given name, a title, an accusative or another organisation head ("مجلس إدارة الشركة" is a board).
   */
  const idafaEnd = (k: number, skip: number): number => {
    let q = k;
    while (q < n && q - k < 3 && isWord(q) && owner[q] < 0 && toks[q].kind === 'word') {
      const w = q === k ? toks[q].norm.slice(skip) : toks[q].norm;
      if (w.length < 3 || w.startsWith('ال') || isStop(w) || isStop(toks[q].norm) || lex.given.has(w) || isTitleStart(q) || isNat(w) || /^(ي|ست|سي|سن)/.test(w) || (skip === 0 && lex.orgHeadFirst.has(w))) break;
      // ت opens a verb ("تدرس"، "تطالب") unless the word has a masdar's shape ("تنظيم"، "تنمية"، "تحقيقات")
      if (w[0] === 'ت' && !/^ت..ي.$/.test(w) && !/(ه|ات)$/.test(w)) break;
      if (/ا$/.test(w) && !/(اء|يا)$/.test(w)) break;
      if (q === k && skip === 0 && (formsAt(q).length > 1 || /^[لوفك]/.test(w))) break;
      // inside the chain a word opening with a clitic letter is another phrase ("وتعثر"، "بحي")
      if (q > k && (formsAt(q).length > 1 || /^[بلكوف]/.test(w))) break;
      q++;
    }
    if (q === k || q >= n || !isWord(q)) return k;
    const c = owner[q] >= 0 ? cands[owner[q]] : undefined;
    const closes = c ? (c.type === 'LOC' || c.type === 'ORG') && c.tokenStart === q : toks[q].norm.startsWith('ال') && toks[q].norm.length >= 4 && !isStop(toks[q].norm) && formsAt(q).length <= 2;
    return closes ? q : k;
  };
  for (let i = 0; i < n; i++) {
    if (owner[i] >= 0 || !isWord(i)) continue;
    if (!wi(i).orgHead) continue;
    const forms = formsAt(i);
    const m = lex.orgHeads.matchAt(wordAt, i, formStrs(i))[0];
    if (!m) continue;
    const head = m.values[0];
    const f = forms.find((x) => x.form === m.first)!;
    if (head.canonical || head.withNat) {
      if (inTitlePhrase[i]) continue;
    }
    // "جبهة صرواح": a front line named after a place (org-heads.tsv `front`)
    if (head.front && i + m.length < n && owner[i + m.length] >= 0 && cands[owner[i + m.length]].type === 'LOC' && cands[owner[i + m.length]].tokenStart === i + m.length) continue;
    if (head.natOnly) {
      // head + one nationality adjective of a country, nothing else ("الشرطة العراقية"). An elliptic ministry
      // ("الخارجية التونسية" = "وزارة الخارجية التونسية") needs the feminine adjective ("الدفاع الروسي" is the
      // field), and is an adjective after a definite noun ("الشؤون الداخلية اللبنانية") or a role's portfolio
      const q = i + m.length;
      const nat = q < n && owner[q] < 0 && wordAt(q) !== undefined ? lex.nationality.get(toks[q].norm) : undefined;
      if (!nat || nat.startsWith('X')) continue;
      if (head.canonical) {
        if (!/ة[\u064B-\u065F\u0670]*$/.test(toks[q].text) || afterRole[i]) continue;
        if (i > 0 && toks[i - 1].kind === 'word' && formsAt(i - 1).some((x) => x.article) && !isStop(toks[i - 1].norm)) continue;
      }
      const start = at(i, f);
      const end = toks[q].end;
      const text = nameText(doc.text, start, end, f.article && f.clitic);
      const name = head.canonical ? head.canonical + ' ' + text : text;
      claim({ type: 'ORG', tokenStart: i, tokenEnd: q + 1, start, end, kind: 'name', name, evidence: [head.evidence], titles: [] });
      i = q;
      continue;
    }
    let j = i + m.length;
    let complement = 0;
    let natOnly = true;
    // a head with the article ("المجلس", "البرلمان") needs a nationality, a known name or a لل-complement
    // (after لـ the article is elided both ways: "للجنة الميزانيات" is لـ + an indefinite head in construct with a definite
    // noun, a name like "لجنة الميزانيات"; "للجنة الوطنية" keeps the article reading)
    const nx0 = i + m.length < n && owner[i + m.length] < 0 ? wordAt(i + m.length) : undefined;
    const construct = m.first.startsWith('ال') && m.length === 1 && toks[i].norm.startsWith('لل') && !!nx0 && nx0.startsWith('ال') && nx0.length >= 5 &&
      !isAdj(nx0) && !isNat(nx0) && !isStop(nx0) && !MODIFIERS.has(nx0) && !/يا$/.test(nx0) && formsAt(i + m.length).length === 1;
    let strong = !m.first.startsWith('ال') || construct;
    const absorbed: number[] = [];
    // a construct chain of indefinite nouns closed by a definite noun or a known name ("إدارة حماية الصحة"،
    // "لمكافحة جرائم الأموال"); a ل-complement may follow a two-word head at once ("الإدارة العامة لـ…")
    let hadIdafa = false;
    let idafaCloser = -1;
    // after a place or organisation name only an adjective continues the name ("مجلس محافظة البصرة المحلي"), not a
    // definite noun, which is the verb's object ("أدان مجلس محافظة البصرة الهجوم")
    let afterName = false;
    // "الكتلة الإسلامية"، "الجبهة الشعبية": a party head with the article + an adjective that completes a name
    const adjEv = head.nameAdj && j < n && owner[j] < 0 && wordAt(j) !== undefined ? lex.nameAdjectives.get(toks[j].norm) : undefined;
    if (adjEv) strong = true;
    for (let guard = 0; guard < 8 && j < n; guard++) {
      const w = wordAt(j);
      if (w === undefined) break;
      if (!head.media && owner[j] < 0) {
        // "ومكافحة الأمراض": a coordinated construct inside a name that already has one
        const coord = hadIdafa && w.length >= 5 && w[0] === 'و' && !w.startsWith('وال');
        // "لمكافحة المخدرات": a ل-complement with an indefinite construct
        const lam = (complement > 0 || m.length >= 2) && !head.withNat && w.length >= 5 && w[0] === 'ل' && !w.startsWith('لل') && !formsAt(j).some((x) => x.article);
        const q = idafaEnd(j, coord || lam ? 1 : 0);
        // a plain chain only right after the head: an indefinite noun after a definite complement is no longer in
        // construct with the name ("مجلس الوزراء أسمى آيات الشكر")
        if (q > j && (coord || lam || (!w.startsWith('ال') && j === i + m.length))) {
          complement += q - j;
          natOnly = false;
          hadIdafa = true;
          if (lam) strong = true;
          // after the noun that closes a ل-complement or a coordinated construct only an adjective continues
          // ("القطب القضائي لمكافحة الإرهاب الملف": الملف is the verb's object)
          if ((lam || coord) && owner[q] < 0) idafaCloser = q;
          j = q;
          continue;
        }
      }
      if (owner[j] >= 0) {
        const c = cands[owner[j]];
        // (an organisation after a definite complement is another one: "وزارة الخارجية وكالة رويترز")
        const afterDefinite = j > i + m.length && toks[j - 1].norm.startsWith('ال') && c.type === 'ORG';
        if ((c.type === 'LOC' || c.type === 'ORG') && c.tokenStart === j && formsAt(j)[0].form === toks[j].norm && c.start === toks[j].start && !afterDefinite) {
          absorbed.push(owner[j]); j = c.tokenEnd; complement++; natOnly = false; strong = true; afterName = true; continue;
        }
        // "الهيئة الإدارية للاتحاد العام التونسي للشغل": a body of a known organisation named in a لل-complement
        if (c.type === 'ORG' && c.lex && c.tokenStart === j && complement > 0 && !head.media && m.first.startsWith('ال') && isAdj(toks[j - 1].norm) && toks[j].norm.startsWith('لل') && c.start > toks[j].start && !afterName) {
          absorbed.push(owner[j]); j = c.tokenEnd; complement++; natOnly = false; strong = true; afterName = true; continue;
        }
        // named after a person, with a relational adjective or a لل-complement after the name ("مركز الرازي
        // الصحي"، "مستشفى الملك فهد للأطفال"): the person's name is part of the institution's
        const after = c.tokenEnd < n && wordAt(c.tokenEnd) !== undefined && owner[c.tokenEnd] < 0 ? toks[c.tokenEnd].norm : '';
        if (c.type === 'PER' && c.tokenStart === j && j === i + m.length && !head.media && c.start === toks[j].start && after && ((isAdj(after) && !isNat(after)) || (after.startsWith('لل') && after.length >= 6))) {
          absorbed.push(owner[j]); j = c.tokenEnd; complement++; natOnly = false; strong = true; continue;
        }
        break;
      }
      if (isNat(w)) {
        // relational adjectives (الوطني، الإسلامي) are part of the name, not a nationality
        while (j < n && wordAt(j) !== undefined && owner[j] < 0 && isNat(toks[j].norm)) {
          if (lex.nationality.get(toks[j].norm)!.startsWith('X')) natOnly = false;
          else strong = true;
          j++;
        }
        complement++;
        // "اللجنة المالية والاقتصادية"، "المجلس الاقتصادي والاجتماعي": a second, coordinated adjective makes a name
        if (!head.withNat && !head.media && j < n && owner[j] < 0 && wordAt(j)?.startsWith('وال') && (isAdj(toks[j].norm.slice(1)) || isNat(toks[j].norm.slice(1))) && !isStop(toks[j].norm)) {
          j++; strong = true; natOnly = false;
        }
        // "المعهد الوطني للجيوفيزياء": a لل-complement may still follow
        if (j < n && wordAt(j)?.startsWith('لل') && !natOnly) continue;
        if (j < n && wordAt(j)?.startsWith('لل') && natOnly) { natOnly = false; continue; }
        // "الهيئة الوطنية لإدارة الكوارث": a ل-complement with an indefinite construct (heads without with_nat)
        if (j < n && !head.withNat && (wordAt(j)?.length ?? 0) >= 5 && wordAt(j)![0] === 'ل' && idafaEnd(j, 1) > j) { natOnly = false; continue; }
        break;
      }
      // "مديرية الأمن العام"، "النيابة العامة": العام/العامة closes a name unless a time word follows ("العام الماضي")
      if (complement > 0 && MODIFIERS.has(w) && w.startsWith('ال') && !(j + 1 < n && wordAt(j + 1) !== undefined && isStop(toks[j + 1].norm) && toks[j + 1].norm.startsWith('ال'))) { j++; continue; }
      if (isStop(w) || lex.given.has(w) || isTitleStart(j) || LINKERS.has(w) || w === 'المكلفه') break;
      // "اللجنة المالية والاقتصادية": a second, coordinated adjective after an adjective makes a name
      if (complement > 0 && !head.withNat && !head.media && w.startsWith('وال') && isAdj(w.slice(1)) && isAdj(toks[j - 1].norm) && owner[j - 1] < 0) { j++; strong = true; natOnly = false; continue; }
      // coordinated definite noun inside a name ("وزارة الطاقة والموارد الطبيعية")
      if (complement > 0 && !natOnly && w.startsWith('وال') && w.length >= 6 && j + 1 < n && wordAt(j + 1) !== undefined && (toks[j + 1].norm.startsWith('ال'))) { j++; continue; }
      // "لجنة الشؤون الخارجية والدفاع": a coordinated definite noun closing the name before punctuation or a function word
      if (complement > 0 && !natOnly && !head.media && w.startsWith('وال') && w.length >= 6 && !isStop(w) && !isStop(w.slice(1)) && !lex.given.has(w.slice(1)) && isAdj(toks[j - 1].norm) &&
        (j + 1 >= n || toks[j + 1].kind !== 'word' || isStop(toks[j + 1].norm))) { j++; complement++; continue; }
      // "إدارة الجوازات والهجرة": a coordinated definite noun is a second complement of a common-noun head
      if (complement > 0 && !natOnly && head.minParts > 1 && w.startsWith('وال') && w.length >= 6 && !isStop(w)) { j++; complement++; continue; }
      // a definite sound masculine plural does not qualify a definite singular feminine noun: it is the verb's
      // object ("طمأنت وزارة الصحة المواطنين بأن …")
      if (complement > 0 && /^ال.{3,}(ين|ون)$/.test(w) && !isNat(w) && /ة[\u064B-\u065F\u0670]*$/.test(toks[j - 1].text) && toks[j - 1].norm.startsWith('ال')) break;
      if (((afterName && j !== idafaCloser) || (idafaCloser >= 0 && j > idafaCloser)) && w.startsWith('ال') && !isAdj(w) && !/ة[\u064B-\u065F\u0670]*$/.test(toks[j].text)) break;
      if (w.startsWith('ال') && w.length >= 4 && formsAt(j).length <= 2 && !w.startsWith('الذ') && !w.startsWith('الت' + 'ي')) { j++; complement++; natOnly = false; continue; }
      // one "لل" + noun closing the name ("الهيئة العليا للانتخابات", "المعهد الوطني للجيوفيزياء")
      if ((complement > 0 || m.length >= 2) && w.startsWith('لل') && w.length >= 5 && formsAt(j).some((x) => x.article && x.clitic)) {
        j++;
        strong = true;
        // a plural of people takes its nationality in agreement ("النقابة الوطنية للصحفيين التونسيين")
        const people = /ين$/.test(toks[j - 1].norm);
        while (j < n && wordAt(j) !== undefined && owner[j] < 0 && ((isAdj(toks[j].norm) && !isNat(toks[j].norm)) || (people && /^ال.{3,}يين$/.test(toks[j].norm)))) j++;
        // "الهيئة الإدارية للاتحاد التونسي للشغل": a nationality and a second لل-complement complete the first
        if (j + 1 < n && owner[j] < 0 && owner[j + 1] < 0 && wordAt(j) !== undefined && isNat(toks[j].norm) && !lex.nationality.get(toks[j].norm)!.startsWith('X') &&
          wordAt(j + 1)?.startsWith('لل') && (wordAt(j + 1)?.length ?? 0) >= 5) j += 2;
        complement++;
        natOnly = false;
        break;
      }
      // one indefinite proper word right after a non-media head ("منظمة بدر", "حركة حماس")
      if (!head.media && !m.first.startsWith('ال') && !/^(و|ف|سي|ست)/.test(w) && !(head.minParts > 1 && w[0] === 'ل') && j === i + m.length && !lex.common.has(w) && formsAt(j).length === 1 && !/^[يتم]/.test(w) && !/[ةه]$/.test(toks[j].text) && w.length >= 3) { j++; complement++; natOnly = false; continue; }
      break;
    }
    // "المحكمة الابتدائية بتونس"، "محكمة الاستئناف بالرباط" (Maghrebi usage): بـ + a city after a name with a
    // complement is part of the name
    if (complement > 0 && !head.media && j < n && owner[j] >= 0 && toks[j].kind === 'word' && toks[j].norm[0] === 'ب' && cands[owner[j]].type === 'LOC' && cands[owner[j]].tokenStart === j &&
      cands[owner[j]].start === toks[j].start + 1 && !cands[owner[j]].dead && !natOnly) {
      absorbed.push(owner[j]);
      j = cands[owner[j]].tokenEnd;
      strong = true;
    }
    if (complement === 0 || (natOnly && !head.withNat) || !strong) continue;
    if (head.media && toks[i].norm.startsWith('موقع')) continue;
    // heads that are also common nouns: "إدارة الأزمة"، "مركز المدينة"، "هيئة المحكمة" (org-heads.tsv)
    if (complement < head.minParts || (head.notBefore.size && formStrs(i + m.length).some((x) => head.notBefore.has(x)))) continue;
    for (const a of absorbed) cands[a].dead = true;
    const start = at(i, f);
    const end = toks[j - 1].end;
    for (const a of absorbed) for (let k = cands[a].tokenStart; k < cands[a].tokenEnd; k++) owner[k] = -1;
    claim({ type: 'ORG', tokenStart: i, tokenEnd: j, start, end, kind: 'name', name: nameText(doc.text, start, end, f.article && f.clitic && !construct && !doc.text.slice(start, start + 2).match(/^[اأإآ]ل/)), evidence: adjEv ? [head.evidence, adjEv] : [head.evidence], titles: [] });
    i = j - 1;
  }

  // 2c'. a military unit numbered by a figure ("اللواء 110 التابع للحشد"، "للفرقة 16"): data/entities/unit-heads.tsv
  for (let i = 0; i + 1 < n; i++) {
    if (owner[i] >= 0 || owner[i + 1] >= 0 || toks[i].kind !== 'word' || toks[i + 1].kind !== 'number') continue;
    const f = formIn(i, lex.unitHeads);
    if (!f || !f.article) continue;
    // not a share, an amount or a date: "الفرقة 16 %" / "اللواء 110 ألف"
    if (i + 2 < n && (toks[i + 2].text === '%' || /^(الف|مليون|مليار|عام|سنه)$/.test(toks[i + 2].norm))) continue;
    const start = at(i, f);
    claim({ type: 'ORG', tokenStart: i, tokenEnd: i + 2, start, end: toks[i + 1].end, kind: 'name', name: nameText(doc.text, start, toks[i + 1].end, f.clitic), evidence: [lex.unitHeads.get(f.form)!], titles: [] });
    i++;
  }

  // 2d. place heads ("قاعدة X", "مدينة X")
  for (let i = 0; i + 1 < n; i++) {
    if (owner[i] >= 0 || !isWord(i)) continue;
    const f = wi(i).placeHead;
    if (!f) continue;
    const ph = lex.placeHeads.get(f.form)!;
    const j = i + 1;
    if (ph.misc) {
      // an event, prize or competition named after a place ("مهرجان جرش", "أبطال أفريقيا"): one MISC name, no place
      const c = owner[j] >= 0 ? cands[owner[j]] : undefined;
      if (!c || c.type !== 'LOC' || c.tokenStart !== j) continue;
      c.dead = true;
      for (let q = c.tokenStart; q < c.tokenEnd; q++) owner[q] = -1;
      claim({ type: 'MISC', tokenStart: i, tokenEnd: c.tokenEnd, start: at(i, f), end: toks[c.tokenEnd - 1].end, kind: 'name', name: nameText(doc.text, at(i, f), toks[c.tokenEnd - 1].end, f.article && f.clitic), evidence: [ph.evidence], titles: [] });
      i = c.tokenEnd - 1;
      continue;
    }
    // "ناحية أبي صيدا"، "بلدة كفر نبل": an opener of data/entities/place-openers.tsv and the next word are one name,
    // even when that word alone is a known place (صيدا)
    const opener = !ph.include && owner[j] < 0 && toks[j].kind === 'word' ? lex.placeOpeners.get(toks[j].norm) : undefined;
    if (opener && j + 1 < n && toks[j + 1].kind === 'word' && !isStop(toks[j + 1].norm) && !isNat(toks[j + 1].norm) && formsAt(j + 1).length === 1 && toks[j + 1].norm.length >= 2 &&
      (owner[j + 1] < 0 || (cands[owner[j + 1]].type === 'LOC' && cands[owner[j + 1]].tokenStart === j + 1 && cands[owner[j + 1]].tokenEnd === j + 2))) {
      if (owner[j + 1] >= 0) { cands[owner[j + 1]].dead = true; owner[j + 1] = -1; }
      claim({ type: 'LOC', tokenStart: j, tokenEnd: j + 2, start: toks[j].start, end: toks[j + 1].end, kind: 'name', name: doc.text.slice(toks[j].start, toks[j + 1].end), evidence: [ph.evidence, opener], titles: [] });
      i = j + 1;
      continue;
    }
    // "قاعة عبدالله السالم"، "مطار الملك خالد": a facility named after a person is a place; the person is no mention
    // (a title may come between: "قاعة الشيخ زايد")
    const pj = owner[j] < 0 && toks[j].kind === 'word' && isTitleStart(j) ? j + (titleAt(j)?.length ?? 0) : j;
    if (ph.include && ph.person && pj < n && owner[pj] >= 0 && cands[owner[pj]].type === 'PER' && cands[owner[pj]].tokenStart === pj && cands[owner[pj]].start === toks[pj].start) {
      const c = cands[owner[pj]];
      c.dead = true;
      for (let q = c.tokenStart; q < c.tokenEnd; q++) owner[q] = -1;
      claim({ type: 'LOC', tokenStart: i, tokenEnd: c.tokenEnd, start: at(i, f), end: toks[c.tokenEnd - 1].end, kind: 'name', name: nameText(doc.text, at(i, f), toks[c.tokenEnd - 1].end, f.article && f.clitic), evidence: [ph.evidence], titles: [] });
      i = c.tokenEnd - 1;
      continue;
    }
    if (ph.personOnly) continue;
    if (owner[j] >= 0) {
      const c = cands[owner[j]];
      if (c.type !== 'LOC' || c.tokenStart !== j) continue;
      // "أعلنت محافظة ريف دمشق"، "وكانت محافظة البصرة قد أعلنت": the administration speaks — an organisation
      const subject = ph.body && f.off === 0 && ((i > 0 && wi(i - 1).speech) || (c.tokenEnd < n && toks[c.tokenEnd].norm === 'قد' && i > 0 && /^[وف]?كان(ت)?$/.test(toks[i - 1].norm)));
      if (subject) {
        c.dead = true;
        for (let q = c.tokenStart; q < c.tokenEnd; q++) owner[q] = -1;
        claim({ type: 'ORG', tokenStart: i, tokenEnd: c.tokenEnd, start: toks[i].start, end: toks[c.tokenEnd - 1].end, kind: 'name', name: doc.text.slice(toks[i].start, toks[c.tokenEnd - 1].end), evidence: [ph.evidence, 'rule:place-body-subject'], titles: [] });
        i = c.tokenEnd - 1;
        continue;
      }
      if (!ph.include) {
        if (!c.evidence.includes(ph.evidence)) c.evidence.push(ph.evidence);
        continue;
      }
      // "مطار الحديدة", "ميناء صحار": a facility named after a known place is a place of its own
      let e = c.tokenEnd;
      while (e < n && isWord(e) && owner[e] < 0 && e - c.tokenEnd < 2 && (isAdj(toks[e].norm) && !isNat(toks[e].norm) || toks[e].norm === 'الدولي')) e++;
      c.dead = true;
      for (let q = c.tokenStart; q < c.tokenEnd; q++) owner[q] = -1;
      claim({ type: 'LOC', tokenStart: i, tokenEnd: e, start: at(i, f), end: toks[e - 1].end, kind: 'name', name: nameText(doc.text, at(i, f), toks[e - 1].end, f.article && f.clitic), evidence: [ph.evidence], titles: [] });
      i = e - 1;
      continue;
    }
    if (!isWord(j) || toks[j].kind !== 'word') continue;
    const w = toks[j].norm;
    if (isStop(w) || isNat(w) || lex.common.has(w) || formsAt(j).length > 1 || /^[يت]/.test(w) || w.length < 3) continue;
    // "بسجن المتهم": a head that is also a verbal noun, after بـ/لـ, before an unknown definite word
    if (ph.masdar && f.off > 0 && /^[بل]/.test(toks[i].norm) && w.startsWith('ال')) continue;
    // bare heads are common nouns ("منطقة آمنة"): require a definite or unknown proper-looking word
    if (!w.startsWith('ال') && /(ة|ه)$/.test(toks[j].text) && (!ph.include || /ي[ةه]$/.test(toks[j].text))) continue;
    let e = j + 1;
    // "بلدة عيتا الشعب"، "مخيم عين الحلوة": an unknown indefinite word in construct with a definite one, closed by
    // punctuation or a function word, is a two-word place name
    if (!w.startsWith('ال') && e + 1 <= n && e < n && isWord(e) && owner[e] < 0 && toks[e].kind === 'word' && toks[e].norm.startsWith('ال') && formsAt(e).length === 1 &&
      !isStop(toks[e].norm) && !isAdj(toks[e].norm) && !isNat(toks[e].norm) && (e + 1 >= n || toks[e + 1].kind !== 'word' || isStop(toks[e + 1].norm))) e++;
    while (e < n && e - j < 3 && isWord(e) && owner[e] < 0 && (isAdj(toks[e].norm) && !isNat(toks[e].norm) || toks[e].norm === 'الدولي')) e++;
    const start = ph.include ? at(i, f) : toks[j].start;
    claim({ type: 'LOC', tokenStart: ph.include ? i : j, tokenEnd: e, start, end: toks[e - 1].end, kind: 'name', name: nameText(doc.text, start, toks[e - 1].end, ph.include && f.article && f.clitic), evidence: [ph.evidence], titles: [] });
    i = e - 1;
  }

  // 2e. quoted outlet names after لـ or a media head: لـ"عربي بوست"
  const outletKey = doc.meta.outlet ? normalize(doc.meta.outlet) : '';
  /** The ORG lexicon entry named exactly by [head +] words, or by the words alone. */
  const quotedLexicon = (head: string | undefined, ws: string[]): LexEntry | undefined => {
    for (const seq of head ? [[head, ...ws], ws] : [ws]) {
      const m = lex.trie.longestAt((k) => seq[k], 0, [seq[0]]);
      const v = m && m.length === seq.length ? m.values.find((x) => x.entry.type === 'ORG') : undefined;
      if (v) return v.entry;
    }
    return undefined;
  };
  for (let i = 0; i + 2 < n; i++) {
    if (toks[i].kind !== 'quote') continue;
    const prev = i > 0 ? toks[i - 1].norm : '';
    // an indefinite organisation head right before the quote names what is quoted: شركة "حفيت للقطارات"
    // (also with a clitic: لإذاعة "ديوان إف إم")
    const headForm = i > 0 && owner[i - 1] < 0 && toks[i - 1].kind === 'word' ? formIn(i - 1, lex.orgHeadFirst) : undefined;
    const afterHead = !!headForm && !headForm.form.startsWith('ال');
    const afterL = prev === 'ل' || prev === 'لـ' || normalize(prev) === 'ل';
    if (!(afterHead || afterL || outletKey)) continue;
    let j = i + 1;
    while (j < n && j - i <= 4 && isWord(j)) j++;
    if (j >= n || toks[j].kind !== 'quote' || j === i + 1 || j - i > 4) continue;
    // the article's own outlet named in quotes anywhere ("التقت "الغد" الروائي …")
    const quotedWords: string[] = [];
    for (let k = i + 1; k < j; k++) quotedWords.push(toks[k].norm);
    const own = outletKey !== '' && quotedWords.join(' ') === outletKey;
    if (!(afterHead || afterL || own)) continue;
    // a known organisation named by the head and the quoted words, or by the quoted words alone
    // (شركة "إيني" → إيني, قناة "العربية" → قناة العربية): the lexicon entry, one entity with its bare mentions
    const known = quotedLexicon(afterHead ? headForm!.form : undefined, quotedWords);
    if (known) {
      if ([...Array(j - i - 1).keys()].some((d) => owner[i + 1 + d] >= 0 && cands[owner[i + 1 + d]].type === 'PER')) continue;
      for (let k = i + 1; k < j; k++) if (owner[k] >= 0) { cands[owner[k]].dead = true; owner[k] = -1; }
      claim({ type: known.type, tokenStart: i + 1, tokenEnd: j, start: toks[i + 1].start, end: toks[j - 1].end, kind: 'name', name: known.name, lex: known, evidence: [known.evidence, 'rule:quoted-name-lexicon'], titles: [] });
      continue;
    }
    let free = true;
    // after a head, place names inside the quotes are part of the name ("قطارات عُمان"); after لـ too when they
    // do not fill the quotes (لـ"دارفور 24 الإخبارية"); persons never are
    const inner = (c: Cand) => c.type !== 'PER' && c.tokenStart > i && c.tokenEnd <= j && (afterHead || c.tokenEnd - c.tokenStart < j - i - 1);
    for (let k = i + 1; k < j; k++) if (owner[k] >= 0 && !inner(cands[owner[k]])) free = false;
    if (isStop(toks[i + 1].norm) || isNat(toks[i + 1].norm)) free = false;
    if (!free) continue;
    for (let k = i + 1; k < j; k++) if (owner[k] >= 0) { cands[owner[k]].dead = true; owner[k] = -1; }
    const start = toks[i + 1].start, end = toks[j - 1].end;
    claim({ type: 'ORG', tokenStart: i + 1, tokenEnd: j, start, end, kind: 'name', name: doc.text.slice(start, end), evidence: [afterHead ? 'rule:quoted-name-after-head' : 'rule:quoted-outlet'], titles: [] });
  }

  // 2e''. two quoted names joined by و are of one kind: بين "قطارات عُمان" و"الاتحاد للقطارات" — when one is an
  // organisation filling its quotes, the other (1–4 words, no person inside) is one too
  const quoted: [number, number][] = [];
  for (let i = 0; i + 2 < n; i++) {
    if (toks[i].kind !== 'quote') continue;
    let j = i + 1;
    while (j < n && j - i <= 5 && isWord(j)) j++;
    if (j < n && toks[j].kind === 'quote' && j > i + 1 && j - i <= 5) { quoted.push([i + 1, j]); i = j; }
  }
  const orgFilling = (a: number, b: number) => owner[a] >= 0 && cands[owner[a]].type === 'ORG' && cands[owner[a]].tokenStart === a && cands[owner[a]].tokenEnd === b;
  for (let q = 0; q + 1 < quoted.length; q++) {
    const [a1, b1] = quoted[q];
    const [a2, b2] = quoted[q + 1];
    if (!(a2 - 1 === b1 + 2 && toks[b1 + 1].norm === 'و')) continue;
    for (const [[x, y], [u, v]] of [[[a1, b1], [a2, b2]], [[a2, b2], [a1, b1]]] as const) {
      if (!orgFilling(u, v) || orgFilling(x, y)) continue;
      let ok = !isStop(toks[x].norm) && !isNat(toks[x].norm);
      for (let k = x; k < y && ok; k++) if (owner[k] >= 0 && (cands[owner[k]].type === 'PER' || cands[owner[k]].tokenStart < x || cands[owner[k]].tokenEnd > y)) ok = false;
      if (!ok) continue;
      for (let k = x; k < y; k++) if (owner[k] >= 0) { cands[owner[k]].dead = true; owner[k] = -1; }
      claim({ type: 'ORG', tokenStart: x, tokenEnd: y, start: toks[x].start, end: toks[y - 1].end, kind: 'name', name: doc.text.slice(toks[x].start, toks[y - 1].end), evidence: ['rule:quoted-coordination'], titles: [] });
    }
  }

  // 2e'. a name the grammar found (two words or more) is a mention wherever it recurs: "حفيت للقطارات" in
  // quotes once, then without them; the first word may carry clitics
  const repeats = new Map<string, Cand[]>();
  for (const c of cands) {
    if (c.dead || c.lex || c.kind !== 'name' || c.tokenEnd - c.tokenStart < 2) continue;
    const key = normalize(c.name).split(' ')[0];
    const l = repeats.get(key);
    if (l) l.push(c); else repeats.set(key, [c]);
  }
  if (repeats.size) {
    for (let k = 0; k < n; k++) {
      if (owner[k] >= 0 || toks[k].kind !== 'word') continue;
      // only the forms that begin a repeated name (usually none): no walk over every form of every word
      const f0 = formIn(k, repeats);
      for (const f of f0 ? formsAt(k).filter((x) => repeats.has(x.form)) : []) {
        const l = repeats.get(f.form);
        if (!l) continue;
        const c = l.find((x) => {
          const len = x.tokenEnd - x.tokenStart;
          if (k + len > n) return false;
          for (let q = 1; q < len; q++) if (owner[k + q] >= 0 || wordAt(k + q) !== wordAt(x.tokenStart + q)) return false;
          return true;
        });
        if (!c) continue;
        const len = c.tokenEnd - c.tokenStart;
        claim({ type: c.type, tokenStart: k, tokenEnd: k + len, start: at(k, f), end: toks[k + len - 1].end, kind: 'name', name: c.name, evidence: [...c.evidence, 'rule:repeat'], titles: [] });
        k += len - 1;
        break;
      }
    }
  }

  // 2e''''. "مهرجان موازين": an event head and one unknown proper word (data/entities/event-heads.tsv) is a MISC name
  for (let k = 0; k + 1 < n; k++) {
    if (owner[k] >= 0 || owner[k + 1] >= 0 || toks[k].kind !== 'word' || toks[k + 1].kind !== 'word') continue;
    const hf = formIn(k, EVENT_HEADS);
    if (!hf) continue;
    const w = toks[k + 1].norm;
    if (w.length < 4 || w.startsWith('ال') || formsAt(k + 1).length > 1 || isStop(w) || isNat(w) || lex.common.has(w) || lex.given.has(w) || isTitleStart(k + 1) ||
      /[ةه][\u064B-\u065F\u0670]*$/.test(toks[k + 1].text) || /ي$/.test(w) || /^(ي|ت|ست|سي|سن)/.test(w) || /(ون|ات)$/.test(w)) continue;
    let e = k + 2;
    while (e < n && e - k < 4 && owner[e] < 0 && isWord(e) && isAdj(toks[e].norm) && !isNat(toks[e].norm)) e++;
    const start = at(k, hf);
    claim({ type: 'MISC', tokenStart: k, tokenEnd: e, start, end: toks[e - 1].end, kind: 'name', name: nameText(doc.text, start, toks[e - 1].end, hf.article && hf.clitic), evidence: [EVENT_HEADS.get(hf.form)!, 'rule:event-head'], titles: [] });
    k = e - 1;
  }

  // 2e'''. "إدارة المهرجان" after "مهرجان جرش": the body running an event named before is an organisation of its own
  // (data/entities/body-heads.tsv), named after the event; the event's bare head follows the body noun
  const events = cands.filter((c) => !c.dead && c.type === 'MISC' && c.kind === 'name').sort((a, b) => a.start - b.start);
  if (events.length) {
    const lastEvent = new Map<string, Cand>();
    let ev = 0;
    for (let k = 0; k + 1 < n; k++) {
      while (ev < events.length && events[ev].end <= toks[k].start) {
        const w0 = normalizeCached(events[ev].name).split(' ')[0];
        lastEvent.set(w0.startsWith('ال') ? w0.slice(2) : w0, events[ev]);
        ev++;
      }
      if (!lastEvent.size || toks[k].kind !== 'word' || toks[k + 1].kind !== 'word') continue;
      if ((owner[k] >= 0 || owner[k + 1] >= 0) && !(owner[k] >= 0 && owner[k] === owner[k + 1] && cands[owner[k]].type === 'ORG')) continue;
      const bf = formIn(k, BODY_HEADS);
      const w = toks[k + 1].norm;
      if (!bf || !w.startsWith('ال') || formsAt(k + 1).length > 1) continue;
      const e = lastEvent.get(w.slice(2));
      if (!e) continue;
      const start = at(k, bf);
      const head = nameText(doc.text, start, toks[k].end, false);
      // the organisation-head pass may have taken "لجنة المهرجان" already: rename it
      const prior = owner[k] >= 0 ? cands[owner[k]] : undefined;
      if (prior && prior.type === 'ORG' && !prior.lex && prior.tokenStart === k && prior.tokenEnd === k + 2) {
        prior.name = head + ' ' + e.name;
        prior.evidence.push(BODY_HEADS.get(bf.form)!, 'rule:body-of-event');
        k++;
        continue;
      }
      claim({ type: 'ORG', tokenStart: k, tokenEnd: k + 2, start, end: toks[k + 1].end, kind: 'name', name: head + ' ' + e.name, evidence: [BODY_HEADS.get(bf.form)!, 'rule:body-of-event'], titles: [] });
      k++;
    }
  }

  // 2f. learned candidates (opt-in): names the rules missed; overlaps resolved by the merge (src/entities/model.ts)
  if (opts.model) {
    const accept = (s: ModelSpan): boolean => {
      const w = normalize(doc.text.slice(s.start, s.end));
      return !(lex.stop.has(w) || lex.nationality.has(w) || lex.common.has(w));
    };
    mergeModelSpans(modelCandidates(doc, opts.model), cands, owner, resolveMerge(opts.merge), accept, (s) => {
      const type = (['PER', 'ORG', 'LOC', 'MISC'].includes(s.type) ? s.type : 'MISC') as EntityType;
      const text = doc.text.slice(s.start, s.end);
      claim({ type, tokenStart: s.tokenStart, tokenEnd: s.tokenEnd, start: s.start, end: s.end, kind: 'name', name: text, evidence: ['model:ner'], titles: [] });
    });
  }

  // 3. coreference
  return resolve(doc, lex, cands, owner, titleOccs, formsAt, wordAt, wi, formIn);

  // (helpers hoisted below)
}

const romanCache = new Map<string, string>();
function romanizeCached(name: string): string {
  let r = romanCache.get(name);
  if (r === undefined) {
    if (romanCache.size >= 20000) romanCache.clear();
    romanCache.set(name, (r = romanize(name)));
  }
  return r;
}

/** Display name for a span; restore the article when a fused لل swallowed it. */
function nameText(text: string, start: number, end: number, restoreArticle: boolean): string {
  const s = text.slice(start, end).replace(/[\u0640]/g, '');
  return restoreArticle && !/^[اأإآ]ل/.test(s) ? 'ال' + s : s;
}

const ARTICLE_LESS = (w: string) => (w.startsWith('ال') && w.length > 4 ? w.slice(2) : w);

function resolve(
  doc: Doc,
  lex: EntityLexicon,
  cands: Cand[],
  owner: Int32Array,
  titleOccs: { start: number; end: number; tokenStart: number; tokenEnd: number; text: string; key: string; kind: string; person: number; evidence: string; withComplement: boolean }[],
  formsAt: (k: number) => Form[],
  wordAt: (k: number) => string | undefined,
  wordInfo: (k: number) => EntWord,
  formIn: (k: number, keys: { has(x: string): boolean }) => Form | undefined,
): EntityLayer {
  const toks = doc.tokens;
  const n = toks.length;
  const live = () => cands.filter((c) => !c.dead);
  // group keys
  // names repeat (one candidate per mention): normalise and split each distinct name once
  const normCache = new Map<string, string>();
  const normName = (name: string): string => {
    let v = normCache.get(name);
    if (v === undefined) normCache.set(name, (v = normalize(name)));
    return v;
  };
  const wordsCache = new Map<string, string[]>();
  const nameWords = (name: string): string[] => {
    let v = wordsCache.get(name);
    if (v === undefined) wordsCache.set(name, (v = normName(name).split(/\s+/)));
    return v;
  };
  for (const c of cands) c.key = c.lex ? 'lex:' + c.lex.id : `${c.type}:${normName(c.name)}`;

  // persons seen with a full name (≥ 2 words)
  const fullPersons = new Map<string, { key: string; words: string[] }>();
  // persons introduced by a title ("رئيس مجلس الأمة أحمد السعدون"): their definite surname is a name too
  const titled = new Set<string>();
  for (const c of live()) {
    if (c.type !== 'PER' || c.short) continue;
    const ws = nameWords(c.lex ? c.lex.name : c.name);
    if (ws.length >= 2) fullPersons.set(c.key!, { key: c.key!, words: ws });
    if (c.evidence.some((x) => x.startsWith('rule:title+name'))) titled.add(c.key!);
  }
  // "علي" + a known full name: the preposition على misspelt
  const fullNames = new Set([...fullPersons.values()].map((p) => p.words.join(' ')));
  for (const c of live()) {
    if (c.type !== 'PER') continue;
    const ws = nameWords(c.name);
    if (ws[0] === 'علي' && ws.length >= 3 && fullNames.has(ws.slice(1).join(' '))) c.dead = true;
  }
  // grammar persons whose words are a tail/part of a known full name merge into it
  const surname = new Map<string, Set<string>>();
  // "ولد مرزوك"، "بن سلمان": connector + family name, used alone after the full name (Mauritanian, Gulf, Maghrebi names)
  const connSurname = new Map<string, Set<string>>();
  // a family name that is also an adjective or common word ("إسلامي" after "محمد إسلامي"): alone only as the
  // subject right after a verb of saying ("وأضاف إسلامي أن")
  const weakSurname = new Map<string, Set<string>>();
  const addTo = (m: Map<string, Set<string>>, k: string, v: string) => { if (!m.has(k)) m.set(k, new Set()); m.get(k)!.add(v); };
  for (const p of fullPersons.values()) {
    const last = p.words[p.words.length - 1];
    // a usable surname: not a common word or given name, not the second half of "عبد الله"/"بن X"
    const prev = p.words[p.words.length - 2];
    if (p.words.length >= 3 && /^(ولد|بنت|منت|بن|ابن)$/.test(prev) && last.length >= 3 && !lex.stop.has(last)) addTo(connSurname, prev + ' ' + last, p.key);
    if (last.length >= 4 && !last.startsWith('ال') && !CONNECT.has(prev) && !lex.stop.has(last) && !lex.given.has(last) && (lex.nationality.has(last) || lex.common.has(last))) addTo(weakSurname, last, p.key);
    if (last.length < 3 || lex.common.has(last) || lex.given.has(last) || lex.stop.has(last) || CONNECT.has(prev) || lex.nationality.has(last)) continue;
    if (!p.key.startsWith('lex:') && last.startsWith('ال') && !(last.endsWith('ي') || last.endsWith('اوي')) && !(titled.has(p.key) && last.length >= 5)) continue;
    for (const v of new Set([last, ARTICLE_LESS(last)])) {
      if (!surname.has(v)) surname.set(v, new Set());
      surname.get(v)!.add(p.key);
    }
    // lexicon aliases also give full forms (e.g. "أبو مهدي المهندس" → "المهندس")
  }
  for (const c of live()) {
    if (c.type !== 'PER' || c.lex) continue;
    const ws = nameWords(c.name);
    const last = ws[ws.length - 1];
    const conn = ws.length === 2 ? connSurname.get(ws.join(' ')) : undefined;
    if (conn && conn.size === 1 && !conn.has(c.key!)) {
      c.key = [...conn][0];
      c.evidence.push('rule:surname-coref');
      continue;
    }
    const keys = surname.get(last);
    if (keys && keys.size === 1 && !keys.has(c.key!)) {
      const target = [...keys][0];
      const tw = fullPersons.get(target)!.words;
      // merge only when every word of the shorter name occurs in the full name
      if (ws.every((w) => tw.includes(w))) c.key = target;
    }
  }
  // a shorter name that begins exactly one longer full name merges into it ("الشيخ نواف الأحمد" →
  // "نواف الأحمد الجابر الصباح"); several candidates (two people named "محمد …") leave it alone
  const byFirstWord = new Map<string, { key: string; words: string[] }[]>();
  for (const p of fullPersons.values()) {
    const l = byFirstWord.get(p.words[0]);
    if (l) l.push(p); else byFirstWord.set(p.words[0], [p]);
  }
  for (const c of live()) {
    if (c.type !== 'PER' || c.lex || c.kind !== 'name') continue;
    const ws = nameWords(c.name);
    const own = fullPersons.get(c.key!);
    const targets = new Set<string>();
    for (const p of byFirstWord.get(ws[0]) ?? []) {
      if (p.key === c.key || p.words.length <= ws.length || (own && own.words.length >= p.words.length)) continue;
      if (ws.every((w, q) => p.words[q] === w)) targets.add(p.key);
    }
    if (targets.size === 1) c.key = [...targets][0];
  }
  // lexicon short forms on their own: keep when distinctive, or when the full name is in the document
  for (const c of live()) {
    if (!c.short) continue;
    if (fullPersons.has(c.key!)) continue;
    const w = normalize(doc.text.slice(c.start, c.end));
    if (lex.common.has(w) || lex.common.has(ARTICLE_LESS(w)) || lex.given.has(w)) c.dead = true;
  }
  // surnames alone ("الكاظمي" after "مصطفى الكاظمي") for persons not in the lexicon
  const free = (k: number) => k < n && toks[k].kind === 'word' && (owner[k] < 0 || !!cands[owner[k]].dead);
  for (let i = 0; (connSurname.size > 0 || weakSurname.size > 0) && i < n; i++) {
    if (!free(i)) continue;
    // "ولد مرزوك" (connector + family name) — the connector may carry و/ف ("وولد" is rare: the bare form only)
    const cs = free(i + 1) && CONNECT.has(toks[i].norm) ? connSurname.get(toks[i].norm + ' ' + toks[i + 1].norm) : undefined;
    if (cs && cs.size === 1) {
      const c: Cand = { type: 'PER', tokenStart: i, tokenEnd: i + 2, start: toks[i].start, end: toks[i + 1].end, kind: 'name', name: doc.text.slice(toks[i].start, toks[i + 1].end), evidence: ['rule:surname-coref'], titles: [], key: [...cs][0] };
      cands.push(c);
      owner[i] = owner[i + 1] = cands.length - 1;
      i++;
      continue;
    }
    const ws = weakSurname.get(toks[i].norm);
    if (ws && ws.size === 1 && i > 0 && wordInfo(i - 1).speech) {
      const c: Cand = { type: 'PER', tokenStart: i, tokenEnd: i + 1, start: toks[i].start, end: toks[i].end, kind: 'name', name: toks[i].norm, evidence: ['rule:surname-coref', 'rule:speech-subject'], titles: [], key: [...ws][0] };
      cands.push(c);
      owner[i] = cands.length - 1;
    }
  }
  for (let i = 0; surname.size > 0 && i < n; i++) {
    if (owner[i] >= 0 && !cands[owner[i]].dead) continue;
    const w = wordAt(i);
    if (w === undefined || toks[i].kind !== 'word' || wordInfo(i).plain || !formIn(i, surname)) continue;
    for (const f of formsAt(i)) {
      const keys = surname.get(f.form);
      if (!keys || keys.size !== 1) continue;
      const key = [...keys][0];
      if (lex.common.has(f.form) && !f.form.startsWith('ال')) continue;
      const c: Cand = { type: 'PER', tokenStart: i, tokenEnd: i + 1, start: toks[i].start + f.off, end: toks[i].end, kind: 'name', name: f.form, evidence: ['rule:surname-coref'], titles: [], key };
      cands.push(c);
      owner[i] = cands.length - 1;
      break;
    }
  }

  // titles: attach to persons; establish descriptions
  const descriptions = new Map<string, Set<string>>();
  const lastWithTitle = new Map<string, string>();
  const perKeyOf = (idx: number) => (idx >= 0 && !cands[idx].dead ? cands[idx].key! : null);
  const descCands: Cand[] = [];
  for (const t of titleOccs) {
    const pk = perKeyOf(t.person);
    if (pk) {
      const person = cands[t.person];
      person.titles.push(t.text.replace(/^[وفبلك](?=ال)/, ''));
      if (!person.evidence.includes(t.evidence)) person.evidence.push(t.evidence);
      if (!descriptions.has(t.key)) descriptions.set(t.key, new Set());
      descriptions.get(t.key)!.add(pk);
      lastWithTitle.set(normalize(t.text.split(/\s+/)[0]), pk);
      if (t.withComplement && t.tokenEnd - t.tokenStart >= 2) descCands.push({ type: 'PER', tokenStart: t.tokenStart, tokenEnd: t.tokenEnd, start: t.start, end: t.end, kind: 'description', name: t.text, evidence: ['rule:apposition'], titles: [], key: pk });
    }
  }
  // role after a name: "هادي العامري رئيس منظمة بدر"
  const occAt = new Map(titleOccs.map((o) => [o.tokenStart, o]));
  for (const c of live()) {
    if (c.type !== 'PER' || c.kind !== 'name') continue;
    const t0 = occAt.get(c.tokenEnd);
    // "X ورئيس …" coordinates another person; only a bare role is an apposition
    const coordinated = t0 ? /^[وف]/.test(toks[t0.tokenStart].norm) && toks[t0.tokenStart].start !== t0.start : false;
    const t = t0 && !coordinated && t0.person < 0 && t0.kind === 'role' && t0.withComplement ? t0 : undefined;
    if (!t) continue;
    c.titles.push(t.text);
    if (!descriptions.has(t.key)) descriptions.set(t.key, new Set());
    descriptions.get(t.key)!.add(c.key!);
    t.person = -2;
    descCands.push({ type: 'PER', tokenStart: t.tokenStart, tokenEnd: t.tokenEnd, start: t.start, end: t.end, kind: 'description', name: t.text, evidence: ['rule:apposition'], titles: [], key: c.key });
  }
  // standalone descriptions resolved against those established in the article
  for (const t of titleOccs) {
    if (t.person !== -1) continue;
    let keys = descriptions.get(t.key);
    if (!keys) {
      // a shorter form of an established role ("رئيس الوزراء" ↔ "رئيس الوزراء العراقي"), never "السابق"
      const found = new Set<string>();
      for (const [k, v] of descriptions) if (k.startsWith(t.key + ' ') && !/(السابق|الاسبق|الراحل)/.test(k)) for (const x of v) found.add(x);
      if (found.size) keys = found;
    }
    if (!keys && t.tokenEnd - t.tokenStart >= 2 && t.kind !== 'role') {
      const pk = lastWithTitle.get(normalize(t.text.split(/\s+/)[0]));
      if (pk) keys = new Set([pk]);
    }
    if (keys && keys.size === 1 && (t.withComplement || t.tokenEnd - t.tokenStart >= 2 || t.kind === 'rank')) {
      descCands.push({ type: 'PER', tokenStart: t.tokenStart, tokenEnd: t.tokenEnd, start: t.start, end: t.end, kind: 'description', name: t.text, evidence: ['rule:description-coref'], titles: [], key: [...keys][0] });
    }
  }

  // persons made only of connectors / common words are junk ("بن", "الله")
  for (const c of live()) {
    if (c.type !== 'PER' || c.lex || c.kind !== 'name') continue;
    const ws = nameWords(c.name);
    if (ws.every((w) => CONNECT.has(w) || lex.common.has(w) || lex.stop.has(w) || w.length < 2)) c.dead = true;
  }

  // build entities
  const groups = new Map<string, Cand[]>();
  for (const c of [...live(), ...descCands]) {
    if (c.dead) continue;
    if (!groups.has(c.key!)) groups.set(c.key!, []);
    groups.get(c.key!)!.push(c);
  }
  const entities: Entity[] = [];
  const mentions: EntityMention[] = [];
  const ordered = [...groups.entries()].filter(([, cs]) => cs.some((c) => c.kind === 'name'));
  const firstStart = new Map(ordered.map(([k, cs]) => [k, cs.reduce((m, c) => Math.min(m, c.start), Infinity)]));
  ordered.sort((a, b) => firstStart.get(a[0])! - firstStart.get(b[0])!);
  ordered.forEach(([key, cs], idx) => {
    const id = `E${idx + 1}`;
    const names = cs.filter((c) => c.kind === 'name');
    const lexEntry = names.find((c) => c.lex)?.lex;
    const type = lexEntry?.type ?? names[0].type;
    // the fullest name seen when not in the lexicon
    const name = lexEntry?.name ?? names.reduce((a, c) => (c.name.length > a.length ? c.name : a), names[0].name);
    const ms: EntityMention[] = [];
    // duplicates share a start, and the sort groups equal starts: remember the ends seen at the current start
    let curStart = -1;
    const endsAt: number[] = [];
    for (const c of [...cs].sort((a, b) => a.start - b.start)) {
      if (c.start !== curStart) { curStart = c.start; endsAt.length = 0; }
      if (c.end <= c.start || endsAt.includes(c.end)) continue;
      endsAt.push(c.end);
      ms.push({ entity: id, start: c.start, end: c.end, text: doc.text.slice(c.start, c.end), tokenStart: c.tokenStart, tokenEnd: c.tokenEnd, kind: c.kind });
    }
    const titles: string[] = [];
    const evidence: string[] = [];
    for (const c of cs) {
      for (const x of c.titles) if (!titles.includes(x)) titles.push(x);
      for (const x of c.evidence) if (!evidence.includes(x)) evidence.push(x);
    }
    const e: Entity = {
      id, type, name,
      key: lexEntry ? 'lex:' + lexEntry.id : `${type}:${normalize(name)}`,
      latin: lexEntry?.latin ?? romanizeCached(name),
      mentions: ms.map(({ start, end, text }) => ({ start, end, text })),
      evidence,
    };
    void key;
    if (titles.length) e.titles = titles;
    if (lexEntry?.geo) e.geo = lexEntry.geo;
    entities.push(e);
    mentions.push(...ms);
  });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { entities, mentions };
}
