// Shared state of the event stage: tokens, mentions (entities and group phrases) by start token, memoised
// per-token segmentations and per-mention roles; small helpers used by every module.
import type { Entity, Event } from '../contract.ts';
import { spanIndexAt, type Doc, type Token } from '../doc.ts';
import type { EntityLayer, EntityMention } from '../entities/index.ts';
import { normalize, normalizeCached } from '../text/normalize.ts';
import { memoSlot } from '../text/tokenize.ts';
import { words } from './words.ts';
import { findGroupMentions, type GroupMention } from './participants.ts';
import { eventLexicon, lookups, type EventLexicon, type TriggerEntry, type WordForm, type WordLookups } from './lexicon.ts';

export const AFTER_WINDOW = 14;
// per-word-form memo slots (see tokenize.ts): facts that depend only on the written word
const LOOK_SLOT = memoSlot();
const BARE_SLOT = memoSlot();
const FRAME_SLOT = memoSlot();
const POSS_SLOT = memoSlot();
export const BEFORE_WINDOW = 8;
export const RELATIVE_PRONOUNS = words('relative');
export const VERB_PREFIXES = new Set(['', 'و', 'ف', 'س', 'وس', 'فس', 'ل', 'ول', 'فل']);

export interface Hit {
  tok: number;
  len: number;
  entry: TriggerEntry;
  form: WordForm;
  start: number;
  end: number;
}

export type PrepMatch = { length: number; values: { role: string; evidence: string }[]; first: string };

export interface MInfo {
  m: EntityMention;
  entity: Entity | undefined;
  /** the governing preposition (normalised) or '' for a bare noun phrase */
  prep: string;
  prepRole: string;
  coord: boolean;
}

/** A per-token array read through the map methods the group finder uses (has/get). */
class ByToken {
  constructor(private readonly a: (EntityMention[] | undefined)[]) {}
  has(k: number): boolean { return this.a[k] !== undefined; }
  get(k: number): EntityMention[] | undefined { return this.a[k]; }
}

/** Prepositions written with a final ى (normalised to ي): إلى، على، لدى، حتى. */
export const ALIF_MAQSURA_PREPS = words('alif-maqsura-prep');
const BOUNDARY_MARKS = new Set(['.', '؛', ';', ':', '؟', '?', '!', '…', '...']);
const PLACE_HEADS = words('place-head');
const COUNTERPART = words('counterpart');
const NASAB = new Set(['بن', 'ابن', 'بنت']);

