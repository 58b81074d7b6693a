// Event stage: PLOVER-coded events with actors, targets, place and date.
// Triggers come from data/events/triggers.tsv (verbs with generated inflections, masdars, phrases);
// roles are read from bounded token windows around each trigger (VSO/SVO order, prepositions, the
// masdar's genitive, experiencer frames like "تعرضت X إلى القصف"). Everything is per trigger and bounded,
// so the stage is linear in the text.
import type { Attribution, DateMention, Entity, Event, EventDate, EventParticipant } from '../contract.ts';
import { lowerBound, type Doc, type Token } from '../doc.ts';
import type { AttributionLayer } from '../attributions/index.ts';
import type { EntityLayer, EntityMention } from '../entities/index.ts';
import { normalize } from '../text/normalize.ts';
import { findGroupMentions, type GroupMention } from './participants.ts';
import { eventLexicon, lookups, type EventLexicon, type TriggerEntry, type WordForm, type WordLookups } from './lexicon.ts';
import { casualtyLexicon } from './casualties.ts';

const AFTER_WINDOW = 14;
const BEFORE_WINDOW = 8;
const RELATIVE_PRONOUNS = new Set(['التي', 'الذي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي', 'والتي', 'والذي', 'والذين']);
const VERB_PREFIXES = new Set(['', 'و', 'ف', 'س', 'وس', 'فس', 'ل', 'ول', 'فل']);

interface Hit {
  tok: number;
  len: number;
  entry: TriggerEntry;
  form: WordForm;
  start: number;
  end: number;
}

interface MInfo {
  m: EntityMention;
  entity: Entity | undefined;
  /** the governing preposition (normalised) or '' for a bare noun phrase */
  prep: string;
  prepRole: string;
  coord: boolean;
}

/** Prepositions written with a final ى (normalised to ي): إلى، على، لدى، حتى. */
const ALIF_MAQSURA_PREPS = new Set(['الي', 'علي', 'لدي', 'حتي']);

class Ctx {
  readonly toks: Token[];
  readonly lex: EventLexicon;
  readonly startsAt = new Map<number, EntityMention[]>();
  readonly covered: Uint8Array;
  readonly byId = new Map<string, Entity>();
  readonly groups: GroupMention[];
  dateCovered: Uint8Array;
  constructor(readonly doc: Doc, readonly layer: EntityLayer) {
    this.toks = doc.tokens;
    this.dateCovered = new Uint8Array(this.toks.length);
    this.lex = eventLexicon();
    this.covered = new Uint8Array(this.toks.length);
    for (const e of layer.entities) this.byId.set(e.id, e);
    for (const m of layer.mentions) {
      if (m.tokenStart < 0 || m.tokenStart >= this.toks.length) continue;
      const list = this.startsAt.get(m.tokenStart) ?? [];
      list.push(m);
      this.startsAt.set(m.tokenStart, list);
      for (let k = m.tokenStart; k < m.tokenEnd && k < this.toks.length; k++) this.covered[k] = 1;
    }
    // group and common-noun participants ("قوات الأمن التونسية"، "المحتجون") as pseudo-mentions
    this.groups = findGroupMentions({
      toks: this.toks, lex: this.lex, covered: this.covered, startsAt: this.startsAt, sentenceOf: doc.sentenceOf, text: doc.text,
      isPer: (m) => this.byId.get(m.entity)?.type === 'PER', look: (k) => this.look(k),
    });
    for (const g of this.groups) {
      this.startsAt.set(g.tokenStart, [g]);
      for (let k = g.tokenStart; k < g.tokenEnd; k++) this.covered[k] = 1;
    }
  }
  /** A word ending in a written ي is a noun or name, not the preposition spelled with ى: والي (governor) is
   * not وإلى, علي (the name) is not على. Normalisation folds ى into ي, so the raw text decides. */
  yaNotPrep(k: number): boolean {
    const t = this.toks[k];
    return !!t && ALIF_MAQSURA_PREPS.has(this.bare(k)) && /ي[\u064B-\u0652]*$/.test(t.text);
  }
  private looks: (WordLookups | undefined)[] = [];
  /** Memoised segmentations of token k (one map lookup per token and document). */
  look(k: number): WordLookups {
    let v = this.looks[k];
    if (!v) { const t = this.toks[k]; v = lookups(this.lex, t.text, t.norm); this.looks[k] = v; }
    return v;
  }
  norm(k: number): string | undefined {
    return this.toks[k]?.norm;
  }
  private bares: (string | undefined)[] = [];
  /** Token k's normalised form without a conjunction و/ف (kept for two-letter words), computed once per token. */
  bare(k: number): string {
    const t = this.toks[k];
    if (!t) return '';
    let v = this.bares[k];
    if (v === undefined) { v = t.norm.replace(/^[وف](?=\S\S)/, ''); this.bares[k] = v; }
    return v;
  }
  isBoundary(k: number): boolean {
    const t = this.toks[k];
    if (!t) return true;
    if (t.kind === 'quote') return true;
    return t.kind === 'punct' && ['.', '؛', ';', ':', '؟', '?', '!', '…', '...'].includes(t.text);
  }
  isComma(k: number): boolean {
    const t = this.toks[k];
    return !!t && (t.text === '،' || t.text === ',');
  }
  sent(k: number): number {
    return this.doc.sentenceOf[k];
  }
  /** Preposition governing a mention: a clitic ب/ل/ك before the span, or a preposition word before the token. */
  private infoCache = new Map<EntityMention, MInfo>();
  /** (memoised per mention; callers get a copy they may adjust) */
  info(m: EntityMention): MInfo {
    let v = this.infoCache.get(m);
    if (!v) { v = this.computeInfo(m); this.infoCache.set(m, v); }
    return { ...v };
  }
  private computeInfo(m: EntityMention): MInfo {
    const tok = this.toks[m.tokenStart];
    const entity = this.byId.get(m.entity);
    const clitic = normalize(this.doc.text.slice(tok.start, Math.max(tok.start, m.start)));
    let coord = clitic.startsWith('و') || clitic.startsWith('ف');
    for (const ch of ['ب', 'ل', 'ك']) {
      if (clitic.includes(ch)) return { m, entity, prep: ch, prepRole: ch === 'ب' ? 'place' : 'plain', coord };
    }
    // a separate preposition word (or two: "من قبل", "بالقرب من")
    for (const len of [2, 1]) {
      const s = m.tokenStart - len;
      if (s < 0 || this.sent(s) !== this.sent(m.tokenStart)) continue;
      const words: string[] = [];
      for (let k = s; k < m.tokenStart; k++) words.push(this.toks[k].norm);
      const first = words[0];
      const firstForms = [first];
      if (first.length > 2 && (first[0] === 'و' || first[0] === 'ف')) firstForms.push(first.slice(1));
      const res = this.lex.preps.matchAt((k) => words[k], 0, firstForms).filter((r) => r.length === len);
      if (res.length && this.yaNotPrep(s)) continue;
      if (res.length) {
        if (firstForms.length > 1 && res[0].first !== first) coord = coord || false;
        return { m, entity, prep: words.join(' ').replace(/^[وف](?=\S\S)/, ''), prepRole: res[0].values[0].role, coord };
      }
    }
    if (!coord && m.tokenStart > 0 && this.toks[m.tokenStart - 1].norm === 'و') coord = true;
    // لـ"عربي بوست": a clitic preposition written apart before a quotation mark
    if (m.tokenStart > 1 && this.toks[m.tokenStart - 1].kind === 'quote') {
      const pc = normalize(this.toks[m.tokenStart - 2].text.replace(/ـ/g, ''));
      if (/^[وف]?[بلك]$/.test(pc)) return { m, entity, prep: pc.slice(-1), prepRole: pc.endsWith('ب') ? 'place' : 'plain', coord };
    }
    // "… والرئيس الروسي فلاديمير بوتين": a conjunction on the title before a name coordinates the name
    for (let k = m.tokenStart - 1, n = 0; !coord && k >= 0 && n < 4 && this.sent(k) === this.sent(m.tokenStart); k--, n++) {
      const t = this.toks[k];
      if (t.kind !== 'word' || this.startsAt.has(k) || this.covered[k]) break;
      if (/^و/.test(t.norm) && (t.norm.startsWith('وال') || isTitle(this, t.norm.slice(1)))) coord = true;
      else if (!t.norm.startsWith('ال') && !isTitle(this, t.norm)) break;
    }
    return { m, entity, prep: '', prepRole: '', coord };
  }
}

/** Trigger matches, longest first per token; tokens inside entity mentions are skipped (الحشد الشعبي). */
function findTriggers(c: Ctx): Hit[] {
  const hits: Hit[] = [];
  const n = c.toks.length;
  for (let k = 0; k < n; k++) {
    const t = c.toks[k];
    if (t.kind !== 'word') continue;
    const forms = c.look(k).trigger;
    if (!forms.length) continue;
    if (k > 0 && c.lex.blockers.get(t.norm)?.has(c.toks[k - 1].norm)) continue;
    const fol = c.lex.followers.get(t.norm) ?? c.lex.followers.get(t.norm.replace(/^[وف]/, ''));
    if (fol && k + 1 < n && (fol.has(c.toks[k + 1].norm) || (k + 2 < n && fol.has(`${c.toks[k + 1].norm} ${c.toks[k + 2].norm}`)))) continue;
    let best: Hit | null = null;
    for (const f of forms) {
      const res = c.lex.triggers.matchAt((j) => (j === k ? f.norm : c.sent(j) === c.sent(k) && c.toks[j]?.kind === 'word' ? c.norm(j) : undefined), k, [f.norm]);
      for (const r of res) {
        for (const e of r.values) {
          if (!compatible(e, f, r.length)) continue;
        // nouns inside a name are part of it (هيئة الحشد الشعبي، منظمة التعاون); a verb inside a mention
        // is an over-long mention, the verb still counts
        if (c.covered[k] && (e.pos !== 'verb' || c.startsAt.has(k))) continue;
        // (a verb's subject may stand between it and its required object: "حمّلها الجيش … المسؤولية")
        if (e.requires.size && !requirementMet(c, k + r.length, e.requires, e.pos === 'verb' ? 10 : 6)) continue;
        // a word written with ة is a noun: وزارة is not و + زار + ه
        if (f.suffix && /ة[\u064B-\u065F]*$/.test(t.text) && r.length === 1) continue;
        // (feminine participles in circumstantial use are the exception: «، مهددةً بـ»، «، داعيةً إلى»)
        if (e.pos === 'verb' && !e.participle && /ة[\u064B-\u065F]*$/.test(t.text) && r.length === 1) continue;
        // nunation marks a noun: «رفضاً» is the masdar, never the dual verb رفضا (participles aside: «مطالباً»)
        if (e.pos === 'verb' && !e.participle && /[\u064B-\u064D][اى]?$/.test(t.text)) continue;
        // (a feminine participle reads like its masdar «مطالبة»: only right after a comma is it circumstantial)
        if (e.participle && /ة[\u064B-\u065F]*$/.test(t.text) && !(k > 0 && c.isComma(k - 1))) continue;
        // a participle after a number or a quantity is a noun: «بحق 40 متهماً» (defendants)
        if (e.participle && k > 0 && (c.toks[k - 1].kind === 'number' || /^\d+$/.test(c.toks[k - 1].norm))) continue;
          // "التي منحتها": after a relative pronoun a suffixed word is a verb, not a possessed noun
          if (e.pos === 'noun' && f.suffix && k > 0 && RELATIVE_PRONOUNS.has(c.toks[k - 1].norm)) continue;
          const cand: Hit = { tok: k, len: r.length, entry: e, form: f, start: t.start + f.cut, end: c.toks[k + r.length - 1].end };
          if (!best || better(c, cand, best)) best = cand;
        }
      }
    }
    if (best) {
      hits.push(best);
      k += best.len - 1;
    }
  }
  return hits;
}

