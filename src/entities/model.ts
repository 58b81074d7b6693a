// Bridge to the learned tagger (src/ner, owned by the NER helper): candidate spans for a Doc.
import type { Doc } from '../doc.ts';
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
