// Attribution stage (the isnad): cues, quotations and reported speech, sources, source coreference, chains.
import type { Attribution, Source } from '../contract.ts';
import type { Doc } from '../doc.ts';
import type { EntityLayer } from '../entities/index.ts';

export interface AttributionLayer {
  sources: Source[];
  attributions: Attribution[];
}

export function extractAttributions(_doc: Doc, _entities: EntityLayer): AttributionLayer {
  return { sources: [], attributions: [] };
}
