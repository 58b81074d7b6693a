// Assembling the layer: one attribution per content span (quotation marks off the edges), unused sources
// dropped and ids renumbered.
import type { Attribution, Source } from '../contract.ts';
import type { Found, Ctx } from './context.ts';
import type { AttributionLayer } from './index.ts';

export function emit(cx: Ctx, f: Found): void {
  // the content span excludes quotation marks at its edges; a clause that is one whole quotation is direct
  const marks = '"“”«»';
  let { start, end } = f.content;
  const t = cx.text;
  const lead = marks.includes(t[start]);
  if (lead) start++;
  while (end > start && /\s/.test(t[end - 1])) end--;
  const trail = end > start && marks.includes(t[end - 1]);
  if (trail) end--;
  while (start < end && /\s/.test(t[start])) start++;
  while (end > start && /\s/.test(t[end - 1])) end--;
  if ((lead || trail) && end > start) {
    f = { ...f, content: cx.span(start, end) };
    if (lead && trail && ![...f.content.text].some((ch) => marks.includes(ch)) && f.kind === 'indirect') {
      f.kind = 'direct';
      f.evidence = [...f.evidence, 'rule:whole-clause-quoted'];
    }
  }
  // one attribution per content span
  const key = `${f.content.start}:${f.content.end}`;
  if (cx.contentKeys.has(key)) return;
  cx.contentKeys.add(key);
  cx.found.push(f);
  if (!cx.lastFound || f.cue.start > cx.lastFound.cue.start) cx.lastFound = f;
}

/** Sources no attribution refers to (replaced by a trailing according-to phrase) are dropped; ids renumbered. */
export function compact(sources: Source[], attributions: Attribution[]): Source[] {
  const used = new Set<string>();
  for (const a of attributions) {
    used.add(a.source);
    for (const v of a.via ?? []) used.add(v);
  }
  if (sources.every((s) => used.has(s.id))) return sources;
  const map = new Map<string, string>();
  const kept = sources.filter((s) => used.has(s.id));
  kept.forEach((s, k) => map.set(s.id, `S${k + 1}`));
  for (const s of kept) s.id = map.get(s.id)!;
  for (const a of attributions) {
    a.source = map.get(a.source)!;
    if (a.via) a.via = a.via.map((v) => map.get(v)!);
  }
  return kept;
}

/** The layer: attributions in text order (A1…), sources that some attribution uses. */
export function buildLayer(cx: Ctx): AttributionLayer {
  const attributions: Attribution[] = cx.found
    .sort((a, b) => a.content.start - b.content.start)
    .map((f, k) => {
      const a: Attribution = { id: `A${k + 1}`, kind: f.kind, source: f.sourceId, cue: f.cue, content: f.content, evidence: f.evidence };
      if (f.recipient) a.recipient = f.recipient;
      if (f.via && f.via.length) a.via = f.via;
      return a;
    });
  return { sources: compact(cx.registry.sources, attributions), attributions };
}
