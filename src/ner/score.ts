// conlleval-style scoring: an entity counts only if its type and exact token span match.
// Chunks are read the conlleval way: an I-X after O or after another type starts a new chunk.

export interface Chunk {
  start: number;
  /** exclusive */
  end: number;
  type: string;
}

export function chunksOf(tags: string[]): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    const bio = t[0];
    const type = t.length > 2 ? t.slice(2) : '';
    if (bio === 'B' || (bio === 'I' && (!cur || cur.type !== type))) {
      if (cur) out.push(cur);
      cur = { start: i, end: i + 1, type };
    } else if (bio === 'I' && cur) {
      cur.end = i + 1;
    } else {
      if (cur) out.push(cur);
      cur = null;
    }
  }
  if (cur) out.push(cur);
  return out;
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface NerScore {
  overall: PRF;
  byType: Record<string, PRF>;
  tokens: number;
  tokenAccuracy: number;
}

const prf = (tp: number, fp: number, fn: number): PRF => {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
};

/**
 * Score predicted tag sequences against gold. `types`, when given, restricts scoring to those entity
 * types (chunks of other types are ignored on both sides; overall = micro average over `types`).
 */
export function scoreNer(gold: string[][], pred: string[][], types?: string[]): NerScore {
  if (gold.length !== pred.length) throw new Error(`gold has ${gold.length} sentences, prediction ${pred.length}`);
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (t: string) => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  const keep = types ? new Set(types) : null;
  let tokens = 0;
  let correctTokens = 0;
  for (let s = 0; s < gold.length; s++) {
    const g = gold[s];
    const p = pred[s];
    if (g.length !== p.length) throw new Error(`sentence ${s + 1}: gold has ${g.length} tokens, prediction ${p.length}`);
    tokens += g.length;
    for (let i = 0; i < g.length; i++) if (g[i] === p[i]) correctTokens++;
    const gc = chunksOf(g).filter((c) => !keep || keep.has(c.type));
    const pc = chunksOf(p).filter((c) => !keep || keep.has(c.type));
    const gset = new Set(gc.map((c) => `${c.start}:${c.end}:${c.type}`));
    const pset = new Set(pc.map((c) => `${c.start}:${c.end}:${c.type}`));
    for (const c of gc) get(c.type)[pset.has(`${c.start}:${c.end}:${c.type}`) ? 'tp' : 'fn']++;
    for (const c of pc) if (!gset.has(`${c.start}:${c.end}:${c.type}`)) get(c.type).fp++;
  }
  for (const t of keep ?? []) get(t);
  const byType: Record<string, PRF> = {};
  let tp = 0, fp = 0, fn = 0;
  for (const t of [...counts.keys()].sort()) {
    const c = counts.get(t)!;
    byType[t] = prf(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { overall: prf(tp, fp, fn), byType, tokens, tokenAccuracy: tokens ? correctTokens / tokens : 0 };
}

/** conlleval-like text report. */
export function formatScore(s: NerScore, label = ''): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const o = s.overall;
  const lines = [
    `${label ? label + ': ' : ''}processed ${s.tokens} tokens with ${o.tp + o.fn} phrases; found: ${o.tp + o.fp} phrases; correct: ${o.tp}.`,
    `accuracy: ${pct(s.tokenAccuracy)}%; precision: ${pct(o.precision)}%; recall: ${pct(o.recall)}%; FB1: ${pct(o.f1)}`,
  ];
  for (const [t, p] of Object.entries(s.byType)) {
    lines.push(`${t.padStart(14)}: precision: ${pct(p.precision)}%; recall: ${pct(p.recall)}%; FB1: ${pct(p.f1)}  ${p.tp + p.fp}`);
  }
  return lines.join('\n');
}
