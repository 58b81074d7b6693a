// Linear-chain CRF training for the NER tagger: the same hashed features, weight layout
// (W[bucket * T + tag], trans[(prev + 1) * T + tag]) and BIO-constrained Viterbi as the perceptron
// (model.ts), but the weights maximise the conditional log-likelihood of the gold tag sequence
// (globally normalised over the BIO-allowed sequences) with an L2 penalty.
//
// Objective: Σ_sentences [log Z(x) − score(x, y)] + (l2 / 2)·‖w‖². Optimiser: SGD with AdaGrad per-weight
// rates, one sentence a step; the L2 part of a step is spread over the sentences (λ = l2 / N a step) and
// applied lazily: a bucket's weights are decayed for the steps it was absent when it is next touched (and
// everywhere at the end of an epoch), so a step costs O(active features · T), not O(all weights).
import { emissions, rng } from './model.ts';

/** One training sentence: hashed feature buckets (see features.ts) and gold tag indices. */
export interface CrfSentence {
  ids: Int32Array;
  off: Int32Array;
  /** Word-identity feature count per token (right after the bias feature), for word dropout. */
  nid: Uint8Array;
  gold: Int32Array;
  n: number;
}

const NEG = -Infinity;

function logSumExp(xs: Float64Array, len: number): number {
  let m = NEG;
  for (let k = 0; k < len; k++) if (xs[k] > m) m = xs[k];
  if (m === NEG) return NEG;
  let s = 0;
  for (let k = 0; k < len; k++) s += Math.exp(xs[k] - m);
  return m + Math.log(s);
}

/**
 * Forward–backward in log space under the BIO constraints. Fills `marg` (n × T, P(y_i = t | x)) and adds
 * the expected transition counts to `pairAcc` ((T + 1) × T, row 0 = sentence start). Returns log Z.
 */
export function forwardBackward(
  e: Float32Array, trans: Float32Array, allowed: Uint8Array, T: number, n: number, marg: Float64Array, pairAcc?: Float64Array,
  endAllowed?: Uint8Array,
): number {
  const alpha = new Float64Array(n * T);
  const beta = new Float64Array(n * T);
  const buf = new Float64Array(T);
  for (let t = 0; t < T; t++) alpha[t] = allowed[t] ? e[t] + trans[t] : NEG;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      for (let p = 0; p < T; p++) {
        const r = (p + 1) * T + t;
        buf[p] = allowed[r] ? alpha[(i - 1) * T + p] + trans[r] : NEG;
      }
      const s = logSumExp(buf, T);
      alpha[i * T + t] = s === NEG ? NEG : s + e[i * T + t];
    }
  }
  // beta[n-1] = 0 (no end transition, as in Viterbi), −∞ for a tag that may not end a sentence (BIOES B-/I-)
  if (endAllowed) for (let t = 0; t < T; t++) if (!endAllowed[t]) beta[(n - 1) * T + t] = NEG;
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < T; p++) {
      for (let t = 0; t < T; t++) {
        const r = (p + 1) * T + t;
        buf[t] = allowed[r] ? trans[r] + e[(i + 1) * T + t] + beta[(i + 1) * T + t] : NEG;
      }
      beta[i * T + p] = logSumExp(buf, T);
    }
  }
  let logZ: number;
  if (endAllowed) {
    for (let t = 0; t < T; t++) buf[t] = alpha[(n - 1) * T + t] + beta[(n - 1) * T + t];
    logZ = logSumExp(buf, T);
  } else logZ = logSumExp(alpha.subarray((n - 1) * T, n * T), T);
  for (let k = 0; k < n * T; k++) {
    const a = alpha[k];
    marg[k] = a === NEG || beta[k] === NEG ? 0 : Math.exp(a + beta[k] - logZ);
  }
  if (pairAcc) {
    for (let t = 0; t < T; t++) pairAcc[t] += marg[t];
    for (let i = 1; i < n; i++) {
      for (let p = 0; p < T; p++) {
        const a = alpha[(i - 1) * T + p];
        if (a === NEG) continue;
        for (let t = 0; t < T; t++) {
          const r = (p + 1) * T + t;
          if (!allowed[r]) continue;
          const b = beta[i * T + t];
          if (b === NEG) continue;
          pairAcc[r] += Math.exp(a + trans[r] + e[i * T + t] + b - logZ);
        }
      }
    }
  }
  return logZ;
}

/** Score of a tag sequence (emissions + transitions). */
export function sequenceScore(e: Float32Array, trans: Float32Array, T: number, tags: Int32Array): number {
  let s = 0;
  for (let i = 0; i < tags.length; i++) s += e[i * T + tags[i]] + trans[(i === 0 ? 0 : tags[i - 1] + 1) * T + tags[i]];
  return s;
}

