// Session-2 mechanisms of the event stage: non-entity participants, participles, relative clauses,
// subject-as-target verbs, anonymity formulas, purpose clauses and the evaluator's participant matching.
import { describe, expect, it } from 'vitest';
import { SCHEMA_ID, type Analysis } from '../../src/contract.ts';
import { createDoc } from '../../src/doc.ts';
import { extractDates } from '../../src/dates/index.ts';
import { extractEvents } from '../../src/events/index.ts';
import type { AttributionLayer } from '../../src/attributions/index.ts';
import { namesMatch, scoreFile } from '../../src/eval/events.ts';
import { validateAnalysis } from '../../src/validate.ts';
import { handLayer, type HandEntity } from './helpers.ts';

const NONE: AttributionLayer = { sources: [], attributions: [] };

function run(text: string, ents: HandEntity[], att: AttributionLayer = NONE) {
  const doc = createDoc(text, { id: 't', language: 'ar', published: '2024-03-05' });
  const layer = handLayer(doc, ents);
  const events = extractEvents(doc, layer, att, extractDates(doc));
  const name = (id: string | null) => (id ? layer.entities.find((e) => e.id === id)?.name ?? id : null);
  const view = events.map((e) => ({
    ...e, A: e.actors.map(name), T: e.targets.map(name), P: name(e.place),
    pa: (e.participants ?? []).filter((p) => p.role === 'actor').map((p) => p.text),
    pt: (e.participants ?? []).filter((p) => p.role === 'target').map((p) => p.text),
  }));
  return { doc, layer, events, view };
}

const E: HandEntity[] = [
  { type: 'LOC', name: 'نابلس', mentions: ['نابلس'] },
  { type: 'LOC', name: 'الحسكة', mentions: ['الحسكة'] },
  { type: 'ORG', name: 'حركة حماس', mentions: ['حماس'] },
  { type: 'PER', name: 'أيمن الصفدي', mentions: ['أيمن الصفدي'] },
  { type: 'PER', name: 'سامح شكري', mentions: ['سامح شكري'] },
  { type: 'PER', name: 'نجيب ميقاتي', mentions: ['نجيب ميقاتي', 'ميقاتي'] },
  { type: 'ORG', name: 'الأمم المتحدة', mentions: ['الأمم المتحدة'] },
  { type: 'LOC', name: 'عمّان', mentions: ['عمّان'] },
  { type: 'LOC', name: 'ميناء اللاذقية', mentions: ['ميناء اللاذقية'] },
  { type: 'PER', name: 'علي حسن', mentions: ['علي حسن'] },
];

describe('group and common-noun participants', () => {
  it('a definite head with its adjectives: "قوات الأمن الأردنية" is the actor, with no entity', () => {
    const v = run('اعتقلت قوات الأمن الأردنية ثلاثة ناشطين في عمّان.', E).view[0];
    expect(v).toMatchObject({ type: 'COERCE', A: [], P: 'عمّان' });
    expect(v.pa).toEqual(['قوات الأمن الأردنية']);
    // (session 6: a count of people is written with its number, as the gold convention asks)
    expect(v.pt).toEqual(['ثلاثة ناشطين']);
    const p = v.participants!.find((x) => x.role === 'actor')!;
    expect(p.entity).toBeNull();
    expect(p.evidence![0]).toMatch(/^lexicon:data\/events\/groups\.tsv:\d+$/);
  });
  it('an indefinite head with an indefinite adjective, and a quantity of a group', () => {
    expect(run('هاجم مسلحون ملثمون حاجزاً عسكرياً قرب الحسكة.', E).view[0].pa).toEqual(['مسلحون ملثمون']);
    expect(run('تظاهر آلاف المتقاعدين والعمال وسط نابلس.', E).view[0].pa[0]).toBe('آلاف المتقاعدين');
    expect(run('تظاهر مئات المحتجين وسط نابلس.', E).view[0].pa).toEqual(['مئات المحتجين']);
  });
  it('a clitic is not part of the span; fused لل drops the article letters', () => {
    const { view, doc } = run('وجهت الحكومة اتهامات للمحتجين بإثارة الشغب في نابلس.', E);
    const v = view.find((x) => x.type === 'ACCUSE')!;
    for (const p of v.participants ?? []) expect(doc.text.slice(p.start, p.end)).toBe(p.text);
    expect(v.pa).toEqual(['الحكومة']);
  });
  it('a title followed by a name is no participant of its own; the named entity is', () => {
    const v = run('التقى وزير الخارجية الأردني أيمن الصفدي نظيره المصري سامح شكري في عمّان.', E).view[0];
    expect(v).toMatchObject({ type: 'CONSULT', A: ['أيمن الصفدي'], T: ['سامح شكري'], P: 'عمّان' });
    expect(v.pa).toEqual(['أيمن الصفدي']);
  });
  it('a group noun in construct with an entity yields to the entity ("عناصر حماس")', () => {
    const v = run('هاجم عناصر حماس موقعاً عسكرياً قرب نابلس.', E).view[0];
    expect(v.A).toEqual(['حركة حماس']);
  });
});

