// The per-document context of the attribution pass.
import type { Span } from '../contract.ts';
import { lowerBound, type Doc, type Token } from '../doc.ts';
import type { EntityLayer, EntityMention } from '../entities/index.ts';
import { normalize, normalizeCached } from '../text/normalize.ts';
import { reasonAt0 } from './anonymity.ts';
import { recipientAt0 } from './chains.ts';
import type { SourceDesc } from './coref.ts';
import { SourceRegistry } from './coref.ts';
import { cueAt0, accordingAt0, statementAt0 } from './cues.ts';
import { STATEMENT, COMP_BIT, COMMA, COLON, CUE_FIRST, ACCORDING_FIRST, REASON_FIRST, setBit, formBits, notAName, memoAt } from './facts.ts';
import { LEAD_PARTICLES } from '../entities/wordsets.ts';
import type { AttributionLexicon, CueEntry } from './lexicon.ts';
import { attributionLexicon } from './lexicon.ts';
import type { Quote } from './quotes.ts';
import { MIN_QUOTE_WORDS, findQuotes } from './quotes.ts';

export interface Found {
  kind: 'direct' | 'indirect';
  sourceId: string;
  cue: Span;
  content: Span;
  recipient?: string;
  via?: string[];
  evidence: string[];
  sentence: number;
  /** The statement noun the speaker spoke in ("قالت الوزارة في بيان" → بيان), normalised (s6). */
  statement?: string;
}

/**
 * The state of one pass over a document and the token-level lookups every rule uses (memoised per token
 * index). The rules themselves are plain functions in the sibling modules taking this context.
 */
export class Ctx {
  lex: AttributionLexicon = attributionLexicon();
  toks: Token[];
  /** per token: bit b ⇔ word in grammar set b (see setBit); COMP_BIT ⇔ complementizer */
  tokBits: Int32Array;
  text: string;
  quotes: Quote[] = [];
  /** index of the (long) quote containing token i, -1 if none */
  inQuote: Int32Array;
  /** index of the quote whose opening mark is token i */
  quoteOpenAt: Int32Array;
  quoteCloseAt: Int32Array;
  consumed: Uint8Array;
  mentionAt: (EntityMention | undefined)[];
  registry = new SourceRegistry();
  found: Found[] = [];
  paraOf: Int32Array;
  outlet: string[];
  entityName = new Map<string, string>();
  entityType = new Map<string, string>();
  /** chain frame set by نقل in the current sentence: the quoted speaker and the outlet in between */
  chain: { sentence: number; source: string; via: string[] } | null = null;
  /** subject of a negated cue ("لم يوضح المصدر …، واكتفى بقول") for a later cue in the sentence */
  pending: { sentence: number; d: SourceDesc } | null = null;
  /** source descriptions parsed so far, by the token after them (for "X الذي أكد أن …") */
  npByEnd = new Map<number, { d: SourceDesc; end: number }>();
  /** first token of the last subject rejected as inanimate (data/attributions/inanimate.tsv), -1 if none */
  inanimateAt = -1;

  constructor(readonly doc: Doc, readonly entities: EntityLayer) {
    this.toks = doc.tokens;
    this.text = doc.text;
    const n = this.toks.length;
    this.cueAtCache = new Array(n).fill(undefined);
    this.accordingAtCache = new Array(n).fill(undefined);
    this.recipientAtCache = new Array(n).fill(undefined);
    this.reasonAtCache = new Array(n).fill(undefined);
    this.statementAtCache = new Int32Array(n).fill(-1);
    // grammar-set membership and complementizer per word token (0 for other tokens), from the per-form memo
    this.tokBits = new Int32Array(n);
    for (let k = 0; k < n; k++) {
      const t = this.toks[k];
      const bits = formBits(t.form, this.lex);
      if (t.kind === 'word') this.tokBits[k] = bits;
      else {
        let b = bits & STATEMENT;
        if (t.kind === 'punct' || t.kind === 'dash') {
          if (t.text === '،' || t.norm === '،' || t.text === ',' || t.norm === ',') b |= COMMA;
          if (t.text === ':' || t.norm === ':') b |= COLON;
        }
        this.tokBits[k] = b;
      }
    }
    this.inQuote = new Int32Array(n).fill(-1);
    this.quoteOpenAt = new Int32Array(n).fill(-1);
    this.quoteCloseAt = new Int32Array(n).fill(-1);
    this.consumed = new Uint8Array(n);
    this.mentionAt = new Array(n);
    this.paraOf = new Int32Array(n);
    for (const e of entities.entities) {
      this.entityName.set(e.id, e.name);
      this.entityType.set(e.id, e.type);
    }
    // an "entity" named like a saying word ("قوله") is an entity-layer slip: its mentions are not names
    const noName = new Set<string>();
    for (const e of entities.entities) if (notAName(e.name, this.lex)) noName.add(e.id);
    for (const m of entities.mentions) {
      if (noName.has(m.entity)) continue;
      for (let k = m.tokenStart; k < m.tokenEnd && k < n; k++) if (!this.mentionAt[k]) this.mentionAt[k] = m;
      // (s7) inside a person's name "فان" written without a hamza is a family-name particle ("فان هوفن"، "هيلدي فان دام"),
      // not فإن (complementizer, or the فإن that opens content after an according-to phrase)
      if (this.entityType.get(m.entity) === 'PER') {
        for (let k = m.tokenStart; k < m.tokenEnd && k < n; k++) {
          if (this.toks[k].kind !== 'word' || /[أإآ]/.test(this.toks[k].text) || !(this.inSet(k, 'then') || this.isComp(k))) continue;
          this.tokBits[k] &= ~(COMP_BIT | (1 << setBit.get('then')!));
        }
      }
    }
    let p = 0;
    for (const t of this.toks) {
      while (p < doc.paragraphs.length - 1 && t.start >= doc.paragraphs[p].end) p++;
      this.paraOf[t.i] = p;
    }
    this.outlet = doc.meta.outlet ? normalize(doc.meta.outlet).split(/\s+/).filter(Boolean) : [];
    findQuotes(this);
  }

