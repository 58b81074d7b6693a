// Dev measurement for the learned tagger (not a test, not the benchmark): the mean exact-span F1 over three
// carve-outs of ANERcorp train (last 10%, 80–90%, 70–80%). Each model trains on the rest of train with the
// benchmark's settings (best of 12 epochs on the carve-out, 3 averaged runs, word dropout 0.2). Test
// splits are never read.
//   node --import tsx scripts/ner/dev.ts [--label NAME] [--features '{"trainGaz":5}'] [--stack N] [--cuts 0,1,2]
//        [--algo perceptron|crf] [--l2 X] [--lr X] [--epochs N] [--dropout P] [--average N]
// Training time is reported in CPU-seconds of this process (the machine is shared).
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConll } from '../../src/ner/conll.ts';
import { tagSentences, trainNer } from '../../src/ner/model.ts';
import { scoreNer } from '../../src/ner/score.ts';
import { readClusterText } from '../../src/ner/cluster-text.ts';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const BENCH = arg('--bench-dir') ?? process.env.ISNAD_BENCH_DIR ?? '/work/shared/benchmarks/ner';
const label = arg('--label') ?? 'default';
const features = JSON.parse(arg('--features') ?? '{}');
const stack = Number(arg("--stack") ?? 0);
const seed = Number(arg("--seed") ?? 1);
const average = Number(arg('--average') ?? 3);
const algo = (arg('--algo') ?? 'perceptron') as 'perceptron' | 'crf';
const l2 = arg('--l2') !== undefined ? Number(arg('--l2')) : undefined;
const lr = arg('--lr') !== undefined ? Number(arg('--lr')) : undefined;
const avgFrom = arg('--crf-average-from') !== undefined ? Number(arg('--crf-average-from')) : undefined;
const epochs = Number(arg('--epochs') ?? 12);
const dropout = Number(arg('--dropout') ?? 0.2);
const CUTS: [number, number][] = [[0.9, 1], [0.8, 0.9], [0.7, 0.8]];
const which = (arg('--cuts') ?? '0,1,2').split(',').map(Number);
const train = readConll(join(BENCH, 'anercorp/train.conll'));
// with --features '{"clusters":2}' the trainer builds word clusters from its training text (the rest of train, never
// the carve-out) plus the unlabelled --cluster-text files or directories (comma-separated; .conll or raw text; the
// reader `isnad train ner --cluster-text` uses)
const clusterText = readClusterText((arg('--cluster-text') ?? '').split(',').filter(Boolean)).sentences;
const log = (s: string) => process.stderr.write(s + '\n');

const f1s: number[] = [];
// diagnostic: F1 when decoding with an O penalty (model.oPenalty) — the CRF trades recall for precision
const PENALTIES = [0.25, 0.5, 0.75, 1];
const penF1s: number[][] = PENALTIES.map(() => []);
const rows: string[] = [];
for (const c of which) {
  const [a, b] = CUTS[c];
  const lo = Math.round(train.length * a), hi = Math.round(train.length * b);
  const dev = train.slice(lo, hi);
  const rest = [...train.slice(0, lo), ...train.slice(hi)];
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const m = trainNer(rest, { epochs, firstEpochs: 12, seed, dev, wordDropout: dropout, stack, average, features, clusterText, algo, l2, lr, crfAverageFrom: avgFrom, log: process.env.ISNAD_DEV_VERBOSE ? log : () => {} });
  const cu = process.cpuUsage(c0);
  const cpu = (cu.user + cu.system) / 1e6;
  const t1 = performance.now();
  const toks = dev.reduce((n, s) => n + s.tokens.length, 0);
  const pred = tagSentences({ ...m, selfCache: undefined }, dev.map((s) => s.tokens)).map((r) => r.tags);
  const tagS = (performance.now() - t1) / 1000;
  const sc = scoreNer(dev.map((s) => s.tags), pred);
  const per = ['PER', 'LOC', 'ORG', 'MISC'].map((t) => `${t} ${(100 * (sc.byType[t]?.f1 ?? 0)).toFixed(1)}`).join(' ');
  const line = `cut ${a}-${b}: F1 ${(100 * sc.overall.f1).toFixed(2)} (P ${(100 * sc.overall.precision).toFixed(1)} R ${(100 * sc.overall.recall).toFixed(1)}; ${per}) epoch ${m.meta.bestEpoch}, train ${((t1 - t0) / 1000).toFixed(0)}s (${cpu.toFixed(0)} CPU-s), tag ${Math.round(toks / tagS)} tok/s (cold)`;
  const pen = PENALTIES.map((p, j) => {
    const pp = tagSentences({ ...m, oPenalty: p }, dev.map((s) => s.tokens)).map((r) => r.tags);
    const f = 100 * scoreNer(dev.map((s) => s.tags), pp).overall.f1;
    penF1s[j].push(f);
    return `${p}: ${f.toFixed(2)}`;
  });
  const line2 = `  O penalty ${pen.join(', ')}`;
  log(line + '\n' + line2);
  rows.push(line, line2);
  f1s.push(100 * sc.overall.f1);
}
const mean = f1s.reduce((x, y) => x + y, 0) / f1s.length;
const summary = `${new Date().toISOString()} ${label} algo=${algo}${algo === 'crf' ? ` l2=${l2 ?? 'default'} lr=${lr ?? 'default'} avgFrom=${avgFrom ?? 'default'}` : ''} epochs<=${epochs} dropout=${dropout} features=${JSON.stringify(features)} stack=${stack} average=${average} seed=${seed}: mean F1 ${mean.toFixed(2)} [${f1s.map((f) => f.toFixed(2)).join(', ')}]`;
console.log(summary);
const penSummary = `  O penalty sweep (means): ${PENALTIES.map((p, j) => `${p}: ${(penF1s[j].reduce((x, y) => x + y, 0) / penF1s[j].length).toFixed(2)}`).join(', ')}`;
console.log(penSummary);
appendFileSync('/tmp/isnad-ner-dev.log', summary + '\n' + penSummary + '\n' + rows.map((r) => '  ' + r).join('\n') + '\n');
