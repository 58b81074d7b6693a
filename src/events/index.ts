// Event stage: PLOVER-coded events with actors, targets, place and date.
// Triggers come from data/events/triggers.tsv (verbs with generated inflections, masdars, phrases);
// roles are read from bounded token windows around each trigger (VSO/SVO order, prepositions, the
// masdar's genitive, experiencer frames like "تعرضت X إلى القصف"). Everything is per trigger and bounded,
// so the stage is linear in the text. This module holds the per-trigger loop (which hit starts an event, which
// one joins the previous); the concerns live beside it: context.ts (shared state), triggers.ts, roles.ts,
// modality.ts (modes, modality, attribution links), merges.ts (granularity), dates.ts, words.ts (closed word
// sets from data/events/function-words.tsv).
import type { DateMention, Event, EventParticipant } from '../contract.ts';
import { lowerBound, type Doc } from '../doc.ts';
import type { AttributionLayer } from '../attributions/index.ts';
import type { EntityLayer, EntityMention } from '../entities/index.ts';
import { Ctx, isLoc, isTitle, paragraphOf, wordsBetween, lastInSentence, insideQuote, mentionEndingAt, type Draft, type Hit, type MInfo } from './context.ts';
import { findTriggers } from './triggers.ts';
import { windowAround, group, rolesFor, PHYSICAL, datelinePlace, rolesAfterVerb, relativeBefore, withConjuncts, newClauseBetween, genderClash, meetingParticipants, appositiveHolder, nominativePlural, nisbaAgent, mentionsOf } from './roles.ts';
import { modeFor, priorityOf, modality, AttIndex } from './modality.ts';
import { discussionOfMeeting, purposeOf, complementBetween, verbOfEventNoun, hasConsequenceCue, RECEIVED, COMPLEMENT_TYPES, complementPrep, hasVerbBetween, casualtiesOfAttack, mergeHeadlines, resolveDefinites, mergeCoreferent } from './merges.ts';
import { assignDates } from './dates.ts';
import { words } from './words.ts';
import { normalize } from '../text/normalize.ts';

const CONTINUATIONS = words('continuation');
/** verbal acts a speaker performs in a statement (PLOVER verbal cooperation and conflict) */
const VERBAL = new Set(['ACCUSE', 'REQUEST', 'REJECT', 'THREATEN', 'SUPPORT', 'AGREE', 'CONCEDE']);
const PRONOUN_COMPLEMENTIZERS = words('pronoun-complementizer');
const HOST_VERBS = words('host-verb');
const COURT_UNITS = words('court-unit');
const COUNTRY_NOUNS = words('country-noun');
const CONDITIONAL_NEGATION = words('conditional-negation');
/** a mediation whose actor came from «بوساطة (من) X», an adjunct: X is no subject of the verbs that follow */
const mediatorOnly = (d: Draft) => d.ev.evidence!.includes('rule:mediator-after-wasata');