describe('clause structure', () => {
  it('a circumstantial participle shares the subject of the main clause and takes the following NP as target', () => {
    const text = 'قال رئيس الحكومة نجيب ميقاتي إن البلاد تمر بأزمة، مطالباً الأمم المتحدة بزيادة المساعدات.';
    const att: AttributionLayer = {
      sources: [{ id: 'S1', kind: 'named', label: 'نجيب ميقاتي', entity: 'E6', mentions: [] }],
      attributions: [{ id: 'A1', kind: 'indirect', source: 'S1', cue: { start: 0, end: 3, text: 'قال' }, content: { start: 36, end: 52, text: text.slice(36, 52) } }],
    };
    const v = run(text, E, att).view.find((x) => x.type === 'REQUEST')!;
    expect(v).toMatchObject({ A: ['نجيب ميقاتي'], T: ['الأمم المتحدة'] });
    expect(v.evidence).toContain('rule:participle-subject-speaker');
  });
  it('the antecedent of a subject relative clause is the subject ("… علي حسن الذي وصل إلى عمّان")', () => {
    const v = run('استقبل الصفدي الوزير علي حسن الذي وصل إلى عمّان صباح اليوم.', E).view.find((x) => x.mode === 'visit')!;
    expect(v).toMatchObject({ A: ['علي حسن'], T: ['عمّان'] });
    expect(v.evidence).toContain('rule:relative-antecedent-subject');
  });
  it('والي (governor) and علي (a name) are not the prepositions إلى and على', () => {
    const ents: HandEntity[] = [{ type: 'LOC', name: 'الحسكة', mentions: ['الحسكة'] }, { type: 'PER', name: 'سالم يوسف', mentions: ['سالم يوسف'] }];
    const v = run('أعلنت السلطات مقتل والي الحسكة سالم يوسف.', ents).view.find((x) => x.type === 'ASSAULT')!;
    expect(v.T).toEqual(['سالم يوسف']);
  });
  it('verbs whose subject undergoes the event (أصيب، استشهد) make it the target', () => {
    const v = run('أصيب ثلاثة جنود في انفجار قرب الحسكة.', E).view.find((x) => x.trigger.text === 'أصيب')!;
    expect(v).toMatchObject({ type: 'ASSAULT', A: [] });
    expect(v.pt).toEqual(['ثلاثة جنود']);
    expect(v.pa).toEqual([]);
  });
});

describe('precision guards', () => {
  it('the anonymity formula of a source is no REQUEST', () => {
    const { events } = run('وقال مسؤول في الأمم المتحدة، طلب عدم ذكر اسمه، إن الوضع خطير.', E);
    expect(events.filter((e) => e.type === 'REQUEST')).toEqual([]);
  });
  it('a demand that states the purpose of a protest belongs to the protest', () => {
    const { view } = run('أضرب المعلمون في نابلس للمطالبة بصرف رواتبهم.', E);
    expect(view.map((v) => v.type)).toEqual(['PROTEST']);
    expect(view[0].evidence).toContain('rule:purpose-of-protest');
  });
  it('a ship that arrives is no visit; a statement issued by an office is no seizure', () => {
    expect(run('وصلت سفينة مساعدات إلى ميناء اللاذقية.', E).events.some((e) => e.type === 'CONSULT')).toBe(false);
    expect(run('وجاء في بيان صادر عن الأمم المتحدة أن الوضع صعب.', E).events.some((e) => e.type === 'COERCE')).toBe(false);
  });
  it('لـ before a past form is a preposition: "لبحث" is no verb', () => {
    expect(run('اجتمع الوزراء لبحث الملف في عمّان.', E).view.map((v) => v.trigger.text)).toEqual(['اجتمع']);
  });
});

