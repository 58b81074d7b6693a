// Dev measurement for the learned tagger (not a test, not the benchmark): the mean exact-span F1 over three
// carve-outs of ANERcorp train (last 10%, 80–90%, 70–80%). Each model trains on the rest of train with the
// benchmark's settings (best of 12 epochs on the carve-out, 3 averaged runs, word dropout 0.2). Test
// splits are never read.
//   node --import tsx scripts/ner/dev.ts [--label NAME] [--features '{"trainGaz":5}'] [--stack N] [--cuts 0,1,2]
//        [--entity-dropout Q [--entity-dropout-mode all|identity]] [--algo perceptron|crf] [--l2 X] [--lr X] [--epochs N] [--dropout P] [--average N]
// Training time is reported in CPU-seconds of this process (the machine is shared).
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConll } from '../../src/ner/conll.ts';
import { tagSentences, trainNer } from '../../src/ner/model.ts';
import { chunksOf, scoreNer } from '../../src/ner/score.ts';
import { normalize } from '../../src/text/normalize.ts';
import { stripProclitics } from '../../src/ner/stem.ts';
import { readClusterText } from '../../src/ner/cluster-text.ts';
import { CLUSTER_KS, buildClusters } from '../../src/ner/clusters.ts';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};
const BENCH = arg('--bench-dir') ?? process.env.ISNAD_BENCH_DIR ?? '/work/shared/benchmarks/ner';
const label = arg('--label') ?? 'default';
const features = JSON.parse(arg('--features') ?? '{}');
const stack = Number(arg("--stack") ?? 0);
// --seeds 1,2,3 runs every seed in one process (word clusters built once per carve-out and reused)
const seeds = (arg('--seeds') ?? arg('--seed') ?? '1').split(',').map(Number);
const average = Number(arg('--average') ?? 3);
const algo = (arg('--algo') ?? 'perceptron') as 'perceptron' | 'crf';
const l2 = arg('--l2') !== undefined ? Number(arg('--l2')) : undefined;
const lr = arg('--lr') !== undefined ? Number(arg('--lr')) : undefined;
const avgFrom = arg('--crf-average-from') !== undefined ? Number(arg('--crf-average-from')) : undefined;
const epochs = Number(arg('--epochs') ?? 12);
const dropout = Number(arg('--dropout') ?? 0.2);
const entityDropout = arg('--entity-dropout') !== undefined ? Number(arg('--entity-dropout')) : undefined;
const entityDropoutMode = arg('--entity-dropout-mode') as 'all' | 'identity' | undefined;
const mixCrf = arg('--mix-crf') !== undefined ? Number(arg('--mix-crf')) : undefined;
const encoding = arg('--encoding') as 'bio' | 'bioes' | undefined;
// --gap G: also leave out of training the G fraction of train on each side of the carve-out (neighbouring documents
// of the same stories and period), so the carve-out shares fewer names with the training text — as the test does
const gap = Number(arg('--gap') ?? 0);
const CUTS: [number, number][] = [[0.9, 1], [0.8, 0.9], [0.7, 0.8]];
const which = (arg('--cuts') ?? '0,1,2').split(',').map(Number);
const train = readConll(join(BENCH, 'anercorp/train.conll'));
// with --features '{"clusters":2}' the trainer builds word clusters from its training text (the rest of train, never
// the carve-out) plus the unlabelled --cluster-text files or directories (comma-separated; .conll or raw text; the
// reader `isnad train ner --cluster-text` uses)
const clusterText = readClusterText((arg('--cluster-text') ?? '').split(',').filter(Boolean)).sentences;
const log = (s: string) => process.stderr.write(s + '\n');