  /**
   * (s7) A family-name particle written without a hamza (data/entities/name-connectors.tsv, opens = yes) at p, then one or two
   * plain words (no article, no grammar word, no cue) and a comma, colon or complementizer: the particle opens a name, so its
   * complementizer and فإن readings are dropped. True when it did.
   */
  particleAsName(p: number): boolean {
    const t = this.toks[p];
    if (!t || t.kind !== 'word' || /[أإآ]/.test(t.text) || !LEAD_PARTICLES.has(t.norm)) return false;
    const plain = (k: number) => this.toks[k]?.kind === 'word' && !this.toks[k].norm.startsWith('ال') && (this.tokBits[k] & ~(CUE_FIRST | ACCORDING_FIRST | REASON_FIRST)) === 0 && !this.cueAt(k);
    let k = p + 1;
    if (!plain(k)) return false;
    k++;
    if (plain(k)) k++;
    if (!(this.isComma(k) || this.isColon(k) || this.isComp(k))) return false;
    this.tokBits[p] &= ~(COMP_BIT | (1 << setBit.get('then')!));
    return true;
  }

  /** Index of the quote opening at token i, -1 if none (also past the end). */
  qOpen(i: number): number {
    return i >= 0 && i < this.quoteOpenAt.length ? this.quoteOpenAt[i] : -1;
  }

  sentence(i: number): number {
    return this.doc.sentenceOf[i];
  }

  /** first token and one-past-last token of each sentence, computed once (keeps lookups O(1)) */
  sStartTok: Int32Array | null = null;
  sEndTok: Int32Array | null = null;

  sentenceBounds(): void {
    const ns = this.doc.sentences.length;
    this.sStartTok = new Int32Array(ns + 1).fill(-1);
    this.sEndTok = new Int32Array(ns + 1).fill(-1);
    for (let k = 0; k < this.toks.length; k++) {
      const s = this.doc.sentenceOf[k];
      if (this.sStartTok[s] < 0) this.sStartTok[s] = k;
      this.sEndTok[s] = k + 1;
    }
  }

  sentenceEnd(i: number): number {
    if (i >= this.toks.length) return this.toks.length;
    if (!this.sEndTok) this.sentenceBounds();
    return this.sEndTok![this.sentence(i)];
  }

  sentenceStart(i: number): number {
    if (i >= this.toks.length) return this.toks.length;
    if (!this.sStartTok) this.sentenceBounds();
    return this.sStartTok![this.sentence(i)];
  }

  norm(i: number): string {
    return this.toks[i]?.norm ?? '';
  }

  isComma(i: number): boolean {
    // a punct/dash token "،" or ","; precomputed per token in the constructor (tokBits)
    return i >= 0 && i < this.tokBits.length && (this.tokBits[i] & COMMA) !== 0;
  }

  isColon(i: number): boolean {
    return i >= 0 && i < this.tokBits.length && (this.tokBits[i] & COLON) !== 0;
  }

  isDash(i: number): boolean {
    return this.toks[i]?.kind === 'dash';
  }

  inSet(i: number, set: string): boolean {
    if (i < 0 || i >= this.tokBits.length) return false;
    const b = setBit.get(set);
    if (b !== undefined) return (this.tokBits[i] & (1 << b)) !== 0;
    const t = this.toks[i];
    return t.kind === 'word' && (this.lex.sets[set]?.has(t.norm) ?? false);
  }

