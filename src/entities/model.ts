// Bridge to the learned tagger (src/ner, owned by the NER helper): candidate spans for a Doc, and how they
// are merged with the rule candidates of the entity stage.
import type { Doc } from '../doc.ts';
import { CliError } from '../cli/errors.ts';
import { loadNerModel, nerSpans } from '../ner/index.ts';

export interface ModelSpan {
  start: number;
  end: number;
  type: string;
  tokenStart: number;
  tokenEnd: number;
}

export function modelCandidates(doc: Doc, path: string): ModelSpan[] {
  return nerSpans(doc, loadNerModel(path));
}

/**
 * How model spans combine with rule candidates where they overlap (on free tokens a model span is always
 * added):
 *   rules-first   — every rule candidate wins;
 *   lexicon-first — rule candidates matched in a lexicon win (they carry canonical names, ids, coordinates);
 *                   a model span displaces grammar-only rule candidates it overlaps;
 *   model-first   — the model span displaces any overlapping rule candidate, unless one covers exactly
 *                   the same tokens with the same type (the rule keeps its canonical data).
 * Measured in docs/ner.md ("Combining the model with the rules").
 */
export type NerMerge = 'rules-first' | 'lexicon-first' | 'model-first';
export const NER_MERGES: readonly NerMerge[] = ['rules-first', 'lexicon-first', 'model-first'];
export const DEFAULT_MERGE: NerMerge = 'rules-first';

/** The merge to use: explicit option, then $ISNAD_NER_MERGE, then DEFAULT_MERGE. An unknown name is a CliError. */
export function resolveMerge(opt?: string, env: NodeJS.ProcessEnv = process.env): NerMerge {
  const m = opt ?? env.ISNAD_NER_MERGE ?? DEFAULT_MERGE;
  if (!(NER_MERGES as readonly string[]).includes(m)) throw new CliError(`unknown NER merge "${m}" (expected ${NER_MERGES.join(', ')})`);
  return m as NerMerge;
}

/** What the merge needs of a rule candidate. */
export interface MergeCand {
  type: string;
  tokenStart: number;
  tokenEnd: number;
  /** Set when the candidate was matched in a lexicon. */
  lex?: unknown;
  dead?: boolean;
}

/**
 * Merge model spans into the rule candidates. `owner[k]` is the index in `cands` of the candidate owning
 * token k (−1 when free); displaced candidates are marked dead and their tokens freed. `claim` is called
 * for each model span kept, after `accept` approved it (e.g. not a stop word). Linear in tokens + spans.
 */
export function mergeModelSpans<C extends MergeCand>(
  spans: ModelSpan[], cands: C[], owner: Int32Array, mode: NerMerge,
  accept: (s: ModelSpan) => boolean, claim: (s: ModelSpan) => void,
): void {
  for (const s of spans) {
    if (s.end <= s.start || s.tokenEnd <= s.tokenStart) continue;
    const over: number[] = [];
    for (let k = s.tokenStart; k < s.tokenEnd; k++) if (owner[k] >= 0 && !over.includes(owner[k])) over.push(owner[k]);
    if (over.length > 0) {
      if (mode === 'rules-first') continue;
      if (mode === 'lexicon-first' && over.some((i) => cands[i].lex)) continue;
      if (over.some((i) => cands[i].tokenStart === s.tokenStart && cands[i].tokenEnd === s.tokenEnd && cands[i].type === s.type)) continue;
    }
    if (!accept(s)) continue;
    for (const i of over) {
      const c = cands[i];
      c.dead = true;
      for (let k = c.tokenStart; k < c.tokenEnd; k++) if (owner[k] === i) owner[k] = -1;
    }
    claim(s);
  }
}
