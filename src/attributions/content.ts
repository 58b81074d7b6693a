// Reported content: a quotation, a colon passage, the clause after إن/أن, or the object of a verb; where
// an indirect clause ends.
import type { Span } from '../contract.ts';
import { normalize, normalizeCached } from '../text/normalize.ts';
import { recipientIn } from './chains.ts';
import { hasPronounSuffix } from './facts.ts';
import type { Ctx } from './context.ts';
import type { CueEntry } from './lexicon.ts';
import { conjForms, endsWithAny } from './lexicon.ts';
import type { Quote } from './quotes.ts';
import { MIN_QUOTE_WORDS, quoteAfter } from './quotes.ts';
import { parseSource, parseSourceQuick } from './sources.ts';
import { subjectBefore, contrastSubject } from './speakers.ts';

/** Indirect content from token a to the sentence end (stopping before ", قائلاً …" when `splitCirc`). */
export function clauseFrom(cx: Ctx, a: number, splitCirc: boolean): [number, number] | null {
  const sEnd = cx.sentenceEnd(a);
  let b = a;
  const limit = Math.min(sEnd, a + 400);
  while (b < limit) {
    if (splitCirc && cx.isComma(b)) {
      const c = cx.cueAt(b + 1);
      if (c && c.entry.cls === 'circ') break;
    }
    // "…، مستذكرين …" (a participle that is not speech), "…، وهي المنطقة التي …" / "…، في إشارة إلى …" (a gloss)
    if (b > a && cx.isComma(b) && (cx.inSet(b + 1, 'circend') || glossAt(cx, b + 1))) break;
    // (s7) "…"لأتفه الأسباب"، في ظل …": after a closing quotation a gloss of circumstance is the journalist's (grammar.tsv
    // `gloss-after-quote`)
    if (b > a + 1 && cx.isComma(b) && cx.toks[b - 1].kind === 'quote' && cx.qOpen(b - 1) < 0 && glossAt(cx, b + 1, 'gloss-after-quote')) break;
    // "…، وذلك في حديث لقناة X": the statement phrase after the content
    if (b > a && cx.isComma(b)) {
      const n = cx.norm(b + 1) === 'وذلك' ? b + 2 : b + 1;
      if (cx.statementAt(n) !== n && recipientIn(cx, n, n + 6)) break;
    }
    // "…، في حين اتهم Y …": a contrasting clause with its own subject ends the content
    if (b > a && cx.isComma(b) && (cx.inSet(b + 1, 'while') || (cx.norm(b + 1) === 'في' && cx.norm(b + 2) === 'حين'))) {
      const v = cx.norm(b + 1) === 'في' ? b + 3 : b + 2;
      // (only when that subject speaks later in the sentence — "…، قائلاً"; otherwise the contrast is part of the
      // statement: "يرى متابعون أن الهلال بات المرشح الأبرز، بينما يحتاج النصر إلى …")
      if (!cx.cueAt(v) && (speaksLater(cx, v) || personAfter(cx, v)) && contrastSubject(cx, v)) break;
    }
    // "قال X إن A وأضاف أن B": a coordinated reporting verb starts a new statement
    if (b > a + 1 && /^[وف]/.test(cx.norm(b)) && cx.toks[b].kind === 'word') {
      const c = cx.cueAt(b);
      if (c && c.entry.cls !== 'circ' && c.entry.cls !== 'chain' && c.entry.cls !== 'passive' && conjForms(cx.norm(b)).length > 1 && cx.norm(b) !== conjForms(cx.norm(b))[1]) {
        const nx = b + c.len;
        if (cx.isComp(nx) || cx.isColon(nx) || quoteAfter(cx, nx) || (cx.inSet(nx, 'prep') && cx.isComp(nx + 1)) || parseSourceQuick(cx, nx)) break;
      }
    }
    // "…، فيما قال Y إن …" / "…، بحسب Y": another attribution starts; the clause ends here
    if (b > a && (cx.isComma(b) || cx.inSet(b, 'while'))) {
      let n2 = b + 1;
      if (cx.isComma(b) && cx.inSet(n2, 'clause-link')) {
        n2++;
        // "…، لكن مسؤولاً في الوزارة، …، قال إن": a new subject with its own verb further on
        if ((cx.inSet(n2 - 1, 'but') || cx.inSet(n2 - 1, 'while')) && parseSourceQuick(cx, n2)) {
          let found = false;
          for (let m = n2 + 1; m < Math.min(cx.sentenceEnd(b), n2 + 30) && !found; m++) {
            const c2 = cx.cueAt(m);
            if (c2 && c2.entry.cls !== 'circ' && subjectBefore(cx, m)) found = true;
            if (cx.isComp(m)) break;
          }
          if (found) break;
        }
      }
      else if (cx.isComma(b) && cx.norm(n2) === 'في' && cx.norm(n2 + 1) === 'حين') n2 += 2;
      if (/^(ان|انه|انها)$/.test(cx.norm(n2)) && cx.inSet(n2 - 1, 'except')) {
        n2++;
        // "…، غير أن أعضاء في المجلس يقولون إن …": the contrast clause's subject comes before its own verb of saying
        let subj = false;
        for (let m = n2 + 1; m < Math.min(cx.sentenceEnd(b), n2 + 8) && !subj; m++) {
          if (cx.isComp(m) || cx.isComma(m) || cx.toks[m].kind === 'quote') break;
          const c2 = cx.cueAt(m);
          if (c2 && c2.entry.cls !== 'circ' && subjectBefore(cx, m)) subj = true;
        }
        if (subj) break;
      }
      const c = cx.cueAt(n2);
      // "أن الرياض "أبدت مرونة"، لكنها تشترط ضمانات …": after a conjunction with a pronoun subject, a cue with no
      // complement, colon or quote of its own goes on with the reported clause (s5)
      const pronounLink = n2 > b + 1 && /(ه|ها|هم)$/.test(cx.norm(n2 - 1)) && cx.inSet(n2 - 1, 'clause-link');
      const ownContent = !!c && (cx.isComp(n2 + c.len) || cx.isColon(n2 + c.len) || !!quoteAfter(cx, n2 + c.len) || (cx.inSet(n2 + c.len, 'prep') && cx.isComp(n2 + c.len + 1)));
      // (a present tense describes the content's subject — "لكنها تشترط"; a past verb is the speaker's new statement —
      // "لكنه أكد على ضرورة الحوار")
      if (c && pronounLink && !ownContent && /^[يت]/.test(cx.norm(n2))) {
        b++;
        continue;
      }
      if ((c && c.entry.cls !== 'circ' && c.entry.cls !== 'passive' && c.entry.cls !== 'chain') || accordingWithSource(cx, n2)) break;
    }
    if (cx.qOpen(b) >= 0 && cx.quotes[cx.qOpen(b)].words >= MIN_QUOTE_WORDS && b > a && cx.isColon(b - 1)) {
      b--;
      break;
    }
    b++;
  }
  // trim trailing punctuation
  while (b > a && (cx.toks[b - 1].kind === 'punct' || cx.toks[b - 1].kind === 'dash') && !cx.isPercent(b - 1)) b--;
  if (b <= a) return null;
  return balanceQuotes(cx, a, b, sEnd);
}