/** One of `words` within 6 tokens from `from`, in the same sentence (with ال/و/ب/ل stripped too). */
function requirementMet(c: Ctx, from: number, words: Set<string>, span = 6): boolean {
  const s = c.sent(Math.max(0, from - 1));
  for (let j = from; j < c.toks.length && j < from + span && c.sent(j) === s; j++) {
    const n = c.norm(j)!;
    if (words.has(n) || words.has(n.replace(/^[وفبل]/, '')) || words.has(n.replace(/^[وفبل]?ال/, '')) || words.has(n.replace(/^[وف]?ب?ال/, 'بال'))) return true;
  }
  return false;
}

function compatible(e: TriggerEntry, f: WordForm, len: number): boolean {
  // لـ before a verb is the subjunctive particle: only an imperfect follows it (ليبحث، not لبحث = "to discuss")
  if (e.pos === 'verb') return !f.article && VERB_PREFIXES.has(f.prefix) && (!f.prefix.includes('ل') || /^[يتنا]/.test(f.norm));
  if (e.pos === 'noun') return !f.prefix.includes('س') && !(f.article && f.suffix);
  // phrases: the first word may carry a conjunction or a preposition
  return len >= 1 && !f.prefix.includes('س');
}

/** "قررت فرنسا، الثلاثاء، طرد"، "يواصل طلبة الطب مقاطعة": a verb taking a masdar object up to six words back. */
function governedMasdar(c: Ctx, tok: number): boolean {
  const s = c.sent(tok);
  for (let j = tok - 1; j >= 0 && j >= tok - 7 && c.sent(j) === s; j--) {
    if (c.isBoundary(j)) return false;
    const n = c.norm(j) ?? '';
    if (c.lex.nounContextsFar.has(n) || c.lex.nounContextsFar.has(c.bare(j))) return true;
  }
  return false;
}

/** Prefer longer matches; a bare form read as a verb unless a preposition precedes it (وسط رفض → noun). */
function better(c: Ctx, a: Hit, b: Hit): boolean {
  if (a.len !== b.len) return a.len > b.len;
  // a reading whose required complement is present is the more specific one: "وصلت … قافلة مساعدات" is aid
  if (a.entry.pos === b.entry.pos && (a.entry.requires.size > 0) !== (b.entry.requires.size > 0)) return a.entry.requires.size > 0;
  const prev = c.norm(a.tok - 1) ?? '';
  const afterPrep = c.lex.nounContexts.has(prev) || c.lex.nounContexts.has(c.bare(a.tok - 1)) || /[بل]/.test(a.form.prefix) ||
    governedMasdar(c, a.tok);
  const score = (h: Hit) => (h.entry.pos === 'verb' ? (afterPrep ? 0 : 2) : h.entry.pos === 'phrase' ? 1.5 : afterPrep ? 2 : 1) - h.form.prefix.length * 0.01 - (h.form.suffix ? 0.1 : 0);
  return score(a) > score(b);
}

interface Window {
  after: MInfo[];
  before: MInfo[];
  /** token distance from the trigger end (after) or start (before) per entry */
  gapAfter: number[];
  gapBefore: number[];
}

/**
 * A noun carrying a clitic preposition: بالـ/للـ + noun, or بـ/لـ + a verbal-noun shape (بخروج، بتقديم،
 * لاتخاذ، باستيراد). Native words that begin with ب/ل (بعثة، بيان، لبنان) are not matched.
 */
function cliticPrepNoun(norm: string): boolean {
  const w = norm.replace(/^[وف]/, '');
  if (!/^[بل]/.test(w)) return false;
  if (/^(بال|لل)/.test(w) && w.length >= 5) return true;
  const rest = w.slice(1);
  if (rest.length < 4) return false;
  return /^(ت|ا|است|ان|افت)/.test(rest) || /^..و.$/.test(rest);
}

/** "…، وأمر …": a comma followed by a و-word opens a new clause. */
function newClauseBetween(c: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) if (c.isComma(k) && /^و/.test(c.norm(k + 1) ?? '') && !c.startsAt.has(k + 1)) return true;
  return false;
}

/** "في العاصمة الليبية طرابلس": only definite words between a place preposition and its place. */
function definiteRun(c: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!c.norm(k)!.startsWith('ال')) return false;
  return true;
}

function hasComma(c: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (c.isComma(k) || c.isBoundary(k)) return true;
  return false;
}

/** Words between a verb and a later NP that read as a title ("وزير الخارجية الأردني"): only words, at most
 * five (dates aside), at least one definite. An indefinite run ("طائرة مسيرة مفخخة") is a non-entity subject. */
/** A title noun (groups.tsv kind title), with or without the article: الرئيس، وزير، المتحدث. */
function isTitle(c: Ctx, norm: string): boolean {
  const bare = norm.startsWith('ال') ? norm.slice(2) : norm;
  return (c.lex.groups.get(bare) ?? []).some((g) => g.kind === 'title');
}

function titleGap(c: Ctx, from: number, to: number): boolean {
  let n = 0;
  let definite = false;
  let titled = false;
  for (let k = from; k < to; k++) {
    if (c.dateCovered[k]) continue;
    const t = c.toks[k];
    if (t.kind !== 'word') return false;
    if (n === 0) titled = isTitle(c, t.norm);
    n++;
    if (t.norm.startsWith('ال')) definite = true;
  }
  // a phrase opened by a title word may be long: "الممثل الأعلى للسياسة الخارجية في الاتحاد الأوروبي"
  return n <= (titled ? 9 : 5) && definite;
}

function windowAround(c: Ctx, h: Hit, stopAt: Set<number>): Window {
  const s = c.sent(h.tok);
  const after: MInfo[] = [];
  const gapAfter: number[] = [];
  let inRel = false;
  let pending: { tok: number; prep: string; role: string; clitic?: boolean } | null = null;
  const endTok = h.tok + h.len;
  for (let j = endTok; j < c.toks.length && j < endTok + AFTER_WINDOW && c.sent(j) === s; j++) {
    if (c.isBoundary(j)) break;
    if (j > endTok && stopAt.has(j)) break; // the next verb trigger opens its own clause
    const nj = c.norm(j)!;
    if (RELATIVE_PRONOUNS.has(nj)) { inRel = true; continue; }
    if (c.isComma(j)) { inRel = false; pending = null; continue; }
    if (inRel) continue;
    const ms = c.startsAt.get(j);
    if (ms) {
      const m = ms[0];
      const inf = c.info(m);
      // a preposition a few words back governs this NP too: "مع قادة الفصائل"، "بخروج القوات"
      // (a clitic-carrying masdar governs only the NP right after it: "بخروج القوات", not "لحقوق الإنسان فولكر تورك")
      if (inf.prep === '' && pending && j - pending.tok <= (pending.clitic ? 1 : pending.role === 'place' ? 3 : 5) && (pending.role !== 'place' || definiteRun(c, pending.tok + 1, j))) {
        inf.prep = pending.prep;
        inf.prepRole = pending.role;
      }
      // "في بيروت وطرابلس": a conjunct shares the preposition of the NP it joins
      if (inf.prep === '' && inf.coord && after.length && after[after.length - 1].prep !== '' && j - after[after.length - 1].m.tokenEnd <= 1) {
        inf.prep = after[after.length - 1].prep;
        inf.prepRole = after[after.length - 1].prepRole;
      }
      pending = null;
      after.push(inf);
      gapAfter.push(j - endTok);
      j = Math.max(j, m.tokenEnd - 1);
      continue;
    }
    const pp = c.yaNotPrep(j) ? [] : c.lex.preps.matchAt((k) => (k === j ? nj : c.norm(k)), j, [nj, nj.replace(/^[وف](?=\S\S)/, '')]);
    if (pp.length && pp[0].values[0].role === 'boundary') break;
    if (pp.length) { pending = { tok: j + pp[0].length - 1, prep: pp[0].first, role: pp[0].values[0].role }; j += pp[0].length - 1; continue; }
    const t = c.toks[j];
    if (t.kind === 'word' && !c.covered[j] && cliticPrepNoun(t.norm)) pending = { tok: j, prep: t.norm.replace(/^[وف]/, '')[0], role: 'plain', clitic: true };
  }
  const before: MInfo[] = [];
  const gapBefore: number[] = [];
  for (let j = h.tok - 1; j >= 0 && j >= h.tok - BEFORE_WINDOW && c.sent(j) === s; j--) {
    // an opening quotation mark right before the verb does not separate it from its subject
    // (إن الولايات المتحدة "ترحب …")
    if (j === h.tok - 1 && c.toks[j].kind === 'quote') continue;
    if (c.isBoundary(j)) break;
    if (stopAt.has(j)) break;
    if (c.lex.preps.matchAt((k) => c.norm(k), j).some((p) => p.values[0].role === 'boundary' && p.length === 1)) break;
    // a mention ending at j
    const mm = mentionEndingAt(c, j);
    if (mm) {
      before.push(c.info(mm));
      gapBefore.push(h.tok - mm.tokenEnd);
      j = mm.tokenStart;
    }
  }
  return { after, before, gapAfter, gapBefore };
}

function mentionEndingAt(c: Ctx, j: number): EntityMention | null {
  // bounded: mentions are at most a few tokens long
  for (let s = j; s >= 0 && s >= j - 8; s--) {
    const ms = c.startsAt.get(s);
    if (ms) for (const m of ms) if (m.tokenEnd - 1 === j) return m;
  }
  return null;
}

const isLoc = (i: MInfo) => i.entity?.type === 'LOC';

/** The mention a relative pronoun right before the verb refers to ("بارزاني الذي وصل"، "القوات، التي قد اقتحمت"). */
function relativeAntecedent(c: Ctx, h: Hit): EntityMention | null {
  let j = h.tok - 1;
  while (j >= 0 && AUX.has(c.norm(j) ?? '') && h.tok - j <= 2) j--;
  if (j < 1 || !RELATIVE_PRONOUNS.has(c.norm(j) ?? '') || c.sent(j) !== c.sent(h.tok)) return null;
  let k = j - 1;
  if (c.isComma(k)) k--;
  return k >= 0 && c.sent(k) === c.sent(h.tok) ? mentionEndingAt(c, k) : null;
}

/** One or two plain words (an affiliation after من) up to the verb, auxiliaries allowed. */
function affiliationGap(c: Ctx, from: number, to: number): boolean {
  let words = 0;
  for (let k = from; k < to; k++) {
    const t = c.toks[k];
    if (AUX.has(t.norm) || (k === to - 1 && t.kind === 'quote')) continue;
    if (t.kind !== 'word' || c.startsAt.has(k) || ++words > 2) return false;
  }
  return words > 0;
}

/** A relative pronoun right before the verb (auxiliaries aside). */
function relativeBefore(c: Ctx, h: Hit): boolean {
  let j = h.tok - 1;
  while (j >= 0 && AUX.has(c.norm(j) ?? '') && h.tok - j <= 2) j--;
  return j >= 0 && RELATIVE_PRONOUNS.has(c.norm(j) ?? '') && c.sent(j) === c.sent(h.tok);
}

/** The antecedent and the mentions coordinated before it ("إسبانيا وقطر والإمارات، التي أرسلت"). */
function withConjuncts(c: Ctx, m: EntityMention): EntityMention[] {
  const out = [m];
  let cur = m;
  for (let n = 0; n < 8 && c.info(cur).coord; n++) {
    let k = cur.tokenStart - 1;
    if (c.norm(cur.tokenStart) === undefined) break;
    if (c.toks[k]?.norm === 'و') k--;
    if (c.isComma(k)) k--;
    const prev = k >= 0 && c.sent(k) === c.sent(m.tokenStart) ? mentionEndingAt(c, k) : null;
    if (!prev) break;
    out.unshift(prev);
    cur = prev;
  }
  // the first conjunct is the one without و
  return out;
}

