// Hits that start no event of their own: a trigger that joins the draft before it (the manner of a meeting, the
// attack a casualty report describes, a demand's content, a purpose) or reports nothing (an office name, a
// characterising quotation). Checked before any roles are read, in this order: the first rule that applies wins.
import type { Doc } from '../doc.ts';
import { type Ctx, type Draft, type Hit, wordsBetween, lastInSentence, insideQuote, mentionEndingAt } from './context.ts';
import { windowAround, group, rolesFor, rolesAfterVerb, relativeBefore, meetingParticipants, pronounInflection } from './roles.ts';
import { modeFor, priorityOf } from './modality.ts';
import { purposeOf, complementBetween, verbOfEventNoun, hasConsequenceCue, RECEIVED, COMPLEMENT_TYPES, complementPrep, hasVerbBetween, casualtiesOfAttack, approvalOfMeasure } from './merges.ts';
import { clauseCut, commaBetween, temporalBetween, verbBetween } from './between.ts';
import { inOfficeName } from './traits.ts';
import { words } from './words.ts';
import { requirementAt } from './triggers.ts';
import { motiveNoun } from './dates.ts';

const HOST_VERBS = words('host-verb');

/** What the join rules read of the stage; `lastTopic` (the end of the last coordinated topic noun) carries over
 * from one hit to the next. */
export interface JoinState {
  c: Ctx;
  doc: Doc;
  drafts: Draft[];
  verbToks: Set<number>;
  /** tokens ending a demand, refusal or threat trigger (verb, noun or participle): what follows them is content */
  demandEnds: Set<number>;
  /** casualty drafts that absorbed an attack noun → the token after that noun */
  absorbedAttack: Map<Draft, number>;
  lastTopic: number;
}

/** True when the hit joined an earlier draft or is no event: the loop then moves on to the next hit. */
const W_SEQUENCE = words('sequence-prep');