/** I-X that does not continue a B-X/I-X becomes B-X, so every gold sequence is one the CRF can assign. */
export function repairBio(tags: string[], gold: Int32Array, allowed: Uint8Array): Int32Array {
  const T = tags.length;
  const out = Int32Array.from(gold);
  for (let i = 0; i < out.length; i++) {
    const prev = i === 0 ? -1 : out[i - 1];
    if (allowed[(prev + 1) * T + out[i]]) continue;
    const b = tags.indexOf('B-' + tags[out[i]].slice(2));
    out[i] = b >= 0 ? b : 0;
  }
  return out;
}

/**
 * Sparse gradient of one sentence's negative log-likelihood: per touched bucket, T values in `grad`
 * (slot order = `touched`), plus the dense transition gradient `gT`.
 */
export class SentenceGradient {
  readonly slotOf: Int32Array;
  touched: number[] = [];
  grad: Float64Array;
  readonly gT: Float64Array;
  constructor(buckets: number, readonly T: number) {
    this.slotOf = new Int32Array(buckets).fill(-1);
    this.grad = new Float64Array(1024 * T);
    this.gT = new Float64Array((T + 1) * T);
  }
  reset(): void {
    for (const b of this.touched) this.slotOf[b] = -1;
    this.touched = [];
    this.gT.fill(0);
  }
  slot(b: number): number {
    let s = this.slotOf[b];
    if (s >= 0) return s;
    s = this.touched.length;
    this.touched.push(b);
    this.slotOf[b] = s;
    const need = (s + 1) * this.T;
    if (need > this.grad.length) {
      const g = new Float64Array(Math.max(need, this.grad.length * 2));
      g.set(this.grad);
      this.grad = g;
    }
    this.grad.fill(0, s * this.T, need);
    return s;
  }
}

/**
 * Gradient (expected − empirical feature counts) of −log P(gold | x) into `g` (after g.reset()); returns
 * the negative log-likelihood. `skip[i]` hides token i's first skip[i] word-identity features (dropout).
 */
export function sentenceGradient(
  W: Float32Array, trans: Float32Array, allowed: Uint8Array, T: number, s: CrfSentence, g: SentenceGradient, skip?: Uint8Array,
  endAllowed?: Uint8Array,
): number {
  const { ids, off, gold, n } = s;
  const e = emissions(W, T, ids, off, n, skip);
  const marg = new Float64Array(n * T);
  const logZ = forwardBackward(e, trans, allowed, T, n, marg, g.gT, endAllowed);
  for (let i = 0; i < n; i++) {
    const gi = gold[i];
    g.gT[(i === 0 ? 0 : gold[i - 1] + 1) * T + gi] -= 1;
    const base = i * T;
    for (let k = off[i]; k < off[i + 1]; k++) {
      if (skip && k > off[i] && k <= off[i] + skip[i]) continue;
      const so = g.slot(ids[k]) * T;
      const gr = g.grad;
      for (let t = 0; t < T; t++) gr[so + t] += marg[base + t];
      gr[so + gi] -= 1;
    }
  }
  return logZ - sequenceScore(e, trans, T, gold);
}

export interface CrfRunOptions {
  data: CrfSentence[];
  T: number;
  allowed: Uint8Array;
  /** Tags a sentence may end with (BIOES); undefined = any. */
  endAllowed?: Uint8Array;
  /** Length of W (buckets × T). */
  size: number;
  epochs: number;
  seed: number;
  /** Word-identity dropout probability per token and pass. */
  wordDropout: number;
  /** Session 8: the dropout mask of a sentence for a pass instead of the per-token word dropout (entity dropout). */
  dropMask?: (index: number, random: () => number) => Uint8Array | undefined;
  /** L2 penalty on the summed log-likelihood (default 1). */
  l2: number;
  /** AdaGrad base learning rate (default 0.1). */
  lr: number;
  /**
   * Average the weights at the ends of epochs averageFrom, averageFrom + 1, … (0 = off): the SGD iterate is
   * noisy from one epoch to the next (±1 dev F1), its running average is not.
   */
  averageFrom: number;
  /** Dev F1 of a weight vector (keeps the best epoch) or undefined. */
  devF1?: (W: Float32Array, trans: Float32Array) => number;
  log: (line: string) => void;
  label: string;
}

const EPS = 1e-6;

