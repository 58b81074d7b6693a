// Event dates: a date mention of the sentence (nearest trigger, proximity, relative-clause scope), else the
// publication date.
import type { DateMention, EventDate } from '../contract.ts';
import { lowerBound } from '../doc.ts';
import { normalize } from '../text/normalize.ts';
import { RELATIVE_PRONOUNS, Ctx, type Draft } from './context.ts';

/** A date in the sentence goes to the nearest trigger before it (else the nearest after); others get the publication date. */
export function assignDates(c: Ctx, drafts: Draft[], dates: DateMention[]): void {
  const published = c.doc.meta.published;
  const bySent = new Map<number, Draft[]>();
  for (const d of drafts) {
    const s = c.sent(d.hit.tok);
    if (!bySent.has(s)) bySent.set(s, []);
    bySent.get(s)!.push(d);
  }
  const sentOfOffset = (off: number): number => {
    const ss = c.doc.sentences;
    let lo = 0, hi = ss.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ss[mid].start <= off) lo = mid; else hi = mid - 1;
    }
    return lo;
  };
  // a date after the publication date does not fit a past-tense verb (nouns carry no tense: "القمة المقبلة")
  const fits = (d: Draft, value: string) =>
    !published || value <= published.slice(0, value.length) || d.hit.entry.pos !== 'verb' || /^[يتن]/.test(d.hit.form.norm) ||
    (d.ev.context ?? []).some((x) => x === 'future' || x === 'hypothetical');
  // a date inside a relative clause ("سنان أوغان، الذي حلّ ثالثاً … في 14 مايو، قد أعلن") dates only the
  // events of that clause
  const clauseOf = new Map<DateMention, [number, number] | null>();
  for (const dm of dates) clauseOf.set(dm, relativeClauseAround(c, lowerBound(c.toks, dm.start)));
  const inScope = (d: Draft, dm: DateMention) => {
    const r = clauseOf.get(dm);
    return !r || (d.hit.tok >= r[0] && d.hit.tok < r[1]);
  };
  for (const dm of dates) {
    if (!dm.value) continue;
    const list0 = bySent.get(sentOfOffset(dm.start));
    if (!list0) continue;
    const list = list0.filter((d) => fits(d, dm.value!) && inScope(d, dm));
    if (!list.length) continue;
    let pick: Draft | null = null;
    for (const d of list) {
      const at = c.toks[Math.max(...d.toks)].start;
      if (at < dm.start && (!pick || at > c.toks[Math.max(...pick.toks)].start)) pick = d;
    }
    if (!pick) pick = list.reduce((a, b) => (c.toks[a.hit.tok].start < c.toks[b.hit.tok].start ? a : b));
    if (pick.ev.date) continue;
    pick.ev.date = { value: dm.value, text: dm.text, basis: 'text' };
    pick.ev.evidence!.push('rule:date-in-sentence');
  }
  const datesBySent = new Map<number, DateMention[]>();
  for (const dm of dates) {
    const k = sentOfOffset(dm.start);
    if (!datesBySent.has(k)) datesBySent.set(k, []);
    datesBySent.get(k)!.push(dm);
  }
  // other events of a dated sentence share its nearest date ("زار X مصر يوم الثلاثاء والتقى Y")
  for (const dm of dates) {
    if (!dm.value) continue;
    const list = bySent.get(sentOfOffset(dm.start));
    if (!list) continue;
    for (const d of list) {
      if (d.ev.date || !fits(d, dm.value) || !inScope(d, dm) || since(c, dm)) continue;
      const at = c.toks[d.hit.tok].start;
      let best = dm;
      for (const o of datesBySent.get(sentOfOffset(dm.start)) ?? []) {
        if (o.value && fits(d, o.value) && inScope(d, o) && !since(c, o) && Math.abs(o.start - at) < Math.abs(best.start - at)) best = o;
      }
      // by proximity, not the whole sentence: a date far from the trigger belongs to another clause's event
      if (Math.abs(best.start - at) > DATE_SHARE_SPAN) continue;
      d.ev.date = { value: best.value!, text: best.text, basis: 'text' };
      d.ev.evidence!.push('rule:date-of-sentence');
    }
  }
  for (const d of drafts) {
    if (!d.ev.date && published && /^\d{4}-\d{2}-\d{2}$/.test(published)) d.ev.date = { value: published, basis: 'published' } as EventDate;
  }
}

/** "منذ 25 جويلية 2021": the start of a state, not the date of the events around it. */
export function since(c: Ctx, dm: DateMention): boolean {
  const k = lowerBound(c.toks, dm.start);
  return (c.norm(k - 1) ?? '') === 'منذ' || /^منذ/.test(normalize(dm.text));
}

/** The token range of a relative clause holding token k (from the relative pronoun to the next comma or
 * sentence boundary), or null; bounded scans. */
export function relativeClauseAround(c: Ctx, k: number): [number, number] | null {
  if (k >= c.toks.length) return null;
  const s = c.sent(k);
  let from = -1;
  for (let j = k - 1; j >= 0 && j >= k - 15 && c.sent(j) === s; j--) {
    if (c.isComma(j) || c.isBoundary(j)) return null;
    if (RELATIVE_PRONOUNS.has(c.norm(j) ?? '')) { from = j; break; }
  }
  if (from < 0) return null;
  let to = k + 1;
  while (to < c.toks.length && to < k + 30 && c.sent(to) === s && !c.isComma(to) && !c.isBoundary(to)) to++;
  return [from, to];
}

/** Max distance (UTF-16 units, ~25 words) between a trigger and a date of its sentence it shares. */
export const DATE_SHARE_SPAN = 150;
