// Recipients (the outlet spoken to), chains (X عن Y: Y via X), the extras between a source and its content,
// and trailing according-to phrases that re-attribute a statement.
import type { Span } from '../contract.ts';
import type { Found, Ctx } from './context.ts';
import type { SourceDesc } from './coref.ts';
import { conjForms, nounForms } from './lexicon.ts';
import { normalizeCached } from '../text/normalize.ts';
import { nationalityOf, quoteAfter } from './quotes.ts';
import { parseSource, nameRun } from './sources.ts';

export function recipientAt0(cx: Ctx, i: number): [number, string] | null {
  const t = cx.toks[i];
  if (!t || t.kind !== 'word') return null;
  const bare = t.norm === 'ل' || t.norm === 'الي' || t.norm === 'لي';
  // إلى "X" is a recipient only after تحدث ("تحدثت إلى "عربي بوست""), not in "داعيةً إلى "وقف النار""
  if (t.norm === 'الي' && !cx.inSet(i - 1, 'recipverb')) return null;
  if (bare) {
    const q = cx.qOpen(i + 1);
    if (q >= 0 && cx.quotes[q].close >= 0 && cx.quotes[q].words <= 4) {
      return [cx.quotes[q].close + 1, cx.quotes[q].close >= 0 ? cx.text.slice(cx.quotes[q].start, cx.quotes[q].end) : ''];
    }
    if (t.norm === 'ل') {
      const np = nameRun(cx, i + 1, 4);
      if (np > i + 1) return [np, cx.text.slice(cx.toks[i + 1].start, cx.toks[np - 1].end)];
    }
    return null;
  }
  if (t.norm.startsWith('ل') && t.norm.length > 2) {
    // "لمراسل "د ب أ""، "لمراسلة قناة الحرة": the reporter of an outlet — that outlet is the recipient (wordsets.tsv
    // `correspondent`, s8)
    {
      const rest0 = t.norm.slice(1);
      const w = rest0.startsWith('ل') ? rest0.slice(1) : rest0;
      if (cx.lex.sets.correspondent?.has(w)) {
        const q = cx.qOpen(i + 1);
        if (q >= 0 && cx.quotes[q].close > i + 1 && cx.quotes[q].words <= 4) {
          const mq = cx.mentionAt[i + 2];
          const name = mq && cx.entityType.get(mq.entity) === 'ORG' ? cx.entityName.get(mq.entity) : undefined;
          return [cx.quotes[q].close + 1, name ?? cx.text.slice(cx.quotes[q].start, cx.quotes[q].end)];
        }
        const r = mediaAt(cx, i + 1);
        if (r) return r;
        const mo = cx.mentionAt[i + 1];
        if (mo && mo.tokenStart === i + 1 && cx.entityType.get(mo.entity) === 'ORG') return [mo.tokenEnd, cx.entityName.get(mo.entity)!];
      }
    }
    // لرويترز، للجزيرة، لنيويورك تايمز: a known outlet (orgs.tsv, media)
    {
      const rest0 = t.norm.slice(1);
      let key = rest0;
      let keyArt = rest0.startsWith('ل') ? 'ال' + rest0.slice(1) : '';
      for (let k = i; k < Math.min(cx.toks.length, i + 3); k++) {
        if (k > i) {
          if (cx.toks[k].kind !== 'word' && cx.toks[k].kind !== 'latin' && cx.toks[k].kind !== 'number') break;
          key += ' ' + cx.toks[k].norm;
          if (keyArt) keyArt += ' ' + cx.toks[k].norm;
        }
        if (cx.lex.mediaNames.has(key) || (keyArt && cx.lex.mediaNames.has(keyArt))) {
          const startOff = cx.offsetAfter(i, keyArt && cx.lex.mediaNames.has(keyArt) ? 2 : 1);
          return [k + 1, (keyArt && cx.lex.mediaNames.has(keyArt) ? 'ال' : '') + cx.text.slice(startOff, cx.toks[k].end)];
        }
      }
    }
    // لوكالة الأنباء / لعربي بوست (the article's own outlet)
    const rest = t.norm.slice(1);
    const head = cx.lex.heads.get(rest.startsWith('ل') ? rest.slice(1) : rest);
    const outletHit = cx.outlet.length > 0 && (rest === cx.outlet[0] || 'ال' + rest.slice(1) === cx.outlet[0]);
    if ((head && head.kind === 'media') || outletHit) {
      let e = i + 1;
      if (outletHit) e = Math.min(i + cx.outlet.length, cx.toks.length);
      else e = nameRun(cx, i + 1, 4);
      // لقناة "إكسترا نيوز": the quoted name belongs to the recipient
      const q = cx.qOpen(e);
      if (!outletHit && q >= 0 && cx.quotes[q].close > 0 && cx.quotes[q].words <= 4) e = cx.quotes[q].close + 1;
      // للإذاعة = لـ + الإذاعة: restore the article in the name
      const fused = rest.startsWith('ل') && !outletHit;
      const startOff = cx.offsetAfter(i, fused ? 2 : 1);
      // ("لصحيفة "النهار" الكويتية": a nationality adjective after the quoted name belongs to the outlet — s5)
      if (!outletHit && q >= 0 && cx.quotes[q].close === e - 1) {
        let f = e;
        while (f < e + 2 && cx.toks[f]?.kind === 'word' && nationalityOf(cx.norm(f)) && !cx.mentionAt[f]) f++;
        return [f, cx.text.slice(cx.quotes[q].start, cx.quotes[q].end)];
      }
      return [e, (fused ? 'ال' : '') + cx.text.slice(startOff, cx.toks[e - 1].end)];
    }
  }
  return null;
}

