// Tagging speed of two feature configurations on the same data, interleaved (the machine is shared, so the
// two are measured under the same load): tokens per CPU-second, warm. Trains on ANERcorp train[:90%] and
// tags the last 10% (dev carve-out), never a test split.
//   node --import tsx scripts/ner/speed.ts ['{"trainGaz":0}'] ['{"trainGaz":5}']
// Keys algo, l2, lr and epochs of a configuration are training options (e.g. '{"algo":"crf","epochs":5}');
// it also prints each model's training CPU-seconds and file size.
import { join } from 'node:path';
import { readConll } from '../../src/ner/conll.ts';
import { serializeModel, tagSentences, trainNer } from '../../src/ner/model.ts';

const BENCH = process.env.ISNAD_BENCH_DIR ?? '/work/shared/benchmarks/ner';
const train = readConll(join(BENCH, 'anercorp/train.conll'));
const cut = Math.round(train.length * 0.9);
const dev = train.slice(cut).map((s) => s.tokens);
const configs = [process.argv[2] ?? '{"trainGaz":0}', process.argv[3] ?? '{"trainGaz":5}'];
const models = configs.map((c) => {
  const { algo, l2, lr, epochs, ...features } = JSON.parse(c);
  const c0 = process.cpuUsage();
  const m = trainNer(train.slice(0, cut), { epochs: epochs ?? 4, seed: 1, wordDropout: algo === 'crf' ? 0 : 0.2, features, algo, l2, lr });
  const d = process.cpuUsage(c0);
  console.log(`${c}: trained in ${((d.user + d.system) / 1e6).toFixed(1)} CPU-s, model file ${(serializeModel(m).length / 1024).toFixed(0)} KiB`);
  return m;
});
const n = dev.reduce((a, s) => a + s.length, 0);
const cpu = [0, 0];
for (const m of models) tagSentences(m, dev); // warm caches
for (let r = 0; r < 5; r++) {
  models.forEach((m, k) => {
    const c0 = process.cpuUsage();
    tagSentences(m, dev);
    const d = process.cpuUsage(c0);
    cpu[k] += (d.user + d.system) / 1e6;
  });
}
configs.forEach((c, k) => console.log(`${c}: ${Math.round((5 * n) / cpu[k]).toLocaleString('en')} tokens per CPU-second`));
