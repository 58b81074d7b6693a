// Session 7: BIOES tag encoding (train and decode in BIOES, output BIO), its constraints in Viterbi and in the CRF's
// forward–backward, and model files with and without the `encoding` header field.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { readConll } from '../../src/ner/conll.ts';
import { chunksOf, scoreNer } from '../../src/ner/score.ts';
import {
  bioToBioes, bioesAllowed, bioesEndAllowed, deserializeModel, serializeModel, tagSet, tagSentences, tagTokens, toBio, trainNer, viterbi,
} from '../../src/ner/model.ts';
import { forwardBackward, sequenceScore } from '../../src/ner/crf.ts';
import { CliError } from '../../src/cli/errors.ts';

const FIX = join(import.meta.dirname, 'fixtures');
const train = readConll(join(FIX, 'train.conll'));
const heldout = readConll(join(FIX, 'heldout.conll'));
const small = { bits: 16, lexicon: false };

const TYPES = ['PER', 'LOC', 'ORG'];
const bioTag = fc.oneof(fc.constant('O'), ...TYPES.flatMap((t) => [fc.constant('B-' + t), fc.constant('I-' + t)]));
/** Any sequence of BIO tags, including I-X that follow O or another type (read as a new chunk, like conlleval). */
const anyBio = fc.array(bioTag, { minLength: 0, maxLength: 15 });

const sTags = tagSet(TYPES, 'bioes');
const T = sTags.length;
const allowed = bioesAllowed(sTags);
const endOk = bioesEndAllowed(sTags);

/** A BIOES sequence obeys the constraints: transitions allowed and a legal last tag. */
function validBioes(seq: string[]): boolean {
  for (let i = 0; i < seq.length; i++) {
    const p = i === 0 ? -1 : sTags.indexOf(seq[i - 1]);
    if (!allowed[(p + 1) * T + sTags.indexOf(seq[i])]) return false;
  }
  return seq.length === 0 || endOk[sTags.indexOf(seq[seq.length - 1])] === 1;
}