export class Ctx {
  readonly toks: Token[];
  readonly lex: EventLexicon;
  readonly startsAt = new Map<number, EntityMention[]>();
  readonly covered: Uint8Array;
  readonly byId = new Map<string, Entity>();
  readonly groups: GroupMention[];
  /** the first group mention of each pseudo-id, and the pseudo-ids with a dual mention (lookups instead of scans) */
  readonly firstGroup = new Map<string, GroupMention>();
  readonly dualIds = new Set<string>();
  dateCovered: Uint8Array;
  /** a person's mention that includes a spokesperson title → the body it speaks for (entity or group id) */
  readonly speakerBody = new Map<EntityMention, string>();
  /** tokens where a noun or phrase trigger starts (set once the triggers are found) */
  nounHits = new Set<number>();
  constructor(readonly doc: Doc, readonly layer: EntityLayer) {
    this.toks = doc.tokens;
    this.dateCovered = new Uint8Array(this.toks.length);
    this.lex = eventLexicon();
    this.covered = new Uint8Array(this.toks.length);
    this.looks = new Array(this.toks.length).fill(undefined);
    for (const e of layer.entities) this.byId.set(e.id, e);
    // mentions by start token: the map for callers, the same lists in an array for the hot paths
    this.startArr = new Array(this.toks.length).fill(undefined);
    // (session 9, final gaps) «محمد بن سلمان بن عبدالعزيز آل سعود»: a person's mention right after «بن/ابن/بنت» that follows
    // another person's mention continues that name (the entity stage split the lineage in two): one participant, the first
    const lineage = new Map<EntityMention, EntityMention>();
    const perEndingAt = new Map<number, EntityMention>();
    for (const m of layer.mentions) if (this.byId.get(m.entity)?.type === 'PER') perEndingAt.set(m.tokenEnd, m);
    for (const m of layer.mentions) {
      if (m.tokenStart < 2 || this.byId.get(m.entity)?.type !== 'PER' || !NASAB.has(this.toks[m.tokenStart - 1]?.norm ?? '')) continue;
      const first = perEndingAt.get(m.tokenStart - 1);
      if (!first || first === m || first.entity === m.entity) continue;
      lineage.set(first, { ...first, end: m.end, tokenEnd: m.tokenEnd, text: doc.text.slice(first.start, m.end) });
      lineage.set(m, m);
      // (a title the entity stage gave the second part right after it — «… آل نهيان رئيس الدولة» — describes the same person)
      for (const x of layer.mentions) if (x.entity === m.entity && x.tokenStart === m.tokenEnd) lineage.set(x, x);
    }
    for (const m0 of layer.mentions) {
      const m = lineage.get(m0) ?? m0;
      if (m === m0 && lineage.has(m0)) { for (let k = m.tokenStart; k < m.tokenEnd && k < this.toks.length; k++) this.covered[k] = 1; continue; }
      if (m.tokenStart < 0 || m.tokenStart >= this.toks.length) continue;
      let list = this.startArr[m.tokenStart];
      if (!list) { list = []; this.startArr[m.tokenStart] = list; this.startsAt.set(m.tokenStart, list); }
      list.push(m);
      for (let k = m.tokenStart; k < m.tokenEnd && k < this.toks.length; k++) this.covered[k] = 1;
    }
    // group and common-noun participants ("قوات الأمن التونسية"، "المحتجون") as pseudo-mentions
    this.groups = findGroupMentions({
      toks: this.toks, lex: this.lex, covered: this.covered, startsAt: new ByToken(this.startArr), sentenceOf: doc.sentenceOf, text: doc.text,
      isPer: (m) => this.byId.get(m.entity)?.type === 'PER', look: (k) => this.look(k),
    });
    for (const g of this.groups) {
      if (!this.firstGroup.has(g.entity)) this.firstGroup.set(g.entity, g);
      if (g.dual) this.dualIds.add(g.entity);
      this.startsAt.set(g.tokenStart, [g]);
      this.startArr[g.tokenStart] = this.startsAt.get(g.tokenStart);
      for (let k = g.tokenStart; k < g.tokenEnd; k++) this.covered[k] = 1;
    }
    // «وتبنى التنظيم الهجوم»، «وقال البرنامج في بيان»: a definite head word of an organisation named before
    // (its first name word: تنظيم القاعدة …، برنامج الأغذية العالمي) refers to that organisation
    for (const a of findAnaphors(this, layer)) {
      this.groups.push(a);
      this.startsAt.set(a.tokenStart, [a]);
      this.startArr[a.tokenStart] = this.startsAt.get(a.tokenStart);
      this.covered[a.tokenStart] = 1;
    }
    // «الناطق الرسمي باسم الحكومة مصطفى بايتاس» read as one person's mention: the body after the speaker preposition
    // inside it, as an entity or a group phrase of its own (bodyOfSpokesperson)
    for (const m of layer.mentions) {
      if (m.tokenStart < 0 || this.byId.get(m.entity)?.type !== 'PER') continue;
      for (let k = m.tokenStart; k < m.tokenEnd - 1 && k < this.toks.length; k++) {
        if (!this.lex.preps.matchAt((j) => this.toks[j]?.norm, k).some((p) => p.length === 1 && p.values[0].role === 'speaker')) continue;
        const from = this.toks[k + 1];
        const to = this.toks[m.tokenEnd - 1];
        if (!from || !to || from.kind !== 'word' || to.end > m.end) break;
        const text = doc.text.slice(from.start, to.end);
        const key = this.nameWords(text).join(' ');
        // (the first ORG or LOC, in entity order, whose name or a mention reads as the key: an index built once)
        const ent = this.bodiesByKey().get(key)?.any;
        if (ent) { this.speakerBody.set(m, ent); break; }
        const g: GroupMention = { entity: '#' + key, start: from.start, end: to.end, text, tokenStart: k + 1, tokenEnd: m.tokenEnd, kind: 'description', evidence: 'rule:body-of-spokesperson-title', means: false };
        this.groups.push(g);
        this.speakerBody.set(m, g.entity);
        break;
      }
    }
    // per-token memos, allocated at full length: filled in any order, a growing array would turn sparse (a slow
    // dictionary) on a long document
    const n = this.toks.length;
    this.preps0 = new Array(n).fill(undefined);
    this.preps1 = new Array(n).fill(undefined);
    this.frames = new Array(n).fill(undefined);
    this.possessed = new Array(n).fill(undefined);
    this.bares = new Array(n).fill(undefined);
    this.marks = new Uint8Array(this.toks.length);
    for (let k = 0; k < this.toks.length; k++) {
      const t = this.toks[k];
      if (t.kind === 'quote' || (t.kind === 'punct' && BOUNDARY_MARKS.has(t.text))) this.marks[k] = 1;
      else if (t.text === '،' || t.text === ',') this.marks[k] = 2;
    }
    // (session 8, round 2) quotation marks that only wrap a name — «بين دمشق و"قسد"»، «المركز الإعلامي لـ"قسد"» — end no
    // clause: the name is a participant like any other
    for (let k = 1; k < this.toks.length; k++) {
      const m = this.startArr[k]?.[0];
      if (!m || this.toks[k - 1].kind !== 'quote' || this.toks[m.tokenEnd]?.kind !== 'quote' || k < 2) continue;
      // (only a name joined to what precedes it: a clitic preposition written apart — «لـ"قسد"» — or the second side of a
      // «بين» pair — «بين دمشق و"قسد"»; elsewhere the quote may still close a clause)
      const prev = this.toks[k - 2].text.replace(/ـ/g, '');
      let pair = false;
      if (prev === 'و') for (let j = k - 3; j >= 0 && j >= k - 10 && this.toks[j].kind === 'word' && !pair; j--) pair = normalize(this.toks[j].text) === 'بين';
      if (!(/^[وف]?[بل]$/.test(prev) || pair)) continue;
      this.marks[k - 1] = 0;
      this.marks[m.tokenEnd] = 0;
    }
    // the same by token index (hot paths read arrays, not the map), and the mention ending at each token: the one
    // starting nearest before it (at most eight tokens back), the first listed among those starting there
    this.ends = new Array(this.toks.length).fill(null);
    const endStart = new Int32Array(this.toks.length).fill(-1);
    for (let k = 0; k < this.toks.length; k++) {
      const ms = this.startArr[k];
      if (!ms) continue;
      for (const m of ms) {
        const j = m.tokenEnd - 1;
        if (j < k || j - k > 8 || j >= this.toks.length || endStart[j] === k) continue;
        this.ends[j] = m;
        endStart[j] = k;
      }
    }
  }
  /** startsAt as an array indexed by token (undefined where no mention starts) */
  readonly startArr: (EntityMention[] | undefined)[];
  /** A word ending in a written ي is a noun or name, not the preposition spelled with ى: والي (governor) is
   * not وإلى, علي (the name) is not على. Normalisation folds ى into ي, so the raw text decides. */
  yaNotPrep(k: number): boolean {
    const t = this.toks[k];
    if (!t || !ALIF_MAQSURA_PREPS.has(this.bare(k)) || !/ي[\u064B-\u0652]*$/.test(t.text)) return false;
    // (a name right after it that does not include it shows the preposition written with ي: «رد X علي إسماعيل قاآني»)
    // (not والي, the governor: «والي الخرطوم»)
    return !(t.norm === this.bare(k) && this.startArr[k + 1] !== undefined && this.startArr[k + 1]!.every((m) => m.tokenStart > k) && !this.covered[k]);
  }
  private readonly ends: (EntityMention | null)[];
  /** The mention ending at token j (the one starting nearest before it, at most eight tokens back; computed once in
   * the constructor, the mentions being fixed from then on). */
  endingAt(j: number): EntityMention | null {
    return this.ends[j] ?? null;
  }
  private preps0: (PrepMatch[] | undefined)[];
  private preps1: (PrepMatch[] | undefined)[];
  /** Preposition phrases starting at token k (data/events/preps.tsv), memoised per token. */
  prepsAt(k: number): readonly PrepMatch[] {
    let v = this.preps0[k];
    if (!v) { v = this.lex.preps.matchAt((j) => this.norm(j), k); if (k >= 0) this.preps0[k] = v; }
    return v;
  }
  /** The same, the first word also read without a conjunction و/ف («وفي»، «فمن»), memoised per token. */
  prepsAtConj(k: number): readonly PrepMatch[] {
    let v = this.preps1[k];
    if (!v) {
      const nj = this.norm(k)!;
      // (the second start is the word without و/ف: bare(k), memoised per word form)
      v = this.lex.preps.matchAt((j) => this.norm(j), k, [nj, this.toks[k] ? this.bare(k) : nj.replace(/^[وف](?=\S\S)/, '')]);
      if (k >= 0) this.preps1[k] = v;
    }
    return v;
  }
  private parity: Uint8Array | undefined;
  /** Per token: 1 when an odd number of quotation marks precede it in its sentence (computed once, linear). */
  quoteParity(): Uint8Array {
    let p = this.parity;
    if (!p) {
      const n = this.toks.length;
      p = new Uint8Array(n);
      for (let k = 1; k < n; k++) if (this.sent(k - 1) === this.sent(k)) p[k] = p[k - 1] ^ (this.toks[k - 1].kind === 'quote' ? 1 : 0);
      this.parity = p;
    }
    return p;
  }
  private frames: ({ role: string; evidence: string } | null | undefined)[];
  /** The support-verb frame of token k (frames.tsv; also without و/ف and a future س), memoised per token. */
  frameAt(k: number): { role: string; evidence: string } | null {
    let v = this.frames[k];
    if (v === undefined) {
      const memo = this.toks[k].form.memo;
      v = memo[FRAME_SLOT] as { role: string; evidence: string } | null | undefined;
      if (v === undefined) {
        const n = this.norm(k)!;
        // (a frame noun after a clitic preposition too: «ترحيبهما بإعلان الحكومة الإفراج عن …»)
        v = this.lex.frames.get(n) ?? this.lex.frames.get(n.replace(/^[وف]/, '')) ?? this.lex.frames.get(n.replace(/^[وف]?س(?=[يتن]\S{2})/, '')) ??
          (/^[وف]?[بل]ا\S{3}/.test(n) ? this.lex.frames.get(n.replace(/^[وف]?[بل]/, '')) : undefined) ??
          // a plural subject suffix on a listed verb form: «وجددوا دعمهم»، «يواصلون» (جدد، يواصل); not a bare final ا,
          // which is mostly an accusative noun («قراراً»)
          (/^[وف]?\S{3,}(وا|ون)$/.test(n) ? this.lex.frames.get(n.replace(/^[وف]/, '').replace(/(وا|ون)$/, '')) : undefined) ?? null;
        memo[FRAME_SLOT] = v;
      }
      // (session 7) a dual subject suffix: «وكان الوزيران قد عقدا جلسة مباحثات» — a final ا (no tanween) read as the dual
      // only after قد or a dual noun, since a bare final ا is mostly an accusative noun («قراراً» written «قرارا»)
      if (!v && k > 0 && /^[وف]?\S{3,}ا$/.test(this.norm(k)!) && !/[\u064B\u064C\u064D]/.test(this.toks[k].text)) {
        const prev = this.norm(k - 1) ?? '';
        if (prev === 'قد' || (/^(?:[وف]?ال)\S{3,}(ان)$/.test(prev) && this.dualIds.has('#' + prev.replace(/^[وف]?ال/, '')))) {
          v = this.lex.frames.get(this.norm(k)!.replace(/^[وف]/, '').slice(0, -1)) ?? null;
        }
      }
      this.frames[k] = v;
    }
    return v;
  }
  private possessed: (RegExpExecArray | null | undefined)[];
  /** Token k read as a possessed noun «(و)(ب/ل)STEM(ت)(ه|ها|هم)», memoised per token. */
  possessedAt(k: number): RegExpExecArray | null {
    let v = this.possessed[k];
    if (v === undefined) {
      // (a function of the written word: shared through its interned form; callers only read it)
      const t = this.toks[k];
      const memo = t?.form.memo;
      v = memo?.[POSS_SLOT] as RegExpExecArray | null | undefined;
      if (v === undefined) {
        v = /^[وف]?[بل]?(.{3,}?)(ت)?(ه|ها|هم)$/.exec(this.bare(k));
        if (memo) memo[POSS_SLOT] = v;
      }
      this.possessed[k] = v;
    }
    return v;
  }
  private bodyIndex: Map<string, { any?: string; org?: string; loc?: string }> | undefined;
  /** Normalised name key (nameWords joined) → the first ORG or LOC entity (in entity order) whose name or one of whose
   * mentions has that key, and the first of each type. Built once per document: a lookup replaces a scan of every
   * entity's mentions per caller (the spokesperson's body, a source's side). */
  bodiesByKey(): Map<string, { any?: string; org?: string; loc?: string }> {
    let idx = this.bodyIndex;
    if (!idx) {
      idx = new Map();
      for (const e of this.layer.entities) {
        if (e.type !== 'ORG' && e.type !== 'LOC') continue;
        const keys = [this.nameWords(e.name).join(' ')];
        for (const x of e.mentions) keys.push(this.nameWords(x.text).join(' '));
        for (const key of keys) {
          let v = idx.get(key);
          if (!v) { v = {}; idx.set(key, v); }
          v.any ??= e.id;
          if (e.type === 'ORG') v.org ??= e.id;
          else v.loc ??= e.id;
        }
      }
      this.bodyIndex = idx;
    }
    return idx;
  }
  private mentionWordsMemo: (string[] | undefined)[] = [];
  /** nameWords of the text of layer.mentions[i], memoised by index (describedEntity's backward scans read the same
   * mentions for every trigger: an array read instead of a string-keyed lookup). The same array nameWords returns. */
  mentionWords(i: number): string[] {
    let v = this.mentionWordsMemo[i];
    if (v === undefined) {
      if (this.mentionWordsMemo.length === 0) this.mentionWordsMemo = new Array(this.layer.mentions.length).fill(undefined);
      v = this.nameWords(this.layer.mentions[i].text);
      this.mentionWordsMemo[i] = v;
    }
    return v;
  }
  private nameWordsMemo = new Map<string, string[]>();
  /** A name's normalised words, each without its article (memoised per document: callers must not modify them). */
  nameWords(name: string): string[] {
    let v = this.nameWordsMemo.get(name);
    if (!v) {
      v = normalizeCached(name).split(/\s+/).map((w) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w));
      this.nameWordsMemo.set(name, v);
    }
    return v;
  }
  private looks: (WordLookups | undefined)[];
  /** Memoised segmentations of token k (one map lookup per token and document). */
  look(k: number): WordLookups {
    let v = this.looks[k];
    if (!v) {
      // (segmentations depend only on the written word: kept on its interned form, so a repeated word costs
      // no string hash across documents)
      const t = this.toks[k];
      const memo = t.form.memo;
      v = memo[LOOK_SLOT] as WordLookups | undefined;
      if (v === undefined) { v = lookups(this.lex, t.text, t.norm); memo[LOOK_SLOT] = v; }
      this.looks[k] = v;
    }
    return v;
  }
  norm(k: number): string | undefined {
    return this.toks[k]?.norm;
  }
  private bares: (string | undefined)[];
  /** Token k's normalised form without a conjunction و/ف (kept for two-letter words), computed once per token. */
  bare(k: number): string {
    const t = this.toks[k];
    if (!t) return '';
    let v = this.bares[k];
    if (v === undefined) {
      const memo = t.form.memo;
      v = memo[BARE_SLOT] as string | undefined;
      if (v === undefined) { v = t.norm.replace(/^[وف](?=\S\S)/, ''); memo[BARE_SLOT] = v; }
      this.bares[k] = v;
    }
    return v;
  }
  /** per token: 1 = clause boundary (sentence punctuation or a quotation mark), 2 = comma; computed once */
  private readonly marks: Uint8Array;
  isBoundary(k: number): boolean {
    return k < 0 || k >= this.marks.length || this.marks[k] === 1;
  }
  isComma(k: number): boolean {
    return k >= 0 && k < this.marks.length && this.marks[k] === 2;
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
    // (an opening quotation mark between the preposition and the name: «بين "جهاز الردع"»)
    const q = m.tokenStart > 1 && this.toks[m.tokenStart - 1].kind === 'quote' && this.toks[m.tokenStart - 2].kind === 'word' &&
      this.toks[m.tokenStart - 2].norm.length > 1 ? 1 : 0;
    for (const len of [2, 1]) {
      const s = m.tokenStart - q - len;
      if (s < 0 || this.sent(s) !== this.sent(m.tokenStart)) continue;
      const words: string[] = [];
      for (let k = s; k < m.tokenStart - q; k++) words.push(this.toks[k].norm);
      const first = words[0];
      const firstForms = [first];
      if (first.length > 2 && (first[0] === 'و' || first[0] === 'ف')) firstForms.push(first.slice(1));
      const res = this.lex.preps.matchAt((k) => words[k], 0, firstForms).filter((r) => r.length === len);
      if (res.length && this.yaNotPrep(s)) continue;
      // «استقبل X كلاً من Y وZ»: «كلاً من» (each of) heads a list of bare NPs — no preposition
      if (res.length && len === 1 && words[0] === 'من' && s > 0 && ['كلا', 'كل'].includes(this.toks[s - 1].norm)) {
        return { m, entity, prep: '', prepRole: '', coord };
      }
      if (res.length) {
        if (firstForms.length > 1 && res[0].first !== first) coord = coord || false;
        return { m, entity, prep: words.join(' ').replace(/^[وف](?=\S\S)/, ''), prepRole: res[0].values[0].role, coord };
      }
    }
    if (!coord && m.tokenStart > 0 && this.toks[m.tokenStart - 1].norm === 'و') coord = true;
    // («و"اللواء 444"»: a conjunction written before the opening quotation mark)
    if (!coord && m.tokenStart > 1 && this.toks[m.tokenStart - 1].kind === 'quote' && /^[وف]$/.test(this.toks[m.tokenStart - 2].norm)) coord = true;
    // لـ"عربي بوست": a clitic preposition written apart before a quotation mark
    if (m.tokenStart > 1 && this.toks[m.tokenStart - 1].kind === 'quote') {
      const pc = normalize(this.toks[m.tokenStart - 2].text.replace(/ـ/g, ''));
      if (/^[وف]?[بلك]$/.test(pc)) return { m, entity, prep: pc.slice(-1), prepRole: pc.endsWith('ب') ? 'place' : 'plain', coord };
    }
    // "… والرئيس الروسي فلاديمير بوتين": a conjunction on the title before a name coordinates the name
    // (a long title chain too: «ونائب رئيس الوزراء وزير الخارجية الأردني أيمن الصفدي»)
    for (let k = m.tokenStart - 1, n = 0; !coord && k >= 0 && n < 7 && this.sent(k) === this.sent(m.tokenStart); k--, n++) {
      const t = this.toks[k];
      if (t.kind !== 'word' || this.startArr[k] !== undefined || this.covered[k]) break;
      // (also a group head or a place noun before the name: «… وقوات ولاية جوبالاند»)
      if (/^و/.test(t.norm) && (t.norm.startsWith('وال') || headBeforeName(this, t.norm.slice(1)))) coord = true;
      else if (!t.norm.startsWith('ال') && !headBeforeName(this, t.norm)) break;
    }
    return { m, entity, prep: '', prepRole: '', coord };
  }
}

