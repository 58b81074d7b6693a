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
  // edge marks go only with their partner or when they have none inside: never half a pair
  // ("إن "الحكومة" ستعمل" keeps its mark, "«نحن جاهزون» و«مستعدون»" keeps all four)
  const both = end - start > 1 && partnerOf(t, start, end) === end - 1;
  const lead = both || (marks.includes(t[start]) && partnerOf(t, start, end) < 0);
  if (lead) start++;
  const trail = both || (end > start && marks.includes(t[end - 1]) && partnerOf(t, start, end, end - 1) < 0);
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

const PAIRS: Record<string, [string, string]> = { '«': ['«', '»'], '»': ['«', '»'], '“': ['“', '”'], '”': ['“', '”'], '"': ['"', '"'] };

/**
 * The partner of the quotation mark at `at` (default: `start`) inside text[start, end), or -1. Straight marks pair
 * in order of appearance; angle and curly ones by nesting.
 */
function partnerOf(t: string, start: number, end: number, at = start): number {
  const pair = PAIRS[t[at]];
  if (!pair) return -1;
  const [open, close] = pair;
  if (open === close) {
    let n = 0;
    for (let k = start; k < at; k++) if (t[k] === open) n++;
    // an even count before it makes the mark an opener: its partner is the next one, else the previous one
    if (n % 2 === 0) {
      for (let k = at + 1; k < end; k++) if (t[k] === open) return k;
    } else for (let k = at - 1; k >= start; k--) if (t[k] === open) return k;
    return -1;
  }
  const step = t[at] === open ? 1 : -1;
  let depth = 0;
  for (let k = at; k >= start && k < end; k += step) {
    if (t[k] === open) depth += step;
    else if (t[k] === close) depth -= step;
    if (depth === 0) return k;
  }
  return -1;
}