/** Is there a recipient (لـX) among tokens [a, b)? */
export function recipientIn(cx: Ctx, a: number, b: number): boolean {
  for (let k = a; k < Math.min(b, cx.toks.length); k++) if (cx.recipientAt(k)) return true;
  return false;
}

/**
 * The outlet a statement was made to when it is named away from the cue: "في تصريح لـX"، "في حديث لقناة
 * X" anywhere in the sentence (outside quotations), at most 80 tokens scanned.
 */
export function farRecipient(cx: Ctx, i: number, contentStart = i): string | undefined {
  const a = cx.sentenceStart(i);
  const b = Math.min(cx.sentenceEnd(i), a + 80);
  const asked = questionRecipient(cx, a, Math.min(Math.max(i, contentStart), b));
  if (asked) return asked;
  for (let k = a; k < b; k++) {
    if (cx.inQuote[k] >= 0 || cx.toks[k].kind !== 'word') continue;
    const n = conjForms(cx.toks[k].norm).pop()!;
    if (n !== 'في' && n !== 'خلال') continue;
    const s = cx.statementAt(k);
    if (s === k) continue;
    for (let m = k + 2; m < Math.min(b, k + 5); m++) {
      const r = cx.recipientAt(m);
      if (r) return r[1];
      // "في اتصال هاتفي مع "الشرق""، "في مقابلة مع قناة X": the outlet after مع (s5)
      if (cx.inSet(m, 'with')) {
        const q = cx.qOpen(m + 1);
        if (q >= 0 && cx.quotes[q].close > m + 1 && cx.quotes[q].words <= 4) return cx.text.slice(cx.quotes[q].start, cx.quotes[q].end);
        const r2 = cx.recipientAt(m + 1) ?? mediaAt(cx, m + 1);
        if (r2) return r2[1];
      }
    }
  }
  return undefined;
}

/** "X عن Y" at token p: Y is the source and X the link the statement came through. */
export function followChain(cx: Ctx, desc: { d: SourceDesc; end: number }, p: number, extras: { recipient?: string; reason?: Span }, evidence: string[]):
  { desc: { d: SourceDesc; end: number }; p: number; via: string[] } | null {
  const inner = parseSource(cx, p + 1, true);
  if (!inner) return null;
  evidence.push('rule:chain=via-an');
  return { desc: inner, p: skipExtras(cx, inner.end, extras), via: [cx.registry.resolve(desc.d)] };
}

