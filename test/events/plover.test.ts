import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_ID, type Analysis } from '../../src/contract.ts';
import { createDoc } from '../../src/doc.ts';
import { extractDates } from '../../src/dates/index.ts';
import { extractEvents } from '../../src/events/index.ts';
import { toPloverJsonl, toPloverRecord } from '../../src/events/plover.ts';
import { handLayer, SEED_ENTITIES } from './helpers.ts';

const SEED = readFileSync('/work/shared/seed/000_60db55bcef7aaadf.txt', 'utf8');

function seedAnalysis(): Analysis {
  const doc = createDoc(SEED, { id: 'seed', language: 'ar', published: '2020-08-20', outlet: 'عربي بوست' });
  const layer = handLayer(doc, SEED_ENTITIES);
  const dates = extractDates(doc);
  // one attribution over the sentence that reports the meeting
  const q = SEED.indexOf('طلب المالكي والعامري');
  const attributions = [{ id: 'A1', kind: 'indirect' as const, source: 'S1', cue: { start: 0, end: 1, text: SEED[0] }, content: { start: q, end: q + 40, text: SEED.slice(q, q + 40) } }];
  const sources = [{ id: 'S1', kind: 'anonymous' as const, label: 'سياسي شيعي مقرب من المالكي', entity: null, mentions: [] }];
  const events = extractEvents(doc, layer, { sources, attributions }, dates);
  return {
    schema: SCHEMA_ID, doc: doc.meta, text: SEED, paragraphs: doc.paragraphs, sentences: doc.sentences, entities: layer.entities,
    sources, attributions, events, dates,
    metrics: { attributions: 1, direct: 0, indirect: 1, sources: 1, namedSources: 0, anonymousSources: 1, anonymousShare: 1 },
  };
}

describe('toPloverRecord', () => {
  const a = seedAnalysis();
  it('names actors and recipients, carries the date, location with coordinates, and the sentence', () => {
    const v = a.events.find((e) => e.type === 'CONSULT' && e.mode === 'visit')!;
    const r = toPloverRecord(v, a);
    expect(r).toMatchObject({ id: `seed-${v.id}`, event: 'CONSULT', mode: 'visit', source: ['إسماعيل قاآني'], recipient: ['بغداد'], article_id: 'seed', date: '2020-08-20', date_basis: 'published', outlet: 'عربي بوست' });
    expect(r.event_loc).toEqual({ name: 'بغداد', lat: 33.31, lon: 44.36, country: 'IQ' });
    expect(r.event_text.startsWith('زار قائد قوة القدس')).toBe(true);
    expect(r.event_text.includes(r.trigger)).toBe(true);
  });
  it('dates from the text, unknown perpetrators as empty lists', () => {
    // (the assassination told with its month; since session 8 the dates stage also dates «الأيام القليلة الماضية»,
    // so the rocket fire before it is text-dated too)
    const v = a.events.find((e) => e.type === 'ASSAULT' && e.date?.basis === 'text' && e.trigger.text.includes('اغتيال'))!;
    const r = toPloverRecord(v, a);
    expect(r.date).toBe('2020-01');
    expect(r.recipient).toContain('قاسم سليماني');
    const g = a.events.find((e) => e.type === 'ASSAULT' && e.actors.length === 0)!;
    expect(toPloverRecord(g, a).source).toEqual([]);
  });
  it('links reported events to their attribution and source kind', () => {
    const v = a.events.find((e) => e.attribution === 'A1');
    expect(v).toBeDefined();
    expect(toPloverRecord(v!, a).attribution).toEqual({ id: 'A1', source: 'سياسي شيعي مقرب من المالكي', source_kind: 'anonymous' });
  });
  it('JSONL: one parseable record per event', () => {
    const lines = toPloverJsonl(a).trim().split('\n');
    expect(lines.length).toBe(a.events.length);
    for (const l of lines) expect(JSON.parse(l).article_id).toBe('seed');
  });
  it('negated events carry a negation context', () => {
    const ev = { ...a.events[0], negated: true, context: undefined };
    expect(toPloverRecord(ev, a).context).toEqual(['negation']);
  });
});

describe('participants without an entity in the export', () => {
  it('a group actor is exported by its text after the named actors', () => {
    const text = 'قطع محتجون غاضبون الطريق الدولي قرب صيدا.';
    const doc = createDoc(text, { id: 'g', language: 'ar', published: '2024-02-01' });
    const layer = handLayer(doc, [{ type: 'LOC', name: 'صيدا', mentions: ['صيدا'] }]);
    const events = extractEvents(doc, layer, { sources: [], attributions: [] }, extractDates(doc));
    const a: Analysis = {
      schema: SCHEMA_ID, doc: doc.meta, text, paragraphs: doc.paragraphs, sentences: doc.sentences, entities: layer.entities,
      sources: [], attributions: [], events, dates: [],
      metrics: { attributions: 0, direct: 0, indirect: 0, sources: 0, namedSources: 0, anonymousSources: 0, anonymousShare: 0 },
    };
    const r = toPloverRecord(events[0], a);
    expect(r).toMatchObject({ event: 'PROTEST', mode: 'obstruct', source: ['محتجون غاضبون'], event_loc: { name: 'صيدا' } });
  });
});