/**
 * Keep both marks of a quotation the content only partly holds: a mark opening right before the content
 * whose close is inside it ("إن "الحكومة" ستعمل"), a quotation opened inside whose close follows at the
 * content's end ("الزيارة «ناجحة»."), so the span never shows half a pair.
 */
function balanceQuotes(cx: Ctx, a: number, b: number, sEnd: number): [number, number] {
  const before = cx.qOpen(a - 1);
  if (before >= 0 && cx.quotes[before].close >= a && cx.quotes[before].close < b) a--;
  for (let k = a; k < b; k++) {
    const q = cx.qOpen(k);
    if (q < 0) continue;
    const close = cx.quotes[q].close;
    if (close < b) {
      if (close >= 0) k = close;
      continue;
    }
    // only trailing punctuation between the content's end and the closing mark
    let m = b;
    while (m < close && m < sEnd && cx.toks[m].kind === 'punct') m++;
    if (m === close) b = close + 1;
    break;
  }
  return [a, b];
}

/** A person named within six words after v (the contrast clause's subject is someone who may take a stance). */
function personAfter(cx: Ctx, v: number): boolean {
  for (let k = v + 1; k < Math.min(cx.toks.length, v + 7); k++) {
    const mm = cx.mentionAt[k];
    if (mm && mm.tokenStart === k && cx.entityType.get(mm.entity) === 'PER') return true;
  }
  return false;
}

