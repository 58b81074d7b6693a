// Feature mechanisms added for issue 8: stem character n-grams, lexicon parts of multi-word names, the O
// penalty at decoding, legacy model files, and how model spans merge with rule candidates.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { DEFAULT_FEATURES, fnv1a, selfFeatureIds, extractFeatures, type FeatureConfig } from '../../src/ner/features.ts';
import { loadNerLexicon } from '../../src/ner/lexicon.ts';
import { readConll } from '../../src/ner/conll.ts';
import { deserializeModel, serializeModel, tagTokens, trainNer } from '../../src/ner/model.ts';
import { CliError } from '../../src/cli/errors.ts';
import { gzipSync, gunzipSync } from 'node:zlib';
import { mergeModelSpans, resolveMerge, type MergeCand, type ModelSpan } from '../../src/entities/model.ts';

const FIX = join(import.meta.dirname, 'fixtures');
const cfg = (over: Partial<FeatureConfig>): FeatureConfig => ({ ...DEFAULT_FEATURES, bits: 20, lexicon: false, ...over });
const bucket = (s: string, bits = 20) => fnv1a(s) & ((1 << bits) - 1);

describe('character n-grams of the stem', () => {
  it('adds every 2..n-gram of the clitic-stripped stem with boundary marks, for Arabic words only', () => {
    const ids = new Set(selfFeatureIds('والبريمر', cfg({ ngram: 3 })));
    // stem بريمر: ^ب and ر$ bigrams, inner trigram ريم; nothing of the clitics وال
    for (const g of ['g2=^ب', 'g2=ر$', 'g3=ريم', 'g3=^بر', 'g3=مر$']) expect(ids.has(bucket(g)), g).toBe(true);
    expect(ids.has(bucket('g2=^و'))).toBe(false);
    expect(ids.has(bucket('g4=^بري'))).toBe(false); // n capped at 3
    const off = new Set(selfFeatureIds('والبريمر', cfg({ ngram: 0 })));
    expect([...off].some((b) => b === bucket('g3=ريم'))).toBe(false);
    const digits = selfFeatureIds('2006', cfg({ ngram: 4 }));
    expect(digits).toEqual(selfFeatureIds('2006', cfg({ ngram: 0 })));
  });
  it('two unseen transliterated names sharing letter sequences share features', () => {
    const a = new Set(selfFeatureIds('بيللغريني', cfg({ ngram: 4 })));
    const b = selfFeatureIds('باغريني', cfg({ ngram: 4 }));
    const shared = b.filter((x) => a.has(x));
    expect(shared).toContain(bucket('g4=ريني'));
    expect(shared).toContain(bucket('g3=ني$'));
  });
});