const COMPLEMENTIZERS = new Set(['ان', 'بان', 'لان', 'وان', 'فان', 'كما', 'حيث', 'تكون', 'يكون', 'ولكن', 'لكن']);
const AUX = new Set(['قد', 'لقد', 'فقد', 'وقد', 'كان', 'كانت', 'امس', 'اليوم', 'بدوره', 'بدورها', 'ايضا', 'بدورهم']);
/** Only auxiliaries between a preceding subject and its verb ("الكاظمي قد اجتمع"). */
function gapIsAux(c: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!AUX.has(c.norm(k) ?? '') && !(k === to - 1 && c.toks[k].kind === 'quote')) return false;
  return true;
}

/** The mention at index i and following coordinated ones (X وY، وZ). In a title construct
 * ("رئيس مجلس السيادة عبد الفتاح البرهان") the organisation right before a person's name is part of the
 * person's title: the person heads the NP. */
function group(list: MInfo[], i: number, c?: Ctx): MInfo[] {
  if (i + 1 < list.length && list[i].prepRole !== 'speaker' && list[i].entity?.type !== 'PER' && list[i + 1].entity?.type === 'PER' && list[i + 1].prep === '' &&
    !list[i + 1].coord && (list[i + 1].m.tokenStart === list[i].m.tokenEnd || (c && titleTail(c, list[i].m.tokenStart, list[i].m.tokenEnd, list[i + 1].m.tokenStart)))) i = i + 1;
  const out = [list[i]];
  for (let k = i + 1; k < list.length && list[k].coord && (list[k].prep === list[i].prep || list[k].prep === ''); k++) out.push(list[k]);
  return out;
}

/** An organisation inside a person's title: the genitive of a title word ("مفوض الأمم المتحدة السامي لحقوق
 * الإنسان فولكر تورك"، "رئيس مجلس السيادة السوداني الفريق أول عبد الفتاح البرهان"), at most four plain words
 * before the name. Without the title word before it the organisation is a subject of its own ("دعت الأمم
 * المتحدة الرئيسَ X"). */
function titleTail(c: Ctx, orgStart: number, from: number, to: number): boolean {
  if (to - from > 4 || to <= from || orgStart < 1) return false;
  const before = c.toks[orgStart - 1];
  if (before.kind !== 'word' || before.norm.startsWith('ال') || !isTitle(c, before.norm.replace(/^[وف](?=\S\S)/, ''))) return false;
  for (let k = from; k < to; k++) {
    const t = c.toks[k];
    if (t.kind !== 'word' || c.startsAt.has(k) || c.dateCovered[k]) return false;
  }
  return true;
}

interface Roles {
  recipientFrame?: boolean;
  actors: string[];
  targets: string[];
  place: string | null;
  evidence: string[];
}

function addIds(dst: string[], src: MInfo[]) {
  for (const i of src) if (!dst.includes(i.m.entity)) dst.push(i.m.entity);
}

function rolesFor(c: Ctx, h: Hit, w: Window, inherited: string[] | null = null): Roles {
  const r: Roles = { actors: [], targets: [], place: null, evidence: [] };
  const e = h.entry;
  const { after, before } = w;
  let farObject: MInfo | null = null;
  const prepOk = (i: MInfo) => i.prep !== '' && e.preps.has(i.prep) && !(i.prep === 'ب' && isLoc(i) && e.type === 'CONSULT');
  if (e.pos === 'verb') {
    let firstBare = after.findIndex((i) => i.prep === '' || i.prepRole === 'speaker');
    // a VSO subject follows its verb closely (a title or two) or as an apposition after a comma; a bare NP
    // further on, after other words, is an object of a non-entity subject ("استهدفت طائرة مسيرة المطار")
    if (firstBare >= 0 && w.gapAfter[firstBare] > 2 && !c.isComma(after[firstBare].m.tokenStart - 1) && after[firstBare].prepRole !== 'speaker' &&
      !titleGap(c, h.tok + h.len, after[firstBare].m.tokenStart)) {
      if (!hasComma(c, h.tok + h.len, after[firstBare].m.tokenStart)) farObject = after[firstBare];
      firstBare = -1;
    }
    // "زار بغداد" with no named visitor: a place right after a visit verb is where, not who
    if (firstBare >= 0 && e.type === 'CONSULT' && e.mode === 'visit' && e.obj === 'target' && isLoc(after[firstBare]) &&
      !after.slice(firstBare + 1).some((i) => i.prep === '' && !i.coord && !hasComma(c, after[firstBare].m.tokenEnd, i.m.tokenStart))) {
      farObject = after[firstBare];
      firstBare = -1;
    }
    // "X الذي وصل إلى…"، "القوات التي اقتحمت المخيم": the antecedent of a subject relative clause is the subject
    const rel = relativeAntecedent(c, h);
    // "نطالب المجتمع الدولي": a first-person verb has no overt subject; the NP after it is its object
    if (firstBare >= 0 && e.present && (h.form.norm === 'ن' + e.present || h.form.norm === 'سن' + e.present)) {
      if (e.obj === 'target') farObject = after[firstBare];
      firstBare = -1;
    }
    // "القواعد التي تستضيف القوات الأمريكية": a subject relative whose antecedent is no mention has that
    // noun as subject; the NP after the verb is its object
    if (!rel && !h.form.suffix && firstBare >= 0 && relativeBefore(c, h) && !RESUMPTIVE.has(c.norm(h.tok + h.len) ?? '')) {
      if (e.obj === 'target') farObject = after[firstBare];
      firstBare = -1;
    }
    const subjBefore = before.length > 0 && before[0].prep === '' && w.gapBefore[0] <= 3 && gapIsAux(c, before[0].m.tokenEnd, h.tok);
    // "إن X تدين"، "أن تكون X قد هددت"، "X قد اجتمع": a complementizer or an auxiliary marks SVO
    const marked = subjBefore && (w.gapBefore[0] > 0 || COMPLEMENTIZERS.has(c.norm(before[0].m.tokenStart - 1) ?? ''));
    const svo = subjBefore && (marked || firstBare < 0 || w.gapAfter[firstBare] > 3 || after.slice(0, firstBare).some((i) => i.prep !== ''));
    let rest: MInfo[];
    // "إن وفداً من الصندوق سيزور القاهرة": a group subject with its من-affiliation right before the verb
    const aff = !subjBefore && before.length > 1 && before[0].prep === 'من' && before[1].prep === '' && !before[1].entity &&
      before[1].m.tokenEnd === before[0].m.tokenStart - 1 && w.gapBefore[0] <= 1 && gapIsAux(c, before[0].m.tokenEnd, h.tok);
    // the same with an affiliation that is no mention: "إن وفداً من الصندوق سيزور"
    const aff2 = !aff && !subjBefore && before.length > 0 && before[0].prep === '' && w.gapBefore[0] <= 3 && c.norm(before[0].m.tokenEnd) === 'من' &&
      affiliationGap(c, before[0].m.tokenEnd + 1, h.tok);
    if (aff) {
      addIds(r.actors, [before[1], before[0]]);
      r.evidence.push('rule:svo-subject-with-affiliation');
      rest = after;
    } else if (aff2) {
      addIds(r.actors, [before[0]]);
      r.evidence.push('rule:svo-subject-with-affiliation');
      rest = after;
    } else if (rel && !h.form.suffix) {
      addIds(r.actors, withConjuncts(c, rel).map((m) => c.info(m)));
      r.evidence.push('rule:relative-antecedent-subject');
      rest = after;
    } else if (svo) {
      const subj = [before[0]];
      for (let k = 0; k + 1 < before.length && before[k].coord && before[k + 1].prep === ''; k++) subj.push(before[k + 1]);
      addIds(r.actors, subj);
      r.evidence.push('rule:svo-subject');
      rest = after;
    } else if (firstBare >= 0 && inherited && e.obj === 'target' && !after.slice(firstBare + 1).some((i) => i.prep === '' || prepOk(i))) {
      // "زار البرهان مصر والتقى السيسي": a conjoined verb with one participant keeps the previous subject
      r.actors.push(...inherited);
      addIds(r.targets, group(after, firstBare));
      r.evidence.push('rule:conjoined-verb-subject');
      rest = [];
    } else if (firstBare >= 0) {
      const subj = group(after, firstBare, c);
      addIds(r.actors, subj);
      r.evidence.push(after[firstBare].prepRole === 'speaker' ? 'rule:speaker-for-organisation' : 'rule:vso-subject');
      rest = after.slice(firstBare + subj.length);
      // "المتحدث باسم الخارجية ناصر كنعاني": the spokesperson's name is an apposition, not the object
      if (after[firstBare].prepRole === 'speaker' && rest.length && rest[0].prep === '' && rest[0].entity?.type === 'PER') rest = rest.slice(1);
      for (let k = 0; k < firstBare; k++) if (prepOk(after[k])) { addIds(r.targets, group(after, k)); break; }
    } else rest = after;
    // "المنشأة التي استهدفها الهجوم": with an object pronoun the antecedent is the target
    if (rel && h.form.suffix && e.obj === 'target' && !r.actors.includes(rel.entity)) {
      addIds(r.targets, [c.info(rel)]);
      r.evidence.push('rule:relative-antecedent-object');
    }
    if (farObject && !svo && e.obj === 'target' && !r.actors.length) {
      addIds(r.targets, [farObject]);
      r.evidence.push('rule:object-of-non-entity-subject');
    }
    // the object: the first bare NP or target-preposition NP after the subject, skipping the subject's
    // own modifiers ("التابعة للحرس") and appositions; a place/other PP ends the search
    let afterPlace = false;
    let lastEnd = h.tok + h.len;
    for (let k = 0; k < rest.length; k++) {
      const i = rest[k];
      if (r.actors.includes(i.m.entity)) { lastEnd = i.m.tokenEnd; continue; }
      if (newClauseBetween(c, lastEnd, i.m.tokenStart)) break;
      if (prepOk(i)) { addIds(r.targets, group(rest, k)); r.evidence.push('rule:prep-target'); break; }
      // a bare place right after a place PP is its apposition ("في المنطقة … بالعاصمة بغداد")
      if (i.prep === '' && afterPlace && isLoc(i)) continue;
      if (i.prep === '' && e.obj === 'target') { addIds(r.targets, group(rest, k)); r.evidence.push('rule:object'); break; }
      if (i.prep === 'ل' || i.prep === 'ك' || i.prep === '') continue;
      // "استقبل X في الرياض الرئيس Y": a place PP may come before the object
      if ((i.prepRole === 'place' || i.prepRole === 'near') && isLoc(i)) { afterPlace = true; continue; }
      break;
    }
  } else {
    // masdar / event noun: genitive, prepositional complements
    let rest = after;
    const hasArticle = h.form.article || h.form.norm.startsWith('ال');
    const firstTok = after.length ? after[0].m.tokenStart : -1;
    let commaBetween = false;
    for (let k = h.tok + h.len; k < firstTok; k++) if (c.isComma(k)) commaBetween = true;
    if (!hasArticle && !h.form.suffix && after.length && after[0].prep === '' && w.gapAfter[0] <= 3 && !commaBetween) {
      const gen = group(after, 0);
      rest = after.slice(gen.length);
      const lTarget = e.gen === 'target' ? rest.findIndex((i) => i.prep === 'ل') : -1;
      if (lTarget >= 0) {
        addIds(r.actors, gen);
        addIds(r.targets, group(rest, lTarget));
        r.evidence.push('rule:masdar-agent+li-target');
      } else if (e.gen === 'target') {
        addIds(r.targets, gen);
        r.evidence.push('rule:masdar-genitive-target');
      } else if ((e.type === 'AGREE' || (e.type === 'CONSULT' && e.mode !== 'visit')) && gen.every(isLoc)) {
        // "مفاوضات جدة"، "اتفاق الرياض": a place genitive names where, not who
        r.place = gen[0].m.entity;
        r.evidence.push('rule:masdar-genitive-place');
      } else {
        addIds(r.actors, gen);
        r.evidence.push('rule:masdar-genitive-actor');
      }
    }
    if (!r.targets.length) {
      const k = rest.findIndex((i) => prepOk(i) && !r.actors.includes(i.m.entity));
      if (k >= 0) { addIds(r.targets, group(rest, k)); r.evidence.push('rule:prep-target'); }
    }
    frameRoles(c, h, r, w);
    // verb-initial phrases ("أطلقت صواريخ") after their subject
    if (e.pos === 'phrase' && !r.actors.length && !r.recipientFrame && before.length && before[0].prep === '' && w.gapBefore[0] <= 2) {
      const subj = [before[0]];
      for (let k = 0; k + 1 < before.length && before[k].coord; k++) subj.push(before[k + 1]);
      addIds(r.actors, subj.reverse());
      r.evidence.push('rule:svo-subject');
    }
  }
  // "ورحبت دول عدة بالاتفاق، بينها العراق وعُمان": members named after a group actor are actors too
  if (r.actors.length && r.actors.every((a) => a.startsWith('#'))) {
    const k = after.findIndex((i) => MEMBERS.has(c.norm(i.m.tokenStart - 1) ?? ''));
    if (k >= 0) { addIds(r.actors, group(after, k)); r.targets = r.targets.filter((t) => !r.actors.includes(t)); r.evidence.push('rule:members-of-group-actor'); }
  }
  // "زيارة الدولة التي قام بها X إلى مسقط": the agent of a masdar in a relative "قام بها" clause
  if (e.pos !== 'verb' && !r.actors.length) {
    const ag = performedBy(c, h);
    if (ag) {
      addIds(r.actors, [c.info(ag)]);
      r.targets = r.targets.filter((t) => t !== ag.entity);
      r.evidence.push('rule:performed-by');
      // the complement inside that clause: "… قام بها X إلى مسقط"
      for (let k = ag.tokenEnd; k < ag.tokenEnd + 5 && k < c.toks.length && c.sent(k) === c.sent(h.tok); k++) {
        if (c.isComma(k) || c.isBoundary(k)) break;
        const ms = c.startsAt.get(k);
        if (!ms) continue;
        const inf = c.info(ms[0]);
        if (inf.prep && e.preps.has(inf.prep)) {
          addIds(r.targets, [inf]);
          if (!r.place && isLoc(inf) && (e.type === 'CONSULT' || e.type === 'ASSAULT')) r.place = inf.m.entity;
        }
        break;
      }
    }
  }
  // "اتفاق بين X وY": both sides are actors
  const bi = after.findIndex((i, k) => i.prep === 'بين' && e.preps.has('بين') && (w.gapAfter[k] <= 3 || wordsBetween(c, h.tok + h.len, i.m.tokenStart) <= 3));
  if (bi >= 0 && (!r.actors.length || e.pos !== 'verb')) {
    r.actors = [];
    addIds(r.actors, group(after, bi));
    r.targets = r.targets.filter((t) => !r.actors.includes(t));
    r.evidence.push('rule:bayna-actors');
  }
  // agent phrase: من قبل X، على يد X
  const ag = after.findIndex((i) => i.prepRole === 'agent');
  // (a possessed masdar has its possessor as agent: "استياءه من إطلاق الصواريخ من قبل X" — X fired, he objected)
  if (ag >= 0 && !r.actors.length && !(e.pos !== 'verb' && h.form.suffix)) { addIds(r.actors, group(after, ag)); r.evidence.push('rule:agent-phrase'); }
  // place: في/بـ + a place, else near (بالقرب من), else a visited or attacked place
  const pl = after.find((i) => isLoc(i) && (i.prepRole === 'place')) ?? after.find((i) => isLoc(i) && i.prepRole === 'near') ??
    before.find((i) => isLoc(i) && i.prepRole === 'place');
  if (r.place) { /* set by a frame or a place genitive */ }
  else if (pl) { r.place = pl.m.entity; r.evidence.push('rule:place-prep'); }
  else if (e.type === 'CONSULT' || e.type === 'ASSAULT' || e.type === 'PROTEST') {
    const t = r.targets.find((id) => c.byId.get(id)?.type === 'LOC');
    if (t) r.place = t;
  }
  return r;
}