  /** normalised word at k for the phrase tries (undefined past the end or at a non-word) */
  wordAt = (k: number): string | undefined => {
    const t = this.toks[k];
    return t !== undefined && t.kind === 'word' ? t.norm : undefined;
  };

  /** Is token i a complementizer (إن، أن، بأن، أنه …), possibly with و? */
  isComp(i: number): boolean {
    return i >= 0 && i < this.tokBits.length && (this.tokBits[i] & COMP_BIT) !== 0;
  }

  cueAtCache!: ({ len: number; entry: CueEntry } | null | undefined)[];
  cueAtBound = (i: number) => cueAt0(this, i);
  cueAt(i: number): { len: number; entry: CueEntry } | null {
    return memoAt(this.cueAtCache, i, this.cueAtBound);
  }

  accordingAtCache!: ({ len: number; evidence: string } | null | undefined)[];
  accordingAtBound = (i: number) => accordingAt0(this, i);
  accordingAt(i: number): { len: number; evidence: string } | null {
    return memoAt(this.accordingAtCache, i, this.accordingAtBound);
  }

  span(start: number, end: number): Span {
    return { start, end, text: this.text.slice(start, end) };
  }

  tokSpan(a: number, b: number): Span {
    return this.span(this.toks[a].start, this.toks[b - 1].end);
  }

  titlesCache: Map<string, Set<string>> | null = null;
  /** Normalised titles the entity layer found with an entity ("العميد الركن"). */
  entityTitles(id: string): Set<string> {
    if (!this.titlesCache) {
      this.titlesCache = new Map();
      for (const e of this.entities.entities) this.titlesCache.set(e.id, new Set((e.titles ?? []).map((x) => normalizeCached(x))));
    }
    return this.titlesCache.get(id) ?? new Set();
  }

  /** Original offset inside token i after `cut` normalised characters. */
  offsetAfter(i: number, cut: number): number {
    const t = this.toks[i];
    if (cut <= 0) return t.start;
    let seen = 0;
    for (let k = 0; k < t.text.length; k++) {
      if (normalize(t.text[k]).length > 0) {
        if (seen === cut) return t.start + k;
        seen++;
      }
    }
    return t.end;
  }

  recipientAtCache!: ([number, string] | null | undefined)[];
  recipientAtBound = (i: number) => recipientAt0(this, i);
  /** Recipient at i: لـ"X" / لـX / لوكالة X / إلى "X" (after تحدث). Returns [end token, name]. */
  recipientAt(i: number): [number, string] | null {
    return memoAt(this.recipientAtCache, i, this.recipientAtBound);
  }

  /** per token index, -1 until computed */
  statementAtCache: Int32Array;
  /** "في بيان"، "في حديثه لـ…"، "خلال مؤتمر صحفي": returns the token after the phrase (cached per index). */
  statementAt(i: number): number {
    if (i < 0 || i >= this.toks.length) return statementAt0(this, i);
    let v = this.statementAtCache[i];
    if (v < 0) {
      v = statementAt0(this, i);
      this.statementAtCache[i] = v;
    }
    return v;
  }

  /** A token that ends a source description and opens what follows it. */
  isBoundary(i: number): boolean {
    return this.isComp(i) || this.isColon(i) || this.recipientAt(i) !== null || (this.qOpen(i) >= 0 && this.quotes[this.qOpen(i)].words >= MIN_QUOTE_WORDS);
  }

  reasonAtCache!: (Span | null | undefined)[];
  reasonAtBound = (i: number) => reasonAt0(this, i);
  reasonAt(i: number): Span | null {
    return memoAt(this.reasonAtCache, i, this.reasonAtBound);
  }

  /** (s9 probe) A percent sign written right after its number («2%»): part of the amount, never trimmed as punctuation. */
  isPercent(k: number): boolean {
    const t = this.toks[k];
    return !!t && (t.text === '%' || t.text === '٪') && k > 0 && this.toks[k - 1].kind === 'number' && this.toks[k - 1].end === t.start;
  }

  contentSpan(a: number, b: number): Span {
    return this.tokSpan(a, b);
  }

  quoteSpan(q: Quote): Span {
    return this.span(q.start, q.end);
  }

  consume(a: number, b: number): void {
    for (let k = a; k < b && k < this.consumed.length; k++) this.consumed[k] = 1;
  }

  contentKeys = new Set<string>();
  lastFound: Found | undefined;

  firstTokenAt(offset: number): number {
    return lowerBound(this.toks, offset);
  }
}
