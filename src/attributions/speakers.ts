// Speakers of cues without a subject after the verb: a subject before it, the clause or sentence subject,
// the chain frame, the pending subject of a negated cue, or the last speaker (agreeing in gender).
import type { Span } from '../contract.ts';
import { normalize } from '../text/normalize.ts';
import { skipExtras } from './chains.ts';
import type { Ctx } from './context.ts';
import type { SourceDesc } from './coref.ts';
import { conjForms, nounForms } from './lexicon.ts';
import { issuingClause, parseSource } from './sources.ts';

export const CONTINUATION_SENTENCES = 6;

/** A description parsed without an entity of its own is the named source `entity` (the subject found). */
function nameAfterEntity(cx: Ctx, d: SourceDesc, entity: string): void {
  if (d.entity) return;
  d.entity = entity;
  d.kind = 'named';
  const nm = cx.entityName.get(entity);
  if (nm) d.entityName = nm;
}

/**
 * "في حين اتهم رئيس الحزب سمير جعجع …": the subject of a contrasting clause (a PER/ORG name within a few
 * tokens of its verb) becomes the pending speaker for a later "قائلاً" in the sentence.
 */
export function contrastSubject(cx: Ctx, v: number): boolean {
  for (let k = v + 1; k < Math.min(cx.toks.length, v + 7); k++) {
    const mm = cx.mentionAt[k];
    if (!mm || mm.tokenStart !== k) continue;
    const type = cx.entityType.get(mm.entity);
    if (type !== 'PER' && type !== 'ORG') continue;
    let start = v + 1;
    const r = parseSource(cx, start, true) ?? parseSource(cx, k, true);
    if (!r) return false;
    nameAfterEntity(cx, r.d, mm.entity);
    r.d.evidence.push('rule:contrast-subject');
    cx.pending = { sentence: cx.sentence(v), d: r.d };
    return true;
  }
  return false;
}