export function extractEvents(doc: Doc, entities: EntityLayer, attributions: AttributionLayer, dates: DateMention[]): Event[] {
  const c = new Ctx(doc, entities);
  for (const d of dates) {
    for (let k = lowerBound(c.toks, d.start); k < c.toks.length && c.toks[k].start < d.end; k++) c.dateCovered[k] = 1;
  }
  const attIndex = new AttIndex(c, attributions);
  const meansIds = new Set(c.groups.filter((g) => g.means).map((g) => g.entity));
  const hits = findTriggers(c);
  const verbToks = new Set(hits.filter((h) => h.entry.pos === 'verb').map((h) => h.tok));
  for (const h of hits) if (h.entry.pos !== 'verb') c.nounHits.add(h.tok);
  /** tokens ending a demand, refusal or threat trigger (verb, noun or participle): what follows them is content */
  const demandEnds = new Set(hits.filter((h) => COMPLEMENT_TYPES.has(h.entry.type)).map((h) => h.tok + h.len - 1));
  const drafts: Draft[] = [];
  /** casualty drafts that absorbed an attack noun → the token after that noun */
  const absorbedAttack = new Map<Draft, number>();
  let lastTopic = -1;
  for (const h of hits) {
    // «وزير الشؤون الخارجية والتعاون الإفريقي»، «وزير التعاون الدولي»: an event noun in the name of an office is no event
    if (h.entry.pos === 'noun' && inOfficeName(c, h)) continue;
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
        continue;
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
        continue;
      }
    }
    // «استشهد ثلاثة … في غارة شنتها طائرات …»، «قتل خمسة وأصيب عشرة جراء قصف …»: the casualty clauses and the
    // attack noun after a causal link are one ASSAULT — the attack's agent acts, the casualties are targets
    // (after a separate link word a past form is the masdar: «جراء قصف»)
    if (h.entry.type === 'ASSAULT' && drafts.length) {
      const merged = casualtiesOfAttack(c, drafts, h, verbToks);
      if (merged) { absorbedAttack.set(merged, h.tok + h.len); continue; }
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
        continue;
      }
    }
    if (h.entry.type === 'ASSAULT' && drafts.length) {
      const prev = drafts[drafts.length - 1];
      const sameSent = prev.ev.type === 'ASSAULT' && c.sent(prev.hit.tok) === c.sent(h.tok);
      // "غارة جوية استهدفت سوقا": the verb describes the attack its subject names
      // (also after casualties that absorbed the attack noun: «قتل خمسة جراء قصف مدفعي استهدف حياً»)
      const attackEnd = absorbedAttack.get(prev);
      const verbOfNoun = sameSent && h.entry.pos === 'verb' && (prev.hit.entry.pos !== 'verb'
        ? h.tok - (prev.hit.tok + prev.hit.len) <= 4
        : attackEnd !== undefined && h.tok - attackEnd <= 4);
      // "… ما أدى إلى مقتل 12": a consequence of the previous attack
      const consequence = sameSent && h.entry.pos !== 'verb' && hasConsequenceCue(c, h.tok);
      if (verbOfNoun || consequence) {
        const w0 = windowAround(c, h, verbToks);
        // (a verb in a relative clause describes a participant — "مع قوات الاحتلال التي اقتحمت القرية": no new targets)
        const r0 = verbOfNoun && !relativeBefore(c, h) ? rolesAfterVerb(c, h, w0) : { targets: [] as string[], place: null as string | null };
        for (const t of r0.targets) if (!prev.ev.targets.includes(t)) prev.ev.targets.push(t);
        if (!prev.ev.place && r0.place) prev.ev.place = r0.place;
        prev.toks.push(h.tok);
        prev.ev.evidence!.push(verbOfNoun ? 'rule:verb-of-attack-noun' : 'rule:consequence-of-attack');
        continue;
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
        continue;
      }
    }
    // (only after a trigger with required words: the test below needs them)
    if (drafts.length && drafts[drafts.length - 1].hit.entry.requires.size) {
      // "وقعت السعودية وقطر مذكرة تفاهم": the noun a verb required is part of that verb's event
      const prev = drafts[drafts.length - 1];
      // (so is the required word itself when it is a trigger of another type: "أحكاماً بالسجن" is no imprisonment)
      const isRequired = prev.hit.entry.requires.has(c.norm(h.tok) ?? '') || prev.hit.entry.requires.has((c.norm(h.tok) ?? '').replace(/^[وفبل]/, ''));
      // (a verb of the same type after a comma is a new clause, not the complement: «زودت X Y بأسلحة، وقدمت Z دعماً»)
      const newClause = h.entry.pos === 'verb' && !isRequired && commaBetween(c, prev.hit.tok + prev.hit.len, h.tok);
      if (prev.hit.entry.requires.size && (prev.ev.type === h.entry.type || isRequired) && !newClause && c.sent(prev.hit.tok) === c.sent(h.tok) && wordsBetween(c, prev.hit.tok + prev.hit.len, h.tok) < (isRequired ? 6 : 10)) {
        prev.toks.push(h.tok);
        prev.ev.evidence!.push('rule:required-complement');
        continue;
      }
    }
    // «جولة من المحادثات بشأن وقف إطلاق النار في غزة وتبادل الأسرى»: an event noun after a topic preposition (and
    // one coordinated with it) is what the event before is about, no event of its own
    if (h.entry.pos !== 'verb' && drafts.length) {
      const prev = drafts[drafts.length - 1];
      const topicPrev = words('topic-prep').has(c.norm(h.tok - 1) ?? '');
      const coordTopic = /^و/.test(h.form.prefix) && lastTopic >= 0 && c.sent(lastTopic) === c.sent(h.tok) && h.tok - lastTopic <= 8 && !hasVerbBetween(c, verbToks, lastTopic, h.tok);
      if ((topicPrev || coordTopic) && c.sent(prev.hit.tok) === c.sent(h.tok) && h.tok - (prev.hit.tok + prev.hit.len) <= 12) {
        prev.toks.push(h.tok);
        prev.ev.evidence!.push(`rule:topic-of-event@${h.start}`);
        lastTopic = h.tok + h.len;
        continue;
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
        continue;
      }
      const prevEnd = prev.hit.tok + prev.hit.len;
      // (also what the parties agreed on: "اتفقتا على استئناف العلاقات وإعادة فتح السفارتين")
      const agreed = prev.ev.type === 'AGREE' && (h.entry.type === 'AGREE' ? complementPrep(c, h) : prev.hit.entry.pos === 'verb' && complementBetween(c, prevEnd, h.tok));
      if ((COMPLEMENT_TYPES.has(prev.ev.type) && prev.hit.entry.pos !== 'noun' && prev.ev.type !== h.entry.type || agreed) && c.sent(prev.hit.tok) === c.sent(h.tok) &&
        (h.tok - prevEnd <= 4 || (h.tok - prevEnd <= 14 && (complementPrep(c, h) || complementBetween(c, prevEnd, h.tok)))) &&
        !verbToks.has(h.tok) && !hasVerbBetween(c, verbToks, prev.hit.tok + prev.hit.len, h.tok)) {
        prev.toks.push(h.tok);
        prev.ev.evidence!.push('rule:content-of-demand');
        continue;
      }
      // «اتهمت حماس إسرائيل بارتكاب "مجزرة جديدة"»: the act an accusation alleges is its content, not an event
      // (the masdar naming the alleged act — ارتكاب، تنفيذ، التورط في — stands right before the event noun)
      if (prev.ev.type === 'ACCUSE' && prev.hit.entry.pos !== 'noun' && c.sent(prev.hit.tok) === c.sent(h.tok) && h.tok - (prev.hit.tok + prev.hit.len) <= 10 &&
        [h.tok - 1, h.tok - 2, h.tok - 3].some((j) => j >= prev.hit.tok + prev.hit.len && c.toks[j].kind === 'word' && words('accused-act').has(c.norm(j) ?? '')) &&
        !verbBetween(verbToks, prev.hit.tok + prev.hit.len, h.tok)) {
        prev.toks.push(h.tok);
        prev.ev.evidence!.push(`rule:content-of-accusation@${h.start}`);
        continue;
      }
      // "أدانت النقابة اعتقال المحتجين": a condemned act already reported is a back-reference, not a new event
      if (prev.ev.type === 'ACCUSE' && prev.hit.entry.pos === 'verb' && c.sent(prev.hit.tok) === c.sent(h.tok) &&
        h.tok - (prev.hit.tok + prev.hit.len) <= 3 && !hasVerbBetween(c, verbToks, prev.hit.tok + prev.hit.len, h.tok) &&
        drafts.some((d) => d.ev.type === h.entry.type && d !== prev)) {
        prev.toks.push(h.tok);
        prev.ev.evidence!.push('rule:condemned-act-back-reference');
        continue;
      }
    }
    if (h.entry.type === 'REQUEST' && (h.entry.pos !== 'verb' || h.entry.participle) && drafts.length) {
      // "أضرب العمال للمطالبة بـ…"، "الاحتجاجات المطالبة بالإفراج": the demand is the protest's purpose;
      // so is a circumstantial participle of the protesters in the same sentence ("تظاهر مئات …، مطالبين الحكومة بـ")
      const prev = drafts[drafts.length - 1];
      if (prev.ev.type === 'PROTEST' && c.sent(prev.hit.tok) === c.sent(h.tok) && (h.tok - (prev.hit.tok + prev.hit.len) <= 6 || h.entry.participle)) {
        prev.toks.push(h.tok);
        prev.ev.evidence!.push('rule:purpose-of-protest');
        continue;
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
        continue;
      }
    }
    if (h.entry.type === 'ACCUSE' && h.entry.pos === 'noun' && drafts.length && words('condemn').has(c.bare(h.tok).replace(/^ب/, '').replace(/(ه|ها|هم)$/, ''))) {
      // "قضت المحكمة بسجن X … بعد إدانته بتهريب آثار": the conviction restates the sentence just reported
      const prev = lastInSentence(c, drafts, h, (d) => d.ev.type === 'SANCTION' && d.ev.mode === 'convict');
      if (prev) {
        prev.toks.push(h.tok);
        prev.ev.evidence!.push(`rule:conviction-restated@${h.start}`);
        continue;
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
        continue;
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
        continue;
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
        continue;
      }
      prev.ev.evidence!.push(`rule:purpose-of-event@${h.start}`);
      continue;
    }
    // «"عمل إرهابي يستهدف قوت المواطنين"»، «"يدعم جهود السلطات"»: a third-person imperfect inside a quotation
    // characterises, it reports no event (first persons — «نطالب» — and futures do)
    // (unless the quotation opens on the verb right after a named subject: «إن الولايات المتحدة "ترحب بـ…"»)
    if (h.entry.pos === 'verb' && !h.entry.participle && /^[يت]/.test(h.form.norm) && !h.form.prefix && insideQuote(c, h.tok) &&
      !(c.toks[h.tok - 1]?.kind === 'quote' && h.tok > 1 && (mentionEndingAt(c, h.tok - 2)?.entity ?? '#').charAt(0) !== '#')) continue;
    const w = windowAround(c, h, verbToks);
    let inherited: string[] | null = null;
    // a conjoined verb ("… والتقى"، "حيث التقى"، "ثم التقى") may keep the subject of the previous event of its sentence
    // («كما دعا X» adds a parallel statement, usually by another party: a named subject after it stays the subject)
    const fb = w.after.findIndex((i) => i.prep === '');
    const parallel = words('parallel').has(c.norm(h.tok - 1) ?? '') && fb >= 0 && !!w.after[fb].entity && w.gapAfter[fb] <= 10 && !w.after.slice(0, fb).some((i) => h.entry.preps.has(i.prep)) &&
      !genderClash(c, h, w.after[fb]);
    if (h.entry.pos === 'verb' && !parallel && (/^[وف]/.test(h.form.prefix) || CONTINUATIONS.has(c.norm(h.tok - 1) ?? ''))) {
      // (the nearest event with an actor: "أدانت X اعتقال المحتجين، ودعت …" — not the act condemned)
      const prev = lastInSentence(c, drafts, h, (d) => d.ev.actors.length > 0 && !mediatorOnly(d));
      if (prev) inherited = prev.ev.actors;
    }
    // "أجرى X زيارة …، التقى خلالها Y": a pronoun adjunct referring to the previous event keeps its subject;
    // the NPs after the verb are its objects
    let forceInherit = false;
    if (h.entry.pos === 'verb' && words('event-adjunct').has(c.norm(h.tok + h.len) ?? '')) {
      const prev = lastInSentence(c, drafts, h, (d) => d.ev.actors.length > 0 && !mediatorOnly(d));
      if (prev) { inherited = prev.ev.actors; forceInherit = true; }
    }
    const roles = rolesFor(c, h, w, inherited, forceInherit);
    // «أعلنت الوزارة أن وحداتها داهمت …»، «نفت القيادة أن تكون عناصرها قد اعتدت»: a possessed group as the subject
    // acts for its possessor — the subject of the clause that governs the complementizer, else the speaker
    if (h.entry.pos === 'verb' && !h.entry.participle) {
      const ps = possessedSubject(c, h);
      if (ps >= 0) {
        let comp = ps - 1;
        while (comp > ps - 3 && words('complementizer').has(c.norm(comp) ?? '')) comp--;
        const m = comp < ps - 1 ? mentionEndingAt(c, comp) : null;
        let owner = m && m.entity ? m.entity : attIndex.speakerAt(h)?.ent ?? null;
        // «معلناً أن بلاده ستزود سوريا»: a person's «بلاده» is the country his title names (وزير الخارجية الأردني)
        // (else the country the same sentence set as a statement's subject: «قال X إن الأردن "يقف …"، معلناً أن بلاده …»)
        const countryNoun = [c.norm(ps) ?? '', c.bare(ps)].some((x) => COUNTRY_NOUNS.has(possessedStem(x)));
        const country = countryNoun ? (owner ? countryOf(c, owner) : null) ?? statedCountry(c, ps) : null;
        if (country) owner = country;
        if (owner) {
          // (the NP after the verb read as its subject is its object: «بلاده ستزود سوريا»)
          const objs = h.entry.obj === 'target' && roles.evidence.includes('rule:vso-subject') ? roles.actors : [];
          roles.actors = [owner];
          roles.targets = [...new Set([...objs, ...roles.targets])].filter((t) => t !== owner);
          roles.evidence.push(country ? 'rule:possessed-country-of-speaker' : 'rule:possessed-subject');
        }
      }
    }
    // «وأدان البيان الختامي …»: a statement as the subject speaks for the body that issued it
    // (only verbal acts a text performs; «ورفض القرار» with a pronoun subject takes the decision as its object, and
    // so does a verb conjoined to an act of its sentence: «أصدرت الوزارة بياناً وأيدت البيان»)
    if (h.entry.pos === 'verb' && !h.entry.participle && STATEMENT_ACTS.has(h.entry.type) && !roles.actors.some((a) => !a.startsWith('#')) &&
      !(/^[وف]/.test(h.form.prefix) && lastInSentence(c, drafts, h, (d) => d.ev.actors.length > 0))) {
      const issuer = issuerOfStatementSubject(c, h, drafts);
      if (issuer) {
        roles.actors = issuer;
        roles.targets = roles.targets.filter((t) => !issuer.includes(t));
        roles.evidence.push('rule:statement-speaks-for-issuer');
      }
    }
    // «وجددت الحركة رفضها»، «نفت قيادة الشرطة»: a short description that begins the name of an organisation
    // named shortly before (حركة حماس، قيادة شرطة نينوى) refers to it
    if (roles.actors.some((a) => a.startsWith('#'))) {
      const out: string[] = [];
      for (const a of roles.actors) { const r = describedEntity(c, a, h.tok) ?? a; if (!out.includes(r)) out.push(r); }
      if (out.some((a, i) => a !== roles.actors[i])) roles.evidence.push('rule:description-of-named-body');
      roles.actors = out;
      roles.targets = roles.targets.filter((t) => !out.includes(t));
    }
    // «طالب رئيس الفريق البرلماني لحزب X، النائب Y، الحكومة بـ…»: an office described by title with the holder
    // named in apposition after a comma — the holder acts (and is no object)
    for (let k = 0; k < roles.actors.length; k++) {
      const id = roles.actors[k];
      if (!id.startsWith('#')) continue;
      const mi = w.after.find((i) => i.m.entity === id) ?? w.before.find((i) => i.m.entity === id);
      const holder = mi ? appositiveHolder(c, mi.m) : null;
      if (holder && !roles.actors.includes(holder.entity)) {
        roles.actors[k] = holder.entity;
        roles.targets = roles.targets.filter((t) => t !== holder.entity);
        roles.evidence.push('rule:title-holder-in-apposition');
      }
    }
    // «اتهم حاكم إقليم هيران، علي جيتي عثمان، …»، «هدد قائد القوة البحرية في الحرس الثوري علي رضا تنكسيري …»: a VSO
    // subject that is only the genitive of a title opening the clause, with a person named after it, is part of the
    // title — the person acts
    if (h.entry.pos === 'verb' && roles.evidence.includes('rule:vso-subject') && roles.actors.length === 1 && c.byId.get(roles.actors[0])?.type !== 'PER') {
      const holder = holderAfterTitledGenitive(c, h, verbToks);
      if (holder && holder !== roles.actors[0]) {
        roles.actors = [holder];
        roles.targets = roles.targets.filter((t) => t !== holder);
        roles.evidence.push('rule:holder-after-titled-genitive');
      }
    }
    // «واتفق الجانبان على …» after «تلقى X اتصالاً من Y»: a dual subject names the two parties of the latest event of
    // the last two sentences with two named participants (a same-type antecedent is left to the back-reference merge)
    // (the dual phrase stays a participant beside the parties it names; «الجانب الكويتي» is one side, no dual)
    if (roles.actors.length === 1 && c.dualIds.has(roles.actors[0]) && /(ان|ين)$/.test(roles.actors[0].split(' ')[0])) {
      const s0 = c.sent(h.tok);
      const named = (id: string) => !id.startsWith('#') && c.byId.get(id)?.type !== 'LOC';
      for (let i = drafts.length - 1; i >= 0 && s0 - c.sent(drafts[i].hit.tok) <= 2; i--) {
        const d = drafts[i];
        const parties = [...new Set([...d.ev.actors, ...d.ev.targets].filter(named))];
        if (parties.length < 2) continue;
        if (d.ev.type !== h.entry.type && parties.length === 2) {
          roles.actors = [roles.actors[0], ...parties];
          roles.targets = roles.targets.filter((t) => !parties.includes(t));
          roles.evidence.push(`rule:dual-parties-of-event@${d.hit.start}`);
        }
        break;
      }
    }
    // «غارة إسرائيلية على …»، «هجوم حوثي»: an attack noun with no agent named has the one its nisba names
    // (also aid whose only named giver is its means: «أولى قوافل المساعدات الإنسانية الأممية» → الأمم المتحدة)
    if ((h.entry.type === 'ASSAULT' || h.entry.type === 'AID') && h.entry.pos !== 'verb' && roles.actors.every((a) => meansIds.has(a)) && !insideQuote(c, h.tok)) {
      const n = nisbaAgent(c, h);
      if (n && !roles.targets.includes(n)) { roles.actors = [n]; roles.evidence.push('rule:nisba-agent'); }
    }
    // «جرى بوساطة من الدوحة»، «هدنة بوساطة أعيان مصراتة»، «بوساطة مصرية»: the mediator is the NP right after
    // «بوساطة (من)» (or the country its nisba names) — the parties mediated between, if any, stay targets
    // (not when it qualifies talks just reported in its sentence — «جولة مشاورات … بوساطة من عُمان»: the mediation
    // is a facet of those talks, not a second meeting)
    if (h.entry.type === 'CONSULT' && h.entry.mode === 'third-party' && h.entry.pos !== 'verb' && /^و?بوساطه/.test(c.norm(h.tok) ?? '') && !lastInSentence(c, drafts, h, (d) => d.ev.type === 'CONSULT') && !roles.actors.some((a) => !a.startsWith('#'))) {
      let k = h.tok + h.len;
      if (k < c.toks.length && c.bare(k) === 'من') k++;
      // (a named party only: «بوساطة من أعيان المدينة» leaves the truce it brought about as the event)
      const m = c.startArr[k]?.find((x) => !x.entity.startsWith('#'));
      const mediator = m && c.sent(k) === c.sent(h.tok) ? m.entity : nisbaAgent(c, h);
      if (mediator) {
        roles.actors = [mediator];
        roles.targets = roles.targets.filter((t) => t !== mediator);
        roles.evidence.push('rule:mediator-after-wasata');
      }
    }
    // «قضت الدائرة الجنائية بمحكمة الاستئناف …»، «رفضت الغرفة الجزائية بمحكمة X»: a chamber of a court named right
    // after it (بـ/في) acts as that court — the chamber stays a participant beside it
    for (let k = 0; k < roles.actors.length; k++) {
      const id = roles.actors[k];
      if (!id.startsWith('#') || !COURT_UNITS.has(id.slice(1).split(' ')[0])) continue;
      const mi = w.after.find((i) => i.m.entity === id) ?? w.before.find((i) => i.m.entity === id);
      const o = mi ? c.startArr[mi.m.tokenEnd]?.find((m) => c.byId.get(m.entity)?.type === 'ORG') : undefined;
      if (o && ['ب', 'في'].includes(c.info(o).prep) && !roles.actors.includes(o.entity)) {
        roles.actors.splice(k + 1, 0, o.entity);
        roles.targets = roles.targets.filter((t) => t !== o.entity);
        roles.evidence.push('rule:chamber-of-court');
        break;
      }
    }
    // «وكانت المحكمة الجنائية المختصة في الفساد قد قضت …»: in «كان X … قد VERB» the NP right after كان is the
    // subject, however long its modifiers
    if (h.entry.pos === 'verb' && !h.entry.participle && h.entry.obj !== 'subject' && !roles.actors.length && c.norm(h.tok - 1) === 'قد') {
      const s0 = c.sent(h.tok);
      for (let j = h.tok - 2; j >= 0 && j >= h.tok - 12 && c.sent(j) === s0; j--) {
        if (!COPULA.has(c.norm(j)!.replace(/^[وف]/, ''))) continue;
        const m = c.startArr[j + 1]?.[0];
        if (m && c.info(m).prep === '' && m.tokenEnd < h.tok && c.byId.get(m.entity)?.type !== 'LOC') {
          roles.actors = [m.entity];
          roles.targets = roles.targets.filter((t) => t !== m.entity);
          roles.evidence.push('rule:kana-qad-subject');
        }
        break;
      }
    }
    // «ووقّع الاتفاق عن الجانب السعودي X، وعن الجانب الإيراني Y»: the persons signing on behalf of each side
    if (h.entry.type === 'AGREE' && h.entry.pos === 'verb') {
      const signers = onBehalfSigners(c, h, verbToks);
      if (signers.length) {
        roles.actors = signers;
        roles.targets = roles.targets.filter((t) => !signers.includes(t));
        roles.evidence.push('rule:on-behalf-signers');
      }
    }
    // "قال X …، مطالباً Y بـ…": a circumstantial participle shares the main clause's subject; what the
    // role rules read as its subject is its object
    if (h.entry.participle) {
      const objs = [...roles.actors, ...roles.targets];
      // (not an event quoted inside the sentence: «ووصفه بأنه "عمل يستهدف المواطنين"، مطالباً …»)
      // (nor a masdar whose actor is its own genitive, the complement of the main verb: «رحبت X بانتشار الجيش، داعيةً»)
      let prev = lastInSentence(c, drafts, h, (d) => d.ev.actors.length > 0 && !mediatorOnly(d) && !d.hit.entry.participle && !insideQuote(c, d.hit.tok) &&
        !(d.hit.entry.pos !== 'verb' && d.ev.evidence!.includes('rule:masdar-genitive-actor')));
      const sa = attIndex.speakerAt(h);
      // the nearer of the two is the main clause: "قال X …، فيما أعلن Y …، متوعداً" → Y
      if (prev && sa && sa.cue > prev.hit.start) prev = undefined;
      const spk = prev ? null : sa?.ent ?? null;
      // (with neither, the topic of «أما X فـ…» or the subject right after the sentence's first verb)
      const top = prev || spk ? null : topicSubject(c, h);
      roles.actors = prev ? [...prev.ev.actors] : spk ? [spk] : top ? [top] : [];
      roles.targets = objs.filter((t) => !roles.actors.includes(t));
      roles.evidence.push(prev ? 'rule:participle-subject-of-clause' : spk ? 'rule:participle-subject-speaker' : top ? 'rule:participle-subject-of-topic' : 'rule:participle');
    }
    // «غادرت الصحفية X السجن بعد الإفراج عنها»: a masdar with no participant whose preposition carries a pronoun
    // (عنها، عليه، بحقهم) — the pronoun is the bare NP nearest before it in its sentence, the subject of the clause
    if (h.entry.pos === 'noun' && !roles.actors.length && !roles.targets.length && h.tok + h.len < c.toks.length) {
      const pm = /^(عن|علي|ب|ل|بحق|ضد)(ه|ها|هم)$/.exec(c.norm(h.tok + h.len) ?? '');
      if (pm && h.entry.preps.has(pm[1] === 'علي' ? 'علي' : pm[1])) {
        // (a person first: the genitive of a place noun — «سجن منوبة» — is no referent of a released «ها»)
        const cands = w.before.filter((i) => i.prep === '' && !i.m.entity.startsWith('#') && c.sent(i.m.tokenStart) === c.sent(h.tok));
        // (the earliest person of the clause: the subject of «غادرت الصحفية X سجن Y»)
        const pers = cands.filter((i) => i.entity?.type === 'PER');
        const ante = pers[pers.length - 1] ?? cands.find((i) => i.entity?.type !== 'LOC');
        if (ante) {
          roles.targets = [ante.m.entity];
          roles.evidence.push('rule:prep-pronoun-target');
        }
      }
    }
    // a masdar with a possessive pronoun ("زيارته"، "رفضها") belongs to the nearest fitting NP before it
    // «أصدر قاضي التحقيق بالقطب القضائي …»: an untitled office holder acts for the body named right after him
    for (let k = 0; k < roles.actors.length; k++) {
      const org = roles.actors[k].startsWith('#') ? bodyOfTitle(c, roles.actors[k], h.tok) : null;
      if (org && !roles.actors.includes(org)) {
        roles.actors[k] = org;
        roles.targets = roles.targets.filter((t) => t !== org);
        roles.evidence.push('rule:title-of-body');
      }
    }
    // (an actor that disagrees in number with the pronoun is a misreading: one person is no «هم»)
    if (h.entry.pos !== 'verb' && h.form.suffix === 'هم' && roles.actors.length === 1 && c.byId.get(roles.actors[0])?.type === 'PER' && !h.entry.participle) {
      roles.actors = [];
      roles.evidence.push('rule:possessive-number-disagrees');
    }
    // (also the possessor of a support masdar before it: «بعد مشاركتهم في مسيرة»)
    const own = h.entry.pos !== 'verb' && ['ه', 'ها', 'هم'].includes(h.form.suffix) && h.entry.gen === 'actor';
    const poss = own ? { suffix: h.form.suffix, tok: h.tok } : h.entry.pos !== 'verb' ? roles.possessor : undefined;
    if (poss && !roles.actors.length) {
      const suffix = poss.suffix;
      const want = suffix === 'ه' ? ['PER', 'ORG'] : suffix === 'ها' ? ['ORG', 'LOC'] : ['ORG', 'PER'];
      const wBefore = own ? w.before : w.before.filter((i) => i.m.tokenEnd <= poss.tok);
      // "بدأت الجماعة استهداف السفن … قبل أن توسّع هجماتها": the pronoun refers back to the sentence's actor
      // (a place is a weaker antecedent than a sentence actor: "الجماعة … إلى ميناء الصليف، قبل أن توسّع هجماتها")
      // (number and gender: هم wants a group, an organisation or coordinated names — never one person, «طلب X من
      // الكاظمي ترتيب لقاء بقادة الفصائل لعرض طلباتهم»; ه/ها want a named entity, not a plural group)
      const coordinated = (k: number) => wBefore[k].coord || (k > 0 && wBefore[k - 1].coord);
      const fits = (i: MInfo, k: number) => !roles.targets.includes(i.m.entity) && (i.entity
        ? want.includes(i.entity.type) && (suffix !== 'هم' || i.entity.type !== 'PER' || coordinated(k))
        : suffix === 'هم' && i.m.entity.startsWith('#') && !(i.m as { means?: boolean }).means &&
          // (not the agent of a masdar the trigger complements: «التزام الإيرانيين بتعهداتهم» is content)
          !(own && w.gapBefore[k] === 0 && h.form.prefix.endsWith('ب')));
      const fitting = wBefore.filter((i, k) => fits(i, k));
      // (after a copula the pronoun refers to the topic, a bare NP before it, not the object of its preposition:
      // «رد الكاظمي على قاآني كان يركز على استيائه» → الكاظمي)
      const copula = fitting.length > 1 && fitting[0].prep !== '' && copulaBetween(c, fitting[0].m.tokenEnd, poss.tok);
      const near = (copula ? fitting.find((i) => i.prep === '') : undefined) ?? fitting[0];
      // (the pronoun's number must fit: ه/ها one actor, هم several)
      // (a group phrase is no antecedent of ه/ها: «قادة الفصائل … طلباتهم فيما يخص زيارته» → not the leaders)
      const fitsNumber = (d: Draft) => (suffix === 'هم' ? d.ev.actors.length > 1 : d.ev.actors.length === 1 && !d.ev.actors[0].startsWith('#'));
      // (a new conjoined clause between the NP and the noun keeps the sentence's subject: «ناقش X الملف مع Y، وأبدى
      // قلقه» → X)
      const conjoined = !!near && near.prep !== '' && newClauseBetween(c, near.m.tokenEnd, poss.tok);
      const prevActor = !near || isLoc(near) || conjoined ? lastInSentence(c, drafts, h, (d) => d.ev.actors.length > 0 && fitsNumber(d)) : undefined;
      const ante = prevActor ? null : near;
      if (prevActor) {
        roles.actors = [...prevActor.ev.actors];
        roles.evidence.push('rule:possessive-actor-of-sentence');
        if (!own) roles.evidence.push('rule:possessive-support-masdar');
      } else if (ante) {
        // (هم after coordinated names: all of them — «المالكي والعامري … طلباتهم»)
        roles.actors = suffix === 'هم' && ante.coord && ante.entity ? withConjuncts(c, ante.m).map((m) => m.entity) : [ante.m.entity];
        roles.evidence.push('rule:possessive-antecedent');
        if (!own) roles.evidence.push('rule:possessive-support-masdar');
      }
    }
    // a verb with no subject NP has a pronoun subject: the actor of the previous event in the paragraph
    // ("وقال الوزير … وأضاف أنه التقى …") when it is at most one sentence back
    if (h.entry.pos === 'verb' && h.entry.obj !== 'subject' && !roles.actors.length && drafts.length) {
      // (the nearest of the last few events that has an actor: "رحبت X بالدعوة، واشترطت …" — not the noun الدعوة)
      let prev = drafts[drafts.length - 1];
      // (a mediator named in an adjunct — «بوساطة من X» — is no subject of what follows)
      for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - 3; i--) {
        if (drafts[i].ev.evidence!.includes('rule:mediator-after-wasata')) { if (prev === drafts[i]) prev = drafts[Math.max(0, i - 1)]; continue; }
        if (drafts[i].ev.actors.length) { prev = drafts[i]; break; }
      }
      const para = (tok: number) => paragraphOf(c, tok);
      // (a pronoun complementizer's number must fit: «لكنه اشترط» is one party, not «الطرفان» just named)
      const pc = c.norm(h.tok - 1) ?? '';
      const singular = PRONOUN_COMPLEMENTIZERS.has(pc) && /(ه|ها)$/.test(pc);
      const plural = PRONOUN_COMPLEMENTIZERS.has(pc) && pc.endsWith('هم');
      const numberFits = singular ? prev.ev.actors.length === 1 && !isDualGroup(c, prev.ev.actors[0]!) : plural ? prev.ev.actors.length > 1 || !!prev.ev.actors[0]?.startsWith('#') : true;
      // (not in a condition with no subject of its own: «وهددوا بالتصعيد إن لم يُفرج عن زملائهم» is impersonal)
      const condition = c.norm(h.tok - 1) === 'لم' && CONDITIONAL_NEGATION.has(c.norm(h.tok - 2) ?? '');
      if (prev.ev.actors.length && numberFits && !condition && para(prev.hit.tok) === para(h.tok) && c.sent(h.tok) - c.sent(prev.hit.tok) <= 1 && !/^[يت].*(ون|وا)$/.test(h.form.norm)) {
        roles.actors = [...prev.ev.actors];
        roles.targets = roles.targets.filter((t) => !roles.actors.includes(t));
        roles.evidence.push('rule:pronoun-subject-from-previous-event');
      }
    }
    // «وصفت الوزارة في بيان الإضراب بـ"غير الشرعي"، وحثت الأساتذة …»، «اعترض خفر السواحل زورقاً …، واقتادهم»: a
    // conjoined verb with no subject of its own and no event before it in the sentence shares the subject of the
    // sentence's first verb
    // (also over a group read as the VSO subject after the comma: «…، وحثت الأساتذة على …» — the group is the object)
    // (and over an oblique dual, never a subject: «وحثّ الطرفين على …»)
    const a0 = roles.actors[0] ?? '';
    const obliqueDual = c.dualIds.has(a0) && /ين$/.test(a0.slice(1).split(' ')[0]);
    const groupSubject = roles.actors.length === 1 && a0.startsWith('#') && roles.evidence.includes('rule:vso-subject') && h.entry.obj === 'target' && !roles.targets.length &&
      (obliqueDual || (c.isComma(h.tok - 1) && !c.dualIds.has(a0) && !w.after.some((i) => i.m.entity === a0 && nominativePlural(c, i))));
    if (h.entry.pos === 'verb' && !h.entry.participle && h.entry.obj !== 'subject' && (!roles.actors.length || groupSubject) && /^[وف]/.test(h.form.prefix) &&
      !lastInSentence(c, drafts, h, (d) => d.ev.actors.length > 0)) {
      const top = topicSubject(c, h) ?? kanaSubject(c, h);
      if (top && !roles.targets.includes(top) && (!groupSubject || !top.startsWith('#'))) {
        roles.targets = [...roles.actors, ...roles.targets];
        roles.actors = [top];
        roles.evidence.push('rule:conjoined-verb-subject-of-sentence');
      }
    }
    // «ومؤكدة أنها ستواصل دعم الجيش»: the agent of a masdar governed by a support verb is that verb's subject — after a
    // pronoun complementizer the speaker, else the subject of the sentence's previous event
    if (h.entry.pos !== 'verb' && !roles.actors.length && (roles.evidence.includes('rule:genitive-object-of-governed-masdar') || roles.evidence.includes('rule:support-verb-pronoun-subject'))) {
      // (with no attribution, the named subject right before the complementizer: «أعلن النائب X أنه سيقدم طلباً»)
      const pc = PRONOUN_COMPLEMENTIZERS.has(c.norm(h.tok - 2) ?? '');
      const before = pc && h.tok > 2 ? mentionEndingAt(c, h.tok - 3) : null;
      const spk = pc ? attIndex.speaker(h) ?? (before && before.entity && !before.entity.startsWith('#') && c.info(before).prep === '' ? before.entity : null) : null;
      const prev = spk ? undefined : lastInSentence(c, drafts, h, (d) => d.ev.actors.length > 0);
      const by = spk ? [spk] : prev ? [...prev.ev.actors] : [];
      if (by.length) {
        roles.actors = by;
        roles.targets = roles.targets.filter((t) => !by.includes(t));
        roles.evidence.push(spk ? 'rule:governed-masdar-speaker' : 'rule:governed-masdar-subject-of-sentence');
      }
    }
    // "«نطالب المجتمع الدولي…»": a first-person verb in a statement has the speaker as subject
    if (h.entry.pos === 'verb' && !roles.actors.length && h.entry.present && (h.form.norm === 'ن' + h.entry.present || h.form.norm === 'سن' + h.entry.present)) {
      const spk = attIndex.speaker(h);
      if (spk) { roles.actors = [spk]; roles.targets = roles.targets.filter((t) => t !== spk); roles.evidence.push('rule:first-person-speaker'); }
    }
    // "قال X إنه التقى…": a pronoun subject after a complementizer is the speaker of the statement
    // (the pronoun is the subject, so an NP after the verb is its object: "أعلن X أنه سيلتقي ممثلي النقابات")
    // (a verbal phrase too: «قال X إنه لن يتردد في …»)
    if ((h.entry.pos === 'verb' || h.entry.pos === 'phrase') && PRONOUN_COMPLEMENTIZERS.has(c.norm(h.tok - 1) ?? '')) {
      const spk = attIndex.speaker(h);
      if (spk && !roles.actors.includes(spk)) {
        // (an NP before the verb read as its subject is no object: "إن بغداد ترفض …، مضيفاً أنه سيزور طهران")
        const objs = [...(roles.evidence.includes('rule:vso-subject') ? roles.actors : []), ...roles.targets].filter((t) => t !== spk);
        roles.actors = [spk];
        roles.targets = h.entry.obj === 'none' ? roles.targets.filter((t) => t !== spk) : [...new Set(objs)];
        roles.evidence.push('rule:pronoun-subject-speaker');
      }
    }
    // a vocalised passive past (قُتل، اعتُقل، أُصيب: damma inside the stem, not on its last letter) has
    // its grammatical subject as the target and no known agent, unless `من قبل/على يد` named one
    if (h.entry.pos === 'verb' && (h.entry.obj === 'subject' || (h.entry.obj === 'target' && isPassive(doc.text.slice(h.start, h.end)))) && !roles.evidence.includes('rule:agent-phrase')) {
      for (const a of roles.actors) if (!roles.targets.includes(a)) roles.targets.push(a);
      roles.actors.length = 0;
      roles.evidence.push('rule:passive-subject-target');
    }
    // «يُعاد فتح المعبر»، «يُفرَج عن …»: a vocalised passive imperfect has no agent of its own — its subject or
    // genitive is what the act is done to
    if (h.entry.obj !== 'subject' && isPassiveImperfect(doc.text.slice(h.start, h.end).split(/\s+/)[0]) && !roles.evidence.includes('rule:agent-phrase')) {
      for (const a of roles.actors) if (!roles.targets.includes(a)) roles.targets.push(a);
      roles.actors.length = 0;
      roles.evidence.push('rule:passive-imperfect-target');
    }
    // "احتجت السلطات الجزائرية على توقيف …": a named body protesting in words disapproves (ACCUSE), it does not
    // demonstrate
    let type = h.entry.type;
    let entryMode = h.entry.mode;
    if (type === 'PROTEST' && h.entry.pos === 'verb' && words('verbal-protest').has(c.bare(h.tok)) && roles.actors.some((a) => !a.startsWith('#') || words('institution').has(groupHead(a)))) {
      type = 'ACCUSE';
      entryMode = 'disapprove';
      roles.evidence.push('rule:verbal-protest-of-named-body');
    }
    // «أحرق محتجون مقر البلدية»، «أغلق محتجون الطريق»: arson or a closure by a crowd (function-words `crowd`, all
    // actors) is a riot or an obstruction (PROTEST), not an armed attack or a state's restriction
    // (also storming with no weapon named — «اقتحم عشرات المودعين فرعاً لمصرف» — by a crowd named by its people, not
    // only by a number)
    const quants = words('crowd-quant');
    const crowdOf = (a: string, people: boolean) => a.startsWith('#') && a.slice(1).split(' ').some((x) => words('crowd').has(x) && !(people && quants.has(x)));
    if (((type === 'ASSAULT' && entryMode === 'destroy') || (type === 'COERCE' && entryMode === 'restrict')) && roles.actors.length &&
      roles.actors.every((a) => crowdOf(a, false)) ||
      (type === 'ASSAULT' && !entryMode && h.entry.pos === 'verb' && words('storm-verb').has(c.bare(h.tok)) && roles.actors.length && roles.actors.every((a) => crowdOf(a, true)))) {
      if (!entryMode) entryMode = 'destroy';
      entryMode = type === 'ASSAULT' ? 'riot' : 'obstruct';
      type = 'PROTEST';
      roles.evidence.push('rule:crowd-protest');
    }
    // «اقتحم عشرات المودعين فرعاً …، وأضرموا النار … وحطموا واجهته»: burning or smashing conjoined to a riot of its
    // sentence, with no other named agent, is that riot
    if (type === 'ASSAULT' && entryMode === 'destroy' && /^[وف]/.test(h.form.prefix) && !roles.actors.some((a) => !a.startsWith('#'))) {
      const riot = lastInSentence(c, drafts, h, (d) => d.ev.type === 'PROTEST' && d.ev.mode === 'riot');
      if (riot && h.tok - riot.hit.tok <= 25) {
        riot.toks.push(h.tok);
        if (!riot.ev.place && roles.place) riot.ev.place = roles.place;
        riot.ev.evidence!.push(`rule:destruction-in-riot@${h.start}`);
        continue;
      }
    }
    // «ستواصل دعم الجيش لوجستياً»: support of a material kind is aid
    if (type === 'SUPPORT' && materialAfter(c, h)) {
      type = 'AID';
      entryMode = null;
      roles.evidence.push('rule:material-support-is-aid');
    }
    // "أدانت المحكمة X بـ…": a court that condemns convicts (SANCTION convict), it does not criticise
    if (type === 'ACCUSE' && h.entry.pos === 'verb' && words('condemn').has(c.bare(h.tok)) && roles.actors.some((a) => isCourt(c, a))) {
      type = 'SANCTION';
      entryMode = 'convict';
      roles.evidence.push('rule:court-condemns-convicts');
    }
    // "وصلت قافلة مساعدات تابعة لبرنامج الأغذية العالمي": the convoy is the means, its owner gives the aid
    if (type === 'AID' && roles.actors.length && roles.actors.every((a) => meansIds.has(a))) {
      const owner = w.after.find((i) => !meansIds.has(i.m.entity) && (words('belonging').has(c.bare(i.m.tokenStart - 1)) || i.prep === 'من') && i.m.tokenStart > h.tok);
      if (owner) {
        roles.actors = [owner.m.entity];
        roles.targets = roles.targets.filter((t) => t !== owner.m.entity);
        roles.evidence.push('rule:owner-of-aid-means');
      }
    }
    // "قررت فرنسا طرد … واستدعاء سفيرها": a masdar coordinated with an earlier event noun of its sentence shares its actor
    if (h.entry.pos === 'noun' && /^و/.test(h.form.prefix) && !roles.actors.length) {
      const prev = lastInSentence(c, drafts, h, (d) => d.hit.entry.pos !== 'verb' && d.ev.actors.length > 0);
      if (prev && !hasVerbBetween(c, verbToks, prev.hit.tok + prev.hit.len, h.tok)) {
        roles.actors = [...prev.ev.actors];
        roles.targets = roles.targets.filter((t) => !roles.actors.includes(t));
        roles.evidence.push('rule:coordinated-masdar-actor');
      }
    }
    // «وصفته بـ"الانتهاكات المتكررة"»: a definite plural event noun quoted with no named actor characterises
    if (h.entry.pos === 'noun' && insideQuote(c, h.tok) && /^ال\S+ات$/.test(c.bare(h.tok)) && !roles.actors.some((a) => !a.startsWith('#'))) continue;
    // "استقبل X Y": the host receives the visitor; PLOVER codes the visitor as actor, the host as target
    if (h.entry.host && roles.targets.length && roles.actors.length) {
      const host = roles.actors;
      roles.actors = roles.targets;
      roles.targets = host;
      roles.evidence.push('rule:host-receives-visitor');
    }
    // "ونفت حماس الرواية، واتهمت إسرائيل بـ…": a conjoined verbal act after a statement cue of its sentence, with a
    // single NP, has the speaker as subject and that NP as object
    if (h.entry.pos === 'verb' && !inherited && /^[وف]/.test(h.form.prefix) && c.isComma(h.tok - 1) && h.entry.obj === 'target' &&
      VERBAL.has(h.entry.type) && !roles.targets.length && (roles.actors.length === 1 && roles.evidence.includes('rule:vso-subject') || !roles.actors.length)) {
      const spk = attIndex.speakerAt(h);
      if (spk && spk.cue < h.start && spk.ent !== roles.actors[0]) {
        roles.targets = roles.actors;
        roles.actors = [spk.ent];
        roles.evidence.push('rule:conjoined-act-of-speaker');
      }
    }
    // "قضت المحكمة بسجن X …، كما قضت بتغريم Y": one verdict with several sentences is one event
    if (h.entry.type === 'SANCTION' && inherited && roles.evidence.includes('rule:conjoined-verb-subject')) {
      const prev = lastInSentence(c, drafts, h, (d) => d.ev.type === 'SANCTION' && d.ev.mode === h.entry.mode);
      if (prev && roles.actors.every((a) => prev.ev.actors.includes(a))) {
        for (const t of roles.targets) if (!prev.ev.targets.includes(t) && !prev.ev.actors.includes(t)) prev.ev.targets.push(t);
        prev.toks.push(h.tok);
        prev.ev.evidence!.push(`rule:conjoined-same-sanction@${h.start}`);
        continue;
      }
    }
    // "التقى X Y … وبحث معه"، "وبحث الجانبان": discussing is what the meeting just reported consisted of
    const meeting = discussionOfMeeting(c, drafts, h, roles.actors, roles.targets);
    if (meeting) {
      meeting.toks.push(h.tok);
      meeting.ev.evidence!.push(`rule:discussion-of-meeting@${h.start}`);
      continue;
    }
    // «التأمت جولة جديدة من المحادثات …، بمشاركة X وY»: a meeting with no named actor has the participants named
    // after it as actors
    if (type === 'CONSULT' && !roles.actors.some((a) => !a.startsWith('#'))) {
      const parts = meetingParticipants(c, h.tok + h.len, verbToks);
      if (parts) {
        roles.actors = parts.ids;
        roles.targets = roles.targets.filter((t) => !parts.ids.includes(t));
        roles.evidence.push('rule:meeting-participants');
      }
    }
    const mode = modeFor(c, h);
    const mod = modality(c, h);
    const ev: Event = {
      id: '',
      type,
      mode: type === h.entry.type ? mode.mode : entryMode,
      trigger: { start: h.start, end: h.end, text: doc.text.slice(h.start, h.end) },
      actors: roles.actors,
      targets: roles.targets.filter((t) => !roles.actors.includes(t)),
      place: roles.place,
      evidence: [h.entry.evidence, ...roles.evidence, ...(mode.evidence ? [mode.evidence] : []), ...mod.evidence],
    };
    if (mod.negated) ev.negated = true;
    if (mod.context.length) ev.context = mod.context;
    const a = attIndex.containing(h);
    if (a) ev.attribution = a;
    drafts.push({ hit: h, ev, toks: [h.tok] });
  }
  // a dateline ("طرابلس – اندلعت …") places the article's physical events that name no place
  const dl = datelinePlace(c);
  if (dl) {
    for (const d of drafts) {
      // the dateline's paragraph and the next one (the lead), as in a text without a title line
      const p = paragraphOf(c, d.hit.tok);
      if (d.ev.place || !PHYSICAL.has(d.ev.type) || p < dl.para || p > dl.para + 1) continue;
      d.ev.place = dl.entity;
      d.ev.evidence!.push('rule:dateline-place');
    }
  }
  // «سقطت أربعة مقذوفات بمحيط مدينة السمارة»: an attack with no named agent and no victim struck the place it names
  for (const d of drafts) {
    const e = d.ev;
    if (e.type === 'ASSAULT' && d.hit.entry.pos !== 'noun' && !e.actors.length && !e.targets.length && e.place && e.evidence!.includes('rule:place-prep')) {
      e.targets = [e.place];
      e.evidence!.push('rule:attacked-place-target');
    }
  }
  assignDates(c, drafts, dates);
  // a verb or phrase trigger reports an event even with common-noun participants (PLOVER unknown actor)
  const strong = new Set(drafts.filter((d) => d.hit.entry.pos === 'verb' && !d.ev.negated && !d.ev.context?.length && !d.ev.attribution).map((d) => d.ev));
  const entityRole = (ids: string[]) => ids.some((id) => !id.startsWith('#'));
  for (const e of strong) if (!entityRole(e.actors) && !entityRole(e.targets) && !e.place) e.evidence!.push('rule:roleless-verb-kept');
  // an aircraft, ship or convoy that "arrives" is no visitor (وصلت سفينة مساعدات)
  const means = new Set(c.groups.filter((g) => g.means).map((g) => g.entity));
  const onlyMeans = (d: Draft) => d.ev.type === 'CONSULT' && d.ev.actors.length > 0 && d.ev.actors.every((a) => means.has(a));
  const kept = resolveDefinites(c, mergeHeadlines(c, drafts.filter((d) => !onlyMeans(d))));
  const verbSent = new Map<Event, number>();
  for (const d of kept) if (d.hit.entry.pos === 'verb' && VERBAL.has(d.ev.type)) verbSent.set(d.ev, c.sent(d.hit.tok));
  const conjoined = (a: Event, b: Event) => verbSent.has(a) && verbSent.get(a) === verbSent.get(b);
  let out = mergeCoreferent(kept.map((d) => d.ev), conjoined);
  // with an entity layer, a noun event with no participant and no place is usually a topic, not an event
  // (a place the dateline gave is no participant: "… إلى المرحلة الثانية من الاتفاق" stays a topic)
  // (nor is an event a place witnessed: «وكانت الولاية قد شهدت احتجاجات مماثلة»)
  if (entities.entities.length) out = out.filter((e) => e.actors.length || e.targets.length || (e.place && !onlyDatelinePlace(e)) || strong.has(e) ||
    e.evidence!.includes('rule:witnessed-at-unnamed-place'));
  finishParticipants(c, out);
  out.forEach((e, i) => { e.id = `V${i + 1}`; });
  return out;
}