/** Event types a dateline places: the lead's physical events and meetings, agreements, aid, releases. */
const PHYSICAL = new Set(['ASSAULT', 'PROTEST', 'COERCE', 'MOBILIZE', 'CONSULT', 'AGREE', 'COOPERATE', 'AID', 'RETREAT', 'SANCTION']);

/** A place mention opening the article and followed by a dash: "بيروت – …". */
function datelinePlace(c: Ctx): { entity: string; para: number } | null {
  // the dateline opens the first paragraph, or the second after a title line: "بيروت –"، "القاهرة (أ ش أ) –"
  for (let p = 0; p < 2 && p < c.doc.paragraphs.length; p++) {
    const k0 = lowerBound(c.toks, c.doc.paragraphs[p].start);
    for (let k = k0; k < k0 + 2 && k < c.toks.length; k++) {
      const ms = c.startsAt.get(k);
      if (!ms) continue;
      const m = ms[0];
      if (c.byId.get(m.entity)?.type !== 'LOC') break;
      let j = m.tokenEnd;
      // an agency in brackets between the place and the dash
      if (c.toks[j]?.text === '(') {
        const stop = j + 8;
        while (j < c.toks.length && j < stop && c.toks[j].text !== ')') j++;
        j++;
      }
      const nx = c.toks[j];
      if (nx && (nx.kind === 'dash' || nx.text === ':')) return { entity: m.entity, para: p };
      break;
    }
  }
  return null;
}

function paragraphOf(c: Ctx, tok: number): number {
  const off = c.toks[tok].start;
  const ps = c.doc.paragraphs;
  let lo = 0, hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ps[mid].start <= off) lo = mid; else hi = mid - 1;
  }
  return lo;
}

function hasConsequenceCue(c: Ctx, tok: number): boolean {
  for (let j = tok - 1; j >= 0 && j >= tok - 4 && c.sent(j) === c.sent(tok); j--) {
    const n = c.norm(j)!;
    const f = c.lex.frames.get(n) ?? c.lex.frames.get(n.replace(/^[وف]/, ''));
    if (f?.role === 'consequence') return true;
  }
  return false;
}

/** Objects and place of a verb whose subject is an earlier attack noun. */
function rolesAfterVerb(c: Ctx, h: Hit, w: Window): { targets: string[]; place: string | null } {
  const targets: string[] = [];
  const k = w.after.findIndex((i) => i.prep === '');
  if (k >= 0) addIds(targets, group(w.after, k));
  const pl = w.after.find((i) => isLoc(i) && i.prepRole === 'place');
  let place = pl ? pl.m.entity : null;
  if (!place) place = targets.find((id) => c.byId.get(id)?.type === 'LOC') ?? null;
  void h;
  return { targets, place };
}

/** "تعرضت X إلى القصف" (X target) and "X التي شهدت إطلاق صواريخ" (X place): bounded look-back. */
function frameRoles(c: Ctx, h: Hit, r: Roles, w: Window): void {
  const s = c.sent(h.tok);
  for (let j = h.tok - 1; j >= 0 && j >= h.tok - 16 && c.sent(j) === s; j--) {
    if (c.isBoundary(j)) return;
    const f = c.lex.frames.get(c.norm(j)!) ?? c.lex.frames.get(c.norm(j)!.replace(/^[وف]/, ''));
    if (!f) continue;
    // "أعلن X مقتل Y": announcing a killing is no perpetration; an announcement names the actor of other events
    if (f.role === 'announce' && h.entry.gen === 'target') return;
    if (f.role === 'actor' || f.role === 'announce') {
      // a support verb governs only a close noun in the same clause: "أعلن الاتحاد إضراباً"
      // commas that only set off a date ("أعلن X، مساء أمس الجمعة، موافقة…") do not end the clause
      let comma = false;
      let dated = 0;
      for (let k = j + 1; k < h.tok; k++) {
        if (c.dateCovered[k]) dated++;
        if (c.isComma(k) && !c.dateCovered[k - 1] && !c.dateCovered[k + 1]) comma = true;
      }
      if (comma || h.tok - j - dated > 12) continue;
    }
    let subj: EntityMention | null = null;
    for (let k = j + 1; k < h.tok && !subj; k++) {
      const ms = c.startsAt.get(k);
      if (ms && c.info(ms[0]).prep === '') subj = ms[0];
    }
    if (!subj && j > 0 && RELATIVE_PRONOUNS.has(c.norm(j - 1)!)) {
      // antecedent of the relative clause: the head of the NP chain before it ("المنطقة الخضراء بالعاصمة
      // العراقية بغداد، والتي شهدت" → المنطقة الخضراء), i.e. the earliest of mentions linked by short gaps
      let k = j - 2;
      while (k >= 0 && c.isComma(k)) k--;
      for (let g = 0; k >= 0 && k >= j - 20 && c.sent(k) === s; k--, g++) {
        const m = mentionEndingAt(c, k);
        if (m) {
          if (subj && f.role === 'place' && c.byId.get(m.entity)?.type !== 'LOC') break;
          subj = m;
          g = 0;
          k = m.tokenStart;
          continue;
        }
        if (subj && g >= 3) break;
        if (c.isBoundary(k)) break;
      }
    }
    if (f.role === 'consequence') return;
    if (f.role === 'recipient') {
      // "تلقى X اتصالاً هاتفياً من Y": X receives (target), Y calls (actor)
      if (subj && c.info(subj).prep === '' && subj.tokenStart > j) {
        r.targets = [subj.entity, ...r.targets.filter((t) => t !== subj!.entity)];
        r.actors = r.actors.filter((a) => a !== subj!.entity);
        const caller = w.after.find((i) => i.prep === 'من');
        if (caller && !r.actors.includes(caller.m.entity)) {
          r.actors.push(caller.m.entity);
          r.targets = r.targets.filter((t) => t !== caller.m.entity);
        }
        r.recipientFrame = true;
        r.evidence.push(f.evidence);
      }
      return;
    }
    if (!subj && f.role !== 'actor' && f.role !== 'announce') return;
    const type = subj ? c.byId.get(subj.entity)?.type : undefined;
    if (f.role === 'actor' || f.role === 'announce') {
      // a subject between the support verb and the noun ("أعلن الاتحاد إضراباً"), not an antecedent
      if (!subj || !(subj.tokenStart > j)) {
        subj = null;
        // SVO before the support verb: "X قدّم استقالته"
        const before = mentionEndingAt(c, j - 1) ?? (AUX.has(c.norm(j - 1) ?? '') ? mentionEndingAt(c, j - 2) : null);
        if (before && c.info(before).prep === '') subj = before;
      }
      if (subj && !r.actors.includes(subj.entity) && c.info(subj).prep === '') {
        r.actors.push(subj.entity);
        // coordinated subjects: "أتمت إيران والولايات المتحدة صفقة"
        for (let k = subj.tokenEnd; k < h.tok; k++) {
          const ms = c.startsAt.get(k);
          if (!ms) continue;
          const inf = c.info(ms[0]);
          if (!inf.coord) break;
          if (!r.actors.includes(ms[0].entity)) r.actors.push(ms[0].entity);
          k = ms[0].tokenEnd - 1;
        }
        r.targets = r.targets.filter((t) => !r.actors.includes(t));
        r.evidence.push(f.evidence);
      }
      return;
    }
    if (!subj) return;
    if (f.role === 'place') {
      if (type === 'LOC') r.place = subj.entity;
    } else if (!r.targets.includes(subj.entity)) r.targets.push(subj.entity);
    r.evidence.push(f.evidence);
    return;
  }
}

