// Unlabelled text for the word clusters (src/ner/clusters.ts), shared by `isnad train ner --cluster-text` and
// scripts/ner/dev.ts: each path is a file or a directory (walked recursively in sorted order, dot-files skipped, and
// only its *.txt and *.conll files taken, so a corpus folder's JSON or gold files are not read as text); a file
// ending in .conll is read by its first column, any other file as raw UTF-8 text (a paragraph a line).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readSentences, stemKey } from './clusters.ts';

/** The files under the given paths; throws on a path that does not exist. */
export function clusterTextFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string, top: boolean): void => {
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!name.startsWith('.')) walk(join(p, name), false);
    } else if (st.isFile() && (top || /\.(txt|conll)$/i.test(p))) out.push(p);
  };
  for (const p of paths) {
    try {
      statSync(p);
    } catch {
      throw new Error(`${p}: no such file or directory`);
    }
    walk(p, true);
  }
  return out;
}

export interface ClusterText {
  files: string[];
  sentences: string[][];
  tokens: number;
}

export function readClusterText(paths: string[]): ClusterText {
  const files = clusterTextFiles(paths);
  const sentences = files.flatMap((f) => readSentences(f));
  return { files, sentences, tokens: sentences.reduce((n, s) => n + s.length, 0) };
}

/** Stems the clustering would keep (seen at least minCount times, with a letter): 0 means no clusters can be built. */
export function clusterableStems(sents: string[][], minCount = 3): number {
  const freq = new Map<string, number>();
  for (const s of sents) for (const t of s) { const k = stemKey(t); freq.set(k, (freq.get(k) ?? 0) + 1); }
  let n = 0;
  for (const [k, c] of freq) if (c >= minCount && /[\u0621-\u064Aa-z]/.test(k)) n++;
  return n;
}
