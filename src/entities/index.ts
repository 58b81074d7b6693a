// Entity stage: lexicon + grammar + within-document coreference → one Entity per referent.
import type { Entity } from '../contract.ts';
import type { Doc } from '../doc.ts';

export interface EntityMention {
  entity: string;
  start: number;
  end: number;
  text: string;
  /** Token range [tokenStart, tokenEnd) covering the mention (tokens may carry clitics outside the span). */
  tokenStart: number;
  tokenEnd: number;
  /** name = full or partial proper name; description = a role/title that corefers ("قائد قوة القدس"). */
  kind: 'name' | 'description';
}

export interface EntityLayer {
  entities: Entity[];
  /** All mentions, sorted by start. */
  mentions: EntityMention[];
}

export interface EntityOptions {
  /** Path of a learned NER model to combine with the rules (see src/ner). */
  model?: string;
}

export function extractEntities(doc: Doc, _opts: EntityOptions = {}): EntityLayer {
  return { entities: [], mentions: [] };
}
