import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConll, parseConll, formatConll } from '../../src/ner/conll.ts';
import { scoreNer, chunksOf } from '../../src/ner/score.ts';
import {
  bioAllowed, tagSet, viterbi, trainNer, tagTokens, tagSentences, serializeModel, deserializeModel, saveModel, readModelFile,
} from '../../src/ner/model.ts';
import { CliError } from '../../src/cli/errors.ts';
import { createDoc } from '../../src/doc.ts';
import { nerSpans, mentionStartInToken, resolveNerModelPath } from '../../src/ner/index.ts';
import { stripProclitics } from '../../src/ner/stem.ts';
import { entityStageChunks, chunksToTags } from '../../src/ner/systems.ts';

const FIX = join(import.meta.dirname, 'fixtures');
const train = readConll(join(FIX, 'train.conll'));
const heldout = readConll(join(FIX, 'heldout.conll'));
const small = { bits: 16, lexicon: false };
const model = trainNer(train, { epochs: 6, seed: 3, features: small });

describe('CoNLL reader', () => {
  it('reads tab or space separated lines, last column is the tag, blank lines split sentences', () => {
    const s = parseConll('قال O\nمحمد\tB-PER\n\n\nفي O\r\nبيروت\tX\tB-LOC\n');
    expect(s.map((x) => x.tokens)).toEqual([['قال', 'محمد'], ['في', 'بيروت']]);
    expect(s[1].tags).toEqual(['O', 'B-LOC']);
    expect(parseConll(formatConll(s))).toEqual(s);
  });
  it('rejects a malformed tag with its line number', () => {
    expect(() => parseConll('a O\nb PERSON\n', 'f.conll')).toThrow(/f.conll:2/);
  });
});