/**
 * Actor/target ids → `participants` spans (the mention nearest the trigger, preferring its sentence);
 * pseudo ids of group phrases ("#…") leave `actors`/`targets`, which list entity ids only.
 */
function finishParticipants(c: Ctx, events: Event[]): void {
  const byId = new Map<string, EntityMention[]>();
  const evidence = new Map<string, string>();
  for (const m of [...c.layer.mentions, ...c.groups]) {
    if (m.tokenStart < 0 || m.tokenStart >= c.toks.length) continue;
    if (!byId.has(m.entity)) byId.set(m.entity, []);
    byId.get(m.entity)!.push(m);
  }
  for (const g of c.groups) evidence.set(g.entity, g.evidence);
  for (const list of byId.values()) list.sort((a, b) => a.start - b.start);
  const nearest = (id: string, at: number, sent: number): EntityMention | null => {
    const list = byId.get(id);
    if (!list?.length) return null;
    const lo = lowerBound(list, at);
    const cands = [list[lo - 1], list[lo]].filter((m): m is EntityMention => !!m);
    cands.sort((a, b) => (+(c.sent(b.tokenStart) === sent) - +(c.sent(a.tokenStart) === sent)) || Math.abs(a.start - at) - Math.abs(b.start - at));
    return cands[0] ?? null;
  };
  const real = (id: string) => !id.startsWith('#');
  for (const e of events) {
    const tok = lowerBound(c.toks, e.trigger.start);
    const sent = c.sent(Math.min(tok, c.toks.length - 1));
    const parts: EventParticipant[] = [];
    for (const [role, ids] of [['actor', e.actors], ['target', e.targets]] as const) {
      for (const id of ids) {
        const m = nearest(id, e.trigger.start, sent);
        if (!m) continue;
        parts.push({ start: m.start, end: m.end, text: m.text, role, entity: real(id) ? id : null, evidence: [real(id) ? 'rule:entity-mention' : evidence.get(id)!] });
      }
    }
    e.actors = e.actors.filter(real);
    e.targets = e.targets.filter(real);
    if (parts.length) e.participants = parts;
  }
}

