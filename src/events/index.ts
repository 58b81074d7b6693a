// Event stage: PLOVER-coded events with actors, targets, place and date.
import type { DateMention, Event } from '../contract.ts';
import type { Doc } from '../doc.ts';
import type { AttributionLayer } from '../attributions/index.ts';
import type { EntityLayer } from '../entities/index.ts';

export function extractEvents(_doc: Doc, _entities: EntityLayer, _attributions: AttributionLayer, _dates: DateMention[]): Event[] {
  return [];
}
