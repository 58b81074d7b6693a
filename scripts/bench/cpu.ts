// CPU time (user+system, this process only) of the analysis loop over the example corpus, per stage, best of
// R runs: stable on a loaded machine where wall-clock is not. Usage: node --import tsx scripts/bench/cpu.ts [REPS] [RUNS]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, STAGES } from '../../src/analyze.ts';
import { readSidecar } from '../../src/input/index.ts';

const root = new URL('../../', import.meta.url).pathname;
const exDir = join(root, 'examples');
const corpus = readdirSync(exDir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => ({ text: readFileSync(join(exDir, f), 'utf8'), meta: readSidecar(join(exDir, f)) }));
const reps = Number(process.argv[2] ?? 10);
const runs = Number(process.argv[3] ?? 3);
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
// warm-up: the first passes run unoptimised code (JIT); WARM passes, 5 by default
for (let w = 0; w < Number(process.env.WARM ?? 5); w++) for (const a of corpus) analyze(a);
let best = Infinity;
const all: number[] = [];
for (let r = 0; r < runs; r++) {
  const c0 = cpu();
  for (let k = 0; k < reps; k++) for (const a of corpus) analyze(a);
  const ms = cpu() - c0;
  all.push(ms);
  best = Math.min(best, ms);
}
const n = reps * corpus.length;
console.log(`${n} articles per run; CPU ms per article: best ${(best / n).toFixed(3)}, runs ${all.map((x) => (x / n).toFixed(3)).join(' ')}`);
// per-stage split (CPU-thread wall time, proportional only); QUIET=1 skips it
if (process.env.QUIET) process.exit(0);
const t: Record<string, number> = {};
for (let k = 0; k < reps; k++) for (const a of corpus) analyze(a, { timings: t });
const tot = STAGES.reduce((s, st) => s + (t[st] ?? 0), 0);
console.log(STAGES.map((st) => `${st} ${((100 * (t[st] ?? 0)) / tot).toFixed(0)}%`).join(', '));
