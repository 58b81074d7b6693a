// Split article text at span boundaries (pure; unit-tested in test/server/segments.test.ts).

export interface Range { start: number; end: number; kind: 'ent' | 'src' | 'stmt' | 'cue'; id: string }
export interface Seg {
  start: number; end: number; ent?: string; src?: string; stmt?: string; cue?: string;
  /** Start offset of the chosen range of each kind (one highlight run = one range). */
  from: Partial<Record<Range['kind'], number>>;
}

/** Split [from,to) at every range boundary; each segment knows the innermost range of each kind covering it. */
export function segments(text: string, ranges: Range[], from = 0, to = text.length, extraCuts: number[] = []): Seg[] {
  const inside = ranges.filter((r) => r.end > from && r.start < to && r.end > r.start);
  const cuts = new Set<number>([from, to]);
  for (const c of extraCuts) if (c > from && c < to) cuts.add(c);
  for (const r of inside) {
    cuts.add(Math.max(from, r.start));
    cuts.add(Math.min(to, r.end));
  }
  const pts = [...cuts].sort((a, b) => a - b);
  // sweep: ranges sorted by start; active ranges filtered as we go (bounded by overlap depth)
  const byStart = [...inside].sort((a, b) => a.start - b.start || b.end - a.end);
  let k = 0;
  let active: Range[] = [];
  const out: Seg[] = [];
  for (let i = 0; i + 1 < pts.length; i++) {
    const a = pts[i];
    const b = pts[i + 1];
    while (k < byStart.length && byStart[k].start <= a) active.push(byStart[k++]);
    active = active.filter((r) => r.end > a);
    const seg: Seg = { start: a, end: b, from: {} };
    for (const r of active) {
      if (r.start > a || r.end < b) continue;
      // innermost wins: `active` is ordered by start (then longest first), so a later one is nested deeper
      seg[r.kind] = r.id;
      seg.from[r.kind] = r.start;
    }
    out.push(seg);
  }
  return out;
}


/** Segments grouped by paragraph (one pass over the text; text between paragraphs is dropped). */
export function paragraphSegments(text: string, ranges: Range[], paras: { start: number; end: number }[]): Seg[][] {
  const all = segments(text, ranges, 0, text.length, paras.flatMap((p) => [p.start, p.end]));
  const out: Seg[][] = paras.map(() => []);
  let j = 0;
  for (const s of all) {
    while (j < paras.length && paras[j].end <= s.start) j++;
    if (j < paras.length && s.start >= paras[j].start && s.end <= paras[j].end) out[j].push(s);
  }
  return out;
}
