// Learned NER: public API for the analyser and the CLI.
//   loadNerModel(path)            → NerModel, cached per resolved path
//   resolveNerModelPath(opts)     → opts.model ?? $ISNAD_NER_MODEL ?? isnad.config.json {"nerModel"} ?? null
//   nerSpans(doc, model)          → [{start, end, type, score, tokenStart, tokenEnd}] in original offsets,
//                                   proclitics (و ب ل ك ف, fused لل) stripped from the first token
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Doc } from '../doc.ts';
import { sentenceTokenRange } from '../doc.ts';
import { CliError } from '../cli/errors.ts';
import { analyzeClitics } from '../text/clitics.ts';
import { normalize } from '../text/normalize.ts';
import { readModelFile, tagSentences, type NerModel } from './model.ts';
import { chunksOf } from './score.ts';
import { stripProclitics } from './stem.ts';

export type { NerModel } from './model.ts';
export { trainNer, tagTokens, tagSentences, saveModel, readModelFile, serializeModel, deserializeModel } from './model.ts';
export { readConll, parseConll, formatConll, type ConllSentence } from './conll.ts';
export { scoreNer, formatScore, chunksOf } from './score.ts';

export interface NerSpan {
  start: number;
  end: number;
  /** Entity type (PER, LOC, ORG, MISC). */
  type: string;
  /** 0..1: logistic of the mean per-token emission margin (a heuristic confidence, not a probability). */
  score: number;
  /** Token range [tokenStart, tokenEnd) of doc.tokens the tagger labelled. */
  tokenStart: number;
  tokenEnd: number;
}

const modelCache = new Map<string, NerModel>();

/** Read a model file once per process (keyed by absolute path). Throws CliError on a bad file. */
export function loadNerModel(path: string): NerModel {
  const abs = resolve(path);
  let m = modelCache.get(abs);
  if (!m) {
    m = readModelFile(abs);
    modelCache.set(abs, m);
  }
  return m;
}

export interface ResolveOptions {
  model?: string | null;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/** Which model to use: explicit option, then $ISNAD_NER_MODEL, then isnad.config.json in the cwd; else null. */
export function resolveNerModelPath(opts: ResolveOptions = {}): string | null {
  if (opts.model) return resolve(opts.cwd ?? process.cwd(), opts.model);
  const env = opts.env ?? process.env;
  if (env.ISNAD_NER_MODEL) return resolve(opts.cwd ?? process.cwd(), env.ISNAD_NER_MODEL);
  const cwd = opts.cwd ?? process.cwd();
  const cfgPath = resolve(cwd, 'isnad.config.json');
  if (!existsSync(cfgPath)) return null;
  let cfg: { nerModel?: unknown };
  try {
    cfg = JSON.parse(readFileSync(cfgPath, 'utf8'));
  } catch (e) {
    throw new CliError(`${cfgPath}: not valid JSON (${(e as Error).message})`);
  }
  if (cfg.nerModel == null) return null;
  if (typeof cfg.nerModel !== 'string') throw new CliError(`${cfgPath}: "nerModel" must be a path string`);
  return resolve(dirname(cfgPath), cfg.nerModel);
}

/**
 * Offset (within the token's text) where an entity mention starts once proclitics are removed: the
 * article stays ("بالكاظمي" → "الكاظمي"), fused لل loses both lams ("للحرس" → "حرس").
 */
export function mentionStartInToken(word: string): number {
  // prefer the clitic analyser when it offers a reading with a proclitic
  const readings = analyzeClitics(word);
  for (let k = 1; k < readings.length; k++) {
    const r = readings[k];
    if (!r.prefix) continue;
    const before = normalize(word.slice(0, r.stemStart));
    if (r.article && before.endsWith('ال') && !before.endsWith('لل')) return backToArticle(word, r.stemStart);
    return r.stemStart;
  }
  // fallback: strip only proclitics standing before an article (a bare و/ب is too often part of a name)
  const st = stripProclitics(normalize(word));
  if (!st.article) return 0;
  const fused = st.prefix.endsWith('لل');
  const keep = fused ? 0 : 2; // letters of the article that stay in the mention
  const removeLetters = st.prefix.length - keep;
  if (removeLetters <= 0) return 0;
  return offsetAfterLetters(word, removeLetters);
}

function backToArticle(word: string, stemStart: number): number {
  // walk back over two letters (ا ل) plus any marks between them
  let seen = 0;
  let i = stemStart;
  while (i > 0 && seen < 2) {
    i--;
    if (normalize(word[i]) !== '') seen++;
  }
  return i;
}

/** Index in `word` just after its first `count` normalised letters. */
function offsetAfterLetters(word: string, count: number): number {
  let seen = 0;
  for (let i = 0; i < word.length; i++) {
    if (normalize(word[i]) !== '') seen++;
    if (seen === count) {
      let j = i + 1;
      while (j < word.length && normalize(word[j]) === '') j++; // marks on the last stripped letter
      return j;
    }
  }
  return 0;
}

/** Tag every sentence of the Doc and return entity spans in original offsets. */
export function nerSpans(doc: Doc, model: NerModel): NerSpan[] {
  const out: NerSpan[] = [];
  const ranges: [number, number][] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const r = sentenceTokenRange(doc, s);
    if (r[1] > r[0]) ranges.push(r);
  }
  // all sentences at once: the tagger's context features look at neighbouring sentences
  const tagged = tagSentences(model, ranges.map(([lo, hi]) => doc.tokens.slice(lo, hi).map((t) => t.text)));
  ranges.forEach(([lo, hi], k) => {
    const toks = doc.tokens.slice(lo, hi);
    const { tags, margins } = tagged[k];
    for (const c of chunksOf(tags)) {
      const first = toks[c.start];
      const last = toks[c.end - 1];
      const start = first.start + mentionStartInToken(first.text);
      if (start >= last.end) continue;
      let m = 0;
      for (let i = c.start; i < c.end; i++) m += margins[i];
      m /= c.end - c.start;
      out.push({ start, end: last.end, type: c.type, score: 1 / (1 + Math.exp(-m)), tokenStart: lo + c.start, tokenEnd: lo + c.end });
    }
  });
  return out;
}
