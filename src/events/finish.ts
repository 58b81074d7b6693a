// The passes over all drafts once the per-trigger loop is done: they need every event of the article at once (the
// dateline's lead, merges across sentences, the keep/drop filter), so they run after it, in this order.
import type { DateMention, Event, EventParticipant } from '../contract.ts';
import { lowerBound } from '../doc.ts';
import { normalize } from '../text/normalize.ts';
import type { EntityMention } from '../entities/index.ts';
import type { GroupMention } from './participants.ts';
import { type Ctx, type Draft, paragraphOf } from './context.ts';
import { PHYSICAL, datelinePlace } from './roles.ts';
import { mergeHeadlines, resolveDefinites, mergeCoreferent, dropAgentless, measureAfterOn, approvalOfMeasure } from './merges.ts';
import { assignDates } from './dates.ts';
import { VERBAL } from './traits.ts';
import { words } from './words.ts';
import { requirementAt } from './triggers.ts';
import { bridgedNoun } from './modality.ts';
import { meansNationality } from './means.ts';

/** Words that negate the noun right after them («دون موافقة»، «عدم حضور»), normalised. */

/** Diagnostics (session 7, scripts/events/missing-triggers.ts): when set, told which drafts each pass removes
 * (by the trigger's first token). Off (null) in normal runs. */
export const dropTrace: { on: ((stage: string, tok: number) => void) | null } = { on: null };
const traceLost = (stage: string, before: readonly Draft[], after: readonly Draft[]) => {
  if (!dropTrace.on) return;
  const kept = new Set(after);
  for (const d of before) if (!kept.has(d)) dropTrace.on(stage, d.hit.tok);
};

/** Dateline places, dates, merges and the final keep/drop filter over the drafts; participants and ids for output.
 * `hasEntities`: whether the entity layer found anything (without one, roleless noun events are all there is). */