const clusterCache = new Map<number, Map<string, number[]>>();
const allMeans: number[] = [];
for (const seed of seeds) {
const f1s: number[] = [];
// diagnostic: F1 when decoding with an O penalty (model.oPenalty) — the CRF trades recall for precision
const PENALTIES = [0.25, 0.5, 0.75, 1];
const penF1s: number[][] = PENALTIES.map(() => []);
const rows: string[] = [];
const unseenR: number[] = [];
for (const c of which) {
  const [a, b] = CUTS[c];
  const lo = Math.round(train.length * a), hi = Math.round(train.length * b);
  const dev = train.slice(lo, hi);
  const g = Math.round(train.length * gap);
  const rest = [...train.slice(0, Math.max(0, lo - g)), ...train.slice(hi + g)];
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const key = c;
  if (features.clusters && !clusterCache.has(key)) clusterCache.set(key, buildClusters([...rest.filter((x) => x.tokens.length).map((x) => x.tokens), ...clusterText], CLUSTER_KS));
  const m = trainNer(rest, { prebuiltClusters: clusterCache.get(key), epochs, firstEpochs: 12, seed, dev, wordDropout: dropout, stack, average, features, clusterText, algo, l2, lr, crfAverageFrom: avgFrom, encoding, mixCrf, entityDropout, entityDropoutMode, log: process.env.ISNAD_DEV_VERBOSE ? log : () => {} });
  const cu = process.cpuUsage(c0);
  const cpu = (cu.user + cu.system) / 1e6;
  const t1 = performance.now();
  const toks = dev.reduce((n, s) => n + s.tokens.length, 0);
  const pred = tagSentences({ ...m, selfCache: undefined }, dev.map((s) => s.tokens)).map((r) => r.tags);
  const tagS = (performance.now() - t1) / 1000;
  const sc = scoreNer(dev.map((s) => s.tags), pred);
  const per = ['PER', 'LOC', 'ORG', 'MISC'].map((t) => `${t} ${(100 * (sc.byType[t]?.f1 ?? 0)).toFixed(1)}`).join(' ');
  // diagnostic (session 8): recall of the carve-out's entities whose string is / is not labelled (any type) in the
  // training part — the test's names are mostly unseen, so the unseen recall is the part of dev most like the test
  const keyOf = (toks: string[], st: number, en: number) => toks.slice(st, en).map((t, k) => { const n = normalize(t); return k === 0 ? stripProclitics(n).stem : n; }).join(' ');
  const seenKeys = new Set<string>();
  for (const s of rest) for (const ch of chunksOf(s.tags)) seenKeys.add(keyOf(s.tokens, ch.start, ch.end));
  const su = { seen: [0, 0], unseen: [0, 0] };
  dev.forEach((s, k) => {
    const p = new Set(chunksOf(pred[k]).map((ch) => `${ch.start}:${ch.end}:${ch.type}`));
    for (const ch of chunksOf(s.tags)) {
      const r = seenKeys.has(keyOf(s.tokens, ch.start, ch.end)) ? su.seen : su.unseen;
      r[1]++;
      if (p.has(`${ch.start}:${ch.end}:${ch.type}`)) r[0]++;
    }
  });
  const suLine = `recall seen ${(100 * su.seen[0] / su.seen[1]).toFixed(1)} (${su.seen[1]}), unseen ${(100 * su.unseen[0] / su.unseen[1]).toFixed(1)} (${su.unseen[1]})`;
  unseenR.push(100 * su.unseen[0] / su.unseen[1]);
  const line = `cut ${a}-${b}: ${suLine}; F1 ${(100 * sc.overall.f1).toFixed(2)} (P ${(100 * sc.overall.precision).toFixed(1)} R ${(100 * sc.overall.recall).toFixed(1)}; ${per}) epoch ${m.meta.bestEpoch}, train ${((t1 - t0) / 1000).toFixed(0)}s (${cpu.toFixed(0)} CPU-s), tag ${Math.round(toks / tagS)} tok/s (cold)${m.meta.mixDev ? ` mix ${JSON.stringify(m.meta.mixDev)}` : ''}`;
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
const summaryBase = `${new Date().toISOString()} ${label} algo=${algo}${algo === 'crf' ? ` l2=${l2 ?? 'default'} lr=${lr ?? 'default'} avgFrom=${avgFrom ?? 'default'}` : ''}${encoding ? ` encoding=${encoding}` : ''}${mixCrf ? ` mixCrf=${mixCrf}` : ''}${gap ? ` gap=${gap}` : ''}${entityDropout ? ` entityDropout=${entityDropout}${entityDropoutMode ? `/${entityDropoutMode}` : ''}` : ''} epochs<=${epochs} dropout=${dropout} features=${JSON.stringify(features)} stack=${stack} average=${average} seed=${seed}: mean F1 ${mean.toFixed(2)} [${f1s.map((f) => f.toFixed(2)).join(', ')}]`;
const summary = summaryBase + ` unseen-recall ${(unseenR.reduce((x, y) => x + y, 0) / unseenR.length).toFixed(2)}`;
console.log(summary);
const penSummary = `  O penalty sweep (means): ${PENALTIES.map((p, j) => `${p}: ${(penF1s[j].reduce((x, y) => x + y, 0) / penF1s[j].length).toFixed(2)}`).join(', ')}`;
console.log(penSummary);
appendFileSync('/tmp/isnad-ner-dev.log', summary + '\n' + penSummary + '\n' + rows.map((r) => '  ' + r).join('\n') + '\n');
allMeans.push(mean);
}
if (seeds.length > 1) {
  const line = `${label}: seeds ${seeds.join(',')}: [${allMeans.map((x) => x.toFixed(2)).join(', ')}] mean of means ${(allMeans.reduce((x, y) => x + y, 0) / allMeans.length).toFixed(2)}`;
  console.log(line);
  appendFileSync('/tmp/isnad-ner-dev.log', line + '\n');
}