/** One CRF training run; returns the weights of the best dev epoch (or the last epoch without dev). */
export function trainCrfRun(o: CrfRunOptions): { W: Float32Array; trans: Float32Array; epoch: number; f1: number } {
  const { data, T, allowed } = o;
  const W = new Float32Array(o.size);
  const G = new Float32Array(o.size); // AdaGrad: summed squared gradients per weight
  const buckets = o.size / T;
  const last = new Int32Array(buckets); // number of steps whose L2 decay the bucket's weights have received
  const trans = new Float32Array((T + 1) * T);
  const GT = new Float64Array(trans.length);
  const lambda = o.l2 / Math.max(1, data.length);
  const g = new SentenceGradient(buckets, T);
  const random = rng(o.seed);
  const order = data.map((_, i) => i);
  let step = 0;

  // decay bucket b's weights for the steps in (last[b], upTo) it was absent (its AdaGrad rates are fixed meanwhile)
  const catchUp = (b: number, upTo: number): void => {
    const skipped = upTo - last[b];
    last[b] = upTo;
    if (skipped <= 0 || lambda === 0) return;
    const w0 = b * T;
    for (let t = 0; t < T; t++) {
      const k = w0 + t;
      if (W[k] === 0) continue;
      const d = 1 - (o.lr / (Math.sqrt(G[k]) + EPS)) * lambda;
      W[k] = d <= 0 ? 0 : W[k] * Math.pow(d, skipped);
    }
  };
  const flush = (): void => {
    for (let b = 0; b < buckets; b++) if (last[b] < step) catchUp(b, step);
  };

  let best: { f1: number; epoch: number; W: Float32Array; trans: Float32Array } | null = null;
  const sumW = o.averageFrom > 0 ? new Float32Array(o.size) : null;
  const sumT = new Float64Array(trans.length);
  let nAvg = 0;
  // the weights this epoch yields: the running average of epoch ends once averaging has started
  const current = (ep: number): { W: Float32Array; trans: Float32Array } => {
    if (!sumW || ep < o.averageFrom) return { W, trans };
    nAvg++;
    for (let k = 0; k < W.length; k++) if (W[k] !== 0) sumW[k] += W[k];
    for (let r = 0; r < trans.length; r++) sumT[r] += trans[r];
    const aW = new Float32Array(W.length);
    for (let k = 0; k < W.length; k++) if (sumW[k] !== 0) aW[k] = sumW[k] / nAvg;
    return { W: aW, trans: Float32Array.from(sumT, (x) => x / nAvg) };
  };
  let out: { W: Float32Array; trans: Float32Array } = { W, trans };
  for (let ep = 1; ep <= o.epochs; ep++) {
    const te = performance.now();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const tmp = order[i]; order[i] = order[j]; order[j] = tmp;
    }
    let nll = 0;
    for (const si of order) {
      const s = data[si];
      let skip: Uint8Array | undefined;
      if (o.dropMask) skip = o.dropMask(si, random);
      else if (o.wordDropout > 0) {
        skip = new Uint8Array(s.n);
        for (let i = 0; i < s.n; i++) if (random() < o.wordDropout) skip[i] = s.nid[i];
      }
      // weights read by this sentence must be current: decay its buckets for the steps they missed
      for (let k = 0; k < s.ids.length; k++) if (last[s.ids[k]] < step) catchUp(s.ids[k], step);
      g.reset();
      nll += sentenceGradient(W, trans, allowed, T, s, g, skip, o.endAllowed);
      step++;
      const gr = g.grad;
      for (let j = 0; j < g.touched.length; j++) {
        const b = g.touched[j];
        const w0 = b * T, s0 = j * T;
        for (let t = 0; t < T; t++) {
          const k = w0 + t;
          const d = gr[s0 + t] + lambda * W[k];
          if (d === 0) continue;
          G[k] += d * d;
          W[k] -= (o.lr * d) / (Math.sqrt(G[k]) + EPS);
        }
        last[b] = step;
      }
      for (let r = 0; r < trans.length; r++) {
        if (!allowed[r]) continue;
        const d = g.gT[r] + lambda * trans[r];
        if (d === 0) continue;
        GT[r] += d * d;
        trans[r] -= (o.lr * d) / (Math.sqrt(GT[r]) + EPS);
      }
    }
    flush();
    let l2norm = 0;
    for (let k = 0; k < W.length; k++) if (W[k] !== 0) l2norm += W[k] * W[k];
    out = current(ep);
    let line = `${o.label}epoch ${ep}/${o.epochs}: objective ${(nll + 0.5 * o.l2 * l2norm).toFixed(1)} (NLL ${nll.toFixed(1)}), ${((performance.now() - te) / 1000).toFixed(1)}s`;
    if (o.devF1) {
      const f1 = o.devF1(out.W, out.trans);
      line += `, dev F1 ${(100 * f1).toFixed(2)}${out.W !== W ? ` (average of epochs ${o.averageFrom}–${ep})` : ''}`;
      if (!best || f1 > best.f1) best = { f1, epoch: ep, W: out.W === W ? W.slice() : out.W, trans: out.trans.slice() };
    }
    o.log(line);
  }
  return best ?? { ...out, epoch: o.epochs, f1: NaN };
}
