// Attribution stage (the isnad): cues, quotations and reported speech, sources, source coreference, chains.
//
// One left-to-right pass over the tokens. At each reporting cue (data/attributions/cues.tsv) or
// according-to phrase (according.tsv) a bounded window is parsed: [cue] [source description] [recipient,
// statement phrase, anonymity reason] [content]. Content is a quotation (direct), a colon-introduced
// passage (direct) or the clause after إن/أن/فإن (indirect). Every window is bounded (≤ MAX_WINDOW
// tokens or the sentence), so the pass is linear in the text.
import type { Attribution, Source, Span } from '../contract.ts';
import type { Doc, Token } from '../doc.ts';
import type { EntityLayer, EntityMention } from '../entities/index.ts';
import { normalize } from '../text/normalize.ts';
import { memoSlot, type WordForm } from '../text/tokenize.ts';
import { attributionLexicon, conjForms, nounForms, stripSuffix, type AttributionLexicon, type CueEntry } from './lexicon.ts';
import { SourceRegistry, type SourceDesc } from './coref.ts';

export interface AttributionLayer {
  sources: Source[];
  attributions: Attribution[];
}

const MAX_WINDOW = 40;
const MAX_NP = 16;
const MIN_QUOTE_WORDS = 3;
const CONTINUATION_SENTENCES = 6;

interface Quote {
  open: number;
  /** token index of the closing mark, or -1 when the quote runs to the paragraph end */
  close: number;
  start: number;
  end: number;
  words: number;
  used: boolean;
}

interface Found {
  kind: 'direct' | 'indirect';
  sourceId: string;
  cue: Span;
  content: Span;
  recipient?: string;
  via?: string[];
  evidence: string[];
  sentence: number;
}

// Facts about one distinct word form that depend only on the (process-wide, cached) lexicon, packed in a small
// integer memoised on the interned WordForm (a Smi in its memo array: no extra object to chase per token).
// Bits 0‥22: membership in grammar set b (see setBit; sets past 23 fall back to a Set lookup), then flags.
const CUE_FIRST = 1 << 23; // some conjunction-stripped form starts a cue phrase
const REASON_FIRST = 1 << 24; // … starts an anonymity-reason phrase
const ACCORDING_FIRST = 1 << 25; // the word (or it without و) starts an according-to phrase
const STATEMENT = 1 << 26; // some clitic reading (pronoun suffix stripped) is a statement noun (بيان، حديثه)
const COMP_BIT = 1 << 27; // a complementizer, possibly with و/ف
// per token only (Extractor.tokBits), from the token's kind and text
const COMMA = 1 << 28;
const COLON = 1 << 29;
const SET_BITS = 23;

const FACTS = memoSlot();
let factsLex: AttributionLexicon | null = null;
const setBit = new Map<string, number>();

function formBits(f: WordForm, lex: AttributionLexicon): number {
  const v = f.memo[FACTS];
  if (typeof v === 'number' && factsLex === lex) return v;
  if (factsLex !== lex) {
    // the lexicon is a cached singleton; guard anyway so a reloaded lexicon never meets stale bits
    factsLex = lex;
    setBit.clear();
    let b = 0;
    for (const name of Object.keys(lex.sets)) if (b < SET_BITS) setBit.set(name, b++);
  }
  const norm = f.norm;
  let bits = 0;
  for (const [name, b] of setBit) if (lex.sets[name].has(norm)) bits |= 1 << b;
  for (const c of conjForms(norm)) {
    if (lex.sets.comp.has(c)) bits |= COMP_BIT;
    if (lex.cues.startsWith(c)) bits |= CUE_FIRST;
    if (lex.reasons.startsWith(c)) bits |= REASON_FIRST;
  }
  if (lex.according.startsWith(norm) || (norm.length > 3 && norm[0] === 'و' && lex.according.startsWith(norm.slice(1)))) bits |= ACCORDING_FIRST;
  for (const nf of nounForms(norm)) for (const x of stripSuffix(nf.stem)) if (lex.statements.has(x)) bits |= STATEMENT;
  f.memo[FACTS] = bits;
  return bits;
}

// notAName is a pure function of the name (and the cached lexicon): memoised, bounded
const notANameCache = new Map<string, boolean>();
let notANameLex: AttributionLexicon | null = null;

function notAName(name: string, lex: AttributionLexicon): boolean {
  if (notANameLex !== lex) {
    notANameLex = lex;
    notANameCache.clear();
  }
  let v = notANameCache.get(name);
  if (v === undefined) {
    const n = normalize(name);
    const grammarWord = ['comp', 'prep', 'stop', 'pron', 'rel', 'neg', 'then'].some((set) => lex.sets[set]?.has(n));
    v = /^قول(ه|ها|هم|هما)?$/.test(n) || (!/\s/.test(n) && (lex.cues.has([n]) || grammarWord));
    if (notANameCache.size >= 20000) notANameCache.clear();
    notANameCache.set(name, v);
  }
  return v;
}

/**
 * Per-token-index memo for the pure `xxxAt(i)` lookups (called many times from bounded windows): `cache` has one
 * slot per token, undefined until computed; indices outside the text are computed, not cached. `compute` is bound
 * once per Extractor, so a call allocates nothing.
 */
function memoAt<V>(cache: (V | undefined)[], i: number, compute: (i: number) => V): V {
  if (i < 0 || i >= cache.length) return compute(i);
  let v = cache[i];
  if (v === undefined) {
    v = compute(i);
    cache[i] = v;
  }
  return v;
}

export function extractAttributions(doc: Doc, entities: EntityLayer): AttributionLayer {
  return new Extractor(doc, entities).run();
}


class Extractor {
  private lex: AttributionLexicon = attributionLexicon();
  private toks: Token[];
  /** per token: bit b ⇔ word in grammar set b (see setBit); COMP_BIT ⇔ complementizer */
  private tokBits: Int32Array;
  private text: string;
  private quotes: Quote[] = [];
  /** index of the (long) quote containing token i, -1 if none */
  private inQuote: Int32Array;
  /** index of the quote whose opening mark is token i */
  private quoteOpenAt: Int32Array;
  private quoteCloseAt: Int32Array;
  private consumed: Uint8Array;
  private mentionAt: (EntityMention | undefined)[];
  private registry = new SourceRegistry();
  private found: Found[] = [];
  private paraOf: Int32Array;
  private outlet: string[];
  private entityName = new Map<string, string>();
  private entityType = new Map<string, string>();
  /** chain frame set by نقل in the current sentence: the quoted speaker and the outlet in between */
  private chain: { sentence: number; source: string; via: string[] } | null = null;
  /** subject of a negated cue ("لم يوضح المصدر …، واكتفى بقول") for a later cue in the sentence */
  private pending: { sentence: number; d: SourceDesc } | null = null;
  /** source descriptions parsed so far, by the token after them (for "X الذي أكد أن …") */
  private npByEnd = new Map<number, { d: SourceDesc; end: number }>();

