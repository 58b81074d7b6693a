// Summarises a V8 .cpuprofile: top functions by self time and by inclusive time (recursion counted once).
// Usage: node --import tsx scripts/bench/profile-top.ts FILE.cpuprofile [N] [FILTER]
import { readFileSync } from 'node:fs';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[]; hitCount?: number }
const p = JSON.parse(readFileSync(process.argv[2], 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const N = Number(process.argv[3] ?? 40);
const filter = process.argv[4] ?? '';
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const key = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\/main\//, '')}:${n.callFrame.lineNumber + 1}`;
const self = new Map<string, number>();
const incl = new Map<string, number>();
const total = p.samples.length;
for (const s of p.samples) {
  const n = byId.get(s)!;
  self.set(key(n), (self.get(key(n)) ?? 0) + 1);
  const seen = new Set<string>();
  for (let id: number | undefined = s; id !== undefined; id = parent.get(id)) {
    const k = key(byId.get(id)!);
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + 1);
  }
}
const show = (m: Map<string, number>, title: string) => {
  console.log(`== ${title} (of ${total} samples)`);
  [...m].filter(([k]) => k.includes(filter)).sort((a, b) => b[1] - a[1]).slice(0, N)
    .forEach(([k, v]) => console.log(`${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`));
};
show(self, 'self');
show(incl, 'inclusive');
// callers of functions matching CALLERS=substring (by samples under them)
if (process.env.CALLERS) {
  const cal = new Map<string, number>();
  for (const s of p.samples) {
    const seen = new Set<string>();
    for (let id: number | undefined = s; id !== undefined; id = parent.get(id)) {
      const n = byId.get(id)!;
      if (key(n).includes(process.env.CALLERS) && parent.get(id) !== undefined) {
        const k = key(byId.get(parent.get(id)!)!);
        if (!seen.has(k)) { seen.add(k); cal.set(k, (cal.get(k) ?? 0) + 1); }
        break;
      }
    }
  }
  show(cal, `callers of ${process.env.CALLERS}`);
}
