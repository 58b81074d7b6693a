import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readConll } from '../../src/ner/conll.ts';
import { scoreNer } from '../../src/ner/score.ts';
import { bioAllowed, deserializeModel, readModelFile, serializeModel, tagSet, tagTokens, trainNer, viterbi } from '../../src/ner/model.ts';
import { SentenceGradient, forwardBackward, repairBio, sentenceGradient, sequenceScore, type CrfSentence } from '../../src/ner/crf.ts';

const FIX = join(import.meta.dirname, 'fixtures');
const train = readConll(join(FIX, 'train.conll'));
const heldout = readConll(join(FIX, 'heldout.conll'));
const small = { bits: 16, lexicon: false };

const tags = tagSet(['PER', 'LOC']); // O B-LOC I-LOC B-PER I-PER
const T = tags.length;
const allowed = bioAllowed(tags);

/** A tiny sentence: 4 tokens over 6 buckets (bucket 0 is a bias shared by every token). */
function tiny(): { s: CrfSentence; W: Float32Array; trans: Float32Array } {
  const ids = Int32Array.from([0, 1, 2, 0, 3, 0, 4, 5, 0, 1]);
  const off = Int32Array.from([0, 3, 5, 8, 10]);
  const gold = Int32Array.from([3, 4, 0, 1]); // B-PER I-PER O B-LOC
  const r = (k: number) => Math.sin(7.3 * k + 1.1); // deterministic pseudo-random weights
  const W = Float32Array.from({ length: 6 * T }, (_, k) => r(k));
  const trans = Float32Array.from({ length: (T + 1) * T }, (_, k) => 0.5 * r(100 + k));
  return { s: { ids, off, nid: new Uint8Array(4), gold, n: 4 }, W, trans };
}

/** Brute force: −log P(gold) by enumerating every BIO-allowed tag sequence. */
function bruteNll(W: Float32Array, trans: Float32Array, s: CrfSentence): number {
  const e = new Float32Array(s.n * T);
  for (let i = 0; i < s.n; i++) for (let k = s.off[i]; k < s.off[i + 1]; k++) for (let t = 0; t < T; t++) e[i * T + t] += W[s.ids[k] * T + t];
  let z = 0;
  const seq = new Int32Array(s.n);
  const rec = (i: number) => {
    if (i === s.n) { z += Math.exp(sequenceScore(e, trans, T, seq)); return; }
    for (let t = 0; t < T; t++) {
      if (!allowed[(i === 0 ? 0 : seq[i - 1] + 1) * T + t]) continue;
      seq[i] = t;
      rec(i + 1);
    }
  };
  rec(0);
  return Math.log(z) - sequenceScore(e, trans, T, s.gold);
}