function modeFor(c: Ctx, h: Hit): { mode: string | null; evidence?: string } {
  const e = h.entry;
  if (e.type !== 'ASSAULT') return { mode: e.mode };
  let best: { mode: string; priority: number; evidence: string } | null = null;
  const s = c.sent(h.tok);
  const from = h.tok;
  for (let j = from; j < c.toks.length && j < from + h.len + 10 && c.sent(j) === s; j++) {
    if (c.isBoundary(j)) break;
    const t = c.toks[j];
    const forms = t.kind === 'word' ? [t.norm, ...c.look(j).modifier.filter((f) => f.prefix || f.article).map((f) => f.norm)] : [];
    for (const f of forms) {
      const res = c.lex.modifiers.matchAt((k) => (k === j ? f : c.norm(k)), j, [f]);
      for (const r of res) for (const v of r.values) if (!best || v.priority < best.priority) best = v;
    }
  }
  const own = e.mode ? priorityOf(c, e.mode) : 99;
  if (best && best.priority < own) return { mode: best.mode, evidence: best.evidence };
  return { mode: e.mode };
}

const priorityCache = new Map<string, number>();
function priorityOf(c: Ctx, mode: string): number {
  if (priorityCache.has(mode)) return priorityCache.get(mode)!;
  let p = 99;
  // modifiers are few; a linear scan once per mode is fine
  const probe = (words: string[]) => c.lex.modifiers.matchAt((k) => words[k], 0);
  for (const w of ['بدون طيار', 'انتحاري', 'اغتيال', 'جوية', 'ناسفة', 'صواريخ', 'رصاص']) {
    const res = probe(normalize(w).split(' '));
    for (const r of res) for (const v of r.values) if (v.mode === mode) p = Math.min(p, v.priority);
  }
  priorityCache.set(mode, p);
  return p;
}

function modality(c: Ctx, h: Hit): { negated: boolean; context: string[]; evidence: string[] } {
  const ctx = new Set<string>();
  let negated = false;
  const ev: string[] = [];
  const s = c.sent(h.tok);
  if (h.entry.pos === 'verb' && h.form.prefix.includes('س')) { ctx.add('future'); ev.push('rule:sa-prefix'); }
  for (let j = h.tok - 1, d = 1; j >= 0 && d <= 8 && c.sent(j) === s; j--, d++) {
    if (c.isBoundary(j)) break;
    const raw = c.norm(j)!;
    const cands = [raw];
    if (raw.length > 2 && (raw[0] === 'و' || raw[0] === 'ف')) cands.push(raw.slice(1));
    if (raw === 'من' && c.norm(j + 1) === 'المقرر') cands.push('المقرر');
    for (const w of cands) {
      for (const m of c.lex.modality.get(w) ?? []) {
        const ok = m.scope === 'clause' || (m.scope === 'adjacent' && h.entry.pos !== 'noun' && d <= 2) || (m.scope === 'noun' && h.entry.pos !== 'verb' && d === 1);
        if (!ok) continue;
        // "إن" is mostly the particle إنّ; accept it as a condition only when written إن without a following noun phrase is unknowable — skip
        if (w === 'ان') continue;
        if (m.kind === 'negation') negated = true;
        else ctx.add(m.kind);
        ev.push(m.evidence);
      }
    }
  }
  if (negated) ctx.add('negation');
  return { negated, context: [...ctx], evidence: ev };
}

const RECEIVED = new Set(['تلقاه', 'تلقته', 'تلقاها', 'تلقياه', 'تلقوه']);
/** A preposition with a pronoun right after a verb in a relative clause ("الذي اتفق عليه الطرفان"): the
 * antecedent is an oblique complement, so the NP after is the subject. */
const RESUMPTIVE = new Set(['عليه', 'عليها', 'به', 'بها', 'له', 'لها', 'فيه', 'فيها', 'منه', 'منها', 'اليه', 'اليها', 'معه', 'معها', 'عنه', 'عنها']);
const MEMBERS = new Set(['بينها', 'بينهم', 'منها', 'منهم', 'ومنها', 'ومنهم', 'وبينها', 'وبينهم', 'ابرزها', 'ابرزهم', 'مثل']);
const PERFORM = new Set(['قام', 'قامت', 'قاموا', 'اجراها', 'اجراه', 'اجرتها', 'نفذها', 'نفذه', 'نفذتها', 'شنها', 'شنتها', 'شنه', 'اطلقها', 'اطلقته']);

/** "X التي قام بها Y" / "التي أجراها Y": Y, within a few words after the event noun. */
function performedBy(c: Ctx, h: Hit): EntityMention | null {
  const s = c.sent(h.tok);
  for (let j = h.tok + h.len; j < h.tok + h.len + 4 && j < c.toks.length && c.sent(j) === s; j++) {
    if (!RELATIVE_PRONOUNS.has(c.norm(j) ?? '')) continue;
    let k = j + 1;
    if (!PERFORM.has(c.norm(k) ?? '')) return null;
    k++;
    if (['بها', 'به', 'بهما'].includes(c.norm(k) ?? '')) k++;
    for (let m = k; m < k + 6 && m < c.toks.length && c.sent(m) === s; m++) {
      if (c.isComma(m) || c.isBoundary(m)) return null;
      const ms = c.startsAt.get(m);
      if (ms) return ms.find((x) => c.byId.get(x.entity)?.type === 'PER' || c.byId.get(x.entity)?.type === 'ORG') ?? null;
    }
    return null;
  }
  return null;
}
const COMPLEMENT_TYPES = new Set(['REQUEST', 'REJECT', 'THREATEN']);
/** Words between two tokens, dates and punctuation aside ("شنّت طائرات …، فجر اليوم الجمعة، سلسلة ضربات"). */
function wordsBetween(c: Ctx, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (c.toks[k].kind === 'word' && !c.dateCovered[k]) n++;
  return n;
}

/** The noun opens a prepositional complement: "إلى تحقيق"، "بالإفراج"، "على وقف". */
function complementPrep(c: Ctx, h: Hit): boolean {
  const p = c.bare(h.tok - 1);
  return p === 'الي' || p === 'علي' || p === 'عن' || h.form.prefix.endsWith('ب');
}
function hasVerbBetween(c: Ctx, verbToks: Set<number>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (verbToks.has(k) || c.isBoundary(k)) return true;
  return false;
}
const CONTINUATIONS = new Set(['حيث', 'ثم', 'وحيث']);
const PRONOUN_COMPLEMENTIZERS = new Set(['انه', 'انها', 'انهم', 'بانه', 'بانها', 'بانهم', 'وانه', 'وانها', 'لانه', 'لكنه', 'لكنها', 'ولكنه', 'ولكنها', 'لكنهم']);

/** Attributions bucketed by the sentences their content spans and their cue lies in: lookups per trigger
 * touch only the statements of its sentence (linear overall). */
class AttIndex {
  private bySent = new Map<number, Attribution[]>();
  private srcEntity = new Map<string, string | null>();
  constructor(private c: Ctx, att: AttributionLayer) {
    for (const s of att.sources) this.srcEntity.set(s.id, s.entity);
    const sentAt = (off: number) => c.sent(Math.min(lowerBound(c.toks, off), c.toks.length - 1));
    if (!c.toks.length) return;
    for (const a of att.attributions) {
      const from = Math.min(sentAt(a.cue.start), sentAt(a.content.start));
      const to = Math.max(sentAt(a.cue.start), sentAt(Math.max(a.content.start, a.content.end - 1)));
      for (let k = from; k <= to; k++) {
        if (!this.bySent.has(k)) this.bySent.set(k, []);
        this.bySent.get(k)!.push(a);
      }
    }
  }
  /** The smallest attribution whose content holds the offset. */
  containing(h: Hit): string | null {
    let best: { id: string; len: number } | null = null;
    for (const a of this.bySent.get(this.c.sent(h.tok)) ?? []) {
      if (a.content.start <= h.start && h.start < a.content.end) {
        const len = a.content.end - a.content.start;
        if (!best || len < best.len) best = { id: a.id, len };
      }
    }
    return best ? best.id : null;
  }
  /** The named entity of the statement around a trigger: the attribution whose content holds it, else one
   * whose cue lies earlier in the same sentence ("قال X …، مطالباً"). */
  speaker(h: Hit): string | null {
    return this.speakerAt(h)?.ent ?? null;
  }
  /** The speaker and where its cue lies (for choosing the nearest clause subject). */
  speakerAt(h: Hit): { ent: string; cue: number } | null {
    const sent = this.c.sent(h.tok);
    let best: { ent: string; len: number; cue: number } | null = null;
    for (const a of this.bySent.get(sent) ?? []) {
      const inside = a.content.start <= h.start && h.start < a.content.end;
      const cueTok = lowerBound(this.c.toks, a.cue.start);
      const sameSent = cueTok < this.c.toks.length && this.c.sent(cueTok) === sent && a.cue.start < h.start;
      if (!inside && !sameSent) continue;
      const ent = this.srcEntity.get(a.source);
      if (!ent) continue;
      // inside a statement the smallest one; otherwise the nearest cue before the trigger
      const len = inside ? a.content.end - a.content.start : Number.MAX_SAFE_INTEGER - a.cue.start;
      if (!best || len < best.len) best = { ent, len, cue: a.cue.start };
    }
    return best ? { ent: best.ent, cue: best.cue } : null;
  }
}

/** Is the draft a casualty clause (قتل، استشهد، أصيب، لقي حتفه…; data/events/casualties.tsv)? */
function isCasualty(c: Ctx, d: Draft): boolean {
  if (d.ev.type !== 'ASSAULT' || d.hit.entry.pos === 'noun') return false;
  const cas = casualtyLexicon().casualty;
  const n = c.norm(d.hit.tok) ?? '';
  return cas.has(d.hit.form.norm) || cas.has(n) || cas.has(c.bare(d.hit.tok));
}

/**
 * An attack noun right after a causal link («في/جراء/إثر/بسبب/بـ غارة») following casualty clauses of its
 * sentence: the casualty drafts (consecutive, same sentence) are merged into one event with the attack's
 * agent («شنتها X»، «من قبل X», the noun's own actor) as actor, the casualties as targets, the attack's place.
 * Returns the surviving draft, or null when the construction is absent.
 */