describe('lexicon parts of multi-word entries', () => {
  it('indexes first/inside/last words of every multi-word lexicon entry', () => {
    const lex = loadNerLexicon();
    let checked = 0;
    for (const [, list] of lex.phrases) {
      for (const p of list) {
        if (checked >= 50) break;
        const last = p.words[p.words.length - 1];
        if (last.length < 2) continue;
        expect(lex.parts.get(last), p.words.join(' ')).toContain(p.cls + '>');
        expect(lex.parts.get(p.words[0]) ?? [], p.words.join(' ')).toContain(p.cls + '<');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
  it('fires gp features on a word of a multi-word entry only when lexParts is on', () => {
    const lex = loadNerLexicon();
    const some = [...lex.parts.entries()].find(([w, c]) => w.length >= 3 && !lex.words.has(w) && c.length === 1);
    expect(some).toBeDefined();
    const [word, classes] = some!;
    const on = extractFeatures(['قال', word, '.'], cfg({ lexicon: true, lexParts: true }));
    const off = extractFeatures(['قال', word, '.'], cfg({ lexicon: true, lexParts: false }));
    const tok1 = (f: typeof on) => new Set(f.ids.subarray(f.off[1], f.off[2]));
    expect(tok1(on).has(bucket('gp1=' + classes[0]))).toBe(true);
    expect(tok1(off).has(bucket('gp1=' + classes[0]))).toBe(false);
  });
});

describe('model options in the file', () => {
  const train = readConll(join(FIX, 'train.conll'));
  const model = trainNer(train, { epochs: 3, seed: 5, features: { bits: 16, lexicon: false } });
  it('new models record their n-gram setting; a file written without it reads as n-grams off', () => {
    expect(model.features.ngram).toBe(DEFAULT_FEATURES.ngram);
    const legacy = { ...model, features: { ...model.features } };
    delete legacy.features.ngram;
    expect(deserializeModel(serializeModel(legacy)).features.ngram).toBe(0);
    expect(deserializeModel(serializeModel(model)).features.ngram).toBe(DEFAULT_FEATURES.ngram);
  });
  it('the O penalty round-trips and, made large, leaves no token outside an entity', () => {
    const tokens = ['قال', 'يوسف', 'العلي', 'في', 'بيروت', '.'];
    const pen = deserializeModel(serializeModel({ ...model, oPenalty: 1e6 }));
    expect(pen.oPenalty).toBe(1e6);
    expect(tagTokens(pen, tokens).tags.every((t) => t !== 'O')).toBe(true);
    expect(tagTokens(model, tokens).tags).toContain('O');
  });
  it('rejects a non-numeric O penalty with a CliError', () => {
    const raw = gunzipSync(serializeModel(model));
    const hl = raw.readUInt32LE(12);
    const h = JSON.parse(raw.toString('utf8', 16, 16 + hl));
    const bad = Buffer.from(JSON.stringify({ ...h, oPenalty: 'x' }), 'utf8');
    const head = Buffer.from(raw.subarray(0, 16));
    head.writeUInt32LE(bad.length, 12);
    const buf = gzipSync(Buffer.concat([head, bad, raw.subarray(16 + hl)]));
    expect(() => deserializeModel(buf, 'm')).toThrow(CliError);
    expect(() => deserializeModel(buf, 'm')).toThrow(/oPenalty/);
  });
});

describe('merging model spans with rule candidates', () => {
  // tokens 0..9; rule candidates: 0 lexicon PER [1,3), 1 grammar ORG [4,7)
  const setup = () => {
    const cands: (MergeCand & { id: string })[] = [
      { id: 'lexPER', type: 'PER', tokenStart: 1, tokenEnd: 3, lex: { id: 'x' } },
      { id: 'gramORG', type: 'ORG', tokenStart: 4, tokenEnd: 7 },
    ];
    const owner = new Int32Array(10).fill(-1);
    cands.forEach((c, i) => { for (let k = c.tokenStart; k < c.tokenEnd; k++) owner[k] = i; });
    return { cands, owner };
  };
  const span = (tokenStart: number, tokenEnd: number, type: string): ModelSpan => ({ start: tokenStart * 5, end: tokenEnd * 5 - 1, type, tokenStart, tokenEnd });
  const spans = [span(2, 3, 'LOC'), span(5, 7, 'ORG'), span(8, 9, 'PER')];
  const run = (mode: Parameters<typeof resolveMerge>[0], accept = (_: ModelSpan) => true) => {
    const { cands, owner } = setup();
    const claimed: string[] = [];
    mergeModelSpans(spans, cands, owner, resolveMerge(mode, {}), accept, (s) => claimed.push(`${s.type}${s.tokenStart}`));
    return { claimed, dead: cands.filter((c) => c.dead).map((c) => c.id), owner };
  };
  it('rules-first: model spans only on free tokens', () => {
    expect(run('rules-first')).toMatchObject({ claimed: ['PER8'], dead: [] });
  });
  it('lexicon-first: displaces grammar candidates, never lexicon ones; frees their tokens', () => {
    const r = run('lexicon-first');
    expect(r.claimed).toEqual(['ORG5', 'PER8']);
    expect(r.dead).toEqual(['gramORG']);
    expect(r.owner[4]).toBe(-1);
  });
  it('model-first: displaces any overlapping candidate', () => {
    expect(run('model-first')).toMatchObject({ claimed: ['LOC2', 'ORG5', 'PER8'], dead: ['lexPER', 'gramORG'] });
  });
  it('keeps a rule candidate that a rejected span would have displaced', () => {
    expect(run('model-first', (s) => s.type !== 'ORG')).toMatchObject({ claimed: ['LOC2', 'PER8'], dead: ['lexPER'] });
  });
  it('resolves the merge from the option, then ISNAD_NER_MERGE, and rejects unknown names', () => {
    expect(resolveMerge(undefined, {})).toBe('rules-first');
    expect(resolveMerge(undefined, { ISNAD_NER_MERGE: 'model-first' })).toBe('model-first');
    expect(resolveMerge('lexicon-first', { ISNAD_NER_MERGE: 'model-first' })).toBe('lexicon-first');
    expect(() => resolveMerge('both', {})).toThrow(/unknown NER merge/);
    expect(() => resolveMerge('both', {})).toThrow(CliError);
  });
});

describe('analyser with each merge', () => {
  it('every merge yields valid spans; lexicon-first keeps every lexicon entity of rules-first', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { saveModel } = await import('../../src/ner/model.ts');
    const { createDoc } = await import('../../src/doc.ts');
    const { extractEntities } = await import('../../src/entities/index.ts');
    const m = trainNer(readConll(join(FIX, 'train.conll')), { epochs: 4, seed: 2, features: { bits: 16 } });
    const path = join(mkdtempSync(join(tmpdir(), 'isnad-merge-')), 'm.isnadner');
    saveModel(m, path);
    const text = 'وقال وزير الخارجية المصري سامح شكري في القاهرة إن وفدا من جامعة الدول العربية سيزور بغداد، والتقى يوسف العلي ممثلي البنك الدولي.';
    const doc = createDoc(text, { id: 'm', language: 'ar' });
    const byMerge = Object.fromEntries((['rules-first', 'lexicon-first', 'model-first'] as const).map((merge) => [merge, extractEntities(doc, { model: path, merge })]));
    for (const layer of Object.values(byMerge)) for (const x of layer.mentions) expect(text.slice(x.start, x.end)).toBe(x.text);
    const lexEnts = byMerge['rules-first'].entities.filter((e) => (e.evidence ?? []).some((v) => v.startsWith('lexicon:')));
    expect(lexEnts.length).toBeGreaterThan(0);
    for (const e of lexEnts) expect(byMerge['lexicon-first'].entities.map((x) => x.key)).toContain(e.key);
  });
});

describe('run averaging', () => {
  it('averages the weights of runs with consecutive seeds, deterministically', () => {
    const train = readConll(join(FIX, 'train.conll'));
    const o = { epochs: 3, features: { bits: 14, lexicon: false } };
    const avg = trainNer(train, { ...o, seed: 3, average: 2 });
    const a = trainNer(train, { ...o, seed: 3 });
    const b = trainNer(train, { ...o, seed: 4 });
    let nz = 0;
    for (let k = 0; k < avg.W.length; k++) {
      const want = Math.fround(Math.fround(a.W[k] + b.W[k]) / 2);
      if (avg.W[k] !== want) throw new Error(`W[${k}] = ${avg.W[k]}, expected ${want}`);
      if (a.W[k] !== b.W[k]) nz++;
    }
    expect(nz).toBeGreaterThan(0); // the two runs differ, so the average is a real mix
    expect(avg.meta.averagedRuns).toBe(2);
    const again = trainNer(train, { ...o, seed: 3, average: 2 });
    expect(Buffer.compare(serializeModel(again), serializeModel(avg))).toBe(0);
  });
});
