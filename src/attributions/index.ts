// Attribution stage (the isnad): cues, quotations and reported speech, sources, source coreference, chains.
//
// One left-to-right pass over the tokens. At each reporting cue (data/attributions/cues.tsv) or
// according-to phrase (according.tsv) a bounded window is parsed: [cue] [source description] [recipient,
// statement phrase, anonymity reason] [content]. Content is a quotation (direct), a colon-introduced
// passage (direct) or the clause after إن/أن/فإن (indirect). Every window is bounded (the sentence
// and at most a few dozen tokens), so the pass is linear in the text.
//
// Modules: context.ts (per-document state, token lookups), facts.ts (per-form bits), quotes.ts, cues.ts,
// sources.ts, speakers.ts, content.ts, chains.ts (recipients, chains), anonymity.ts, verb-cue.ts,
// according.ts (the recognisers), assembly.ts (emit, compact); lexicon.ts and coref.ts.
import type { Source, Attribution } from '../contract.ts';
import type { Doc } from '../doc.ts';
import type { EntityLayer } from '../entities/index.ts';
import { according } from './according.ts';
import { reasonsInSentences } from './anonymity.ts';
import { buildLayer } from './assembly.ts';
import { Ctx } from './context.ts';
import { normalize } from '../text/normalize.ts';
import { continuedQuotes } from './quotes.ts';
import { verbCue, whichConfirmed, headlineColon } from './verb-cue.ts';

export interface AttributionLayer {
  sources: Source[];
  attributions: Attribution[];
}

export function extractAttributions(doc: Doc, entities: EntityLayer): AttributionLayer {
  return run(new Ctx(doc, entities));
}

/** The left-to-right pass: at each according-to phrase, cue, "وهو ما" or sentence start, try a recogniser. */
function run(cx: Ctx): AttributionLayer {
  const toks = cx.toks;
  const heading = headingTokens(cx);
  for (let i = 0; i < toks.length; i++) {
    if (cx.consumed[i] || cx.inQuote[i] >= 0 || toks[i].kind !== 'word' || heading[i]) continue;
    if (cx.chain && cx.chain.sentence !== cx.sentence(i)) cx.chain = null;
    const acc = cx.accordingAt(i);
    if (acc) {
      const next = according(cx, i, acc.len, acc.evidence);
      if (next > i) {
        i = next - 1;
        continue;
      }
    }
    const cue = cx.cueAt(i);
    if (cue) {
      const next = verbCue(cx, i, cue.len, cue.entry);
      if (next > i) i = next - 1;
      continue;
    }
    if (toks[i].norm === 'ما' && i > 0 && cx.inSet(i - 1, 'which')) {
      const next = whichConfirmed(cx, i);
      if (next > i) {
        i = next - 1;
        continue;
      }
    }
    if (i === 0 || cx.sentence(i - 1) !== cx.sentence(i)) {
      const next = headlineColon(cx, i);
      if (next > i) i = next - 1;
    }
  }
  continuedQuotes(cx);
  reasonsInSentences(cx);
  return buildLayer(cx);
}

/**
 * Tokens of the headline: the first line when it repeats the title the caller gave (meta.title). A headline
 * condenses the story ("الوزير: …"، "ويشيد بجهود الحكومة"); its statements are reported again in the body, so
 * it gives no attribution. Without a title a first line is read like any other (a wire flash may be all there is).
 */
function headingTokens(cx: Ctx): Uint8Array {
  const toks = cx.toks;
  const out = new Uint8Array(toks.length);
  const { doc } = cx;
  const p = doc.paragraphs[0];
  if (!p || !doc.meta.title || doc.paragraphs.length < 2) return out;
  if (normalize(doc.text.slice(p.start, p.end).trim()) !== normalize(doc.meta.title)) return out;
  for (let t = 0; t < toks.length && toks[t].start < p.end; t++) if (toks[t].start >= p.start) out[t] = 1;
  return out;
}