export function finishEvents(c: Ctx, drafts: Draft[], dates: DateMention[], hasEntities: boolean): Event[] {
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
  meetingsOfBodies(c, drafts);
  crowdClashes(c, drafts);
  walkouts(c, drafts);
  raids(c, drafts);
  meansNationality(c, drafts);
  sequencedActs(c, drafts);
  supportChains(c, drafts);
  impersonalAfterEvent(c, drafts);
  assignDates(c, drafts, dates);
  // a verb or phrase trigger reports an event even with common-noun participants (PLOVER unknown actor)
  const strong = new Set(drafts.filter((d) => d.hit.entry.pos === 'verb' && !d.ev.negated && !d.ev.context?.length && !d.ev.attribution).map((d) => d.ev));
  const entityRole = (ids: string[]) => ids.some((id) => !id.startsWith('#'));
  for (const e of strong) if (!entityRole(e.actors) && !entityRole(e.targets) && !e.place) e.evidence!.push('rule:roleless-verb-kept');
  // an aircraft, ship or convoy that "arrives" is no visitor (وصلت سفينة مساعدات)
  const means = new Set(c.groups.filter((g) => g.means).map((g) => g.entity));
  // (Session 5c: nor are soldiers or security forces who «arrive» at a town visitors — «جنود الاحتلال وصلوا بعد نصف ساعة»)
  const forces = words('security-force');
  const arrival = words('arrival-verb');
  const forceHead = (id: string) => forces.has(normalize((id.startsWith('#') ? id.slice(1) : c.byId.get(id)?.name ?? '').split(/\s+/)[0] ?? '').replace(/^ال/, ''));
  // (the written word or the word without a conjunction: «وصلوا» begins with a root و)
  const arrives = (k: number) => arrival.has(c.norm(k) ?? '') || arrival.has(c.bare(k));
  const onlyMeans = (d: Draft) => d.ev.type === 'CONSULT' && d.ev.actors.length > 0 && (d.ev.actors.every((a) => means.has(a)) ||
    (arrives(d.hit.tok) && d.ev.actors.every(forceHead)));
  // «إذا وافقت مقديشو على …»، «إذا لم تتراجع الإدارة عن قرارها»: a verbal act that is itself the condition (right after
  // the conditional word, or negated under it) reports nothing; a physical act there stays, flagged hypothetical
  // («إذا هاجمت القوات المدينة»: a scenario a threat names)
  const cond = words('condition-cue');
  // (a negated condition — «إذا لم تتراجع»، «إن لم يُفرج عن زملائهم» — reports nothing, whatever the act)
  const negCond = (d: Draft) => d.hit.entry.pos === 'verb' && !!d.ev.negated && ['لم', 'لا'].includes(c.norm(d.hit.tok - 1) ?? '') &&
    (cond.has(c.norm(d.hit.tok - 2) ?? '') || ['ان', 'وان'].includes(c.norm(d.hit.tok - 2) ?? '') && !/[أأ]/.test(c.toks[d.hit.tok - 2]?.text ?? 'أ'));
  const condition = (d: Draft) => negCond(d) || !!d.ev.context?.includes('hypothetical') && d.hit.entry.pos === 'verb' && VERBAL.has(d.ev.type) &&
    (d.ev.negated || cond.has(c.norm(d.hit.tok - 1) ?? '') || (['لم', 'لا'].includes(c.norm(d.hit.tok - 1) ?? '') && cond.has(c.norm(d.hit.tok - 2) ?? '')));
  // «سمحت لأربيل بالتصدير من دون موافقة بغداد»، «دون اتفاق»: a negated noun names an act that did not happen; with no
  // named actor it reports nothing («انتهى اللقاء دون اتفاق بين X وY» keeps its parties)
  // (only a noun negated by the word right before it: «نفت أي مسؤولية عن مقتل الوالي» denies the blame, not the killing)
  const absentAct = (d: Draft) => d.ev.negated === true && d.hit.entry.pos === 'noun' && [1, 2, 3].some((k) => words('noun-negation').has(c.norm(d.hit.tok - k) ?? '') && (k === 1 || bridgedNoun(c, d.hit.tok - k, d.hit.tok))) &&
    !d.ev.actors.some((a) => !a.startsWith('#'));
  // «يناقش مجلس الأعيان مشروع الموازنة»: a discussion verb with one party and no other (no مع, no target, no group of
  // participants) is a body's own deliberation, not a consultation between actors
  const discussion = words('discussion');
  const selfDeliberation = (d: Draft) => d.ev.type === 'CONSULT' && d.hit.entry.pos === 'verb' && discussion.has(d.hit.entry.past ?? '') &&
    d.ev.actors.length === 1 && !d.ev.targets.length && !isDualOrGroupOfParties(c, d.ev.actors[0]) && !partnerAfter(c, d.hit.tok);
  const filtered = accusationContent(c, summedUpRounds(c, approvedMeasures(c, drafts))).filter((d) => !onlyMeans(d) && !condition(d) && !absentAct(d) && !selfDeliberation(d));
  const kept = resolveDefinites(c, mergeHeadlines(c, conjoinedSameAct(c, claimedAttacks(c, warningContent(c, coordinatedSameAct(c, fundingAgreements(c, filtered)))))));
  if (dropTrace.on) {
    for (const d of drafts) dropTrace.on('drafted', d.hit.tok);
    const f1 = new Set(filtered);
    for (const d of drafts) if (!f1.has(d)) dropTrace.on(onlyMeans(d) ? 'only-means' : condition(d) ? 'condition' : absentAct(d) ? 'absent-act' : selfDeliberation(d) ? 'self-deliberation' : 'accusation/rounds/measures', d.hit.tok);
    traceLost('merge passes (funding/coordinated/warning/claimed/conjoined/headline/definite)', filtered, kept);
  }
  const verbSent = new Map<Event, number>();
  for (const d of kept) if (d.hit.entry.pos === 'verb' && VERBAL.has(d.ev.type)) verbSent.set(d.ev, c.sent(d.hit.tok));
  const conjoined = (a: Event, b: Event) => verbSent.has(a) && verbSent.get(a) === verbSent.get(b);
  let out = dropAgentless(c, drafts, mergeCoreferent(kept.map((d) => d.ev), conjoined));
  // with an entity layer, a noun event with no participant and no place is usually a topic, not an event
  // (a place the dateline gave is no participant: "… إلى المرحلة الثانية من الاتفاق" stays a topic)
  // (nor is an event a place witnessed: «وكانت الولاية قد شهدت احتجاجات مماثلة»)
  const merged = out;
  if (hasEntities) out = out.filter((e) => e.actors.length || e.targets.length || (e.place && !onlyDatelinePlace(e)) || strong.has(e) ||
    e.evidence!.includes('rule:witnessed-at-unnamed-place'));
  if (dropTrace.on) {
    const m1 = new Set(merged), o1 = new Set(out);
    for (const d of kept) if (!m1.has(d.ev)) dropTrace.on('coreference/agentless', d.hit.tok);
    else if (!o1.has(d.ev)) dropTrace.on('noun without participant', d.hit.tok);
  }
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
    const extra = { actor: [] as string[], target: [] as string[] };
    for (const [role, ids] of [['actor', e.actors], ['target', e.targets]] as const) {
      for (const id of ids) {
        const m = nearest(id, e.trigger.start, sent);
        if (!m) continue;
        parts.push({ start: m.start, end: m.end, text: m.text, role, entity: real(id) ? id : null, evidence: [real(id) ? 'rule:entity-mention' : evidence.get(id)!] });
        // «دورية تابعة للجيش المالي»: the body a unit belongs to takes the unit's role too
        const aff = (m as GroupMention).affiliate;
        if (aff && !ids.includes(aff)) {
          const am = nearest(aff, m.end, sent);
          if (am) {
            parts.push({ start: am.start, end: am.end, text: am.text, role, entity: aff, evidence: ['rule:unit-of-affiliated-body'] });
            extra[role].push(aff);
          }
        }
      }
    }
    e.actors.push(...extra.actor.filter((x) => !e.actors.includes(x)));
    e.targets.push(...extra.target.filter((x) => !e.targets.includes(x)));
    e.actors = e.actors.filter(real);
    e.targets = e.targets.filter(real);
    if (parts.length) e.participants = parts;
  }
}
/** An event whose place came only from the dateline (no preposition, frame or target gave one). */
function onlyDatelinePlace(e: Event): boolean {
  // (only a definite noun: "الاتفاق" with no antecedent is a topic; "اندلعت اشتباكات" reports clashes)
  return (e.evidence ?? []).includes('rule:dateline-place') && /^[وف]?[بلك]?ال|^[وف]?لل/.test(normalize(e.trigger.text));
}