export function joinsOrSkips(st: JoinState, h: Hit): boolean {
  const { c, doc, drafts, verbToks, demandEnds, absorbedAttack } = st;
  // «وزير الشؤون الخارجية والتعاون الإفريقي»، «وزير التعاون الدولي»: an event noun in the name of an office is no event
  if (h.entry.pos === 'noun' && inOfficeName(c, h)) return true;
  // "بحث X، في اتصال هاتفي تلقاه من Y، …": a CONSULT noun after في/خلال is the manner of the CONSULT just
  // named; the caller of a received call joins the actors
  if (h.entry.type === 'CONSULT' && h.entry.pos !== 'verb' && drafts.length) {
    const prev = drafts[drafts.length - 1];
    const pp = c.norm(h.tok - 1) ?? '';
    if (prev.ev.type === 'CONSULT' && (pp === 'في' || pp === 'خلال' || h.form.prefix.endsWith('ب')) && c.sent(prev.hit.tok) === c.sent(h.tok) && h.tok - prev.hit.tok <= 12) {
      prev.toks.push(h.tok);
      if (!prev.ev.mode && h.entry.mode) prev.ev.mode = h.entry.mode;
      const w0 = windowAround(c, h, verbToks);
      const received = RECEIVED.has(c.norm(h.tok + h.len) ?? '');
      const ci = received ? w0.after.findIndex((i) => i.prep === 'من') : -1;
      const caller = ci >= 0 ? group(w0.after, ci, c) : undefined;
      if (caller) {
        for (const m of caller) if (!prev.ev.actors.includes(m.m.entity)) prev.ev.actors.push(m.m.entity);
        prev.ev.targets = prev.ev.targets.filter((t) => !prev.ev.actors.includes(t));
      }
      prev.ev.evidence!.push(caller ? 'rule:manner-of-previous-consult+caller' : 'rule:manner-of-previous-consult');
      return true;
    }
  }
  // «ستستضيف القاهرة اجتماعاً فنياً … بحضور وفود أمريكية وإسرائيلية»: the meeting a host verb takes as object is
  // the hosted event — the host is its target (and place), the participants named after it act
  if (h.entry.type === 'CONSULT' && h.entry.pos !== 'verb' && drafts.length) {
    const prev = drafts[drafts.length - 1];
    const pe = prev.hit.tok + prev.hit.len;
    if (prev.ev.type === 'CONSULT' && HOST_VERBS.has(c.bare(prev.hit.tok)) && c.sent(prev.hit.tok) === c.sent(h.tok) && h.tok >= pe && wordsBetween(c, pe, h.tok) <= 4 &&
      !commaBetween(c, pe, h.tok) && !hasVerbBetween(c, verbToks, pe, h.tok)) {
      const host = prev.ev.actors;
      const parts = meetingParticipants(c, h.tok + h.len, verbToks);
      prev.ev.actors = parts ? parts.ids.filter((id) => !host.includes(id)) : [];
      prev.ev.targets = [...host];
      if (!prev.ev.place) prev.ev.place = host.find((id) => c.byId.get(id)?.type === 'LOC') ?? null;
      prev.toks.push(h.tok);
      prev.ev.evidence!.push(parts ? 'rule:hosted-meeting+participants' : 'rule:hosted-meeting');
      return true;
    }
  }
  // «استشهد ثلاثة … في غارة شنتها طائرات …»، «قتل خمسة وأصيب عشرة جراء قصف …»: the casualty clauses and the
  // attack noun after a causal link are one ASSAULT — the attack's agent acts, the casualties are targets
  // (after a separate link word a past form is the masdar: «جراء قصف»)
  if (h.entry.type === 'ASSAULT' && drafts.length) {
    const merged = casualtiesOfAttack(c, drafts, h, verbToks);
    if (merged) { absorbedAttack.set(merged, h.tok + h.len); return true; }
  }
  // "… اغتيال X في غارة جوية": an ASSAULT noun after في/بـ right after another ASSAULT is its means
  if (h.entry.type === 'ASSAULT' && drafts.length) {
    // (past an event noun of the sentence with no role at all, the usual topic or part of a name that the end
    // drops: «وفرّقت قوات مكافحة الشغب المحتجين بالغاز المسيل للدموع»)
    let prev = drafts[drafts.length - 1];
    for (let i = drafts.length - 1; i > 0 && i >= drafts.length - 3; i--) {
      const d = drafts[i];
      if (d.hit.entry.pos === 'verb' || d.ev.actors.length || d.ev.targets.length || d.ev.place || c.sent(d.hit.tok) !== c.sent(h.tok)) break;
      prev = drafts[i - 1];
    }
    const prevPrep = c.norm(h.tok - 1) === 'في' || h.form.prefix.endsWith('ب');
    if (prev.ev.type === 'ASSAULT' && prevPrep && c.sent(prev.hit.tok) === c.sent(h.tok) && h.tok - prev.hit.tok <= 15) {
      prev.toks.push(h.tok);
      const m = modeFor(c, h);
      const pm = prev.ev.mode ? priorityOf(c, prev.ev.mode) : 99;
      if (m.mode && priorityOf(c, m.mode) < pm) prev.ev.mode = m.mode;
      prev.ev.evidence!.push('rule:means-of-previous-assault');
      return true;
    }
  }
  if (h.entry.type === 'ASSAULT' && drafts.length) {
    const prev = drafts[drafts.length - 1];
    const sameSent = prev.ev.type === 'ASSAULT' && c.sent(prev.hit.tok) === c.sent(h.tok);
    // "غارة جوية استهدفت سوقا": the verb describes the attack its subject names
    // (also after casualties that absorbed the attack noun: «قتل خمسة جراء قصف مدفعي استهدف حياً»)
    const attackEnd = absorbedAttack.get(prev);
    // (a verb conjoined after a comma opens a new clause: «تعرضت لإطلاق نار من مسلحين، فردّت على مصادر النيران»)
    // (session 9, final gaps: a fronted motive phrase closed by a comma — «ورداً على الاعتداء، استهدفت وحدات من الجيش …» —
    // names the earlier act; the verb after the comma is the response, an act of its own)
    const motiveFronted = prev.hit.entry.pos !== 'verb' && motiveNoun(c, prev) && commaBetween(c, prev.hit.tok + prev.hit.len, h.tok);
    const verbOfNoun = sameSent && h.entry.pos === 'verb' && !motiveFronted && !(c.isComma(h.tok - 1) && /^[وف]/.test(h.form.prefix)) && (prev.hit.entry.pos !== 'verb'
      ? h.tok - (prev.hit.tok + prev.hit.len) <= 4
      : attackEnd !== undefined && h.tok - attackEnd <= 4);
    // "… ما أدى إلى مقتل 12": a consequence of the previous attack
    const consequence = sameSent && h.entry.pos !== 'verb' && hasConsequenceCue(c, h.tok);
    if (verbOfNoun || consequence) {
      const w0 = windowAround(c, h, verbToks);
      // (a verb in a relative clause describes a participant — "مع قوات الاحتلال التي اقتحمت القرية": no new targets)
      // (session 9, final gaps: unless the relative clause describes the attack noun itself — «للهجوم الإرهابي الذي استهدف مسجداً
      // في مدينة بيشاور»: the clause's place and target are the attack's)
      const ofNoun = verbOfNoun && prev.hit.entry.pos !== 'verb' && relativeBefore(c, h) && adjectivesOnly(c, prev.hit.tok + prev.hit.len, h.tok - 1);
      const r0 = verbOfNoun && (!relativeBefore(c, h) || ofNoun) ? rolesAfterVerb(c, h, w0) : { targets: [] as string[], place: null as string | null };
      // (a relative verb with the noun's pronoun — «الغارات التي شنها الطيران» — has its doer after it, no target)
      if (ofNoun && (h.form.suffix || pronounInflection(h))) r0.targets = [];
      for (const t of r0.targets) if (!prev.ev.targets.includes(t)) prev.ev.targets.push(t);
      if (!prev.ev.place && r0.place) prev.ev.place = r0.place;
      prev.toks.push(h.tok);
      prev.ev.evidence!.push(verbOfNoun ? 'rule:verb-of-attack-noun' : 'rule:consequence-of-attack');
      return true;
    }
  }
  if (h.entry.type !== 'ASSAULT' && drafts.length) {
    // "في ختام مباحثات استضافتها بكين": a verb right after an event noun of its type describes that event
    const prev = drafts[drafts.length - 1];
    if (verbOfEventNoun(c, prev, h)) {
      const r0 = rolesAfterVerb(c, h, windowAround(c, h, verbToks));
      if (!prev.ev.place && r0.place) prev.ev.place = r0.place;
      prev.toks.push(h.tok);
      prev.ev.evidence!.push(`rule:verb-of-event-noun@${h.start}`);
      return true;
    }
  }
  // (session 7: past an adjunct event noun between a verb and its required object — «أن يوقّع الوزيران في ختام المباحثات
  // مذكرة تفاهم»: the memorandum is what the verb required, found by its own search exactly here)
  if (drafts.length > 1 && h.entry.pos !== 'verb') {
    const adj = drafts[drafts.length - 1];
    const verb = drafts[drafts.length - 2];
    const vEnd = verb.hit.tok + verb.hit.len;
    if (verb.hit.entry.pos === 'verb' && verb.hit.entry.requires.size && adj.hit.entry.pos !== 'verb' && adj.hit.tok > vEnd && adj.hit.tok < h.tok &&
      c.sent(verb.hit.tok) === c.sent(h.tok) && !commaBetween(c, vEnd, h.tok) && requirementAt(c, vEnd, verb.hit.entry.requires, 16) === h.tok) {
      verb.toks.push(h.tok);
      verb.ev.evidence!.push('rule:required-complement-past-adjunct');
      return true;
    }
  }
  // (only after a trigger with required words: the test below needs them)
  if (drafts.length && drafts[drafts.length - 1].hit.entry.requires.size) {
    // "وقعت السعودية وقطر مذكرة تفاهم": the noun a verb required is part of that verb's event
    const prev = drafts[drafts.length - 1];
    // (so is the required word itself when it is a trigger of another type: "أحكاماً بالسجن" is no imprisonment)
    // (Session 5c: a protest dispersed is an event of its own — «فرّقت الشرطة وقفة احتجاجية»: PROTEST and ASSAULT)
    const isRequired = (prev.hit.entry.requires.has(c.norm(h.tok) ?? '') || prev.hit.entry.requires.has((c.norm(h.tok) ?? '').replace(/^[وفبل]/, ''))) &&
      !(h.entry.type === 'PROTEST' && prev.ev.type === 'ASSAULT' && !h.form.article && !h.form.norm.startsWith('ال'));
    // (a verb of the same type after a comma is a new clause, not the complement: «زودت X Y بأسلحة، وقدمت Z دعماً»)
    // (Session 5c: nor is a conjoined verb of another mode — «أسقطوا طائرة استطلاع وأسروا عدداً من الجنود»: two acts)
    // (session 8, detection: so is a conjoined masdar of another mode — «ضبط 14 شاحنة … واعتقال تسعة أشخاص»)
    const otherMode = !!h.entry.mode && !!prev.hit.entry.mode && h.entry.mode !== prev.hit.entry.mode && /^و/.test(h.form.prefix);
    const newClause = !isRequired && (h.entry.pos === 'verb' && commaBetween(c, prev.hit.tok + prev.hit.len, h.tok) ||
      otherMode);
    // (session 7: nor is an act of its type ordered before or after it — «أوقفت الشرطة X بعد مداهمة منزله»: the raid
    // is an act of its own)
    const sequenced = !isRequired && h.entry.pos !== 'verb' && W_SEQUENCE.has(c.norm(h.tok - 1) ?? '');
    if (prev.hit.entry.requires.size && (prev.ev.type === h.entry.type || isRequired) && !newClause && !sequenced && c.sent(prev.hit.tok) === c.sent(h.tok) && (wordsBetween(c, prev.hit.tok + prev.hit.len, h.tok) < (isRequired ? 6 : 10) || (isRequired && requirementAt(c, prev.hit.tok + prev.hit.len, prev.hit.entry.requires, 16) === h.tok))) {
      prev.toks.push(h.tok);
      prev.ev.evidence!.push('rule:required-complement');
      return true;
    }
  }
  // «جولة من المحادثات بشأن وقف إطلاق النار في غزة وتبادل الأسرى»: an event noun after a topic preposition (and
  // one coordinated with it) is what the event before is about, no event of its own
  if (h.entry.pos !== 'verb' && drafts.length) {
    const prev = drafts[drafts.length - 1];
    const topicPrev = words('topic-prep').has(c.norm(h.tok - 1) ?? '');
    const coordTopic = /^و/.test(h.form.prefix) && st.lastTopic >= 0 && c.sent(st.lastTopic) === c.sent(h.tok) && h.tok - st.lastTopic <= 8 && !hasVerbBetween(c, verbToks, st.lastTopic, h.tok);
    if ((topicPrev || coordTopic) && c.sent(prev.hit.tok) === c.sent(h.tok) && h.tok - (prev.hit.tok + prev.hit.len) <= 12) {
      prev.toks.push(h.tok);
      prev.ev.evidence!.push(`rule:topic-of-event@${h.start}`);
      st.lastTopic = h.tok + h.len;
      return true;
    }
  }
  if (h.entry.pos !== 'verb' && drafts.length) {
    // "دعا X إلى وقف إطلاق النار"، "رفض التفاوض": an event noun in the complement of a demand or refusal
    // is its content, not an event that happened
    const prev = drafts[drafts.length - 1];
    // (also right after a demand noun or participle that merged elsewhere: "الاحتجاجات المطالبة بالإفراج"، "الدعوة إلى اجتماع")
    if (complementPrep(c, h) && (demandEnds.has(h.tok - 1) || (demandEnds.has(h.tok - 2) && c.toks[h.tok - 1].kind === 'word' && !(c.startArr[h.tok - 1] !== undefined))) &&
      c.sent(prev.hit.tok) === c.sent(h.tok) && h.entry.type !== prev.ev.type) {
      prev.toks.push(h.tok);
      prev.ev.evidence!.push(`rule:content-of-demand@${h.start}`);
      return true;
    }
    const prevEnd = prev.hit.tok + prev.hit.len;
    // (also what the parties agreed on: "اتفقتا على استئناف العلاقات وإعادة فتح السفارتين")
    // (a measure approved is enacted, not agreed on: «وافق المجلس على تمديد حظر التجول» — finish.ts approvedMeasures)
    // (session 7: except a meeting the parties agreed to hold — «اتفق الجانبان على عقد اجتماع للجنة المشتركة»: a planned
    // meeting of its own, told with its date and place; the support verb عقد right before the meeting noun says so)
    const meetingHeld = h.entry.type === 'CONSULT' && c.frameAt(h.tok - 1)?.role === 'actor' && !c.isComma(h.tok - 1);
    const agreed = prev.ev.type === 'AGREE' && !meetingHeld && (h.entry.type === 'AGREE' ? complementPrep(c, h) : prev.hit.entry.pos === 'verb' && complementBetween(c, prevEnd, h.tok)) && !approvalOfMeasure(c, prev, h);
    // (session 9: not an act told before or after the agreement — «توصلا إلى اتفاق …، بعد جولة مفاوضات استمرت أسبوعاً»)
    const orderedAfter = agreed && W_SEQUENCE.has(c.norm(h.tok - 1) ?? '');
    if ((COMPLEMENT_TYPES.has(prev.ev.type) && prev.hit.entry.pos !== 'noun' && prev.ev.type !== h.entry.type || agreed) && !orderedAfter && c.sent(prev.hit.tok) === c.sent(h.tok) &&
      (h.tok - prevEnd <= 4 || (h.tok - prevEnd <= 14 && (complementPrep(c, h) || complementBetween(c, prevEnd, h.tok)))) &&
      !verbToks.has(h.tok) && !hasVerbBetween(c, verbToks, prev.hit.tok + prev.hit.len, h.tok)) {
      prev.toks.push(h.tok);
      prev.ev.evidence!.push('rule:content-of-demand');
      return true;
    }
    // «اتهمت حماس إسرائيل بارتكاب "مجزرة جديدة"»: the act an accusation alleges is its content, not an event
    // (the masdar naming the alleged act — ارتكاب، تنفيذ، التورط في — stands right before the event noun)
    if (prev.ev.type === 'ACCUSE' && prev.hit.entry.pos !== 'noun' && c.sent(prev.hit.tok) === c.sent(h.tok) && h.tok - (prev.hit.tok + prev.hit.len) <= 10 &&
      [h.tok - 1, h.tok - 2, h.tok - 3].some((j) => j >= prev.hit.tok + prev.hit.len && c.toks[j].kind === 'word' && words('accused-act').has(c.norm(j) ?? '')) &&
      !verbBetween(verbToks, prev.hit.tok + prev.hit.len, h.tok)) {
      prev.toks.push(h.tok);
      prev.ev.evidence!.push(`rule:content-of-accusation@${h.start}`);
      return true;
    }
    // "أدانت النقابة اعتقال المحتجين": a condemned act already reported is a back-reference, not a new event
    if (prev.ev.type === 'ACCUSE' && prev.hit.entry.pos === 'verb' && c.sent(prev.hit.tok) === c.sent(h.tok) &&
      h.tok - (prev.hit.tok + prev.hit.len) <= 3 && !hasVerbBetween(c, verbToks, prev.hit.tok + prev.hit.len, h.tok) &&
      drafts.some((d) => d.ev.type === h.entry.type && d !== prev)) {
      prev.toks.push(h.tok);
      prev.ev.evidence!.push('rule:condemned-act-back-reference');
      return true;
    }
  }
  if (h.entry.type === 'REQUEST' && (h.entry.pos !== 'verb' || h.entry.participle) && drafts.length) {
    // "أضرب العمال للمطالبة بـ…"، "الاحتجاجات المطالبة بالإفراج": the demand is the protest's purpose;
    // so is a circumstantial participle of the protesters in the same sentence ("تظاهر مئات …، مطالبين الحكومة بـ")
    const prev = drafts[drafts.length - 1];
    if (prev.ev.type === 'PROTEST' && c.sent(prev.hit.tok) === c.sent(h.tok) && (h.tok - (prev.hit.tok + prev.hit.len) <= 6 || h.entry.participle)) {
      prev.toks.push(h.tok);
      prev.ev.evidence!.push('rule:purpose-of-protest');
      return true;
    }
  }
  if ((h.entry.type === 'PROTEST' || h.entry.type === 'ASSAULT' || h.entry.type === 'COERCE') && h.entry.pos !== 'verb' && drafts.length) {
    // "تظاهر آلاف في بيروت احتجاجاً على…": the noun restates the event just named
    const prev = drafts[drafts.length - 1];
    // an indefinite accusative ("احتجاجاً على") is the purpose of the event just named, at any distance
    const adverbial = h.form.suffix === 'ا' || /ا[\u064B]?$/.test(c.toks[h.tok].text.replace(/ً$/, 'ا'));
    // (not across a temporal relation: "وجاءت الغارة بعد يومين من هجوم …" names an earlier event)
    if (prev.ev.type === h.entry.type && c.sent(prev.hit.tok) === c.sent(h.tok) && (h.tok - (prev.hit.tok + prev.hit.len) <= 5 || (adverbial && h.entry.type === 'PROTEST' && !clauseCut(c, prev.hit.tok + prev.hit.len, h.tok))) &&
      !temporalBetween(c, prev.hit.tok + prev.hit.len, h.tok)) {
      prev.toks.push(h.tok);
      prev.ev.evidence!.push('rule:restated-event');
      return true;
    }
  }
  if (h.entry.type === 'ACCUSE' && h.entry.pos === 'noun' && drafts.length && words('condemn').has(c.bare(h.tok).replace(/^ب/, '').replace(/(ه|ها|هم)$/, ''))) {
    // "قضت المحكمة بسجن X … بعد إدانته بتهريب آثار": the conviction restates the sentence just reported
    const prev = lastInSentence(c, drafts, h, (d) => d.ev.type === 'SANCTION' && d.ev.mode === 'convict');
    if (prev) {
      prev.toks.push(h.tok);
      prev.ev.evidence!.push(`rule:conviction-restated@${h.start}`);
      return true;
    }
  }
  if ((h.entry.type === 'PROTEST' || h.entry.type === 'REJECT' || h.entry.type === 'ACCUSE') && h.entry.pos === 'noun' && drafts.length) {
    // "قطعت السعودية علاقاتها …، احتجاجاً على إعدام …": an indefinite accusative masdar after any event of its
    // sentence is that event's motive
    const prev = drafts[drafts.length - 1];
    // (a motive governs على/لـ/بـ: «احتجاجاً على»، «رفضاً لـ»; «أعلنت إضراباً مفتوحاً» is an object)
    const next = c.norm(h.tok + h.len) ?? '';
    const adverbial = !h.form.article && !h.form.prefix && (h.form.suffix === 'ا' || /(اً|ا)$/.test(c.toks[h.tok].text)) && !/ة/.test(c.toks[h.tok].text) &&
      (next === 'علي' || /^(ل|ب)/.test(next));
    if (prev.ev.type !== 'PROTEST' && adverbial && c.sent(prev.hit.tok) === c.sent(h.tok)) {
      prev.toks.push(h.tok);
      prev.ev.evidence!.push(`rule:motive-of-event@${h.start}`);
      return true;
    }
  }
  if ((h.entry.type === 'REJECT' || h.entry.type === 'ACCUSE') && h.entry.pos === 'noun' && drafts.length) {
    // "يواصل الطلبة مقاطعة الدروس، رفضاً لقرار…"، "أضربوا تنديداً بـ…": an indefinite accusative masdar is the
    // motive of the protest just named, not an event of its own
    const prev = drafts[drafts.length - 1];
    const adverbial = /[اً]$/.test(c.toks[h.tok].text) && !h.form.article && !h.form.prefix;
    if (prev.ev.type === 'PROTEST' && adverbial && c.sent(prev.hit.tok) === c.sent(h.tok)) {
      prev.toks.push(h.tok);
      prev.ev.evidence!.push('rule:motive-of-protest');
      return true;
    }
  }
  // "عقد X جلسة لبحث …"، "تقديم 30 مليون دولار لدعم …": a masdar with لـ close after an event is its purpose
  if (h.entry.pos === 'noun' && drafts.length && purposeOf(c, drafts[drafts.length - 1], h, verbToks)) {
    const prev = drafts[drafts.length - 1];
    prev.toks.push(h.tok);
    // «سيقدم طلباً لاستجواب وزيرة المالية»: a request noun right before لـ + an act names the act the requester
    // seeks — that act (its type, trigger and genitive) is the event, the requester its actor
    if (prev.ev.type === 'REQUEST' && prev.hit.entry.pos === 'noun' && h.entry.type !== 'REQUEST' && h.tok === prev.hit.tok + prev.hit.len &&
      words('request-noun').has(c.bare(prev.hit.tok))) {
      const r = rolesFor(c, h, windowAround(c, h, verbToks));
      prev.ev.type = h.entry.type;
      prev.ev.mode = modeFor(c, h).mode;
      prev.ev.trigger = { start: h.start, end: h.end, text: doc.text.slice(h.start, h.end) };
      prev.ev.targets = r.targets.filter((t) => !prev.ev.actors.includes(t));
      if (!prev.ev.place && r.place) prev.ev.place = r.place;
      prev.ev.evidence!.push(`rule:act-requested@${h.start}`, h.entry.evidence, ...r.evidence);
      return true;
    }
    prev.ev.evidence!.push(`rule:purpose-of-event@${h.start}`);
    return true;
  }
  // «"عمل إرهابي يستهدف قوت المواطنين"»، «"يدعم جهود السلطات"»: a third-person imperfect inside a quotation
  // characterises, it reports no event (first persons — «نطالب» — and futures do)
  // (unless the quotation opens on the verb right after a named subject: «إن الولايات المتحدة "ترحب بـ…"»)
  // (session 8, detection: nor does a negated future «"لن تنسحب"» — a commitment the speaker states)
  if (h.entry.pos === 'verb' && !h.entry.participle && /^[يت]/.test(h.form.norm) && !h.form.prefix && insideQuote(c, h.tok) && c.norm(h.tok - 1) !== 'لن' &&
    !(c.toks[h.tok - 1]?.kind === 'quote' && h.tok > 1 && (mentionEndingAt(c, h.tok - 2)?.entity ?? '#').charAt(0) !== '#')) return true;
  return false;
}

/** (session 9, final gaps) Only definite adjectives (no mention, no event word; at most two) between two tokens: «الهجوم
 * [الإرهابي] الذي …». */
function adjectivesOnly(c: Ctx, from: number, to: number): boolean {
  if (to - from > 2 || to < from) return false;
  for (let k = from; k < to; k++) {
    const n = c.norm(k) ?? '';
    if (c.toks[k].kind !== 'word' || !n.startsWith('ال') || c.startArr[k] || c.nounHits.has(k)) return false;
  }
  return true;
}