describe('BIOES encoding', () => {
  it('has four tags per type after O', () => {
    expect(tagSet(['PER', 'LOC'], 'bioes')).toEqual(['O', 'B-LOC', 'I-LOC', 'E-LOC', 'S-LOC', 'B-PER', 'I-PER', 'E-PER', 'S-PER']);
    expect(tagSet(['PER', 'LOC'])).toEqual(['O', 'B-LOC', 'I-LOC', 'B-PER', 'I-PER']);
  });
  it('encodes single-token and multi-token entities', () => {
    expect(bioToBioes(['B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC', 'I-ORG'])).toEqual(
      ['B-PER', 'I-PER', 'E-PER', 'O', 'S-LOC', 'B-LOC', 'E-LOC', 'S-ORG'],
    );
    // an I- that starts a chunk (after O, at the start, after another type) is a new entity
    expect(bioToBioes(['I-PER', 'O', 'I-LOC', 'I-LOC'])).toEqual(['S-PER', 'O', 'B-LOC', 'E-LOC']);
  });
  it('round-trips: the chunks of toBio(bioToBioes(x)) are the chunks of x, and the result is valid BIOES', () => {
    fc.assert(fc.property(anyBio, (bio) => {
      const s = bioToBioes(bio);
      expect(validBioes(s)).toBe(true);
      const back = toBio(s);
      expect(chunksOf(back)).toEqual(chunksOf(bio));
      // strict BIO input comes back unchanged
      if (bio.every((t, i) => !t.startsWith('I-') || (i > 0 && bio[i - 1].slice(2) === t.slice(2) && bio[i - 1] !== 'O'))) expect(back).toEqual(bio);
    }), { numRuns: 500 });
  });
  it('forbids I/E after O, at the start and across types, and B/I at the end', () => {
    const ok = (prev: string | null, cur: string) => allowed[((prev === null ? -1 : sTags.indexOf(prev)) + 1) * T + sTags.indexOf(cur)] === 1;
    expect(ok(null, 'I-PER')).toBe(false);
    expect(ok(null, 'E-PER')).toBe(false);
    expect(ok(null, 'S-PER')).toBe(true);
    expect(ok('O', 'E-PER')).toBe(false);
    expect(ok('B-PER', 'O')).toBe(false);
    expect(ok('B-PER', 'E-LOC')).toBe(false);
    expect(ok('B-PER', 'E-PER')).toBe(true);
    expect(ok('I-PER', 'I-PER')).toBe(true);
    expect(ok('E-PER', 'I-PER')).toBe(false);
    expect(ok('S-PER', 'B-LOC')).toBe(true);
    expect(sTags.filter((t, k) => endOk[k]).sort()).toEqual(['E-LOC', 'E-ORG', 'E-PER', 'O', 'S-LOC', 'S-ORG', 'S-PER']);
  });
  it('Viterbi under the BIOES constraints returns the best valid sequence (brute force on short sentences)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 3 }),
      fc.array(fc.float({ min: -20, max: 20, noNaN: true }), { minLength: 3 * T, maxLength: 3 * T }),
      fc.array(fc.float({ min: -20, max: 20, noNaN: true }), { minLength: (T + 1) * T, maxLength: (T + 1) * T }),
      (n, em, tr) => {
        const e = Float32Array.from(em), trans = Float32Array.from(tr);
        const path = viterbi(e, trans, allowed, T, n, endOk);
        expect(validBioes(Array.from(path, (t) => sTags[t]))).toBe(true);
        let best = -Infinity;
        const seq = new Int32Array(n);
        const rec = (i: number) => {
          if (i === n) {
            if (validBioes(Array.from(seq, (t) => sTags[t]))) best = Math.max(best, sequenceScore(e, trans, T, seq));
            return;
          }
          for (let t = 0; t < T; t++) { seq[i] = t; rec(i + 1); }
        };
        rec(0);
        expect(sequenceScore(e, trans, T, path)).toBeCloseTo(best, 3);
      },
    ), { numRuns: 60 });
  });
  it("the CRF's partition function sums over the valid BIOES sequences only", () => {
    const n = 3;
    const r = (k: number) => Math.sin(3.7 * k + 0.3);
    const e = Float32Array.from({ length: n * T }, (_, k) => r(k));
    const trans = Float32Array.from({ length: (T + 1) * T }, (_, k) => 0.5 * r(200 + k));
    const marg = new Float64Array(n * T);
    const logZ = forwardBackward(e, trans, allowed, T, n, marg, undefined, endOk);
    let z = 0;
    const seq = new Int32Array(n);
    const rec = (i: number) => {
      if (i === n) { if (validBioes(Array.from(seq, (t) => sTags[t]))) z += Math.exp(sequenceScore(e, trans, T, seq)); return; }
      for (let t = 0; t < T; t++) { seq[i] = t; rec(i + 1); }
    };
    rec(0);
    expect(logZ).toBeCloseTo(Math.log(z), 5);
    // no probability mass on a B-/I- tag in the last position
    for (let t = 0; t < T; t++) if (!endOk[t]) expect(marg[(n - 1) * T + t]).toBe(0);
    for (let i = 0; i < n; i++) expect(marg.subarray(i * T, (i + 1) * T).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });
});

describe('a BIOES model', () => {
  const model = trainNer(train, { epochs: 6, seed: 3, features: small, encoding: 'bioes' });
  it('learns the fixture corpus, tags held-out sentences and outputs BIO tags only', () => {
    expect(model.tags).toContain('S-PER');
    const pred = heldout.map((s) => tagTokens(model, s.tokens).tags);
    for (const p of pred) for (const t of p) expect(/^(O|[BI]-[A-Z]+)$/.test(t)).toBe(true);
    expect(scoreNer(heldout.map((x) => x.tags), pred).overall.f1).toBeGreaterThanOrEqual(0.95);
  });
  it('records the encoding in the file header and round-trips with the same predictions', () => {
    const buf = serializeModel(model);
    const raw = gunzipSync(buf);
    const h = JSON.parse(raw.toString('utf8', 16, 16 + raw.readUInt32LE(12)));
    expect(h.encoding).toBe('bioes');
    const back = deserializeModel(buf);
    expect(back.encoding).toBe('bioes');
    const sents = heldout.map((s) => s.tokens);
    expect(tagSentences(back, sents).map((r) => r.tags)).toEqual(tagSentences(model, sents).map((r) => r.tags));
  });
  it('a CRF trains in BIOES too', () => {
    const crf = trainNer(train, { epochs: 4, seed: 3, features: small, encoding: 'bioes', algo: 'crf' });
    const pred = heldout.map((s) => tagTokens(crf, s.tokens).tags);
    expect(scoreNer(heldout.map((x) => x.tags), pred).overall.f1).toBeGreaterThanOrEqual(0.9);
  });
});