/**
 * «شهدت البلدة مواجهات عنيفة حاول خلالها محتجون اقتحام مركز الدرك»، «مواجهات بين متظاهرين وقوات الأمن»: a clash
 * (function-words `clash`) whose actors include a crowd of people (`crowd`, not a bare number) and no armed group
 * besides security forces is a riot (PROTEST riot), not an armed assault: the crowd acts, the other side is its target.
 */
function crowdClashes(c: Ctx, drafts: Draft[]): void {
  const clash = words('clash');
  const crowd = words('crowd');
  const quants = words('crowd-quant');
  const crowdOf = (a: string) => a.startsWith('#') && a.slice(1).split(' ').some((x) => crowd.has(x) && !quants.has(x));
  for (const d of drafts) {
    const e = d.ev;
    if (e.type !== 'ASSAULT' || d.hit.entry.pos === 'verb' || !clash.has(c.bare(d.hit.tok))) continue;
    const crowds = e.actors.filter(crowdOf);
    if (!crowds.length) continue;
    const others = e.actors.filter((a) => !crowdOf(a));
    e.type = 'PROTEST';
    e.mode = 'riot';
    e.actors = crowds;
    for (const o of others) if (!e.targets.includes(o)) e.targets.push(o);
    e.evidence!.push('rule:crowd-clash-riot');
  }
}

/**
 * «انسحب نواب من كتلتي … من القاعة»، «وسط انسحاب كتلة جبهة العمل الإسلامي»: members of a deliberative body — deputies, a
 * parliamentary bloc, a delegation (function-words `walkout-actor`, the head of a group phrase or the first word of a
 * named body) — who withdraw walk out in protest (PROTEST boycott), they do not pull back forces (RETREAT withdraw).
 */
function walkouts(c: Ctx, drafts: Draft[]): void {
  const heads = words('walkout-actor');
  const headOf = (id: string): string => {
    if (id.startsWith('#')) return normalize(id.slice(1).split(' ')[0]).replace(/^ال/, '');
    const ent = c.byId.get(id);
    return ent ? normalize(ent.name.split(/\s+/)[0]).replace(/^ال/, '') : '';
  };
  for (const d of drafts) {
    const e = d.ev;
    if (e.type !== 'RETREAT' || e.mode !== 'withdraw' || !e.actors.length || !e.actors.every((a) => heads.has(headOf(a)))) continue;
    e.type = 'PROTEST';
    e.mode = 'boycott';
    e.evidence!.push('rule:walkout-of-members');
  }
}

/** A dual («الجانبان») or a plural of parties («الوزراء»، «المجتمعون», a group phrase) as the only actor: several parties. */
function isDualOrGroupOfParties(c: Ctx, id: string): boolean {
  return id.startsWith('#') && (c.dualIds.has(id) || /ون$|ين$|اء$|ات$/.test(id.split(' ')[0]));
}

/** «بحث X مع نظيره»: a partner preposition within twelve words after the verb, in its sentence. */
function partnerAfter(c: Ctx, tok: number): boolean {
  for (let j = tok + 1; j < c.toks.length && j <= tok + 12 && c.sent(j) === c.sent(tok); j++) if (words('partner-prep').has(c.norm(j) ?? '')) return true;
  return false;
}

/**
 * Session 7: «…، وأعلنت فرض حظر تجول»، «…، معلنةً فرض حظر تجوال»، «قبل أن يعلنوا الإضراب»: an event noun right after a
 * chain of support words (frames.tsv `actor`/`announce`: أعلن + فرض) whose head has no subject of its own — a verb conjoined
 * after a comma, a circumstantial participle, or a verb after a complementizer — is done by the subject of its sentence:
 * the actors of the nearest earlier event of the sentence (at most 30 tokens back). Without them the noun is dropped as a topic.
 */
