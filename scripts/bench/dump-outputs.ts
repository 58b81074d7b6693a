// Writes the full analysis JSON of every article in examples/, dev/events/, dev/unseen/** and gold/ (with its
// meta sidecar) to one file per article under the given directory, so that a performance change can be proven
// output-neutral with compare-outputs.ts. Usage: node --import tsx scripts/bench/dump-outputs.ts OUT_DIR
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyze } from '../../src/analyze.ts';
import { readSidecar } from '../../src/input/index.ts';

const root = new URL('../../', import.meta.url).pathname;
const out = process.argv[2];
if (!out) throw new Error('usage: dump-outputs.ts OUT_DIR');
mkdirSync(out, { recursive: true });

function txtFiles(dir: string, deep: boolean): string[] {
  const res: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) { if (deep) res.push(...txtFiles(p, deep)); }
    else if (f.endsWith('.txt')) res.push(p);
  }
  return res;
}
const files = [
  ...txtFiles(join(root, 'examples'), false),
  ...txtFiles(join(root, 'dev/events'), false),
  ...txtFiles(join(root, 'dev/unseen'), true),
  ...txtFiles(join(root, 'gold'), false),
];
for (const f of files) {
  const a = analyze({ text: readFileSync(f, 'utf8'), meta: readSidecar(f) });
  writeFileSync(join(out, relative(root, f).replaceAll('/', '__') + '.json'), JSON.stringify(a, null, 1) + '\n');
}
console.log(`${files.length} analyses written to ${out}`);
