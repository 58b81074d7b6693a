// The passes over all drafts once the per-trigger loop is done: they need every event of the article at once (the
// dateline's lead, merges across sentences, the keep/drop filter), so they run after it, in this order.
import type { DateMention, Event, EventParticipant } from '../contract.ts';
import { lowerBound } from '../doc.ts';
import { normalize } from '../text/normalize.ts';
import type { EntityMention } from '../entities/index.ts';
import { type Ctx, type Draft, paragraphOf } from './context.ts';
import { PHYSICAL, datelinePlace } from './roles.ts';
import { mergeHeadlines, resolveDefinites, mergeCoreferent } from './merges.ts';
import { assignDates } from './dates.ts';
import { VERBAL } from './traits.ts';

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
  if (hasEntities) out = out.filter((e) => e.actors.length || e.targets.length || (e.place && !onlyDatelinePlace(e)) || strong.has(e) ||
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
/** An event whose place came only from the dateline (no preposition, frame or target gave one). */
function onlyDatelinePlace(e: Event): boolean {
  // (only a definite noun: "الاتفاق" with no antecedent is a topic; "اندلعت اشتباكات" reports clashes)
  return (e.evidence ?? []).includes('rule:dateline-place') && /^[وف]?[بلك]?ال|^[وف]?لل/.test(normalize(e.trigger.text));
}