function supportChains(c: Ctx, drafts: Draft[]): void {
  const comp = words('complementizer');
  const adjunctWords = words('event-adjunct');
  const support = (k: number) => { const f = k >= 0 ? c.frameAt(k) : null; return !!f && (f.role === 'actor' || f.role === 'announce'); };
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i];
    const e = d.ev;
    if (d.hit.entry.pos === 'verb' || e.actors.length || e.targets.length) continue;
    // (session 8) «عقد اجتماعاً …، قرر خلاله "الوقوف خلف الوزير"»: past an opening quote and a pronoun adjunct that
    // refers to the event before, the support verb goes on with that event's subject
    let s0 = d.hit.tok - 1;
    if (c.toks[s0]?.kind === 'quote') s0--;
    const adjunct = s0 > 0 && adjunctWords.has(c.norm(s0) ?? '') && support(s0 - 1);
    if (adjunct) s0--;
    else s0 = d.hit.tok - 1;
    if (!support(s0)) continue;
    let j = s0;
    for (let n = 0; n < 2 && support(j - 1) && c.sent(j - 1) === c.sent(j); n++) j--;
    const w = c.norm(j) ?? '';
    const conjoined = /^[وف]/.test(w) && c.isComma(j - 1);
    const participle = /^و?م/.test(w) && c.isComma(j - 1);
    const afterComp = comp.has(c.norm(j - 1) ?? '');
    if (!conjoined && !participle && !afterComp && !adjunct) continue;
    let prev: Draft | undefined;
    for (let k = i - 1; k >= 0; k--) {
      const o = drafts[k];
      if (c.sent(o.hit.tok) !== c.sent(d.hit.tok) || d.hit.tok - o.hit.tok > 30) break;
      if (o.ev.actors.length) { prev = o; break; }
    }
    if (!prev) continue;
    e.actors = [...prev.ev.actors];
    e.evidence!.push('rule:support-chain-subject-of-sentence');
  }
}

/**
 * Session 7: «أوقفت الشرطة الناشط X بعد مداهمة منزله»، «أذنت النيابة بالاحتفاظ بـX إثر مداهمة منزله»: an act of the same
 * type named after a sequence preposition (function-words `sequence-prep`), with no participant of its own (its genitive
 * a possessed place: «منزله»), was done by the same parties to the same person — it takes the actors and targets of the act of its
 * type just before it in the sentence (at most twelve tokens back). Without them the noun would be dropped as a topic.
 */
function sequencedActs(c: Ctx, drafts: Draft[]): void {
  const seq = words('sequence-prep');
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i];
    const e = d.ev;
    if (d.hit.entry.pos === 'verb' || e.actors.length || e.targets.length || !seq.has(c.norm(d.hit.tok - 1) ?? '')) continue;
    const prev = drafts[i - 1];
    if (prev.ev.type !== e.type || c.sent(prev.hit.tok) !== c.sent(d.hit.tok) || d.hit.tok - prev.hit.tok > 12 || (!prev.ev.actors.length && !prev.ev.targets.length)) continue;
    e.actors = [...prev.ev.actors];
    e.targets = [...prev.ev.targets];
    if (!e.place && prev.ev.place) e.place = prev.ev.place;
    e.evidence!.push('rule:sequenced-act-of-same-parties');
  }
}

/**
 * «اقتحمت قوات الاحتلال مخيم نور شمس … وداهمت منازل»: security forces storming a place (function-words `storm-verb`,
 * actors all headed by `security-force` words, no weapon named: no ASSAULT mode) raid it — coercion, like «داهم» (COERCE);
 * a crowd storming is a riot (index.ts) and an armed assault names its weapon.
 */
function raids(c: Ctx, drafts: Draft[]): void {
  const storm = words('storm-verb');
  const forces = words('security-force');
  const headOf = (id: string): string => {
    const name = id.startsWith('#') ? id.slice(1) : c.byId.get(id)?.name ?? '';
    return normalize(name.split(/\s+/)[0] ?? '').replace(/^ال/, '');
  };
  for (const d of drafts) {
    const e = d.ev;
    // (session 7: a destroy mode read from a word near it — «اقتحمت قوة عسكرية المخيم، ترافقها جرافة» — names no weapon of
    // the storming itself: the bulldozing is an act of its own)
    if (e.type !== 'ASSAULT' || (e.mode && !(e.mode === 'destroy' && !d.hit.entry.mode)) || d.hit.entry.pos !== 'verb' || !storm.has(c.bare(d.hit.tok)) || !e.actors.length) continue;
    if (!e.actors.every((a) => forces.has(headOf(a)))) continue;
    e.type = 'COERCE';
    e.mode = null;
    e.evidence!.push('rule:raid-by-security-forces');
  }
}

