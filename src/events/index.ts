// Event stage: PLOVER-coded events with actors, targets, place and date.
// Triggers come from data/events/triggers.tsv (verbs with generated inflections, masdars, phrases);
// roles are read from bounded token windows around each trigger (VSO/SVO order, prepositions, the
// masdar's genitive, experiencer frames like "تعرضت X إلى القصف"). Everything is per trigger and bounded,
// so the stage is linear in the text.
import type { DateMention, Entity, Event, EventDate } from '../contract.ts';
import { lowerBound, type Doc, type Token } from '../doc.ts';
import type { AttributionLayer } from '../attributions/index.ts';
import type { EntityLayer, EntityMention } from '../entities/index.ts';
import { normalize } from '../text/normalize.ts';
import { eventLexicon, wordForms, type EventLexicon, type TriggerEntry, type WordForm } from './lexicon.ts';

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

class Ctx {
  readonly toks: Token[];
  readonly lex: EventLexicon;
  readonly startsAt = new Map<number, EntityMention[]>();
  readonly covered: Uint8Array;
  readonly byId = new Map<string, Entity>();
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
  }
  norm(k: number): string | undefined {
    return this.toks[k]?.norm;
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
  info(m: EntityMention): MInfo {
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
      if (res.length) {
        if (firstForms.length > 1 && res[0].first !== first) coord = coord || false;
        return { m, entity, prep: words.join(' ').replace(/^[وف](?=\S\S)/, ''), prepRole: res[0].values[0].role, coord };
      }
    }
    if (!coord && m.tokenStart > 0 && this.toks[m.tokenStart - 1].norm === 'و') coord = true;
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
    if (k > 0 && c.lex.blockers.get(t.norm)?.has(c.toks[k - 1].norm)) continue;
    const forms = wordForms(t.text, t.norm);
    let best: Hit | null = null;
    for (const f of forms) {
      const res = c.lex.triggers.matchAt((j) => (j === k ? f.norm : c.sent(j) === c.sent(k) && c.toks[j]?.kind === 'word' ? c.norm(j) : undefined), k, [f.norm]);
      for (const r of res) {
        for (const e of r.values) {
          if (!compatible(e, f, r.length)) continue;
        // nouns inside a name are part of it (هيئة الحشد الشعبي، منظمة التعاون); a verb inside a mention
        // is an over-long mention, the verb still counts
        if (c.covered[k] && (e.pos !== 'verb' || c.startsAt.has(k))) continue;
        if (e.requires.size && !requirementMet(c, k + r.length, e.requires)) continue;
        // a word written with ة is a noun: وزارة is not و + زار + ه
        if (f.suffix && /ة[\u064B-\u065F]*$/.test(t.text) && r.length === 1) continue;
        if (e.pos === 'verb' && /ة[\u064B-\u065F]*$/.test(t.text) && r.length === 1) continue;
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
function requirementMet(c: Ctx, from: number, words: Set<string>): boolean {
  const s = c.sent(Math.max(0, from - 1));
  for (let j = from; j < c.toks.length && j < from + 6 && c.sent(j) === s; j++) {
    const n = c.norm(j)!;
    if (words.has(n) || words.has(n.replace(/^[وفبل]/, '')) || words.has(n.replace(/^[وفبل]?ال/, '')) || words.has(n.replace(/^[وف]?ب?ال/, 'بال'))) return true;
  }
  return false;
}

function compatible(e: TriggerEntry, f: WordForm, len: number): boolean {
  if (e.pos === 'verb') return !f.article && VERB_PREFIXES.has(f.prefix);
  if (e.pos === 'noun') return !f.prefix.includes('س') && !(f.article && f.suffix);
  // phrases: the first word may carry a conjunction or a preposition
  return len >= 1 && !f.prefix.includes('س');
}

/** Prefer longer matches; a bare form read as a verb unless a preposition precedes it (وسط رفض → noun). */
function better(c: Ctx, a: Hit, b: Hit): boolean {
  if (a.len !== b.len) return a.len > b.len;
  const prev = c.norm(a.tok - 1) ?? '';
  const afterPrep = ['اي', 'لاي', 'باي', 'كل', 'لكل', 'بكل', 'ايه', 'تم', 'يتم', 'ويتم', 'وتم', 'سيتم', 'وسط', 'بعد', 'قبل', 'على', 'في', 'من', 'الى', 'عن', 'مع', 'رغم', 'دون', 'عدم', 'اثر', 'عقب'].includes(prev) || /[بل]/.test(a.form.prefix);
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
function titleGap(c: Ctx, from: number, to: number): boolean {
  let n = 0;
  let definite = false;
  for (let k = from; k < to; k++) {
    if (c.dateCovered[k]) continue;
    const t = c.toks[k];
    if (t.kind !== 'word') return false;
    n++;
    if (t.norm.startsWith('ال')) definite = true;
  }
  return n <= 5 && definite;
}

function windowAround(c: Ctx, h: Hit, stopAt: Set<number>): Window {
  const s = c.sent(h.tok);
  const after: MInfo[] = [];
  const gapAfter: number[] = [];
  let inRel = false;
  let pending: { tok: number; prep: string; role: string } | null = null;
  const endTok = h.tok + h.len;
  for (let j = endTok; j < c.toks.length && j < endTok + AFTER_WINDOW && c.sent(j) === s; j++) {
    if (c.isBoundary(j)) break;
    if (j > endTok && stopAt.has(j)) break; // the next verb trigger opens its own clause
    const nj = c.norm(j)!;
    if (RELATIVE_PRONOUNS.has(nj)) { inRel = true; continue; }
    if (c.isComma(j)) { inRel = false; continue; }
    if (inRel) continue;
    const ms = c.startsAt.get(j);
    if (ms) {
      const m = ms[0];
      const inf = c.info(m);
      // a preposition a few words back governs this NP too: "مع قادة الفصائل"، "بخروج القوات"
      if (inf.prep === '' && pending && j - pending.tok <= (pending.role === 'place' ? 3 : 5) && (pending.role !== 'place' || definiteRun(c, pending.tok + 1, j))) {
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
    const pp = c.lex.preps.matchAt((k) => (k === j ? nj : c.norm(k)), j, [nj, nj.replace(/^[وف](?=\S\S)/, '')]);
    if (pp.length && pp[0].values[0].role === 'boundary') break;
    if (pp.length) { pending = { tok: j + pp[0].length - 1, prep: pp[0].first, role: pp[0].values[0].role }; j += pp[0].length - 1; continue; }
    const t = c.toks[j];
    if (t.kind === 'word' && !c.covered[j] && cliticPrepNoun(t.norm)) pending = { tok: j, prep: t.norm.replace(/^[وف]/, '')[0], role: 'plain' };
  }
  const before: MInfo[] = [];
  const gapBefore: number[] = [];
  for (let j = h.tok - 1; j >= 0 && j >= h.tok - BEFORE_WINDOW && c.sent(j) === s; j--) {
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

const COMPLEMENTIZERS = new Set(['ان', 'بان', 'لان', 'وان', 'فان', 'كما', 'حيث', 'تكون', 'يكون', 'ولكن', 'لكن']);
const AUX = new Set(['قد', 'لقد', 'فقد', 'وقد', 'كان', 'كانت', 'امس', 'اليوم', 'بدوره', 'بدورها', 'ايضا', 'بدورهم']);
/** Only auxiliaries between a preceding subject and its verb ("الكاظمي قد اجتمع"). */
function gapIsAux(c: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!AUX.has(c.norm(k) ?? '')) return false;
  return true;
}

/** The mention at index i and following coordinated ones (X وY، وZ). In a title construct
 * ("رئيس مجلس السيادة عبد الفتاح البرهان") the organisation right before a person's name is part of the
 * person's title: the person heads the NP. */
function group(list: MInfo[], i: number): MInfo[] {
  if (i + 1 < list.length && list[i].prepRole !== 'speaker' && list[i].entity?.type !== 'PER' && list[i + 1].entity?.type === 'PER' && list[i + 1].prep === '' &&
    !list[i + 1].coord && list[i + 1].m.tokenStart === list[i].m.tokenEnd) i = i + 1;
  const out = [list[i]];
  for (let k = i + 1; k < list.length && list[k].coord && (list[k].prep === list[i].prep || list[k].prep === ''); k++) out.push(list[k]);
  return out;
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
    const subjBefore = before.length > 0 && before[0].prep === '' && w.gapBefore[0] <= 3 && gapIsAux(c, before[0].m.tokenEnd, h.tok);
    // "إن X تدين"، "أن تكون X قد هددت"، "X قد اجتمع": a complementizer or an auxiliary marks SVO
    const marked = subjBefore && (w.gapBefore[0] > 0 || COMPLEMENTIZERS.has(c.norm(before[0].m.tokenStart - 1) ?? ''));
    const svo = subjBefore && (marked || firstBare < 0 || w.gapAfter[firstBare] > 3 || after.slice(0, firstBare).some((i) => i.prep !== ''));
    let rest: MInfo[];
    if (svo) {
      const subj = [before[0]];
      for (let k = 0; k + 1 < before.length && before[k].coord; k++) subj.push(before[k + 1]);
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
      const subj = group(after, firstBare);
      addIds(r.actors, subj);
      r.evidence.push(after[firstBare].prepRole === 'speaker' ? 'rule:speaker-for-organisation' : 'rule:vso-subject');
      rest = after.slice(firstBare + subj.length);
      // "المتحدث باسم الخارجية ناصر كنعاني": the spokesperson's name is an apposition, not the object
      if (after[firstBare].prepRole === 'speaker' && rest.length && rest[0].prep === '' && rest[0].entity?.type === 'PER') rest = rest.slice(1);
      for (let k = 0; k < firstBare; k++) if (prepOk(after[k])) { addIds(r.targets, group(after, k)); break; }
    } else rest = after;
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
  // "اتفاق بين X وY": both sides are actors
  const bi = after.findIndex((i, k) => i.prep === 'بين' && e.preps.has('بين') && w.gapAfter[k] <= 3);
  if (bi >= 0 && (!r.actors.length || e.pos !== 'verb')) {
    r.actors = [];
    addIds(r.actors, group(after, bi));
    r.targets = r.targets.filter((t) => !r.actors.includes(t));
    r.evidence.push('rule:bayna-actors');
  }
  // agent phrase: من قبل X، على يد X
  const ag = after.findIndex((i) => i.prepRole === 'agent');
  if (ag >= 0 && !r.actors.length) { addIds(r.actors, group(after, ag)); r.evidence.push('rule:agent-phrase'); }
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

const PHYSICAL = new Set(['ASSAULT', 'PROTEST', 'COERCE', 'MOBILIZE']);

/** A place mention opening the article and followed by a dash: "بيروت – …". */
function datelinePlace(c: Ctx): string | null {
  for (let k = 0; k < 3 && k < c.toks.length; k++) {
    const ms = c.startsAt.get(k);
    if (!ms) continue;
    const m = ms[0];
    if (c.byId.get(m.entity)?.type !== 'LOC') return null;
    const nx = c.toks[m.tokenEnd];
    return nx && (nx.kind === 'dash' || nx.text === ':') ? m.entity : null;
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
    if (f.role === 'actor') {
      // a support verb governs only a close noun in the same clause: "أعلن الاتحاد إضراباً"
      let comma = false;
      for (let k = j + 1; k < h.tok; k++) if (c.isComma(k)) comma = true;
      if (comma || h.tok - j > 10) continue;
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
    if (!subj && f.role !== 'actor') return;
    const type = subj ? c.byId.get(subj.entity)?.type : undefined;
    if (f.role === 'actor') {
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
    const forms = t.kind === 'word' ? [t.norm, ...wordForms(t.text, t.norm).filter((f) => f.prefix || f.article).map((f) => f.norm)] : [];
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

function attributionFor(att: AttributionLayer, start: number): string | null {
  let best: { id: string; len: number } | null = null;
  for (const a of att.attributions) {
    if (a.content.start <= start && start < a.content.end) {
      const len = a.content.end - a.content.start;
      if (!best || len < best.len) best = { id: a.id, len };
    }
  }
  return best ? best.id : null;
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
  const hits = findTriggers(c);
  const verbToks = new Set(hits.filter((h) => h.entry.pos === 'verb').map((h) => h.tok));
  const drafts: Draft[] = [];
  for (const h of hits) {
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
      const verbOfNoun = sameSent && h.entry.pos === 'verb' && prev.hit.entry.pos !== 'verb' && h.tok - (prev.hit.tok + prev.hit.len) <= 2;
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
      if (prev.hit.entry.requires.size && prev.ev.type === h.entry.type && c.sent(prev.hit.tok) === c.sent(h.tok) && h.tok - (prev.hit.tok + prev.hit.len) < 6) {
        prev.toks.push(h.tok);
        prev.ev.evidence!.push('rule:required-complement');
        continue;
      }
    }
    if ((h.entry.type === 'PROTEST' || h.entry.type === 'ASSAULT') && h.entry.pos !== 'verb' && drafts.length) {
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
    const w = windowAround(c, h, verbToks);
    let inherited: string[] | null = null;
    if (h.entry.pos === 'verb' && /^[وف]/.test(h.form.prefix)) {
      const prev = [...drafts].reverse().find((d) => d.hit.entry.pos === 'verb' && c.sent(d.hit.tok) === c.sent(h.tok));
      if (prev && prev.ev.actors.length) inherited = prev.ev.actors;
    }
    const roles = rolesFor(c, h, w, inherited);
    // a masdar with a possessive pronoun ("زيارته"، "رفضها") belongs to the nearest fitting NP before it
    if (h.entry.pos !== 'verb' && ['ه', 'ها', 'هم'].includes(h.form.suffix) && !roles.actors.length && h.entry.gen === 'actor') {
      const want = h.form.suffix === 'ه' ? ['PER', 'ORG'] : h.form.suffix === 'ها' ? ['ORG', 'LOC'] : ['ORG', 'PER'];
      const ante = w.before.find((i) => i.entity && want.includes(i.entity.type) && !roles.targets.includes(i.m.entity));
      if (ante) {
        roles.actors = [ante.m.entity];
        roles.evidence.push('rule:possessive-antecedent');
      }
    }
    // a verb with no subject NP has a pronoun subject: the actor of the previous event in the paragraph
    // ("وقال الوزير … وأضاف أنه التقى …") when it is at most one sentence back
    if (h.entry.pos === 'verb' && !roles.actors.length && drafts.length) {
      const prev = drafts[drafts.length - 1];
      const para = (tok: number) => paragraphOf(c, tok);
      if (prev.ev.actors.length && para(prev.hit.tok) === para(h.tok) && c.sent(h.tok) - c.sent(prev.hit.tok) <= 1 && !/^[يت].*(ون|وا)$/.test(h.form.norm)) {
        roles.actors = [...prev.ev.actors];
        roles.targets = roles.targets.filter((t) => !roles.actors.includes(t));
        roles.evidence.push('rule:pronoun-subject-from-previous-event');
      }
    }
    // a vocalised passive past (قُتل، اعتُقل، أُصيب: damma inside the stem, not on its last letter) has
    // its grammatical subject as the target and no known agent, unless `من قبل/على يد` named one
    if (h.entry.pos === 'verb' && h.entry.obj === 'target' && isPassive(doc.text.slice(h.start, h.end)) && !roles.evidence.includes('rule:agent-phrase')) {
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
    const a = attributionFor(attributions, h.start);
    if (a) ev.attribution = a;
    drafts.push({ hit: h, ev, toks: [h.tok] });
  }
  // a dateline ("طرابلس – اندلعت …") places the article's physical events that name no place
  const dl = datelinePlace(c);
  if (dl) {
    for (const d of drafts) {
      if (d.ev.place || !PHYSICAL.has(d.ev.type) || paragraphOf(c, d.hit.tok) > 1) continue;
      d.ev.place = dl;
      d.ev.evidence!.push('rule:dateline-place');
    }
  }
  assignDates(c, drafts, dates);
  // a verb or phrase trigger reports an event even with common-noun participants (PLOVER unknown actor)
  const strong = new Set(drafts.filter((d) => d.hit.entry.pos === 'verb' && !d.ev.negated && !d.ev.context?.length && !d.ev.attribution).map((d) => d.ev));
  for (const e of strong) if (!e.actors.length && !e.targets.length && !e.place) e.evidence!.push('rule:roleless-verb-kept');
  let out = mergeCoreferent(drafts.map((d) => d.ev));
  // with an entity layer, a noun event with no participant and no place is usually a topic, not an event
  if (entities.entities.length) out = out.filter((e) => e.actors.length || e.targets.length || e.place || strong.has(e));
  out.forEach((e, i) => { e.id = `V${i + 1}`; });
  return out;
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
  for (const dm of dates) {
    if (!dm.value) continue;
    const list0 = bySent.get(sentOfOffset(dm.start));
    if (!list0) continue;
    const list = list0.filter((d) => fits(d, dm.value!));
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
      if (d.ev.date || !fits(d, dm.value)) continue;
      const at = c.toks[d.hit.tok].start;
      let best = dm;
      for (const o of datesBySent.get(sentOfOffset(dm.start)) ?? []) {
        if (o.value && fits(d, o.value) && Math.abs(o.start - at) < Math.abs(best.start - at)) best = o;
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

const MERGE_WINDOW = 200;
/** Max distance (UTF-16 units, ~25 words) between a trigger and a date of its sentence it shares. */
const DATE_SHARE_SPAN = 150;
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** One event reported several times (زار … / زيارة قاآني إلى بغداد) becomes one record. */
function mergeCoreferent(events: Event[]): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    // bounded look-back keeps this linear in the number of events
    const same = out.slice(-MERGE_WINDOW).find((o) => o.type === e.type && !!o.negated === !!e.negated && (o.context ?? []).join() === (e.context ?? []).join() &&
      (e.type === 'ASSAULT'
        ? e.targets.length > 0 && e.targets.some((t) => o.targets.includes(t)) && (!e.actors.length || !o.actors.length || e.actors.some((a) => o.actors.includes(a)))
        : (e.actors.length > 0 || e.targets.length > 0) && (sameSet(o.actors, e.actors) || (!e.actors.length && e.targets.length > 0)) && sameSet(o.targets, e.targets) && (o.mode ?? null) === (e.mode ?? null)));
    if (!same) { out.push(e); continue; }
    for (const a of e.actors) if (!same.actors.includes(a)) same.actors.push(a);
    for (const t of e.targets) if (!same.targets.includes(t) && !same.actors.includes(t)) same.targets.push(t);
    if (!same.place && e.place) same.place = e.place;
    if (e.date && e.date.basis === 'text' && (!same.date || same.date.basis !== 'text')) same.date = e.date;
    if (!same.mode && e.mode) same.mode = e.mode;
    same.evidence!.push(`rule:merged-mention@${e.trigger.start}`);
  }
  return out;
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