/** The speaker of a subject-less cue ("وأضاف"، "قائلاً"): chain frame, same sentence, or the last speaker. */
export function currentSpeaker(cx: Ctx, i: number): { sourceId: string; via?: string[]; recipient?: string; evidence?: string } | null {
  const s = cx.sentence(i);
  if (cx.chain && cx.chain.sentence === s) return { sourceId: cx.chain.source, via: cx.chain.via };
  if (cx.pending && cx.pending.sentence === s) {
    const id = cx.registry.resolve(cx.pending.d);
    cx.pending = null;
    return { sourceId: id };
  }
  const last = cx.lastFound;
  // "…، في حين اتهم رئيس الحزب X …، قائلاً": the subject of the clause the participle follows,
  // unless that name sits inside the content of the sentence's last statement
  if (i > 0 && cx.isComma(i - 1)) {
    // "…، غير أنه رفض التعليق، مكتفياً بالقول": the pronoun subject of the clause is the person named before it (s5)
    const ps = pronounClauseSubject(cx, i - 1);
    if (ps && !(last && last.sentence === s && last.cue.start > ps.at)) return { sourceId: cx.registry.resolve(ps.d), evidence: cx.lex.setLines['pronoun-subject'] };
    const cs = clauseSubject(cx, i - 1);
    // (a name between the last statement's cue and the end of its content is its source, link or content)
    if (cs && !(last && last.sentence === s && last.cue.start <= cs.at && cs.at < last.content.end) && !(last && last.sentence === s && last.cue.start > cs.at)) {
      return { sourceId: cx.registry.resolve(cs.d) };
    }
  }
  if (last && last.sentence === s && last.cue.start < cx.toks[i].start) {
    // "نقلت النائبة X عن الوزير Y قوله …، داعية …": a participle agreeing with the relaying link, not with the
    // quoted source, continues the link's own words
    const link = last.via?.[last.via.length - 1];
    if (link) {
      const g = participleGender(cx, i) ?? cueGender(cx, i);
      if (g && sourceGender(cx, last.sourceId) === (g === 'f' ? 'm' : 'f') && sourceGender(cx, link) === g) {
        return { sourceId: link, evidence: cx.lex.setLines['gendered-past'] };
      }
    }
    const r: { sourceId: string; via?: string[] } = { sourceId: last.sourceId };
    if (last.via) r.via = last.via;
    return r;
  }
  // "سُئل المحافظ عما إذا …، فأجاب: «…»": the one asked answers (wordsets.tsv `asked`; the written passive, or the
  // imperfect when it is no active question — "يُسأل") (s6)
  const asked = askedSubject(cx, i);
  if (asked) return { sourceId: cx.registry.resolve(asked) };
  // the subject of the sentence: "رحّب وزير المالية محمد معيط بالقرار، وقال …"
  const subj = sentenceSubject(cx, i);
  if (subj) return { sourceId: cx.registry.resolve(subj) };
  // "وتعهد الرئيس الجديد بمكافحة الفساد، قائلاً إن …": with no statement yet in the sentence, a participle continues the
  // subject of the sentence's opening verb — a description right after it (s5)
  if (!(last && last.sentence === s) && cx.cueAt(i)?.entry.cls === 'circ' && i > 0 && cx.isComma(i - 1)) {
    const vs = verbSubject(cx, i);
    if (vs) return { sourceId: cx.registry.resolve(vs) };
  }
  // "وانتقد رئيس المجلس X الحكومة. وقال في تصريحات …": with no statement in this or the sentence before, the subject
  // of the sentence before (a person or organisation named at its start) goes on speaking — for a verb, not a
  // participle, which continues its own sentence (s5)
  if ((!last || s - last.sentence > 1) && cx.sentenceStart(i) > 0 && cx.cueAt(i)?.entry.cls !== 'circ') {
    const prev = sentenceSubject(cx, cx.sentenceStart(i) - 1);
    if (prev && prev.entity && cx.entityType.get(prev.entity) === 'PER') {
      prev.evidence.push('rule:previous-sentence-subject');
      return { sourceId: cx.registry.resolve(prev) };
    }
  }
  if (last && last.cue.start < cx.toks[i].start && s - last.sentence <= CONTINUATION_SENTENCES) {
    // "وقالت الوزيرة … وأضاف السفير … وأضافت أن …": a past verb's gender picks the last speaker that agrees
    const g = cueGender(cx, i);
    let pick = last;
    if (g && sourceGender(cx, last.sourceId) === (g === 'f' ? 'm' : 'f')) {
      const seen = new Set<string>([last.sourceId]);
      for (let k = cx.found.length - 1, n = 0; k >= 0 && n < 8; k--, n++) {
        const f = cx.found[k];
        if (f.cue.start >= cx.toks[i].start || seen.has(f.sourceId)) continue;
        seen.add(f.sourceId);
        if (s - f.sentence > CONTINUATION_SENTENCES) break;
        if (sourceGender(cx, f.sourceId) === g) {
          pick = f;
          break;
        }
      }
    }
    // (s7) "أكد الوزير صالح … . وأضافت: «…»": a verb whose gender no person quoted within reach agrees with has no antecedent
    // — a person's gender is no grammatical accident (an organisation's may be: "قالت الوزارة … وأضاف"), so none is invented
    if (g && pick === last && sourceGender(cx, last.sourceId) === (g === 'f' ? 'm' : 'f') && personSource(cx, last.sourceId)) return null;
    const r: { sourceId: string; via?: string[]; recipient?: string; evidence?: string } = { sourceId: pick.sourceId };
    if (pick.via) r.via = pick.via;
    // the verb's gender passed over the last speaker: cite the data row of the gendered verbs
    if (pick !== last) r.evidence = cx.lex.setLines['gendered-past'];
    return r;
  }
  return null;
}

/** A source that is a person named by the entity layer (its gender is the person's). */
function personSource(cx: Ctx, id: string): boolean {
  const e = cx.registry.get(id)?.entity;
  return !!e && cx.entityType.get(e) === 'PER';
}

/** Gender of a singular circumstantial participle: مضيفة/داعية → f, مضيفا/داعيا → m; null otherwise. */
function participleGender(cx: Ctx, i: number): 'm' | 'f' | null {
  const c = cx.cueAt(i);
  if (!c || c.len !== 1 || c.entry.cls !== 'circ') return null;
  const w = cx.norm(i);
  return /ه$/.test(w) ? 'f' : /ا$/.test(w) ? 'm' : null;
}

/** Gender of a past-tense cue verb: قالت/أضافت → f, قال/أضاف → m; null for other forms. */
export function cueGender(cx: Ctx, i: number): 'm' | 'f' | null {
  const c = cx.cueAt(i);
  if (!c || c.len !== 1) return null;
  const lemma = normalize(c.entry.lemma);
  const forms = conjForms(cx.norm(i));
  if (forms.includes(lemma + 'ت')) return 'f';
  if (forms.includes(lemma) && cx.lex.sets['gendered-past'].has(lemma)) return 'm';
  return null;
}