/**
 * «اقتحمت قوات الاحتلال مخيم نور شمس …، وداهمت منازل المواطنين»: a و-conjoined physical act (ASSAULT, COERCE) of the same
 * type and mode right after another of its sentence, by the same actors and naming no entity target of its own, is a
 * facet of that act — one raid, one bombardment. (Verbal acts stay apart: «دعت … وحثت» are two statements.)
 */
function conjoinedSameAct(c: Ctx, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    const e = d.ev;
    // (an interdiction with no mode of its own and the seizure conjoined to it are one operation: «أحبطت قوات حرس الحدود
    // محاولة تهريب شحنة أسلحة، وضبطت 42 قطعة سلاح» — the seizure gives the mode)
    const interdiction = e.type === 'COERCE' && !!prev && !prev.ev.mode && !!e.mode && words('interdiction').has(c.bare(prev.hit.tok));
    if (prev && (e.type === 'ASSAULT' || e.type === 'COERCE') && d.hit.entry.pos === 'verb' && /^و/.test(d.hit.form.prefix) &&
      prev.ev.type === e.type && ((prev.ev.mode ?? null) === (e.mode ?? null) || interdiction) && prev.hit.entry.pos === 'verb' && c.sent(prev.hit.tok) === c.sent(d.hit.tok) &&
      d.hit.tok - prev.hit.tok <= 25 && !!e.negated === !!prev.ev.negated && e.actors.length > 0 && e.actors.every((a) => prev.ev.actors.includes(a)) &&
      !e.targets.some((t) => !t.startsWith('#'))) {
      if (!prev.ev.place && e.place) prev.ev.place = e.place;
      if (interdiction) prev.ev.mode = e.mode;
      prev.ev.evidence!.push(`rule:conjoined-same-act@${e.trigger.start}`);
      continue;
    }
    out.push(d);
  }
  return out;
}

/**
 * «استقبل الوزير وفداً من مجلس الطلبة، وجرى الاتفاق على تشكيل لجنة مشتركة»: a masdar right after an impersonal verb
 * (جرى، تم) with no actor of its own was done by the parties of the event before it in its sentence — they act together.
 */
function impersonalAfterEvent(c: Ctx, drafts: Draft[]): void {
  const imp = words('impersonal');
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i];
    const prev = drafts[i - 1];
    if (d.hit.entry.pos === 'verb' || d.ev.actors.length || !imp.has(c.norm(d.hit.tok - 1) ?? '')) continue;
    if (c.sent(prev.hit.tok) !== c.sent(d.hit.tok) || d.hit.tok - prev.hit.tok > 30) continue;
    const parties = [...prev.ev.actors, ...prev.ev.targets].filter((x) => x !== prev.ev.place && x !== d.ev.place);
    if (parties.length < 2) continue;
    for (const x of parties) if (!d.ev.actors.includes(x) && !d.ev.targets.includes(x)) d.ev.actors.push(x);
    d.ev.evidence!.push('rule:impersonal-act-of-parties');
  }
}

/**
 * «وحذّر الوزير المعارضة من أن أجهزة الأمن "لن تسمح بأي تحرك مسلح"»: a threat phrase inside the أن-clause of a warning
 * verb of its sentence (≤ 12 tokens after it, no other verb event between) is what the warning says — one threat, by
 * the one who warns.
 */
function warningContent(c: Ctx, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  const comp = words('complementizer');
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (prev && d.ev.type === 'THREATEN' && prev.ev.type === 'THREATEN' && prev.hit.entry.pos === 'verb' && d.hit.entry.pos !== 'noun' &&
      c.sent(prev.hit.tok) === c.sent(d.hit.tok) && d.hit.tok - prev.hit.tok <= 12 && !!d.ev.negated === !!prev.ev.negated) {
      let that = false;
      for (let j = prev.hit.tok + prev.hit.len; j < d.hit.tok && !that; j++) that = comp.has(c.norm(j) ?? '');
      if (that) {
        prev.toks.push(d.hit.tok);
        prev.ev.evidence!.push(`rule:content-of-warning@${d.ev.trigger.start}`);
        continue;
      }
    }
    out.push(d);
  }
  return out;
}

/**
 * «وافق مجلس الوزراء، خلال اجتماعه الأسبوعي، على تمديد حظر التجول»، «أعلن البنك الدولي موافقته على منحة»: a measure
 * (COERCE, SANCTION, AID, MOBILIZE) right after على (or على + a masdar like تمديد/فرض/صرف) of an approval word of its
 * sentence is enacted by the approver — the measure is the event, no separate agreement. Accepting what others offer
 * («وافقت السلطات على عروض المساعدة») keeps the agreement: the measure must follow على directly or after one such masdar.
 */
