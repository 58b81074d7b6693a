// NER benchmark (not a test): trains the learned tagger on ANERcorp train (into a temp dir — a model trained
// on benchmark data is never shipped) and scores rules / learned / combined on the test sets under
// /work/shared/benchmarks/ner. Epochs are chosen on a dev carve-out (last 10% of ANERcorp train), never on test.
//   npm run bench:ner [-- --bench-dir DIR] [--epochs N] [--no-lexicon]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConll, type ConllSentence } from '../src/ner/conll.ts';
import { readModelFile, saveModel, tagSentences, trainNer, type NerModel } from '../src/ner/model.ts';
import { scoreNer, type NerScore } from '../src/ner/score.ts';
import { predictSentences, type NerSystem } from '../src/ner/systems.ts';
import { normalize } from '../src/text/normalize.ts';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const BENCH = arg('--bench-dir') ?? process.env.ISNAD_BENCH_DIR ?? '/work/shared/benchmarks/ner';
const lexicon = !args.includes('--no-lexicon');
const SEED = 1;
const DROPOUT = 0.2;
const STACK = 4;
const log = (s: string) => process.stderr.write(s + '\n');

const anerTrain = readConll(join(BENCH, 'anercorp/train.conll'));

// 1. choose the number of epochs on a dev carve-out of ANERcorp train
let epochs = Number(arg('--epochs') ?? 0);
if (!epochs) {
  const cut = Math.round(anerTrain.length * 0.9);
  log(`choosing epochs on ANERcorp train[${cut}:] (dev carve-out)`);
  const m = trainNer(anerTrain.slice(0, cut), { epochs: 12, seed: SEED, dev: anerTrain.slice(cut), wordDropout: DROPOUT, stack: STACK, features: { lexicon }, log });
  epochs = Number(m.meta.bestEpoch);
}

// 2. train on all of ANERcorp train with that many epochs, through a model file in a temp dir
const tmp = mkdtempSync(join(tmpdir(), 'isnad-bench-ner-'));
const t0 = performance.now();
const trained = trainNer(anerTrain, { epochs, seed: SEED, wordDropout: DROPOUT, stack: STACK, features: { lexicon }, log });
const trainSeconds = (performance.now() - t0) / 1000;
const modelPath = join(tmp, 'anercorp.isnadner');
const modelBytes = saveModel(trained, modelPath);
const model: NerModel = readModelFile(modelPath);
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
log(`trained ${epochs} epochs on ${anerTrain.length} sentences in ${trainSeconds.toFixed(1)}s; model ${(modelBytes / 1024).toFixed(0)} KiB`);

// 3. NewsFANE test minus sentences whose text occurs in ANERcorp train (NewsFANE re-annotates ANERcorp text)
const squash = (tokens: string[]) => normalize(tokens.join('')).replace(/[^\p{L}\p{N}]/gu, '');
const anerText = anerTrain.map((s) => squash(s.tokens)).join('');
const anerSents = new Set(anerTrain.map((s) => squash(s.tokens)));
const fane = readConll(join(BENCH, 'newsfane/test.conll'));
const faneClean = fane.filter((s) => {
  const k = squash(s.tokens);
  if (k.length === 0) return true;
  return !(anerSents.has(k) || (k.length >= 20 && anerText.includes(k)));
});
const removed = fane.length - faneClean.length;
log(`NewsFANE test: removed ${removed} of ${fane.length} sentences found in ANERcorp train`);

interface Row { system: string; dataset: string; score: NerScore; misc?: NerScore }
const rows: Row[] = [];
const speeds: Record<string, number> = {};
const sets: { name: string; data: ConllSentence[]; types?: string[]; miscApart?: boolean }[] = [
  { name: 'ANERcorp test (repaired)', data: readConll(join(BENCH, 'anercorp/test.conll')) },
  { name: 'ANERcorp test (CAMeL verbatim)', data: readConll(join(BENCH, 'anercorp/test.camellab_verbatim.conll')) },
  { name: 'AQMAR test', data: readConll(join(BENCH, 'aqmar/test.conll')), types: ['PER', 'LOC', 'ORG'], miscApart: true },
  { name: `NewsFANE test (−${removed} overlap)`, data: faneClean },
];
const systems: NerSystem[] = ['rules', 'model', 'combined', 'model-first'];
for (const sys of systems) {
  for (const set of sets) {
    const toks = set.data.map((s) => s.tokens);
    const gold = set.data.map((s) => s.tags);
    const t1 = performance.now();
    const pred = predictSentences(toks, sys, model, modelPath);
    const secs = (performance.now() - t1) / 1000;
    const n = toks.reduce((a, t) => a + t.length, 0);
    if (set.name.startsWith('ANERcorp test (rep')) speeds[sys] = n / secs;
    rows.push({ system: sys, dataset: set.name, score: scoreNer(gold, pred, set.types), misc: set.miscApart ? scoreNer(gold, pred, ['MISC']) : undefined });
  }
}
// tagging speed of the learned tagger alone (warm, one core): tokens per second over ANERcorp test
{
  const test = sets[0].data.map((s) => s.tokens);
  tagSentences(model, test);
  const t1 = performance.now();
  let n = 0;
  for (let r = 0; r < 3; r++) { tagSentences(model, test); for (const s of test) n += s.length; }
  speeds.model = n / ((performance.now() - t1) / 1000);
}

const f = (x: number) => (100 * x).toFixed(1);
const name: Record<string, string> = { rules: 'rules only (src/entities)', model: 'learned (stacked perceptron)', combined: 'rules + learned (analyser: rules first)', 'model-first': 'learned + rules (learned first)' };
const out: string[] = [];
out.push(`Trained on ANERcorp train (${anerTrain.length} sentences), ${epochs} epochs (chosen on a 10% dev carve-out), word dropout ${DROPOUT}, stacked (${STACK}-fold jackknife), context blocks of 20 sentences, lexicon features ${lexicon ? 'on' : 'off'}; exact-span conlleval P/R/F1 (%).`);
out.push('');
out.push('| system | dataset | P | R | F1 | PER | LOC | ORG | MISC | tokens/s |');
out.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  const t = r.score.byType;
  const misc = r.misc ? r.misc.byType.MISC : t.MISC;
  const o = r.score.overall;
  const speed = r.dataset.startsWith('ANERcorp test (rep') ? Math.round(speeds[r.system]).toLocaleString('en') : '';
  out.push(`| ${name[r.system]} | ${r.dataset}${r.misc ? ' (P/R/F1 over PER/LOC/ORG; MISC apart)' : ''} | ${f(o.precision)} | ${f(o.recall)} | ${f(o.f1)} | ${t.PER ? f(t.PER.f1) : '–'} | ${t.LOC ? f(t.LOC.f1) : '–'} | ${t.ORG ? f(t.ORG.f1) : '–'} | ${misc ? f(misc.f1) : '–'} | ${speed} |`);
}
out.push('| AraBERT v0.1 / CAMeLBERT (published) | ANERcorp test (CAMeL verbatim) | | | 83.1 | | | | | |');
out.push('');
out.push(`Learned tagger alone: ${Math.round(speeds.model).toLocaleString('en')} tokens/s (one core, warm). Training: ${trainSeconds.toFixed(1)}s. NewsFANE test: ${removed} of ${fane.length} sentences removed as ANERcorp-train overlap.`);
process.stdout.write(out.join('\n') + '\n');
