// Attributions introduced by an according-to phrase ("بحسب X"، "وفق ما أعلنته X"، "على حد قوله").
import type { Span } from '../contract.ts';
import { emit } from './assembly.ts';
import { followChain, relayedSource, skipExtras, reattribute } from './chains.ts';
import { clauseFrom, contentAt, skipDateline } from './content.ts';
import type { Found, Ctx } from './context.ts';
import type { SourceDesc } from './coref.ts';
import { cueSpanAt } from './cues.ts';
import { STATEMENT } from './facts.ts';
import { conjForms, endsWithAny, nounForms } from './lexicon.ts';
import type { Quote } from './quotes.ts';
import { quoteAfter, quoteBefore } from './quotes.ts';
import { parseSource } from './sources.ts';
import { analyzeClitics } from '../text/clitics.ts';
import { currentSpeaker } from './speakers.ts';

export function according(cx: Ctx, i: number, len: number, ev: string): number {
  const toks = cx.toks;
  const sStart = cx.sentenceStart(i);
  const sEnd = cx.sentenceEnd(i);
  const t = toks[i];
  const cut = t.norm.length > 3 && t.norm[0] === 'و' && !cx.lex.according.has([t.norm]) ? 1 : 0;
  let cueEnd = i + len;
  let p = i + len;
  const evidence = [ev];
  // بحسب ما ذكرت الصحيفة
  if (cx.norm(p) === 'ما') p++;
  let v = cx.cueAt(p);
  if (!v && /(ما|لما)$/.test(cx.norm(p - 1)) && cx.toks[p]?.kind === 'word') {
    // بحسب ما أعلنته الوزارة / وفق ما ذكرته
    const base = cx.toks[p].norm.replace(/(ته|ها|ه)$/, '');
    const m = cx.lex.cues.matchAt(() => undefined, p, conjForms(base).concat(base + 'ت'));
    if (m.length) v = { len: 1, entry: m[0].values[0] };
    // "وفقاً لما نشرته وكالة X"، "بحسب ما أصدرته الوزارة": a verb of publishing (wordsets.tsv `publish`) with the
    // object pronoun introduces its subject like a verb of saying
    else if (base !== cx.toks[p].norm && cx.lex.sets.publish?.has(base)) v = { len: 1, entry: { lemma: base, cls: 'say', governs: [], evidence: cx.lex.setLines.publish } };
  }
  // (s9 probe) «، على ما ذكرت X»: the phrase is an according-to one only after punctuation and before a verb of saying
  // (not «حصل على ما يريد»، «ردّ على ما قاله الوزير»)
  if (len === 2 && cx.norm(i) === 'علي' && cx.norm(i + 1) === 'ما' && (!v || v.entry.cls === 'circ' || !(i === sStart || toks[i - 1].kind === 'punct'))) return i;
  if (v && p > i + len - 1 && (cx.norm(p - 1) === 'ما' || /ما$/.test(cx.norm(i + len - 1)))) {
    p += v.len;
    cueEnd = p;
    if (/^(به|بها)$/.test(cx.norm(p))) p++;
    // "بحسب ما يتردد في أوساط X": an impersonal verb; the source is in the phrase after it
    if (v.entry.cls === 'passive' && cx.inSet(p, 'milieu-prep')) p++;
  }
  const extras: { recipient?: string; reason?: Span } = {};
  // with an entity layer, names come from it ("وفق الترتيب الأبجدي" is no source); without one, guess
  let desc: { d: SourceDesc; end: number } | null = null;
  {
    // "وفق النتائج الأولية التي أعلنها رئيس الهيئة X": what a source published — the source is the publisher
    for (let m = p; m < Math.min(sEnd - 2, p + 8); m++) {
      if (toks[m].kind !== 'word' || cx.isComp(m) || cx.cueAt(m)) break;
      if (!cx.inSet(m, 'rel')) continue;
      const base = cx.norm(m + 1).replace(/(ته|ها|ه)$/, '');
      const vm = cx.lex.cues.matchAt(() => undefined, m + 1, conjForms(base).concat(base + 'ت'));
      if (!vm.length || vm[0].values[0].cls === 'circ') break;
      const pub = parseSource(cx, m + 2, true);
      if (pub) {
        desc = pub;
        evidence.push('rule:according+what-X-published');
      }
      break;
    }
  }
  // "بحسب تصريحات أدلى بها المتحدث باسم الشرطة لـ"X"": a statement noun, a verb with a resumptive pronoun, then the
  // speaker (s5)
  // (not a record — "بحسب تقرير لمنظمة …" is the record's own description)
  if (!desc && (cx.tokBits[p] & STATEMENT) !== 0 && toks[p]?.kind === 'word' && !nounForms(toks[p].norm).some((f) => cx.lex.heads.get(f.stem)?.kind === 'document')) {
    // ("بحسب تصريحات الوزير X": the speaker in construct with the statement noun)
    const own = toks[p + 1]?.kind === 'word' && !cx.inSet(p + 1, 'prep') ? titledOrKnown(cx, p + 1) : null;
    if (own) {
      desc = own;
      evidence.push('rule:according+statement-of');
    }
    for (let m = p + 1; !desc && m < Math.min(sEnd - 1, p + 4); m++) {
      if (toks[m].kind !== 'word' || cx.isComp(m)) break;
      if (!cx.inSet(m, 'resumptive')) continue;
      const sp = parseSource(cx, m + 1, true);
      if (sp) {
        desc = sp;
        evidence.push('rule:according+statement-made-by', cx.lex.setLines.resumptive);
      }
      break;
    }
  }
  // (s7) "وبحسب فان هوفن، فإن …": a family-name particle right after the phrase, then one or two name words and a comma or a
  // complementizer, opens the source's name — it is no فإن (a second فإن follows)
  if (!desc) cx.particleAsName(p);
  // after "حسبما أفاد"/"بحسب ما ذكرت" a verb announces its subject: a name may be guessed as after any cue
  desc ??= parseSource(cx, p, cx.entities.mentions.length === 0 || cueEnd > i + len);
  let speakerId: string | null = null;
  // ("وبحسبه، فإن …"، "…، وفقاً لها": the pronoun attached to the phrase — wordsets.tsv `according-pronoun`, s8)
  const pronounPhrase = cx.inSet(i + len - 1, 'according-pronoun') || (len === 1 && conjForms(cx.norm(i)).some((f) => cx.lex.sets['according-pronoun']?.has(f)));
  if (!desc && (endsWithAny(cx.lex.sets['own-words'], cx.norm(i + len - 1)) || pronounPhrase)) {
    // "…، على حد قوله": the pronoun refers to the current speaker
    speakerId = currentSpeaker(cx, i)?.sourceId ?? null;
    if (speakerId) {
      const d: SourceDesc = { kind: 'anonymous', head: null, definite: true, ahad: false, span: cx.tokSpan(i, i + len), words: new Set(), nisbas: new Set(), entity: null, evidence: [ev] };
      desc = { d, end: p };
      evidence.push('rule:according-pronoun=current-speaker');
    }
  }
  if (!desc) return i;
  let via: string[] | undefined;
  p = skipExtras(cx, desc.end, extras);
  if (cx.norm(p) === 'عن') {
    const chained = followChain(cx, desc, p, extras, evidence);
    if (chained) ({ desc, p, via } = chained);
  }
  // "بحسب ما أوردته صحيفة X نقلاً عن مصادر قضائية، فإن …": the outlet relays the source that follows
  if (!via) {
    const relayed = relayedSource(cx, desc, p, extras, evidence);
    if (relayed) ({ desc, p, via } = relayed);
  }
  if (extras.reason) desc.d.reason = extras.reason;
  const cueSpan = cx.span(cx.offsetAfter(i, cut), toks[cueEnd - 1].end);
  let kind: 'direct' | 'indirect' = 'indirect';
  let content: Span | null = null;
  let end = p;
  let cue = cueSpan;
  let rule = '';
  let quote: Quote | null = null;
  // "وبحسب مصدر …، قال لـ"…"، إن …": the verb governs the content
  let k = p;
  if (cx.isComma(k)) k++;
  if (cx.inSet(k, 'rel')) k++;
  const verb = cx.cueAt(k);
  // "بحسب وكالة X التي نقلت عن أشخاص مطلعين، فإن …": the outlet relays the source after عن (s5)
  if (verb && verb.entry.cls === 'chain' && !via && cx.inSet(k - 1, 'rel') && cx.norm(k + verb.len) === 'عن') {
    const chained = followChain(cx, desc, k + verb.len, extras, evidence);
    if (chained) {
      ({ desc, p, via } = chained);
      if (extras.reason) desc.d.reason = extras.reason;
      k = cx.isComma(p) ? p + 1 : p;
    }
  }
  if (verb && verb.entry.cls !== 'circ' && !(via && verb.entry.cls === 'chain')) {
    const ex2: { recipient?: string; reason?: Span } = {};
    const q = skipExtras(cx, k + verb.len, ex2);
    const c = contentAt(cx, q, verb.entry.cls, true);
    if (c) {
      cue = cueSpanAt(cx, k, verb.len);
      kind = c.kind;
      content = c.content;
      end = c.end;
      rule = 'rule:according+verb';
      quote = c.quote ?? null;
      extras.recipient ??= ex2.recipient;
      if (ex2.reason) desc.d.reason ??= ex2.reason;
    }
  }
  if (!content && (cx.isComp(p) || (cx.inSet(p, 'qawl') && (cx.isComp(p + 1) || cx.isColon(p + 1))))) {
    const c = contentAt(cx, cx.isComp(p) ? p : p + 1, 'say', false);
    if (c) {
      kind = c.kind;
      content = c.content;
      end = c.end;
      quote = c.quote ?? null;
      rule = 'rule:according+complement';
    }
  }
  if (!content) {
    const thenTok = cx.inSet(k, 'then') ? k : -1;
    let before = quoteBefore(cx, i);
    // "…أن X، "لكن …"، على حد تعبيره": a quotation inside the last statement's content is already its part
    const lf = cx.lastFound;
    if (before && lf && lf.content.start <= before.start && before.end <= lf.content.end) {
      before.used = true;
      before = null;
      if (speakerId) {
        cx.consume(i, p);
        return p;
      }
    }
    const q = before ?? quoteAfter(cx, p);
    if (q) {
      kind = 'direct';
      content = cx.quoteSpan(q);
      quote = q;
      end = before ? p : q.close >= 0 ? q.close + 1 : sEnd;
      rule = before ? 'rule:quote+according' : 'rule:according+quote';
    } else if (thenTok >= 0) {
      const c = clauseFrom(cx, thenTok + 1, false);
      if (c) {
        content = cx.contentSpan(c[0], c[1]);
        end = c[1];
        rule = 'rule:according+fa-inna';
      }
    } else {
      // the clause the phrase attaches to: before it, after it, or the whole sentence
      let a = skipDateline(cx, sStart, i);
      while (a < i && (cx.inSet(a, 'discourse') || cx.isComma(a) || toks[a].kind === 'punct')) a++;
      let b = i;
      while (b > a && (cx.isComma(b - 1) || toks[b - 1].kind === 'punct') && !cx.isPercent(b - 1)) b--;
      // the clause before already belongs to an attribution ("وأضاف أن …، على حد قوله")
      if (b > a && cx.consumed[b - 1]) {
        // "يرى محللون أن …، بحسب ما نقلته وكالة X عن خبراء": a trailing according-to phrase names the
        // real source of that statement (or the outlet it came through)
        const prior = cx.lastFound;
        const after0 = cx.isComma(p) ? p + 1 : p;
        if (prior && prior.sentence === cx.sentence(i) && prior.content.end <= toks[i].start && prior.content.end >= toks[b - 1].start && (after0 >= sEnd || toks[after0].kind === 'punct')) {
          // "…، على حد تعبيره" after the speaker's own statement names that speaker again: nothing to change
          if (!speakerId || speakerId !== prior.sourceId) reattribute(cx, prior, desc.d, via, evidence);
          cx.consume(i, Math.max(p, after0));
          return Math.max(p, after0);
        }
        a = b;
      }
      // "كانت X قد اتفقتا …، إلا أن الخروقات لم تتوقف، وفق ما تقوله منظمات": the source backs the contrast
      for (let m = b - 2; m > a; m--) {
        if (!cx.isComma(m)) continue;
        let q = m + 1;
        if (cx.inSet(q, 'except') && cx.isComp(q + 1)) q += 2;
        else if (cx.inSet(q, 'but')) q += 1;
        else continue;
        if (b - q >= 3) a = q;
        break;
      }
      // "لكن وبحسب": a dangling conjunction before the phrase
      const beforeWords = b - a;
      const after = cx.isComma(p) ? p + 1 : p;
      const c = after < sEnd ? clauseFrom(cx, after, false) : null;
      const afterWords = c ? c[1] - c[0] : 0;
      if (beforeWords < 3 && c && afterWords >= 3) {
        content = cx.contentSpan(c[0], c[1]);
        end = c[1];
        rule = 'rule:according+following-clause';
      } else if (beforeWords >= 3 && afterWords < 3) {
        content = clauseSpan(cx, a, b);
        end = c ? c[1] : p;
        rule = 'rule:according+preceding-clause';
      } else if (beforeWords >= 3 && c) {
        // "…، وبحسب المصادر …، مسألة …": the span may not hold the cue — take the longer side of it
        content = afterWords >= beforeWords ? cx.contentSpan(c[0], c[1]) : clauseSpan(cx, a, b);
        end = c[1];
        rule = 'rule:according+mid-sentence';
      }
    }
  }
  if (!content) return i;
  const sourceId = speakerId ?? cx.registry.resolve(desc.d);
  if (desc.d.reason) cx.registry.addReason(sourceId, desc.d.reason);
  evidence.push(rule);
  const f: Found = { kind, sourceId, cue, content, evidence, sentence: cx.sentence(i) };
  if (extras.recipient) f.recipient = extras.recipient;
  if (via) f.via = via;
  emit(cx, f);
  if (quote) quote.used = true;
  const stop = Math.max(end, p);
  cx.consume(i, stop);
  return stop;
}

/**
 * The clause [a, b) before a trailing according-to phrase, without the conjunction و that opens its sentence ("وسجّل الحمل
 * …، وفق ما أعلنته X" → "سجّل الحمل …"): only where the word without و has a reading and the whole word none the
 * clitic analyser knows (وزير، وكالة stay) (s8).
 */
function clauseSpan(cx: Ctx, a: number, b: number): Span {
  const t = cx.toks[a];
  if (t.kind === 'word' && /^و/.test(t.text) && t.text.length >= 4 && b > a + 1) {
    const readings = analyzeClitics(t.text);
    const whole = readings.find((r) => r.prefix === '');
    const conj = readings.find((r) => r.prefix === 'و' && r.stemEnd - r.stemStart >= 3);
    if (conj && !(whole && whole.known) && !cx.mentionAt[a]) return cx.span(t.start + 1, cx.toks[b - 1].end);
  }
  return cx.contentSpan(a, b);
}

/** A source description at k that names someone: an entity, a source head, or a title (no bare guessed phrase). */
function titledOrKnown(cx: Ctx, k: number): { d: SourceDesc; end: number } | null {
  const r = parseSource(cx, k, true);
  if (!r) return null;
  if (r.d.entity || r.d.head) return r;
  return null;
}
