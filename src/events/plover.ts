// PLOVER export: one JSON record per event, in the field layout of PLOVER/POLECAT event data, so Isnad's
// events load next to POLECAT. Names replace entity ids, followed by the texts of participants that are no
// entity ("المحتجون"); `event_text` is the sentence of the trigger.
import type { Analysis, Event } from '../contract.ts';

export interface PloverRecord {
  id: string;
  date: string | null;
  date_basis: 'text' | 'published' | null;
  source: string[];
  recipient: string[];
  event: string;
  mode: string | null;
  context: string[];
  event_loc: { name: string; lat?: number; lon?: number; country?: string } | null;
  event_text: string;
  trigger: string;
  negated: boolean;
  attribution: { id: string; source: string | null; source_kind: string | null } | null;
  article_id: string;
  outlet?: string;
  url?: string;
  published?: string;
}

/** Texts of the actor/target phrases that name no entity ("قوات الأمن التونسية"), in text order, once each. */
function groupTexts(event: Event, role: 'actor' | 'target'): string[] {
  const out: string[] = [];
  for (const p of event.participants ?? []) if (p.role === role && p.entity === null && !out.includes(p.text)) out.push(p.text);
  return out;
}

export function toPloverRecord(event: Event, analysis: Analysis): PloverRecord {
  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  const names = (ids: string[]) => ids.map((id) => byId.get(id)?.name).filter((n): n is string => !!n);
  const place = event.place ? byId.get(event.place) : undefined;
  const sentence = analysis.sentences.find((s) => s.start <= event.trigger.start && event.trigger.start < s.end);
  const context = [...(event.context ?? [])];
  if (event.negated && !context.includes('negation')) context.push('negation');
  let attribution: PloverRecord['attribution'] = null;
  if (event.attribution) {
    const a = analysis.attributions.find((x) => x.id === event.attribution);
    const src = a ? analysis.sources.find((s) => s.id === a.source) : undefined;
    attribution = { id: event.attribution, source: src?.label ?? null, source_kind: src?.kind ?? null };
  }
  const rec: PloverRecord = {
    id: `${analysis.doc.id}-${event.id}`,
    date: event.date?.value ?? null,
    date_basis: event.date?.basis ?? null,
    source: [...names(event.actors), ...groupTexts(event, 'actor')],
    recipient: [...names(event.targets), ...groupTexts(event, 'target')],
    event: event.type,
    mode: event.mode ?? null,
    context,
    event_loc: place
      ? { name: place.name, ...(place.geo ? { lat: place.geo.lat, lon: place.geo.lon, ...(place.geo.country ? { country: place.geo.country } : {}) } : {}) }
      : null,
    event_text: sentence ? analysis.text.slice(sentence.start, sentence.end) : event.trigger.text,
    trigger: event.trigger.text,
    negated: !!event.negated,
    attribution,
    article_id: analysis.doc.id,
  };
  if (analysis.doc.outlet) rec.outlet = analysis.doc.outlet;
  if (analysis.doc.url) rec.url = analysis.doc.url;
  if (analysis.doc.published) rec.published = analysis.doc.published;
  return rec;
}

/** All events of an analysis as JSON lines (one record a line). */
export function toPloverJsonl(analysis: Analysis): string {
  return analysis.events.map((e) => JSON.stringify(toPloverRecord(e, analysis))).join('\n') + (analysis.events.length ? '\n' : '');
}