/** A reporting cue in the rest of the sentence after token v (bounded). */
function speaksLater(cx: Ctx, v: number): boolean {
  const end = Math.min(cx.sentenceEnd(v), v + 40);
  for (let m = v + 1; m < end; m++) if (cx.toks[m].kind === 'word' && cx.cueAt(m)) return true;
  return false;
}

/** After a dateline at a paragraph start ("أنقرة (وكالات) –", "القاهرة (أ ش أ) –"); else a. */
export function skipDateline(cx: Ctx, a: number, limit: number): number {
  if (a > 0 && cx.paraOf[a - 1] === cx.paraOf[a]) return a;
  for (let k = a; k < Math.min(limit, a + 8); k++) {
    const t = cx.toks[k];
    if (t.kind === 'dash' || t.text === '–' || t.text === '—' || t.text === '-') return k + 1;
    if (t.kind !== 'word' && t.text !== '(' && t.text !== ')' && !cx.isComma(k)) return a;
  }
  return a;
}

/**
 * An according-to phrase at i that introduces a source ("، بحسب مصدر …"، "، وفق ما أعلنته …") — not
 * "وفقاً لأحكام الدستور" (in accordance with), which stays inside the content.
 */
export function accordingWithSource(cx: Ctx, i: number): boolean {
  const acc = cx.accordingAt(i);
  if (!acc) return false;
  const p = i + acc.len;
  if (cx.norm(p) === 'ما' || /ما$/.test(cx.norm(p - 1)) || endsWithAny(cx.lex.sets['own-words'], cx.norm(p - 1))) return true;
  return parseSource(cx, p, cx.entities.mentions.length === 0) !== null;
}

/** A journalist's gloss opening at token i: "وهي …", "في إشارة إلى …", "فيما فُهم …" (grammar.tsv `gloss`). */
export function glossAt(cx: Ctx, i: number, set: 'gloss' | 'gloss-after-quote' = 'gloss'): boolean {
  const g = cx.lex.sets[set];
  if (!g) return false;
  let key = '';
  for (let k = i; k < Math.min(i + 3, cx.toks.length); k++) {
    if (cx.toks[k].kind !== 'word') return false;
    key = key ? `${key} ${cx.toks[k].norm}` : cx.toks[k].norm;
    if (g.has(key)) return true;
  }
  return false;
}