/** An imperfect vocalised as passive: يُـ/تُـ with a fatha on the letter before the last, or an alif there (يُعاد، يُفتَح);
 * form IV actives (يُطلِق، يُعيد) carry a kasra or a ي there. Unvocalised words never match. */
export function isPassiveImperfect(word: string): boolean {
  const w = word.replace(/^[وف]/, '').replace(/^س/, '');
  if (!/^[يت]\u064F/.test(w)) return false;
  const letters = [...w].filter((ch) => !/[\u064B-\u0652\u0670]/.test(ch));
  if (letters.length < 3) return false;
  if (letters[letters.length - 2] === 'ا') return true;
  // the harakat after the letter before the last
  const idx = w.lastIndexOf(letters[letters.length - 1]);
  const before = w.slice(0, idx);
  return /\u064E\u0651?$/.test(before) || /\u0651\u064E$/.test(before);
}

/** A past verb vocalised as passive: a damma on a stem letter other than the last (قُتل، اعتُقل، أُصيب). */
export function isPassive(word: string): boolean {
  const letters = word.replace(/[\u064B-\u0652\u0670]/g, '');
  if (/^[يتن]/.test(letters) && !/^ت[^\u064F]/.test(word)) return false; // imperfect: يُطلق is active (form IV)
  const i = word.lastIndexOf('\u064F');
  if (i < 0) return false;
  // letters after the damma: a passive past has at least one more stem letter
  return word.slice(i + 1).replace(/[\u064B-\u0652\u0670]/g, '').length >= 2;
}