function casualtiesOfAttack(c: Ctx, drafts: Draft[], h: Hit, verbToks: Set<number>): Draft | null {
  const lex = casualtyLexicon();
  const prevWord = c.bare(h.tok - 1);
  const linked = lex.link.has(prevWord) || (h.entry.pos === 'noun' && h.form.prefix.endsWith('ب') && lex.link.has('ب'));
  if (!linked) return null;
  const s = c.sent(h.tok);
  // the casualty drafts just before (bounded: at most three clauses, within 25 tokens of the attack noun)
  let i = drafts.length;
  while (i > 0 && drafts.length - i < 3 && c.sent(drafts[i - 1].hit.tok) === s && isCasualty(c, drafts[i - 1]) && h.tok - drafts[i - 1].hit.tok <= 25) i--;
  if (i === drafts.length) return null;
  const cas = drafts.splice(i);
  const first = cas[0];
  const targets: string[] = [];
  const actors: string[] = [];
  for (const d of cas) {
    // an intransitive/passive reading (استشهد X، قتل X جراء…): the subject is a casualty; a transitive
    // reading with an object found (قتل الجيش X في هجوم) keeps its subject as an actor
    if (d.ev.targets.length && d.hit.entry.obj === 'target') for (const a of d.ev.actors) { if (!actors.includes(a)) actors.push(a); }
    else for (const a of d.ev.actors) if (!targets.includes(a)) targets.push(a);
    for (const t of d.ev.targets) if (!targets.includes(t)) targets.push(t);
  }
  // the attack's own roles, and its agent after a resumptive verb («غارة شنتها طائرات إسرائيلية»)
  const w = windowAround(c, h, verbToks);
  const r = rolesFor(c, h, w);
  const ev = first.ev;
  const evidence = ['rule:casualties-of-attack', lex.evidence.get('link')!];
  let agent: string[] = [];
  for (let k = h.tok + h.len; k < h.tok + h.len + 4 && k < c.toks.length && c.sent(k) === s; k++) {
    if (!lex.agentVerb.has(c.norm(k) ?? '')) continue;
    const ai = w.after.findIndex((x) => x.m.tokenStart > k && x.m.tokenStart <= k + 2 && x.prep === '');
    if (ai >= 0) { agent = group(w.after, ai, c).map((x) => x.m.entity); evidence.push(lex.evidence.get('agent-verb')!); }
    break;
  }
  const isLocId = (id: string) => c.byId.get(id)?.type === 'LOC';
  for (const a of agent.length ? agent : r.actors) if (!actors.includes(a) && !isLocId(a)) actors.push(a);
  ev.actors = actors;
  for (const t of r.targets) if (!isLocId(t) && !agent.includes(t) && !targets.includes(t)) targets.push(t);
  ev.targets = targets.filter((t) => !actors.includes(t));
  // the attack's place: «على خان يونس»، «في مدينة حلب»
  ev.place = ev.place ?? r.place ?? r.targets.find(isLocId) ?? cas.map((d) => d.ev.place).find((p) => p) ?? null;
  const m = modeFor(c, h);
  if (m.mode && (!ev.mode || priorityOf(c, m.mode) < priorityOf(c, ev.mode))) { ev.mode = m.mode; if (m.evidence) evidence.push(m.evidence); }
  for (const d of cas.slice(1)) {
    first.toks.push(...d.toks);
    evidence.push(`rule:casualty-clause@${d.ev.trigger.start}`);
    if (d.ev.negated) ev.negated = true;
  }
  first.toks.push(h.tok);
  ev.evidence = [...ev.evidence!.filter((e) => e !== 'rule:passive-subject-target'), ...evidence];
  drafts.push(first);
  return first;
}

/** The latest draft of the trigger's sentence that satisfies `ok` (drafts are in text order). */
function lastInSentence(c: Ctx, drafts: Draft[], h: Hit, ok: (d: Draft) => boolean): Draft | undefined {
  const s = c.sent(h.tok);
  for (let i = drafts.length - 1; i >= 0 && c.sent(drafts[i].hit.tok) === s; i--) if (ok(drafts[i])) return drafts[i];
  return undefined;
}

interface Draft {
  hit: Hit;
  ev: Event;
  /** token index of the trigger, and of any trigger merged into it */
  toks: number[];
}

