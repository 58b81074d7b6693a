// Byte-for-byte comparison of two directories written by dump-outputs.ts; exits non-zero on any difference.
// Usage: node --import tsx scripts/bench/compare-outputs.ts BEFORE_DIR AFTER_DIR
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [a, b] = process.argv.slice(2);
if (!a || !b) throw new Error('usage: compare-outputs.ts BEFORE_DIR AFTER_DIR');
const fa = readdirSync(a).sort();
const fb = readdirSync(b).sort();
let diff = 0;
if (fa.join('\n') !== fb.join('\n')) { console.log('file lists differ'); diff++; }
let same = 0;
for (const f of fa) {
  if (!fb.includes(f)) continue;
  const x = readFileSync(join(a, f));
  const y = readFileSync(join(b, f));
  if (x.equals(y)) { same++; continue; }
  diff++;
  const xl = x.toString().split('\n');
  const yl = y.toString().split('\n');
  const k = xl.findIndex((l, i) => l !== yl[i]);
  console.log(`DIFF ${f} at line ${k + 1}:\n  - ${xl[k]?.slice(0, 200)}\n  + ${yl[k]?.slice(0, 200)}`);
}
console.log(`${same} identical, ${diff} different (of ${fa.length})`);
process.exit(diff ? 1 : 0);