/** The head word of a group pseudo-id ("#السلطات الجزائرية" → سلطات), article removed. */
function groupHead(id: string): string {
  const w = id.slice(1).split(' ')[0] ?? '';
  return w.startsWith('ال') ? w.slice(2) : w;
}

/** An actor that is a court: an entity or a group phrase whose name holds محكمة/قضاء (function-words `court`). */
function isCourt(c: Ctx, id: string): boolean {
  const name = id.startsWith('#') ? id.slice(1) : normalize(c.byId.get(id)?.name ?? '');
  const court = words('court');
  if (name.split(' ').some((w) => court.has(w.startsWith('ال') ? w.slice(2) : w))) return true;
  // «القطب الجزائي الاقتصادي والمالي بمحكمة سيدي امحمد»: a chamber with a court word within three tokens after it
  const head = name.split(' ')[0];
  if (!COURT_UNITS.has(head.startsWith('ال') ? head.slice(2) : head)) return false;
  const g = id.startsWith('#') ? c.firstGroup.get(id) : mentionsOf(c, id)[0];
  if (!g) return false;
  for (let k = g.tokenEnd; k < c.toks.length && k < g.tokenEnd + 3; k++) {
    if (c.toks[k].kind !== 'word') break;
    if (court.has(c.toks[k].norm.replace(/^(ب|في|و)/, ''))) return true;
  }
  return false;
}