export function extractEvents(doc: Doc, entities: EntityLayer, attributions: AttributionLayer, dates: DateMention[]): Event[] {
  const c = new Ctx(doc, entities);
  for (const d of dates) {
    for (let k = lowerBound(c.toks, d.start); k < c.toks.length && c.toks[k].start < d.end; k++) c.dateCovered[k] = 1;
  }
  const attIndex = new AttIndex(c, attributions);
  const hits = findTriggers(c);
  const verbToks = new Set(hits.filter((h) => h.entry.pos === 'verb').map((h) => h.tok));
  const drafts: Draft[] = [];
  /** casualty drafts that absorbed an attack noun → the token after that noun */
  const absorbedAttack = new Map<Draft, number>();
  for (const h of hits) {
    // "بحث X، في اتصال هاتفي تلقاه من Y، …": a CONSULT noun after في/خلال is the manner of the CONSULT just
    // named; the caller of a received call joins the actors
    if (h.entry.type === 'CONSULT' && h.entry.pos !== 'verb' && drafts.length) {
      const prev = drafts[drafts.length - 1];
      const pp = c.norm(h.tok - 1) ?? '';
      if (prev.ev.type === 'CONSULT' && (pp === 'في' || pp === 'خلال' || h.form.prefix.endsWith('ب')) && c.sent(prev.hit.tok) === c.sent(h.tok) && h.tok - prev.hit.tok <= 12) {
        prev.toks.push(h.tok);
        if (!prev.ev.mode && h.entry.mode) prev.ev.mode = h.entry.mode;
        const w0 = windowAround(c, h, verbToks);
        const received = RECEIVED.has(c.norm(h.tok + h.len) ?? '');
        const ci = received ? w0.after.findIndex((i) => i.prep === 'من') : -1;
        const caller = ci >= 0 ? group(w0.after, ci, c) : undefined;
        if (caller) {
          for (const m of caller) if (!prev.ev.actors.includes(m.m.entity)) prev.ev.actors.push(m.m.entity);
          prev.ev.targets = prev.ev.targets.filter((t) => !prev.ev.actors.includes(t));
        }
        prev.ev.evidence!.push(caller ? 'rule:manner-of-previous-consult+caller' : 'rule:manner-of-previous-consult');
        continue;
      }
    }
    // «استشهد ثلاثة … في غارة شنتها طائرات …»، «قتل خمسة وأصيب عشرة جراء قصف …»: the casualty clauses and the
    // attack noun after a causal link are one ASSAULT — the attack's agent acts, the casualties are targets
    // (after a separate link word a past form is the masdar: «جراء قصف»)
    if (h.entry.type === 'ASSAULT' && h.entry.pos !== 'phrase' && drafts.length) {
      const merged = casualtiesOfAttack(c, drafts, h, verbToks);
      if (merged) { absorbedAttack.set(merged, h.tok + h.len); continue; }
    }
    // "… اغتيال X في غارة جوية": an ASSAULT noun after في/بـ right after another ASSAULT is its means
    if (h.entry.type === 'ASSAULT' && drafts.length) {
      const prev = drafts[drafts.length - 1];
      const prevPrep = c.norm(h.tok - 1) === 'في' || h.form.prefix.endsWith('ب');
      if (prev.ev.type === 'ASSAULT' && prevPrep && c.sent(prev.hit.tok) === c.sent(h.tok) && h.tok - prev.hit.tok <= 15) {
        prev.toks.push(h.tok);
        const m = modeFor(c, h);
        const pm = prev.ev.mode ? priorityOf(c, prev.ev.mode) : 99;
        if (m.mode && priorityOf(c, m.mode) < pm) prev.ev.mode = m.mode;
        prev.ev.evidence!.push('rule:means-of-previous-assault');
        continue;
      }
    }
    if (h.entry.type === 'ASSAULT' && drafts.length) {
      const prev = drafts[drafts.length - 1];
      const sameSent = prev.ev.type === 'ASSAULT' && c.sent(prev.hit.tok) === c.sent(h.tok);
      // "غارة جوية استهدفت سوقا": the verb describes the attack its subject names
      // (also after casualties that absorbed the attack noun: «قتل خمسة جراء قصف مدفعي استهدف حياً»)
      const attackEnd = absorbedAttack.get(prev);
      const verbOfNoun = sameSent && h.entry.pos === 'verb' && (prev.hit.entry.pos !== 'verb'
        ? h.tok - (prev.hit.tok + prev.hit.len) <= 4
        : attackEnd !== undefined && h.tok - attackEnd <= 4);
      // "… ما أدى إلى مقتل 12": a consequence of the previous attack
      const consequence = sameSent && h.entry.pos !== 'verb' && hasConsequenceCue(c, h.tok);
      if (verbOfNoun || consequence) {
        const w0 = windowAround(c, h, verbToks);
        const r0 = verbOfNoun ? rolesAfterVerb(c, h, w0) : { targets: [] as string[], place: null as string | null };
        for (const t of r0.targets) if (!prev.ev.targets.includes(t)) prev.ev.targets.push(t);
        if (!prev.ev.place && r0.place) prev.ev.place = r0.place;
        prev.toks.push(h.tok);
        prev.ev.evidence!.push(verbOfNoun ? 'rule:verb-of-attack-noun' : 'rule:consequence-of-attack');
        continue;
      }
    }
    if (drafts.length) {
      // "وقعت السعودية وقطر مذكرة تفاهم": the noun a verb required is part of that verb's event
      const prev = drafts[drafts.length - 1];
      // (so is the required word itself when it is a trigger of another type: "أحكاماً بالسجن" is no imprisonment)
      const isRequired = prev.hit.entry.requires.has(c.norm(h.tok) ?? '') || prev.hit.entry.requires.has((c.norm(h.tok) ?? '').replace(/^[وفبل]/, ''));
      if (prev.hit.entry.requires.size && (prev.ev.type === h.entry.type || isRequired) && c.sent(prev.hit.tok) === c.sent(h.tok) && wordsBetween(c, prev.hit.tok + prev.hit.len, h.tok) < (isRequired ? 6 : 10)) {
        prev.toks.push(h.tok);
        prev.ev.evidence!.push('rule:required-complement');
        continue;
      }
    }
    if (h.entry.pos !== 'verb' && drafts.length) {
      // "دعا X إلى وقف إطلاق النار"، "رفض التفاوض": an event noun in the complement of a demand or refusal
      // is its content, not an event that happened
      const prev = drafts[drafts.length - 1];
      if ((COMPLEMENT_TYPES.has(prev.ev.type) && prev.hit.entry.pos !== 'noun' && prev.ev.type !== h.entry.type ||
        prev.ev.type === 'AGREE' && h.entry.type === 'AGREE' && complementPrep(c, h)) && c.sent(prev.hit.tok) === c.sent(h.tok) &&
        (h.tok - (prev.hit.tok + prev.hit.len) <= 4 || (h.tok - (prev.hit.tok + prev.hit.len) <= 14 && complementPrep(c, h))) &&
        !verbToks.has(h.tok) && !hasVerbBetween(c, verbToks, prev.hit.tok + prev.hit.len, h.tok)) {
        prev.toks.push(h.tok);
        prev.ev.evidence!.push('rule:content-of-demand');
        continue;
      }
      // "أدانت النقابة اعتقال المحتجين": a condemned act already reported is a back-reference, not a new event
      if (prev.ev.type === 'ACCUSE' && prev.hit.entry.pos === 'verb' && c.sent(prev.hit.tok) === c.sent(h.tok) &&
        h.tok - (prev.hit.tok + prev.hit.len) <= 3 && !hasVerbBetween(c, verbToks, prev.hit.tok + prev.hit.len, h.tok) &&
        drafts.some((d) => d.ev.type === h.entry.type && d !== prev)) {
        prev.toks.push(h.tok);
        prev.ev.evidence!.push('rule:condemned-act-back-reference');
        continue;
      }
    }
    if (h.entry.type === 'REQUEST' && (h.entry.pos !== 'verb' || h.entry.participle) && drafts.length) {
      // "أضرب العمال للمطالبة بـ…"، "الاحتجاجات المطالبة بالإفراج": the demand is the protest's purpose;
      // so is a circumstantial participle of the protesters in the same sentence ("تظاهر مئات …، مطالبين الحكومة بـ")
      const prev = drafts[drafts.length - 1];
      if (prev.ev.type === 'PROTEST' && c.sent(prev.hit.tok) === c.sent(h.tok) && (h.tok - (prev.hit.tok + prev.hit.len) <= 6 || h.entry.participle)) {
        prev.toks.push(h.tok);
        prev.ev.evidence!.push('rule:purpose-of-protest');
        continue;
      }
    }
    if ((h.entry.type === 'PROTEST' || h.entry.type === 'ASSAULT' || h.entry.type === 'COERCE') && h.entry.pos !== 'verb' && drafts.length) {
      // "تظاهر آلاف في بيروت احتجاجاً على…": the noun restates the event just named
      const prev = drafts[drafts.length - 1];
      // an indefinite accusative ("احتجاجاً على") is the purpose of the event just named, at any distance
      const adverbial = h.form.suffix === 'ا' || /ا[\u064B]?$/.test(c.toks[h.tok].text.replace(/ً$/, 'ا'));
      if (prev.ev.type === h.entry.type && c.sent(prev.hit.tok) === c.sent(h.tok) && (h.tok - (prev.hit.tok + prev.hit.len) <= 5 || (adverbial && h.entry.type === 'PROTEST'))) {
        prev.toks.push(h.tok);
        prev.ev.evidence!.push('rule:restated-event');
        continue;
      }
    }
    if ((h.entry.type === 'REJECT' || h.entry.type === 'ACCUSE') && h.entry.pos === 'noun' && drafts.length) {
      // "يواصل الطلبة مقاطعة الدروس، رفضاً لقرار…"، "أضربوا تنديداً بـ…": an indefinite accusative masdar is the
      // motive of the protest just named, not an event of its own
      const prev = drafts[drafts.length - 1];
      const adverbial = /[اً]$/.test(c.toks[h.tok].text) && !h.form.article && !h.form.prefix;
      if (prev.ev.type === 'PROTEST' && adverbial && c.sent(prev.hit.tok) === c.sent(h.tok)) {
        prev.toks.push(h.tok);
        prev.ev.evidence!.push('rule:motive-of-protest');
        continue;
      }
    }
    const w = windowAround(c, h, verbToks);
    let inherited: string[] | null = null;
    // a conjoined verb ("… والتقى"، "حيث التقى"، "ثم التقى") may keep the subject of the previous event of its sentence
    if (h.entry.pos === 'verb' && (/^[وف]/.test(h.form.prefix) || CONTINUATIONS.has(c.norm(h.tok - 1) ?? ''))) {
      // (the nearest event with an actor: "أدانت X اعتقال المحتجين، ودعت …" — not the act condemned)
      const prev = lastInSentence(c, drafts, h, (d) => d.ev.actors.length > 0);
      if (prev) inherited = prev.ev.actors;
    }
    const roles = rolesFor(c, h, w, inherited);
    // "قال X …، مطالباً Y بـ…": a circumstantial participle shares the main clause's subject; what the
    // role rules read as its subject is its object
    if (h.entry.participle) {
      const objs = [...roles.actors, ...roles.targets];
      let prev = lastInSentence(c, drafts, h, (d) => d.ev.actors.length > 0 && !d.hit.entry.participle);
      const sa = attIndex.speakerAt(h);
      // the nearer of the two is the main clause: "قال X …، فيما أعلن Y …، متوعداً" → Y
      if (prev && sa && sa.cue > prev.hit.start) prev = undefined;
      const spk = prev ? null : sa?.ent ?? null;
      roles.actors = prev ? [...prev.ev.actors] : spk ? [spk] : [];
      roles.targets = objs.filter((t) => !roles.actors.includes(t));
      roles.evidence.push(prev ? 'rule:participle-subject-of-clause' : spk ? 'rule:participle-subject-speaker' : 'rule:participle');
    }
    // a masdar with a possessive pronoun ("زيارته"، "رفضها") belongs to the nearest fitting NP before it
    if (h.entry.pos !== 'verb' && ['ه', 'ها', 'هم'].includes(h.form.suffix) && !roles.actors.length && h.entry.gen === 'actor') {
      const want = h.form.suffix === 'ه' ? ['PER', 'ORG'] : h.form.suffix === 'ها' ? ['ORG', 'LOC'] : ['ORG', 'PER'];
      // "بدأت الجماعة استهداف السفن … قبل أن توسّع هجماتها": the pronoun refers back to the sentence's actor
      // (a place is a weaker antecedent than a sentence actor: "الجماعة … إلى ميناء الصليف، قبل أن توسّع هجماتها")
      const near = w.before.find((i) => i.entity && want.includes(i.entity.type) && !roles.targets.includes(i.m.entity));
      // (the pronoun's number must fit: ه/ها one actor, هم several)
      const fitsNumber = (d: Draft) => (h.form.suffix === 'هم' ? d.ev.actors.length > 1 : d.ev.actors.length === 1);
      const prevActor = !near || isLoc(near) ? lastInSentence(c, drafts, h, (d) => d.ev.actors.length > 0 && fitsNumber(d)) : undefined;
      const ante = prevActor ? null : near;
      if (prevActor) {
        roles.actors = [...prevActor.ev.actors];
        roles.evidence.push('rule:possessive-actor-of-sentence');
      } else if (ante) {
        roles.actors = [ante.m.entity];
        roles.evidence.push('rule:possessive-antecedent');
      }
    }
    // a verb with no subject NP has a pronoun subject: the actor of the previous event in the paragraph
    // ("وقال الوزير … وأضاف أنه التقى …") when it is at most one sentence back
    if (h.entry.pos === 'verb' && h.entry.obj !== 'subject' && !roles.actors.length && drafts.length) {
      const prev = drafts[drafts.length - 1];
      const para = (tok: number) => paragraphOf(c, tok);
      if (prev.ev.actors.length && para(prev.hit.tok) === para(h.tok) && c.sent(h.tok) - c.sent(prev.hit.tok) <= 1 && !/^[يت].*(ون|وا)$/.test(h.form.norm)) {
        roles.actors = [...prev.ev.actors];
        roles.targets = roles.targets.filter((t) => !roles.actors.includes(t));
        roles.evidence.push('rule:pronoun-subject-from-previous-event');
      }
    }
    // "«نطالب المجتمع الدولي…»": a first-person verb in a statement has the speaker as subject
    if (h.entry.pos === 'verb' && !roles.actors.length && h.entry.present && (h.form.norm === 'ن' + h.entry.present || h.form.norm === 'سن' + h.entry.present)) {
      const spk = attIndex.speaker(h);
      if (spk) { roles.actors = [spk]; roles.targets = roles.targets.filter((t) => t !== spk); roles.evidence.push('rule:first-person-speaker'); }
    }
    // "قال X إنه التقى…": a pronoun subject after a complementizer is the speaker of the statement
    // (the pronoun is the subject, so an NP after the verb is its object: "أعلن X أنه سيلتقي ممثلي النقابات")
    if (h.entry.pos === 'verb' && PRONOUN_COMPLEMENTIZERS.has(c.norm(h.tok - 1) ?? '')) {
      const spk = attIndex.speaker(h);
      if (spk && !roles.actors.includes(spk)) {
        const objs = [...roles.actors, ...roles.targets].filter((t) => t !== spk);
        roles.actors = [spk];
        roles.targets = h.entry.obj === 'none' ? roles.targets.filter((t) => t !== spk) : [...new Set(objs)];
        roles.evidence.push('rule:pronoun-subject-speaker');
      }
    }
    // a vocalised passive past (قُتل، اعتُقل، أُصيب: damma inside the stem, not on its last letter) has
    // its grammatical subject as the target and no known agent, unless `من قبل/على يد` named one
    if (h.entry.pos === 'verb' && (h.entry.obj === 'subject' || (h.entry.obj === 'target' && isPassive(doc.text.slice(h.start, h.end)))) && !roles.evidence.includes('rule:agent-phrase')) {
      for (const a of roles.actors) if (!roles.targets.includes(a)) roles.targets.push(a);
      roles.actors.length = 0;
      roles.evidence.push('rule:passive-subject-target');
    }
    const mode = modeFor(c, h);
    const mod = modality(c, h);
    const ev: Event = {
      id: '',
      type: h.entry.type,
      mode: mode.mode,
      trigger: { start: h.start, end: h.end, text: doc.text.slice(h.start, h.end) },
      actors: roles.actors,
      targets: roles.targets.filter((t) => !roles.actors.includes(t)),
      place: roles.place,
      evidence: [h.entry.evidence, ...roles.evidence, ...(mode.evidence ? [mode.evidence] : []), ...mod.evidence],
    };
    if (mod.negated) ev.negated = true;
    if (mod.context.length) ev.context = mod.context;
    const a = attIndex.containing(h);
    if (a) ev.attribution = a;
    drafts.push({ hit: h, ev, toks: [h.tok] });
  }
  // a dateline ("طرابلس – اندلعت …") places the article's physical events that name no place
  const dl = datelinePlace(c);
  if (dl) {
    for (const d of drafts) {
      // the dateline's paragraph and the next one (the lead), as in a text without a title line
      const p = paragraphOf(c, d.hit.tok);
      if (d.ev.place || !PHYSICAL.has(d.ev.type) || p < dl.para || p > dl.para + 1) continue;
      d.ev.place = dl.entity;
      d.ev.evidence!.push('rule:dateline-place');
    }
  }
  assignDates(c, drafts, dates);
  // a verb or phrase trigger reports an event even with common-noun participants (PLOVER unknown actor)
  const strong = new Set(drafts.filter((d) => d.hit.entry.pos === 'verb' && !d.ev.negated && !d.ev.context?.length && !d.ev.attribution).map((d) => d.ev));
  const entityRole = (ids: string[]) => ids.some((id) => !id.startsWith('#'));
  for (const e of strong) if (!entityRole(e.actors) && !entityRole(e.targets) && !e.place) e.evidence!.push('rule:roleless-verb-kept');
  // an aircraft, ship or convoy that "arrives" is no visitor (وصلت سفينة مساعدات)
  const means = new Set(c.groups.filter((g) => g.means).map((g) => g.entity));
  const onlyMeans = (d: Draft) => d.ev.type === 'CONSULT' && d.ev.actors.length > 0 && d.ev.actors.every((a) => means.has(a));
  let out = mergeCoreferent(resolveDefinites(c, mergeHeadlines(c, drafts.filter((d) => !onlyMeans(d)))).map((d) => d.ev));
  // with an entity layer, a noun event with no participant and no place is usually a topic, not an event
  if (entities.entities.length) out = out.filter((e) => e.actors.length || e.targets.length || e.place || strong.has(e));
  finishParticipants(c, out);
  out.forEach((e, i) => { e.id = `V${i + 1}`; });
  return out;
}

/**
 * Actor/target ids → `participants` spans (the mention nearest the trigger, preferring its sentence);
 * pseudo ids of group phrases ("#…") leave `actors`/`targets`, which list entity ids only.
 */
function finishParticipants(c: Ctx, events: Event[]): void {
  const byId = new Map<string, EntityMention[]>();
  const evidence = new Map<string, string>();
  for (const m of [...c.layer.mentions, ...c.groups]) {
    if (m.tokenStart < 0 || m.tokenStart >= c.toks.length) continue;
    if (!byId.has(m.entity)) byId.set(m.entity, []);
    byId.get(m.entity)!.push(m);
  }
  for (const g of c.groups) evidence.set(g.entity, g.evidence);
  for (const list of byId.values()) list.sort((a, b) => a.start - b.start);
  const nearest = (id: string, at: number, sent: number): EntityMention | null => {
    const list = byId.get(id);
    if (!list?.length) return null;
    let lo = 0, hi = list.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].start < at) lo = mid + 1; else hi = mid; }
    const cands = [list[lo - 1], list[lo]].filter((m): m is EntityMention => !!m);
    cands.sort((a, b) => (+(c.sent(b.tokenStart) === sent) - +(c.sent(a.tokenStart) === sent)) || Math.abs(a.start - at) - Math.abs(b.start - at));
    return cands[0] ?? null;
  };
  const real = (id: string) => !id.startsWith('#');
  for (const e of events) {
    const tok = lowerBound(c.toks, e.trigger.start);
    const sent = c.sent(Math.min(tok, c.toks.length - 1));
    const parts: EventParticipant[] = [];
    for (const [role, ids] of [['actor', e.actors], ['target', e.targets]] as const) {
      for (const id of ids) {
        const m = nearest(id, e.trigger.start, sent);
        if (!m) continue;
        parts.push({ start: m.start, end: m.end, text: m.text, role, entity: real(id) ? id : null, evidence: [real(id) ? 'rule:entity-mention' : evidence.get(id)!] });
      }
    }
    e.actors = e.actors.filter(real);
    e.targets = e.targets.filter(real);
    if (parts.length) e.participants = parts;
  }
}