function approvedMeasures(c: Ctx, drafts: Draft[]): Draft[] {
  const drop = new Set<Draft>();
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.ev.negated || !measureAfterOn(c, d.hit)) continue;
    const k = d.hit.tok;
    for (let j = i - 1; j >= 0; j--) {
      const a = drafts[j];
      if (c.sent(a.hit.tok) !== c.sent(k) || k - a.hit.tok > 25) break;
      if (approvalOfMeasure(c, a, d.hit) && !a.ev.negated) {
        if (!d.ev.actors.some((x) => !x.startsWith('#'))) {
          d.ev.actors = [...a.ev.actors];
          d.ev.targets = d.ev.targets.filter((t) => !d.ev.actors.includes(t));
        }
        d.ev.evidence!.push(`rule:approved-measure@${a.ev.trigger.start}`);
        drop.add(a);
        break;
      }
      if (a.hit.entry.pos === 'verb') break;
    }
  }
  return drop.size ? drafts.filter((d) => !drop.has(d)) : drafts;
}

/**
 * «وتبنّت الحركة الهجوم، زاعمة أنها قتلت عشرين جندياً»، «وزعم الجيش أنه استهدف مركز قيادة»، «الغارة … لم تستهدف أي مدنيين»:
 * an attack verb in a that-clause (right after أنه/أنها/أن) or negated, by no actor other than those of an attack
 * already reported in its paragraph or the one before, naming no entity target that attack lacks, is a claim or a
 * denial about that attack — no second attack.
 */
function claimedAttacks(c: Ctx, drafts: Draft[]): Draft[] {
  const comp = words('pronoun-complementizer');
  const that = words('complementizer');
  const out: Draft[] = [];
  for (const d of drafts) {
    const e = d.ev;
    const k = d.hit.tok;
    const prevWord = c.norm(k - 1) ?? '';
    const claimed = d.hit.entry.pos === 'verb' && e.type === 'ASSAULT' &&
      (comp.has(prevWord) || that.has(prevWord) || (!!e.negated && ['لم', 'لا', 'ولم'].includes(prevWord)));
    if (claimed) {
      const p = paragraphOf(c, k);
      const real = (ids: string[]) => ids.filter((x) => !x.startsWith('#'));
      let earlier: Draft | undefined;
      for (let i = out.length - 1; i >= 0 && !earlier; i--) {
        const o = out[i];
        if (paragraphOf(c, o.hit.tok) < p - 1) break;
        if (o.ev.type !== 'ASSAULT' || o.ev.negated || o.hit.tok >= k) continue;
        const actorsOk = !real(e.actors).length || real(e.actors).every((a) => o.ev.actors.includes(a));
        const targetsOk = real(e.targets).every((t) => o.ev.targets.includes(t) || o.ev.place === t);
        if (actorsOk && targetsOk) earlier = o;
      }
      if (earlier) {
        if (!earlier.ev.place && e.place && !e.negated) earlier.ev.place = e.place;
        earlier.toks.push(k);
        earlier.ev.evidence!.push(`rule:claim-about-attack@${e.trigger.start}`);
        continue;
      }
    }
    out.push(d);
  }
  return out;
}

/**
 * «سيترأس اجتماعاً لمجلس الأمن المركزي»، «عقد اجتماع للجنة الأمنية المشتركة»: an indefinite meeting noun followed right
 * away by لـ + a named body or a group phrase is that body's meeting — its members meet (PLOVER actor), beside a named
 * chair; a common-noun actor («المحافظ») gives way to the body.
 */