/** Words between a verb and a later NP that read as a title ("وزير الخارجية الأردني"): only words, at most
 * five (dates aside), at least one definite. An indefinite run ("طائرة مسيرة مفخخة") is a non-entity subject. */
/** A title noun (groups.tsv kind title), with or without the article: الرئيس، وزير، المتحدث. */
const titleMemo = new Map<string, boolean>();
export function isTitle(c: Ctx, norm: string): boolean {
  let v = titleMemo.get(norm);
  if (v === undefined) {
    const bare = norm.startsWith('ال') ? norm.slice(2) : norm;
    v = (c.lex.groups.get(bare) ?? []).some((g) => g.kind === 'title');
    if (titleMemo.size >= 100_000) titleMemo.clear();
    titleMemo.set(norm, v);
  }
  return v;
}

/** A title, group head, place noun or counterpart noun standing before a name (computeInfo's coordination test;
 * a module function, not a closure made per token). */
function headBeforeName(c: Ctx, w: string): boolean {
  return isTitle(c, w) || c.lex.groups.has(w) || PLACE_HEADS.has(w) || COUNTERPART.has(w);
}

export function mentionEndingAt(c: Ctx, j: number): EntityMention | null {
  return c.endingAt(j);
}

export const isLoc = (i: MInfo) => i.entity?.type === 'LOC';

