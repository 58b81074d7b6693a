import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.ts';
import { extractDates } from '../../src/dates/index.ts';
import { extractEvents, isPassive } from '../../src/events/index.ts';
import { scoreFile } from '../../src/eval/events.ts';
import type { Analysis } from '../../src/contract.ts';
import { handLayer, type HandEntity } from './helpers.ts';

function run(text: string, ents: HandEntity[]) {
  const doc = createDoc(text, { id: 't', language: 'ar', published: '2023-04-12' });
  const layer = handLayer(doc, ents);
  return { layer, events: extractEvents(doc, layer, { sources: [], attributions: [] }, extractDates(doc)) };
}
const OTHER: HandEntity[] = [{ type: 'LOC', name: 'القاهرة', mentions: ['القاهرة'] }];

describe('participant-less events', () => {
  it('keeps a verb trigger whose participants are common nouns (unknown actor)', () => {
    const { events } = run('تظاهر محتجون أمس أمام مبنى البرلمان. وقالت القاهرة إنها تتابع.', OTHER);
    const e = events.find((x) => x.type === 'PROTEST');
    expect(e).toBeDefined();
    expect(e!.actors).toEqual([]);
    expect(e!.evidence).toContain('rule:roleless-verb-kept');
    // the common-noun subject is reported as a participant with no entity
    expect(e!.participants).toEqual([{ start: 6, end: 12, text: 'محتجون', role: 'actor', entity: null, evidence: [expect.stringMatching(/^lexicon:data\/events\/groups\.tsv:\d+$/)] }]);
  });
  it('drops a negated verb and a bare noun topic with no participant', () => {
    const { events } = run('لم يتظاهر أحد. وتناول التقرير الاحتجاجات بشكل عام. وقالت القاهرة إنها تتابع.', OTHER);
    expect(events.filter((x) => x.type === 'PROTEST')).toEqual([]);
  });
});

describe('passive verbs', () => {
  it('recognises vocalised passive past forms only', () => {
    expect(isPassive('قُتل')).toBe(true);
    expect(isPassive('اعتُقل')).toBe(true);
    expect(isPassive('قتل')).toBe(false);
    expect(isPassive('يُطلق')).toBe(false);
    expect(isPassive('قتلتُ')).toBe(false);
  });
  it('makes the subject of a passive verb the target', () => {
    const ents: HandEntity[] = [{ type: 'PER', name: 'أحمد سالم', mentions: ['أحمد سالم'] }];
    const act = run('اعتقل أحمد سالم صحفياً في المدينة.', ents).events.find((e) => e.type === 'COERCE');
    const pas = run('اعتُقل أحمد سالم في المدينة.', ents).events.find((e) => e.type === 'COERCE');
    expect(act?.actors).toEqual(['E1']);
    expect(pas?.actors).toEqual([]);
    expect(pas?.targets).toEqual(['E1']);
  });
});

describe('eval: participant-less gold', () => {
  const text = 'تظاهر محتجون في الشوارع.';
  const a = { text, entities: [], dates: [], events: [{ id: 'V1', type: 'PROTEST', trigger: { start: 0, end: 5, text: 'تظاهر' }, actors: [], targets: [], place: null }] } as unknown as Analysis;
  it('matches on type + overlapping trigger when the gold event has no participants', () => {
    expect(scoreFile('x', a, { events: [{ type: 'PROTEST', trigger: 'تظاهر', actors: [], targets: [], place: null }] }).matched).toBe(1);
  });
  it('does not match a different trigger position or a gold event with actors', () => {
    expect(scoreFile('x', a, { events: [{ type: 'PROTEST', trigger: 'الشوارع', actors: [] }] }).matched).toBe(0);
    expect(scoreFile('x', a, { events: [{ type: 'PROTEST', trigger: 'تظاهر', actors: ['محتجون'] }] }).matched).toBe(0);
  });
});

describe('week expressions and new triggers', () => {
  const weekValue = (text: string, published: string) => extractDates(createDoc(text, { id: 't', language: 'ar', published })).find((d) => d.text.includes('الأسبوع'))?.value;
  it('resolves a week to its month only when the whole week lies in that month', () => {
    // published Wed 2023-04-12: last week = Sat 1 … Fri 7 April
    expect(weekValue('التقى الوزيران الأسبوع الماضي في الرياض.', '2023-04-12')).toBe('2023-04');
    // published Mon 2023-05-08: last week = Sat 29 April … Fri 5 May, no single month
    expect(weekValue('التقى الوزيران الأسبوع الماضي في الرياض.', '2023-05-08')).toBe('2023');
  });
  it('reads فجّر as an attack only with an explosive object, not "فجر الأحد" (dawn)', () => {
    const ents: HandEntity[] = [{ type: 'ORG', name: 'داعش', mentions: ['داعش'] }];
    expect(run('فجر داعش عبوة ناسفة في السوق.', ents).events.some((e) => e.type === 'ASSAULT')).toBe(true);
    expect(run('وصل داعش فجر الأحد إلى السوق.', ents).events.some((e) => e.type === 'ASSAULT')).toBe(false);
  });
});