/** A date in the sentence goes to the nearest trigger before it (else the nearest after); others get the publication date. */
function assignDates(c: Ctx, drafts: Draft[], dates: DateMention[]): void {
  const published = c.doc.meta.published;
  const bySent = new Map<number, Draft[]>();
  for (const d of drafts) {
    const s = c.sent(d.hit.tok);
    if (!bySent.has(s)) bySent.set(s, []);
    bySent.get(s)!.push(d);
  }
  const sentOfOffset = (off: number): number => {
    const ss = c.doc.sentences;
    let lo = 0, hi = ss.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ss[mid].start <= off) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  // a date after the publication date does not fit a past-tense verb (nouns carry no tense: "القمة المقبلة")
  const fits = (d: Draft, value: string) =>
    !published || value <= published.slice(0, value.length) || d.hit.entry.pos !== 'verb' || /^[يتن]/.test(d.hit.form.norm) ||
    (d.ev.context ?? []).some((x) => x === 'future' || x === 'hypothetical');
  // a date inside a relative clause ("سنان أوغان، الذي حلّ ثالثاً … في 14 مايو، قد أعلن") dates only the
  // events of that clause
  const clauseOf = new Map<DateMention, [number, number] | null>();
  for (const dm of dates) clauseOf.set(dm, relativeClauseAround(c, lowerBound(c.toks, dm.start)));
  const inScope = (d: Draft, dm: DateMention) => {
    const r = clauseOf.get(dm);
    return !r || (d.hit.tok >= r[0] && d.hit.tok < r[1]);
  };
  for (const dm of dates) {
    if (!dm.value) continue;
    const list0 = bySent.get(sentOfOffset(dm.start));
    if (!list0) continue;
    const list = list0.filter((d) => fits(d, dm.value!) && inScope(d, dm));
    if (!list.length) continue;
    let pick: Draft | null = null;
    for (const d of list) {
      const at = c.toks[Math.max(...d.toks)].start;
      if (at < dm.start && (!pick || at > c.toks[Math.max(...pick.toks)].start)) pick = d;
    }
    if (!pick) pick = list.reduce((a, b) => (c.toks[a.hit.tok].start < c.toks[b.hit.tok].start ? a : b));
    if (pick.ev.date) continue;
    pick.ev.date = { value: dm.value, text: dm.text, basis: 'text' };
    pick.ev.evidence!.push('rule:date-in-sentence');
  }
  const datesBySent = new Map<number, DateMention[]>();
  for (const dm of dates) {
    const k = sentOfOffset(dm.start);
    if (!datesBySent.has(k)) datesBySent.set(k, []);
    datesBySent.get(k)!.push(dm);
  }
  // other events of a dated sentence share its nearest date ("زار X مصر يوم الثلاثاء والتقى Y")
  for (const dm of dates) {
    if (!dm.value) continue;
    const list = bySent.get(sentOfOffset(dm.start));
    if (!list) continue;
    for (const d of list) {
      if (d.ev.date || !fits(d, dm.value) || !inScope(d, dm) || since(c, dm)) continue;
      const at = c.toks[d.hit.tok].start;
      let best = dm;
      for (const o of datesBySent.get(sentOfOffset(dm.start)) ?? []) {
        if (o.value && fits(d, o.value) && inScope(d, o) && !since(c, o) && Math.abs(o.start - at) < Math.abs(best.start - at)) best = o;
      }
      // by proximity, not the whole sentence: a date far from the trigger belongs to another clause's event
      if (Math.abs(best.start - at) > DATE_SHARE_SPAN) continue;
      d.ev.date = { value: best.value!, text: best.text, basis: 'text' };
      d.ev.evidence!.push('rule:date-of-sentence');
    }
  }
  for (const d of drafts) {
    if (!d.ev.date && published && /^\d{4}-\d{2}-\d{2}$/.test(published)) d.ev.date = { value: published, basis: 'published' } as EventDate;
  }
}

/**
 * A headline restates the lead: an event of a heading paragraph that has an event of the same type in the
 * next two paragraphs is merged into that one (its participants and place completing it).
 */
/** A heading line, or the article's first line when it reads as a title (short, no final punctuation). */
function isHeadline(c: Ctx, p: number): boolean {
  const para = c.doc.paragraphs[p];
  if (!para) return false;
  if (para.heading) return true;
  if (p !== 0 || c.doc.paragraphs.length < 2) return false;
  const t = c.doc.text.slice(para.start, para.end).trim();
  return t.length > 0 && t.length < 200 && !/[.!?؟…]$/.test(t);
}

function mergeHeadlines(c: Ctx, drafts: Draft[]): Draft[] {
  const paras = c.doc.paragraphs;
  const drop = new Set<Draft>();
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    const p = paragraphOf(c, d.hit.tok);
    if (!isHeadline(c, p)) continue;
    let into: Draft | undefined;
    for (let j = i + 1; j < drafts.length && j < i + 40; j++) {
      const q = paragraphOf(c, drafts[j].hit.tok);
      if (q === p || isHeadline(c, q)) continue;
      if (q > p + 2) break;
      const e = drafts[j].ev;
      const real = (ids: string[]) => ids.filter((x) => !x.startsWith('#'));
      const hp = [...real(d.ev.actors), ...real(d.ev.targets)];
      const lp = [...real(e.actors), ...real(e.targets)];
      const compatible = (!d.ev.mode || !e.mode || d.ev.mode === e.mode) && (!hp.length || !lp.length || hp.some((x) => lp.includes(x)));
      if (e.type === d.ev.type && compatible) { into = drafts[j]; break; }
    }
    if (!into) continue;
    const e = into.ev;
    for (const a of d.ev.actors) if (!e.actors.includes(a) && !e.targets.includes(a) && !a.startsWith('#')) e.actors.push(a);
    for (const t of d.ev.targets) if (!e.targets.includes(t) && !e.actors.includes(t) && !t.startsWith('#')) e.targets.push(t);
    if (!e.place && d.ev.place) e.place = d.ev.place;
    if (!e.mode && d.ev.mode) e.mode = d.ev.mode;
    e.evidence!.push(`rule:headline-restates-lead@${d.ev.trigger.start}`);
    drop.add(d);
  }
  return drop.size ? drafts.filter((d) => !drop.has(d)) : drafts;
}

/**
 * A definite event noun with no actor ("الزيارة"، "الاتفاق"، "الاجتماع") refers back to the last event of the
 * same type already reported: it is a repeated mention, merged into that event (bounded look-back).
 */
function resolveDefinites(c: Ctx, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const h = d.hit;
    const definite = h.entry.pos !== 'verb' && (h.form.article || h.form.norm.startsWith('ال')) && !h.form.suffix;
    const own = d.ev.actors.length > 0 || d.ev.targets.some((t) => !t.startsWith('#'));
    if (definite && !own && !d.ev.negated && !d.ev.context?.length) {
      let ante: Draft | undefined;
      for (let i = out.length - 1; i >= 0 && i >= out.length - MERGE_WINDOW; i--) {
        if (out[i].ev.type === d.ev.type && (!d.ev.mode || !out[i].ev.mode || out[i].ev.mode === d.ev.mode)) { ante = out[i]; break; }
      }
      if (ante) {
        if (!ante.ev.place && d.ev.place) ante.ev.place = d.ev.place;
        for (const t of d.ev.targets) if (!ante.ev.targets.includes(t) && !ante.ev.actors.includes(t)) ante.ev.targets.push(t);
        ante.ev.evidence!.push(`rule:definite-mention@${d.ev.trigger.start}`);
        continue;
      }
    }
    out.push(d);
  }
  void c;
  return out;
}

/** "منذ 25 جويلية 2021": the start of a state, not the date of the events around it. */
function since(c: Ctx, dm: DateMention): boolean {
  const k = lowerBound(c.toks, dm.start);
  return (c.norm(k - 1) ?? '') === 'منذ' || /^منذ/.test(normalize(dm.text));
}

/** The token range of a relative clause holding token k (from the relative pronoun to the next comma or
 * sentence boundary), or null; bounded scans. */
function relativeClauseAround(c: Ctx, k: number): [number, number] | null {
  if (k >= c.toks.length) return null;
  const s = c.sent(k);
  let from = -1;
  for (let j = k - 1; j >= 0 && j >= k - 15 && c.sent(j) === s; j--) {
    if (c.isComma(j) || c.isBoundary(j)) return null;
    if (RELATIVE_PRONOUNS.has(c.norm(j) ?? '')) { from = j; break; }
  }
  if (from < 0) return null;
  let to = k + 1;
  while (to < c.toks.length && to < k + 30 && c.sent(to) === s && !c.isComma(to) && !c.isBoundary(to)) to++;
  return [from, to];
}

const MERGE_WINDOW = 200;
/** Max distance (UTF-16 units, ~25 words) between a trigger and a date of its sentence it shares. */
const DATE_SHARE_SPAN = 150;
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** One event reported several times (زار … / زيارة قاآني إلى بغداد) becomes one record. */
function mergeCoreferent(events: Event[]): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    // bounded look-back keeps this linear in the number of events
    let same: Event | undefined;
    for (let i = Math.max(0, out.length - MERGE_WINDOW); i < out.length && !same; i++) if (coreferent(out[i], e)) same = out[i];
    if (!same) { out.push(e); continue; }
    merge(same, e);
  }
  return out;
}

function coreferent(o: Event, e: Event): boolean {
  return o.type === e.type && !!o.negated === !!e.negated && (o.context ?? []).join() === (e.context ?? []).join() &&
      (e.type === 'ASSAULT'
        ? e.targets.length > 0 && e.targets.some((t) => o.targets.includes(t)) && (!e.actors.length || !o.actors.length || e.actors.some((a) => o.actors.includes(a)))
        : (e.actors.length > 0 || e.targets.length > 0) && (sameSet(o.actors, e.actors) || (!e.actors.length && e.targets.length > 0)) && sameSet(o.targets, e.targets) && (o.mode ?? null) === (e.mode ?? null));
}

function merge(same: Event, e: Event): void {
  for (const a of e.actors) if (!same.actors.includes(a)) same.actors.push(a);
  for (const t of e.targets) if (!same.targets.includes(t) && !same.actors.includes(t)) same.targets.push(t);
  if (!same.place && e.place) same.place = e.place;
  if (e.date && e.date.basis === 'text' && (!same.date || same.date.basis !== 'text')) same.date = e.date;
  if (!same.mode && e.mode) same.mode = e.mode;
  same.evidence!.push(`rule:merged-mention@${e.trigger.start}`);
}

/** A past verb vocalised as passive: a damma on a stem letter other than the last (قُتل، اعتُقل، أُصيب). */
export function isPassive(word: string): boolean {
  const letters = word.replace(/[\u064B-\u0652\u0670]/g, '');
  if (/^[يتن]/.test(letters) && !/^ت[^\u064F]/.test(word)) return false; // imperfect: يُطلق is active (form IV)
  const i = word.lastIndexOf('\u064F');
  if (i < 0) return false;
  // letters after the damma: a passive past has at least one more stem letter
  return word.slice(i + 1).replace(/[\u064B-\u0652\u0670]/g, '').length >= 2;
}