function meetingsOfBodies(c: Ctx, drafts: Draft[]): void {
  for (const d of drafts) {
    const e = d.ev;
    // (session 9: a definite noun listed with its article too — «المشاركين في الوساطة لعنب بلدي»: the لـ-phrase is whom the
    // speaker told, not the body meeting)
    // (a definite meeting — «الاجتماع الوزاري التحضيري لمجلس التعاون» — with up to two definite adjectives before لـ; not a
    // definite mediation, whose لـ-phrase is rather whom a speaker told)
    const definite = d.hit.form.article || c.bare(d.hit.tok).startsWith('ال');
    if (e.type !== 'CONSULT' || d.hit.entry.pos === 'verb' || (definite && e.mode === 'third-party') || (d.hit.form.suffix && d.hit.form.suffix !== 'ا')) continue;
    // (nor a definite meeting in construct after a plain noun — «محضر الاجتماع الثالث للجنة …»، «جدول أعمال الاجتماع»: a topic)
    const p = d.hit.tok - 1;
    if (definite && !d.hit.form.prefix && p >= 0 && c.sent(p) === c.sent(d.hit.tok) && c.toks[p].kind === 'word' && !c.dateCovered[p] && !c.covered[p] &&
      !c.startsAt.has(p) && !(c.norm(p) ?? '').startsWith('ال') && !c.prepsAt(p).length && !c.frameAt(p)) continue;
    let j = d.hit.tok + d.hit.len;
    for (let n = 0; definite && n < 2 && /^ال\S{3,}/.test(c.norm(j) ?? '') && !c.startsAt.has(j) && !c.nounHits.has(j) && c.sent(j) === c.sent(d.hit.tok); n++) j++;
    const t = c.toks[j];
    if (!t || t.kind !== 'word' || c.sent(j) !== c.sent(d.hit.tok) || !/^ل/.test(t.norm)) continue;
    const m = (c.startsAt.get(j) ?? [])[0];
    if (!m || m.tokenStart !== j || e.actors.includes(m.entity)) continue;
    // (the one who chairs or calls it, if named, takes part too: «سيترأس الوزير اجتماعاً لمجلس الأمن المركزي»)
    e.actors = [...e.actors.filter((x) => !x.startsWith('#')), m.entity];
    e.targets = e.targets.filter((x) => x !== m.entity);
    e.evidence!.push('rule:meeting-of-body');
  }
}

/**
 * «واصلت المبعوثة الأممية مشاوراتها مع الأطراف الليبية، إذ التقت …، وناقشت …»: a possessed consultation noun governed by a
 * continuation verb (function-words `continue-verb`, ≤ 9 words back, its subject between) and followed in its sentence by a meeting verb sums up
 * the meetings told after it — the meetings are the events.
 */
function summedUpRounds(c: Ctx, drafts: Draft[]): Draft[] {
  const cont = words('continue-verb');
  const drop = new Set<Draft>();
  for (let i = 0; i + 1 < drafts.length; i++) {
    const d = drafts[i];
    if (d.ev.type !== 'CONSULT' || d.hit.entry.pos === 'verb' || !d.hit.form.suffix || d.hit.form.suffix === 'ا') continue;
    let gov = false;
    // (its subject may stand between: «واصلت المبعوثة الأممية إلى ليبيا هانا تيتيه مشاوراتها»; no comma)
    for (let j = d.hit.tok - 1; j >= 0 && j >= d.hit.tok - 9 && c.sent(j) === c.sent(d.hit.tok) && !c.isComma(j) && !gov; j--) gov = cont.has(c.norm(j) ?? '');
    if (!gov) continue;
    const next = drafts[i + 1];
    if (next.ev.type !== 'CONSULT' || next.hit.entry.pos !== 'verb' || c.sent(next.hit.tok) !== c.sent(d.hit.tok) || next.hit.tok - d.hit.tok > 15) continue;
    next.toks.push(...d.toks);
    if (!next.ev.place && d.ev.place) next.ev.place = d.ev.place;
    // (the meeting verb's subject is the one whose round it is: «إذ التقى في مسقط رئيس الوفد» — the envoy met the head)
    const real = (ids: string[]) => ids.filter((x) => !x.startsWith('#'));
    if (!real(next.ev.actors).length && real(d.ev.actors).length) {
      next.ev.targets = [...next.ev.targets, ...next.ev.actors.filter((x) => !next.ev.targets.includes(x))];
      next.ev.actors = real(d.ev.actors);
      next.ev.targets = next.ev.targets.filter((x) => !next.ev.actors.includes(x));
    }
    next.ev.evidence!.push(`rule:round-summed-up@${d.ev.trigger.start}`);
    drop.add(d);
  }
  return drop.size ? drafts.filter((d) => !drop.has(d)) : drafts;
}

/**
 * Session 5c. «أعربت الوزارة عن إدانة المملكة واستنكارها الشديدين للهجوم»، «أدانت واستنكرت»: two acts of one type joined by
 * و with at most a genitive between them are one act named twice (a doublet of diplomatic style), not two events. The
 * second must name no other actor (its pronoun suffix refers back); a comma between them, or another trigger, ends it.
 */