describe('contract and evaluation', () => {
  it('participants validate against the schema and their spans slice the text', () => {
    const { doc, layer, events } = run('اعتقلت قوات الأمن الأردنية ثلاثة ناشطين في عمّان.', E);
    const a: Analysis = {
      schema: SCHEMA_ID, doc: doc.meta, text: doc.text, paragraphs: doc.paragraphs, sentences: doc.sentences, entities: layer.entities,
      sources: [], attributions: [], events, dates: [],
      metrics: { attributions: 0, direct: 0, indirect: 0, sources: 0, namedSources: 0, anonymousSources: 0, anonymousShare: 0 },
    };
    expect(validateAnalysis(a).errors).toEqual([]);
    const bad = structuredClone(a);
    bad.events[0].participants![0].start += 1;
    expect(validateAnalysis(bad).ok).toBe(false);
    const badRef = structuredClone(a);
    badRef.events[0].participants![0].entity = 'E99';
    expect(validateAnalysis(badRef).errors.join()).toMatch(/E99/);
  });
  it('names match across the plural case ending and the article', () => {
    expect(namesMatch('المحتجون', 'محتجين')).toBe(true);
    expect(namesMatch('قوات الأمن', 'قوات الأمن التونسية')).toBe(true);
    expect(namesMatch('المحتجون', 'المتظاهرون')).toBe(false);
  });
  it('a gold actor matches a participant text; with no gold actor, a target identifies the event', () => {
    const { doc, layer, events } = run('اعتقلت قوات الأمن الأردنية ثلاثة ناشطين في عمّان.', E);
    const a: Analysis = {
      schema: SCHEMA_ID, doc: doc.meta, text: doc.text, paragraphs: doc.paragraphs, sentences: doc.sentences, entities: layer.entities,
      sources: [], attributions: [], events, dates: [],
      metrics: { attributions: 0, direct: 0, indirect: 0, sources: 0, namedSources: 0, anonymousSources: 0, anonymousShare: 0 },
    };
    expect(scoreFile('x', a, { events: [{ type: 'COERCE', actors: ['قوات الأمن'], targets: [] }] }).matched).toBe(1);
    expect(scoreFile('x', a, { events: [{ type: 'COERCE', actors: [], targets: ['الناشطون'] }] }).matched).toBe(1);
    expect(scoreFile('x', a, { events: [{ type: 'COERCE', actors: ['الجيش'], targets: [] }] }).matched).toBe(0);
  });
});