/** Grammatical gender of a source from its first mention's head word (الوزيرة، الوزارة، المصادر → f). */
export function sourceGender(cx: Ctx, id: string): 'm' | 'f' | null {
  const src = cx.registry.get(id);
  const w = src?.mentions[0]?.text.split(/\s+/)[0];
  if (!src || !w) return null;
  const forms = nounForms(normalize(w));
  const stem = forms.find((f) => f.article)?.stem ?? forms[0]?.stem ?? '';
  const head = cx.lex.heads.get(stem);
  // non-human plurals and words in -ة take feminine verbs ("وأضافت المصادر"، "وأضافت الوزارة")
  if (stem.endsWith('ه') || (head && cx.lex.sets['collective-head'].has(head.key))) return 'f';
  // "عضو لجنة الزراعة … النائبة ديما …": an epicene first word, then a feminine title right before the name (s6)
  if (src.kind === 'named' && src.entity && cx.entityType.get(src.entity) === 'PER') {
    const ws = normalize(src.mentions[0].text).split(/\s+/);
    for (let k = 1; k < ws.length && k < 20; k++) {
      const f = nounForms(ws[k]).find((x) => x.article);
      if (f && f.stem.endsWith('ه') && f.stem.length > 3 && (cx.lex.titleWords.has(f.stem.slice(0, -1)) || cx.lex.titleWords.has(f.stem))) return 'f';
    }
  }
  if (src.kind === 'named' && src.entity && cx.entityType.get(src.entity) === 'PER' && !head && !cx.lex.titleWords.has(stem)) return null;
  if ((head && head.kind === 'anonymous') || cx.lex.titleWords.has(stem)) return 'm';
  return null;
}

/**
 * The PER/ORG subject of the clause that ends at comma c (back to the previous comma or the sentence
 * start, at most 20 tokens): the first name not after a preposition or a clitic, a person before an org.
 */