describe('linear-chain CRF', () => {
  it('forward–backward gives the brute-force log-likelihood and marginals that sum to 1', () => {
    const { s, W, trans } = tiny();
    const g = new SentenceGradient(6, T);
    const nll = sentenceGradient(W, trans, allowed, T, s, g);
    expect(nll).toBeCloseTo(bruteNll(W, trans, s), 5);
    expect(nll).toBeGreaterThan(0);
    const e = new Float32Array(s.n * T);
    const marg = new Float64Array(s.n * T);
    forwardBackward(e, trans, allowed, T, s.n, marg);
    for (let i = 0; i < s.n; i++) {
      let sum = 0;
      for (let t = 0; t < T; t++) sum += marg[i * T + t];
      expect(sum).toBeCloseTo(1, 9);
    }
    // BIO: no probability on I- at the sentence start
    expect(marg[tags.indexOf('I-PER')]).toBe(0);
    expect(marg[tags.indexOf('I-LOC')]).toBe(0);
  });

  it('analytic gradient matches the numeric gradient (emissions and transitions)', () => {
    const { s, W, trans } = tiny();
    const g = new SentenceGradient(6, T);
    sentenceGradient(W, trans, allowed, T, s, g);
    const h = 1e-2;
    const numeric = (arr: Float32Array, k: number): number => {
      const w = arr[k];
      arr[k] = w + h; const up = bruteNll(W, trans, s);
      arr[k] = w - h; const down = bruteNll(W, trans, s);
      arr[k] = w;
      return (up - down) / (2 * h);
    };
    // emission weights of the shared bias, a word bucket and an unseen-tag weight
    for (const [b, t] of [[0, 0], [0, 3], [1, 4], [3, 1], [5, 2], [2, 0]]) {
      const analytic = g.grad[g.slotOf[b] * T + t];
      expect(analytic).toBeCloseTo(numeric(W, b * T + t), 3);
    }
    // transitions: start→B-PER, B-PER→I-PER, O→B-LOC, O→O
    const tr = (p: string | null, t: string) => (p === null ? 0 : tags.indexOf(p) + 1) * T + tags.indexOf(t);
    for (const r of [tr(null, 'B-PER'), tr('B-PER', 'I-PER'), tr('O', 'B-LOC'), tr('O', 'O'), tr('I-PER', 'B-LOC')]) {
      expect(g.gT[r]).toBeCloseTo(numeric(trans, r), 3);
    }
  });

  it('word dropout hides the first nid features of a token from the gradient', () => {
    const { s, W, trans } = tiny();
    s.nid = Uint8Array.from([2, 0, 0, 0]);
    const g = new SentenceGradient(6, T);
    sentenceGradient(W, trans, allowed, T, s, g, Uint8Array.from([2, 0, 0, 0]));
    expect(g.slotOf[2]).toBe(-1); // bucket 2 only occurs as a hidden feature of token 0
    expect(g.slotOf[1]).toBeGreaterThanOrEqual(0); // bucket 1 also occurs (visible) at token 3
  });

  it('repairs I- tags that the BIO constraints forbid', () => {
    const idx = (xs: string[]) => Int32Array.from(xs, (x) => tags.indexOf(x));
    expect(Array.from(repairBio(tags, idx(['I-PER', 'O', 'I-LOC', 'I-LOC', 'B-PER', 'I-LOC']), allowed)).map((t) => tags[t]))
      .toEqual(['B-PER', 'O', 'B-LOC', 'I-LOC', 'B-PER', 'B-LOC']);
  });

  const crf = trainNer(train, { epochs: 6, seed: 3, algo: 'crf', l2: 0.1, lr: 0.1, features: small });

  it('training on the fixture corpus converges and tags held-out sentences', () => {
    const logs: string[] = [];
    trainNer(train, { epochs: 4, seed: 3, algo: 'crf', l2: 0.1, features: small, log: (l) => logs.push(l) });
    const obj = logs.filter((l) => l.includes('objective')).map((l) => Number(/objective (-?[\d.]+)/.exec(l)![1]));
    expect(obj.length).toBe(4);
    expect(obj[3]).toBeLessThan(obj[0] * 0.5);
    const pred = heldout.map((s) => tagTokens(crf, s.tokens).tags);
    expect(scoreNer(heldout.map((x) => x.tags), pred).overall.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('is deterministic for a seed, and a stronger L2 gives smaller weights', () => {
    const again = trainNer(train, { epochs: 6, seed: 3, algo: 'crf', l2: 0.1, lr: 0.1, features: small });
    expect(Buffer.compare(serializeModel(again), serializeModel(crf))).toBe(0);
    const strong = trainNer(train, { epochs: 6, seed: 3, algo: 'crf', l2: 30, lr: 0.1, features: small });
    const norm = (W: Float32Array) => W.reduce((a, w) => a + w * w, 0);
    expect(norm(strong.W)).toBeLessThan(0.5 * norm(crf.W));
  });

  it('tags respect BIO on any sentence', () => {
    const words = [...new Set(train.flatMap((s) => s.tokens))];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 15 }), (toks) => {
      const out = tagTokens(crf, toks).tags;
      out.forEach((t, i) => {
        if (t.startsWith('I-')) expect([`B-${t.slice(2)}`, t]).toContain(out[i - 1]);
      });
    }), { numRuns: 100 });
    // Viterbi on the CRF's own weights never starts with I-
    const e = new Float32Array(3 * crf.tags.length).fill(0);
    for (let i = 0; i < 3; i++) e[i * crf.tags.length + crf.tags.indexOf('I-PER')] = 100;
    expect(crf.tags[viterbi(e, crf.trans, crf.allowed, crf.tags.length, 3)[0]]).not.toMatch(/^I-/);
  });

  it('model files keep the algorithm; files without it read as perceptron', () => {
    expect(crf.algo).toBe('crf');
    const back = deserializeModel(serializeModel(crf));
    expect(back.algo).toBe('crf');
    expect(back.meta).toMatchObject({ l2: 0.1, lr: 0.1 });
    const toks = heldout[0].tokens;
    expect(tagTokens(back, toks).tags).toEqual(tagTokens(crf, toks).tags);
    const perc = trainNer(train, { epochs: 2, seed: 3, features: small });
    expect(deserializeModel(serializeModel(perc)).algo).toBe('perceptron');
  });
});

describe('isnad train ner --algo crf', () => {
  const ROOT = resolve(import.meta.dirname, '..', '..');
  const isnad = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'isnad.js'), ...args], { encoding: 'utf8', cwd: ROOT });
  const dir = mkdtempSync(join(tmpdir(), 'isnad-crf-cli-'));
  it('writes a CRF model with its L2 and rate that tags the held-out sentences', () => {
    const out = join(dir, 'crf.isnadner');
    const r = isnad('train', 'ner', '--conll', join(FIX, 'train.conll'), '-o', out, '--epochs', '4', '--algo', 'crf', '--l2', '0.5', '--bits', '16');
    expect(r.status).toBe(0);
    const m = readModelFile(out);
    expect(m.algo).toBe('crf');
    expect(m.meta).toMatchObject({ l2: 0.5, lr: 0.1 });
    const pred = heldout.map((s) => tagTokens(m, s.tokens).tags);
    expect(scoreNer(heldout.map((x) => x.tags), pred).overall.f1).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
  it('refuses an unknown algorithm and CRF options without --algo crf, in one line', () => {
    for (const extra of [['--algo', 'svm'], ['--l2', '1']]) {
      const r = isnad('train', 'ner', '--conll', join(FIX, 'train.conll'), '-o', join(dir, 'x.isnadner'), ...extra);
      expect(r.status).not.toBe(0);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(extra[0] === '--algo' ? /--algo/ : /--l2/);
    }
  });
});