describe('merging and scoping (session 2)', () => {
  const P: HandEntity[] = [
    { type: 'PER', name: 'عبد الفتاح السيسي', mentions: ['عبد الفتاح السيسي'] },
    { type: 'ORG', name: 'مجلس السيادة السوداني', mentions: ['مجلس السيادة السوداني'] },
    { type: 'PER', name: 'عبد الفتاح البرهان', mentions: ['عبد الفتاح البرهان'] },
    { type: 'ORG', name: 'الأمم المتحدة', mentions: ['الأمم المتحدة'] },
    { type: 'PER', name: 'فولكر تورك', mentions: ['فولكر تورك'] },
    { type: 'LOC', name: 'العراق', mentions: ['العراق'] },
    { type: 'LOC', name: 'سلطنة عمان', mentions: ['سلطنة عمان'] },
    { type: 'PER', name: 'سنان أوغان', mentions: ['سنان أوغان'] },
    { type: 'PER', name: 'رجب طيب أردوغان', mentions: ['أردوغان'] },
    { type: 'PER', name: 'محمد بن زايد', mentions: ['محمد بن زايد'] },
    { type: 'LOC', name: 'مسقط', mentions: ['مسقط'] },
  ];
  it('a call "في اتصال هاتفي تلقاه من Y" is the manner of the CONSULT just named; the caller joins the actors', () => {
    const { view } = run('بحث الرئيس عبد الفتاح السيسي، في اتصال هاتفي تلقاه من رئيس مجلس السيادة السوداني الفريق أول عبد الفتاح البرهان، تطورات الأوضاع.', P);
    expect(view.length).toBe(1);
    expect(view[0]).toMatchObject({ type: 'CONSULT', mode: 'phone', A: ['عبد الفتاح السيسي', 'عبد الفتاح البرهان'] });
  });
  it('an organisation inside a title yields to the person it introduces; a demanded inquiry is no event', () => {
    const { view } = run('دعا مفوض الأمم المتحدة السامي لحقوق الإنسان فولكر تورك إلى تحقيق مستقل.', P);
    expect(view.map((v) => [v.type, v.A])).toEqual([['REQUEST', ['فولكر تورك']]]);
    expect(view[0].evidence).toContain('rule:content-of-demand');
  });
  it('members named after a group actor ("دول عدة، بينها X وY") are actors', () => {
    const v = run('ورحبت دول عدة بالاتفاق، بينها العراق وسلطنة عمان.', P).view[0];
    expect(v).toMatchObject({ type: 'SUPPORT', A: ['العراق', 'سلطنة عمان'] });
    expect(v.pa[0]).toBe('دول عدة');
  });
  it('"زيارة … التي قام بها X": X performed the visit', () => {
    const v = run('ويعود المشروع إلى زيارة الدولة التي قام بها الشيخ محمد بن زايد إلى مسقط.', P).view[0];
    expect(v).toMatchObject({ type: 'CONSULT', mode: 'visit', A: ['محمد بن زايد'], T: ['مسقط'] });
  });
  it('a date inside a relative clause does not date the main event', () => {
    const v = run('وكان المرشح سنان أوغان، الذي حل ثالثاً في 14 مايو، قد أعلن دعمه لأردوغان.', P).view.find((x) => x.type === 'SUPPORT')!;
    expect(v.date).toEqual({ value: '2024-03-05', basis: 'published' });
  });
  it('a later definite mention of an event ("الزيارة") merges into the event it refers to', () => {
    const { view } = run('زار الشيخ محمد بن زايد مسقط. وتناولت الزيارة ملفات عدة.', P);
    expect(view.filter((v) => v.type === 'CONSULT').length).toBe(1);
    expect(view[0].evidence!.some((e) => e.startsWith('rule:definite-mention@'))).toBe(true);
  });
  it('a first-person verb in a statement has the speaker as subject', () => {
    const text = 'وقال البرهان: «نطالب الأمم المتحدة بالتحرك».';
    const start = text.indexOf('نطالب');
    const att: AttributionLayer = {
      sources: [{ id: 'S1', kind: 'named', label: 'البرهان', entity: 'E1', mentions: [] }],
      attributions: [{ id: 'A1', kind: 'direct', source: 'S1', cue: { start: 0, end: 4, text: 'وقال' }, content: { start, end: text.length - 2, text: text.slice(start, text.length - 2) } }],
    };
    const v = run(text, [{ type: 'PER', name: 'عبد الفتاح البرهان', mentions: ['البرهان'] }, { type: 'ORG', name: 'الأمم المتحدة', mentions: ['الأمم المتحدة'] }], att).view[0];
    expect(v).toMatchObject({ type: 'REQUEST', A: ['عبد الفتاح البرهان'], T: ['الأمم المتحدة'], attribution: 'A1' });
    expect(v.evidence).toContain('rule:first-person-speaker');
  });
});

describe('dateline', () => {
  it('after a title line and with an agency in brackets, the dateline places the lead events', () => {
    const text = 'عنوان الخبر هنا\nعمّان (بترا) – استقبل الملك وفداً من الأمم المتحدة أمس.\nوقال مسؤول إن اللقاء ناجح.';
    const v = run(text, E).view.find((x) => x.type === 'CONSULT')!;
    expect(v).toMatchObject({ P: 'عمّان' });
    expect(v.evidence).toContain('rule:dateline-place');
  });
});

describe('headline', () => {
  it('a headline event restating the lead is merged into the lead event', () => {
    const text = 'قوات الأمن تعتقل ناشطين في نابلس\nنابلس – اعتقلت قوات الأمن الأردنية، فجر اليوم، ثلاثة ناشطين من منازلهم.';
    const { view } = run(text, E);
    const coerce = view.filter((v) => v.type === 'COERCE');
    expect(coerce.length).toBe(1);
    expect(coerce[0].trigger.text).toBe('اعتقلت');
    expect(coerce[0].evidence!.some((e) => e.startsWith('rule:headline-restates-lead@'))).toBe(true);
  });
});

describe('visits and affiliations', () => {
  it('"إن وفداً من الصندوق سيزور عمّان": the delegation visits; the city is the target, not the visitor', () => {
    const v = run('وقال مسؤول إن وفداً من الصندوق سيزور عمّان الشهر المقبل، وإن الحكومة تعتزم الاقتراض.', E).view.find((x) => x.mode === 'visit')!;
    expect(v).toMatchObject({ A: [], T: ['عمّان'], P: 'عمّان' });
    expect(v.pa).toEqual(['وفداً']);
    expect(v.evidence).toContain('rule:svo-subject-with-affiliation');
  });
  it('a noun agreed on ("موافقة … على اتفاق") is the content of the agreement, not a second one', () => {
    const { view } = run('أعلنت الأمم المتحدة موافقتها على اتفاق مع عمّان.', E);
    expect(view.filter((v) => v.type === 'AGREE').length).toBe(1);
  });
});
