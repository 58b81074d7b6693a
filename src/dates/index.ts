// Date stage: every Arabic date form, resolved against doc.meta.published.
import type { DateMention } from '../contract.ts';
import type { Doc } from '../doc.ts';

export function extractDates(_doc: Doc): DateMention[] {
  return [];
}
