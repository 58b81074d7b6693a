// Attributions introduced by a reporting verb ("قال X إن …"), by "وهو ما أكده X", and by a headline
// "X: …".
import type { Span } from '../contract.ts';
import { normalize, normalizeCached } from '../text/normalize.ts';
import { emit } from './assembly.ts';
import { farRecipient, followChain, relayedSource, skipExtras } from './chains.ts';
import { hasPronounSuffix } from './facts.ts';
import { clauseFrom, contentAt, skipDateline } from './content.ts';
import type { Found, Ctx } from './context.ts';
import type { SourceDesc } from './coref.ts';
import { cueSpanAt, actObject } from './cues.ts';
import type { CueEntry } from './lexicon.ts';
import { conjForms, nounForms } from './lexicon.ts';
import { quoteAfter, quoteBefore, quotedNameAt } from './quotes.ts';
import { parseSource } from './sources.ts';
import { amaTopic, currentSpeaker, lastPerson, sentenceSubject, subjectBefore, verbSubject } from './speakers.ts';

export function verbCue(cx: Ctx, i: number, len: number, entry: CueEntry): number {
  const toks = cx.toks;
  const sEnd = cx.sentenceEnd(i);
  const cueSpan = cueSpanAt(cx, i, len);
  let p = i + len;
  const extras: { recipient?: string; reason?: Span; statement?: string } = {};
  const evidence = [entry.evidence];
  p = skipExtras(cx, p, extras);
  // "ونقلت عنه الوكالة قوله إن …": the pronoun after عن is the current speaker, the relaying outlet follows it
  if (entry.cls === 'chain') {
    const done = pronounChain(cx, i, len, p, entry, cueSpan, extras);
    if (done > i) return done;
  }
  let desc: { d: SourceDesc; end: number } | null = null;
  let via: string[] | undefined;
  // "أصدرت الوزارة بياناً أكدت فيه أن …": the pronoun refers to the statement; the speaker is the sentence subject (s5)
  if (cx.inSet(p, 'in-it') && i > 0 && toks[i - 1].kind === 'word' && entry.cls !== 'circ' && entry.cls !== 'passive') {
    const subj = verbSubject(cx, i) ?? sentenceSubject(cx, i);
    if (subj) {
      desc = { d: subj, end: p + 1 };
      evidence.push('rule:statement+verb-in-it', cx.lex.setLines['in-it']);
      p++;
    }
  }
  // "صور تُظهر …"، "وثائق مسربة …، تكشف أن …": a present-tense verb in an adjectival clause of a record names that
  // record as the source (s5)
  if (entry.cls !== 'circ' && entry.cls !== 'passive' && entry.cls !== 'chain' && /^[يت]/.test(toks[i].norm)) {
    const done = recordClause(cx, i, len, entry, cueSpan, evidence);
    if (done > i) return done;
  }
  // "مظاهرات غاضبة تطالب بإسقاط الحكومة"، "شعارات تدعو إلى …": a present-tense verb right after an
  // indefinite noun is an adjectival clause of that noun, not a reporting verb with its own subject
  {
    const prev = toks[i - 1];
    const lemma0 = normalizeCached(entry.lemma)[0];
    const present = /^[يت]/.test(toks[i].norm) && lemma0 !== toks[i].norm[0] && conjForms(toks[i].norm).length === 1;
    if (present && entry.cls !== 'circ' && prev && prev.kind === 'word' && !cx.mentionAt[i - 1] && !nounForms(prev.norm).some((f) => f.article) &&
      !['discourse', 'rel', 'comp', 'neg', 'then', 'stop', 'prep', 'time', 'pron', 'honorific', 'subject-pronoun'].some((set) => cx.inSet(i - 1, set)) &&
      !cx.lex.heads.has(nounForms(prev.norm)[0]?.stem ?? '') && !cx.inSet(i - 1, 'clause-opener') && !cx.inSet(i - 1, 'while')) {
      return i + len;
    }
  }
  // "رفضت الخارجية ما وصفته بـ"التدخل السافر"": the quoted words are the sentence subject's (s5)
  {
    const done = whatDescribed(cx, i, len, entry, cueSpan, evidence);
    if (done > i) return done;
  }
  // "فضل عدم ذكر اسمه": a cue word inside an anonymity reason is no statement
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const r = cx.reasonAt(k);
    if (r && r.end >= toks[i].end) return i + len;
  }
  // "ويُذكر أن …": the journalist's own aside ("it is worth noting"), no one's statement
  if (conjForms(cx.norm(i)).some((f) => cx.lex.sets.aside?.has(f)) && cx.isComp(i + len)) return i + len;
  // "أُعلن أن …"، "ذُكر أن …": a vocalised passive past has no speaker — impersonal (vague) source
  // (an imperfect whose active prefix takes a fatha is passive with a damma: "ويُعتقد أن" — wordsets.tsv `passive-on-damma`)
  const dammaImperfect = /^[وف]?[يت]\u064F/.test(toks[i].text) && conjForms(cx.norm(i)).some((f) => cx.lex.sets['passive-on-damma']?.has(f)) && cx.isComp(p);
  const vocalisedPassive = ((entry.cls === 'say' || entry.cls === 'state') && /^[وف]?[^\u064B-\u0652]\u064F/.test(toks[i].text) && !/^[وف]?[يت]/.test(toks[i].norm)) || dammaImperfect;
  if (vocalisedPassive) {
    evidence.push('rule:vocalised-passive');
    if (dammaImperfect) evidence.push(cx.lex.setLines['passive-on-damma']);
    const d: SourceDesc = { kind: 'vague', head: normalize(cueSpan.text), definite: false, ahad: false, span: cueSpan, words: new Set(), nisbas: new Set(), entity: null, evidence: [entry.evidence, 'rule:vocalised-passive'] };
    desc = { d, end: p };
  } else if (entry.cls === 'passive') {
    // نُقل عن X قوله …
    if (cx.norm(i + len - 1) === 'عن' || cx.norm(p) === 'عن') {
      if (cx.norm(p) === 'عن') p++;
      desc = parseSource(cx, p, true);
    }
    if (!desc) {
      const d: SourceDesc = { kind: 'vague', head: cueSpan.text, definite: false, ahad: false, span: cueSpan, words: new Set(), nisbas: new Set(), entity: null, evidence: [entry.evidence] };
      desc = { d, end: p };
    }
  } else if (entry.cls === 'doc') {
    desc = parseSource(cx, p, false, entry.governs);
    if (desc && desc.d.kind !== 'document') desc = null;
  } else if (entry.cls !== 'circ' && !desc) {
    // "غير أن مصدراً مسؤولاً نفى …": a subject already stated before the verb wins
    const before = subjectBefore(cx, i);
    if (before && (before.d.head || before.d.entity)) {
      desc = before;
      evidence.push('rule:subject-before-verb');
    } else if (feminineOrgAfterMasculine(cx, i, p, entry)) {
      // "…، وطالب قيادة شرطة نينوى بفتح تحقيق": a masculine past verb does not agree with a feminine organisation
      // name after it — that is the verb's object, and the subject is the speaker before
      evidence.push('rule:object=feminine-org-after-masculine-verb');
    } else if (!cx.isComp(p) && !cx.isColon(p) && (!quoteAfter(cx, p) || quotedNameAt(cx, p, entry.governs)) && !(cx.inSet(p, 'prep') && cx.isComp(p + 1))) {
      cx.inanimateAt = -1;
      // ("ووصف المحلل X القرار بأنه …": an opinion verb governing بـ takes an object before it too — s6)
      desc = parseSource(cx, p, true, entry.governs, entry.cls === 'state' || entry.cls === 'appeal' || (entry.cls === 'opinion' && entry.governs.includes('ب')));
      // "كشفت الأزمة أن …": an inanimate subject makes the clause the writer's inference, no one's statement
      if (!desc && cx.inanimateAt === p) return i + len;
    }
  }
  // "أبلغ دبلوماسي غربي وكالة فرانس برس أن …": after a verb of telling (wordsets.tsv `tell`) an organisation after the
  // subject is the addressee — the recipient, not part of the description
  if (desc && !desc.d.entity && cx.lex.sets.tell?.has(normalizeCached(entry.lemma))) {
    const startTok = cx.firstTokenAt(desc.d.span.start);
    for (let m = startTok + 1; m < desc.end; m++) {
      const mm = cx.mentionAt[m];
      if (!mm || mm.tokenStart !== m || mm.start !== cx.toks[m].start || cx.entityType.get(mm.entity) !== 'ORG') continue;
      if (cx.inSet(m - 1, 'prep') || cx.inSet(m - 1, 'stop') || cx.norm(m - 1) === 'باسم') {
        m = cx.mentionAt[m]!.tokenEnd - 1;
        continue;
      }
      const keep = desc.d.affiliation && desc.d.affiliation !== mm.entity ? desc.d.affiliation : undefined;
      desc.d.span = cx.span(desc.d.span.start, cx.toks[m - 1].end);
      desc.d.affiliation = keep;
      extras.recipient ??= cx.entityName.get(mm.entity) ?? cx.text.slice(mm.start, mm.end);
      desc.end = mm.tokenEnd;
      evidence.push('rule:recipient=object-of-telling', cx.lex.setLines.tell);
      break;
    }
  }
  // ("وسرعان ما ردّ"، "غالباً ما يقول": ما after an adverb of time or frequency negates nothing — wordsets.tsv `adverbial-ma`; s5b)
  const adverbialMa = i > 1 && cx.norm(i - 1) === 'ما' && conjForms(cx.norm(i - 2)).some((f) => cx.lex.sets['adverbial-ma']?.has(f));
  if (desc && i > 0 && cx.inSet(i - 1, 'neg') && entry.cls !== 'passive' && !adverbialMa) {
    // "لم يوضح المصدر …": not a statement; its subject may speak later in the sentence
    cx.pending = { sentence: cx.sentence(i), d: desc.d };
    cx.consume(i, desc.end);
    return desc.end;
  }
  // "وأشار معاليه إلى …"، "وأكد سموه": an honorific pronoun refers to the dignitary mentioned last (a
  // person named before it, in this or the two sentences before), else to the current speaker
  if (desc && desc.end === p + 1 && cx.inSet(p, 'honorific')) {
    const ref = lastPerson(cx, i);
    desc = ref;
    p++;
    if (ref) ref.end = p;
    evidence.push(ref ? 'rule:honorific=last-person' : 'rule:honorific=current-speaker', cx.lex.setLines.honorific);
  }
  // "وقالت ربة منزل في الحي، طلبت عدم ذكر اسمها، إن": a guessed indefinite phrase (no entity, no given name) with a short
  // place phrase is an unnamed person described, not a name (s8)
  if (desc && desc.end > i && desc.d.kind === 'named' && !desc.d.entity && !desc.d.head) {
    const pp = placePhrase(cx, desc.end);
    const t0 = cx.toks[cx.firstTokenAt(desc.d.span.start)];
    const indefinite = !cx.toks.slice(cx.firstTokenAt(desc.d.span.start), desc.end).some((t) => t.kind !== 'word' || nounForms(t.norm).some((f) => f.article));
    if (pp > desc.end && t0 && indefinite && !cx.lex.givenNames.has(t0.norm)) {
      desc.d.span = cx.span(desc.d.span.start, cx.toks[pp - 1].end);
      desc.d.kind = 'anonymous';
      desc.d.evidence = [...desc.d.evidence, 'rule:unlinked-indefinite+place-phrase'];
      desc.end = pp;
    }
  }
  if (desc && desc.end > i) {
    p = desc.end;
    if (extras.reason) desc.d.reason = extras.reason;
    p = skipExtras(cx, p, extras);
    // (s9) the comma that closes a parenthetical of the subject before the verb's governed preposition ("ونصّ قرار الوزارة،
    // الصادر أمس، على …")
    if (cx.isComma(p) && entry.governs.includes(cx.norm(p + 1)) && desc.d.kind === 'document') p++;
    if (extras.reason && !desc.d.reason) desc.d.reason = extras.reason;
    // "قالت حاجّة، طلبت عدم ذكر اسمها، إن": a guessed name no entity backs that asks not to be named is an unnamed
    // person — no one named withholds the name (s8)
    if (desc.d.reason && desc.d.kind === 'named' && !desc.d.entity && !desc.d.head) {
      desc.d.kind = 'anonymous';
      desc.d.evidence = [...desc.d.evidence, 'rule:unlinked-name+anonymity-reason'];
    }
  }
  // "عبّر عن" (expressed): written without the shadda, عبر is also "via" and "crossed" — a cue only with a subject
  // and then عن + a noun with a pronoun ("عبرت البعثة عن قلقها"; not "عبر الحدود"، "عن طريق")
  if (conjForms(cx.norm(i)).some((f) => cx.lex.sets['homograph-cue']?.has(f)) && !/\u0651/.test(toks[i].text)) {
    const obj = cx.toks[p + 1];
    if (!desc || cx.norm(p) !== 'عن' || !obj || obj.kind !== 'word' || !hasPronounSuffix(obj.norm, cx.lex)) return i + len;
    evidence.push(cx.lex.setLines['homograph-cue']);
  }
  // "ونقل بيان لمكتبه عنه قوله إن …"، "نقلت الوكالة عنها قولها": the pronoun after the relaying source's عن is the current
  // speaker (s8)
  if (entry.cls === 'chain' && desc && !via) {
    const last = desc.end - 1;
    const at = isPronounAn(cx, desc.end) ? desc.end : last > i + len && isPronounAn(cx, last) ? last : -1;
    if (at > 0) {
      if (at === last) desc.d.span = cx.span(desc.d.span.start, cx.toks[last - 1].end);
      const end = relayedFromSpeaker(cx, i, len, at + 1, entry, cueSpan, desc.d, extras);
      if (end > i) return end;
    }
  }
  // chains: X نقل عن Y / X نقل تصريحاً لـY
  if (entry.cls === 'chain' || (desc && cx.norm(p) === 'عن' && (desc.d.kind === 'media' || desc.d.kind === 'document'))) {
    // "نسبت صحيفة X إلى مصادر قولها": نسب takes its source after إلى
    if (desc && (cx.norm(p) === 'عن' || (entry.governs.includes('الي') && cx.norm(p) === 'الي'))) {
      const chained = followChain(cx, desc, p, extras, evidence);
      if (chained) ({ desc, p, via } = chained);
    } else if (desc && toks[p]?.kind === 'word' && nounForms(toks[p].norm).some((f) => cx.lex.statements.has(f.stem))) {
      // "تصريحاً للكاظمي"
      const nx = toks[p + 1];
      if (nx && nx.kind === 'word' && nx.norm.startsWith('ل')) {
        const inner = parseSource(cx, p + 1, true);
        if (inner) {
          via = [cx.registry.resolve(desc.d)];
          const speaker = cx.registry.resolve(inner.d);
          cx.chain = { sentence: cx.sentence(i), source: speaker, via };
          evidence.push('rule:chain=statement-of');
          cx.consume(i, inner.end);
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
    // (also after a comma: "أفادت صحيفة X، نقلاً عن مصدر …، بأن")
    const relayed = relayedSource(cx, desc, p, extras, evidence);
    if (relayed) ({ desc, p, via } = relayed);
  }
  // قوله/قولها after a chain or passive: "نقل عن المصدر قوله: …"
  if (cx.inSet(p, 'qawl')) p++;
  // "اكتفى الناطق … بالتأكيد في تصريح لـX أن …"
  if (cx.inSet(p, 'masdar')) p = skipExtras(cx, p + 1, extras);
  let speaker: ReturnType<typeof currentSpeaker> = null;
  if (!desc && entry.cls !== 'circ' && entry.cls !== 'passive' && i > 0 && cx.inSet(i - 1, 'rel') && cx.npByEnd.has(i - 1)) {
    // "على لسان وزير الدفاع الذي أكد أن …": the antecedent of the relative pronoun
    desc = cx.npByEnd.get(i - 1)!;
    evidence.push('rule:relative-antecedent');
  }
  if (!desc && entry.cls !== 'circ' && entry.cls !== 'passive' && i > 1 && cx.inSet(i - 1, 'rel') && cx.isComma(i - 2)) {
    // "وشارك في اللقاء مدير الهيئة X، الذي أوضح أن …": the person or organisation named right before the comma (s5)
    const ante = antecedentBefore(cx, i - 2);
    if (ante) {
      desc = ante;
      evidence.push('rule:relative-antecedent=name-before-comma');
    }
  }
  if (!desc && entry.cls !== 'circ' && entry.cls !== 'passive' && i > 1 && cx.inSet(i - 1, 'reason-link') && cx.isComma(i - 2)) {
    // "ولم يتأخر ردّ الوزير، إذ قال …": after "، إذ" the subject is the person or title last named in the clause
    // before the comma (grammar.tsv `reason-link`) (s5b)
    const ante = personInClause(cx, i - 2);
    if (ante) {
      desc = ante;
      evidence.push('rule:reason-link=clause-person', cx.lex.setLines['reason-link']);
    }
  }
  if (!desc && entry.cls !== 'circ' && entry.cls !== 'passive') {
    // "وكان الوزير قد قال إن …": the subject sits between كان and قد
    const sv = subjectBefore(cx, i);
    if (sv) {
      desc = sv;
      evidence.push('rule:subject-before-verb');
    }
  }
  // a feminine participle without a comma before it may be a noun ("في ظل مطالبة الشارع"): only with
  // its content right after it ("مضيفة أن"، "داعية إلى "…"")
  if (entry.cls === 'circ' && !desc && i > 0 && !cx.isComma(i - 1) && /ه$/.test(cx.norm(i)) && !cx.isComp(p) && !cx.isColon(p) && !quoteAfter(cx, p) &&
    !(cx.inSet(p, 'prep') && (cx.isComp(p + 1) || quoteAfter(cx, p + 1)))) return i + len;
  if (!desc) {
    if (entry.cls === 'doc') return i + len;
    // "مظاهرات عارمة تطالب بخروج القوات": a bare verb right after a noun is an adjectival clause of
    // that noun, not a subject-less continuation of the last speaker (which comes as وأضاف، ثم قال …)
    const prev = cx.toks[i - 1];
    if (entry.cls !== 'circ' && entry.cls !== 'passive' && prev && prev.kind === 'word' && conjForms(cx.norm(i)).length === 1 &&
      !['discourse', 'rel', 'comp', 'neg', 'then', 'stop'].some((set) => cx.inSet(i - 1, set)) && !cx.inSet(i - 1, 'clause-opener') &&
      // (s9) "وهو يعتقد أن …": a subject pronoun before the verb (grammar.tsv `subject-pronoun`)
      !cx.inSet(i - 1, 'subject-pronoun')) {
      return i + len;
    }
    speaker = currentSpeaker(cx, i);
  }
  // "وأضاف المصدر قائلاً: …": the participle only introduces the verb's own content
  if (entry.cls !== 'circ') {
    const circ = cx.cueAt(p);
    if (circ && circ.entry.cls === 'circ' && circ.entry.lemma === 'قائلا') p += circ.len;
  }
  // «…»، قال المصدر — the quote before the cue comes first; one after it is the quote resumed
  const before = entry.cls !== 'circ' && (desc || speaker) ? quoteBefore(cx, i) : null;
  // "أفاد سكان بسماع دوي انفجارات": the governed بـ + masdar is the reported content
  const governedObject = entry.governs.includes('ب') && cx.toks[p]?.kind === 'word' && cx.toks[p].norm.length > 3 && cx.toks[p].norm[0] === 'ب' && !cx.isComp(p);
  let content: ReturnType<typeof contentAt> = before
    ? { kind: 'direct', content: cx.quoteSpan(before), end: p, quote: before, rule: 'rule:quote+cue' }
    : contentAt(cx, p, governedObject && entry.cls === 'say' ? 'state' : entry.cls, true, entry);
  if (!content && (desc || speaker) && entry.cls !== 'circ' && i > 0 && cx.isComma(i - 1)) {
    let q = p;
    while (q < sEnd && (cx.toks[q].kind === 'punct' || cx.toks[q].kind === 'dash')) q++;
    if (q >= sEnd) {
      // nothing follows the source: the clause before the cue is the content
      const sStart = cx.sentenceStart(i);
      let a = sStart;
      while (a < i && (cx.inSet(a, 'discourse') || cx.toks[a].kind === 'punct')) a++;
      let b = i - 1;
      while (b > a && cx.toks[b - 1].kind === 'punct' && !cx.isPercent(b - 1)) b--;
      if (b - a >= 3 && !cx.consumed[a]) content = { kind: 'indirect', content: cx.contentSpan(a, b), end: sEnd, rule: 'rule:clause+cue' };
    }
  }
  if (!content) return i + len;
  // a one-noun object after عن ("عن قلقها") is a statement only after a verb of expressing (wordsets.tsv: express)
  if (content.rule === 'rule:cue+expressed-object' && !cx.lex.sets.express?.has(normalizeCached(entry.lemma))) return i + len;
  if (content.rule === 'rule:cue+expressed-object') evidence.push(cx.lex.setLines.express);
  if (content.rule === 'rule:cue+warning-object') evidence.push(cx.lex.setLines.warn);
  if (content.rule === 'rule:cue+confirmed-object') evidence.push(cx.lex.setLines.confirm);
  const objectRule = content.rule === 'rule:cue+object' || content.rule === 'rule:cue+expressed-object' || content.rule === 'rule:cue+warning-object' || content.rule === 'rule:cue+confirmed-object';
  if (entry.cls === 'opinion' && content.kind === 'indirect' && objectRule) return i + len;
  // "أعلن الحداد"، "أعلن دعمه لـX"، "دعا إلى مظاهرات/عقد جلسة": a performative act, not a reported claim
  if (content.kind === 'indirect' && objectRule && actObject(cx, content.content, entry)) return i + len;
  if (!desc && !speaker) {
    // "وقال: «…»" with no one named before it in the article: a statement whose speaker is a pronoun without an
    // antecedent — an unnamed source marked `unresolved` (contract addition, s8)
    // (only when the content follows the verb at once — a subject the parser could not read is no pronoun)
    const d = objectRule || !(cx.isComp(p) || cx.isColon(p) || quoteAfter(cx, p)) ? null : unresolvedSpeaker(cx, i, entry, cueSpan);
    if (!d) return i + len;
    desc = { d, end: p };
  }
  const back = desc && cx.lex.sets.continue?.has(normalizeCached(entry.lemma)) ? statementBackReference(cx, desc.d, i) : undefined;
  if (back) evidence.push('rule:statement-noun=its-speaker');
  const sourceId = back ?? (desc ? cx.registry.resolve(desc.d) : speaker!.sourceId);
  if (desc?.d.reason) cx.registry.addReason(sourceId, desc.d.reason);
  if (!via && speaker?.via) via = speaker.via;
  // "نقلت صحيفة X عن دبلوماسي … . وأضاف الدبلوماسي أن …": a definite back-reference with a verb of continuing keeps the
  // outlet the source was last quoted through, in the two sentences before (s5)
  if (!via && desc && desc.d.definite && cx.lex.sets.continue?.has(normalizeCached(entry.lemma))) {
    const s0 = cx.sentence(i);
    for (let k = cx.found.length - 1; k >= 0 && k >= cx.found.length - 6; k--) {
      const f = cx.found[k];
      if (s0 - f.sentence > 2) break;
      if (f.sourceId !== sourceId) continue;
      if (f.via) {
        via = f.via;
        evidence.push('rule:continuation-keeps-via', cx.lex.setLines.continue);
      }
      break;
    }
  }
  evidence.push(content.rule);
  if (!desc) evidence.push(entry.cls === 'circ' ? 'rule:circumstantial=current-speaker' : 'rule:continuation=last-speaker');
  if (speaker?.evidence) evidence.push('rule:speaker-gender', speaker.evidence);
  const f: Found = { kind: content.kind, sourceId, cue: cueSpan, content: content.content, evidence, sentence: cx.sentence(i) };
  if (extras.statement) f.statement = extras.statement;
  // "قال في تصريح نقلته الوكالة الوطنية للإعلام إن …": a statement noun with an adjectival clause of relaying whose
  // subject is an outlet — the outlet is the link (wordsets.tsv `relay-resumptive`) (s5b)
  let relayNp: Span | undefined;
  if (!via && (cx.registry.kindOf(sourceId) === 'named' || cx.registry.kindOf(sourceId) === 'anonymous')) {
    const cStart = cx.firstTokenAt(content.content.start);
    for (let m = i + len + 1; m < Math.min(cStart, i + len + 30); m++) {
      if (!cx.inSet(m, 'relay-resumptive') || toks[m - 1]?.kind !== 'word' || !nounForms(toks[m - 1].norm).some((f) => cx.lex.statements.has(f.stem))) continue;
      const out = parseSource(cx, m + 1, true);
      if (out && out.d.kind === 'media' && out.end <= cStart) {
        via = [cx.registry.resolve(out.d)];
        relayNp = out.d.span;
        evidence.push('rule:statement+relaying-outlet', cx.lex.setLines['relay-resumptive']);
      }
      break;
    }
  }
  extras.recipient ??= farRecipient(cx, i, cx.firstTokenAt(content.content.start));
  // (the recipient found inside the outlet's name — "للإعلام" — is none)
  if (relayNp && extras.recipient && normalize(relayNp.text).includes(normalize(extras.recipient).replace(/^ال/, ''))) delete extras.recipient;
  // "قال X لـ"شفق نيوز" إن … . وأضاف X أن …"، "وأوضح أحدهما": a verb of continuing (or a part of the group just quoted)
  // in the next sentence, with no outlet of its own, goes on speaking to the outlet the same source spoke to (s5b)
  if (!extras.recipient && !via && entry.cls !== 'circ' && (cx.lex.sets.continue?.has(normalizeCached(entry.lemma)) || desc?.d.partitive)) {
    const s0 = cx.sentence(i);
    const last = cx.found[cx.found.length - 1];
    if (last && last.sourceId === sourceId && last.recipient && s0 - last.sentence === 1) {
      extras.recipient = last.recipient;
      evidence.push('rule:continuation-keeps-recipient');
    }
  }
  if (extras.recipient) f.recipient = extras.recipient;
  if (via) f.via = via;
  emit(cx, f);
  if (content.quote) content.quote.used = true;
  // "ردّ X بأن زميله Y قال … إنه …": reported speech that itself reports a named person's statement gives Y's
  // statement too, with X as the link
  if (content.kind === 'indirect') nestedStatement(cx, content.content, sourceId, via);
  // quoted words inside reported speech ("أن الهدف "جاء بعد خطأ"") belong to it: a later cue ("، وأضاف أن …")
  // must not take them as a quote before it
  if (content.kind === 'indirect') {
    for (let m = cx.firstTokenAt(content.content.start); m < cx.toks.length && cx.toks[m].start < content.content.end; m++) {
      const q = cx.qOpen(m);
      if (q >= 0) cx.quotes[q].used = true;
    }
  }
  let end = content.end;
  // "يقول X إن …: "…"" (interview style): after the reported clause, the speaker's own words follow a colon
  if (content.kind === 'indirect' && !before) {
    let k = content.end;
    while (k < content.end + 2 && k < cx.toks.length && !cx.isColon(k) && cx.toks[k].kind === 'punct') k++;
    const q = cx.isColon(k) ? quoteAfter(cx, k + 1) : null;
    if (q && !q.used) {
      q.used = true;
      emit(cx, { ...f, kind: 'direct', content: cx.quoteSpan(q), evidence: [...evidence, 'rule:clause+colon-quote'] });
      end = q.close >= 0 ? q.close + 1 : cx.sentenceEnd(k + 1);
    }
  }
  // a quote resumed after the source: "«…»، يقول المصدر، «…»"
  if (content.rule === 'rule:quote+cue') {
    let k = p;
    if (cx.isComma(k)) k++;
    const again = quoteAfter(cx, k);
    if (again) {
      again.used = true;
      emit(cx, { ...f, content: cx.quoteSpan(again), evidence: [...evidence, 'rule:quote-resumed'] });
      end = again.close >= 0 ? again.close + 1 : cx.sentenceEnd(k);
    }
  }
  cx.consume(i, Math.max(end, i + len));
  return Math.max(end, i + len);
}

/**
 * The speaker of a verb of saying with no subject and no antecedent anywhere before it (no person or organisation named, no
 * statement found): the pronoun's referent is outside the article. An unnamed (anonymous) source labelled by the verb,
 * flagged `unresolved` so that it is told apart from a source that withholds its name. The verb must open its clause.
 */
function unresolvedSpeaker(cx: Ctx, i: number, entry: CueEntry, cueSpan: Span): SourceDesc | null {
  if (entry.cls !== 'say' && entry.cls !== 'state' && entry.cls !== 'opinion' && entry.cls !== 'circ') return null;
  if (cx.found.length > 0) return null;
  const s0 = cx.sentenceStart(i);
  if (i > s0 && !cx.isComma(i - 1) && !cx.inSet(i - 1, 'discourse') && cx.toks[i - 1].kind !== 'punct' && cx.toks[i - 1].kind !== 'dash') return null;
  for (let m = 0; m < i; m++) {
    const mm = cx.mentionAt[m];
    const type = mm ? cx.entityType.get(mm.entity) : undefined;
    if (type === 'PER' || type === 'ORG') return null;
  }
  return {
    kind: 'anonymous', head: null, definite: false, ahad: false, span: cueSpan, words: new Set(), nisbas: new Set(), entity: null,
    unresolved: true, evidence: [entry.evidence, 'rule:pronoun-without-antecedent'],
  };
}

/**
 * A short place phrase at k ("في الحي"، "من البلدة القديمة": في/من and one to three words) closed by a comma, the
 * complementizer or a colon. Returns the token after the phrase, or k.
 */
function placePhrase(cx: Ctx, k: number): number {
  if ((cx.norm(k) !== 'في' && cx.norm(k) !== 'من') || cx.statementAt(k) !== k) return k;
  let m = k + 1;
  while (m < Math.min(cx.toks.length, k + 4) && cx.toks[m].kind === 'word' && !cx.isComp(m) && !cx.cueAt(m) && !cx.inSet(m, 'stop') && !cx.inSet(m, 'rel')) m++;
  return m > k + 1 && (cx.isComma(m) || cx.isComp(m) || cx.isColon(m)) ? m : k;
}

/** "نقل عنه X قوله …": source = the current speaker, via = X (object-pronoun set of grammar.tsv after عن). */
function pronounChain(cx: Ctx, i: number, len: number, p: number, entry: CueEntry, cueSpan: Span, extras: { recipient?: string; reason?: Span }): number {
  const t = cx.toks[p];
  if (!t || t.kind !== 'word' || !t.norm.startsWith('عن') || !cx.lex.sets['object-pronoun']?.has(t.norm.slice(2))) return i;
  const relay = parseSource(cx, p + 1, true);
  if (!relay) return i;
  return relayedFromSpeaker(cx, i, len, relay.end, entry, cueSpan, relay.d, extras);
}

/**
 * "نقل عنه X قوله …" and "نقلت الوكالة عنها قولها …": the pronoun after عن is the current speaker (or the topic of
 * "أما X"), the relay is `via`; the content starts at q (after any extras and "قوله"). Returns the token after the
 * statement, or i when there is no speaker or no content.
 */
function relayedFromSpeaker(cx: Ctx, i: number, len: number, q: number, entry: CueEntry, cueSpan: Span, relay: SourceDesc, extras: { recipient?: string; reason?: Span }): number {
  const topic = amaTopic(cx, i);
  const sp = topic ? { sourceId: cx.registry.resolve(topic.d) } : currentSpeaker(cx, i);
  if (!sp) return i;
  q = skipExtras(cx, q, extras);
  if (cx.inSet(q, 'qawl')) q++;
  const content = contentAt(cx, q, 'say', true);
  if (!content) return i;
  const f: Found = {
    kind: content.kind, sourceId: sp.sourceId, cue: cueSpan, content: content.content, sentence: cx.sentence(i),
    evidence: [entry.evidence, 'rule:chain=pronoun-an', cx.lex.setLines['object-pronoun'], content.rule], via: [cx.registry.resolve(relay)],
  };
  if (extras.recipient) f.recipient = extras.recipient;
  emit(cx, f);
  if (content.quote) content.quote.used = true;
  const end = Math.max(content.end, i + len);
  cx.consume(i, end);
  return end;
}

/** Is token k عن with an object pronoun ("عنه"، "عنها")? */
function isPronounAn(cx: Ctx, k: number): boolean {
  const t = cx.toks[k];
  return !!t && t.kind === 'word' && t.norm.startsWith('عن') && t.norm.length > 2 && !!cx.lex.sets['object-pronoun']?.has(t.norm.slice(2));
}

/** Is token i the masculine past form of the cue (its lemma) and p the start of an ORG name whose first word is feminine (ة)? */
function feminineOrgAfterMasculine(cx: Ctx, i: number, p: number, entry: CueEntry): boolean {
  const t = cx.toks[p];
  // (or a feminine construct noun right before the organisation's name: "قيادة شرطة البصرة")
  const at = cx.mentionAt[p] || !t || t.kind !== 'word' || t.norm.startsWith('ال') ? p : p + 1;
  const mm = cx.mentionAt[at];
  // (or a bare definite organisation head in ة with the verb's governed preposition after it: "وحذّر النقابة من …" — s5)
  const bareHead = !mm && !!t && t.kind === 'word' && nounForms(t.norm).some((f) => f.article && cx.lex.orgHeadWords.has(f.stem)) &&
    entry.governs.length > 0 && entry.governs.includes(cx.norm(p + 1));
  if (!bareHead && (!mm || !t || mm.tokenStart !== at || mm.start !== cx.toks[at].start || cx.entityType.get(mm.entity) !== 'ORG')) return false;
  if (!/ة[\u064B-\u0652]*$/.test(t.text)) return false;
  const lemma = normalizeCached(entry.lemma);
  return !/^[يت]/.test(lemma) && !lemma.includes(' ') && conjForms(cx.norm(i)).includes(lemma);
}

/**
 * "…، وهو ما أكده المتحدث باسم الجيش": the clause before "وهو ما" is the content of the cue verb (with its
 * object pronoun) and the source follows the verb.
 */
export function whichConfirmed(cx: Ctx, i: number): number {
  const v = i + 1;
  const t = cx.toks[v];
  if (!t || t.kind !== 'word') return i;
  const base = t.norm.replace(/(ته|ها|ه)$/, '');
  if (base === t.norm) return i;
  const m = cx.lex.cues.matchAt(() => undefined, v, [base, base + 'ت']);
  if (!m.length) return i;
  const entry = m[0].values[0];
  if (entry.cls === 'circ' || entry.cls === 'passive' || entry.cls === 'doc') return i;
  const desc = parseSource(cx, v + 1, true);
  if (!desc) return i;
  const sStart = cx.sentenceStart(i);
  let a = skipDateline(cx, sStart, i);
  while (a < i && (cx.inSet(a, 'discourse') || cx.toks[a].kind === 'punct')) a++;
  let b = i - 1;
  while (b > a && (cx.isComma(b - 1) || cx.toks[b - 1].kind === 'punct') && !cx.isPercent(b - 1)) b--;
  if (b - a < 3 || cx.consumed[b - 1]) return i;
  const sourceId = cx.registry.resolve(desc.d);
  const extras: { recipient?: string; reason?: Span } = {};
  const end = skipExtras(cx, desc.end, extras);
  const f: Found = { kind: 'indirect', sourceId, cue: cx.span(t.start, t.end), content: cx.contentSpan(a, b), evidence: [entry.evidence, 'rule:which-X-confirmed'], sentence: cx.sentence(i) };
  if (extras.recipient) f.recipient = extras.recipient;
  emit(cx, f);
  cx.consume(i, end);
  return end;
}

/** "مصدر عسكري لـ"X": …" / "ENTITY: …" at the start of a sentence (headline style, no verb). */
export function headlineColon(cx: Ctx, i: number): number {
  const r = parseSource(cx, i, false);
  if (!r) return i;
  const extras: { recipient?: string; reason?: Span } = {};
  const p = skipExtras(cx, r.end, extras);
  if (!cx.isColon(p)) return i;
  const c = contentAt(cx, p, 'say', false);
  if (!c || c.content.text.split(/\s+/).length < 3) return i;
  const sourceId = cx.registry.resolve(r.d);
  const f: Found = { kind: 'direct', sourceId, cue: cx.tokSpan(p, p + 1), content: c.content, evidence: ['rule:source+colon', c.rule], sentence: cx.sentence(i) };
  if (extras.recipient) f.recipient = extras.recipient;
  emit(cx, f);
  if (c.quote) c.quote.used = true;
  cx.consume(i, c.end);
  return c.end;
}

/**
 * Inside an indirect content span, a verb of saying whose subject (a person or organisation named by the entity
 * layer) stands right before it at the start of the clause ("بأن زميله الكندري قال … إنه لا يمانع"): that
 * subject's own statement, relayed by the outer source. Bounded by the span (one sentence).
 */
function nestedStatement(cx: Ctx, span: Span, outer: string, outerVia: string[] | undefined): void {
  const a = cx.firstTokenAt(span.start);
  for (let m = a + 1; m < Math.min(cx.toks.length, a + 6) && cx.toks[m].start < span.end; m++) {
    const cue = cx.cueAt(m);
    if (!cue) continue;
    if (cue.entry.cls !== 'say' && cue.entry.cls !== 'state') return;
    // the subject: the words from the clause start up to the verb, ending on a named entity
    const mm = cx.mentionAt[m - 1];
    if (!mm || mm.tokenEnd !== m || mm.tokenStart < a) return;
    const type = cx.entityType.get(mm.entity);
    if (type !== 'PER' && type !== 'ORG') return;
    const src = parseSource(cx, mm.tokenStart, true);
    if (!src || src.end !== m) return;
    const content = contentAt(cx, m + cue.len, cue.entry.cls, true, cue.entry);
    if (!content || cx.toks[Math.min(content.end, cx.toks.length) - 1].end > span.end + 1) return;
    const sourceId = cx.registry.resolve(src.d);
    if (sourceId === outer) return;
    // the relaying speaker stays the current one ("…، متسائلاً: …" continues X, not Y)
    const keep = cx.lastFound;
    emit(cx, {
      kind: content.kind, sourceId, cue: cueSpanAt(cx, m, cue.len), content: content.content, sentence: cx.sentence(m),
      evidence: [cue.entry.evidence, 'rule:nested-statement', content.rule], via: [...(outerVia ?? []), outer],
    });
    cx.lastFound = keep;
    return;
  }
}

/** A PER/ORG mention ending right before the comma at c, as a source description (with its entity). */
/**
 * The nearest person named (a PER mention) or referred to by a bare definite title ("الوزير") in the clause ending at
 * token c (at most 12 tokens back, within the sentence, no comma or cue between), as a source.
 */
function personInClause(cx: Ctx, c: number): { d: SourceDesc; end: number } | null {
  const s0 = cx.sentenceStart(c);
  for (let m = c - 1; m >= Math.max(s0, c - 12); m--) {
    const t = cx.toks[m];
    if (t.kind !== 'word' || cx.isComma(m) || cx.cueAt(m)) break;
    const mm = cx.mentionAt[m];
    if (mm && mm.tokenEnd === m + 1) {
      if (cx.entityType.get(mm.entity) !== 'PER') return null;
      return antecedentBefore(cx, m + 1);
    }
    if (nounForms(t.norm).some((f) => f.article && cx.lex.titleWords.has(f.stem))) {
      const r = parseSource(cx, m, true);
      return r && r.d.entity && r.d.kind === 'named' ? r : null;
    }
  }
  return null;
}

function antecedentBefore(cx: Ctx, c: number): { d: SourceDesc; end: number } | null {
  const mm = cx.mentionAt[c - 1];
  if (!mm || mm.tokenEnd !== c) return null;
  const type = cx.entityType.get(mm.entity);
  if (type !== 'PER' && type !== 'ORG') return null;
  const r = parseSource(cx, mm.tokenStart, true);
  if (!r) return null;
  if (!r.d.entity) {
    r.d.entity = mm.entity;
    r.d.kind = cx.lex.mediaNames.has(normalize(cx.entityName.get(mm.entity) ?? '')) ? 'media' : 'named';
  }
  const nm = cx.entityName.get(mm.entity);
  if (nm) r.d.entityName = nm;
  return r;
}

/**
 * "وتداول مستخدمون مقاطع فيديو تُظهر ألسنة اللهب …"، "حصل الموقع على وثائق …، تُظهر أن …": a present-tense cue right after
 * (or a comma after) a noun phrase headed by a record (sources.tsv kind document, at most ten words back, no clause
 * boundary between): that record is the source, the complement or object the content. Returns the token after the
 * content, or i.
 */
function recordClause(cx: Ctx, i: number, len: number, entry: CueEntry, cueSpan: Span, evidence: string[]): number {
  const toks = cx.toks;
  let j = i - 1;
  if (j >= 0 && cx.isComma(j)) j--;
  const sStart = cx.sentenceStart(i);
  let h = -1;
  for (let m = j; m >= Math.max(sStart, j - 10); m--) {
    const t = toks[m];
    if (t.kind === 'quote') continue;
    if (t.kind !== 'word' || cx.isComp(m) || (m < j && cx.cueAt(m))) break;
    if (nounForms(t.norm).some((f) => cx.lex.heads.get(f.stem)?.kind === 'document')) {
      h = m;
      break;
    }
  }
  if (h < 0) return i;
  // "مقاطع فيديو": a record noun in construct with another starts the phrase
  while (h - 1 >= sStart && toks[h - 1].kind === 'word' && nounForms(toks[h - 1].norm).some((f) => cx.lex.heads.get(f.stem)?.kind === 'document')) h--;
  const r = parseSource(cx, h, false);
  if (!r || r.d.kind !== 'document' || r.end > i) return i;
  const p = i + len;
  let content = contentAt(cx, p, entry.cls === 'doc' ? 'say' : entry.cls, true, entry);
  if (!content && entry.cls === 'doc' && toks[p]?.kind === 'word' && !cx.isComma(i - 1)) {
    // an object of showing: what the record shows ("تُظهر ألسنة اللهب وهي تخرج …")
    const c = clauseFrom(cx, p, true);
    if (c && c[1] - c[0] >= 3) content = { kind: 'indirect', content: cx.contentSpan(c[0], c[1]), end: c[1], rule: 'rule:cue+object' };
  }
  if (!content) return i;
  const sourceId = cx.registry.resolve(r.d);
  const f: Found = { kind: content.kind, sourceId, cue: cueSpan, content: content.content, evidence: [...evidence, 'rule:record+adjectival-clause', content.rule], sentence: cx.sentence(i) };
  emit(cx, f);
  if (content.quote) content.quote.used = true;
  const end = Math.max(content.end, i + len);
  cx.consume(i, end);
  return end;
}

/**
 * "ما وصفته بـ"…"" (wordsets.tsv `what-described` before a cue with an object pronoun, then بـ and a quotation): the
 * quoted words are a direct attribution to the subject of the sentence (its opening verb's subject or the first name in
 * it), else the current speaker. Returns the token after the quotation, or i.
 */
function whatDescribed(cx: Ctx, i: number, len: number, entry: CueEntry, cueSpan: Span, evidence: string[]): number {
  if (len !== 1 || i === 0 || !cx.inSet(i - 1, 'what-described') || !hasPronounSuffix(cx.norm(i), cx.lex)) return i;
  let p = i + 1;
  if (cx.norm(p) === 'ب') p++;
  // (the description may be one or two words: "بـ"التدخل السافر"")
  const qi = cx.qOpen(p);
  const q = qi >= 0 ? cx.quotes[qi] : null;
  if (!q || q.used || q.close < 0 || q.words < 1) return i;
  const d = verbSubject(cx, i) ?? sentenceSubject(cx, i);
  const sourceId = d ? cx.registry.resolve(d) : currentSpeaker(cx, i)?.sourceId;
  if (!sourceId) return i;
  q.used = true;
  emit(cx, { kind: 'direct', sourceId, cue: cueSpan, content: cx.quoteSpan(q), evidence: [...evidence, 'rule:what-X-described', cx.lex.setLines['what-described']], sentence: cx.sentence(i) });
  const end = q.close + 1;
  cx.consume(i, end);
  return end;
}

/**
 * "قالت الوزارة في بيان إن … . وأضاف البيان أن …": with a verb of continuing (wordsets.tsv `continue`), a bare definite
 * statement noun that refers to no earlier document source is the statement a speaker made in the two sentences before
 * ("في بيان"): that speaker goes on (s6). ("وجاء في البيان" stays the document: sentences.test.ts.)
 */
function statementBackReference(cx: Ctx, d: SourceDesc, i: number): string | undefined {
  if (d.kind !== 'document' || !d.definite || !d.head || d.words.size > 0 || cx.registry.wouldJoin(d)) return undefined;
  const s = cx.sentence(i);
  for (let k = cx.found.length - 1; k >= 0 && k >= cx.found.length - 8; k--) {
    const f = cx.found[k];
    if (s - f.sentence > 2) break;
    if (f.statement !== d.head) continue;
    const kind = cx.registry.kindOf(f.sourceId);
    if (kind !== 'named' && kind !== 'anonymous') return undefined;
    cx.registry.attach(f.sourceId, d);
    return f.sourceId;
  }
  return undefined;
}
