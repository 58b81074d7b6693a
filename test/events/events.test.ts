import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Event } from '../../src/contract.ts';
import { createDoc } from '../../src/doc.ts';
import { extractDates } from '../../src/dates/index.ts';
import { extractEvents } from '../../src/events/index.ts';
import { analyze } from '../../src/analyze.ts';
import type { AttributionLayer } from '../../src/attributions/index.ts';
import type { EntityLayer } from '../../src/entities/index.ts';
import { handLayer, SEED_ENTITIES, type HandEntity } from './helpers.ts';

const SEED = readFileSync('/work/shared/seed/000_60db55bcef7aaadf.txt', 'utf8');
const NONE: AttributionLayer = { sources: [], attributions: [] };

function run(text: string, ents: HandEntity[], published = '2023-04-12', att: AttributionLayer = NONE) {
  const doc = createDoc(text, { id: 't', language: 'ar', published });
  const layer = handLayer(doc, ents);
  const events = extractEvents(doc, layer, att, extractDates(doc));
  const name = (id: string | null) => (id ? layer.entities.find((e) => e.id === id)?.name ?? id : null);
  const view = events.map((e) => ({ ...e, A: e.actors.map(name), T: e.targets.map(name), P: name(e.place) }));
  return { doc, layer, events, view };
}

type V = ReturnType<typeof run>['view'][number];
const find = (vs: V[], type: string, pred: (v: V) => boolean) => vs.find((v) => v.type === type && pred(v));

