// «قُتل قيادي … إثر استهداف سيارتهما بطائرة مسيّرة تركية»: an attack that names no actor but an instrument with a
// nationality nisba was carried out by that country (or its army, when the article names one): the nisba resolves to the
// nearest organisation or place whose name carries its stem (roles.ts entityOfNisba). Not «تركية الصنع» (origin only).
import type { Ctx, Draft } from './context.ts';
import { entityOfNisba } from './roles.ts';
import { words } from './words.ts';

/** Nisba stems at the end of a phrase (its trailing adjectives in ي/ية): «طائرة مسيرة تركية» → ترك. */
function trailingNisbaStems(c: Ctx, from: number, to: number): string[] {
  const stems: string[] = [];
  for (let k = to - 1; k > from; k--) {
    const t = c.toks[k];
    if (!t || t.kind !== 'word') break;
    let w = t.norm.startsWith('ال') ? t.norm.slice(2) : t.norm;
    if (w.endsWith('يه')) w = w.slice(0, -2);
    else if (w.endsWith('ي')) w = w.slice(0, -1);
    else break;
    if (w.length >= 3) stems.push(w);
  }
  return stems;
}

export function meansNationality(c: Ctx, drafts: Draft[]): void {
  const means = c.groups.filter((g) => g.means);
  if (!means.length) return;
  const meansIds = new Set(means.map((g) => g.entity));
  // instruments by sentence, so each attack looks only at its own sentence's (linear in the document)
  const bySent = new Map<number, typeof means>();
  for (const g of means) {
    const s = c.sent(g.tokenStart);
    if (!bySent.has(s)) bySent.set(s, []);
    bySent.get(s)!.push(g);
  }
  const made = words('made-in');
  for (const d of drafts) {
    const e = d.ev;
    if (e.type !== 'ASSAULT' || e.actors.some((a) => !meansIds.has(a))) continue;
    const s = c.sent(d.hit.tok);
    const lo = d.hit.tok - 4, hi = d.hit.tok + d.hit.len + 12;
    // the nearest instrument of the clause (no comma between it and the trigger)
    let best: (typeof means)[number] | null = null;
    for (const g of bySent.get(s) ?? []) {
      if (g.tokenStart < lo || g.tokenStart > hi) continue;
      const [a, b] = g.tokenStart < d.hit.tok ? [g.tokenEnd, d.hit.tok] : [d.hit.tok + d.hit.len, g.tokenStart];
      let comma = false;
      for (let k = a; k < b && !comma; k++) comma = c.isComma(k);
      if (comma) continue;
      if (!best || Math.abs(g.tokenStart - d.hit.tok) < Math.abs(best.tokenStart - d.hit.tok)) best = g;
    }
    if (!best || made.has(c.norm(best.tokenEnd) ?? '')) continue;
    const stems = trailingNisbaStems(c, best.tokenStart, best.tokenEnd);
    if (!stems.length) continue;
    const id = entityOfNisba(c, best.tokenStart, stems);
    if (!id) continue;
    // (session 8: the instrument stays beside its owner — «استهدفت مسيّرة إسرائيلية سيارة»: both name the attacker)
    e.actors = [id, ...e.actors.filter((a) => a !== id)];
    e.targets = e.targets.filter((t) => t !== id && !meansIds.has(t));
    e.evidence!.push('rule:nisba-of-means');
  }
}
