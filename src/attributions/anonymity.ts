// Stated reasons for anonymity (data/attributions/reasons.tsv): at the source or anywhere in the sentence.
import type { Span } from '../contract.ts';
import type { Ctx } from './context.ts';
import { REASON_FIRST } from './facts.ts';
import { conjForms } from './lexicon.ts';

export function reasonAt0(cx: Ctx, i: number): Span | null {
  const t = cx.toks[i];
  if (!t || t.kind !== 'word' || (cx.tokBits[i] & REASON_FIRST) === 0) return null;
  const m = cx.lex.reasons.longestAt(cx.wordAt, i, conjForms(t.norm));
  if (!m) return null;
  let k = i + m.length;
  const stopAt = Math.min(cx.sentenceEnd(i), i + 16);
  while (k < stopAt) {
    const tk = cx.toks[k];
    if (tk.kind === 'punct' || tk.kind === 'quote' || tk.kind === 'dash') break;
    // ("خشية أن يُحرم من المساعدات": أن after a word of fear belongs to the reason — wordsets.tsv `reason-comp`, s6)
    if (cx.isComp(k) && !cx.lex.sets.causal.has(tk.norm) && !(/^ان$/.test(tk.norm) && k > i && !!cx.lex.sets['reason-comp']?.has(cx.norm(k - 1)))) break;
    k++;
  }
  return cx.tokSpan(i, k);
}

/** Anonymity reasons stated elsewhere in an attribution's sentence. */
export function reasonsInSentences(cx: Ctx): void {
  // bounded: only the sentences holding attributions, each scanned once
  const done = new Set<number>();
  for (const f of cx.found) {
    if (done.has(f.sentence)) continue;
    done.add(f.sentence);
    const s = cx.doc.sentences[f.sentence];
    let k = cx.firstTokenAt(s.start);
    for (; k < cx.toks.length && cx.toks[k].start < s.end; k++) {
      if (cx.inQuote[k] >= 0) continue;
      const r = cx.reasonAt(k);
      if (r) {
        if (r.start >= f.content.start && r.end <= f.content.end) continue;
        if (cx.registry.kindOf(f.sourceId) === 'anonymous') cx.registry.addReason(f.sourceId, r);
        // (s9 probe) a reason right after the source's description, before the content and after the cue, set off by a comma
        // and a relative pronoun ("المتحدثة باسم المفوضية، التي طلبت عدم ذكر اسمها،"), makes an unnamed role anonymous
        else if (cx.registry.kindOf(f.sourceId) === 'named' && r.end <= f.content.start && r.start >= f.cue.end && k >= 2 && cx.inSet(k - 1, 'rel') && cx.isComma(k - 2)) cx.registry.unnameRole(f.sourceId, r);
        break;
      }
    }
  }
}