describe('conlleval scorer', () => {
  it('counts exact spans only, per type', () => {
    const gold = [['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'B-ORG', 'I-ORG']];
    const pred = [['B-PER', 'I-PER', 'O', 'B-LOC', 'I-LOC', 'B-ORG', 'O']];
    const s = scoreNer(gold, pred);
    // PER right; LOC span too long (fp+fn); ORG too short (fp+fn)
    expect(s.byType.PER).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.byType.LOC).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(s.overall.tp).toBe(1);
    expect(s.overall.precision).toBeCloseTo(1 / 3);
    expect(s.overall.recall).toBeCloseTo(1 / 3);
    expect(s.tokenAccuracy).toBeCloseTo(5 / 7);
  });
  it('reads I- after O or another type as a new chunk, like conlleval', () => {
    expect(chunksOf(['O', 'I-PER', 'I-PER', 'I-LOC', 'B-LOC', 'I-LOC'])).toEqual([
      { start: 1, end: 3, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }, { start: 4, end: 6, type: 'LOC' },
    ]);
  });
  it('restricts to the requested types and handles empty predictions', () => {
    const gold = [['B-PER', 'O', 'B-MISC'], ['B-LOC']];
    const pred = [['B-PER', 'O', 'O'], ['O']];
    const s = scoreNer(gold, pred, ['PER', 'LOC']);
    expect(Object.keys(s.byType).sort()).toEqual(['LOC', 'PER']);
    expect(s.overall).toMatchObject({ tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5 });
    expect(s.overall.f1).toBeCloseTo(2 / 3);
  });
});

describe('perceptron tagger', () => {
  it('learns the fixture corpus and tags held-out sentences', () => {
    const pred = heldout.map((s) => tagTokens(model, s.tokens).tags);
    const s = scoreNer(heldout.map((x) => x.tags), pred);
    expect(s.overall.f1).toBeGreaterThanOrEqual(0.95);
  });
  it('is deterministic for a seed', () => {
    const again = trainNer(train, { epochs: 6, seed: 3, features: small });
    expect(Buffer.compare(serializeModel(again), serializeModel(model))).toBe(0);
  });
  it('Viterbi output always respects BIO on random weights', () => {
    const tags = tagSet(['PER', 'LOC', 'ORG', 'MISC']);
    const T = tags.length;
    const allowed = bioAllowed(tags);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.float({ min: -50, max: 50, noNaN: true }), { minLength: 12 * T, maxLength: 12 * T }),
        fc.array(fc.float({ min: -50, max: 50, noNaN: true }), { minLength: (T + 1) * T, maxLength: (T + 1) * T }),
        (n, em, tr) => {
          const path = viterbi(Float32Array.from(em), Float32Array.from(tr), allowed, T, n);
          for (let i = 0; i < n; i++) {
            const t = tags[path[i]];
            if (t.startsWith('I-')) {
              const prev = i === 0 ? 'O' : tags[path[i - 1]];
              expect(prev === 'B-' + t.slice(2) || prev === 'I-' + t.slice(2)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('model file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-ner-'));
  it('round-trips: same predictions after save and load', () => {
    const p = join(dir, 'm.bin');
    saveModel(model, p);
    const back = readModelFile(p);
    expect(back.tags).toEqual(model.tags);
    expect(back.features).toEqual(model.features);
    for (const s of heldout) expect(tagTokens(back, s.tokens).tags).toEqual(tagTokens(model, s.tokens).tags);
  });
  it('round-trips a stacked model with context features', () => {
    const stacked = trainNer(train, { epochs: 4, seed: 2, stack: 2, wordDropout: 0.2, features: { ...small, context: 10 } });
    expect(stacked.first).toBeDefined();
    const back = deserializeModel(serializeModel(stacked));
    expect(back.first?.tags).toEqual(stacked.first?.tags);
    const sents = heldout.map((s) => s.tokens);
    expect(tagSentences(back, sents).map((r) => r.tags)).toEqual(tagSentences(stacked, sents).map((r) => r.tags));
    const s = scoreNer(heldout.map((x) => x.tags), tagSentences(back, sents).map((r) => r.tags));
    expect(s.overall.f1).toBeGreaterThanOrEqual(0.9);
  });
  it('gives a clear CliError for corrupt or foreign files', () => {
    const p = join(dir, 'bad.bin');
    writeFileSync(p, 'not a model at all');
    expect(() => readModelFile(p)).toThrow(CliError);
    expect(() => readModelFile(p)).toThrow(/not a usable isnad NER model/);
    const good = serializeModel(model);
    const cut = good.subarray(0, good.length - 40);
    expect(() => deserializeModel(cut)).toThrow(CliError);
    expect(() => readModelFile(join(dir, 'missing.bin'))).toThrow(/cannot read NER model/);
  });
});

describe('analyser integration', () => {
  it('nerSpans gives original-text spans with proclitics stripped', () => {
    const text = 'وقال يوسف العلي في بيروت إن وزارة الصحة ستدعم المشروع .';
    const doc = createDoc(text, { id: 't', language: 'ar' });
    const spans = nerSpans(doc, model);
    const got = spans.map((s) => [s.type, text.slice(s.start, s.end)]);
    expect(got).toContainEqual(['PER', 'يوسف العلي']);
    expect(got).toContainEqual(['LOC', 'بيروت']);
    for (const s of spans) expect(s.score).toBeGreaterThan(0);
  });
  it('strips proclitics before the article, keeps the article, drops fused لل', () => {
    expect('بالكاظمي'.slice(mentionStartInToken('بالكاظمي'))).toBe('الكاظمي');
    expect('وبالقاهرة'.slice(mentionStartInToken('وبالقاهرة'))).toBe('القاهرة');
    expect('للحرس'.slice(mentionStartInToken('للحرس'))).toBe('حرس');
    expect('وزارة'.slice(mentionStartInToken('وزارة'))).toBe('وزارة');
    expect(stripProclitics('والبنك')).toEqual({ prefix: 'وال', article: true, stem: 'بنك' });
  });
  it('resolves the model path: option, then env, then isnad.config.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-cfg-'));
    expect(resolveNerModelPath({ cwd: dir, env: {} })).toBeNull();
    writeFileSync(join(dir, 'isnad.config.json'), JSON.stringify({ nerModel: 'models/x.bin' }));
    expect(resolveNerModelPath({ cwd: dir, env: {} })).toBe(join(dir, 'models/x.bin'));
    expect(resolveNerModelPath({ cwd: dir, env: { ISNAD_NER_MODEL: '/m/e.bin' } })).toBe('/m/e.bin');
    expect(resolveNerModelPath({ cwd: dir, env: { ISNAD_NER_MODEL: '/m/e.bin' }, model: '/m/o.bin' })).toBe('/m/o.bin');
    writeFileSync(join(dir, 'isnad.config.json'), '{bad');
    expect(() => resolveNerModelPath({ cwd: dir, env: {} })).toThrow(CliError);
  });
});

describe('rule-based system on CoNLL tokens', () => {
  it('maps entity-stage mentions back to whole tokens, per sentence of a block', () => {
    const chunks = entityStageChunks([['زار', 'الوزير', 'بغداد', 'والبصرة', '.'], ['وصل', 'إلى', 'بيروت', '.']]);
    expect(chunks).toHaveLength(2);
    // "والبصرة": the mention "البصرة" sits inside the token, the chunk covers the whole token
    expect(chunks[0]).toContainEqual(expect.objectContaining({ start: 3, end: 4, type: 'LOC' }));
    expect(chunks[1]).toContainEqual(expect.objectContaining({ start: 2, end: 3, type: 'LOC' }));
    // lexicon-backed (places.tsv) chunks are marked for the lexicon-first merge
    expect(chunks[1].find((c) => c.start === 2)?.lex).toBe(true);
    expect(chunksToTags(5, chunks[0])[3]).toBe('B-LOC');
  });
});