/** Content after a cue (and its source): quote, colon passage or complement clause. */
export function contentAt(
  cx: Ctx,
  p: number,
  cls: CueEntry['cls'] | 'according',
  splitCirc: boolean,
  entry?: CueEntry,
): { kind: 'direct' | 'indirect'; content: Span; end: number; quote?: Quote; rule: string } | null {
  const sEnd = cx.sentenceEnd(p);
  const q = quoteAfter(cx, p);
  if (q) {
    return { kind: 'direct', content: cx.quoteSpan(q), end: q.close >= 0 ? q.close + 1 : sEnd, quote: q, rule: 'rule:cue+quote' };
  }
  if (cx.isColon(p) && cx.isComp(p + 1)) {
    // "وقالت: إن …" — an old-style colon before a complementizer: reported speech
    const c = clauseFrom(cx, p + 2, splitCirc);
    if (c) return { kind: 'indirect', content: cx.contentSpan(c[0], c[1]), end: c[1], rule: 'rule:cue+colon+complement' };
  }
  if (cx.isColon(p)) {
    const c = clauseFrom(cx, p + 1, false);
    // ": «نحن جاهزون»" — a short quotation is still a quotation: drop its marks
    const sq = cx.qOpen(p + 1);
    if (c && sq >= 0 && cx.quotes[sq].close >= 0 && cx.quotes[sq].close >= c[1] - 1 && !cx.quotes[sq].used) {
      const quote = cx.quotes[sq];
      return { kind: 'direct', content: cx.quoteSpan(quote), end: Math.max(c[1], quote.close + 1), quote, rule: 'rule:cue+colon+quote' };
    }
    if (c) return { kind: 'direct', content: cx.contentSpan(c[0], c[1]), end: c[1], rule: 'rule:cue+colon' };
    return null;
  }
  let k = p;
  // إلى أن، على أن، من أن، عن أن
  if (cx.inSet(k, 'prep') && cx.isComp(k + 1)) k++;
  if (cx.isComp(k)) {
    const c = clauseFrom(cx, k + 1, splitCirc);
    if (!c) return null;
    // إن "…" — the whole complement is a quotation: direct speech
    const q = cx.qOpen(c[0]);
    if (q >= 0 && cx.quotes[q].close >= 0 && cx.quotes[q].words >= MIN_QUOTE_WORDS && cx.quotes[q].close >= c[1] - 1) {
      const quote = cx.quotes[q];
      return { kind: 'direct', content: cx.quoteSpan(quote), end: Math.max(c[1], quote.close + 1), quote, rule: 'rule:cue+complement-quote' };
    }
    return { kind: 'indirect', content: cx.contentSpan(c[0], c[1]), end: c[1], rule: 'rule:cue+complement' };
  }
  if (cls === 'state' || cls === 'appeal' || cls === 'circ') {
    // "أكد في خطابه أمام البرلمان، في 25 ديسمبر، أن …": a complementizer a few words on wins over an object;
    // after a participle only a short object ("واصفة الوضع بأنه …")
    for (let m = p; m < Math.min(sEnd, p + (cls === 'circ' ? 4 : 24)); m++) {
      if (cls === 'circ' && (cx.isComma(m) || cx.toks[m].kind === 'punct')) break;
      // a new clause after a comma ("…، غير أن أعضاء …"، "…، فيما …") has complementizers of its own
      if (cx.isComma(m) && ['discourse', 'while', 'contrast-subject', 'except'].some((set) => cx.inSet(m + 1, set))) break;
      const sq = cx.qOpen(m);
      // (a quoted name — a programme, an outlet — is read over: "في مداخلة مع برنامج "الحكاية" على قناة "إم بي سي مصر"، على أن")
      if (sq >= 0 && cx.quotes[sq].close > m && (cx.quotes[sq].words < MIN_QUOTE_WORDS || quotedEntity(cx, m, cx.quotes[sq].close))) {
        m = cx.quotes[sq].close;
        continue;
      }
      if (cx.cueAt(m) || cx.accordingAt(m) || cx.toks[m].kind === 'quote') break;
      if (cx.isComp(m)) {
        if (m === p) break;
        return contentAt(cx, m, cls, splitCirc);
      }
    }
  }
  if ((cls === 'state' || cls === 'circ' || cls === 'appeal') && (cx.toks[p]?.kind === 'word' || cx.isComma(p))) {
    let a = p;
    // "في السودان، الأحد، استئناف …": place and time set off by commas before the object
    for (let guard = 0; guard < 3; guard++) {
      // a short chunk set off by commas is a time or a place ("الأحد،"، "في السودان،")، not the object itself
      const timeOrPlace = cx.inSet(a, 'time') || cx.toks[a]?.kind === 'number' || (!!cx.mentionAt[a] && cx.entityType.get(cx.mentionAt[a]!.entity) === 'LOC');
      const shortChunk = timeOrPlace && (cx.isComma(a + 1) || (cx.isComma(a + 2) && cx.toks[a + 1]?.kind === 'word'));
      if (!(cx.isComma(a) || cx.inSet(a, 'time-lead') || shortChunk)) break;
      // "أعلنت شركة X، المشغل الحصري لـ…، اليوم، تسعير …": a definite description between commas right after the
      // subject is its apposition, not the object (the object follows the second comma)
      if (cx.isComma(a) && a === p && cx.toks[a + 1]?.kind === 'word' && /^ال/.test(cx.toks[a + 1].text) && !cx.inSet(a + 1, 'time')) {
        let m = a + 2;
        while (m < Math.min(sEnd, a + 14) && !cx.isComma(m) && !cx.isComp(m) && !cx.cueAt(m) && cx.toks[m].kind !== 'quote') m++;
        if (m < sEnd - 2 && cx.isComma(m) && cx.toks[m + 1]?.kind === 'word' && cx.toks[m + 2]?.kind === 'word') {
          a = m;
          continue;
        }
      }
      // "، استخدام الرصاص الحي، مؤكداً …": after a comma, a chunk that is no time or place is the object itself
      if (cx.isComma(a) && !(cx.inSet(a + 1, 'time') || cx.toks[a + 1]?.kind === 'number' || cx.inSet(a + 1, 'time-lead') || cx.norm(a + 1) === 'خلال' ||
        (!!cx.mentionAt[a + 1] && cx.entityType.get(cx.mentionAt[a + 1]!.entity) === 'LOC'))) {
        a++;
        break;
      }
      if (shortChunk && !cx.isComma(a)) {
        a = cx.isComma(a + 1) ? a + 2 : a + 3;
        continue;
      }
      let m = a + 1;
      while (m < Math.min(sEnd, a + 5) && !cx.isComma(m)) m++;
      if (m < sEnd && cx.isComma(m) && m + 1 < sEnd) a = m + 1;
      else break;
    }
    // "حذر الاتحاد الأوروبي أمس من عواقب …": a time word between the subject and the verb's governed preposition
    if (entry?.governs.length) {
      let m = a;
      while (m < Math.min(sEnd, a + 3) && (cx.inSet(m, 'time') || cx.toks[m].kind === 'number')) m++;
      // "حذرت الأسبوع الماضي من …"، "طالبت الشهر الماضي بـ…" (s5)
      if (m === a && cx.inSet(a, 'time-noun') && cx.inSet(a + 1, 'time-adj')) m = a + 2;
      if (m > a && (entry.governs.includes(cx.norm(m)) || (entry.governs.includes('ب') && cx.toks[m]?.kind === 'word' && cx.norm(m).length > 3 && cx.norm(m)[0] === 'ب'))) a = m;
    }
    // "يتحدث ناشطون … عن …": some verbs report only an object that opens with their governed preposition
    if (entry && cx.lex.sets['governed-only']?.has(normalizeCached(entry.lemma)) && !entry.governs.includes(cx.norm(a))) return null;
    // "حذّر من عواقب التصعيد"، "نفى استهداف المدنيين": the object of a warning (after its governed preposition) or of a
    // denial is a statement in two words (wordsets.tsv `warn`)
    const warned = !!entry && (entry.governs.length === 0 || entry.governs.includes(cx.norm(a))) && cx.lex.sets.warn?.has(normalizeCached(entry.lemma)) === true;
    // "أعربت عن قلقها البالغ": what one expresses is a noun with the speaker's pronoun — it suffices alone
    const expressed = cx.norm(a) === 'عن' && cx.toks[a + 1]?.kind === 'word' && hasPronounSuffix(cx.norm(a + 1), cx.lex);
    // "أعلنت هيئة الطرق في دبي عن إطلاق …": a place phrase (في + a place name) before the governed عن/على belongs to the subject
    // (s8)
    if (cx.norm(a) === 'في' && cx.mentionAt[a + 1]?.tokenStart === a + 1 && cx.entityType.get(cx.mentionAt[a + 1]!.entity) === 'LOC' &&
      cx.inSet(cx.mentionAt[a + 1]!.tokenEnd, 'governed')) a = cx.mentionAt[a + 1]!.tokenEnd;
    if (cx.inSet(a, 'prep') && (cx.toks[a].norm !== 'ب' || cx.qOpen(a + 1) >= 0)) a++;
    if (quoteAfter(cx, a)) return contentAt(cx, a, cls, splitCirc);
    const c = clauseFrom(cx, a, splitCirc);
    // "أكدت الخلية وقوع الهجوم": a confirmed fact in two words, a noun in construct with a definite noun (wordsets.tsv `confirm`)
    const confirmed = !!c && c[1] - c[0] === 2 && !!entry && cx.lex.sets.confirm?.has(normalizeCached(entry.lemma)) === true &&
      cx.toks[c[0]].kind === 'word' && !cx.toks[c[0]].norm.startsWith('ال') && !hasPronounSuffix(cx.norm(c[0]), cx.lex) && cx.toks[c[0] + 1].kind === 'word' && cx.toks[c[0] + 1].norm.startsWith('ال');
    if (confirmed) return { kind: 'indirect', content: cx.contentSpan(c![0], c![1]), end: c![1], rule: 'rule:cue+confirmed-object' };
    // a call needs only its object ("دعت إلى ضبط النفس")
    // "حذّرت الأمم المتحدة من المجاعة": after the governed preposition one definite noun is the warning
    const warnedNoun = warned && !!c && c[1] - c[0] === 1 && !!entry?.governs.length && a > 0 && entry.governs.includes(cx.norm(a - 1)) &&
      cx.toks[c[0]].kind === 'word' && cx.toks[c[0]].norm.startsWith('ال') && cx.toks[c[0]].norm.length >= 5 && !cx.inSet(c[0], 'stop');
    if (c && (warnedNoun || c[1] - c[0] >= (cls === 'appeal' || expressed ? 1 : warned ? 2 : 3))) return { kind: 'indirect', content: cx.contentSpan(c[0], c[1]), end: c[1], rule: expressed ? 'rule:cue+expressed-object' : warned && c[1] - c[0] < 3 ? 'rule:cue+warning-object' : 'rule:cue+object' };
    return null;
  }
  // "ينص الاتفاق على انسحاب القوات خلال ستين يوماً"، "دلّت المؤشرات على تحسن …": what a document provides or shows,
  // the object after the verb's governed preposition (two words at least) (s8)
  if (cls === 'doc' && entry?.governs.length && entry.governs.includes(cx.norm(p)) && !cx.isComp(p + 1)) {
    const c = clauseFrom(cx, p + 1, splitCirc);
    if (c && c[1] - c[0] >= 2) return { kind: 'indirect', content: cx.contentSpan(c[0], c[1]), end: c[1], rule: 'rule:cue+object' };
  }
  if (cls === 'say' || cls === 'opinion' || cls === 'passive' || cls === 'doc' || cls === 'chain') {
    // "قال الوزير في مؤتمر صحفي عقده أمس إن …": a complementizer or colon a few words on
    for (let m = p; m < Math.min(sEnd, p + 24); m++) {
      const sq = cx.qOpen(m);
      if (sq >= 0 && cx.quotes[sq].close > m && cx.quotes[sq].words < MIN_QUOTE_WORDS) {
        m = cx.quotes[sq].close;
        continue;
      }
      if (cx.cueAt(m) || cx.accordingAt(m) || (cx.toks[m].kind === 'quote' && !quoteAfter(cx, m))) break;
      if (cx.isComp(m) || cx.isColon(m) || quoteAfter(cx, m)) return contentAt(cx, m, cls, splitCirc);
    }
  }
  return null;
}

/** Do the quotes opening at q and closing at close hold exactly one entity mention (a quoted name)? */
function quotedEntity(cx: Ctx, q: number, close: number): boolean {
  const mm = cx.mentionAt[q + 1];
  return !!mm && mm.tokenStart === q + 1 && mm.tokenEnd === close;
}
