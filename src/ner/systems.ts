// The NER systems compared by `isnad eval ner` and the benchmark, over pre-tokenised sentences:
//   rules       — the entity stage (src/entities extractEntities) alone
//   model       — the learned tagger alone
//   combined, lexicon-first, model-first
//               — the entity stage with the learned model, merged rules-first / lexicon-first /
//                 model-first (src/entities/model.ts NerMerge): exactly what the analyser outputs
// Sentences are processed in blocks of consecutive sentences (one small "article" per block), tokens
// joined with single spaces and sentences with blank lines; entity mentions are mapped back to the
// tokens they touch (a mention inside a token because of clitics covers the whole token).
import { createDoc } from '../doc.ts';
import { extractEntities } from '../entities/index.ts';
import type { NerMerge } from '../entities/model.ts';
import { tagSentences, type NerModel } from './model.ts';
import type { Chunk } from './score.ts';

export type NerSystem = 'rules' | 'model' | 'combined' | 'model-first' | 'lexicon-first';

/** An entity-stage chunk; `lex` = its entity was matched in a lexicon (data/entities). */
export type StageChunk = Chunk & { lex?: boolean };

const BLOCK = 20;

/** Entity-stage chunks of each sentence of a block (model path: the analyser's combination). */
export function entityStageChunks(sents: string[][], modelPath?: string, merge?: NerMerge): StageChunk[][] {
  const out: StageChunk[][] = sents.map(() => []);
  const starts: number[] = [];
  const where: [number, number][] = [];
  let pos = 0;
  const parts: string[] = [];
  sents.forEach((tokens, s) => {
    if (s > 0) { parts.push('\n\n'); pos += 2; }
    tokens.forEach((t, i) => {
      if (i > 0) { parts.push(' '); pos += 1; }
      starts.push(pos);
      where.push([s, i]);
      parts.push(t);
      pos += t.length;
    });
  });
  if (starts.length === 0) return out;
  const doc = createDoc(parts.join(''), { id: 'conll', language: 'ar' });
  const layer = extractEntities(doc, modelPath ? { model: modelPath, merge } : {});
  const typeOf = new Map(layer.entities.map((e) => [e.id, e.type as string]));
  const lexOf = new Map(layer.entities.map((e) => [e.id, (e.evidence ?? []).some((x) => x.startsWith('lexicon:'))]));
  const tokenAt = (off: number): number => {
    let lo = 0, hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= off) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const m of layer.mentions) {
    if (m.kind !== 'name' || m.end <= m.start) continue;
    const type = typeOf.get(m.entity);
    if (!type) continue;
    const [s0, i0] = where[tokenAt(m.start)];
    const [s1, i1] = where[tokenAt(m.end - 1)];
    if (s0 !== s1) continue;
    out[s0].push({ start: i0, end: i1 + 1, type, lex: lexOf.get(m.entity) });
  }
  return out.map((c, s) => dropOverlaps(c, new Uint8Array(sents[s].length)));
}

/** Keep a non-overlapping subset, earlier-listed chunks first. */
function dropOverlaps<C extends Chunk>(chunks: C[], used: Uint8Array): C[] {
  const out: C[] = [];
  for (const c of chunks) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (used[i]) free = false;
    if (!free) continue;
    for (let i = c.start; i < c.end; i++) used[i] = 1;
    out.push(c);
  }
  return out;
}

export function chunksToTags(n: number, chunks: Chunk[]): string[] {
  const tags = new Array<string>(n).fill('O');
  for (const c of chunks) {
    tags[c.start] = 'B-' + c.type;
    for (let i = c.start + 1; i < c.end; i++) tags[i] = 'I-' + c.type;
  }
  return tags;
}

/**
 * Predicted tags of consecutive sentences. `model` is needed for `model`; `modelPath` (the same model's
 * file) for the combined systems, which go through the entity stage's own model loading.
 */
export function predictSentences(sents: string[][], system: NerSystem, model: NerModel | null, modelPath?: string): string[][] {
  if (system === 'model') return tagSentences(model!, sents).map((r) => r.tags);
  const merge: Record<string, NerMerge> = { combined: 'rules-first', 'lexicon-first': 'lexicon-first', 'model-first': 'model-first' };
  const out: string[][] = [];
  for (let b = 0; b < sents.length; b += BLOCK) {
    const block = sents.slice(b, b + BLOCK);
    const stage = entityStageChunks(block, system === 'rules' ? undefined : modelPath, merge[system]);
    block.forEach((t, k) => out.push(chunksToTags(t.length, stage[k])));
  }
  return out;
}