/** A temporal relation word between two tokens (function-words `temporal-relation`: بعد، قبل، عقب، منذ). */
function temporalBetween(c: Ctx, from: number, to: number): boolean {
  const t = words('temporal-relation');
  for (let k = from; k < to; k++) if (t.has(c.bare(k))) return true;
  return false;
}

/** An event whose place came only from the dateline (no preposition, frame or target gave one). */
function onlyDatelinePlace(e: Event): boolean {
  // (only a definite noun: "الاتفاق" with no antecedent is a topic; "اندلعت اشتباكات" reports clashes)
  return (e.evidence ?? []).includes('rule:dateline-place') && /^[وف]?[بلك]?ال|^[وف]?لل/.test(normalize(e.trigger.text));
}

/** A verb trigger between two tokens (quotation marks around the alleged act do not end the accusation). */
/** The organisation a title group works for, named right after it: «قاضي التحقيق بالقطب القضائي»، «مدير الأمن في
 * وزارة الداخلية» (a ب/في/لدى phrase within two definite words of the title). */
function bodyOfTitle(c: Ctx, id: string, near: number): string | null {
  // (the group mention nearest the trigger: ids are phrase texts and may repeat)
  let g: EntityMention | undefined;
  for (let k = near; k >= 0 && k >= near - 30; k--) { const m = c.startArr[k]?.[0]; if (m?.entity === id) { g = m; break; } }
  for (let k = near + 1; !g && k < c.toks.length && k <= near + 30; k++) { const m = c.startArr[k]?.[0]; if (m?.entity === id) g = m; }
  if (!g) return null;
  const head = c.toks[g.tokenStart].norm.replace(/^(و|ف)?(ال)?/, '');
  if (!(c.lex.groups.get(head) ?? []).some((x) => x.kind === 'title')) return null;
  for (let k = g.tokenEnd; k < c.toks.length && k <= g.tokenEnd + 3 && c.sent(k) === c.sent(g.tokenStart); k++) {
    const m = c.startArr[k]?.[0];
    if (m) {
      const inf = c.info(m);
      return inf.entity?.type === 'ORG' && ['ب', 'في', 'لدي'].includes(inf.prep) ? m.entity : null;
    }
    if (!c.toks[k].norm.startsWith('ال') && !['في', 'لدي'].includes(c.toks[k].norm)) return null;
  }
  return null;
}

/** A dual group participant («الطرفان»، «الجانبين»): two parties, never the referent of ه/ها. */
function isDualGroup(c: Ctx, id: string): boolean {
  return id.startsWith('#') && c.dualIds.has(id);
}

