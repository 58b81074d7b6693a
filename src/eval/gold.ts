// Gold directories (docs/gold-format.md): STEM.txt + STEM.gold.json (+ STEM.meta.json), analysed once each.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../contract.ts';
import { analyze, type AnalyzeOptions } from '../analyze.ts';
import { CliError } from '../cli/errors.ts';
import { readSidecar } from '../input/index.ts';
import { resolveNerModelPath } from '../ner/index.ts';

export interface GoldArticle<G> {
  stem: string;
  gold: G;
  analysis: Analysis;
}

/**
 * Every STEM with both STEM.txt and STEM.gold.json in `dir`, sorted, analysed with its sidecar metadata — and with
 * the learned NER model the analyser would use (`options.model`, else $ISNAD_NER_MODEL or isnad.config.json).
 */
export function loadGoldDir<G>(dir: string, options: AnalyzeOptions = {}): GoldArticle<G>[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CliError(`not a directory: ${dir}`, 2);
  const stems = readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => f.slice(0, -'.gold.json'.length))
    .filter((s) => existsSync(join(dir, `${s}.txt`)))
    .sort();
  if (stems.length === 0) throw new CliError(`no STEM.txt with STEM.gold.json in ${dir}`, 2);
  const model = options.model ?? resolveNerModelPath() ?? undefined;
  if (model !== undefined && !existsSync(model)) throw new CliError(`NER model: ${model}: no such file`, 2);
  const opts = model ? { ...options, model } : options;
  return stems.map((stem) => {
    const txtPath = join(dir, `${stem}.txt`);
    const text = readFileSync(txtPath, 'utf8');
    let gold: G;
    try {
      gold = JSON.parse(readFileSync(join(dir, `${stem}.gold.json`), 'utf8')) as G;
    } catch (e) {
      throw new CliError(`${stem}.gold.json: ${(e as Error).message}`, 2);
    }
    let meta;
    try {
      meta = readSidecar(txtPath);
    } catch (e) {
      throw new CliError((e as Error).message, 2);
    }
    return { stem, gold, analysis: analyze({ text, meta: { ...meta, id: stem } }, opts) };
  });
}

/** Start of the k-th non-overlapping occurrence of s in text (a mention's `occurrence`, docs/gold-format.md), or -1. */
export function nthOccurrence(text: string, s: string, k: number): number {
  let from = 0;
  for (let i = 0; ; i++) {
    const at = text.indexOf(s, from);
    if (at < 0) return -1;
    if (i === k) return at;
    from = at + s.length;
  }
}
