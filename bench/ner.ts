// NER benchmark (not a test): trains the learned tagger on ANERcorp train (into a temp dir — a model trained
// on benchmark data is never shipped) and scores rules / learned / combined on the test sets under
// /work/shared/benchmarks/ner. Epochs are chosen on a dev carve-out (last 10% of ANERcorp train), never on test.
//   npm run bench:ner [-- --bench-dir DIR] [--epochs N] [--no-lexicon] [--no-lex-parts] [--average N] [--ngram N] [--stack N]
//                        [--train-gaz N] [--algo perceptron|crf] [--l2 X] [--lr X] [--dropout P] [--no-dict] [--clusters N]
//                        [--mix-crf A (default 0.5; 0 = perceptron alone)] [--encoding bio|bioes] [--cluster-ctx]   (session 7, docs/ner.md)
//                        [--name-like] [--entity-dropout Q]   (session 8, docs/ner.md)
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConll, type ConllSentence } from '../src/ner/conll.ts';
import { DEFAULT_FEATURES } from '../src/ner/features.ts';
import { loadNerLexicon } from '../src/ner/lexicon.ts';
import { loadArabicDict } from '../src/ner/dict.ts';
import { CLUSTER_KS, readSentences } from '../src/ner/clusters.ts';
import { CRF_DEFAULTS, readModelFile, saveModel, tagSentences, trainNer, type NerAlgo, type NerModel } from '../src/ner/model.ts';
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
// training algorithm of the tagger (src/ner/model.ts perceptron or src/ner/crf.ts CRF)
const ALGO = (arg('--algo') ?? 'perceptron') as NerAlgo;
if (ALGO !== 'perceptron' && ALGO !== 'crf') throw new Error(`--algo must be perceptron or crf`);
const L2 = Number(arg('--l2') ?? CRF_DEFAULTS.l2);
const LR = Number(arg('--lr') ?? CRF_DEFAULTS.lr);
const CRF = ALGO === 'crf' ? { algo: ALGO, l2: L2, lr: LR } : {};
const DROPOUT = Number(arg('--dropout') ?? (ALGO === 'crf' ? CRF_DEFAULTS.dropout : 0.2));
// stacking (first-stage tags as features, 4-fold jackknife) stopped paying once the gazetteers of
// data/entities/gazetteer/ came in (dev carve-outs: single stage 81.0, stacked 80.6): off by default
const STACK = Number(arg('--stack') ?? 0);
// features of the words of multi-word lexicon entries (a surname alone): on by default since session 3
const lexParts = !args.includes('--no-lex-parts');
// the first stage (stacked models) always trains this many epochs; the dev carve-out chooses the last stage's
const FIRST_EPOCHS = 12;
// weights of the final stage averaged over this many runs (a cheap ensemble, free at tagging time)
// (CRF: one run — its weights are already averaged over epochs, and three runs would pass the 2-minute budget)
const AVERAGE = Number(arg('--average') ?? (ALGO === 'crf' ? 1 : 3));
// character n-grams of the stem (the feature default; `--ngram 0` measures without them)
const NGRAM = Number(arg('--ngram') ?? DEFAULT_FEATURES.ngram);
// gazetteer harvested from the training labels, jackknifed over this many folds (session 4; 0 = off)
const TRAIN_GAZ = Number(arg('--train-gaz') ?? DEFAULT_FEATURES.trainGaz ?? 0);
// Arabic dictionary features (session 6, src/ner/dict.ts over data/ner/arabic-words.txt from hunspell-ar;
// `--no-dict` measures without them)
const DICT = !args.includes('--no-dict');
// Word clusters (session 6, src/ner/clusters.ts; `--clusters 0` measures without): built by the trainer from its
// training text plus unlabelled text that holds no test split — AQMAR dev and the project's own article texts
// (examples/, dev/, gold/ *.txt, raw text only). Granularities used: the first N of 32 and 256.
const CLUSTERS = Number(arg('--clusters') ?? 2);
const ROOT = join(import.meta.dirname, '..');
const ownTexts = (): string[] => {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.txt') && !/^readme/i.test(e.name)) out.push(join(d, e.name));
    }
  };
  for (const d of ['examples', 'dev', 'gold']) if (existsSync(join(ROOT, d))) walk(join(ROOT, d));
  return out;
};
const clusterFiles = CLUSTERS ? [join(BENCH, 'aqmar/dev.conll'), ...ownTexts()] : [];
const clusterText = clusterFiles.flatMap((f) => readSentences(f));
// session 7 (docs/ner.md): BIOES encoding, perceptron+CRF weight mix, finer cluster context of the neighbours
const ENCODING = (arg('--encoding') ?? 'bio') as 'bio' | 'bioes';
if (ENCODING !== 'bio' && ENCODING !== 'bioes') throw new Error('--encoding must be bio or bioes');
// adopted in session 7 (dev +0.43 over three seeds): the perceptron's weights mixed half and half with a CRF's;
// `--mix-crf 0` measures the perceptron alone
const MIX_CRF = Number(arg('--mix-crf') ?? (ALGO === 'crf' ? 0 : 0.5));
const CLUSTER_CTX = args.includes('--cluster-ctx');
// session 8 (docs/ner.md): name-likeness features (src/ner/namelike.ts) and entity dropout in training
const NAME_LIKE = args.includes('--name-like') && !args.includes('--no-name-like');
const ENTITY_DROPOUT = Number(arg('--entity-dropout') ?? 0);
const FEATURES = { lexicon, ngram: NGRAM, lexParts, trainGaz: TRAIN_GAZ, dict: DICT, clusters: CLUSTERS, ...(CLUSTER_CTX ? { clusterCtx: true } : {}), ...(NAME_LIKE ? { nameLike: true } : {}) };
const S7 = { encoding: ENCODING, ...(MIX_CRF > 0 ? { mixCrf: MIX_CRF } : {}), ...(ENTITY_DROPOUT > 0 ? { entityDropout: ENTITY_DROPOUT } : {}) };
const log = (s: string) => process.stderr.write(s + '\n');
// Speeds are tokens per CPU-second of this process (user + system): on the shared machine wall-clock time
// mostly measures the other jobs' load.
const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1e6;
};


