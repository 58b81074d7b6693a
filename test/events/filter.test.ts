// The learned event filter (src/events/filter.ts): the shipped model loads, scoring is deterministic, a dropped
// event is one the model scores below its threshold, short documents are left alone, and a corrupt model file is a
// clear error. The sentences are written for these tests.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.ts';
import type { Analysis } from '../../src/contract.ts';
import { createDoc } from '../../src/doc.ts';
import {
  eventFeatures, eventFilterEnabled, filterEvents, FILTER_FORMAT, FILTER_MIN_SENTENCES, loadFilterModel, parseFilterModel,
  scoreEvents, scoreFeatures, setEventFilter, type FilterModel,
} from '../../src/events/filter.ts';

// an article of eight sentences: a headline, a protest, arrests, a statement with a demand, a meeting, background
const ARTICLE = [
  'احتجاجات في مدينة صفاقس على انقطاع المياه',
  'صفاقس – تظاهر مئات من سكان مدينة صفاقس التونسية، أمس الأحد، أمام مقر الولاية احتجاجاً على انقطاع المياه منذ أسبوع.',
  'وأغلق المحتجون الطريق الرئيسية المؤدية إلى الميناء بالإطارات المشتعلة.',
  'واعتقلت قوات الأمن عشرة من المحتجين بعد مواجهات استمرت ساعتين.',
  'وقال الاتحاد العام التونسي للشغل في بيان إنه يطالب الحكومة بالإفراج عن الموقوفين وإيجاد حل عاجل للأزمة.',
  'من جهته، التقى والي صفاقس وفداً من ممثلي السكان وبحث معهم سبل إعادة التزويد بالمياه.',
  'وكانت المدينة قد شهدت احتجاجات مماثلة في الصيف الماضي.',
  'وتعاني مناطق عدة في تونس من شح المياه بسبب الجفاف.',
].join('\n');

const run = (on: boolean): Analysis => {
  setEventFilter(on);
  try {
    return analyze({ text: ARTICLE, meta: { id: 'filter-test', published: '2025-06-02' } });
  } finally {
    setEventFilter(null);
  }
};
const inputOf = (a: Analysis) => ({ doc: createDoc(a.text, a.doc), events: a.events, entities: a.entities, sources: a.sources, attributions: a.attributions });
const key = (e: Analysis['events'][number]) => `${e.type}@${e.trigger.start}`;

afterEach(() => setEventFilter(null));

describe('event filter model', () => {
  it('the shipped model loads with its format, a threshold in [0, 1] and weights', () => {
    const m = loadFilterModel();
    expect(m.format).toBe(FILTER_FORMAT);
    expect(m.threshold).toBeGreaterThanOrEqual(0);
    expect(m.threshold).toBeLessThanOrEqual(1);
    expect(Object.keys(m.weights).length).toBeGreaterThan(20);
    expect(typeof m.weights.b).toBe('number');
  });

  it('a corrupt or foreign model file is a clear error naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-filter-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format": "isnad.event-filter/1", "threshold": 0.2, "weights": {');
    expect(() => loadFilterModel(bad)).toThrow(/event filter model .*bad\.json: not valid JSON/);
    expect(() => parseFilterModel('{"format":"other","threshold":0.2,"weights":{}}', 'm.json')).toThrow(/m\.json: format is not isnad\.event-filter\/1/);
    expect(() => parseFilterModel(`{"format":"${FILTER_FORMAT}","threshold":2,"weights":{}}`)).toThrow(/threshold must be a number in \[0, 1\]/);
    expect(() => parseFilterModel(`{"format":"${FILTER_FORMAT}","threshold":0.2,"weights":{"b":"x"}}`)).toThrow(/weight of "b" is not a finite number/);
    expect(() => loadFilterModel(join(dir, 'missing.json'))).toThrow(/file not found/);
  });

  it('the score is the logistic of the summed weights of the features present', () => {
    const m = { weights: { b: -1, 't=PROTEST': 2.5, 'pos=verb': 0.5 } };
    expect(scoreFeatures(m, ['b', 't=PROTEST', 'pos=verb', 'unknown'])).toBeCloseTo(1 / (1 + Math.exp(-2)), 12);
    expect(scoreFeatures(m, ['b'])).toBeCloseTo(1 / (1 + Math.exp(1)), 12);
  });
});

describe('event filter at run time', () => {
  it('is off unless switched on, and the switch overrides $ISNAD_EVENT_FILTER', () => {
    const saved = process.env.ISNAD_EVENT_FILTER;
    try {
      process.env.ISNAD_EVENT_FILTER = '1';
      expect(eventFilterEnabled()).toBe(true);
      setEventFilter(false);
      expect(eventFilterEnabled()).toBe(false);
      setEventFilter(null);
      process.env.ISNAD_EVENT_FILTER = '0';
      expect(eventFilterEnabled()).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.ISNAD_EVENT_FILTER;
      else process.env.ISNAD_EVENT_FILTER = saved;
    }
  });

  it('features and scores are deterministic and one list per event', () => {
    const a = run(false);
    expect(a.events.length).toBeGreaterThan(2);
    const f1 = eventFeatures(inputOf(a));
    const f2 = eventFeatures(inputOf(run(false)));
    expect(f1).toEqual(f2);
    expect(f1.length).toBe(a.events.length);
    for (const f of f1) expect(f).toContain('b');
    const m = loadFilterModel();
    expect(scoreEvents(m, inputOf(a))).toEqual(scoreEvents(m, inputOf(a)));
  });

  it('with the shipped model, the events kept are exactly those scoring at or above its threshold', () => {
    const off = run(false);
    const m = loadFilterModel();
    const scores = scoreEvents(m, inputOf(off));
    const expected = off.events.filter((_, i) => scores[i] >= m.threshold).map(key);
    const on = run(true);
    expect(on.events.map(key)).toEqual(expected);
    on.events.forEach((e, i) => expect(e.id).toBe(`V${i + 1}`));
  });

  it('a dropped event is the one the model scores low', () => {
    const off = run(false);
    const types = new Set(off.events.map((e) => e.type));
    expect(types.has('PROTEST')).toBe(true);
    expect(types.size).toBeGreaterThan(1);
    // a model that likes everything but protests
    const model: FilterModel = { format: FILTER_FORMAT, threshold: 0.5, weights: { b: 3, 't=PROTEST': -10 } };
    const inp = inputOf(off);
    const scores = scoreEvents(model, inp);
    const kept = filterEvents({ ...inp, events: off.events.map((e) => ({ ...e })) }, model);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((e) => e.type !== 'PROTEST')).toBe(true);
    expect(kept.map(key)).toEqual(off.events.filter((e) => e.type !== 'PROTEST').map(key));
    off.events.forEach((e, i) => expect(scores[i] < 0.5).toBe(e.type === 'PROTEST'));
  });

  it('a document shorter than an article is left alone', () => {
    const text = 'تظاهر مئات من سكان صفاقس أمام مقر الولاية. واعتقلت قوات الأمن عشرة من المحتجين.';
    const a = analyze({ text, meta: { id: 'short', published: '2025-06-02' } });
    const inp = inputOf(a);
    expect(inp.doc.sentences.length).toBeLessThan(FILTER_MIN_SENTENCES);
    expect(a.events.length).toBeGreaterThan(0);
    const dropAll: FilterModel = { format: FILTER_FORMAT, threshold: 0.5, weights: { b: -10 } };
    expect(filterEvents(inp, dropAll)).toBe(a.events);
    // …while an article loses every event under that model
    const art = run(false);
    expect(filterEvents(inputOf(art), dropAll)).toEqual([]);
  });
});
