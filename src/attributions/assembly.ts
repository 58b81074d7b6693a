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
  while (end > start && /\s/.test(t[end - 1])) end--;
  // edge marks go only when the rest stays balanced: never half a pair ("إن "الحكومة" ستعمل" keeps its mark)
  const edge = (i: number) => marks.includes(t[i]);
  const both = end - start > 1 && edge(start) && edge(end - 1) && balanced(t, start + 1, end - 1) && !balanced(t, start + 1, end);
  const lead = both || (edge(start) && !balanced(t, start, end) && balanced(t, start + 1, end));
  if (lead) start++;
  const trail = both || (end > start && edge(end - 1) && !balanced(t, start, end) && balanced(t, start, end - 1));
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

/** Are the quotation marks of text[start, end) in pairs (straight marks by parity, curly and angle ones by count)? */
function balanced(t: string, start: number, end: number): boolean {
  let straight = 0;
  let angle = 0;
  let curly = 0;
  for (let k = start; k < end; k++) {
    const ch = t[k];
    if (ch === '"') straight++;
    else if (ch === '«') angle++;
    else if (ch === '»') angle--;
    else if (ch === '“') curly++;
    else if (ch === '”') curly--;
  }
  return straight % 2 === 0 && angle === 0 && curly === 0;
}
