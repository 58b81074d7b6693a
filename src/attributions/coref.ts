// Source coreference: each source description found at a cue either joins an earlier source it can refer
// to (same entity; a definite "المصدر …" compatible with an earlier مصدر; a repeated compatible
// description) or starts a new source. Compatibility = same head and no conflicting affiliation
// (country/sect nisbas, stated side); ties go to the most recently mentioned source.
import type { Source, SourceKind, Span } from '../contract.ts';
import { attributionLexicon } from './lexicon.ts';

export interface SourceDesc {
  kind: SourceKind;
  /** Head key from sources.tsv ("مصدر", "مستشار"), null for names. */
  head: string | null;
  definite: boolean;
  /** "أحد مستشاري …": an indefinite member of a group. */
  ahad: boolean;
  /** "بعضهم": part of the group quoted last (joins it rather than starting a vague source). */
  partitive?: boolean;
  span: Span;
  /** Normalised content-word stems of the description (head excluded). */
  words: Set<string>;
  /** "group:canonical" affiliations (country, sect). */
  nisbas: Set<string>;
  side?: string;
  entity: string | null;
  /** Entity id of the organisation the source speaks for or comes from (spokesperson, document issuer). */
  affiliation?: string;
  /** Display name for a linked entity. */
  entityName?: string;
  reason?: Span;
  /** A pronoun speaker with no antecedent in the article (s8): the source is marked `unresolved`. */
  unresolved?: boolean;
  /** A named person (PER entity or a titled name) or a named organisation: the two never corefer (s6). */
  person?: boolean;
  org?: boolean;
  evidence: string[];
}

interface SourceState {
  source: Source;
  heads: Set<string>;
  words: Set<string>;
  nisbas: Set<string>;
  lastUse: number;
  introduced: boolean;
  person: boolean;
  org: boolean;
}

const RECENT = 64;

// description words that do not make a source specific (data/attributions/wordsets.tsv `generic-word`)
// (read on first use, so importing the module loads no data)
const isGeneric = (w: string): boolean => attributionLexicon().sets['generic-word'].has(w);
const isCollective = (h: string): boolean => attributionLexicon().sets['collective-head'].has(h);

// "group:value" split once per distinct string (a small vocabulary: nisbas.tsv), not on every comparison
const splitCache = new Map<string, readonly [string, string]>();
function groupValue(x: string): readonly [string, string] {
  let v = splitCache.get(x);
  if (v === undefined) {
    const [g, val] = x.split(':');
    v = [g, val];
    if (splitCache.size > 10000) splitCache.clear();
    splitCache.set(x, v);
  }
  return v;
}

/** Some group (country, sect) has values on both sides but none in common. */
function conflict(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) {
    const g = groupValue(x)[0];
    let inB = false;
    let shared = false;
    for (const xa of a) {
      const [ga, va] = groupValue(xa);
      if (ga !== g) continue;
      for (const y of b) {
        const [gb, vb] = groupValue(y);
        if (gb !== g) continue;
        inB = true;
        if (vb === va) shared = true;
      }
    }
    if (inB && !shared) return true;
  }
  return false;
}

function overlap(a: Set<string>, b: Set<string>, skipGeneric: boolean): number {
  let n = 0;
  for (const w of a) if (b.has(w) && !(skipGeneric && isGeneric(w))) n++;
  return n;
}

export class SourceRegistry {
  private states: SourceState[] = [];
  private clock = 0;
  private byEntity = new Map<string, SourceState>();
  /** most recently used first, at most RECENT long */
  private recent: SourceState[] = [];

  private touch(st: SourceState): void {
    const at = this.recent.indexOf(st);
    if (at >= 0) this.recent.splice(at, 1);
    this.recent.unshift(st);
    if (this.recent.length > RECENT) this.recent.pop();
    if (st.source.entity) this.byEntity.set(st.source.entity, st);
  }

  get sources(): Source[] {
    return this.states.map((s) => s.source);
  }

  /** Resolve a description to a source id, creating the source when nothing compatible came before. */
  resolve(d: SourceDesc): string {
    this.clock++;
    const st = this.find(d);
    if (st) {
      this.update(st, d);
      this.touch(st);
      return st.source.id;
    }
    const source: Source = {
      id: `S${this.states.length + 1}`,
      kind: d.kind,
      label: d.entityName ?? d.span.text,
      entity: d.entity,
      mentions: [d.span],
      evidence: [...d.evidence],
    };
    if (d.side) source.side = d.side;
    if (d.affiliation) source.affiliation = d.affiliation;
    if (d.reason) source.anonymityReason = d.reason;
    // (s9 probe) a role of no name with a stated reason for anonymity ("متحدث باسم المفوضية، طلب عدم ذكر اسمه،") is anonymous
    if (d.reason && source.kind === 'named' && !source.entity) {
      source.kind = 'anonymous';
      source.evidence = [...(source.evidence ?? []), 'rule:role+anonymity-reason'];
    }
    if (d.unresolved) source.unresolved = true;
    const state: SourceState = {
      source,
      heads: new Set(d.head ? [d.head] : []),
      words: new Set(d.words),
      nisbas: new Set(d.nisbas),
      lastUse: this.clock,
      introduced: !d.definite,
      person: !!d.person,
      org: !!d.org,
    };
    this.states.push(state);
    this.touch(state);
    return source.id;
  }

