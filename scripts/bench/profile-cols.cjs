// Self samples per function of a .cpuprofile for files matching a pattern, with the function located in the
// esbuild output (tsx puts each module on one line, so V8's line numbers are all 1). Usage:
// node scripts/bench/profile-cols.cjs FILE.cpuprofile PATTERN [N]
const fs = require('fs');
const esb = require('esbuild');
const p = JSON.parse(fs.readFileSync(process.argv[2]));
const re = new RegExp(process.argv[3] ?? 'src/');
const N = Number(process.argv[4] ?? 30);
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const self = new Map();
const parent = new Map();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map();
for (const s of p.samples) {
  const seen = new Set();
  for (let id = s, first = true; id !== undefined; id = parent.get(id), first = false) {
    const cf = byId.get(id).callFrame;
    if (!re.test(cf.url)) continue;
    const k = cf.url + '|' + cf.columnNumber + '|' + cf.functionName;
    if (first) self.set(k, (self.get(k) || 0) + 1);
    if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) || 0) + 1); }
  }
}
const code = new Map();
const where = (k) => {
  const [url, col, name] = k.split('|');
  const file = url.replace(/^file:\/\//, '');
  if (!code.has(file)) {
    try { code.set(file, esb.transformSync(fs.readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm', keepNames: true, minifyWhitespace: true, target: 'node20' }).code.split('\n')[0]); } catch { code.set(file, ''); }
  }
  const c = code.get(file);
  return `${file.replace(/^.*main\//, '')} ${name || c.slice(Math.max(0, +col - 25), +col + 35)}`;
};
const T = p.samples.length;
for (const [title, m] of [['self', self], ['inclusive', incl]]) {
  console.log(`== ${title} of ${T}`);
  [...m].sort((a, b) => b[1] - a[1]).slice(0, N).forEach(([k, v]) => console.log(`${(100 * v / T).toFixed(1).padStart(5)}% ${where(k)}`));
}