describe('model files without an encoding (written before session 7)', () => {
  const bio = trainNer(train, { epochs: 4, seed: 3, features: small });
  const header = (buf: Buffer) => { const raw = gunzipSync(buf); return { raw, hl: raw.readUInt32LE(12), h: JSON.parse(raw.toString('utf8', 16, 16 + raw.readUInt32LE(12))) }; };
  const withHeader = (buf: Buffer, h: object) => {
    const { raw, hl } = header(buf);
    const body = Buffer.from(JSON.stringify(h), 'utf8');
    const head = Buffer.from(raw.subarray(0, 16));
    head.writeUInt32LE(body.length, 12);
    return gzipSync(Buffer.concat([head, body, raw.subarray(16 + hl)]));
  };
  it('a BIO model writes no encoding field (the old layout) and loads as BIO', () => {
    const buf = serializeModel(bio);
    expect('encoding' in header(buf).h).toBe(false);
    const back = deserializeModel(buf);
    expect(back.encoding).toBe('bio');
    expect(back.endAllowed).toBeUndefined();
    expect(heldout.map((s) => tagTokens(back, s.tokens).tags)).toEqual(heldout.map((s) => tagTokens(bio, s.tokens).tags));
  });
  it('rejects an unknown encoding, and BIOES tags in a file that says BIO, with a CliError', () => {
    const buf = serializeModel(bio);
    const { h } = header(buf);
    expect(() => deserializeModel(withHeader(buf, { ...h, encoding: 'bilou2' }), 'm')).toThrow(CliError);
    expect(() => deserializeModel(withHeader(buf, { ...h, encoding: 'bilou2' }), 'm')).toThrow(/encoding/);
    const sb = serializeModel(trainNer(train.slice(0, 5), { epochs: 1, seed: 1, features: small, encoding: 'bioes' }));
    const { encoding: _drop, ...noEnc } = header(sb).h;
    expect(() => deserializeModel(withHeader(sb, noEnc), 'm')).toThrow(/BIO encoding/);
  });
});

describe('perceptron + CRF mix (mixCrf)', () => {
  const opts = { epochs: 5, seed: 3, features: small };
  const mixed = trainNer(train, { ...opts, mixCrf: 0.5, mixCrfEpochs: 4 });
  const tagsOf = (m: typeof mixed) => heldout.map((s) => tagTokens(m, s.tokens).tags);
  it('is one weight vector that tags the held-out sentences, and records the mix in the file', () => {
    expect(scoreNer(heldout.map((x) => x.tags), tagsOf(mixed)).overall.f1).toBeGreaterThanOrEqual(0.95);
    expect(mixed.meta.mixCrf).toBe(0.5);
    expect(mixed.meta.mixCrfEpochs).toBe(4);
    const back = deserializeModel(serializeModel(mixed));
    expect(tagsOf(back)).toEqual(tagsOf(mixed));
  });
  it('at the ends of the scale it decodes like the CRF alone and like the perceptron alone (scaling keeps the argmax)', () => {
    const crf = trainNer(train, { epochs: 4, seed: 3, features: small, algo: 'crf' });
    const allCrf = trainNer(train, { ...opts, mixCrf: 1, mixCrfEpochs: 4 });
    const sents = [...train.slice(0, 20), ...heldout].map((s) => s.tokens);
    expect(tagSentences(allCrf, sents).map((r) => r.tags)).toEqual(tagSentences(crf, sents).map((r) => r.tags));
    const perc = trainNer(train, opts);
    const almostPerc = trainNer(train, { ...opts, mixCrf: 1e-9, mixCrfEpochs: 1 });
    expect(tagSentences(almostPerc, sents).map((r) => r.tags)).toEqual(tagSentences(perc, sents).map((r) => r.tags));
  });
});