describe('seed article (hand entity layer: pins roles independently of the entity stage)', () => {
  const { view, events, doc } = run(SEED, SEED_ENTITIES, '2020-08-20');

  it("Qaani's visit to Baghdad: CONSULT visit", () => {
    const v = find(view, 'CONSULT', (x) => x.mode === 'visit' && x.A.includes('إسماعيل قاآني'));
    expect(v?.T).toContain('بغداد');
  });
  it("his meeting with al-Kadhimi in the Green Zone: CONSULT", () => {
    const v = find(view, 'CONSULT', (x) => x.mode !== 'visit' && x.A.includes('إسماعيل قاآني') && x.T.includes('مصطفى الكاظمي'));
    expect(v).toBeDefined();
    expect(v!.P).toBe('المنطقة الخضراء');
  });
  it("al-Kadhimi's visit to Washington", () => {
    const v = find(view, 'CONSULT', (x) => x.mode === 'visit' && x.A.includes('مصطفى الكاظمي'));
    expect(v?.T).toContain('واشنطن');
  });
  it('Katyusha rockets on the Green Zone: ASSAULT with an unknown perpetrator', () => {
    const v = find(view, 'ASSAULT', (x) => x.P === 'المنطقة الخضراء' && x.A.length === 0);
    expect(v).toBeDefined();
    expect(v!.mode).toBe('heavy-weapons');
  });
  it('shelling of Victoria base: ASSAULT, perpetrator unknown', () => {
    const v = find(view, 'ASSAULT', (x) => x.T.includes('قاعدة فيكتوريا'));
    expect(v).toBeDefined();
    expect(v!.A).toEqual([]);
  });
  it('killing of Soleimani and al-Muhandis by a drone strike, dated 2020-01', () => {
    const v = find(view, 'ASSAULT', (x) => x.T.includes('قاسم سليماني'));
    expect(v).toBeDefined();
    expect(v!.T).toContain('أبو مهدي المهندس');
    expect(v!.date).toEqual({ value: '2020-01', text: 'يناير/كانون الثاني الماضي', basis: 'text' });
    expect(['drone', 'assassinate']).toContain(v!.mode);
  });
  it('refusal of the two factions to attend: REJECT with both as actors', () => {
    const v = find(view, 'REJECT', (x) => x.A.includes('عصائب أهل الحق'));
    expect(v?.A).toEqual(['عصائب أهل الحق', 'كتائب حزب الله']);
  });
  it("al-Maliki's and al-Amiri's request to al-Kadhimi, and al-Amiri's demand: REQUEST", () => {
    const both = find(view, 'REQUEST', (x) => x.A.includes('نوري المالكي'));
    expect(both?.A).toEqual(['نوري المالكي', 'هادي العامري']);
    expect(both?.T).toEqual(['مصطفى الكاظمي']);
    const amiri = find(view, 'REQUEST', (x) => x.A.length === 1 && x.A[0] === 'هادي العامري');
    expect(amiri?.T).toEqual(['مصطفى الكاظمي']);
  });
  it('the Popular Mobilization name is not a MOBILIZE event; every trigger span slices the text', () => {
    expect(events.some((e) => e.type === 'MOBILIZE')).toBe(false);
    for (const e of events) expect(doc.text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    for (const e of events) expect(e.evidence?.[0]).toMatch(/^lexicon:data\/events\/triggers\.tsv:\d+$/);
  });
  it('repeated mentions of one event become one record', () => {
    expect(view.filter((x) => x.type === 'CONSULT' && x.mode === 'visit' && x.A.includes('إسماعيل قاآني')).length).toBe(1);
  });
});

describe('roles from clause structure', () => {
  const E: HandEntity[] = [
    { type: 'PER', name: 'عبد الفتاح البرهان', mentions: ['البرهان'] },
    { type: 'PER', name: 'عبد الفتاح السيسي', mentions: ['السيسي'] },
    { type: 'LOC', name: 'مصر', mentions: ['مصر'] },
    { type: 'LOC', name: 'القاهرة', mentions: ['القاهرة'] },
    { type: 'LOC', name: 'الخرطوم', mentions: ['الخرطوم'] },
    { type: 'ORG', name: 'الجيش السوداني', mentions: ['الجيش السوداني', 'الجيش'] },
    { type: 'ORG', name: 'قوات الدعم السريع', mentions: ['قوات الدعم السريع'] },
    { type: 'ORG', name: 'الأمم المتحدة', mentions: ['الأمم المتحدة'] },
    { type: 'PER', name: 'محمد حمدان دقلو', mentions: ['دقلو'] },
  ];
  it('VSO with a bare object, and a conjoined verb that keeps its subject', () => {
    const { view } = run('زار عبد الفتاح البرهان مصر يوم الثلاثاء الماضي والتقى السيسي في القاهرة.', E);
    expect(view[0]).toMatchObject({ type: 'CONSULT', mode: 'visit', A: ['عبد الفتاح البرهان'], T: ['مصر'], date: { value: '2023-04-11', basis: 'text' } });
    expect(view[1]).toMatchObject({ type: 'CONSULT', A: ['عبد الفتاح البرهان'], T: ['عبد الفتاح السيسي'], P: 'القاهرة' });
  });
  it('SVO with auxiliaries and a preposition: "X قد اجتمع مع Y"', () => {
    const { view } = run('وكان البرهان قد اجتمع مع السيسي في القاهرة.', E);
    expect(view[0]).toMatchObject({ type: 'CONSULT', A: ['عبد الفتاح البرهان'], T: ['عبد الفتاح السيسي'], P: 'القاهرة' });
  });
  it('masdar genitive: زيارة X إلى Y (X visits Y); اغتيال X (X is the target)', () => {
    const v1 = run('وتأتي زيارة البرهان إلى القاهرة وسط توتر.', E).view[0];
    expect(v1).toMatchObject({ type: 'CONSULT', mode: 'visit', A: ['عبد الفتاح البرهان'], T: ['القاهرة'] });
    const v2 = run('أثار اغتيال دقلو غضبا واسعا.', E).view[0];
    expect(v2).toMatchObject({ type: 'ASSAULT', mode: 'assassinate', A: [], T: ['محمد حمدان دقلو'] });
  });
  it('an attack with agent and target, coordinated actors, and من قبل', () => {
    const v1 = run('قصفت قوات الدعم السريع مواقع الجيش السوداني في الخرطوم.', E).view[0];
    expect(v1).toMatchObject({ type: 'ASSAULT', A: ['قوات الدعم السريع'], T: ['الجيش السوداني'], P: 'الخرطوم' });
    const v2 = run('طالب البرهان والسيسي الأمم المتحدة بالتحرك.', E).view[0];
    expect(v2).toMatchObject({ type: 'REQUEST', A: ['عبد الفتاح البرهان', 'عبد الفتاح السيسي'], T: ['الأمم المتحدة'] });
    const v3 = run('تعرضت الخرطوم إلى القصف من قبل قوات الدعم السريع.', E).view[0];
    expect(v3).toMatchObject({ type: 'ASSAULT', A: ['قوات الدعم السريع'], T: ['الخرطوم'] });
  });
  it('accusation and request with من', () => {
    const v1 = run('اتهم الجيش السوداني قوات الدعم السريع بخرق الهدنة.', E).view[0];
    expect(v1).toMatchObject({ type: 'ACCUSE', A: ['الجيش السوداني'], T: ['قوات الدعم السريع'] });
    const v2 = run('طلب البرهان من السيسي دعم الجيش.', E).view.find((v) => v.type === 'REQUEST');
    expect(v2).toMatchObject({ A: ['عبد الفتاح البرهان'], T: ['عبد الفتاح السيسي'] });
  });
  it('a possessive masdar takes the nearest fitting NP before it ("مع البرهان، قبيل زيارته إلى مصر")', () => {
    const v = run('ناقش السيسي الأمور مع البرهان، قبيل زيارته إلى مصر.', E).view.find((x) => x.mode === 'visit');
    expect(v).toMatchObject({ A: ['عبد الفتاح البرهان'], T: ['مصر'] });
    expect(v!.evidence).toContain('rule:possessive-antecedent');
  });
  it('modality: negation, future, hypothetical are kept and flagged', () => {
    const neg = run('لم يلتق البرهان بالسيسي.', E).events[0];
    expect(neg).toMatchObject({ type: 'CONSULT', negated: true });
    const fut = run('سيزور البرهان القاهرة الأسبوع المقبل.', E).events[0];
    expect(fut.context).toContain('future');
    expect(fut.negated).toBeUndefined();
    const fut2 = run('من المقرر أن يزور البرهان القاهرة.', E).events[0];
    expect(fut2.context).toContain('future');
    const hyp = run('إذا هاجمت قوات الدعم السريع الخرطوم فإن الرد سيكون قاسيا.', E).events[0];
    expect(hyp).toMatchObject({ type: 'ASSAULT', context: ['hypothetical'] });
    const noun = run('انتهى اللقاء دون اتفاق بين البرهان والسيسي.', E).events.find((e) => e.type === 'AGREE');
    expect(noun?.negated).toBe(true);
    const clause = run('غادر البرهان القاهرة دون أن يلتقي السيسي.', E).events.find((e) => e.type === 'CONSULT');
    expect(clause?.negated).toBe(true);
    // "طائرة بدون طيار" (a drone) negates nothing after it
    const drone = run('بعد هجوم بطائرة بدون طيار على مطار الخرطوم، زار البرهان القاهرة.', E).events.find((e) => e.mode === 'visit');
    expect(drone?.negated).toBeUndefined();
    const plain = run('زار البرهان القاهرة.', E).events[0];
    expect(plain.negated).toBeUndefined();
    expect(plain.context).toBeUndefined();
  });
  it('an event inside reported content links to its attribution', () => {
    const text = 'قال مصدر مطلع إن البرهان التقى السيسي في القاهرة.';
    const start = text.indexOf('البرهان');
    const att: AttributionLayer = {
      sources: [{ id: 'S1', kind: 'anonymous', label: 'مصدر مطلع', entity: null, mentions: [] }],
      attributions: [{ id: 'A1', kind: 'indirect', source: 'S1', cue: { start: 0, end: 3, text: 'قال' }, content: { start, end: text.length - 1, text: text.slice(start, text.length - 1) } }],
    };
    const { events } = run(text, E, '2023-04-12', att);
    expect(events[0]).toMatchObject({ type: 'CONSULT', attribution: 'A1' });
    expect(run('التقى البرهان السيسي في القاهرة.', E).events[0].attribution).toBeUndefined();
  });
  it("a sentence's date goes to all its events, but a later date never to a past-tense verb", () => {
    const { view } = run('زار البرهان مصر يوم الثلاثاء الماضي والتقى السيسي في القاهرة.', E);
    expect(view.map((v) => v.date?.value)).toEqual(['2023-04-11', '2023-04-11']);
    const v2 = run('دعا البرهان الأمم المتحدة إلى التحرك، متعهداً بخطة جديدة الشهر المقبل.', E).view[0];
    expect(v2.date).toEqual({ value: '2023-04-12', basis: 'published' });
    const v3 = run('سيزور البرهان القاهرة الشهر المقبل.', E).view[0];
    expect(v3.date).toMatchObject({ value: '2023-05', basis: 'text' });
  });
  it('without a date in the sentence the publication date is used; without one, no date', () => {
    expect(run('زار البرهان القاهرة.', E).events[0].date).toEqual({ value: '2023-04-12', basis: 'published' });
    const doc = createDoc('زار البرهان القاهرة.', { id: 't', language: 'ar' });
    const ev = extractEvents(doc, handLayer(doc, E), NONE, extractDates(doc));
    expect(ev[0].date).toBeUndefined();
  });
});

describe('lexicon mechanisms', () => {
  const E: HandEntity[] = [
    { type: 'LOC', name: 'السعودية', mentions: ['السعودية'] },
    { type: 'LOC', name: 'قطر', mentions: ['قطر'] },
    { type: 'LOC', name: 'الرياض', mentions: ['الرياض'] },
    { type: 'LOC', name: 'صعدة', mentions: ['صعدة'] },
    { type: 'LOC', name: 'بيروت', mentions: ['بيروت'] },
    { type: 'LOC', name: 'إسرائيل', mentions: ['إسرائيل'] },
    { type: 'ORG', name: 'وزارة الخارجية الإيرانية', mentions: ['وزارة الخارجية الإيرانية'] },
    { type: 'PER', name: 'ناصر كنعاني', mentions: ['ناصر كنعاني'] },
    { type: 'ORG', name: 'الاتحاد العام التونسي للشغل', mentions: ['الاتحاد العام التونسي للشغل'] },
    { type: 'ORG', name: 'وزارة الصحة', mentions: ['وزارة الصحة'] },
  ];
  it('requires: وقع with an agreement noun is AGREE (one event), وقع الحادث is nothing', () => {
    const { view } = run('وقعت السعودية وقطر مذكرة تفاهم في الرياض.', E);
    expect(view.length).toBe(1);
    expect(view[0]).toMatchObject({ type: 'AGREE', A: ['السعودية', 'قطر'], P: 'الرياض' });
    expect(run('وقع الحادث في الرياض.', E).events).toEqual([]);
  });
  it('a spokesperson speaking for an organisation: the organisation is the actor', () => {
    const v = run('أدان المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني إسرائيل.', E).view[0];
    expect(v).toMatchObject({ type: 'ACCUSE', A: ['وزارة الخارجية الإيرانية'], T: ['إسرائيل'] });
    expect(v.evidence).toContain('rule:speaker-for-organisation');
  });
  it('support verbs give the actor of an event noun ("أعلن X إضراباً")', () => {
    const v = run('أعلن الاتحاد العام التونسي للشغل إضراباً عاماً في بيروت.', E).view[0];
    expect(v).toMatchObject({ type: 'PROTEST', mode: 'strike', A: ['الاتحاد العام التونسي للشغل'], P: 'بيروت' });
  });
  it('one attack told by a noun, a verb and its consequence stays one event', () => {
    const { view } = run('قالت وزارة الصحة إن غارة جوية استهدفت سوقاً في صعدة، ما أدى إلى مقتل 12 شخصاً.', E);
    const assaults = view.filter((v) => v.type === 'ASSAULT');
    expect(assaults.length).toBe(1);
    expect(assaults[0]).toMatchObject({ mode: 'aerial', P: 'صعدة', A: [] });
  });
  it('blockers and spelling guards: طائرة مسيرة is no march, وزارة is no visit', () => {
    const { events } = run('قصفت طائرة مسيرة موقعاً في صعدة.', E);
    expect(events.some((e) => e.type === 'PROTEST')).toBe(false);
    expect(events.find((e) => e.type === 'ASSAULT')?.mode).toBe('drone');
    const doc = createDoc('قالت وزارة الصحة إن الوضع مستقر.', { id: 't', language: 'ar' });
    expect(extractEvents(doc, { entities: [], mentions: [] }, NONE, []).length).toBe(0);
  });
  it('a received call: تلقى X اتصالاً من Y → Y calls X', () => {
    const E2: HandEntity[] = [
      { type: 'PER', name: 'عبد الفتاح السيسي', mentions: ['عبد الفتاح السيسي', 'السيسي'] },
      { type: 'PER', name: 'عبد الفتاح البرهان', mentions: ['عبد الفتاح البرهان'] },
      { type: 'LOC', name: 'السودان', mentions: ['السودان'] },
    ];
    const v = run('تلقى الرئيس عبد الفتاح السيسي اتصالاً هاتفياً من رئيس مجلس السيادة السوداني عبد الفتاح البرهان.', E2).view[0];
    expect(v).toMatchObject({ type: 'CONSULT', mode: 'phone', A: ['عبد الفتاح البرهان'], T: ['عبد الفتاح السيسي'] });
    const s = run('وأعرب السيسي عن دعم مصر الكامل للسودان.', E2).view[0];
    expect(s).toMatchObject({ type: 'SUPPORT', A: ['عبد الفتاح السيسي'], T: ['السودان'] });
  });
  it('title constructs, place genitives, objects of non-entity subjects, clause boundaries', () => {
    const E3: HandEntity[] = [
      { type: 'ORG', name: 'مجلس السيادة', mentions: ['مجلس السيادة'] },
      { type: 'PER', name: 'عبد الفتاح البرهان', mentions: ['عبد الفتاح البرهان'] },
      { type: 'PER', name: 'رمطان لعمامرة', mentions: ['رمطان لعمامرة'] },
      { type: 'LOC', name: 'بورتسودان', mentions: ['بورتسودان'] },
      { type: 'LOC', name: 'جدة', mentions: ['جدة'] },
      { type: 'LOC', name: 'مطار أربيل الدولي', mentions: ['مطار أربيل الدولي'] },
      { type: 'LOC', name: 'طهران', mentions: ['طهران'] },
      { type: 'LOC', name: 'واشنطن', mentions: ['واشنطن'] },
    ];
    const v1 = run('التقى رئيس مجلس السيادة عبد الفتاح البرهان بالمبعوث الأممي رمطان لعمامرة في بورتسودان.', E3).view[0];
    expect(v1).toMatchObject({ type: 'CONSULT', A: ['عبد الفتاح البرهان'], T: ['رمطان لعمامرة'], P: 'بورتسودان' });
    const v2 = run('تواصلت أمس مفاوضات جدة بين الوفدين.', E3).view.find((v) => v.type === 'CONSULT');
    expect(v2).toMatchObject({ A: [], P: 'جدة' });
    // talks that are only called for are the content of the demand, not an event
    expect(run('دعا الوسطاء إلى استئناف مفاوضات جدة قريبا.', E3).view.map((v) => v.type)).toEqual(['REQUEST']);
    const v3 = run('استهدفت طائرة مسيرة مفخخة فجر الأحد مطار أربيل الدولي.', E3).view[0];
    expect(v3).toMatchObject({ type: 'ASSAULT', mode: 'drone', A: [], T: ['مطار أربيل الدولي'] });
    const v4 = run('أفرجت طهران عن خمسة مواطنين، في حين أطلقت واشنطن سراح خمسة آخرين.', E3).view;
    expect(v4.map((v) => [v.type, v.A, v.P])).toEqual([['RETREAT', ['طهران'], null], ['RETREAT', ['واشنطن'], null]]);
  });
  it('a dateline places the physical events of the lead that name no place', () => {
    const E4: HandEntity[] = [{ type: 'LOC', name: 'طرابلس', mentions: ['طرابلس'] }, { type: 'ORG', name: 'اللواء 444', mentions: ['اللواء 444'] }];
    const v = run('طرابلس – اندلعت اشتباكات عنيفة ليل الإثنين شارك فيها اللواء 444.', E4).view.find((x) => x.type === 'ASSAULT');
    expect(v).toMatchObject({ P: 'طرابلس', date: { value: '2023-04-10', basis: 'text' } });
    expect(v!.evidence).toContain('rule:dateline-place');
  });
  it('a restating noun ("تظاهر … احتجاجاً على") does not double the event', () => {
    const { view } = run('تظاهر آلاف في بيروت احتجاجاً على الغلاء.', E);
    expect(view.filter((v) => v.type === 'PROTEST').length).toBe(1);
  });
});

describe('degrades gracefully', () => {
  it('with an empty entity layer triggers are still reported, role-less', () => {
    const doc = createDoc(SEED, { id: 's', language: 'ar', published: '2020-08-20' });
    const empty: EntityLayer = { entities: [], mentions: [] };
    const ev = extractEvents(doc, empty, NONE, extractDates(doc));
    expect(ev.length).toBeGreaterThan(5);
    expect(ev.every((e: Event) => e.actors.length === 0 && e.targets.length === 0 && e.place === null)).toBe(true);
    expect(ev.find((e) => e.type === 'ASSAULT' && e.date?.value === '2020-01')).toBeDefined();
  });
  it('never throws and keeps spans valid on random text, with random entity layers', () => {
    const words = ['زار', 'التقى', 'بالكاظمي', 'الكاظمي', 'بغداد', 'في', 'إلى', 'من', 'قبل', 'اغتيال', 'لم', '،', '.', 'و', 'رفض', 'غارة', 'جوية', 'التي', 'شهدت', 'إطلاق', 'صواريخ'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (ws) => {
      const text = ws.join(' ');
      const { doc, events } = run(text, [{ type: 'PER', name: 'مصطفى الكاظمي', mentions: ['الكاظمي'] }, { type: 'LOC', name: 'بغداد', mentions: ['بغداد'] }]);
      for (const e of events) expect(doc.text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    }), { numRuns: 200 });
  });
  it('is linear: a long article is processed quickly', () => {
    const text = (SEED + '\n').repeat(30);
    const doc = createDoc(text, { id: 'big', language: 'ar', published: '2020-08-20' });
    const layer = handLayer(doc, SEED_ENTITIES);
    const t0 = performance.now();
    const ev = extractEvents(doc, layer, NONE, extractDates(doc));
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(ev.length).toBeGreaterThan(10);
  });
});

describe('real pipeline on the seed (roles need the entity stage)', () => {
  const a = analyze({ text: SEED, meta: { id: 'seed', published: '2020-08-20' } });
  const name = (id: string) => a.entities.find((e) => e.id === id)?.name ?? '';
  const has = (ids: string[], part: string) => ids.some((id) => name(id).includes(part));
  it('finds the seed events by type', () => {
    for (const t of ['CONSULT', 'ASSAULT', 'REJECT', 'REQUEST']) expect(a.events.some((e) => e.type === t), t).toBe(true);
  });
  it.skipIf(a.entities.length === 0)('with entities: the seed roles', () => {
    expect(a.events.some((e) => e.type === 'CONSULT' && e.mode === 'visit' && has(e.actors, 'قاآني') && has(e.targets, 'بغداد'))).toBe(true);
    expect(a.events.some((e) => e.type === 'CONSULT' && e.mode !== 'visit' && has(e.actors, 'قاآني') && has(e.targets, 'الكاظمي'))).toBe(true);
    expect(a.events.some((e) => e.type === 'CONSULT' && e.mode === 'visit' && has(e.actors, 'الكاظمي') && has(e.targets, 'واشنطن'))).toBe(true);
    expect(a.events.some((e) => e.type === 'ASSAULT' && has(e.targets, 'سليماني') && e.date?.value === '2020-01')).toBe(true);
    expect(a.events.some((e) => e.type === 'REJECT' && has(e.actors, 'عصائب'))).toBe(true);
    expect(a.events.some((e) => e.type === 'REQUEST' && has(e.actors, 'العامري'))).toBe(true);
    expect(a.events.some((e) => e.type === 'REJECT' && has(e.actors, 'عصائب') && has(e.actors, 'كتائب حزب الله'))).toBe(true);
    expect(a.events.some((e) => e.type === 'ASSAULT' && e.actors.length === 0 && e.place !== null && name(e.place).includes('المنطقة الخضراء'))).toBe(true);
    expect(a.events.some((e) => e.type === 'ASSAULT' && e.actors.length === 0 && has(e.targets, 'فيكتوريا'))).toBe(true);
    const killing = a.events.find((e) => e.type === 'ASSAULT' && has(e.targets, 'سليماني'))!;
    expect(has(killing.targets, 'المهندس')).toBe(true);
  });
  it.skipIf(a.entities.length === 0 || a.attributions.length === 0)('with attributions: reported events link to the statement that reports them', () => {
    const req = a.events.find((e) => e.type === 'REQUEST' && has(e.actors, 'المالكي'));
    expect(req?.attribution).toBeTruthy();
    const att = a.attributions.find((x) => x.id === req!.attribution)!;
    expect(att.content.start).toBeLessThanOrEqual(req!.trigger.start);
    expect(att.content.end).toBeGreaterThan(req!.trigger.start);
  });
});
