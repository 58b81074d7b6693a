// Shared state of the event stage: tokens, mentions (entities and group phrases) by start token, memoised
// per-token segmentations and per-mention roles; small helpers used by every module.
import type { Entity, Event } from '../contract.ts';
import type { Doc, Token } from '../doc.ts';
import type { EntityLayer, EntityMention } from '../entities/index.ts';
import { normalize } from '../text/normalize.ts';
import { words } from './words.ts';
import { findGroupMentions, type GroupMention } from './participants.ts';
import { eventLexicon, lookups, type EventLexicon, type TriggerEntry, type WordForm, type WordLookups } from './lexicon.ts';

export const AFTER_WINDOW = 14;
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

export interface MInfo {
  m: EntityMention;
  entity: Entity | undefined;
  /** the governing preposition (normalised) or '' for a bare noun phrase */
  prep: string;
  prepRole: string;
  coord: boolean;
}

/** Prepositions written with a final ى (normalised to ي): إلى، على، لدى، حتى. */
export const ALIF_MAQSURA_PREPS = words('alif-maqsura-prep');

export class Ctx {
  readonly toks: Token[];
  readonly lex: EventLexicon;
  readonly startsAt = new Map<number, EntityMention[]>();
  readonly covered: Uint8Array;
  readonly byId = new Map<string, Entity>();
  readonly groups: GroupMention[];
  dateCovered: Uint8Array;
  /** tokens where a noun or phrase trigger starts (set once the triggers are found) */
  nounHits = new Set<number>();
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
    if (!t || !ALIF_MAQSURA_PREPS.has(this.bare(k)) || !/ي[\u064B-\u0652]*$/.test(t.text)) return false;
    // (a name right after it that does not include it shows the preposition written with ي: «رد X علي إسماعيل قاآني»)
    // (not والي, the governor: «والي الخرطوم»)
    return !(t.norm === this.bare(k) && this.startsAt.has(k + 1) && this.startsAt.get(k + 1)!.every((m) => m.tokenStart > k) && !this.covered[k]);
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

/** Words between a verb and a later NP that read as a title ("وزير الخارجية الأردني"): only words, at most
 * five (dates aside), at least one definite. An indefinite run ("طائرة مسيرة مفخخة") is a non-entity subject. */
/** A title noun (groups.tsv kind title), with or without the article: الرئيس، وزير، المتحدث. */
export function isTitle(c: Ctx, norm: string): boolean {
  const bare = norm.startsWith('ال') ? norm.slice(2) : norm;
  return (c.lex.groups.get(bare) ?? []).some((g) => g.kind === 'title');
}

export function mentionEndingAt(c: Ctx, j: number): EntityMention | null {
  // bounded: mentions are at most a few tokens long
  for (let s = j; s >= 0 && s >= j - 8; s--) {
    const ms = c.startsAt.get(s);
    if (ms) for (const m of ms) if (m.tokenEnd - 1 === j) return m;
  }
  return null;
}

export const isLoc = (i: MInfo) => i.entity?.type === 'LOC';

export const AUX = words('aux');
export function paragraphOf(c: Ctx, tok: number): number {
  const off = c.toks[tok].start;
  const ps = c.doc.paragraphs;
  let lo = 0, hi = ps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ps[mid].start <= off) lo = mid; else hi = mid - 1;
  }
  return lo;
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
  const s = c.sent(k);
  let n = 0;
  for (let j = k - 1; j >= 0 && c.sent(j) === s; j--) if (c.toks[j].kind === 'quote') n++;
  return n % 2 === 1;
}