export const AUX = words('aux');
export function paragraphOf(c: Ctx, tok: number): number {
  return spanIndexAt(c.doc.paragraphs, c.toks[tok].start);
}

/** Words between two tokens, dates and punctuation aside ("شنّت طائرات …، فجر اليوم الجمعة، سلسلة ضربات"). */
export function wordsBetween(c: Ctx, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (c.toks[k].kind === 'word' && !c.dateCovered[k]) n++;
  return n;
}

/** The latest draft of the trigger's sentence that satisfies `ok` (drafts are in text order). */
export function lastInSentence(c: Ctx, drafts: Draft[], h: Hit, ok: (d: Draft) => boolean): Draft | undefined {
  const s = c.sent(h.tok);
  for (let i = drafts.length - 1; i >= 0 && c.sent(drafts[i].hit.tok) === s; i--) if (ok(drafts[i])) return drafts[i];
  return undefined;
}

export interface Draft {
  hit: Hit;
  ev: Event;
  /** token index of the trigger, and of any trigger merged into it */
  toks: number[];
}

/** Is token k between quotation marks of its sentence (an odd number of quote tokens before it)? Bounded by
 * the sentence. */
export function insideQuote(c: Ctx, k: number): boolean {
  if (k >= 0 && k < c.toks.length) return c.quoteParity()[k] === 1;
  const s = c.sent(k);
  let n = 0;
  for (let j = k - 1; j >= 0 && c.sent(j) === s; j--) if (c.toks[j].kind === 'quote') n++;
  return n % 2 === 1;
}

