// Distributional word clusters from unlabelled text (src/ner/clusters.ts), written as TSV for inspection:
//   node --import tsx scripts/ner/clusters.ts -o OUT [--k 32,256] [--min 3] [--ctx 2000] FILE...
// A FILE ending in .conll is read as CoNLL (first column); anything else as raw text (a paragraph a line).
import { writeFileSync } from 'node:fs';
import { buildClusters, readSentences } from '../../src/ner/clusters.ts';

export { readSentences };

export function writeClusters(path: string, m: Map<string, number[]>, ks: number[]): void {
  const lines = [`# stem\t${ks.map((k) => 'k' + k).join('\t')}`];
  for (const [k, ids] of m) lines.push(k + '\t' + ids.join('\t'));
  writeFileSync(path, lines.join('\n') + '\n');
}

if (process.argv[1]?.endsWith('clusters.ts')) {
  const args = process.argv.slice(2);
  const opt = (n: string, d: string): string => { const k = args.indexOf(n); if (k < 0) return d; const v = args[k + 1]; args.splice(k, 2); return v; };
  const out = opt('-o', '/tmp/clusters.tsv');
  const ks = opt('--k', '32,256').split(',').map(Number);
  const min = Number(opt('--min', '3'));
  const nctx = Number(opt('--ctx', '2000'));
  const sents = args.flatMap((f) => readSentences(f));
  const t0 = performance.now();
  const m = buildClusters(sents, ks, min, nctx);
  writeClusters(out, m, ks);
  console.error(`${sents.length} sentences, ${m.size} stems clustered in ${((performance.now() - t0) / 1000).toFixed(1)}s -> ${out}`);
}