  /** Would this description join an earlier source (without joining it)? */
  wouldJoin(d: SourceDesc): boolean {
    return this.find(d) !== undefined;
  }

  /** Add a description as a mention of the source `id` (a reference resolved by a rule outside this registry). */
  attach(id: string, d: SourceDesc): void {
    const st = this.states[Number(id.slice(1)) - 1];
    if (!st) return;
    this.clock++;
    st.lastUse = this.clock;
    st.source.mentions.push(d.span);
    this.touch(st);
  }

  /** The source with this id (ids are S1… in creation order: O(1)). */
  get(id: string): Source | undefined {
    return this.states[Number(id.slice(1)) - 1]?.source;
  }

  kindOf(id: string): string | undefined {
    return this.states[Number(id.slice(1)) - 1]?.source.kind;
  }

  addReason(id: string, reason: Span): void {
    const st = this.states[Number(id.slice(1)) - 1];
    if (st && !st.source.anonymityReason) st.source.anonymityReason = reason;
  }

  /** (s9 probe) A role of no name that asked not to be named ("المتحدثة باسم المفوضية، التي طلبت عدم ذكر اسمها،") is anonymous. */
  unnameRole(id: string, reason: Span): void {
    const st = this.states[Number(id.slice(1)) - 1];
    if (!st || st.source.kind !== 'named' || st.source.entity) return;
    st.source.kind = 'anonymous';
    st.source.anonymityReason ??= reason;
    st.source.evidence = [...(st.source.evidence ?? []), 'rule:role+anonymity-reason'];
  }

  private find(d: SourceDesc): SourceState | undefined {
    if (d.partitive) {
      const last = this.recent[0];
      if (last && (last.source.kind === 'vague' || last.source.kind === 'anonymous')) return last;
    }
    if (d.entity) {
      const hit = this.byEntity.get(d.entity);
      if (hit) return hit;
    }
    // candidates: the most recently used sources (a bounded window keeps resolution linear overall)
    const recent = this.recent;
    if (d.kind === 'named' || d.kind === 'media' || d.kind === 'document') {
      // names: one token set contains the other ("الكاظمي" ⊂ "رئيس الوزراء مصطفى الكاظمي")
      const byWords = recent.find((s) => {
        if (s.source.kind !== d.kind || d.words.size === 0 || s.words.size === 0) return false;
        if (d.entity && s.source.entity && d.entity !== s.source.entity) return false;
        // (a person is not the office affiliated with them — "مكتب رئيس الوزراء X" then "X")
        if ((d.entity && !s.source.entity && s.source.affiliation === d.entity) || (!d.entity && s.source.entity && d.affiliation === s.source.entity)) return false;
        // ("البنك المركزي في صنعاء" is not "محافظ البنك المركزي اليمني في عدن X": an organisation is not a person — s6)
        if ((d.org && s.person) || (d.person && s.org)) return false;
        const o = overlap(d.words, s.words, false);
        return o === d.words.size || o === s.words.size;
      });
      if (byWords) return byWords;
      if (d.kind === 'document' && d.definite && d.head) return recent.find((s) => s.source.kind === 'document' && s.heads.has(d.head!));
      // ("وأضافت الصفحة" after "صفحة "…" على فيسبوك"، "الوكالة" after "وكالة "…"": a bare definite media head — s8)
      if (d.kind === 'media' && d.definite && d.head && d.words.size === 0) return recent.find((s) => s.source.kind === 'media' && s.heads.has(d.head!));
      return undefined;
    }
    if (d.kind === 'vague') {
      return recent.find((s) => s.source.kind === 'vague' && s.heads.has(d.head ?? '') && overlap(d.words, s.words, true) === d.words.size);
    }
    // anonymous
    const anon = recent.filter((s) => s.source.kind === 'anonymous' && !conflict(d.nisbas, s.nisbas) && !sideConflict(d, s));
    const sameHead = anon.filter((s) => d.head !== null && s.heads.has(d.head));
    if (d.definite) {
      // "المتحدث باسم الخارجية" is not "الناطق باسم الجيش": specific words on both sides must meet
      const dSpecific = [...d.words].filter((w) => !isGeneric(w));
      const fitting = sameHead.filter((s) => {
        if (dSpecific.length === 0) return true;
        const sSpecific = [...s.words].filter((w) => !isGeneric(w));
        return sSpecific.length === 0 || dSpecific.some((w) => s.words.has(w)) || [...d.nisbas].some((n) => s.nisbas.has(n));
      });
      if (fitting.length) return best(fitting, d);
      // "وأضاف المتحدث العسكري" after "المتحدث باسم الجيش العميد X": a definite role head with no organisation of its
      // own and no unnamed source of that head refers to the named person last quoted in that role (s5)
      if (sameHead.length === 0 && d.head && !d.affiliation && !d.side) {
        const named = recent.find((s) => s.source.kind === 'named' && s.heads.has(d.head!) && !conflict(d.nisbas, s.nisbas));
        if (named) return named;
        // "أوضحت المسؤولة الأممية" after "مديرة شؤون الأونروا … إنغريد سولبرغ": a definite generic role of a person
        // (wordsets.tsv `back-reference`) refers to the named person quoted last, whatever their title (s6)
        // ("قال مصدر حكومي … . وأضاف المسؤول": or the unnamed single source quoted last — wordsets.tsv
        // `back-reference-target` — whichever of the two was quoted last)
        const sets = attributionLexicon().sets;
        if (sets['back-reference']?.has(d.head)) {
          const target = sets['back-reference-target'];
          const person = recent.find((s) => !conflict(d.nisbas, s.nisbas) && ((s.source.kind === 'named' && s.person) ||
            (s.source.kind === 'anonymous' && !!target && [...s.heads].some((h) => target.has(h)) && !sideConflict(d, s))));
          if (person) return person;
        }
      }
      // "الرجل"، "المرأة": a definite generic person refers to the unnamed person quoted last
      if (d.head === 'شخص') {
        const person = anon.find((s) => ![...s.heads].some((h) => isCollective(h)));
        if (person) return person;
      }
      // "المصدر العراقي": a generic head with a modifier that an earlier (other-head) source carries
      const specific = [...d.words].filter((w) => !isGeneric(w));
      if (specific.length) {
        const carrying = anon.filter((s) => overlap(d.words, s.words, true) > 0 || [...d.nisbas].some((n) => s.nisbas.has(n)));
        if (carrying.length) return best(carrying, d);
      }
      return undefined;
    }
    // indefinite: only a repeated description (same head, a shared specific word)
    const repeated = sameHead.filter((s) => overlap(d.words, s.words, true) > 0 && (d.ahad ? true : d.words.size > 0));
    if (repeated.length) return best(repeated, d);
    return undefined;
  }