/** How far back (tokens) an organisation may be named for a definite head word to refer to it. */
const ANAPHOR_REACH = 600;
/**
 * Definite one-word descriptions of an organisation named earlier in the article: «التنظيم» after «تنظيم القاعدة في
 * جزيرة العرب», «البرنامج» after «برنامج الأغذية العالمي», «المفوضية» after «مفوضية العون الإنساني». The word (with an
 * optional و/ف, or a fused لل) must be the first word of the name of a multi-word ORG mentioned at most
 * ANAPHOR_REACH tokens before; the nearest such organisation wins. Words already read as group heads, names or
 * triggers are left alone. Linear: one pass over the tokens with a pointer into the sorted mentions.
 */
export function findAnaphors(c: Ctx, layer: EntityLayer): GroupMention[] {
  const out: GroupMention[] = [];
  const ms = layer.mentions;
  // head word → the latest ORG mention (entity id, token) passed so far
  const last = new Map<string, { id: string; tok: number }>();
  let mi = 0;
  for (let k = 0; k < c.toks.length; k++) {
    for (; mi < ms.length && ms[mi].tokenStart < k; mi++) {
      const m = ms[mi];
      const e = c.byId.get(m.entity);
      if (!e || e.type !== 'ORG' || m.tokenStart < 0) continue;
      // (the canonical name or the written mention: «تنظيم القاعدة في جزيرة العرب» for «القاعدة في جزيرة العرب»)
      for (const nw of [c.nameWords(e.name), c.nameWords(m.text)]) {
        if (nw.length >= 2 && nw[0].length >= 3) last.set(nw[0], { id: e.id, tok: m.tokenStart });
      }
    }
    const t = c.toks[k];
    if (t.kind !== 'word' || c.covered[k] || c.startArr[k] !== undefined) continue;
    const mm = /^([وف]?)(ال|لل)(\S{3,})$/.exec(t.norm);
    if (!mm) continue;
    const hit = last.get(mm[3]);
    if (!hit || k - hit.tok > ANAPHOR_REACH) continue;
    if (c.look(k).trigger.length || c.lex.groups.has(mm[3])) continue;
    // (a name right after it, or a nisba adjective the organisation's name lacks, makes it another body: «المكتب X»،
    // «البرنامج الوطني للتشغيل» after «برنامج الأغذية العالمي»)
    const nx = c.toks[k + 1];
    if (nx && c.sent(k + 1) === c.sent(k)) {
      if (c.startArr[k + 1] !== undefined) continue;
      const adj = /^ال\S{2,}(ي|يه)$/.test(nx.norm) ? nx.norm.slice(2) : '';
      if (adj && !c.nameWords(c.byId.get(hit.id)!.name).includes(adj)) continue;
    }
    // the span: the article on, after a clitic و/ف; a fused لل keeps only the noun
    const cut = mm[1].length + (mm[2] === 'لل' ? 2 : 0);
    // (offsets in the written text: harakat may sit between letters)
    let i = 0;
    let letters = 0;
    while (i < t.text.length && letters < cut) { if (!/[\u064B-\u065F\u0670\u0640]/.test(t.text[i])) letters++; i++; }
    while (i < t.text.length && /[\u064B-\u065F\u0670\u0640]/.test(t.text[i])) i++;
    const start = t.start + i;
    out.push({ entity: hit.id, start, end: t.end, text: c.doc.text.slice(start, t.end), tokenStart: k, tokenEnd: k + 1, kind: 'description', evidence: 'rule:definite-head-of-named-org', means: false });
  }
  return out;
}