const ON_BEHALF = words('on-behalf');
/** «وقّع … عن الجانب X Y، وعن Z W»: the first person named after each «عن» (on behalf of) in the clause. */
function onBehalfSigners(c: Ctx, h: Hit, verbToks: Set<number>): string[] {
  const out: string[] = [];
  const s = c.sent(h.tok);
  for (let j = h.tok + h.len; j < c.toks.length && j < h.tok + h.len + 30 && c.sent(j) === s; j++) {
    if (j > h.tok + h.len && verbToks.has(j)) break;
    if (c.isBoundary(j) || !ON_BEHALF.has(c.norm(j) ?? '')) continue;
    // (only an «عن» within six words of the verb or right after a comma: «، وعن الجانب الإيراني»)
    if (!out.length && j - (h.tok + h.len) > 6) break;
    if (out.length && !c.isComma(j - 1)) continue;
    for (let k = j + 1; k < c.toks.length && k <= j + 10 && c.sent(k) === s && !c.isComma(k); k++) {
      const ms = c.startArr[k];
      const m = ms?.[0];
      if (m && c.byId.get(m.entity)?.type === 'PER') { if (!out.includes(m.entity)) out.push(m.entity); break; }
      if (m) k = m.tokenEnd - 1;
    }
  }
  return out;
}

const COPULA = words('copula');
function copulaBetween(c: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (COPULA.has(c.bare(k))) return true;
  return false;
}

function verbBetween(verbToks: Set<number>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (verbToks.has(k)) return true;
  return false;
}

function commaBetween(c: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (c.isComma(k)) return true;
  return false;
}

/** Another clause starts between two tokens: a comma before a و-word, or a boundary word (فيما، بينما): «…، فيما
 * أعلنت النقابة إضراباً» — the accusative there is an object, no adverbial restating the protest before. */
function clauseCut(c: Ctx, from: number, to: number): boolean {
  if (newClauseBetween(c, from, to)) return true;
  for (let k = from; k < to; k++) if (c.isBoundary(k) || c.prepsAt(k).some((p) => p.values[0].role === 'boundary' && p.length === 1)) return true;
  return false;
}

/** A group noun with a possessive pronoun (وحداتها، عناصره، قواتهم; groups.tsv `group`) as the verb's subject, right
 * before it (auxiliaries between: «أن تكون عناصرها قد اعتدت»). Its token, or -1. */
/** The noun of a possessed word («بلاده» → «بلاد»). */
function possessedStem(w: string): string {
  return w.replace(/(ه|ها|هم|هما)$/, '');
}

/** The country a person's title names by its nisba («وزير الخارجية الأردني» → الأردن), when the article names that
 * country: from the entity's titles and the words right before its mentions. */
function countryOf(c: Ctx, per: string): string | null {
  const e = c.byId.get(per);
  if (!e || e.type !== 'PER') return null;
  const ws: string[] = [];
  for (const t of e.titles ?? []) ws.push(...normalize(t).split(/\s+/));
  for (const m of mentionsOf(c, per).slice(0, 20)) {
    for (let k = Math.max(0, m.tokenStart - 5); k < m.tokenStart; k++) if (c.toks[k].kind === 'word') ws.push(c.toks[k].norm);
  }
  const bare = (w: string) => (w.startsWith('ال') && w.length > 3 ? w.slice(2) : w);
  const stems = new Set(ws.map(bare).filter((w) => w.length >= 4 && w.endsWith('ي')).map((w) => w.slice(0, -1)));
  if (!stems.size) return null;
  for (const x of c.layer.entities) {
    if (x.type !== 'LOC') continue;
    const n = bare(normalize(x.name));
    if (stems.has(n) || (n.endsWith('يه') && stems.has(n.slice(0, -2)))) return x.id;
  }
  return null;
}

/** A place named right after a complementizer earlier in the sentence (at most 30 tokens back). */
function statedCountry(c: Ctx, tok: number): string | null {
  const s = c.sent(tok);
  const comp = words('complementizer');
  for (let k = tok - 2; k >= 0 && k >= tok - 30 && c.sent(k) === s; k--) {
    if (!comp.has(c.norm(k) ?? '')) continue;
    const m = c.startArr[k + 1]?.[0];
    if (m && c.byId.get(m.entity)?.type === 'LOC' && c.info(m).prep === '') return m.entity;
  }
  return null;
}

function possessedSubject(c: Ctx, h: Hit): number {
  const isPossessed = (j: number) => {
    if (c.toks[j]?.kind !== 'word' || c.sent(j) !== c.sent(h.tok)) return false;
    return [c.norm(j) ?? '', c.bare(j)].some((w) => {
      const m = /^(.{3,}?)(ه|ها|هم|هما)$/.exec(w);
      return !!m && ((c.lex.groups.get(m[1]) ?? []).some((g) => g.kind === 'group') || COUNTRY_NOUNS.has(m[1]));
    });
  };
  const aux = words('aux');
  let j = h.tok - 1;
  for (let n = 0; n < 2 && j >= 0 && aux.has(c.norm(j) ?? ''); n++) j--;
  if (j >= 0 && isPossessed(j)) {
    // «أن تكون عناصرها»: an auxiliary may also stand before the group
    let k = j;
    if (k > 0 && aux.has(c.norm(k - 1) ?? '')) k--;
    return words('complementizer').has(c.norm(k - 1) ?? '') ? k : j;
  }
  // (not right after the verb: «نشر قواته»، «ستسحب قواتها» — there the possessed group is the object)
  return -1;
}

/** The organisation a short group description (one or two words: «الحركة»، «قيادة الشرطة») refers to: the nearest
 * ORG mentioned before the trigger (at most 60 mentions back) whose name begins with those words and is longer. */
function describedEntity(c: Ctx, id: string, tok: number): string | null {
  if (!id.startsWith('#')) return null;
  const gw = id.slice(1).split(' ');
  if (!gw.length || gw.length > 2) return null;
  const titleHead = (c.lex.groups.get(gw[0]) ?? []).some((g) => g.kind === 'title');
  const ms = c.layer.mentions;
  // mentions are sorted by start: the last one starting before the trigger token (a scan from the end would make
  // every call cost the whole document)
  const hi = lowerBound(ms, c.toks[tok].start) - 1;
  let soft: string | null = null;
  for (let i = hi; i >= 0 && i > hi - 60; i--) {
    const e = c.byId.get(ms[i].entity);
    if (!e) continue;
    // «الوزير الإيراني» after «وزير الخارجية الإيراني حسين …»: a title (and its nisba) refers to the person last
    // mentioned with that title
    if (e.type === 'PER' && titleHead) {
      const mw = c.nameWords(ms[i].text);
      let k = 0;
      if (mw[0] === gw[0]) for (const w of mw) if (w === gw[k]) k++;
      // (a mention that is only a title, right after another person's name, is that person's apposition:
      // «البوسعيدي وزير الخارجية» — the title describes the name before it)
      const prevPer = mw[0] === gw[0] && ms[i].tokenStart > 0 ? mentionEndingAt(c, ms[i].tokenStart - 1) : null;
      const id = prevPer && prevPer.entity !== e.id && c.byId.get(prevPer.entity)?.type === 'PER' && !c.nameWords(e.name).includes(mw[mw.length - 1]) ? prevPer.entity : e.id;
      if (k === gw.length) return id;
      // (or the title written right before the name: «وزير الخارجية الإيراني حسين …» → «الوزير الإيراني»)
      if (titleBeforeName(c, ms[i].tokenStart, gw)) return e.id;
      // (or right after it: «بدر البوسعيدي وزير الخارجية» → «الوزير»)
      if (titleAfterName(c, ms[i].tokenEnd, gw)) return e.id;
      // «الوزير العُماني» after «البوسعيدي وزير الخارجية»: a nisba the article never wrote beside the title fits
      // when the title phrase carries no other nisba (the nearest such holder; an exact match further back wins)
      if (!soft && gw.length === 2 && nisbaWord(gw[1])) {
        if (k === 1 && !mw.slice(1).some(nisbaWord)) soft = id;
        else if (titleAfterName(c, ms[i].tokenEnd, gw.slice(0, 1), true) || titleBeforeName(c, ms[i].tokenStart, gw.slice(0, 1), true)) soft = e.id;
      }
      continue;
    }
    if (e.type !== 'ORG') continue;
    for (const name of [e.name, ms[i].text]) {
      const nw = c.nameWords(name);
      if (nw.length > gw.length && gw.every((w, k) => nw[k] === w)) return e.id;
    }
  }
  return soft;
}

/** The person named after a VSO subject that is the genitive of a title opening the clause («حاكم إقليم X، Y»، «قائد
 * القوة البحرية في الحرس الثوري Y»): at most eight tokens on, past prepositional mentions and apposition commas; a
 * definite title word not set off by a comma starts another party («وزير خارجية إيران الرئيسَ الأمريكي X»). */
function holderAfterTitledGenitive(c: Ctx, h: Hit, verbToks: Set<number>): string | null {
  const from = h.tok + h.len;
  const t0 = c.toks[from];
  if (!t0 || t0.kind !== 'word' || !isTitle(c, t0.norm.replace(/^[وف](?=\S\S)/, ''))) return null;
  const s = c.sent(h.tok);
  let comma = false;
  for (let k = from + 1; k < c.toks.length && k < from + 12 && c.sent(k) === s; k++) {
    if (c.dateCovered[k]) continue;
    if (c.isComma(k)) { comma = true; continue; }
    const t = c.toks[k];
    if (t.kind !== 'word' || verbToks.has(k)) return null;
    const m = c.startArr[k]?.[0];
    if (m) {
      const inf = c.info(m);
      if (inf.prep === '' && c.byId.get(m.entity)?.type === 'PER') return m.entity;
      // (a bare NP after the apposition comma is the object)
      if (inf.prep === '' && comma) return null;
      k = m.tokenEnd - 1;
      continue;
    }
    if (t.norm.startsWith('ال') && isTitle(c, t.norm) && !c.isComma(k - 1)) return null;
  }
  return null;
}

/** A nisba adjective (العُماني، الإيراني): a definite-or-bare word ending in ي, long enough not to be a particle. */
function nisbaWord(w: string): boolean {
  return w.length >= 4 && w.endsWith('ي') && !w.endsWith('وي');
}