function coordinatedSameAct(c: Ctx, drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    const e = d.ev;
    if (prev && prev.ev.type === e.type && VERBAL.has(e.type) && prev.hit.entry.pos === d.hit.entry.pos && /^و/.test(d.hit.form.prefix) &&
      c.sent(prev.hit.tok) === c.sent(d.hit.tok) && !!prev.ev.negated === !!e.negated && (prev.ev.mode ?? null) === (e.mode ?? null)) {
      const from = prev.hit.tok + prev.hit.len;
      let between = 0;
      let clean = true;
      for (let j = from; j < d.hit.tok; j++) {
        if (c.toks[j].kind !== 'word' || /^[وف]/.test(c.toks[j].norm) && !c.covered[j]) { clean = false; break; }
        between++;
      }
      // (a noun may have its genitive between: «إدانة المملكة واستنكارها»; two verbs stand side by side: «أدانت واستنكرت»)
      if (clean && between <= (d.hit.entry.pos === 'noun' ? 2 : 0) && e.actors.every((a) => prev.ev.actors.includes(a))) {
        for (const t of e.targets) if (!prev.ev.targets.includes(t) && !prev.ev.actors.includes(t)) prev.ev.targets.push(t);
        if (!prev.ev.place && e.place) prev.ev.place = e.place;
        prev.ev.evidence!.push(`rule:coordinated-same-act@${e.trigger.start}`);
        continue;
      }
    }
    out.push(d);
  }
  return out;
}

/**
 * Session 5c. «وقّع X مع Y اتفاقية منحة بقيمة …»، «وقّع المركز مع يونيسف اتفاقية لتمويل برامج تطعيم»: signing a grant or a
 * funding agreement gives aid — one AID event (the signer the giver, the partner the recipient), not an agreement plus a
 * separate grant (function-words `funding`: the word right after the agreement noun, or after لـ).
 */
function fundingAgreements(c: Ctx, drafts: Draft[]): Draft[] {
  const funding = words('funding');
  const agreementNouns = words('agreement-noun');
  const drop = new Set<Draft>();
  for (const d of drafts) {
    if (d.ev.type !== 'AGREE' || d.ev.negated) continue;
    // the agreement noun: the trigger itself, or the verb's required noun within its clause
    let k = -1;
    if (d.hit.entry.pos === 'verb') {
      if (d.hit.entry.requires.size) k = requirementAt(c, d.hit.tok + d.hit.len, d.hit.entry.requires, 16);
    } else {
      for (let j = d.hit.tok; j < d.hit.tok + d.hit.len; j++) if (agreementNouns.has(c.bare(j))) { k = j; break; }
    }
    if (k < 0 || !agreementNouns.has(c.bare(k))) continue;
    // (session 9, final gaps: past the partner named after the noun — «اتفاقية مع برنامج الأغذية العالمي لتمويل …»)
    let p = k + 1;
    if (c.norm(p) === 'مع' && c.startArr[p + 1] && c.sent(p + 1) === c.sent(k)) p = c.startArr[p + 1]![0].tokenEnd;
    const next = c.norm(p) ?? '';
    const isFunding = funding.has(next) || (/^ل/.test(next) && funding.has(next.slice(1)));
    if (!isFunding) continue;
    d.ev.type = 'AID';
    d.ev.mode = null;
    d.ev.evidence!.push('rule:funding-agreement');
    // the grant or funding noun right after is the same act
    for (const o of drafts) if (o !== d && o.ev.type === 'AID' && o.hit.tok > k && o.hit.tok <= k + 2) drop.add(o);
  }
  return drop.size ? drafts.filter((d) => !drop.has(d)) : drafts;
}

/**
 * Session 5c. «اتهم المصدر الجماعة بعرقلة إدراج اسمه، ورفضها تقديم أي معلومات»: a masdar with a possessive pronoun
 * conjoined by و after the بـ-complement of an accusation (the pronoun is the accused) is a second count of the charge,
 * no event of its own. Within the accusation's sentence, at most twenty tokens on, no other verb trigger between.
 */
function accusationContent(c: Ctx, drafts: Draft[]): Draft[] {
  const drop = new Set<Draft>();
  let acc: Draft | null = null;
  for (const d of drafts) {
    if (acc && (c.sent(acc.hit.tok) !== c.sent(d.hit.tok) || d.hit.tok - acc.hit.tok > 20)) acc = null;
    if (acc && d.ev.type !== 'ACCUSE' && d.hit.entry.pos !== 'phrase' && /^و/.test(d.hit.form.prefix) && /(ها|هم|ه|هما)$/.test(c.toks[d.hit.tok].text.replace(/[\u064B-\u0652]/g, '')) && d.ev.actors.every((a) => a.startsWith('#') || acc!.ev.actors.includes(a))) {
      let charge = false;
      for (let j = acc.hit.tok + acc.hit.len; j < d.hit.tok; j++) if (c.toks[j].kind === 'word' && /^ب/.test(c.norm(j) ?? '') && !c.covered[j]) { charge = true; break; }
      if (charge) { drop.add(d); d.ev.evidence!.push('rule:count-of-accusation'); continue; }
    }
    if (d.ev.type === 'ACCUSE' && d.hit.entry.pos !== 'noun') acc = d;
    else if (d.hit.entry.pos === 'verb') acc = null;
  }
  return drop.size ? drafts.filter((d) => !drop.has(d)) : drafts;
}