  constructor(private doc: Doc, private entities: EntityLayer) {
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
    }
    let p = 0;
    for (const t of this.toks) {
      while (p < doc.paragraphs.length - 1 && t.start >= doc.paragraphs[p].end) p++;
      this.paraOf[t.i] = p;
    }
    this.outlet = doc.meta.outlet ? normalize(doc.meta.outlet).split(/\s+/).filter(Boolean) : [];
    this.findQuotes();
  }

  // ---------------------------------------------------------------- quotes
  private findQuotes(): void {
    const toks = this.toks;
    let k = 0;
    while (k < toks.length) {
      const para = this.paraOf[k];
      let m = k;
      while (m < toks.length && this.paraOf[m] === para) m++;
      this.quotesInParagraph(k, m);
      k = m;
    }
  }

  private quotesInParagraph(from: number, to: number): void {
    const toks = this.toks;
    const pairs: [number, number][] = [];
    const stack: number[] = [];
    let straight = -1;
    for (let k = from; k < to; k++) {
      const t = toks[k];
      if (t.kind !== 'quote') continue;
      if (t.text === '«' || t.text === '“') stack.push(k);
      else if (t.text === '»' || t.text === '”') {
        const o = stack.pop();
        if (o !== undefined && stack.length === 0) pairs.push([o, k]);
      } else if (t.text === '"') {
        if (straight < 0) straight = k;
        else {
          pairs.push([straight, k]);
          straight = -1;
        }
      }
    }
    if (stack.length) pairs.push([stack[0], -1]);
    if (straight >= 0) pairs.push([straight, -1]);
    for (const [o, c] of pairs) {
      const last = c < 0 ? to : c;
      let words = 0;
      for (let k = o + 1; k < last; k++) if (toks[k].kind === 'word' || toks[k].kind === 'latin' || toks[k].kind === 'number') words++;
      if (last <= o + 1) continue;
      const start = toks[o + 1].start;
      let endTok = last - 1;
      // an unclosed quote (a paragraph of a multi-paragraph quotation) ends before its final punctuation
      while (c < 0 && endTok > o + 1 && toks[endTok].kind === 'punct') endTok--;
      const end = toks[endTok].end;
      const q: Quote = { open: o, close: c, start, end, words, used: false };
      const qi = this.quotes.length;
      this.quotes.push(q);
      this.quoteOpenAt[o] = qi;
      if (c >= 0) this.quoteCloseAt[c] = qi;
      if (words >= MIN_QUOTE_WORDS) for (let k = o + 1; k <= endTok; k++) this.inQuote[k] = qi;
    }
  }

  // ---------------------------------------------------------------- helpers
  /** Index of the quote opening at token i, -1 if none (also past the end). */
  private qOpen(i: number): number {
    return i >= 0 && i < this.quoteOpenAt.length ? this.quoteOpenAt[i] : -1;
  }

  private sentence(i: number): number {
    return this.doc.sentenceOf[i];
  }

  /** first token and one-past-last token of each sentence, computed once (keeps lookups O(1)) */
  private sStartTok: Int32Array | null = null;
  private sEndTok: Int32Array | null = null;

  private sentenceBounds(): void {
    const ns = this.doc.sentences.length;
    this.sStartTok = new Int32Array(ns + 1).fill(-1);
    this.sEndTok = new Int32Array(ns + 1).fill(-1);
    for (let k = 0; k < this.toks.length; k++) {
      const s = this.doc.sentenceOf[k];
      if (this.sStartTok[s] < 0) this.sStartTok[s] = k;
      this.sEndTok[s] = k + 1;
    }
  }

  private sentenceEnd(i: number): number {
    if (i >= this.toks.length) return this.toks.length;
    if (!this.sEndTok) this.sentenceBounds();
    return this.sEndTok![this.sentence(i)];
  }

  private sentenceStart(i: number): number {
    if (i >= this.toks.length) return this.toks.length;
    if (!this.sStartTok) this.sentenceBounds();
    return this.sStartTok![this.sentence(i)];
  }

  private norm(i: number): string {
    return this.toks[i]?.norm ?? '';
  }

  private isComma(i: number): boolean {
    // a punct/dash token "،" or ","; precomputed per token in the constructor (tokBits)
    return i >= 0 && i < this.tokBits.length && (this.tokBits[i] & COMMA) !== 0;
  }

  private isColon(i: number): boolean {
    return i >= 0 && i < this.tokBits.length && (this.tokBits[i] & COLON) !== 0;
  }

  private isDash(i: number): boolean {
    return this.toks[i]?.kind === 'dash';
  }

  private inSet(i: number, set: string): boolean {
    if (i < 0 || i >= this.tokBits.length) return false;
    const b = setBit.get(set);
    if (b !== undefined) return (this.tokBits[i] & (1 << b)) !== 0;
    const t = this.toks[i];
    return t.kind === 'word' && (this.lex.sets[set]?.has(t.norm) ?? false);
  }

  /** normalised word at k for the phrase tries (undefined past the end or at a non-word) */
  private wordAt = (k: number): string | undefined => {
    const t = this.toks[k];
    return t !== undefined && t.kind === 'word' ? t.norm : undefined;
  };

  /** Is token i a complementizer (إن، أن، بأن، أنه …), possibly with و? */
  private isComp(i: number): boolean {
    return i >= 0 && i < this.tokBits.length && (this.tokBits[i] & COMP_BIT) !== 0;
  }

  private cueAtCache!: ({ len: number; entry: CueEntry } | null | undefined)[];
  private cueAtBound = this.cueAt0.bind(this);
  private cueAt(i: number): { len: number; entry: CueEntry } | null {
    return memoAt(this.cueAtCache, i, this.cueAtBound);
  }

  private cueAt0(i: number): { len: number; entry: CueEntry } | null {
    const t = this.toks[i];
    if (!t || t.kind !== 'word' || (this.tokBits[i] & CUE_FIRST) === 0) return null;
    const m = this.lex.cues.longestAt(this.wordAt, i, conjForms(t.norm));
    if (!m) return null;
    return { len: m.length, entry: m.values[0] };
  }

  private accordingAtCache!: ({ len: number; evidence: string } | null | undefined)[];
  private accordingAtBound = this.accordingAt0.bind(this);
  private accordingAt(i: number): { len: number; evidence: string } | null {
    return memoAt(this.accordingAtCache, i, this.accordingAtBound);
  }

  private accordingAt0(i: number): { len: number; evidence: string } | null {
    const t = this.toks[i];
    if (!t || t.kind !== 'word' || (this.tokBits[i] & ACCORDING_FIRST) === 0) return null;
    const forms = [t.norm];
    // و (not ف: فحسب = "only") may precede the phrase
    if (t.norm.length > 3 && t.norm[0] === 'و') forms.push(t.norm.slice(1));
    const m = this.lex.according.longestAt(this.wordAt, i, forms);
    if (!m) return null;
    return { len: m.length, evidence: m.values[0] };
  }

  private span(start: number, end: number): Span {
    return { start, end, text: this.text.slice(start, end) };
  }

  private tokSpan(a: number, b: number): Span {
    return this.span(this.toks[a].start, this.toks[b - 1].end);
  }

  /** Original offset inside token i after `cut` normalised characters. */
  private offsetAfter(i: number, cut: number): number {
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

  private recipientAtCache!: ([number, string] | null | undefined)[];
  private recipientAtBound = this.recipientAt0.bind(this);
  /** Recipient at i: لـ"X" / لـX / لوكالة X / إلى "X" (after تحدث). Returns [end token, name]. */
  private recipientAt(i: number): [number, string] | null {
    return memoAt(this.recipientAtCache, i, this.recipientAtBound);
  }

  private recipientAt0(i: number): [number, string] | null {
    const t = this.toks[i];
    if (!t || t.kind !== 'word') return null;
    const bare = t.norm === 'ل' || t.norm === 'الي' || t.norm === 'لي';
    // إلى "X" is a recipient only after تحدث ("تحدثت إلى "عربي بوست""), not in "داعيةً إلى "وقف النار""
    if (t.norm === 'الي' && !this.inSet(i - 1, 'recipverb')) return null;
    if (bare) {
      const q = this.qOpen(i + 1);
      if (q >= 0 && this.quotes[q].close >= 0 && this.quotes[q].words <= 4) {
        return [this.quotes[q].close + 1, this.quotes[q].close >= 0 ? this.text.slice(this.quotes[q].start, this.quotes[q].end) : ''];
      }
      if (t.norm === 'ل') {
        const np = this.nameRun(i + 1, 4);
        if (np > i + 1) return [np, this.text.slice(this.toks[i + 1].start, this.toks[np - 1].end)];
      }
      return null;
    }
    if (t.norm.startsWith('ل') && t.norm.length > 2) {
      // لرويترز، للجزيرة، لنيويورك تايمز: a known outlet (orgs.tsv, media)
      {
        const rest0 = t.norm.slice(1);
        let key = rest0;
        let keyArt = rest0.startsWith('ل') ? 'ال' + rest0.slice(1) : '';
        for (let k = i; k < Math.min(this.toks.length, i + 3); k++) {
          if (k > i) {
            if (this.toks[k].kind !== 'word' && this.toks[k].kind !== 'latin' && this.toks[k].kind !== 'number') break;
            key += ' ' + this.toks[k].norm;
            if (keyArt) keyArt += ' ' + this.toks[k].norm;
          }
          if (this.lex.mediaNames.has(key) || (keyArt && this.lex.mediaNames.has(keyArt))) {
            const startOff = this.offsetAfter(i, keyArt && this.lex.mediaNames.has(keyArt) ? 2 : 1);
            return [k + 1, (keyArt && this.lex.mediaNames.has(keyArt) ? 'ال' : '') + this.text.slice(startOff, this.toks[k].end)];
          }
        }
      }
      // لوكالة الأنباء / لعربي بوست (the article's own outlet)
      const rest = t.norm.slice(1);
      const head = this.lex.heads.get(rest.startsWith('ل') ? rest.slice(1) : rest);
      const outletHit = this.outlet.length > 0 && (rest === this.outlet[0] || 'ال' + rest.slice(1) === this.outlet[0]);
      if ((head && head.kind === 'media') || outletHit) {
        let e = i + 1;
        if (outletHit) e = Math.min(i + this.outlet.length, this.toks.length);
        else e = this.nameRun(i + 1, 4);
        // لقناة "إكسترا نيوز": the quoted name belongs to the recipient
        const q = this.qOpen(e);
        if (!outletHit && q >= 0 && this.quotes[q].close > 0 && this.quotes[q].words <= 4) e = this.quotes[q].close + 1;
        // للإذاعة = لـ + الإذاعة: restore the article in the name
        const fused = rest.startsWith('ل') && !outletHit;
        const startOff = this.offsetAfter(i, fused ? 2 : 1);
        if (!outletHit && q >= 0 && this.quotes[q].close === e - 1) return [e, this.text.slice(this.quotes[q].start, this.quotes[q].end)];
        return [e, (fused ? 'ال' : '') + this.text.slice(startOff, this.toks[e - 1].end)];
      }
    }
    return null;
  }

  /** Is token m (a name) right after a person title ("رئيس الوزراء مصطفى …"), other than the head at `head`? */
  private afterTitle(m: number, head: number): boolean {
    for (let k = m - 1; k >= Math.max(head + 1, m - 2); k--) {
      const tk = this.toks[k];
      if (!tk || tk.kind !== 'word') return false;
      if (nounForms(tk.norm).some((f) => this.lex.titleWords.has(f.stem))) return true;
    }
    return false;
  }

  /** End of a PER mention starting within [from, to) over plain words, when a boundary follows it; else -1. */
  private nameAhead(from: number, to: number): number {
    for (let m = from; m < to; m++) {
      const t = this.toks[m];
      if (t.kind !== 'word' || this.isComp(m) || this.cueAt(m) || this.recipientAt(m)) return -1;
      if (m > from && (this.inSet(m, 'stop') || this.inSet(m, 'prep') || this.inSet(m, 'rel'))) return -1;
      const mm = this.mentionAt[m];
      if (mm && mm.tokenStart === m && this.entityType.get(mm.entity) === 'PER' && mm.start === t.start) {
        const end = mm.tokenEnd;
        const nx = end;
        const ok = nx >= this.sentenceEnd(m) || this.isBoundary(nx) || this.isComma(nx) || this.statementAt(nx) !== nx || this.inSet(nx, 'prep') || this.inSet(nx, 'stop') || this.toks[nx]?.kind === 'word';
        return ok ? end : -1;
      }
    }
    return -1;
  }

  /** Tokens that may belong to a name run (no punctuation, no grammar words), from i, at most max. */
  private nameRun(i: number, max: number): number {
    let k = i;
    while (k < this.toks.length && k - i < max) {
      const t = this.toks[k];
      if (t.kind !== 'word' && t.kind !== 'latin') break;
      if (this.isComp(k) || this.inSet(k, 'stop') || this.cueAt(k) || this.inSet(k, 'then')) break;
      k++;
    }
    return k;
  }

  /** per token index, -1 until computed */
  private statementAtCache: Int32Array;
  /** "في بيان"، "في حديثه لـ…"، "خلال مؤتمر صحفي": returns the token after the phrase (cached per index). */
  private statementAt(i: number): number {
    if (i < 0 || i >= this.toks.length) return this.statementAt0(i);
    let v = this.statementAtCache[i];
    if (v < 0) {
      v = this.statementAt0(i);
      this.statementAtCache[i] = v;
    }
    return v;
  }

  private statementAt0(i: number): number {
    const t = this.toks[i];
    if (!t || t.kind !== 'word') return i;
    const n = conjForms(t.norm).pop()!;
    if (n !== 'في' && n !== 'خلال' && n !== 'عبر' && n !== 'اثناء') return i;
    const nx = this.toks[i + 1];
    if (!nx || nx.kind !== 'word') return i;
    if ((this.tokBits[i + 1] & STATEMENT) === 0) return i;
    let k = i + 2;
    if (i > 0 && this.isComma(i - 1)) {
      // "، في بيان تلاه وزير الديوان عبر التلفزيون، …": a parenthetical statement phrase closed by a comma
      for (let m = k; m < Math.min(k + 16, this.sentenceEnd(i)); m++) {
        if (this.isComma(m)) return m + 1;
        const tk = this.toks[m];
        if ((tk.kind !== 'word' && tk.kind !== 'latin' && tk.kind !== 'number' && tk.text !== '(' && tk.text !== ')') || this.isComp(m) || this.isColon(m)) break;
      }
    }
    // modifiers of the statement noun ("صحفي مشترك", "نشرها على موقعه") up to a boundary, bounded
    for (let m = k; m < Math.min(k + 5, this.toks.length); m++) {
      if (this.isBoundary(m)) return m;
      if (this.toks[m].kind !== 'word') break;
    }
    return k;
  }

  /** A token that ends a source description and opens what follows it. */
  private isBoundary(i: number): boolean {
    return this.isComp(i) || this.isColon(i) || this.recipientAt(i) !== null || (this.qOpen(i) >= 0 && this.quotes[this.qOpen(i)].words >= MIN_QUOTE_WORDS);
  }

  private reasonAtCache!: (Span | null | undefined)[];
  private reasonAtBound = this.reasonAt0.bind(this);
  private reasonAt(i: number): Span | null {
    return memoAt(this.reasonAtCache, i, this.reasonAtBound);
  }

  private reasonAt0(i: number): Span | null {
    const t = this.toks[i];
    if (!t || t.kind !== 'word' || (this.tokBits[i] & REASON_FIRST) === 0) return null;
    const m = this.lex.reasons.longestAt(this.wordAt, i, conjForms(t.norm));
    if (!m) return null;
    let k = i + m.length;
    const stopAt = Math.min(this.sentenceEnd(i), i + 16);
    while (k < stopAt) {
      const tk = this.toks[k];
      if (tk.kind === 'punct' || tk.kind === 'quote' || tk.kind === 'dash') break;
      if (this.isComp(k) && !/^(لان|لانه|لانها|لانهم|كونه|كونها)$/.test(tk.norm)) break;
      k++;
    }
    return this.tokSpan(i, k);
  }

  // ---------------------------------------------------------------- source descriptions
  /**
   * Parse a source description at token i. `allowName`: accept an unknown phrase as a name when it is
   * followed by a reporting boundary. Returns the description and the token after it.
   */
  private parseSource(i: number, allowName: boolean, governs: string[] = [], objectFollows = false): { d: SourceDesc; end: number } | null {
    let npBoundary = false;
    const toks = this.toks;
    const sEnd = this.sentenceEnd(i);
    let k = i;
    if (toks[k]?.kind === 'word' && toks[k].norm === 'ل') k++;
    // a quoted name as the source: قالت "هيومن رايتس ووتش" في تقرير إن …
    const q0 = this.qOpen(k);
    if (q0 >= 0 && this.quotes[q0].close > k && this.quotes[q0].words <= 5 && this.quotes[q0].words >= 1) {
      const quote = this.quotes[q0];
      const after = quote.close + 1;
      const ok = after >= this.sentenceEnd(k) || this.isBoundary(after) || this.isComma(after) || this.statementAt(after) !== after || this.inSet(after, 'stop') || /^(علي|عن|الي)$/.test(this.norm(after));
      if (!ok) return null;
      const span = this.quoteSpan(quote);
      const mm = this.mentionAt[k + 1];
      const d: SourceDesc = {
        kind: 'named', head: null, definite: true, ahad: false, span, words: new Set(normalize(span.text).split(/\s+/).filter(Boolean)),
        nisbas: new Set(), entity: mm && (this.entityType.get(mm.entity) === 'ORG' || this.entityType.get(mm.entity) === 'PER') ? mm.entity : null,
        evidence: ['rule:source=quoted-name'],
      };
      if (d.entity) {
        const nm = this.entityName.get(d.entity);
        if (nm) d.entityName = nm;
      }
      this.npByEnd.set(after, { d, end: after });
      return { d, end: after };
    }
    const first = toks[k];
    if (!first || (first.kind !== 'word' && first.kind !== 'latin') || this.inQuote[k] >= 0) return null;
    if (this.isComp(k) || this.inSet(k, 'pron') || this.inSet(k, 'stop') || this.inSet(k, 'prep') || this.cueAt(k) || this.accordingAt(k)) return null;
    const forms = nounForms(first.norm);
    let headIdx = k;
    let head = undefined as ReturnType<AttributionLexicon['heads']['get']>;
    // a name keeps its article but not its clitics (بالكاظمي → الكاظمي; للكاظمي → كاظمي, article restored)
    let form = forms.find((f) => f.article) ?? forms[0];
    let ahad = false;
    for (const f of forms) {
      if ((f.stem === 'احد' || f.stem === 'احدي') && toks[k + 1]?.kind === 'word') {
        const nexts = nounForms(toks[k + 1].norm);
        const nf = nexts.find((g) => this.lex.heads.has(g.stem));
        if (nf) {
          ahad = true;
          form = f;
          headIdx = k + 1;
          head = this.lex.heads.get(nf.stem);
          break;
        }
        const def = nexts.find((g) => g.article);
        if (def) {
          // "أحد المحتجين": an unnamed member of a group
          ahad = true;
          form = f;
          headIdx = k + 1;
          head = { kind: 'anonymous', key: def.stem, needsModifier: false, evidence: 'rule:ahad+definite-plural' };
          break;
        }
      }
      const h = this.lex.heads.get(f.stem);
      if (h) {
        head = h;
        form = f;
        break;
      }
    }
    const spanStart = this.offsetAfter(k, form.spanCut);
    const mention = this.mentionAt[k];
    const entityOk = mention && mention.tokenStart >= k - 0 && (this.entityType.get(mention.entity) === 'PER' || this.entityType.get(mention.entity) === 'ORG');
    if (!head && !entityOk && !allowName) return null;
    const evidence: string[] = [];
    if (head) evidence.push(head.evidence);
    // needsModifier: "مصادر الطاقة" (construct with a non-descriptor) is not a source
    if (head && head.needsModifier && !ahad) {
      const nx = toks[headIdx + 1];
      const nxForm = nx && nx.kind === 'word' ? nounForms(nx.norm) : [];
      const licensed =
        !nx || nx.kind !== 'word' || this.isBoundary(headIdx + 1) || this.inSet(headIdx + 1, 'rel') || this.cueAt(headIdx + 1) !== null ||
        nxForm.some((f) => this.lex.descriptors.has(f.stem) || this.lex.nisbas.has(f.stem)) || this.inSet(headIdx + 1, 'stop') ||
        (form.article && !nxForm.some((f) => f.article)) || this.recipientAt(headIdx + 1) !== null;
      if (!licensed) return null;
    }
    // extend over descriptors, relative clauses, sides, appositions and parentheticals
    let e = headIdx + 1;
    const limit = Math.min(sEnd, i + MAX_NP);
    const named = !head || head.kind === 'named';
    if (entityOk && mention.tokenEnd > e) e = Math.min(mention.tokenEnd, limit);
    let nameEnd = entityOk && !head ? e : -1;
    let inRel = false;
    let inPP = false;
    while (e < limit) {
      const t = toks[e];
      // "وزير الخارجية الأردني أيمن الصفدي": a title mention followed by a name mention of the same entity
      if (e === nameEnd && this.mentionAt[e] && this.mentionAt[e]!.entity === mention!.entity && this.mentionAt[e]!.tokenStart === e && this.mentionAt[e]!.tokenEnd <= limit) {
        e = this.mentionAt[e]!.tokenEnd;
        nameEnd = e;
        continue;
      }
      // a recognised name ends where its mention ends — unless an apposition follows ("…، وهو معلم …،"،
      // "رجل الدين البارز، مقتدى الصدر، إلى …")
      if (e === nameEnd && !(this.isComma(e) && (/^(وهو|وهي|وهم)$/.test(this.norm(e + 1)) || this.commaContinues(e, 'named', limit)))) break;
      if (governs.length && !inRel && governs.includes(t.norm)) break;
      // "اكتفى X بالتأكيد …": the masdar of a saying verb ends the subject
      if (this.inSet(e, 'masdar')) break;
      // "أفاد سكان في المدينة بسماع …": the governed ب is attached to the verb's object
      if (governs.includes('ب') && !inRel && e > headIdx && t.kind === 'word' && t.norm.length > 3 && t.norm[0] === 'ب' && t.norm !== 'باسم' && !this.mentionAt[e]) break;
      if (this.inQuote[e] >= 0 && !(inRel && this.qOpen(e) >= 0)) break;
      if (t.kind === 'quote') {
        // a quoted name inside a relative clause ("التي تحدثت إلى "عربي بوست"") or after a media head (وكالة "وفا")
        const q = this.qOpen(e);
        if ((inRel || (head && head.kind === 'media' && e === headIdx + 1)) && q >= 0 && this.quotes[q].close > 0 && this.quotes[q].words <= 4) {
          e = this.quotes[q].close + 1;
          continue;
        }
        break;
      }
      if (this.isComp(e) || this.isColon(e) || this.inSet(e, 'then')) break;
      if (/^(قوله|قولها|قولهم|قولهما)$/.test(t.norm)) break;
      if (this.recipientAt(e) && (!inRel || !this.inSet(e - 1, 'recipverb'))) break;
      if (this.statementAt(e) !== e) break;
      if (this.reasonAt(e)) break;
      if (this.cueAt(e) || this.accordingAt(e)) break;
      if (!inRel && this.inSet(e, 'recipverb')) break;
      if (this.isDash(e)) {
        // ـ parenthetical ـ
        let m = e + 1;
        while (m < limit && !this.isDash(m) && toks[m].kind === 'word') m++;
        if (m < limit && this.isDash(m) && m > e + 1) {
          e = m + 1;
          continue;
        }
        break;
      }
      if (t.text === '(') {
        let m = e + 1;
        while (m < Math.min(limit, e + 8) && toks[m].text !== ')') m++;
        if (m < limit && toks[m].text === ')') {
          e = m + 1;
          continue;
        }
        break;
      }
      if (this.isComma(e) && /^(وهو|وهي|وهم)$/.test(this.norm(e + 1)) && this.commaContinues(e, head ? head.kind : 'named', limit)) {
        // "X، وهو معلم من حي الجمارك، …": jump over the apposition to its closing comma
        let m = e + 2;
        while (m < this.toks.length && !this.isComma(m)) m++;
        e = m;
        inRel = false;
        if (nameEnd >= 0) break;
        continue;
      }
      if (this.isComma(e)) {
        if (this.commaContinues(e, head ? head.kind : 'named', limit)) {
          e++;
          inRel = false;
          continue;
        }
        break;
      }
      if (t.kind === 'punct' || t.kind === 'symbol') break;
      if (this.inSet(e, 'rel')) {
        if (named && !head) break;
        inRel = true;
        e++;
        continue;
      }
      if (!inRel && !named) {
        const tf = nounForms(t.norm);
        // "صحيفة X تصريحاً لـY": the statement noun starts the object
        if (!inPP && (this.tokBits[e] & STATEMENT) !== 0) break;
        if (this.inSet(e, 'stop') && !((head!.kind === 'anonymous' || head!.kind === 'vague') && /^(في|داخل)$/.test(t.norm))) break;
        if ((head!.kind === 'media' || head!.kind === 'document') && t.norm === 'عن' && !/^(ال)?(صادر|صادره|صدر|صدرت)$/.test(toks[e - 1].norm)) break;
        if (/^(من|علي|في|عن|الي|داخل|لدي|باسم)$/.test(t.norm)) inPP = true;
        else if (!inPP && form.article && (head!.kind === 'anonymous' || head!.kind === 'vague')) {
          // a definite head takes definite adjectives; an indefinite word here is the verb's object —
          // unless the entity layer knows a person's name here ("المحلل السياسي محمد الأحمد")
          const adj = tf.some((f) => f.article || this.lex.descriptors.has(f.stem) || this.lex.nisbas.has(f.stem));
          // "وطالب المحتجون الحكومة بالإفراج …": a definite word right before the governed preposition is the
          // verb's object, not an adjective of the subject
          const nx = toks[e + 1];
          if (objectFollows && governs.length && nx && nx.kind === 'word' && governs.some((g) => g === 'ب' ? nx.norm.length > 3 && nx.norm[0] === 'ب' && nx.norm !== 'باسم' : nx.norm === g) && !tf.some((f) => this.lex.descriptors.has(f.stem) || this.lex.nisbas.has(f.stem))) break;
          const name = this.mentionAt[e];
          if (name && name.tokenStart === e && this.entityType.get(name.entity) === 'PER') {
            e = Math.min(name.tokenEnd, limit);
            break;
          }
          // "المواطن أبو علي"، "الناشط سامي …": a kunya or a given name and the word after it
          if (!name && (this.lex.givenNames.has(t.norm) || /^(ابو|ام)$/.test(t.norm)) && toks[e + 1]?.kind === 'word' && !this.isBoundary(e + 1) && !this.inSet(e + 1, 'stop')) {
            e = Math.min(e + 2, limit);
            continue;
          }
          if (!adj) break;
        }
      }
      if (named && !inRel) {
        // names and titles: stop at prepositions (except باسم) and after a few words
        // "المديرة العامة للصندوق كريستالينا غورغييفا": لل inside a title, unless the clause opens here
        if (e > k && t.norm.startsWith('لل') && (this.isBoundary(e + 1) || e + 1 >= limit || this.inSet(e + 1, 'stop'))) break;
        if (/^(قوله|قولها|قولهم|قولهما)$/.test(t.norm)) break;
        // after a verb that takes an object, a guessed name does not go from a definite word to an indefinite
        // one ("وأعلنت الوزارة ارتفاع عدد …")
        if (objectFollows && !head && !entityOk && !this.mentionAt[e] && e > k && toks[e - 1].norm.startsWith('ال') && !t.norm.startsWith('ال') && t.kind === 'word' && t.norm.length > 2 &&
          !nounForms(t.norm).some((f) => f.article || this.lex.nisbas.has(f.stem) || this.lex.descriptors.has(f.stem)) && !this.lex.givenNames.has(t.norm)) {
          npBoundary = true;
          break;
        }
        // after أعلن, a performative object does not belong to a guessed name ("أعلنت الحكومة الحداد العام")
        if (objectFollows && !head && !entityOk && e > k && !this.mentionAt[e] && nounForms(t.norm).some((f) => f.article && this.lex.sets.act?.has(f.stem))) {
          npBoundary = true;
          break;
        }
        // a name holds no time or duration ("الحكومة الحداد الرسمي … لمدة أربعين يوماً")
        if (!head && !entityOk && (this.inSet(e, 'time') || t.kind === 'number' || /^(لمده|مده|لفتره|طيله|حتي)$/.test(t.norm))) break;
        // "… دعمه لكليتشدار أوغلو": a name behind a clitic preposition is an object, never part of the subject
        const cm = this.mentionAt[e];
        if (e > k && cm && cm.tokenStart === e && cm.start > t.start && !t.norm.startsWith('لل')) break;
        if (this.inSet(e, 'stop') || (toks[e].norm !== 'باسم' && /^(علي|عن|الي|من)$/.test(toks[e].norm))) {
          // "الممثل الأعلى للسياسة الخارجية في الاتحاد الأوروبي جوزيب بوريل": a title whose PP runs into a
          // person's name (entity layer) — the name ends the description
          const nm = head ? -1 : this.nameAhead(e, Math.min(limit, e + 8));
          if (nm > e) {
            e = nm;
            break;
          }
          break;
        }
        if (e - k >= 10) break;
      }
      e++;
    }
    // a preposition left dangling at the end ("خبراء من أن") belongs to the verb; so does a comma
    while (e > headIdx + 1 && ((/^(من|علي|في|عن|الي|باسم|لدي)$/.test(toks[e - 1].norm) && !(toks[e - 1].norm === 'علي' && /ي$/.test(toks[e - 1].text))) || this.isComma(e - 1))) e--;
    if (e <= k) return null;
    // an unknown phrase is a name only when a reporting structure follows it
    if (!head && !entityOk) {
      const nx = e;
      const ok = nx >= sEnd || this.isBoundary(nx) || this.skipExtras(nx, {}) !== nx || this.isComma(nx) || this.statementAt(nx) !== nx || this.isDash(nx) || this.inSet(nx, 'stop') ||
        /^(علي|عن|الي|قد|قوله|قولها|قولهم|قولهما)$/.test(this.norm(nx)) || this.inSet(nx, 'rel') || (this.toks[nx]?.kind === 'word' && this.toks[nx].norm.startsWith('لل')) || this.cueAt(nx)?.entry.cls === 'circ' || this.inSet(nx, 'then') ||
        (this.toks[nx]?.kind === 'punct' && /^[.!?؟…]$/.test(this.toks[nx].text));
      // "وأعلنت الوزارة ارتفاع …": a verb that takes an object may have its subject end at an NP boundary
      if ((!ok && !(objectFollows && npBoundary)) || e - k > 10) return null;
      if (!first.norm.startsWith('ال') && first.kind === 'word' && e - k === 1 && !/ي$/.test(first.norm) && !allowName) return null;
    }
    const endOff = toks[e - 1].end;
    const span = this.span(spanStart, endOff);
    // fused لل: the span starts after it, the label restores the article
    const fused = form.article && form.spanCut === form.cut && form.cut >= 2;
    // description words, nisbas, side
    const words = new Set<string>();
    const nisbas = new Set<string>();
    for (let m = k; m < e; m++) {
      if (m === headIdx && head) continue;
      if (m === k && ahad) continue;
      const tk = toks[m];
      if (tk.kind !== 'word') continue;
      const f = nounForms(tk.norm);
      const stem = f.find((x) => x.article)?.stem ?? f[0].stem;
      if (stem.length >= 2 && !this.lex.sets.stop.has(tk.norm) && !this.lex.sets.rel.has(tk.norm)) words.add(stem);
      for (const g of f) {
        const ns = this.lex.nisbas.get(g.stem);
        if (ns) nisbas.add(ns);
      }
    }
    const side = this.findSide(k, e);
    let kind: SourceDesc['kind'] = head ? head.kind : 'named';
    let entity: string | null = null;
    let entityName: string | undefined;
    let inner: EntityMention | undefined;
    if (!entityOk && !head) {
      for (let m = k + 1; m < e; m++) {
        const mm = this.mentionAt[m];
        if (mm && mm.tokenEnd === e && (this.entityType.get(mm.entity) === 'PER' || this.entityType.get(mm.entity) === 'ORG')) inner = mm;
      }
    }
    if (inner) {
      entity = inner.entity;
      entityName = this.entityName.get(entity);
      evidence.push('rule:title+entity');
    } else if (entityOk && (!head || head.kind === 'named' || head.kind === 'media')) {
      entity = mention.entity;
      entityName = this.entityName.get(entity);
      if (!head) kind = 'named';
      evidence.push('rule:source=entity');
    } else if (!head) {
      evidence.push('rule:source=name-before-boundary');
      // a state or capital speaking ("أعربت الرياض عن …"): the place entity covering the whole name
      if (mention && mention.tokenStart === k && mention.tokenEnd === e && this.entityType.get(mention.entity) === 'LOC') {
        entity = mention.entity;
        entityName = this.entityName.get(entity);
        evidence.push('rule:source=place-entity');
      }
    }
    if (head && head.kind === 'anonymous' && !ahad && kind === 'anonymous') {
      // "المتحدث باسم الجيش، العميد يحيى رسول": a title and a name inside the description
      for (let m = headIdx + 1; m < e - 1; m++) {
        const tf = nounForms(toks[m].norm);
        if (tf.some((f) => f.article && this.lex.titles.has(f.stem)) && toks[m + 1].kind === 'word' && !this.inSet(m + 1, 'stop') && (this.isComma(m - 1) || this.isDash(m - 1))) {
          kind = 'named';
          evidence.push('rule:role+title+name');
          break;
        }
      }
    }
    if (head && head.kind === 'anonymous' && !ahad && !head.needsModifier && kind === 'anonymous') {
      // a spokesman or role followed by a person's name is a named source — not a name inside a
      // prepositional phrase ("مقرب من المالكي"، "المطلع على اجتماع قاآني بالكاظمي")
      for (let m = headIdx + 1; m < e; m++) {
        if (/^(من|علي|في|عن|الي|لدي|مع)$/.test(toks[m].norm) || this.inSet(m, 'rel')) break;
        const mm = this.mentionAt[m];
        if (mm && this.entityType.get(mm.entity) === 'PER' && mm.tokenEnd === e && mm.kind === 'name' && mm.start === toks[mm.tokenStart].start && !this.afterTitle(mm.tokenStart, headIdx)) {
          kind = 'named';
          entity = mm.entity;
          entityName = this.entityName.get(entity);
          evidence.push('rule:role+name');
          break;
        }
      }
    }
    if (head && head.kind === 'anonymous' && !ahad && kind === 'anonymous' && !/^مقرب/.test(head.key)) {
      // "القيادي في الحركة رياض الشعيبي": a given name (not behind a preposition or another person's title)
      // followed by a family name at the end of the description names the source
      for (let m = headIdx + 1; m < e - 1; m++) {
        const tk = toks[m];
        // (a kunya "أبو علي" is how an unnamed witness is called: it does not name the source)
        if (tk.kind !== 'word' || !this.lex.givenNames.has(tk.norm) || toks[m + 1].kind !== 'word' || /^(ابو|ام)$/.test(toks[m - 1].norm)) continue;
        // "على" folds to "علي": a preposition is no name; nor is what follows a grammar word or a descriptor
        // ("علي" written with ي is the name, "على" the preposition)
        if (/ى$/.test(tk.text) || ['prep', 'stop', 'rel', 'pron'].some((set) => (this.inSet(m, set) && !/ي$/.test(tk.text)) || this.inSet(m + 1, set))) continue;
        if (nounForms(toks[m + 1].norm).some((f) => this.lex.descriptors.has(f.stem) || this.lex.heads.has(f.stem))) continue;
        if (this.inSet(m - 1, 'prep') || this.inSet(m - 1, 'stop') || /^(من|علي|عن|الي|مع|بين)$/.test(toks[m - 1].norm) || this.afterTitle(m, headIdx)) continue;
        if (this.lex.sides.some((sd) => sd.words[0] === toks[m - 1].norm && /^مقرب|^قريب/.test(sd.words[0]))) continue;
        kind = 'named';
        evidence.push('rule:role+given-name');
        break;
      }
    }
    // an outlet named without a media head ("قالت رويترز"، "ذكرت نيويورك تايمز"): a media source
    if (kind === 'named' && !head && (this.lex.mediaNames.has(normalize(entityName ?? '')) || this.lex.mediaNames.has(normalize(span.text)))) {
      kind = 'media';
      evidence.push('lexicon:data/entities/orgs.tsv(media)');
    }
    // the organisation the source speaks for or comes from: "المتحدث باسم X"، "بيان صادر عن X"، "مسؤول في X"
    let affiliation: string | undefined;
    if (head && !ahad && (head.kind === 'anonymous' || head.kind === 'document')) {
      for (let m = headIdx + 1; m < e; m++) {
        const mm = this.mentionAt[m];
        if (!mm || mm.tokenStart !== m) continue;
        const type = this.entityType.get(mm.entity);
        if (type === 'ORG' || (type === 'LOC' && (head.key === 'متحدث' || head.kind === 'document'))) {
          if (mm.entity !== entity) affiliation = mm.entity;
          break;
        }
      }
    }
    if (head && head.key === 'متحدث' && kind === 'anonymous') {
      // a spokesperson speaks on the record for a named organisation: not an anonymous source
      let official = false;
      for (let m = headIdx + 1; m < Math.min(e, headIdx + 4); m++) if (toks[m].norm === 'باسم') official = true;
      if (official || affiliation) {
        kind = 'named';
        evidence.push('rule:spokesperson-of');
      }
    }
    const d: SourceDesc = {
      kind,
      head: head ? head.key : null,
      definite: form.article || (!head && kind === 'named'),
      ahad,
      span,
      words,
      nisbas,
      entity,
      evidence,
    };
    if (entityName) d.entityName = entityName;
    else if (fused) d.entityName = 'ال' + span.text;
    if (affiliation) d.affiliation = affiliation;
    if (e === k + 1 && conjForms(first.norm).some((f) => this.lex.sets.partitive?.has(f))) {
      d.partitive = true;
      evidence.push('rule:partitive=last-group');
    }
    this.npByEnd.set(e, { d, end: e });
    if (side) d.side = side;
    if (!head && !entity) {
      // names: match on their words, with the article kept off
      d.words = new Set([...words, ...(nounForms(first.norm)[0] ? [nounForms(first.norm).find((x) => x.article)?.stem ?? nounForms(first.norm)[0].stem] : [])]);
    }
    return { d, end: e };
  }

  /**
   * "في حين اتهم رئيس الحزب سمير جعجع …": the subject of a contrasting clause (a PER/ORG name within a few
   * tokens of its verb) becomes the pending speaker for a later "قائلاً" in the sentence.
   */
  private contrastSubject(v: number): boolean {
    for (let k = v + 1; k < Math.min(this.toks.length, v + 7); k++) {
      const mm = this.mentionAt[k];
      if (!mm || mm.tokenStart !== k) continue;
      const type = this.entityType.get(mm.entity);
      if (type !== 'PER' && type !== 'ORG') continue;
      let start = v + 1;
      const r = this.parseSource(start, true) ?? this.parseSource(k, true);
      if (!r) return false;
      if (!r.d.entity) {
        r.d.entity = mm.entity;
        r.d.kind = 'named';
        const nm = this.entityName.get(mm.entity);
        if (nm) r.d.entityName = nm;
      }
      r.d.evidence.push('rule:contrast-subject');
      this.pending = { sentence: this.sentence(v), d: r.d };
      return true;
    }
    return false;
  }

  /** A short quotation followed by a statement phrase or إن: a quoted name ("هيومن رايتس ووتش" في تقرير إن). */
  private quotedNameAt(i: number): boolean {
    const q = this.qOpen(i);
    if (q < 0 || this.quotes[q].close < 0 || this.quotes[q].words > 5) return false;
    const after = this.quotes[q].close + 1;
    return this.isComp(after) || this.statementAt(after) !== after || this.recipientAt(after) !== null;
  }

  /** Does a source description with a known head or entity start at token i? (no name guessing) */
  private parseSourceQuick(i: number): boolean {
    return this.parseSource(i, false) !== null;
  }

  /** After a comma inside a source description: does the description go on? */
  private commaContinues(c: number, kind: string, limit: number): boolean {
    const nx = c + 1;
    const t = this.toks[nx];
    if (!t || t.kind !== 'word' || nx >= limit) return false;
    if (this.reasonAt(nx) || this.cueAt(nx) || this.isComp(nx) || this.inSet(nx, 'then') || this.inSet(nx, 'recipverb')) return false;
    if (this.statementAt(nx) !== nx || this.recipientAt(nx)) return false;
    if (kind === 'media' || kind === 'document') {
      // "وكالة تسنيم للأنباء، المقربة من الحرس الثوري، عن مسؤول …": a parenthetical before the chain's عن
      for (let m = nx + 1; m < Math.min(this.toks.length, nx + 10); m++) {
        if (this.isComma(m)) return this.norm(m + 1) === 'عن' || this.isBoundary(m + 1) || this.statementAt(m + 1) !== m + 1;
        if (this.toks[m].kind !== 'word' || this.cueAt(m) || this.isComp(m)) return false;
      }
      return false;
    }
    if (/^(وهو|وهي|وهم)$/.test(t.norm)) {
      // "إبراهيم آدم، وهو معلم من حي الجمارك، لـ"…"": an apposition closed by a comma before the rest
      for (let m = nx + 1; m < Math.min(this.toks.length, nx + 14); m++) {
        if (this.isComma(m)) return m > nx + 1 && (this.isBoundary(m + 1) || this.statementAt(m + 1) !== m + 1 || (this.inSet(m + 1, 'prep') && this.isComp(m + 2)) || (!!this.cueAt(m + 1) && this.cueAt(m + 1)!.entry.cls !== 'circ'));
        if (this.toks[m].kind !== 'word' || this.cueAt(m) || this.isComp(m)) return false;
      }
      return false;
    }
    const f = nounForms(t.norm);
    if (f.some((x) => this.lex.descriptors.has(x.stem) && this.lex.descriptors.get(x.stem) !== 'reason' && this.lex.descriptors.get(x.stem) !== 'role')) return true;
    if (this.lex.sides.some((s) => s.words[0] === t.norm)) return true;
    if (kind === 'named') {
      // "الرئيس التنفيذي للشركة، أحمد المسكري، في كلمة …": an apposition closed by a comma
      for (let m = nx; m < Math.min(limit + 6, nx + 6, this.toks.length); m++) {
        // "رجل الدين البارز، مقتدى الصدر، إلى …": a person's name in apposition before a governed preposition
        const nameChunk = (!!this.mentionAt[nx] && this.entityType.get(this.mentionAt[nx]!.entity) === 'PER' && this.mentionAt[nx]!.tokenEnd === m) ||
          (this.mentionAt[nx] === undefined && this.lex.givenNames.has(this.toks[nx].norm) && m - nx <= 3);
        if (this.isComma(m)) return m > nx && (this.isBoundary(m + 1) || this.statementAt(m + 1) !== m + 1 || (this.inSet(m + 1, 'prep') && (this.isComp(m + 2) || nameChunk)));
        if (this.toks[m].kind !== 'word' || this.cueAt(m) || this.isComp(m) || this.inSet(m, 'stop')) return false;
      }
      return false;
    }
    if (kind !== 'anonymous') return false;
    // an apposition or parenthetical that runs into the recipient/colon/quote (bounded)
    for (let m = nx; m < Math.min(limit, nx + 8); m++) {
      // ", العميد يحيى رسول، إلى أن …": a parenthetical closed by a comma before the content
      if (this.isComma(m)) return m > nx && (this.isBoundary(m + 1) || (this.inSet(m + 1, 'prep') && this.isComp(m + 2)));
      if (this.cueAt(m) || this.isComp(m)) return false;
      if (this.recipientAt(m) || this.isColon(m)) return true;
      if (this.toks[m].kind === 'punct') return false;
    }
    return false;
  }

  private findSide(a: number, b: number): string | undefined {
    for (let m = a + 1; m < b; m++) {
      // the first word's conjunction-stripped forms, once per position rather than once per side entry
      const first = this.toks[m] ? conjForms(this.toks[m].norm) : null;
      for (const s of this.lex.sides) {
        let ok = true;
        for (let w = 0; w < s.words.length; w++) {
          const tk = this.toks[m + w];
          if (!tk || m + w >= b || (tk.norm !== s.words[w] && !(w === 0 && first!.includes(s.words[w])))) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        const from = m + s.skip;
        if (m + s.words.length >= b) continue;
        // "سكان في مدينة الحديدة": a place is where the source is, not whom it belongs to
        const place = this.mentionAt[m + s.words.length];
        if (s.words[0] === 'في' && place && this.entityType.get(place.entity) === 'LOC') continue;
        if (s.words[0] === 'في' && /^(ال)?(مدينه|بلده|قريه|حي|مخيم|منطقه|ولايه|محافظه|الشان|مجال)$/.test(this.norm(m + 1))) continue;
        let to = m + s.words.length;
        while (to < b && !this.isComma(to) && !this.isDash(to) && this.toks[to].kind !== 'quote' && !this.inSet(to, 'rel')) to++;
        if (to <= from) continue;
        return this.text.slice(this.toks[from].start, this.toks[to - 1].end);
      }
    }
    return undefined;
  }

  // ---------------------------------------------------------------- content
  /** Indirect content from token a to the sentence end (stopping before ", قائلاً …" when `splitCirc`). */
  private clauseFrom(a: number, splitCirc: boolean): [number, number] | null {
    const sEnd = this.sentenceEnd(a);
    let b = a;
    const limit = Math.min(sEnd, a + 400);
    while (b < limit) {
      if (splitCirc && this.isComma(b)) {
        const c = this.cueAt(b + 1);
        if (c && c.entry.cls === 'circ') break;
      }
      // "…، مستذكرين …" (a participle that is not speech), "…، وهي المنطقة التي …" / "…، في إشارة إلى …" (a gloss)
      if (b > a && this.isComma(b) && (this.inSet(b + 1, 'circend') || this.glossAt(b + 1))) break;
      // "…، وذلك في حديث لقناة X": the statement phrase after the content
      if (b > a && this.isComma(b)) {
        const n = this.norm(b + 1) === 'وذلك' ? b + 2 : b + 1;
        if (this.statementAt(n) !== n && this.recipientIn(n, n + 6)) break;
      }
      // "…، في حين اتهم Y …": a contrasting clause with its own subject ends the content
      if (b > a && this.isComma(b) && (/^(فيما|بينما)$/.test(this.norm(b + 1)) || (this.norm(b + 1) === 'في' && this.norm(b + 2) === 'حين'))) {
        const v = this.norm(b + 1) === 'في' ? b + 3 : b + 2;
        if (!this.cueAt(v) && this.contrastSubject(v)) break;
      }
      // "قال X إن A وأضاف أن B": a coordinated reporting verb starts a new statement
      if (b > a + 1 && /^[وف]/.test(this.norm(b)) && this.toks[b].kind === 'word') {
        const c = this.cueAt(b);
        if (c && c.entry.cls !== 'circ' && c.entry.cls !== 'chain' && c.entry.cls !== 'passive' && conjForms(this.norm(b)).length > 1 && this.norm(b) !== conjForms(this.norm(b))[1]) {
          const nx = b + c.len;
          if (this.isComp(nx) || this.isColon(nx) || this.quoteAfter(nx) || (this.inSet(nx, 'prep') && this.isComp(nx + 1)) || this.parseSourceQuick(nx)) break;
        }
      }
      // "…، فيما قال Y إن …" / "…، بحسب Y": another attribution starts; the clause ends here
      if (b > a && (this.isComma(b) || /^(فيما|بينما)$/.test(this.norm(b)))) {
        let n2 = b + 1;
        if (this.isComma(b) && /^(فيما|بينما|كما|لكن|لكنه|لكنها|ولكنه|ولكنها|الا|غير)$/.test(this.norm(n2))) {
          n2++;
          // "…، لكن مسؤولاً في الوزارة، …، قال إن": a new subject with its own verb further on
          if (/^(لكن|ولكن|بينما|فيما)$/.test(this.norm(n2 - 1)) && this.parseSourceQuick(n2)) {
            let found = false;
            for (let m = n2 + 1; m < Math.min(this.sentenceEnd(b), n2 + 30) && !found; m++) {
              const c2 = this.cueAt(m);
              if (c2 && c2.entry.cls !== 'circ' && this.subjectBefore(m)) found = true;
              if (this.isComp(m)) break;
            }
            if (found) break;
          }
        }
        else if (this.isComma(b) && this.norm(n2) === 'في' && this.norm(n2 + 1) === 'حين') n2 += 2;
        if (/^(ان|انه|انها)$/.test(this.norm(n2)) && /^(الا|غير)$/.test(this.norm(n2 - 1))) n2++;
        const c = this.cueAt(n2);
        if ((c && c.entry.cls !== 'circ' && c.entry.cls !== 'passive' && c.entry.cls !== 'chain') || this.accordingWithSource(n2)) break;
      }
      if (this.qOpen(b) >= 0 && this.quotes[this.qOpen(b)].words >= MIN_QUOTE_WORDS && b > a && this.isColon(b - 1)) {
        b--;
        break;
      }
      b++;
    }
    // trim trailing punctuation
    while (b > a && (this.toks[b - 1].kind === 'punct' || this.toks[b - 1].kind === 'dash')) b--;
    if (b <= a) return null;
    return [a, b];
  }

  /**
   * Is the object of أعلن (grammar `act`) or of a call (`act` + `convene`) a performative act? The head
   * noun is looked for among the first words of the object (up to a comma): "كل من X وY الحداد الرسمي".
   */
  private actObject(content: Span, entry: CueEntry): boolean {
    const announce = /^(أعلن|معلنا)$/.test(entry.lemma);
    const appeal = entry.cls === 'appeal' || /^(داعيا|مطالبا|مناشدا|حاثا)$/.test(entry.lemma);
    if (!announce && !appeal) return false;
    const acts = this.lex.sets.act;
    const convene = this.lex.sets.convene;
    let k = this.firstTokenAt(content.start);
    for (let n = 0; n < 12 && k < this.toks.length && this.toks[k].start < content.end; k++, n++) {
      const t = this.toks[k];
      if (this.isComma(k)) break;
      if (t.kind !== 'word') continue;
      for (const f of nounForms(t.norm)) {
        for (const st of stripSuffix(f.stem)) {
          // استقالته → استقاله
          const forms = st.endsWith('ت') && st.length > 3 ? [st, st.slice(0, -1) + 'ه'] : [st];
          if (forms.some((x) => acts?.has(x) || (appeal && convene?.has(x)))) return true;
        }
      }
      // an object is read from its first noun(s): "دعمه"، "مظاهرات عارمة"، "عقد جلسة"
      if (announce && n >= 1 && !/^(كل|من)$/.test(t.norm) && !this.mentionAt[k]) break;
      if (appeal && n >= 2) break;
    }
    if (appeal) {
      // "دعا رجل الدين البارز، مقتدى الصدر، إلى مظاهرات": what follows the call's إلى
      let m = this.firstTokenAt(content.start);
      const stop = Math.min(this.toks.length, m + 16);
      for (; m < stop && this.toks[m].start < content.end; m++) {
        if (this.norm(m) !== 'الي') continue;
        for (let q = m + 1; q < Math.min(stop, m + 3); q++) {
          if (this.toks[q].kind === 'word' && nounForms(this.toks[q].norm).some((f) => convene?.has(f.stem) || acts?.has(f.stem))) return true;
        }
        break;
      }
    }
    return false;
  }

  /** After a dateline at a paragraph start ("أنقرة (وكالات) –", "القاهرة (أ ش أ) –"); else a. */
  private skipDateline(a: number, limit: number): number {
    if (a > 0 && this.paraOf[a - 1] === this.paraOf[a]) return a;
    for (let k = a; k < Math.min(limit, a + 8); k++) {
      const t = this.toks[k];
      if (t.kind === 'dash' || t.text === '–' || t.text === '—' || t.text === '-') return k + 1;
      if (t.kind !== 'word' && t.text !== '(' && t.text !== ')' && !this.isComma(k)) return a;
    }
    return a;
  }

  /**
   * An according-to phrase at i that introduces a source ("، بحسب مصدر …"، "، وفق ما أعلنته …") — not
   * "وفقاً لأحكام الدستور" (in accordance with), which stays inside the content.
   */
  private accordingWithSource(i: number): boolean {
    const acc = this.accordingAt(i);
    if (!acc) return false;
    const p = i + acc.len;
    if (this.norm(p) === 'ما' || /ما$/.test(this.norm(p - 1)) || /(قوله|قولها|تعبيره|تعبيرها)$/.test(this.norm(p - 1))) return true;
    return this.parseSource(p, this.entities.mentions.length === 0) !== null;
  }

  /** Is there a recipient (لـX) among tokens [a, b)? */
  private recipientIn(a: number, b: number): boolean {
    for (let k = a; k < Math.min(b, this.toks.length); k++) if (this.recipientAt(k)) return true;
    return false;
  }

  /**
   * The outlet a statement was made to when it is named away from the cue: "في تصريح لـX"، "في حديث لقناة
   * X" anywhere in the sentence (outside quotations), at most 80 tokens scanned.
   */
  private farRecipient(i: number): string | undefined {
    const a = this.sentenceStart(i);
    const b = Math.min(this.sentenceEnd(i), a + 80);
    for (let k = a; k < b; k++) {
      if (this.inQuote[k] >= 0 || this.toks[k].kind !== 'word') continue;
      const n = conjForms(this.toks[k].norm).pop()!;
      if (n !== 'في' && n !== 'خلال') continue;
      const s = this.statementAt(k);
      if (s === k) continue;
      for (let m = k + 2; m < Math.min(b, k + 5); m++) {
        const r = this.recipientAt(m);
        if (r) return r[1];
      }
    }
    return undefined;
  }

  /** A journalist's gloss opening at token i: "وهي …", "في إشارة إلى …", "فيما فُهم …" (grammar.tsv `gloss`). */
  private glossAt(i: number): boolean {
    const g = this.lex.sets.gloss;
    if (!g) return false;
    let key = '';
    for (let k = i; k < Math.min(i + 3, this.toks.length); k++) {
      if (this.toks[k].kind !== 'word') return false;
      key = key ? `${key} ${this.toks[k].norm}` : this.toks[k].norm;
      if (g.has(key)) return true;
    }
    return false;
  }

  /** A quote that opens at token i (after optional colon), long enough to be speech. */
  private quoteAfter(i: number): Quote | null {
    let k = i;
    if (this.isColon(k)) k++;
    const q = this.qOpen(k);
    if (q < 0) return null;
    const quote = this.quotes[q];
    if (quote.words < MIN_QUOTE_WORDS || quote.used) return null;
    return quote;
  }

  /** A quote that closes right before token i (skipping a comma and a conjunction), for "«…»، قال X". */
  private quoteBefore(i: number): Quote | null {
    let k = i - 1;
    if (k >= 0 && this.isComma(k)) k--;
    if (k < 0) return null;
    // only within the sentence: «…»، قال — not «…». وقال
    if (this.sentence(k) !== this.sentence(i)) return null;
    const q = this.quoteCloseAt[k];
    if (q < 0) return null;
    const quote = this.quotes[q];
    return quote.words >= MIN_QUOTE_WORDS && !quote.used ? quote : null;
  }

  private contentSpan(a: number, b: number): Span {
    return this.tokSpan(a, b);
  }

  private quoteSpan(q: Quote): Span {
    return this.span(q.start, q.end);
  }

  // ---------------------------------------------------------------- main pass
  run(): AttributionLayer {
    const toks = this.toks;
    for (let i = 0; i < toks.length; i++) {
      if (this.consumed[i] || this.inQuote[i] >= 0 || toks[i].kind !== 'word') continue;
      if (this.chain && this.chain.sentence !== this.sentence(i)) this.chain = null;
      const acc = this.accordingAt(i);
      if (acc) {
        const next = this.according(i, acc.len, acc.evidence);
        if (next > i) {
          i = next - 1;
          continue;
        }
      }
      const cue = this.cueAt(i);
      if (cue) {
        const next = this.verbCue(i, cue.len, cue.entry);
        if (next > i) i = next - 1;
        continue;
      }
      if (toks[i].norm === 'ما' && i > 0 && /^(وهو|وهي|هو|هي|وهذا|وذلك)$/.test(this.norm(i - 1))) {
        const next = this.whichConfirmed(i);
        if (next > i) {
          i = next - 1;
          continue;
        }
      }
      if (i === 0 || this.sentence(i - 1) !== this.sentence(i)) {
        const next = this.headlineColon(i);
        if (next > i) i = next - 1;
      }
    }
    this.continuedQuotes();
    this.reasonsInSentences();
    const attributions: Attribution[] = this.found
      .sort((a, b) => a.content.start - b.content.start)
      .map((f, k) => {
        const a: Attribution = { id: `A${k + 1}`, kind: f.kind, source: f.sourceId, cue: f.cue, content: f.content, evidence: f.evidence };
        if (f.recipient) a.recipient = f.recipient;
        if (f.via && f.via.length) a.via = f.via;
        return a;
      });
    return { sources: this.compact(this.registry.sources, attributions), attributions };
  }

  private consume(a: number, b: number): void {
    for (let k = a; k < b && k < this.consumed.length; k++) this.consumed[k] = 1;
  }

  private contentKeys = new Set<string>();
  private lastFound: Found | undefined;

  private emit(f: Found): void {
    // the content span excludes quotation marks at its edges; a clause that is one whole quotation is direct
    const marks = '"“”«»';
    let { start, end } = f.content;
    const t = this.text;
    const lead = marks.includes(t[start]);
    if (lead) start++;
    while (end > start && /\s/.test(t[end - 1])) end--;
    const trail = end > start && marks.includes(t[end - 1]);
    if (trail) end--;
    while (start < end && /\s/.test(t[start])) start++;
    while (end > start && /\s/.test(t[end - 1])) end--;
    if ((lead || trail) && end > start) {
      f = { ...f, content: this.span(start, end) };
      if (lead && trail && ![...f.content.text].some((ch) => marks.includes(ch)) && f.kind === 'indirect') {
        f.kind = 'direct';
        f.evidence = [...f.evidence, 'rule:whole-clause-quoted'];
      }
    }
    // one attribution per content span
    const key = `${f.content.start}:${f.content.end}`;
    if (this.contentKeys.has(key)) return;
    this.contentKeys.add(key);
    this.found.push(f);
    if (!this.lastFound || f.cue.start > this.lastFound.cue.start) this.lastFound = f;
  }

  /** Skip statement phrases, recipients, parenthetical relative clauses and anonymity reasons. */
  /** "X عن Y" at token p: Y is the source and X the link the statement came through. */
  private followChain(desc: { d: SourceDesc; end: number }, p: number, extras: { recipient?: string; reason?: Span }, evidence: string[]):
    { desc: { d: SourceDesc; end: number }; p: number; via: string[] } | null {
    const inner = this.parseSource(p + 1, true);
    if (!inner) return null;
    evidence.push('rule:chain=via-an');
    return { desc: inner, p: this.skipExtras(inner.end, extras), via: [this.registry.resolve(desc.d)] };
  }

  private skipExtras(p: number, st: { recipient?: string; reason?: Span }): number {
    const sEnd = this.sentenceEnd(p);
    for (let guard = 0; guard < 8 && p < sEnd; guard++) {
      const s = this.statementAt(p);
      if (s !== p) {
        p = s;
        continue;
      }
      const r = this.recipientAt(p);
      if (r) {
        st.recipient ??= r[1];
        p = r[0];
        continue;
      }
      if (this.inSet(p, 'recipverb')) {
        const r2 = this.recipientAt(p + 1);
        if (r2) {
          st.recipient ??= r2[1];
          p = r2[0];
          continue;
        }
      }
      if (this.isComma(p)) {
        const reason = this.reasonAt(p + 1);
        if (reason) {
          st.reason ??= reason;
          let k = p + 1;
          while (k < sEnd && this.toks[k].end <= reason.end) k++;
          p = k;
          continue;
        }
        if (this.inSet(p + 1, 'recipverb') && this.recipientAt(p + 2)) {
          const r3 = this.recipientAt(p + 2)!;
          st.recipient ??= r3[1];
          p = r3[0];
          continue;
        }
        if (this.inSet(p + 1, 'rel')) {
          // ", التي اعتقد البعض …،" — a bounded parenthetical relative clause
          let k = p + 2;
          while (k < Math.min(sEnd, p + 25) && !this.isComma(k)) k++;
          if (k < sEnd && this.isComma(k)) {
            p = k + 1;
            continue;
          }
        }
        if (this.isComp(p + 1) || (this.inSet(p + 1, 'prep') && this.isComp(p + 2)) || this.isColon(p + 1) || this.norm(p + 1) === 'عن' || this.statementAt(p + 1) !== p + 1 || this.recipientAt(p + 1) || this.quoteAfter(p + 1)) {
          p++;
          continue;
        }
        return p;
      }
      // "(الخوذ البيضاء)" — a parenthesis between the source and the content
      if (this.toks[p].text === '(') {
        let m = p + 1;
        while (m < Math.min(sEnd, p + 10) && this.toks[m].text !== ')') m++;
        if (m < sEnd && this.toks[m].text === ')') {
          p = m + 1;
          continue;
        }
        return p;
      }
      // "للصحفيين:" — an addressee before the content
      if (this.toks[p].kind === 'word' && this.toks[p].norm.startsWith('لل') && (this.isColon(p + 1) || this.isComp(p + 1) || this.quoteAfter(p + 1))) {
        p++;
        continue;
      }
      // "للصحفيين في نجامينا إن …": an addressee with a short place phrase
      if (this.toks[p].kind === 'word' && this.toks[p].norm.startsWith('لل') && /^(في|ب)$/.test(this.norm(p + 1))) {
        let m = p + 2;
        while (m < Math.min(sEnd, p + 5) && this.toks[m].kind === 'word' && !this.isComp(m)) m++;
        if (this.isComp(m) || this.isColon(m) || this.quoteAfter(m)) {
          p = m;
          continue;
        }
      }
      const reason = this.reasonAt(p);
      if (reason) {
        st.reason ??= reason;
        let k = p;
        while (k < sEnd && this.toks[k].end <= reason.end) k++;
        p = k;
        continue;
      }
      return p;
    }
    return p;
  }

  /** Content after a cue (and its source): quote, colon passage or complement clause. */
  private contentAt(
    p: number,
    cls: CueEntry['cls'] | 'according',
    splitCirc: boolean,
  ): { kind: 'direct' | 'indirect'; content: Span; end: number; quote?: Quote; rule: string } | null {
    const sEnd = this.sentenceEnd(p);
    const q = this.quoteAfter(p);
    if (q) {
      return { kind: 'direct', content: this.quoteSpan(q), end: q.close >= 0 ? q.close + 1 : sEnd, quote: q, rule: 'rule:cue+quote' };
    }
    if (this.isColon(p) && this.isComp(p + 1)) {
      // "وقالت: إن …" — an old-style colon before a complementizer: reported speech
      const c = this.clauseFrom(p + 2, splitCirc);
      if (c) return { kind: 'indirect', content: this.contentSpan(c[0], c[1]), end: c[1], rule: 'rule:cue+colon+complement' };
    }
    if (this.isColon(p)) {
      const c = this.clauseFrom(p + 1, false);
      // ": «نحن جاهزون»" — a short quotation is still a quotation: drop its marks
      const sq = this.qOpen(p + 1);
      if (c && sq >= 0 && this.quotes[sq].close >= 0 && this.quotes[sq].close >= c[1] - 1 && !this.quotes[sq].used) {
        const quote = this.quotes[sq];
        return { kind: 'direct', content: this.quoteSpan(quote), end: Math.max(c[1], quote.close + 1), quote, rule: 'rule:cue+colon+quote' };
      }
      if (c) return { kind: 'direct', content: this.contentSpan(c[0], c[1]), end: c[1], rule: 'rule:cue+colon' };
      return null;
    }
    let k = p;
    // إلى أن، على أن، من أن، عن أن
    if (this.inSet(k, 'prep') && this.isComp(k + 1)) k++;
    if (this.isComp(k)) {
      const c = this.clauseFrom(k + 1, splitCirc);
      if (!c) return null;
      // إن "…" — the whole complement is a quotation: direct speech
      const q = this.qOpen(c[0]);
      if (q >= 0 && this.quotes[q].close >= 0 && this.quotes[q].words >= MIN_QUOTE_WORDS && this.quotes[q].close >= c[1] - 1) {
        const quote = this.quotes[q];
        return { kind: 'direct', content: this.quoteSpan(quote), end: Math.max(c[1], quote.close + 1), quote, rule: 'rule:cue+complement-quote' };
      }
      return { kind: 'indirect', content: this.contentSpan(c[0], c[1]), end: c[1], rule: 'rule:cue+complement' };
    }
    if (cls === 'state' || cls === 'appeal' || cls === 'circ') {
      // "أكد في خطابه أمام البرلمان، في 25 ديسمبر، أن …": a complementizer a few words on wins over an object;
      // after a participle only a short object ("واصفة الوضع بأنه …")
      for (let m = p; m < Math.min(sEnd, p + (cls === 'circ' ? 4 : 14)); m++) {
        if (cls === 'circ' && (this.isComma(m) || this.toks[m].kind === 'punct')) break;
        const sq = this.qOpen(m);
        if (sq >= 0 && this.quotes[sq].close > m && this.quotes[sq].words < MIN_QUOTE_WORDS) {
          m = this.quotes[sq].close;
          continue;
        }
        if (this.cueAt(m) || this.accordingAt(m) || this.toks[m].kind === 'quote') break;
        if (this.isComp(m)) {
          if (m === p) break;
          return this.contentAt(m, cls, splitCirc);
        }
      }
    }
    if ((cls === 'state' || cls === 'circ' || cls === 'appeal') && (this.toks[p]?.kind === 'word' || this.isComma(p))) {
      let a = p;
      // "في السودان، الأحد، استئناف …": place and time set off by commas before the object
      for (let guard = 0; guard < 3; guard++) {
        // a short chunk set off by commas is a time or a place ("الأحد،"، "في السودان،")، not the object itself
        const timeOrPlace = this.inSet(a, 'time') || this.toks[a]?.kind === 'number' || (!!this.mentionAt[a] && this.entityType.get(this.mentionAt[a]!.entity) === 'LOC');
        const shortChunk = timeOrPlace && (this.isComma(a + 1) || (this.isComma(a + 2) && this.toks[a + 1]?.kind === 'word'));
        if (!(this.isComma(a) || /^(في|يوم|مساء|صباح|امس|اليوم)$/.test(this.norm(a)) || shortChunk)) break;
        // "، استخدام الرصاص الحي، مؤكداً …": after a comma, a chunk that is no time or place is the object itself
        if (this.isComma(a) && !(this.inSet(a + 1, 'time') || this.toks[a + 1]?.kind === 'number' || /^(في|يوم|خلال|مساء|صباح|امس|اليوم)$/.test(this.norm(a + 1)) ||
          (!!this.mentionAt[a + 1] && this.entityType.get(this.mentionAt[a + 1]!.entity) === 'LOC'))) {
          a++;
          break;
        }
        if (shortChunk && !this.isComma(a)) {
          a = this.isComma(a + 1) ? a + 2 : a + 3;
          continue;
        }
        let m = a + 1;
        while (m < Math.min(sEnd, a + 5) && !this.isComma(m)) m++;
        if (m < sEnd && this.isComma(m) && m + 1 < sEnd) a = m + 1;
        else break;
      }
      if (this.inSet(a, 'prep') && (this.toks[a].norm !== 'ب' || this.qOpen(a + 1) >= 0)) a++;
      if (this.quoteAfter(a)) return this.contentAt(a, cls, splitCirc);
      const c = this.clauseFrom(a, splitCirc);
      // a call needs only its object ("دعت إلى ضبط النفس")
      if (c && c[1] - c[0] >= (cls === 'appeal' ? 1 : 3)) return { kind: 'indirect', content: this.contentSpan(c[0], c[1]), end: c[1], rule: 'rule:cue+object' };
      return null;
    }
    if (cls === 'say' || cls === 'opinion' || cls === 'passive' || cls === 'doc') {
      // "قال الوزير في مؤتمر صحفي عقده أمس إن …": a complementizer or colon a few words on
      for (let m = p; m < Math.min(sEnd, p + 24); m++) {
        const sq = this.qOpen(m);
        if (sq >= 0 && this.quotes[sq].close > m && this.quotes[sq].words < MIN_QUOTE_WORDS) {
          m = this.quotes[sq].close;
          continue;
        }
        if (this.cueAt(m) || this.accordingAt(m) || (this.toks[m].kind === 'quote' && !this.quoteAfter(m))) break;
        if (this.isComp(m) || this.isColon(m) || this.quoteAfter(m)) return this.contentAt(m, cls, splitCirc);
      }
    }
    return null;
  }

  /** The speaker of a subject-less cue ("وأضاف"، "قائلاً"): chain frame, same sentence, or the last speaker. */
  private currentSpeaker(i: number): { sourceId: string; via?: string[]; recipient?: string } | null {
    const s = this.sentence(i);
    if (this.chain && this.chain.sentence === s) return { sourceId: this.chain.source, via: this.chain.via };
    if (this.pending && this.pending.sentence === s) {
      const id = this.registry.resolve(this.pending.d);
      this.pending = null;
      return { sourceId: id };
    }
    const last = this.lastFound;
    // "…، في حين اتهم رئيس الحزب X …، قائلاً": the subject of the clause the participle follows,
    // unless that name sits inside the content of the sentence's last statement
    if (i > 0 && this.isComma(i - 1)) {
      const cs = this.clauseSubject(i - 1);
      // (a name between the last statement's cue and the end of its content is its source, link or content)
      if (cs && !(last && last.sentence === s && last.cue.start <= cs.at && cs.at < last.content.end) && !(last && last.sentence === s && last.cue.start > cs.at)) {
        return { sourceId: this.registry.resolve(cs.d) };
      }
    }
    if (last && last.sentence === s && last.cue.start < this.toks[i].start) {
      const r: { sourceId: string; via?: string[] } = { sourceId: last.sourceId };
      if (last.via) r.via = last.via;
      return r;
    }
    // the subject of the sentence: "رحّب وزير المالية محمد معيط بالقرار، وقال …"
    const subj = this.sentenceSubject(i);
    if (subj) return { sourceId: this.registry.resolve(subj) };
    if (last && last.cue.start < this.toks[i].start && s - last.sentence <= CONTINUATION_SENTENCES) {
      // "وقالت الوزيرة … وأضاف السفير … وأضافت أن …": a past verb's gender picks the last speaker that agrees
      const g = this.cueGender(i);
      let pick = last;
      if (g && this.sourceGender(last.sourceId) === (g === 'f' ? 'm' : 'f')) {
        const seen = new Set<string>([last.sourceId]);
        for (let k = this.found.length - 1, n = 0; k >= 0 && n < 8; k--, n++) {
          const f = this.found[k];
          if (f.cue.start >= this.toks[i].start || seen.has(f.sourceId)) continue;
          seen.add(f.sourceId);
          if (s - f.sentence > CONTINUATION_SENTENCES) break;
          if (this.sourceGender(f.sourceId) === g) {
            pick = f;
            break;
          }
        }
      }
      const r: { sourceId: string; via?: string[]; recipient?: string } = { sourceId: pick.sourceId };
      if (pick.via) r.via = pick.via;
      return r;
    }
    return null;
  }

  /** Gender of a past-tense cue verb: قالت/أضافت → f, قال/أضاف → m; null for other forms. */
  private cueGender(i: number): 'm' | 'f' | null {
    const c = this.cueAt(i);
    if (!c || c.len !== 1) return null;
    const lemma = normalize(c.entry.lemma);
    const forms = conjForms(this.norm(i));
    if (forms.includes(lemma + 'ت')) return 'f';
    if (forms.includes(lemma) && /^(قال|اضاف|تابع|اوضح|اكد|اشار|لفت|شدد|اعتبر|صرح|اعلن|كشف|ذكر|افاد|حذر|نفي|استطرد|اردف|زاد)$/.test(lemma)) return 'm';
    return null;
  }

  /** Grammatical gender of a source from its first mention's head word (الوزيرة، الوزارة، المصادر → f). */
  private sourceGender(id: string): 'm' | 'f' | null {
    const src = this.registry.get(id);
    const w = src?.mentions[0]?.text.split(/\s+/)[0];
    if (!src || !w) return null;
    const forms = nounForms(normalize(w));
    const stem = forms.find((f) => f.article)?.stem ?? forms[0]?.stem ?? '';
    const head = this.lex.heads.get(stem);
    // non-human plurals and words in -ة take feminine verbs ("وأضافت المصادر"، "وأضافت الوزارة")
    if (stem.endsWith('ه') || (head && /^(مصادر|جهات|اوساط|دوائر)$/.test(head.key))) return 'f';
    if (src.kind === 'named' && src.entity && this.entityType.get(src.entity) === 'PER' && !head && !this.lex.titleWords.has(stem)) return null;
    if ((head && head.kind === 'anonymous') || this.lex.titleWords.has(stem)) return 'm';
    return null;
  }

  /**
   * The PER/ORG subject of the clause that ends at comma c (back to the previous comma or the sentence
   * start, at most 20 tokens): the first name not after a preposition or a clitic, a person before an org.
   */
  private clauseSubject(c: number): { d: SourceDesc; at: number } | null {
    const sStart = this.sentenceStart(c);
    let cs = c - 1;
    while (cs > sStart && cs > c - 20 && !this.isComma(cs - 1)) cs--;
    if (cs > sStart && this.isComma(cs - 1) === false && cs === c - 20) return null;
    let pick = -1;
    let pickType = '';
    for (let k = cs; k < c; k++) {
      if (this.inQuote[k] >= 0) continue;
      const mm = this.mentionAt[k];
      if (!mm || mm.tokenStart !== k || mm.start !== this.toks[k].start) continue;
      const type = this.entityType.get(mm.entity);
      if (type !== 'PER' && type !== 'ORG') continue;
      if (k > cs && (this.inSet(k - 1, 'prep') || this.inSet(k - 1, 'stop') || /^(بين|حول|ضد)$/.test(this.norm(k - 1)))) continue;
      if (type === 'PER') {
        pick = k;
        pickType = type;
        break;
      }
      if (pick < 0) {
        pick = k;
        pickType = type;
      }
    }
    if (pick < 0 || !pickType) return null;
    const mm = this.mentionAt[pick]!;
    // the whole description from the clause's verb when it runs to the name ("رئيس الحزب سمير جعجع")
    let r: { d: SourceDesc; end: number } | null = null;
    for (let v = cs; v < pick && !r; v++) {
      const t = this.parseSource(v + 1, true);
      if (t && t.end >= mm.tokenEnd && t.d.entity === mm.entity) r = t;
    }
    r ??= this.parseSource(pick, true);
    if (!r) return null;
    if (!r.d.entity) {
      r.d.entity = mm.entity;
      r.d.kind = 'named';
      const nm = this.entityName.get(mm.entity);
      if (nm) r.d.entityName = nm;
    }
    r.d.evidence.push('rule:clause-subject');
    return { d: r.d, at: this.toks[pick].start };
  }

  /** The person (PER entity) mentioned last before token i, within this and the two previous sentences. */
  private lastPerson(i: number): { d: SourceDesc; end: number } | null {
    const s = this.sentence(i);
    for (let k = i - 1; k >= 0 && this.sentence(k) >= s - 2 && k > i - 120; k--) {
      if (this.inQuote[k] >= 0) continue;
      const mm = this.mentionAt[k];
      if (!mm || mm.tokenStart !== k || this.entityType.get(mm.entity) !== 'PER') continue;
      const r = this.parseSource(k, true);
      if (!r) continue;
      if (!r.d.entity) {
        r.d.entity = mm.entity;
        r.d.kind = 'named';
      }
      const nm = this.entityName.get(mm.entity);
      if (nm) r.d.entityName = nm;
      r.d.evidence.push('rule:honorific=last-person');
      return r;
    }
    return null;
  }

  /** A PER/ORG name near the start of the cue's sentence, not inside a prepositional phrase. */
  private sentenceSubject(i: number): SourceDesc | null {
    const sStart = this.sentenceStart(i);
    for (let k = sStart; k < Math.min(i, sStart + 8); k++) {
      const mm = this.mentionAt[k];
      if (!mm || mm.tokenStart !== k || mm.kind !== 'name') continue;
      const type = this.entityType.get(mm.entity);
      if (type !== 'PER' && type !== 'ORG') continue;
      if (mm.start !== this.toks[k].start) return null; // a clitic (بالقرار، للرئيس): not a subject
      if (k > sStart && /^(من|علي|في|عن|الي|مع|لدي|بين|حول)$/.test(this.norm(k - 1))) return null;
      const r = this.parseSource(k, true);
      if (!r) return null;
      r.d.evidence.push('rule:sentence-subject');
      return r.d;
    }
    return null;
  }

  private verbCue(i: number, len: number, entry: CueEntry): number {
    const toks = this.toks;
    const sEnd = this.sentenceEnd(i);
    const cueSpan = this.cueSpan(i, len);
    let p = i + len;
    const extras: { recipient?: string; reason?: Span } = {};
    const evidence = [entry.evidence];
    p = this.skipExtras(p, extras);
    let desc: { d: SourceDesc; end: number } | null = null;
    let via: string[] | undefined;
    // "مظاهرات غاضبة تطالب بإسقاط الحكومة"، "شعارات تدعو إلى …": a present-tense verb right after an
    // indefinite noun is an adjectival clause of that noun, not a reporting verb with its own subject
    {
      const prev = toks[i - 1];
      const lemma0 = normalize(entry.lemma)[0];
      const present = /^[يت]/.test(toks[i].norm) && lemma0 !== toks[i].norm[0] && conjForms(toks[i].norm).length === 1;
      if (present && entry.cls !== 'circ' && prev && prev.kind === 'word' && !this.mentionAt[i - 1] && !nounForms(prev.norm).some((f) => f.article) &&
        !['discourse', 'rel', 'comp', 'neg', 'then', 'stop', 'prep', 'time', 'pron', 'honorific'].some((set) => this.inSet(i - 1, set)) &&
        !this.lex.heads.has(nounForms(prev.norm)[0]?.stem ?? '') && !/^(ثم|حيث|اذ|عندما|حين|حينما|كما|وقد|فقد|قد|لقد|بينما|فيما|ولا|لا|ما|الذي|التي)$/.test(prev.norm)) {
        return i + len;
      }
    }
    // "فضل عدم ذكر اسمه": a cue word inside an anonymity reason is no statement
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const r = this.reasonAt(k);
      if (r && r.end >= toks[i].end) return i + len;
    }
    // "ويُذكر أن …": the journalist's own aside ("it is worth noting"), no one's statement
    if (conjForms(this.norm(i)).some((f) => this.lex.sets.aside?.has(f)) && this.isComp(i + len)) return i + len;
    // "أُعلن أن …"، "ذُكر أن …": a vocalised passive past has no speaker — impersonal (vague) source
    const vocalisedPassive = (entry.cls === 'say' || entry.cls === 'state') && /^[وف]?[^\u064B-\u0652]\u064F/.test(toks[i].text) && !/^[وف]?[يت]/.test(toks[i].norm);
    if (vocalisedPassive) {
      const d: SourceDesc = { kind: 'vague', head: normalize(cueSpan.text), definite: false, ahad: false, span: cueSpan, words: new Set(), nisbas: new Set(), entity: null, evidence: [entry.evidence, 'rule:vocalised-passive'] };
      desc = { d, end: p };
    } else if (entry.cls === 'passive') {
      // نُقل عن X قوله …
      if (this.norm(i + len - 1) === 'عن' || this.norm(p) === 'عن') {
        if (this.norm(p) === 'عن') p++;
        desc = this.parseSource(p, true);
      }
      if (!desc) {
        const d: SourceDesc = { kind: 'vague', head: cueSpan.text, definite: false, ahad: false, span: cueSpan, words: new Set(), nisbas: new Set(), entity: null, evidence: [entry.evidence] };
        desc = { d, end: p };
      }
    } else if (entry.cls === 'doc') {
      desc = this.parseSource(p, false);
      if (desc && desc.d.kind !== 'document') desc = null;
    } else if (entry.cls !== 'circ') {
      // "غير أن مصدراً مسؤولاً نفى …": a subject already stated before the verb wins
      const before = this.subjectBefore(i);
      if (before && (before.d.head || before.d.entity)) {
        desc = before;
        evidence.push('rule:subject-before-verb');
      } else if (!this.isComp(p) && !this.isColon(p) && (!this.quoteAfter(p) || this.quotedNameAt(p)) && !(this.inSet(p, 'prep') && this.isComp(p + 1))) {
        desc = this.parseSource(p, true, entry.governs, entry.cls === 'state' || entry.cls === 'appeal');
      }
    }
    if (desc && i > 0 && this.inSet(i - 1, 'neg') && entry.cls !== 'passive') {
      // "لم يوضح المصدر …": not a statement; its subject may speak later in the sentence
      this.pending = { sentence: this.sentence(i), d: desc.d };
      this.consume(i, desc.end);
      return desc.end;
    }
    // "وأشار معاليه إلى …"، "وأكد سموه": an honorific pronoun refers to the dignitary mentioned last (a
    // person named before it, in this or the two sentences before), else to the current speaker
    if (desc && desc.end === p + 1 && this.inSet(p, 'honorific')) {
      const ref = this.lastPerson(i);
      desc = ref;
      p++;
      if (ref) ref.end = p;
      evidence.push(ref ? 'rule:honorific=last-person' : 'rule:honorific=current-speaker');
    }
    if (desc && desc.end > i) {
      p = desc.end;
      if (extras.reason) desc.d.reason = extras.reason;
      p = this.skipExtras(p, extras);
      if (extras.reason && !desc.d.reason) desc.d.reason = extras.reason;
    }
    // chains: X نقل عن Y / X نقل تصريحاً لـY
    if (entry.cls === 'chain' || (desc && this.norm(p) === 'عن' && (desc.d.kind === 'media' || desc.d.kind === 'document'))) {
      // "نسبت صحيفة X إلى مصادر قولها": نسب takes its source after إلى
      if (desc && (this.norm(p) === 'عن' || (entry.governs.includes('الي') && this.norm(p) === 'الي'))) {
        const chained = this.followChain(desc, p, extras, evidence);
        if (chained) ({ desc, p, via } = chained);
      } else if (desc && toks[p]?.kind === 'word' && nounForms(toks[p].norm).some((f) => this.lex.statements.has(f.stem))) {
        // "تصريحاً للكاظمي"
        const nx = toks[p + 1];
        if (nx && nx.kind === 'word' && nx.norm.startsWith('ل')) {
          const inner = this.parseSource(p + 1, true);
          if (inner) {
            via = [this.registry.resolve(desc.d)];
            const speaker = this.registry.resolve(inner.d);
            this.chain = { sentence: this.sentence(i), source: speaker, via };
            evidence.push('rule:chain=statement-of');
            this.consume(i, inner.end);
            return inner.end;
          }
        }
      }
      if (entry.cls === 'chain' && !via) {
        // نقل used as "moved/transferred": only an attribution with content right after
        if (!desc) return i + len;
      }
    }
    // "ذكرت الوكالة نقلاً عن مصدر أمني أن …": the agency is a link, the source follows
    if (desc && !via) {
      const acc = this.accordingAt(p);
      if (acc && /^(نقلا عن|علي لسان)$/.test(this.toks.slice(p, p + acc.len).map((t) => t.norm).join(' '))) {
        const inner = this.parseSource(p + acc.len, true);
        if (inner) {
          via = [this.registry.resolve(desc.d)];
          desc = inner;
          p = this.skipExtras(inner.end, extras);
          evidence.push('rule:chain=naqlan-an');
        }
      }
    }
    // قوله/قولها after a chain or passive: "نقل عن المصدر قوله: …"
    if (toks[p]?.kind === 'word' && /^(قوله|قولها|قولهم|قولهما)$/.test(toks[p].norm)) p++;
    // "اكتفى الناطق … بالتأكيد في تصريح لـX أن …"
    if (this.inSet(p, 'masdar')) p = this.skipExtras(p + 1, extras);
    let speaker: { sourceId: string; via?: string[]; recipient?: string } | null = null;
    if (!desc && entry.cls !== 'circ' && entry.cls !== 'passive' && i > 0 && this.inSet(i - 1, 'rel') && this.npByEnd.has(i - 1)) {
      // "على لسان وزير الدفاع الذي أكد أن …": the antecedent of the relative pronoun
      desc = this.npByEnd.get(i - 1)!;
      evidence.push('rule:relative-antecedent');
    }
    if (!desc && entry.cls !== 'circ' && entry.cls !== 'passive') {
      // "وكان الوزير قد قال إن …": the subject sits between كان and قد
      const sv = this.subjectBefore(i);
      if (sv) {
        desc = sv;
        evidence.push('rule:subject-before-verb');
      }
    }
    // a feminine participle without a comma before it may be a noun ("في ظل مطالبة الشارع"): only with
    // its content right after it ("مضيفة أن"، "داعية إلى "…"")
    if (entry.cls === 'circ' && !desc && i > 0 && !this.isComma(i - 1) && /ه$/.test(this.norm(i)) && !this.isComp(p) && !this.isColon(p) && !this.quoteAfter(p) &&
      !(this.inSet(p, 'prep') && (this.isComp(p + 1) || this.quoteAfter(p + 1)))) return i + len;
    if (!desc) {
      if (entry.cls === 'doc') return i + len;
      // "مظاهرات عارمة تطالب بخروج القوات": a bare verb right after a noun is an adjectival clause of
      // that noun, not a subject-less continuation of the last speaker (which comes as وأضاف، ثم قال …)
      const prev = this.toks[i - 1];
      if (entry.cls !== 'circ' && entry.cls !== 'passive' && prev && prev.kind === 'word' && conjForms(this.norm(i)).length === 1 &&
        !['discourse', 'rel', 'comp', 'neg', 'then', 'stop'].some((set) => this.inSet(i - 1, set)) && !/^(ثم|حيث|اذ|عندما|حين|حينما|كما|وقد|فقد)$/.test(prev.norm)) {
        return i + len;
      }
      speaker = this.currentSpeaker(i);
    }
    // "وأضاف المصدر قائلاً: …": the participle only introduces the verb's own content
    if (entry.cls !== 'circ') {
      const circ = this.cueAt(p);
      if (circ && circ.entry.cls === 'circ' && circ.entry.lemma === 'قائلا') p += circ.len;
    }
    // «…»، قال المصدر — the quote before the cue comes first; one after it is the quote resumed
    const before = entry.cls !== 'circ' && (desc || speaker) ? this.quoteBefore(i) : null;
    // "أفاد سكان بسماع دوي انفجارات": the governed بـ + masdar is the reported content
    const governedObject = entry.governs.includes('ب') && this.toks[p]?.kind === 'word' && this.toks[p].norm.length > 3 && this.toks[p].norm[0] === 'ب' && !this.isComp(p);
    let content: ReturnType<Extractor['contentAt']> = before
      ? { kind: 'direct', content: this.quoteSpan(before), end: p, quote: before, rule: 'rule:quote+cue' }
      : this.contentAt(p, governedObject && entry.cls === 'say' ? 'state' : entry.cls, true);
    if (!content && (desc || speaker) && entry.cls !== 'circ' && i > 0 && this.isComma(i - 1)) {
      let q = p;
      while (q < sEnd && (this.toks[q].kind === 'punct' || this.toks[q].kind === 'dash')) q++;
      if (q >= sEnd) {
        // nothing follows the source: the clause before the cue is the content
        const sStart = this.sentenceStart(i);
        let a = sStart;
        while (a < i && (this.inSet(a, 'discourse') || this.toks[a].kind === 'punct')) a++;
        let b = i - 1;
        while (b > a && this.toks[b - 1].kind === 'punct') b--;
        if (b - a >= 3 && !this.consumed[a]) content = { kind: 'indirect', content: this.contentSpan(a, b), end: sEnd, rule: 'rule:clause+cue' };
      }
    }
    if (!content) return i + len;
    if (entry.cls === 'opinion' && content.kind === 'indirect' && content.rule === 'rule:cue+object') return i + len;
    // "أعلن الحداد"، "أعلن دعمه لـX"، "دعا إلى مظاهرات/عقد جلسة": a performative act, not a reported claim
    if (content.kind === 'indirect' && content.rule === 'rule:cue+object' && this.actObject(content.content, entry)) return i + len;
    if (!desc && !speaker) return i + len;
    const sourceId = desc ? this.registry.resolve(desc.d) : speaker!.sourceId;
    if (desc?.d.reason) this.registry.addReason(sourceId, desc.d.reason);
    if (!via && speaker?.via) via = speaker.via;
    evidence.push(content.rule);
    if (!desc) evidence.push(entry.cls === 'circ' ? 'rule:circumstantial=current-speaker' : 'rule:continuation=last-speaker');
    const f: Found = { kind: content.kind, sourceId, cue: cueSpan, content: content.content, evidence, sentence: this.sentence(i) };
    extras.recipient ??= this.farRecipient(i);
    if (extras.recipient) f.recipient = extras.recipient;
    if (via) f.via = via;
    this.emit(f);
    if (content.quote) content.quote.used = true;
    let end = content.end;
    // a quote resumed after the source: "«…»، يقول المصدر، «…»"
    if (content.rule === 'rule:quote+cue') {
      let k = p;
      if (this.isComma(k)) k++;
      const again = this.quoteAfter(k);
      if (again) {
        again.used = true;
        this.emit({ ...f, content: this.quoteSpan(again), evidence: [...evidence, 'rule:quote-resumed'] });
        end = again.close >= 0 ? again.close + 1 : this.sentenceEnd(k);
      }
    }
    this.consume(i, Math.max(end, i + len));
    return Math.max(end, i + len);
  }

  /**
   * "…، وهو ما أكده المتحدث باسم الجيش": the clause before "وهو ما" is the content of the cue verb (with its
   * object pronoun) and the source follows the verb.
   */
  private whichConfirmed(i: number): number {
    const v = i + 1;
    const t = this.toks[v];
    if (!t || t.kind !== 'word') return i;
    const base = t.norm.replace(/(ته|ها|ه)$/, '');
    if (base === t.norm) return i;
    const m = this.lex.cues.matchAt(() => undefined, v, [base, base + 'ت']);
    if (!m.length) return i;
    const entry = m[0].values[0];
    if (entry.cls === 'circ' || entry.cls === 'passive' || entry.cls === 'doc') return i;
    const desc = this.parseSource(v + 1, true);
    if (!desc) return i;
    const sStart = this.sentenceStart(i);
    let a = this.skipDateline(sStart, i);
    while (a < i && (this.inSet(a, 'discourse') || this.toks[a].kind === 'punct')) a++;
    let b = i - 1;
    while (b > a && (this.isComma(b - 1) || this.toks[b - 1].kind === 'punct')) b--;
    if (b - a < 3 || this.consumed[b - 1]) return i;
    const sourceId = this.registry.resolve(desc.d);
    const extras: { recipient?: string; reason?: Span } = {};
    const end = this.skipExtras(desc.end, extras);
    const f: Found = { kind: 'indirect', sourceId, cue: this.span(t.start, t.end), content: this.contentSpan(a, b), evidence: [entry.evidence, 'rule:which-X-confirmed'], sentence: this.sentence(i) };
    if (extras.recipient) f.recipient = extras.recipient;
    this.emit(f);
    this.consume(i, end);
    return end;
  }

  /** "مصدر عسكري لـ"X": …" / "ENTITY: …" at the start of a sentence (headline style, no verb). */
  private headlineColon(i: number): number {
    const r = this.parseSource(i, false);
    if (!r) return i;
    const extras: { recipient?: string; reason?: Span } = {};
    const p = this.skipExtras(r.end, extras);
    if (!this.isColon(p)) return i;
    const c = this.contentAt(p, 'say', false);
    if (!c || c.content.text.split(/\s+/).length < 3) return i;
    const sourceId = this.registry.resolve(r.d);
    const f: Found = { kind: 'direct', sourceId, cue: this.tokSpan(p, p + 1), content: c.content, evidence: ['rule:source+colon', c.rule], sentence: this.sentence(i) };
    if (extras.recipient) f.recipient = extras.recipient;
    this.emit(f);
    if (c.quote) c.quote.used = true;
    this.consume(i, c.end);
    return c.end;
  }

  private subjectBefore(i: number): { d: SourceDesc; end: number } | null {
    const sStart = this.sentenceStart(i);
    // "أما المواطن أبو علي، وهو صاحب متجر، فيقول إن …": the topic of أما … فـ is the subject
    if (/^ف/.test(this.norm(i)) && this.toks[i].norm.length > 3) {
      for (let k = i - 1; k >= Math.max(sStart, i - 25); k--) {
        if (this.isComp(k) || this.cueAt(k)) break;
        if (this.norm(k) !== 'اما') continue;
        const r = this.parseSource(k + 1, true);
        if (!r) break;
        let q = this.skipExtras(r.end, {});
        if (this.isComma(q)) q++;
        if (q === i) return r;
        break;
      }
    }
    // "…، لكن مسؤولاً في الوزارة، طلب عدم ذكر اسمه …، قال إن": a contrasted subject, then extras, then the verb
    if (i >= 2 && this.isComma(i - 1)) {
      for (let k = i - 2; k >= Math.max(sStart, i - 30); k--) {
        if (this.isComp(k)) break;
        if (!/^(لكن|ولكن|بيد|بينما|فيما|الا)$/.test(this.norm(k)) || (k > sStart && !this.isComma(k - 1))) continue;
        const r = this.parseSource(k + 1, false);
        if (!r) break;
        const ex: { recipient?: string; reason?: Span } = {};
        let q = this.skipExtras(r.end, ex);
        if (this.isComma(q)) q++;
        if (q === i) {
          if (ex.reason) r.d.reason = ex.reason;
          return r;
        }
        break;
      }
    }
    if (i >= 2 && this.isComma(i - 1) && i - 1 - sStart <= 8 && i - 1 > sStart) {
      // a fronted subject: "وزير الخارجية، قال إن …" (the whole stretch before the comma must be it)
      const r = this.parseSource(sStart, true);
      if (r && r.end === i - 1) return r;
    }
    // "غير أن مصدراً مسؤولاً نفى …": the subject between a complementizer and the verb
    for (let k = i - 1; k >= Math.max(sStart, i - 8); k--) {
      if (this.isComp(k) || this.isComma(k) || this.cueAt(k)) {
        if (!this.isComp(k)) break;
        const r = this.parseSource(k + 1, false);
        if (r && r.end === i) return r;
        break;
      }
    }
    if (i < 2 || !/^(قد|لقد)$/.test(this.norm(i - 1))) return null;
    for (let k = i - 2; k >= Math.max(sStart, i - 22); k--) {
      if (/^(كان|كانت|وكان|وكانت|فكان|كانوا|وكانوا)$/.test(this.norm(k))) {
        const r = this.parseSource(k + 1, true);
        return r && r.end <= i - 1 ? r : null;
      }
    }
    return null;
  }

  private cueSpan(i: number, len: number): Span {
    // the cue without the conjunction و/ف
    const t = this.toks[i];
    const forms = conjForms(t.norm);
    const m = this.lex.cues.matchAt((k) => (this.toks[k]?.kind === 'word' ? this.toks[k].norm : undefined), i, forms);
    let cut = m.length && m[0].first !== t.norm ? t.norm.length - m[0].first.length : 0;
    // a form listed with its conjunction (وطالب، because a bare طالب is also "student")
    if (!cut && m.length && /^[وف]/.test(t.norm) && t.norm.slice(1) === normalize(m[0].values[0].lemma)) cut = 1;
    return this.span(this.offsetAfter(i, cut), this.toks[i + len - 1].end);
  }

  private according(i: number, len: number, ev: string): number {
    const toks = this.toks;
    const sStart = this.sentenceStart(i);
    const sEnd = this.sentenceEnd(i);
    const t = toks[i];
    const cut = t.norm.length > 3 && t.norm[0] === 'و' && !this.lex.according.has([t.norm]) ? 1 : 0;
    let cueEnd = i + len;
    let p = i + len;
    const evidence = [ev];
    // بحسب ما ذكرت الصحيفة
    if (this.norm(p) === 'ما') p++;
    let v = this.cueAt(p);
    if (!v && /(ما|لما)$/.test(this.norm(p - 1)) && this.toks[p]?.kind === 'word') {
      // بحسب ما أعلنته الوزارة / وفق ما ذكرته
      const base = this.toks[p].norm.replace(/(ته|ها|ه)$/, '');
      const m = this.lex.cues.matchAt(() => undefined, p, conjForms(base).concat(base + 'ت'));
      if (m.length) v = { len: 1, entry: m[0].values[0] };
    }
    if (v && p > i + len - 1 && (this.norm(p - 1) === 'ما' || /ما$/.test(this.norm(i + len - 1)))) {
      p += v.len;
      cueEnd = p;
      if (/^(به|بها)$/.test(this.norm(p))) p++;
      // "بحسب ما يتردد في أوساط X": an impersonal verb; the source is in the phrase after it
      if (v.entry.cls === 'passive' && /^(في|عن|لدي|بين|داخل)$/.test(this.norm(p))) p++;
    }
    const extras: { recipient?: string; reason?: Span } = {};
    // with an entity layer, names come from it ("وفق الترتيب الأبجدي" is no source); without one, guess
    let desc: { d: SourceDesc; end: number } | null = null;
    {
      // "وفق النتائج الأولية التي أعلنها رئيس الهيئة X": what a source published — the source is the publisher
      for (let m = p; m < Math.min(sEnd - 2, p + 8); m++) {
        if (toks[m].kind !== 'word' || this.isComp(m) || this.cueAt(m)) break;
        if (!this.inSet(m, 'rel')) continue;
        const base = this.norm(m + 1).replace(/(ته|ها|ه)$/, '');
        const vm = this.lex.cues.matchAt(() => undefined, m + 1, conjForms(base).concat(base + 'ت'));
        if (!vm.length || vm[0].values[0].cls === 'circ') break;
        const pub = this.parseSource(m + 2, true);
        if (pub) {
          desc = pub;
          evidence.push('rule:according+what-X-published');
        }
        break;
      }
    }
    // after "حسبما أفاد"/"بحسب ما ذكرت" a verb announces its subject: a name may be guessed as after any cue
    desc ??= this.parseSource(p, this.entities.mentions.length === 0 || cueEnd > i + len);
    let speakerId: string | null = null;
    if (!desc && /(قوله|قولها|تعبيره|تعبيرها)$/.test(this.norm(i + len - 1))) {
      // "…، على حد قوله": the pronoun refers to the current speaker
      speakerId = this.currentSpeaker(i)?.sourceId ?? null;
      if (speakerId) {
        const d: SourceDesc = { kind: 'anonymous', head: null, definite: true, ahad: false, span: this.tokSpan(i, i + len), words: new Set(), nisbas: new Set(), entity: null, evidence: [ev] };
        desc = { d, end: p };
        evidence.push('rule:according-pronoun=current-speaker');
      }
    }
    if (!desc) return i;
    let via: string[] | undefined;
    p = this.skipExtras(desc.end, extras);
    if (this.norm(p) === 'عن') {
      const chained = this.followChain(desc, p, extras, evidence);
      if (chained) ({ desc, p, via } = chained);
    }
    if (extras.reason) desc.d.reason = extras.reason;
    const cueSpan = this.span(this.offsetAfter(i, cut), toks[cueEnd - 1].end);
    let kind: 'direct' | 'indirect' = 'indirect';
    let content: Span | null = null;
    let end = p;
    let cue = cueSpan;
    let rule = '';
    let quote: Quote | null = null;
    // "وبحسب مصدر …، قال لـ"…"، إن …": the verb governs the content
    let k = p;
    if (this.isComma(k)) k++;
    if (this.inSet(k, 'rel')) k++;
    const verb = this.cueAt(k);
    if (verb && verb.entry.cls !== 'circ') {
      const ex2: { recipient?: string; reason?: Span } = {};
      const q = this.skipExtras(k + verb.len, ex2);
      const c = this.contentAt(q, verb.entry.cls, true);
      if (c) {
        cue = this.cueSpan(k, verb.len);
        kind = c.kind;
        content = c.content;
        end = c.end;
        rule = 'rule:according+verb';
        quote = c.quote ?? null;
        extras.recipient ??= ex2.recipient;
        if (ex2.reason) desc.d.reason ??= ex2.reason;
      }
    }
    if (!content && (this.isComp(p) || (/^(قوله|قولها|قولهم)$/.test(this.norm(p)) && (this.isComp(p + 1) || this.isColon(p + 1))))) {
      const c = this.contentAt(this.isComp(p) ? p : p + 1, 'say', false);
      if (c) {
        kind = c.kind;
        content = c.content;
        end = c.end;
        quote = c.quote ?? null;
        rule = 'rule:according+complement';
      }
    }
    if (!content) {
      const thenTok = this.inSet(k, 'then') ? k : -1;
      let before = this.quoteBefore(i);
      // "…أن X، "لكن …"، على حد تعبيره": a quotation inside the last statement's content is already its part
      const lf = this.lastFound;
      if (before && lf && lf.content.start <= before.start && before.end <= lf.content.end) {
        before.used = true;
        before = null;
        if (speakerId) {
          this.consume(i, p);
          return p;
        }
      }
      const q = before ?? this.quoteAfter(p);
      if (q) {
        kind = 'direct';
        content = this.quoteSpan(q);
        quote = q;
        end = before ? p : q.close >= 0 ? q.close + 1 : sEnd;
        rule = before ? 'rule:quote+according' : 'rule:according+quote';
      } else if (thenTok >= 0) {
        const c = this.clauseFrom(thenTok + 1, false);
        if (c) {
          content = this.contentSpan(c[0], c[1]);
          end = c[1];
          rule = 'rule:according+fa-inna';
        }
      } else {
        // the clause the phrase attaches to: before it, after it, or the whole sentence
        let a = this.skipDateline(sStart, i);
        while (a < i && (this.inSet(a, 'discourse') || this.isComma(a) || toks[a].kind === 'punct')) a++;
        let b = i;
        while (b > a && (this.isComma(b - 1) || toks[b - 1].kind === 'punct')) b--;
        // the clause before already belongs to an attribution ("وأضاف أن …، على حد قوله")
        if (b > a && this.consumed[b - 1]) {
          // "يرى محللون أن …، بحسب ما نقلته وكالة X عن خبراء": a trailing according-to phrase names the
          // real source of that statement (or the outlet it came through)
          const prior = this.lastFound;
          const after0 = this.isComma(p) ? p + 1 : p;
          if (prior && prior.sentence === this.sentence(i) && prior.content.end <= toks[i].start && prior.content.end >= toks[b - 1].start && (after0 >= sEnd || toks[after0].kind === 'punct')) {
            this.reattribute(prior, desc.d, via, evidence);
            this.consume(i, Math.max(p, after0));
            return Math.max(p, after0);
          }
          a = b;
        }
        // "كانت X قد اتفقتا …، إلا أن الخروقات لم تتوقف، وفق ما تقوله منظمات": the source backs the contrast
        for (let m = b - 2; m > a; m--) {
          if (!this.isComma(m)) continue;
          let q = m + 1;
          if (/^(الا|غير|بيد)$/.test(this.norm(q)) && this.isComp(q + 1)) q += 2;
          else if (/^(لكن|ولكن)$/.test(this.norm(q))) q += 1;
          else continue;
          if (b - q >= 3) a = q;
          break;
        }
        // "لكن وبحسب": a dangling conjunction before the phrase
        const beforeWords = b - a;
        const after = this.isComma(p) ? p + 1 : p;
        const c = after < sEnd ? this.clauseFrom(after, false) : null;
        const afterWords = c ? c[1] - c[0] : 0;
        if (beforeWords < 3 && c && afterWords >= 3) {
          content = this.contentSpan(c[0], c[1]);
          end = c[1];
          rule = 'rule:according+following-clause';
        } else if (beforeWords >= 3 && afterWords < 3) {
          content = this.contentSpan(a, b);
          end = c ? c[1] : p;
          rule = 'rule:according+preceding-clause';
        } else if (beforeWords >= 3 && c) {
          // "…، وبحسب المصادر …، مسألة …": the span may not hold the cue — take the longer side of it
          content = afterWords >= beforeWords ? this.contentSpan(c[0], c[1]) : this.contentSpan(a, b);
          end = c[1];
          rule = 'rule:according+mid-sentence';
        }
      }
    }
    if (!content) return i;
    const sourceId = speakerId ?? this.registry.resolve(desc.d);
    if (desc.d.reason) this.registry.addReason(sourceId, desc.d.reason);
    evidence.push(rule);
    const f: Found = { kind, sourceId, cue, content, evidence, sentence: this.sentence(i) };
    if (extras.recipient) f.recipient = extras.recipient;
    if (via) f.via = via;
    this.emit(f);
    if (quote) quote.used = true;
    const stop = Math.max(end, p);
    this.consume(i, stop);
    return stop;
  }

  /**
   * A trailing according-to phrase after a statement: an outlet becomes a link of its chain; another
   * source replaces a vague or anonymous one ("يرى محللون … بحسب … عن خبراء"), a named speaker stays.
   */
  private reattribute(prior: Found, d: SourceDesc, via: string[] | undefined, evidence: string[]): void {
    const priorKind = this.registry.kindOf(prior.sourceId);
    if (d.kind === 'media' && !via) {
      const id = this.registry.resolve(d);
      if (id !== prior.sourceId) prior.via = [...(prior.via ?? []), id];
    } else if (priorKind === 'vague' || priorKind === 'anonymous') {
      prior.sourceId = this.registry.resolve(d);
      if (via) prior.via = via;
    } else if (via) {
      prior.via = [...(prior.via ?? []), ...via.filter((v) => v !== prior.sourceId)];
    } else {
      return;
    }
    prior.evidence = [...prior.evidence, ...evidence, 'rule:trailing-according=source'];
  }

  /** Sources no attribution refers to (replaced by a trailing according-to phrase) are dropped; ids renumbered. */
  private compact(sources: Source[], attributions: Attribution[]): Source[] {
    const used = new Set<string>();
    for (const a of attributions) {
      used.add(a.source);
      for (const v of a.via ?? []) used.add(v);
    }
    if (sources.every((s) => used.has(s.id))) return sources;
    const map = new Map<string, string>();
    const kept = sources.filter((s) => used.has(s.id));
    kept.forEach((s, k) => map.set(s.id, `S${k + 1}`));
    for (const s of kept) s.id = map.get(s.id)!;
    for (const a of attributions) {
      a.source = map.get(a.source)!;
      if (a.via) a.via = a.via.map((v) => map.get(v)!);
    }
    return kept;
  }

  /**
   * A paragraph that opens with a quotation and has no cue of its own continues the direct speech of the
   * paragraph before ("وقال X: «…».\n«…»."): same source, the cue of the earlier attribution.
   */
  private continuedQuotes(): void {
    const byPara = new Map<number, Found>();
    for (const f of this.found) {
      const para = this.paraOf[this.firstTokenAt(f.cue.start)];
      const prev = byPara.get(para);
      if (!prev || f.content.start > prev.content.start) byPara.set(para, f);
    }
    for (const q of this.quotes) {
      if (q.used || q.words < MIN_QUOTE_WORDS) continue;
      const para = this.paraOf[q.open];
      if (para === 0 || this.doc.paragraphs[para].start !== this.toks[q.open].start) continue;
      const prev = byPara.get(para - 1);
      if (!prev || prev.kind !== 'direct') continue;
      // the quote must be the paragraph's speech: nothing but punctuation after it in its sentence
      const after = q.close >= 0 ? q.close + 1 : this.toks.length;
      const sEnd = this.sentenceEnd(q.open);
      let rest = false;
      for (let k = after; k < sEnd; k++) if (this.toks[k].kind === 'word') rest = true;
      if (rest) continue;
      q.used = true;
      const f: Found = { ...prev, content: this.quoteSpan(q), evidence: [...prev.evidence, 'rule:quote-paragraph-continues'], sentence: this.sentence(q.open) };
      this.emit(f);
      byPara.set(para, f);
    }
  }

  /** Anonymity reasons stated elsewhere in an attribution's sentence. */
  private reasonsInSentences(): void {
    // bounded: only the sentences holding attributions, each scanned once
    const done = new Set<number>();
    for (const f of this.found) {
      if (done.has(f.sentence)) continue;
      done.add(f.sentence);
      const s = this.doc.sentences[f.sentence];
      let k = this.firstTokenAt(s.start);
      for (; k < this.toks.length && this.toks[k].start < s.end; k++) {
        if (this.inQuote[k] >= 0) continue;
        const r = this.reasonAt(k);
        if (r) {
          if (r.start >= f.content.start && r.end <= f.content.end) continue;
          if (this.registry.kindOf(f.sourceId) === 'anonymous') this.registry.addReason(f.sourceId, r);
          break;
        }
      }
    }
  }

  private firstTokenAt(offset: number): number {
    let lo = 0;
    let hi = this.toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.toks[mid].start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