const STATEMENT_NOUNS = words('statement-noun');
const STATEMENT_ACTS = new Set(['ACCUSE', 'REQUEST', 'THREATEN', 'REJECT']);
/** «وأدان البيان الختامي …»، «وطالب البيان …»: a statement noun right after the verb (dates aside) is its subject; the
 * actor is the body that issued it — a «الصادر عن X» or a genitive ORG right after it, else the organisation acting
 * in the latest meeting of the last three sentences, else the nearest organisation named there. */
function issuerOfStatementSubject(c: Ctx, h: Hit, drafts: Draft[]): string[] | null {
  let k = h.tok + h.len;
  while (k < c.toks.length && (c.dateCovered[k] || c.isComma(k)) && k < h.tok + h.len + 6) k++;
  if ((c.startArr[k] !== undefined) || !STATEMENT_NOUNS.has(c.bare(k)) || c.sent(k) !== c.sent(h.tok)) return null;
  const s = c.sent(h.tok);
  const isOrg = (id: string) => c.byId.get(id)?.type === 'ORG';
  // the body named right after the noun: «بيان وزارة الخارجية»، «البيان الصادر عن القمة»
  for (let j = k + 1; j < c.toks.length && j <= k + 4 && c.sent(j) === s; j++) {
    const m = c.startArr[j]?.[0];
    if (m) return isOrg(m.entity) || c.byId.get(m.entity)?.type === 'PER' ? [m.entity] : null;
    if (c.isComma(j) || c.isBoundary(j)) break;
  }
  for (let i = drafts.length - 1; i >= 0 && s - c.sent(drafts[i].hit.tok) <= 3; i--) {
    const d = drafts[i];
    if (d.ev.type !== 'CONSULT') continue;
    const orgs = d.ev.actors.filter(isOrg);
    if (orgs.length) return orgs;
  }
  const ms = c.layer.mentions;
  // (bounded: at most 200 mentions back, however long the sentences)
  for (let i = lowerBound(ms, c.toks[h.tok].start) - 1, n = 0; i >= 0 && n < 200; i--, n++) {
    if (ms[i].tokenStart < 0 || s - c.sent(ms[i].tokenStart) > 3) break;
    if (isOrg(ms[i].entity)) return [ms[i].entity];
  }
  return null;
}

const MATERIAL = words('material-support');
/** A material-kind adverb («لوجستياً»، «مالياً»، «بالسلاح») within five tokens after the trigger, in its clause. */
function materialAfter(c: Ctx, h: Hit): boolean {
  for (let k = h.tok + h.len; k < c.toks.length && k < h.tok + h.len + 5 && c.sent(k) === c.sent(h.tok); k++) {
    if (c.isComma(k) || c.isBoundary(k)) return false;
    if (MATERIAL.has(c.bare(k))) return true;
  }
  return false;
}

const INSTITUTIONS = words('institution');
/** A definite event noun in the genitive chain of an office or body in construct («وزير التعاون»، «وزارة الخارجية
 * والتعاون الدولي»): right after the construct head, or joined by و to its definite genitives (at most four). */
function inOfficeName(c: Ctx, h: Hit): boolean {
  if (!(c.bare(h.tok)).startsWith('ال')) return false;
  const head = (k: number) => {
    const t = c.toks[k];
    if (!t || t.kind !== 'word' || c.sent(k) !== c.sent(h.tok)) return false;
    // (the normalised word too: «وزير» is no و + «زير»)
    return [t.norm, c.bare(k)].some((b) => !b.startsWith('ال') && (isTitle(c, b) || INSTITUTIONS.has(b)));
  };
  if (head(h.tok - 1)) return true;
  if (!/^و/.test(c.norm(h.tok) ?? '')) return false;
  for (let k = h.tok - 1; k >= 0 && k >= h.tok - 4; k--) {
    if (head(k)) return true;
    if (c.toks[k].kind !== 'word' || !c.bare(k).startsWith('ال') || c.sent(k) !== c.sent(h.tok)) return false;
  }
  return false;
}

/** The subject of the main clause a circumstantial participle hangs on, when no event or statement gives it: the
 * topic of «أما X فأعربت …، ملوّحة» or a named NP right after the sentence's first word when that word is a verb
 * form (a و/ف-prefixed or plain word, no mention): «وأعرب الاتحاد الأوروبي عن قلقه، مطالباً …». */
function topicSubject(c: Ctx, h: Hit): string | null {
  const s = c.sent(h.tok);
  let first = h.tok;
  while (first > 0 && c.sent(first - 1) === s && h.tok - first < 40) first--;
  if (c.sent(first) !== s || first === h.tok) return null;
  const named = (id: string | undefined) => !!id && (id.startsWith('#') || (!!c.byId.get(id) && c.byId.get(id)!.type !== 'LOC'));
  // «أما X فـVERB»
  if (c.norm(first) === 'اما') {
    for (let k = first + 1; k < h.tok && k < first + 12; k++) {
      if (!/^ف\S{3}/.test(c.norm(k) ?? '') || (c.startArr[k] !== undefined)) continue;
      let m = mentionEndingAt(c, k - 1);
      // (a place modifier closes the topic: «أما السفارة الأمريكية لدى ليبيا فأعربت»)
      if (m && c.info(m).prep !== '' && c.byId.get(m.entity)?.type === 'LOC' && m.tokenStart > 1) m = mentionEndingAt(c, m.tokenStart - 2);
      return m && named(m.entity) && c.info(m).prep === '' ? m.entity : null;
    }
    return null;
  }
  // (past an opening adverbial set off by a comma: «في المقابل، نفى …»، «سياسياً، أعلن …»)
  for (let k = first; k < first + 4 && k < h.tok; k++) {
    if (c.startArr[k] !== undefined) break;
    if (c.isComma(k)) { first = k + 1; break; }
  }
  if (c.startArr[first] !== undefined || c.toks[first].kind !== 'word') return null;
  const m = c.startArr[first + 1]?.[0];
  if (!m || !named(m.entity) || c.info(m).prep !== '') return null;
  // «نفى المستشار الإعلامي لقائد قوات الدعم السريع …»: an officeholder described by title speaks for the
  // organisation named right after the title
  if (m.entity.startsWith('#') && isTitle(c, c.toks[m.tokenStart].norm)) {
    for (let k = m.tokenEnd; k < m.tokenEnd + 5 && k < h.tok && c.sent(k) === s; k++) {
      const o = c.startArr[k]?.[0];
      if (!o) continue;
      // (in the title's genitive: «لـX»، «بـX»، or after a construct title word «لقائد X»)
      const viaTitle = ['ل', 'ب', 'في'].includes(c.info(o).prep) || (k === m.tokenEnd + 1 && /^[لب]/.test(c.norm(m.tokenEnd) ?? '') && isTitle(c, (c.norm(m.tokenEnd) ?? '').slice(1)));
      return c.byId.get(o.entity)?.type === 'ORG' && viaTitle ? o.entity : m.entity;
    }
  }
  return m.entity;
}

/** The subject of a sentence opened by كان («وكان المبعوث الأمريكي إلى سوريا توم باراك قد حلّ …، وحثّ …»): the first
 * named bare NP after it, before قد (at most twelve tokens on, places aside). */
function kanaSubject(c: Ctx, h: Hit): string | null {
  const s = c.sent(h.tok);
  let first = h.tok;
  while (first > 0 && c.sent(first - 1) === s && h.tok - first < 40) first--;
  if (!COPULA.has((c.norm(first) ?? '').replace(/^[وف]/, ''))) return null;
  for (let k = first + 1; k < h.tok && k <= first + 12; k++) {
    if (c.norm(k) === 'قد' || c.isBoundary(k)) return null;
    const m = c.startArr[k]?.[0];
    if (!m) continue;
    if (c.info(m).prep === '' && !m.entity.startsWith('#') && c.byId.get(m.entity)?.type !== 'LOC') return m.entity;
    k = m.tokenEnd - 1;
  }
  return null;
}

/** The words of a short title description («وزير إيراني» from «الوزير الإيراني») occur in order in the title phrase
 * right before a name (at most six words back, no punctuation), its first word heading that phrase. */
function titleBeforeName(c: Ctx, nameTok: number, gw: string[], noNisba = false): boolean {
  const bare = (k: number) => { const n = c.toks[k].norm.replace(/^[وف](?=ال)/, ''); return n.startsWith('ال') && n.length > 3 ? n.slice(2) : n; };
  for (let k = nameTok - 1; k >= 0 && k >= nameTok - 6; k--) {
    if (c.toks[k].kind !== 'word' || c.sent(k) !== c.sent(nameTok)) return false;
    if (bare(k) !== gw[0]) continue;
    let n = 1;
    for (let j = k + 1; j < nameTok && n < gw.length; j++) if (bare(j) === gw[n]) n++;
    // (with noNisba, the phrase must name no nationality of its own: «وزير الخارجية العراقي» is no «الوزير العُماني»;
    // and be one title phrase, definite words only: «الوزير جلسة مباحثات مع نظيره X» is no title of X)
    if (noNisba) for (let j = k + 1; j < nameTok; j++) if (nisbaWord(bare(j)) || !c.toks[j].norm.startsWith('ال')) return false;
    return n === gw.length;
  }
  return false;
}

/** The words of a short title description occur in order in a title phrase right after a name, its first word
 * within two words of the name (at most six words, no punctuation): «بدر البوسعيدي وزير الخارجية». */
function titleAfterName(c: Ctx, nameEnd: number, gw: string[], noNisba = false): boolean {
  const bare = (k: number) => { const n = c.toks[k].norm; return n.startsWith('ال') && n.length > 3 ? n.slice(2) : n; };
  const s = c.sent(nameEnd - 1);
  let n = 0;
  let start = -1;
  for (let k = nameEnd; k < c.toks.length && k < nameEnd + 6 && c.sent(k) === s; k++) {
    if (c.toks[k].kind !== 'word' || (n === 0 && !!c.startArr[k]?.some((m) => !m.entity.startsWith('#')))) break;
    if (n === 0 && k > nameEnd + 1) break;
    if (n < gw.length && bare(k) === gw[n]) { if (n === 0) start = k; n++; continue; }
    if (n === 0) continue;
    if (noNisba && nisbaWord(bare(k))) return false;
  }
  return start >= 0 && n === gw.length;
}