const anerTrain = readConll(join(BENCH, 'anercorp/train.conll'));

// 1. choose the number of epochs on a dev carve-out of ANERcorp train
let epochs = Number(arg('--epochs') ?? 0);
let devScore: NerScore | null = null;
if (!epochs) {
  const cut = Math.round(anerTrain.length * 0.9);
  log(`choosing epochs on ANERcorp train[${cut}:] (dev carve-out)`);
  const dev = anerTrain.slice(cut);
  const m = trainNer(anerTrain.slice(0, cut), { epochs: 12, firstEpochs: FIRST_EPOCHS, seed: SEED, dev, wordDropout: DROPOUT, stack: STACK, average: AVERAGE, features: FEATURES, clusterText, ...CRF, ...S7, log });
  epochs = Number(m.meta.bestEpoch);
  // the mixed CRF's epoch count is chosen on the same carve-out
  if (MIX_CRF > 0 && m.meta.mixCrfEpochs) Object.assign(S7, { mixCrfEpochs: Number(m.meta.mixCrfEpochs) });
  devScore = scoreNer(dev.map((s) => s.tags), tagSentences(m, dev.map((s) => s.tokens)).map((r) => r.tags));
}

// 2. train on all of ANERcorp train with that many epochs, through a model file in a temp dir
const tmp = mkdtempSync(join(tmpdir(), 'isnad-bench-ner-'));
const t0 = performance.now();
const ct0 = process.cpuUsage();
const trained = trainNer(anerTrain, { epochs, firstEpochs: FIRST_EPOCHS, seed: SEED, wordDropout: DROPOUT, stack: STACK, average: AVERAGE, features: FEATURES, clusterText, ...CRF, ...S7, log });
const trainSeconds = (performance.now() - t0) / 1000;
const trainCpu = cpuSeconds(ct0);
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
const systems: NerSystem[] = ['rules', 'model', 'combined', 'lexicon-first', 'model-first'];
const load0 = loadavg()[0];
for (const sys of systems) {
  for (const set of sets) {
    const toks = set.data.map((s) => s.tokens);
    const gold = set.data.map((s) => s.tags);
    const c1 = process.cpuUsage();
    const pred = predictSentences(toks, sys, model, modelPath);
    const secs = cpuSeconds(c1);
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
  const c1 = process.cpuUsage();
  let n = 0;
  for (let r = 0; r < 3; r++) { tagSentences(model, test); for (const s of test) n += s.length; }
  speeds.model = n / cpuSeconds(c1);
  speeds.modelWall = n / ((performance.now() - t1) / 1000);
}

const f = (x: number) => (100 * x).toFixed(1);
const learnedName = ALGO === 'crf' ? (STACK >= 2 ? 'stacked CRF' : 'linear-chain CRF') : (STACK >= 2 ? 'stacked perceptron' : MIX_CRF > 0 ? 'perceptron + CRF mix' : 'averaged perceptron');
const name: Record<string, string> = {
  rules: 'rules only (src/entities)', model: `learned (${learnedName})`, combined: 'rules + learned (analyser default: rules first)',
  'lexicon-first': 'rules + learned (lexicon first)', 'model-first': 'rules + learned (learned first)',
};
const out: string[] = [];
out.push(`Trained on ANERcorp train (${anerTrain.length} sentences), ${ALGO === 'crf' ? `linear-chain CRF (L2 ${L2}, AdaGrad rate ${LR}, weights averaged over the epoch ends from epoch ${CRF_DEFAULTS.averageFrom}), ` : MIX_CRF > 0 ? `averaged perceptron mixed with a linear-chain CRF (weight ${MIX_CRF}, ${model.meta.mixCrfEpochs} CRF epochs; one weight vector), ` : 'averaged perceptron, '}${ENCODING === 'bioes' ? 'BIOES tags, ' : ''}${STACK >= 2 ? `stacked (${STACK}-fold jackknife, ${FIRST_EPOCHS} first-stage epochs), ` : 'single stage, '}${epochs} epochs (chosen on a 10% dev carve-out), word dropout ${DROPOUT}${ENTITY_DROPOUT > 0 ? `, entity dropout ${ENTITY_DROPOUT}` : ''}, ${AVERAGE > 1 ? `final stage averaged over ${AVERAGE} runs` : 'one run'}, character n-grams 2–${NGRAM}, context blocks of 20 sentences, lexicon features ${lexicon ? `on (${loadNerLexicon().files.length} sources, ${loadNerLexicon().size} entries${lexParts ? ', with parts of multi-word entries' : ''})` : 'off'}${DICT ? `, Arabic dictionary features (${loadArabicDict().size.toLocaleString('en')} hunspell-ar lemmas, data/ner/arabic-words.txt)` : ''}${CLUSTERS ? `, word clusters (k = ${CLUSTER_KS.slice(0, CLUSTERS).join(', ')}; ${model.clusters?.size.toLocaleString('en') ?? 0} stems from ANERcorp train, AQMAR dev and ${clusterFiles.length - 1} own article texts)` : ''}${NAME_LIKE ? `, name-likeness features (naive Bayes over character 2–5-grams; ${(model.meta.nameLikeWords as number[] | undefined)?.slice(1).reduce((a, b) => a + b, 0).toLocaleString('en') ?? '?'} lexicon name words against ${(model.meta.nameLikeWords as number[] | undefined)?.[0]?.toLocaleString('en') ?? '?'} dictionary words)` : ''}${TRAIN_GAZ ? `, gazetteer of the training labels (${model.gaz?.entries.length ?? 0} entries, ${TRAIN_GAZ}-fold jackknife in training)` : ''}; exact-span conlleval P/R/F1 (%).`);
out.push('');
out.push('| system | dataset | P | R | F1 | PER | LOC | ORG | MISC | tokens/CPU-s |');
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
out.push(`Learned tagger alone: ${Math.round(speeds.model).toLocaleString('en')} tokens per CPU-second (one core, warm; ${Math.round(speeds.modelWall).toLocaleString('en')} tokens/s wall-clock). Training: ${trainSeconds.toFixed(1)}s wall-clock, ${trainCpu.toFixed(1)} CPU-seconds. NewsFANE test: ${removed} of ${fane.length} sentences removed as ANERcorp-train overlap. Machine load average (1 min) ${load0.toFixed(1)} during scoring, ${loadavg()[0].toFixed(1)} at the end (2 cores).`);
if (devScore) {
  const t = devScore.byType;
  out.push(`Dev carve-out (last 10% of ANERcorp train, model trained on the first 90%, best of 12 epochs, then averaged): P ${f(devScore.overall.precision)} R ${f(devScore.overall.recall)} F1 ${f(devScore.overall.f1)}; ` +
    ['PER', 'LOC', 'ORG', 'MISC'].map((k) => `${k} ${t[k] ? f(t[k].f1) : '–'}`).join(', ') + '.');
}
process.stdout.write(out.join('\n') + '\n');

// the compact table of README.md's Accuracy section (F1 only, same rows)
const readme: string[] = ['', 'README table:', ''];
readme.push(`| system | ${sets.map((s) => s.name.replace(/ \(−\d+ overlap\)/, '')).join(' | ')} |`);
readme.push(`| --- |${sets.map(() => ' ---: |').join('')}`);
const short: Record<string, string> = {
  rules: 'rules only (lexicons + grammar)', model: `learned (${ALGO === 'crf' || MIX_CRF > 0 ? learnedName : STACK >= 2 ? 'stacked averaged perceptron' : 'averaged perceptron'})`, combined: 'combined, rules first (the analyser with `--model`)',
  'lexicon-first': 'combined, lexicon first', 'model-first': 'combined, learned first',
};
for (const sys of systems) {
  const cells = sets.map((set) => {
    const r = rows.find((x) => x.system === sys && x.dataset === set.name)!;
    const v = f(r.score.overall.f1);
    return sys === 'model' && set === sets[0] ? `**${v}**` : v;
  });
  readme.push(`| ${short[sys]} | ${cells.join(' | ')} |`);
}
readme.push(`| AraBERT / CAMeLBERT (published reference) | | 83.1 | | |`);
process.stdout.write(readme.join('\n') + '\n');
