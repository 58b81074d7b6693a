// Test helper: an EntityLayer built by hand from entity names and their mention strings, so the event
// stage can be tested independently of the entity stage. Longest mention strings claim text first.
import type { Entity, EntityType } from '../../src/contract.ts';
import type { Doc } from '../../src/doc.ts';
import type { EntityLayer, EntityMention } from '../../src/entities/index.ts';
import { normalize } from '../../src/text/normalize.ts';
import { createDoc } from '../../src/doc.ts';
import { extractDates } from '../../src/dates/index.ts';
import { extractEvents } from '../../src/events/index.ts';

export interface HandEntity {
  type: EntityType;
  name: string;
  mentions: string[];
  geo?: { lat: number; lon: number; country?: string };
  latin?: string;
}

export function handLayer(doc: Doc, list: HandEntity[]): EntityLayer {
  const entities: Entity[] = list.map((e, i) => ({ id: `E${i + 1}`, type: e.type, name: e.name, key: normalize(e.name), mentions: [], ...(e.geo ? { geo: e.geo } : {}), ...(e.latin ? { latin: e.latin } : {}) }));
  const claims: { s: string; id: string }[] = [];
  list.forEach((e, i) => { for (const s of new Set([e.name, ...e.mentions])) claims.push({ s, id: `E${i + 1}` }); });
  claims.sort((a, b) => b.s.length - a.s.length);
  const taken = new Uint8Array(doc.text.length);
  const mentions: EntityMention[] = [];
  // a fused لل (لـ + الـ) drops the article's alef: the span starts after "لل"
  const variants: { s: string; id: string; text: string }[] = [];
  for (const cl of claims) {
    variants.push({ ...cl, text: cl.s });
    if (cl.s.startsWith('ال')) variants.push({ ...cl, text: 'لل' + cl.s.slice(2) });
  }
  for (const { text: pat, id } of variants) {
    const fused = !claims.some((cl) => cl.s === pat);
    let from = 0;
    for (;;) {
      const found = doc.text.indexOf(pat, from);
      if (found < 0) break;
      from = found + 1;
      const at = fused ? found + 2 : found;
      const end = found + pat.length;
      const s = doc.text.slice(at, end);
      // whole-word on the right; on the left a clitic (و ب ل ف ك) or a word start
      const after = doc.text[end];
      if (after !== undefined && /[\u0621-\u064A]/.test(after)) continue;
      let clean = true;
      for (let k = at; k < end; k++) if (taken[k]) clean = false;
      if (!clean) continue;
      const tokenStart = doc.tokens.findIndex((t) => t.end > at);
      let tokenEnd = tokenStart;
      while (tokenEnd < doc.tokens.length && doc.tokens[tokenEnd].start < end) tokenEnd++;
      const tok = doc.tokens[tokenStart];
      const prefix = normalize(doc.text.slice(tok.start, at));
      if (prefix && !/^[وفبلك]{1,3}$/.test(prefix) && prefix !== 'لل') continue;
      for (let k = at; k < end; k++) taken[k] = 1;
      mentions.push({ entity: id, start: at, end, text: s, tokenStart, tokenEnd, kind: 'name' });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  for (const m of mentions) entities[+m.entity.slice(1) - 1].mentions.push({ start: m.start, end: m.end, text: m.text });
  return { entities: entities.filter((e) => e.mentions.length), mentions };
}

export const SEED_ENTITIES: HandEntity[] = [
  { type: 'PER', name: 'إسماعيل قاآني', mentions: ['الجنرال إسماعيل قاآني', 'إسماعيل قاآني', 'الجنرال قاآني', 'قاآني', 'قائد قوة القدس التابعة', 'قائد قوة القدس', 'الجنرال الإيراني'] },
  { type: 'PER', name: 'مصطفى الكاظمي', mentions: ['رئيس الوزراء العراقي مصطفى الكاظمي', 'مصطفى الكاظمي', 'الكاظمي'] },
  { type: 'ORG', name: 'الحرس الثوري الإيراني', mentions: ['حرس الثوري الإيراني'] },
  { type: 'LOC', name: 'بغداد', mentions: ['بغداد'], geo: { lat: 33.31, lon: 44.36, country: 'IQ' } },
  { type: 'LOC', name: 'واشنطن', mentions: ['واشنطن'], geo: { lat: 38.9, lon: -77.04, country: 'US' } },
  { type: 'LOC', name: 'المنطقة الخضراء', mentions: ['المنطقة الخضراء'], geo: { lat: 33.3, lon: 44.39, country: 'IQ' } },
  { type: 'LOC', name: 'العراق', mentions: ['العراق'] },
  { type: 'LOC', name: 'إيران', mentions: ['إيران'] },
  { type: 'LOC', name: 'طهران', mentions: ['طهران'] },
  { type: 'LOC', name: 'الولايات المتحدة', mentions: ['الولايات المتحدة'] },
  { type: 'PER', name: 'إيرج مسجدي', mentions: ['ايرج مسجدي'] },
  { type: 'PER', name: 'هادي العامري', mentions: ['هادي العامري', 'العامري'] },
  { type: 'ORG', name: 'منظمة بدر', mentions: ['منظمة بدر'] },
  { type: 'ORG', name: 'هيئة الحشد الشعبي', mentions: ['هيئة الحشد الشعبي العراقي', 'هيئة الحشد الشعبي'] },
  { type: 'PER', name: 'قاسم سليماني', mentions: ['الجنرال قاسم سليماني', 'قاسم سليماني', 'سليماني'] },
  { type: 'PER', name: 'علي خامنئي', mentions: ['آية الله علي خامنئي'] },
  { type: 'PER', name: 'دونالد ترامب', mentions: ['دونالد ترامب'] },
  { type: 'LOC', name: 'الرياض', mentions: ['الرياض'] },
  { type: 'PER', name: 'نوري المالكي', mentions: ['نوري المالكي', 'المالكي'] },
  { type: 'ORG', name: 'عصائب أهل الحق', mentions: ['عصائب أهل الحق'] },
  { type: 'ORG', name: 'كتائب حزب الله', mentions: ['كتائب حزب الله'] },
  { type: 'PER', name: 'أبو مهدي المهندس', mentions: ['أبومهدي المهندس', 'المهندس'] },
  { type: 'PER', name: 'مقتدى الصدر', mentions: ['مقتدى الصدر'] },
  { type: 'ORG', name: 'البرلمان العراقي', mentions: ['البرلمان العراقي'] },
  { type: 'ORG', name: 'الفصائل المسلحة', mentions: ['الفصائل المسلحة الشيعية العراقية', 'الفصائل المسلحة الشيعية', 'الفصائل المسلحة الموالية لإيران', 'الفصائل المسلحة', 'الفصائل'] },
  { type: 'ORG', name: 'صحيفة العراق الإلكترونية', mentions: ['صحيفة العراق الإلكترونية'] },
  { type: 'ORG', name: 'داعش', mentions: ['داعش'] },
  { type: 'LOC', name: 'قاعدة فيكتوريا', mentions: ['قاعدة فيكتوريا'] },
  { type: 'LOC', name: 'مطار بغداد الدولي', mentions: ['مطار بغداد الدولي'] },
  { type: 'ORG', name: 'القوات الأمريكية', mentions: ['القوات الأمريكية', 'قوات الأمريكية'] },
];

/** Runs the event stage alone on `text` (published 2025-06-10) over a hand-built entity layer. */
export function runEvents(text: string, ents: HandEntity[]) {
  const doc = createDoc(text, { id: 't', language: 'ar', published: '2025-06-10' });
  const layer = handLayer(doc, ents);
  const events = extractEvents(doc, layer, { sources: [], attributions: [] }, extractDates(doc));
  const name = (id: string) => layer.entities.find((e) => e.id === id)?.name;
  const texts = (e: (typeof events)[number], role: string) => (e.participants ?? []).filter((p) => p.role === role).map((p) => p.text);
  return { events, name, texts };
}
export const PER = (name: string): HandEntity => ({ type: 'PER', name, mentions: [name] });
export const LOC = (name: string): HandEntity => ({ type: 'LOC', name, mentions: [name] });
export const ORG = (name: string): HandEntity => ({ type: 'ORG', name, mentions: [name] });

/** Types of the events found in a sentence, in order. */
export const eventTypes = (text: string, ents: HandEntity[] = []) => runEvents(text, ents).events.map((e) => e.type);