  private update(st: SourceState, d: SourceDesc): void {
    st.lastUse = this.clock;
    st.source.mentions.push(d.span);
    if (d.person) st.person = true;
    if (d.org) st.org = true;
    if (d.head) st.heads.add(d.head);
    for (const w of d.words) st.words.add(w);
    for (const n of d.nisbas) st.nisbas.add(n);
    if (!st.source.side && d.side) st.source.side = d.side;
    if (!st.source.affiliation && d.affiliation && d.affiliation !== st.source.entity) st.source.affiliation = d.affiliation;
    if (!st.source.anonymityReason && d.reason) st.source.anonymityReason = d.reason;
    if (!st.source.entity && d.entity) {
      st.source.entity = d.entity;
      if (d.entityName) st.source.label = d.entityName;
    }
    for (const e of d.evidence) if (!st.source.evidence!.includes(e)) st.source.evidence!.push(e);
    // the label is the introducing (indefinite) description, else the fullest one seen
    // (an unnamed role description joined to a named person keeps the person's label — s5)
    if ((!st.source.entity || !d.entityName) && !(st.source.kind === 'named' && st.source.entity && d.kind !== 'named')) {
      if (!st.introduced && !d.definite) {
        st.source.label = d.span.text;
        st.introduced = true;
      } else if (!st.introduced && d.span.text.length > st.source.label.length) {
        st.source.label = d.span.text;
      } else if (st.source.kind === 'named' && !st.source.entity && d.span.text.length > st.source.label.length) {
        st.source.label = d.span.text;
      }
    }
  }
}

function sideConflict(d: SourceDesc, s: SourceState): boolean {
  return !!(d.side && s.source.side && d.side !== s.source.side && !s.source.side.includes(d.side) && !d.side.includes(s.source.side));
}

function best(cands: SourceState[], d: SourceDesc): SourceState {
  let top = cands[0];
  let topScore = -1;
  for (const s of cands) {
    const score = overlap(d.words, s.words, false) * 10 + s.lastUse / 1e6;
    if (score > topScore) {
      top = s;
      topScore = score;
    }
  }
  // a bare "المصدر" (no modifiers) goes to the most recent one
  return d.words.size === 0 ? cands[0] : top;
}