/** "X نقلاً عن Y" / "X، على لسان Y" at token p (after an optional comma): Y is the source, X the link. */
export function relayedSource(cx: Ctx, desc: { d: SourceDesc; end: number }, p: number, extras: { recipient?: string; reason?: Span }, evidence: string[]):
  { desc: { d: SourceDesc; end: number }; p: number; via: string[] } | null {
  const q = cx.isComma(p) ? p + 1 : p;
  const acc = cx.accordingAt(q);
  if (!acc || !cx.lex.sets['relay'].has(cx.toks.slice(q, q + acc.len).map((t) => t.norm).join(' '))) return null;
  const inner = parseSource(cx, q + acc.len, true);
  if (!inner) return null;
  evidence.push('rule:chain=naqlan-an');
  return { desc: inner, p: skipExtras(cx, inner.end, extras), via: [cx.registry.resolve(desc.d)] };
}

/** Skip statement phrases, recipients, parenthetical relative clauses and anonymity reasons. */
export function skipExtras(cx: Ctx, p: number, st: { recipient?: string; reason?: Span; statement?: string }): number {
  const sEnd = cx.sentenceEnd(p);
  for (let guard = 0; guard < 8 && p < sEnd; guard++) {
    const s = cx.statementAt(p);
    if (s !== p) {
      // the statement noun ("في بيان" → بيان), for a later "وأضاف البيان" (s6)
      if (cx.toks[p + 1]?.kind === 'word') st.statement ??= nounForms(cx.norm(p + 1))[0]?.stem;
      p = s;
      continue;
    }
    const r = cx.recipientAt(p);
    if (r) {
      st.recipient ??= r[1];
      p = r[0];
      continue;
    }
    if (cx.inSet(p, 'recipverb')) {
      const r2 = cx.recipientAt(p + 1);
      if (r2) {
        st.recipient ??= r2[1];
        p = r2[0];
        continue;
      }
    }
    if (cx.isComma(p)) {
      const reason = cx.reasonAt(p + 1);
      if (reason) {
        st.reason ??= reason;
        let k = p + 1;
        while (k < sEnd && cx.toks[k].end <= reason.end) k++;
        p = k;
        continue;
      }
      if (cx.inSet(p + 1, 'recipverb') && cx.recipientAt(p + 2)) {
        const r3 = cx.recipientAt(p + 2)!;
        st.recipient ??= r3[1];
        p = r3[0];
        continue;
      }
      if (cx.inSet(p + 1, 'rel')) {
        // ", التي اعتقد البعض …،" — a bounded parenthetical relative clause
        let k = p + 2;
        while (k < Math.min(sEnd, p + 25) && !cx.isComma(k)) k++;
        if (k < sEnd && cx.isComma(k)) {
          p = k + 1;
          continue;
        }
      }
      // "…، فضّل عدم ذكر اسمه، قوله إن": قوله after the comma that closes an apposition or a reason
      if (cx.isComp(p + 1) || (cx.inSet(p + 1, 'prep') && cx.isComp(p + 2)) || cx.isColon(p + 1) || cx.norm(p + 1) === 'عن' || cx.statementAt(p + 1) !== p + 1 || cx.recipientAt(p + 1) || quoteAfter(cx, p + 1) ||
        (cx.inSet(p + 1, 'qawl') && (cx.isComp(p + 2) || cx.isColon(p + 2) || !!quoteAfter(cx, p + 2)))) {
        p++;
        continue;
      }
      // "أحد سكان الحي، وهو موظف متقاعد فضّل عدم ذكر اسمه …، إن"، "X، ممثل شركة "…" المنظمة للطواف، إن": a gloss or an
      // apposition between two commas (at most 20 tokens) right before إنّ — the words a verb of saying reports begin
      // there; a reason inside the gloss is the source's (s5b)
      {
        let k = p + 1;
        let reason: Span | null = null;
        let relay = false;
        while (k < Math.min(sEnd, p + 21) && !cx.isComma(k) && !cx.isComp(k) && !cx.isColon(k) && !(cx.isBoundary(k) && cx.toks[k].kind !== 'quote')) {
          if (!reason && cx.toks[k].kind === 'word') {
            reason = cx.reasonAt(k);
            // ("فضّل عدم ذكر اسمه خشية أن يُحرم من المساعدات": the reason's own أن is read over with it — s6)
            if (reason) {
              const rEnd = reason.end;
              while (k + 1 < Math.min(sEnd, p + 31) && cx.toks[k + 1].end <= rEnd) k++;
              k++;
              continue;
            }
          }
          // (not "، نقلاً عن شهود، أن": a relay names the source — relayedSource)
          if (cx.accordingAt(k) || cx.cueAt(k)?.entry.cls === 'chain') relay = true;
          k++;
        }
        if (relay) k = sEnd;
        if (k > p + 2 && k < sEnd && cx.isComma(k) && /^[إأ]ن/.test(cx.toks[k + 1]?.text ?? '') && cx.isComp(k + 1)) {
          if (reason) st.reason ??= reason;
          p = k + 1;
          continue;
        }
        // ("X، وهو أحد أقارب الضحايا، لمراسل "د ب أ" إن"، "X، وهو من حاملي التذاكر، لـ«الراية»: «…»": the gloss closed by a
        // comma and the outlet spoken to, then the content — s8)
        const rc = k > p + 2 && k < sEnd && cx.isComma(k) ? cx.recipientAt(k + 1) : null;
        if (rc && (cx.isComp(rc[0]) || cx.isColon(rc[0]) || (cx.inSet(rc[0], 'prep') && cx.isComp(rc[0] + 1)))) {
          if (reason) st.reason ??= reason;
          p = k + 1;
          continue;
        }
      }
      return p;
    }
    // "(الخوذ البيضاء)" — a parenthesis between the source and the content
    if (cx.toks[p].text === '(') {
      let m = p + 1;
      while (m < Math.min(sEnd, p + 10) && cx.toks[m].text !== ')') m++;
      if (m < sEnd && cx.toks[m].text === ')') {
        p = m + 1;
        continue;
      }
      return p;
    }
    // "للصحفيين:" — an addressee before the content
    if (cx.toks[p].kind === 'word' && cx.toks[p].norm.startsWith('لل') && (cx.isColon(p + 1) || cx.isComp(p + 1) || quoteAfter(cx, p + 1))) {
      p++;
      continue;
    }
    // "للصحفيين في نجامينا إن …": an addressee with a short place phrase
    if (cx.toks[p].kind === 'word' && cx.toks[p].norm.startsWith('لل') && /^(في|ب)$/.test(cx.norm(p + 1))) {
      let m = p + 2;
      while (m < Math.min(sEnd, p + 5) && cx.toks[m].kind === 'word' && !cx.isComp(m)) m++;
      if (cx.isComp(m) || cx.isColon(m) || quoteAfter(cx, m)) {
        p = m;
        continue;
      }
    }
    const reason = cx.reasonAt(p);
    if (reason) {
      st.reason ??= reason;
      let k = p;
      while (k < sEnd && cx.toks[k].end <= reason.end) k++;
      p = k;
      continue;
    }
    return p;
  }
  return p;
}