export function clauseSubject(cx: Ctx, c: number): { d: SourceDesc; at: number } | null {
  const sStart = cx.sentenceStart(c);
  let cs = c - 1;
  while (cs > sStart && cs > c - 20 && !cx.isComma(cs - 1)) cs--;
  if (cs > sStart && cx.isComma(cs - 1) === false && cs === c - 20) return null;
  let pick = -1;
  let pickType = '';
  for (let k = cs; k < c; k++) {
    if (cx.inQuote[k] >= 0) continue;
    const mm = cx.mentionAt[k];
    if (!mm || mm.tokenStart !== k || mm.start !== cx.toks[k].start) continue;
    const type = cx.entityType.get(mm.entity);
    if (type !== 'PER' && type !== 'ORG') continue;
    if (k > cs && (cx.inSet(k - 1, 'prep') || cx.inSet(k - 1, 'stop') || cx.inSet(k - 1, 'object-prep'))) continue;
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
  const mm = cx.mentionAt[pick]!;
  // the whole description from the clause's verb when it runs to the name ("رئيس الحزب سمير جعجع")
  let r: { d: SourceDesc; end: number } | null = null;
  // "بعد تحريات أجرتها الإدارة العامة …، كشفت أن": the document whose issuing clause holds the name is the subject
  if (pickType === 'ORG' && pick - 2 >= cs && issuingClause(cx, pick - 1)) {
    const doc = parseSource(cx, pick - 2, false);
    if (doc && doc.d.kind === 'document' && doc.end >= mm.tokenEnd) {
      doc.d.evidence.push('rule:clause-subject');
      return { d: doc.d, at: cx.toks[pick - 2].start };
    }
  }
  for (let v = cs; v < pick && !r; v++) {
    const t = parseSource(cx, v + 1, true);
    if (t && t.end >= mm.tokenEnd && t.d.entity === mm.entity) r = t;
  }
  r ??= parseSource(cx, pick, true);
  if (!r) return null;
  nameAfterEntity(cx, r.d, mm.entity);
  r.d.evidence.push('rule:clause-subject');
  return { d: r.d, at: cx.toks[pick].start };
}

/** The person (PER entity) mentioned last before token i, within this and the two previous sentences. */
export function lastPerson(cx: Ctx, i: number): { d: SourceDesc; end: number } | null {
  const s = cx.sentence(i);
  for (let k = i - 1; k >= 0 && cx.sentence(k) >= s - 2 && k > i - 120; k--) {
    if (cx.inQuote[k] >= 0) continue;
    const mm = cx.mentionAt[k];
    if (!mm || mm.tokenStart !== k || cx.entityType.get(mm.entity) !== 'PER') continue;
    const r = parseSource(cx, k, true);
    if (!r) continue;
    if (!r.d.entity) {
      r.d.entity = mm.entity;
      r.d.kind = 'named';
    }
    const nm = cx.entityName.get(mm.entity);
    if (nm) r.d.entityName = nm;
    r.d.evidence.push('rule:honorific=last-person');
    return r;
  }
  return null;
}

/**
 * "سُئل X عن …، فأجاب": the description after a passive verb of asking earlier in the cue's sentence (at most 30 words
 * back, no statement between; a verb inside the question — "التي تعهد بها المانحون" — is no statement). Only an answering
 * cue takes it (wordsets.tsv `answer`: the cues.tsv lemma أجاب).
 */
function askedSubject(cx: Ctx, i: number): SourceDesc | null {
  const c = cx.cueAt(i);
  if (!c || !cx.lex.sets.answer?.has(normalize(c.entry.lemma)) || !cx.lex.sets.asked) return null;
  const sStart = cx.sentenceStart(i);
  for (let k = i - 1; k >= Math.max(sStart, i - 30); k--) {
    // (a statement already made in the sentence after the question has its own speaker)
    if (cx.lastFound && cx.lastFound.sentence === cx.sentence(i) && cx.lastFound.cue.start > cx.toks[k].start) return null;
    if (!cx.inSet(k, 'asked')) continue;
    // (the active imperfect "يسأل الصحفيون الوزير" has its own subject: only the written passive vowel or a past form)
    if (/^[وف]?[يت]/.test(cx.norm(k)) && !/^[وف]?[يت]\u064F/.test(cx.toks[k].text)) return null;
    const r = parseSource(cx, k + 1, true);
    if (!r) return null;
    r.d.evidence.push('rule:asked=answers', cx.lex.setLines.asked);
    return r.d;
  }
  return null;
}

/** A PER/ORG name near the start of the cue's sentence, not inside a prepositional phrase. */
export function sentenceSubject(cx: Ctx, i: number): SourceDesc | null {
  const sStart = cx.sentenceStart(i);
  // ("وفي مقابلة مع قناة "عدن المستقلة" …، سُئل المحافظ": a name inside a fronted statement phrase, up to its comma, is
  // no subject — s6)
  let inPhrase = false;
  for (let k = sStart; k < Math.min(i, sStart + 8); k++) {
    if (cx.isComma(k)) inPhrase = false;
    else if (cx.statementAt(k) !== k) inPhrase = true;
    if (inPhrase) continue;
    const mm = cx.mentionAt[k];
    if (!mm || mm.tokenStart !== k || mm.kind !== 'name') continue;
    const type = cx.entityType.get(mm.entity);
    if (type !== 'PER' && type !== 'ORG') continue;
    if (mm.start !== cx.toks[k].start) return null; // a clitic (بالقرار، للرئيس): not a subject
    if (k > sStart && cx.inSet(k - 1, 'subject-pp')) return null;
    const r = parseSource(cx, k, true);
    if (!r) return null;
    r.d.evidence.push('rule:sentence-subject');
    return r.d;
  }
  return null;
}

export function subjectBefore(cx: Ctx, i: number): { d: SourceDesc; end: number } | null {
  const sStart = cx.sentenceStart(i);
  // "أما المواطن أبو علي، وهو صاحب متجر، فيقول إن …": the topic of أما … فـ is the subject
  if (/^ف/.test(cx.norm(i)) && cx.toks[i].norm.length > 3) {
    for (let k = i - 1; k >= Math.max(sStart, i - 25); k--) {
      // (a naming verb inside the topic is no cue: "أما سائق …، ويدعى أبو حيدر، فقال" — s5)
      if (cx.isComp(k) || (cx.cueAt(k) && !cx.inSet(k, 'naming'))) break;
      if (cx.norm(k) !== 'اما') continue;
      const r = parseSource(cx, k + 1, true);
      if (!r) break;
      let q = skipExtras(cx, r.end, {});
      if (cx.isComma(q)) q++;
      if (q === i) return r;
      break;
    }
  }
  // "…، لكن مسؤولاً في الوزارة، طلب عدم ذكر اسمه …، قال إن": a contrasted subject, then extras, then the verb
  if (i >= 2 && cx.isComma(i - 1)) {
    for (let k = i - 2; k >= Math.max(sStart, i - 30); k--) {
      // ("غير أن مسؤولاً …، طلب …، قال": a complementizer after a contrast word at the clause start — s5b)
      const compAfterContrast = cx.isComp(k) && k > sStart && cx.inSet(k - 1, 'contrast-comp') && (k - 1 === sStart || cx.isComma(k - 2) || cx.inSet(k - 2, 'discourse'));
      if (cx.isComp(k) && !compAfterContrast) break;
      if (!compAfterContrast && (!cx.inSet(k, 'contrast-subject') || (k > sStart && !cx.isComma(k - 1)))) continue;
      const r = parseSource(cx, k + 1, false);
      if (!r) break;
      const ex: { recipient?: string; reason?: Span } = {};
      let q = skipExtras(cx, r.end, ex);
      if (cx.isComma(q)) q++;
      if (q === i) {
        if (ex.reason) r.d.reason = ex.reason;
        return r;
      }
      break;
    }
  }
  if (i >= 2 && cx.isComma(i - 1) && i - 1 - sStart <= 8 && i - 1 > sStart) {
    // a fronted subject: "وزير الخارجية، قال إن …" (the whole stretch before the comma must be it)
    const r = parseSource(cx, sStart, true);
    if (r && r.end === i - 1) return r;
  }
  // "غير أن مصدراً مسؤولاً نفى …": the subject between a complementizer and the verb
  // ("غير أن عضو تكتل "الجمهورية القوية" النائب رامي نقولا عيسى كتب": a role chain with a quoted bloc and a name — s7)
  for (let k = i - 1; k >= Math.max(sStart, i - 14); k--) {
    if (cx.isComp(k) || cx.isComma(k) || cx.cueAt(k)) {
      if (!cx.isComp(k)) break;
      const r = parseSource(cx, k + 1, false);
      if (r && r.end === i) return r;
      break;
    }
  }
  // "غير أن مستشار قائدها، الباشا طبيق، نفى …": a role, then the person's name between commas, then the verb
  if (i >= 4 && cx.isComma(i - 1)) {
    let c2 = i - 2;
    while (c2 > Math.max(sStart, i - 7) && cx.toks[c2].kind === 'word' && !cx.cueAt(c2) && !cx.isComp(c2)) c2--;
    if (c2 < i - 2 && cx.isComma(c2)) {
      for (let k = c2 - 1; k >= Math.max(sStart, c2 - 8); k--) {
        if (cx.isComma(k) || cx.cueAt(k)) break;
        if (!cx.isComp(k)) continue;
        const r = parseSource(cx, k + 1, false);
        if (!r || r.end !== c2 || !r.d.head || (r.d.kind !== 'anonymous' && r.d.kind !== 'named')) break;
        if ([...Array(i - 2 - c2).keys()].some((d) => cx.inSet(c2 + 1 + d, 'stop') || cx.inSet(c2 + 1 + d, 'prep') || cx.inSet(c2 + 1 + d, 'rel'))) break;
        const mm = cx.mentionAt[c2 + 1];
        if (mm && mm.tokenStart === c2 + 1 && cx.entityType.get(mm.entity) === 'PER') nameAfterEntity(cx, r.d, mm.entity);
        else r.d.kind = 'named';
        r.d.span = cx.span(r.d.span.start, cx.toks[i - 2].end);
        r.d.evidence.push('rule:role+name-apposition-before-verb');
        r.end = i - 1;
        return r;
      }
    }
  }
  if (i < 2 || !cx.inSet(i - 1, 'qad')) return null;
  for (let k = i - 2; k >= Math.max(sStart, i - 22); k--) {
    if (cx.inSet(k, 'kana')) {
      const r = parseSource(cx, k + 1, true);
      return r && r.end <= i - 1 ? r : null;
    }
  }
  return null;
}

/**
 * The clause ending at comma c opens with a pronoun subject (wordsets.tsv `pronoun-subject`: "غير أنه رفض التعليق"):
 * the person (PER mention, outside quotes) named last before it in the sentence, at most 30 tokens back.
 */
function pronounClauseSubject(cx: Ctx, c: number): { d: SourceDesc; at: number } | null {
  const sStart = cx.sentenceStart(c);
  if (c - 1 < sStart) return null;
  let cs = c - 1;
  while (cs > sStart && cs > c - 12 && !cx.isComma(cs - 1)) cs--;
  let pr = -1;
  for (let k = cs; k < Math.min(c, cs + 3); k++) if (cx.toks[k].kind === 'word' && cx.inSet(k, 'pronoun-subject')) pr = k;
  if (pr < 0) return null;
  for (let k = pr - 1; k >= Math.max(sStart, pr - 30); k--) {
    if (cx.inQuote[k] >= 0) continue;
    const mm = cx.mentionAt[k];
    if (!mm || mm.tokenEnd !== k + 1 || cx.entityType.get(mm.entity) !== 'PER') continue;
    const r = parseSource(cx, mm.tokenStart, true);
    if (!r) return null;
    nameAfterEntity(cx, r.d, mm.entity);
    r.d.evidence.push('rule:pronoun-clause-subject');
    return { d: r.d, at: cx.toks[mm.tokenStart].start };
  }
  return null;
}

/**
 * "أما المتهمة الوحيدة، المحاسبة X، فقد نقلت عنها محاميتها …": the topic of أما … فـ before the cue at i (the person
 * named in it, else its description) — what a pronoun after the cue refers to (s5). At most 30 tokens back.
 */
export function amaTopic(cx: Ctx, i: number): { d: SourceDesc; end: number } | null {
  const sStart = cx.sentenceStart(i);
  // the cue or a word right before it carries the فـ of the answer clause ("فقد نقلت"، "فنقلت")
  if (!(/^ف/.test(cx.norm(i)) || (i > 0 && /^ف/.test(cx.norm(i - 1)) && cx.toks[i - 1].kind === 'word'))) return null;
  for (let k = i - 1; k >= Math.max(sStart, i - 30); k--) {
    if (cx.isComp(k) || (k < i - 1 && cx.cueAt(k))) return null;
    if (cx.norm(k) !== 'اما') continue;
    for (let m = k + 1; m < i; m++) {
      const mm = cx.mentionAt[m];
      if (!mm || mm.tokenStart !== m || cx.entityType.get(mm.entity) !== 'PER' || cx.inQuote[m] >= 0) continue;
      const r = parseSource(cx, m, true);
      if (!r) break;
      nameAfterEntity(cx, r.d, mm.entity);
      r.d.evidence.push('rule:ama-topic');
      return r;
    }
    const r = parseSource(cx, k + 1, true);
    if (r) r.d.evidence.push('rule:ama-topic');
    return r;
  }
  return null;
}

/**
 * The subject right after the opening verb of the sentence of token i ("وتعهد الرئيس الجديد …"): a description with a
 * source head, a title or an entity, ending before i. The opening word must not be a noun with the article or a
 * preposition (then the sentence does not open with a verb).
 */
export function verbSubject(cx: Ctx, i: number): SourceDesc | null {
  const a = cx.sentenceStart(i);
  const v = cx.toks[a];
  if (!v || v.kind !== 'word' || !/^[وف]?[^ا]/.test(v.norm) || v.norm.startsWith('ال') || nounForms(v.norm).some((f) => f.article) || cx.mentionAt[a] ||
    ['prep', 'stop', 'discourse', 'rel', 'comp', 'pron', 'time'].some((st) => cx.inSet(a, st) || conjForms(v.norm).some((f) => cx.lex.sets[st]?.has(f)))) return null;
  // (the opening verb is unknown: its governed prepositions end the subject — "تعهد … بمكافحة"، "عبر … عن")
  const governs = [...(cx.lex.sets['any-governs'] ?? [])];
  let r = parseSource(cx, a + 1, true, governs);
  const first = nounForms(cx.norm(a + 1));
  if (!r || r.end >= i || (!r.d.head && !r.d.entity && !first.some((f) => cx.lex.titleWords.has(f.stem)))) {
    // one definite word — "ونشر الجيش مقطعاً …"، "أصدر الحزب بياناً …" — an organisation named by its common noun, before
    // the verb's object
    const o = first.some((f) => f.article) ? parseSource(cx, a + 1, true, governs, true) : null;
    if (!o || o.end !== a + 2) return null;
    r = o;
  }
  r.d.evidence.push('rule:circumstantial=verb-subject');
  return r.d;
}
