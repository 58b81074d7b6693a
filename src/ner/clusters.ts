// Distributional word clusters from unlabelled text (session 6): every word stem (the tagger's proclitic-stripped
// normalised form) seen at least minCount times gets a context vector of its neighbours' stems (positions −2, −1,
// +1, +2; the nCtx most frequent stems), weighted by positive PMI and L2-normalised, then spherical k-means with a
// deterministic initialisation at each granularity. The tagger uses the cluster ids as features (features.clusters);
// the map is stored in the model file. Cost: O(iterations × stems × k × nonzeros), ≈ 15 CPU-s for 300k tokens.
import { readFileSync } from 'node:fs';
import { normalize } from '../text/normalize.ts';
import { stripProclitics } from './stem.ts';

/** Granularities of the tagger's clusters (coarse first). */
export const CLUSTER_KS = [32, 256];

export function stemKey(tok: string): string {
  return stripProclitics(normalize(tok)).stem;
}

export function buildClusters(sents: string[][], ks: number[], minCount = 3, nCtx = 2000, iters = 12): Map<string, number[]> {
  const keys = sents.map((s) => s.map(stemKey));
  const freq = new Map<string, number>();
  for (const s of keys) for (const k of s) freq.set(k, (freq.get(k) ?? 0) + 1);
  const byFreq = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const ctxIdx = new Map<string, number>();
  for (const [k] of byFreq.slice(0, nCtx)) ctxIdx.set(k, ctxIdx.size);
  const vocab = byFreq.filter(([k, c]) => c >= minCount && /[\u0621-\u064Aa-z]/.test(k)).map(([k]) => k);
  const vIdx = new Map(vocab.map((k, i) => [k, i]));
  const D = 4 * nCtx;
  const rows: Map<number, number>[] = vocab.map(() => new Map());
  for (const s of keys) {
    for (let i = 0; i < s.length; i++) {
      const v = vIdx.get(s[i]);
      if (v === undefined) continue;
      const r = rows[v];
      for (const [off, slot] of [[-2, 0], [-1, 1], [1, 2], [2, 3]] as const) {
        const j = i + off;
        const c = j < 0 ? ctxIdx.get('<s>') : j >= s.length ? ctxIdx.get('</s>') : ctxIdx.get(s[j]);
        if (c === undefined) continue;
        const d = slot * nCtx + c;
        r.set(d, (r.get(d) ?? 0) + 1);
      }
    }
  }
  // PPMI
  const colSum = new Float64Array(D);
  let total = 0;
  const rowSum = rows.map((r) => { let t = 0; for (const [d, x] of r) { colSum[d] += x; t += x; } total += t; return t; });
  const vecs = rows.map((r, v) => {
    const idx: number[] = [], val: number[] = [];
    let norm = 0;
    for (const [d, x] of r) {
      const pmi = Math.log((x * total) / (rowSum[v] * colSum[d]));
      if (pmi > 0) { idx.push(d); val.push(pmi); norm += pmi * pmi; }
    }
    norm = Math.sqrt(norm) || 1;
    return { idx: Int32Array.from(idx), val: Float32Array.from(val.map((x) => x / norm)) };
  });
  const out = new Map<string, number[]>(vocab.map((k) => [k, []]));
  for (const K of ks) {
    // deterministic init: the K most frequent words' vectors (distinct contexts) as centroids
    const cent = Array.from({ length: K }, (_, c) => {
      const a = new Float32Array(D);
      const v = vecs[Math.floor((c * vocab.length) / K / 4)] ?? vecs[c];
      for (let j = 0; j < v.idx.length; j++) a[v.idx[j]] = v.val[j];
      return a;
    });
    const assign = new Int32Array(vocab.length).fill(-1);
    for (let it = 0; it < iters; it++) {
      let moved = 0;
      for (let v = 0; v < vecs.length; v++) {
        const { idx, val } = vecs[v];
        let best = 0, bestS = -Infinity;
        for (let c = 0; c < K; c++) {
          const a = cent[c];
          let s = 0;
          for (let j = 0; j < idx.length; j++) s += a[idx[j]] * val[j];
          if (s > bestS) { bestS = s; best = c; }
        }
        if (assign[v] !== best) { moved++; assign[v] = best; }
      }
      for (const a of cent) a.fill(0);
      for (let v = 0; v < vecs.length; v++) {
        const a = cent[assign[v]], { idx, val } = vecs[v];
        for (let j = 0; j < idx.length; j++) a[idx[j]] += val[j];
      }
      for (const a of cent) { let n = 0; for (let d = 0; d < D; d++) n += a[d] * a[d]; n = Math.sqrt(n) || 1; for (let d = 0; d < D; d++) a[d] /= n; }
      if (moved === 0) break;
    }
    vocab.forEach((k, v) => out.get(k)!.push(assign[v]));
  }
  return out;
}

/** Sentences of a file for clustering: a .conll file's first column, else raw text split into paragraphs and words. */
export function readSentences(file: string, skip?: (tokens: string[]) => boolean): string[][] {
  const text = readFileSync(file, 'utf8');
  const out: string[][] = [];
  if (file.endsWith('.conll')) {
    let cur: string[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) { if (cur.length) out.push(cur); cur = []; continue; }
      cur.push(line.split('\t')[0]);
    }
    if (cur.length) out.push(cur);
  } else {
    for (const para of text.split(/\n+/)) {
      const toks = para.match(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu);
      if (toks?.length) out.push(toks);
    }
  }
  return skip ? out.filter((s) => !skip(s)) : out;
}

/** Text form of a cluster map (model files): one `stem<TAB>id<TAB>id…` line per stem. */
export function serializeClusters(m: Map<string, number[]>): string {
  const lines: string[] = [];
  for (const [k, ids] of m) lines.push(k + '\t' + ids.join('\t'));
  return lines.join('\n');
}

export function parseClusters(s: string): Map<string, number[]> {
  const m = new Map<string, number[]>();
  for (const line of s.split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const ids = f.slice(1).map(Number);
    if (!f[0] || ids.length === 0 || ids.some((x) => !Number.isInteger(x) || x < 0)) throw new Error(`bad cluster line ${JSON.stringify(line.slice(0, 40))}`);
    m.set(f[0], ids);
  }
  return m;
}