/**
 * A trailing according-to phrase after a statement: an outlet becomes a link of its chain; another
 * source replaces a vague or anonymous one ("يرى محللون … بحسب … عن خبراء"), a named speaker stays.
 */
export function reattribute(cx: Ctx, prior: Found, d: SourceDesc, via: string[] | undefined, evidence: string[]): void {
  const priorKind = cx.registry.kindOf(prior.sourceId);
  if (d.kind === 'media' && !via) {
    const id = cx.registry.resolve(d);
    if (id !== prior.sourceId) prior.via = [...(prior.via ?? []), id];
  } else if (priorKind === 'vague' || priorKind === 'anonymous') {
    prior.sourceId = cx.registry.resolve(d);
    if (via) prior.via = via;
  } else if (via) {
    prior.via = [...(prior.via ?? []), ...via.filter((v) => v !== prior.sourceId)];
  } else if (priorKind === 'named' && d.kind === 'named' && d.entity && cx.entityType.get(d.entity) === 'PER' && priorOrg(cx, prior.sourceId)) {
    // "أعلنت الشركة …، وفق ما أفاد به المتحدث باسمها X": the organisation spoke through the person named after it
    prior.sourceId = cx.registry.resolve(d);
    prior.evidence = [...prior.evidence, ...evidence, 'rule:trailing-according=person-for-organisation'];
    return;
  } else {
    return;
  }
  prior.evidence = [...prior.evidence, ...evidence, 'rule:trailing-according=source'];
}

/** Is the source an organisation of the entity layer? */
function priorOrg(cx: Ctx, sourceId: string): boolean {
  const e = cx.registry.get(sourceId)?.entity;
  return !!e && cx.entityType.get(e) === 'ORG';
}

/**
 * "ردّاً على سؤال لـ"الراية""، "على أسئلة "الخليج""، "وسألت مراسلة قناة "الجزيرة" …، فأجاب": the outlet named within
 * four words after a word of asking (wordsets.tsv `question`) in [a, b) — the recipient of the answer (s5).
 */
export function questionRecipient(cx: Ctx, a: number, b: number): string | undefined {
  const set = cx.lex.sets.question;
  if (!set) return undefined;
  for (let k = a; k < b; k++) {
    const t = cx.toks[k];
    if (t.kind !== 'word' || cx.inQuote[k] >= 0) continue;
    if (!conjForms(t.norm).some((f) => set.has(f) || (f.startsWith('ب') && set.has(f.slice(1))))) continue;
    for (let m = k + 1; m < Math.min(b, k + 5); m++) {
      const r = cx.recipientAt(m);
      if (r) return r[1];
      const q = cx.qOpen(m);
      if (q >= 0 && cx.quotes[q].close > m && cx.quotes[q].words <= 4) return cx.text.slice(cx.quotes[q].start, cx.quotes[q].end);
      const mm = cx.mentionAt[m];
      if (mm && mm.tokenStart === m && cx.lex.mediaNames.has(normalizeCached(cx.entityName.get(mm.entity) ?? ''))) return cx.entityName.get(mm.entity);
      if (cx.toks[m].kind !== 'word' || cx.isComma(m) || cx.isComp(m)) break;
    }
  }
  return undefined;
}

/** A media head or a known outlet at m ("قناة "الحدث""، "صحيفة الشروق"، "رويترز"): [end, name], else null. */
function mediaAt(cx: Ctx, m: number): [number, string] | null {
  const mm = cx.mentionAt[m];
  if (mm && mm.tokenStart === m && cx.lex.mediaNames.has(normalizeCached(cx.entityName.get(mm.entity) ?? ''))) return [mm.tokenEnd, cx.entityName.get(mm.entity)!];
  const t = cx.toks[m];
  if (!t || t.kind !== 'word') return null;
  const head = cx.lex.heads.get(t.norm.startsWith('ال') ? t.norm.slice(2) : t.norm);
  if (!head || head.kind !== 'media') return null;
  const q = cx.qOpen(m + 1);
  if (q >= 0 && cx.quotes[q].close > m + 1 && cx.quotes[q].words <= 4) return [cx.quotes[q].close + 1, cx.text.slice(cx.quotes[q].start, cx.quotes[q].end)];
  const mo = cx.mentionAt[m + 1];
  if (mo && mo.tokenStart === m + 1 && cx.entityType.get(mo.entity) === 'ORG') return [mo.tokenEnd, cx.entityName.get(mo.entity)!];
  return null;
}
