// Session 5, third round: who acts. Title descriptions as objects, subjects before «كانا/كانوا قد», duals named by a
// «بين» pair or by the event «خلال» points to, units with an adjective before من, and counts of things.
import { describe, expect, it } from 'vitest';
import { runEvents, PER, LOC, ORG } from './helpers.ts';
import { analyze } from '../../src/analyze.ts';

type R = ReturnType<typeof runEvents>;
const byType = (r: R, type: string) => r.events.filter((e) => e.type === type);
const actorNames = (r: R, e: R['events'][number]) => [...e.actors.map((id) => r.name(id)), ...r.texts(e, 'actor')];
const fullActors = (a: ReturnType<typeof analyze>, type: string) =>
  a.events.filter((e) => e.type === type).map((e) => e.actors.map((id) => a.entities.find((x) => x.id === id)?.name ?? id));

describe('session 5c: a title description as object is the person named with that title', () => {
  it('«استقبل الملك الوزيرة الألمانية»: the visitor is the minister named before, and acts', () => {
    const r = runEvents('وصلت وزيرة التعاون الألمانية هيلغا برانت إلى عمّان أمس. وكان الملك عبدالله الثاني قد استقبل الوزيرة الألمانية مساء الثلاثاء في قصر الحسينية.',
      [PER('هيلغا برانت'), PER('عبدالله الثاني'), LOC('عمّان'), LOC('قصر الحسينية')]);
    const cs = byType(r, 'CONSULT').find((e) => e.evidence?.includes('rule:host-receives-visitor'));
    expect(cs).toBeTruthy();
    expect(cs!.actors.map(r.name)).toEqual(['هيلغا برانت']);
    expect(cs!.targets.map(r.name)).toContain('عبدالله الثاني');
  });
  it('a short organisation description as object refers to the body named before («اتهم الحركة»)', () => {
    const r = runEvents('وأعلنت حركة العدل والمساواة انسحابها من المفاوضات. واتهم وزير الداخلية سالم حمدي الحركة بعرقلة الاتفاق.',
      [ORG('حركة العدل والمساواة'), PER('سالم حمدي')]);
    const acc = byType(r, 'ACCUSE');
    expect(acc.length).toBe(1);
    expect(acc[0].targets.map(r.name)).toContain('حركة العدل والمساواة');
  });
  it('a description naming no earlier body stays as written', () => {
    const r = runEvents('واتهم وزير الداخلية سالم حمدي الحركة بعرقلة الاتفاق.', [PER('سالم حمدي')]);
    const acc = byType(r, 'ACCUSE');
    expect(acc.length).toBe(1);
    expect(acc[0].targets).toEqual([]);
    expect(r.texts(acc[0], 'target')).toContain('الحركة');
  });
});

describe('session 5c: the subject before «كان» in the dual and the plural', () => {
  it('«أن البلدين كانا قد وقعا اتفاقاً»: the dual before كانا قد signs', () => {
    const r = runEvents('وأشار البيان إلى أن البلدين كانا قد وقعا العام الماضي اتفاقاً لتطوير الحقل المشترك.', []);
    const ag = byType(r, 'AGREE');
    expect(ag.length).toBe(1);
    expect(actorNames(r, ag[0])).toContain('البلدين');
  });
  it('«أن المحتجين كانوا قد أغلقوا الطريق»: the plural subject before كانوا', () => {
    const r = runEvents('وذكر شهود أن المحتجين كانوا قد أغلقوا الطريق المؤدي إلى الميناء.', []);
    const ev = r.events.find((e) => e.trigger.text.includes('أغلقوا'));
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('المحتجين');
  });
});

describe('session 5c: the two sides a dual names', () => {
  it('«جولة محادثات بين وفدين من البلدين …، اتفق في ختامها الطرفان»: the two countries of the «بين» pair, not the callers (full pipeline)', () => {
    const a = analyze({ text: 'تلقى وزير الخارجية سالم الدوسري اتصالاً هاتفياً من نظيره الكويتي فهد العلي، جرى خلاله بحث التوتر الحدودي بين الهند وباكستان. وكانت الدوحة قد استضافت جولة محادثات بين وفدين من البلدين بوساطة قطرية، اتفق في ختامها الطرفان على تمديد وقف إطلاق النار.', meta: { published: '2025-06-10' } });
    const ag = fullActors(a, 'AGREE');
    expect(ag.length).toBe(1);
    expect(ag[0]).toEqual(expect.arrayContaining(['الهند', 'باكستان']));
    expect(ag[0]).not.toContain('فهد العلي');
  });
  it('«بين X وY» with two named parties in the dual\'s sentence (full pipeline)', () => {
    const a = analyze({ text: 'استقبل وزير الخارجية سالم الدوسري نظيره الكويتي فهد العلي. وعقدت في مسقط جولة مفاوضات بين إيران والولايات المتحدة، اتفق في ختامها الطرفان على عقد جولة جديدة.', meta: { published: '2025-06-10' } });
    const ag = fullActors(a, 'AGREE');
    expect(ag.length).toBe(1);
    expect(ag[0]).toEqual(expect.arrayContaining(['إيران', 'الولايات المتحدة']));
  });
  it('«وأعرب الجانبان خلال الاتصال عن ترحيبهما»: the sides of the call, though another two-party event came between', () => {
    const r = runEvents('تلقى وزير الخارجية سالم الدوسري اتصالاً هاتفياً من نظيره الكويتي فهد العلي. واتفقت الهند وباكستان على تمديد الهدنة. وأعرب الجانبان خلال الاتصال عن ترحيبهما بالخطوة.',
      [PER('سالم الدوسري'), PER('فهد العلي'), LOC('الهند'), LOC('باكستان')]);
    const sp = byType(r, 'SUPPORT');
    expect(sp.length).toBe(1);
    expect(sp[0].actors.map(r.name)).toEqual(expect.arrayContaining(['سالم الدوسري', 'فهد العلي']));
    expect(sp[0].actors.map(r.name)).not.toContain('الهند');
  });
});

describe('session 5c: units and counts', () => {
  it('«اقتحمت قوة كبيرة من الجيش …»: an adjective between the unit and من — the body after من acts', () => {
    const r = runEvents('وفي ساعات المساء، اقتحمت قوة كبيرة من جيش الاحتلال البلدة، واعتقلت 17 شاباً.', [ORG('جيش الاحتلال')]);
    const co = byType(r, 'COERCE');
    expect(co.length).toBeGreaterThan(0);
    for (const e of co) expect(e.actors.map(r.name)).toContain('جيش الاحتلال');
  });
  it('with no named body, the unit phrase with its adjective and من-phrase is the participant', () => {
    const r = runEvents('وفي ساعات المساء، اقتحمت قوة كبيرة من قوات الأمن البلدة.', []);
    const co = byType(r, 'COERCE');
    expect(co.length).toBe(1);
    expect(r.texts(co[0], 'actor')).toEqual(['قوة كبيرة من قوات الأمن']);
  });
  it('«وداهمت عشرات المنازل»: a count of things is no subject — the conjoined verb keeps the raiders', () => {
    const r = runEvents('اقتحمت قوة من الشرطة الحي وداهمت عشرات المنازل، واعتقلت خمسة شبان.', []);
    const texts = r.events.flatMap((e) => r.texts(e, 'actor'));
    expect(texts).not.toContain('عشرات المنازل');
    const dh = r.events.find((e) => e.trigger.text.includes('داهمت'));
    if (dh) expect(r.texts(dh, 'actor')).not.toContain('عشرات المنازل');
  });
  it('a count of people stays a group («تظاهر عشرات المحتجين»)', () => {
    const r = runEvents('وتظاهر عشرات المحتجين أمام مبنى البلدية.', []);
    const pr = byType(r, 'PROTEST');
    expect(pr.length).toBe(1);
    expect(r.texts(pr[0], 'actor').join(' ')).toContain('المحتجين');
  });
});

describe('session 5c: support verbs and governed masdars', () => {
  it('«نفذ العشرات من أهالي X، قبيل ظهر اليوم، وقفة احتجاجية»: a time word and a date set off by commas keep the subject', () => {
    const r = runEvents('وفي سياق آخر، نفذ العشرات من أهالي البلدة، قبيل ظهر اليوم، وقفة احتجاجية أمام مبنى المحافظة.', []);
    const pr = byType(r, 'PROTEST');
    expect(pr.length).toBe(1);
    expect(actorNames(r, pr[0]).join(' ')).toContain('أهالي البلدة');
  });
  it('a non-date aside after the comma still ends the clause («، رغم التحذيرات،»)', () => {
    const r = runEvents('ونفذ العشرات من أهالي البلدة، رغم تحذيرات متكررة من المحافظ، وقفة احتجاجية أمام المبنى.', []);
    const pr = byType(r, 'PROTEST');
    expect(pr.length).toBeLessThanOrEqual(1);
    if (pr.length) expect(r.texts(pr[0], 'actor').join(' ')).not.toContain('أهالي البلدة');
  });
  it('«وأكد X التزام بلاده بمواصلة دعم Y»: with no earlier event in the sentence, the opening verb\'s subject supports', () => {
    const r = runEvents('وأكد كارل شولتز التزام بلاده بمواصلة دعم الأردن في مواجهة أعباء اللجوء.', [PER('كارل شولتز'), LOC('الأردن')]);
    const sp = byType(r, 'SUPPORT');
    expect(sp.length).toBe(1);
    expect(sp[0].actors.map(r.name)).toEqual(['كارل شولتز']);
    expect(sp[0].targets.map(r.name)).toContain('الأردن');
  });
});

describe('session 5c: a title filed under the wrong person', () => {
  const ents = [
    PER('هيلغا برانت'), LOC('الأردن'), PER('عبدالله الثاني'),
    // the entity stage read «الوزيرة الألمانية مساء» as a name: a person «مساء» with the title as its mention
    { type: 'PER' as const, name: 'مساء', mentions: ['الوزيرة الألمانية', 'مساء'] },
  ];
  it('«وأكدت الوزيرة الألمانية …» refers to the minister named before with that title', () => {
    const r = runEvents('وصلت وزيرة التعاون الألمانية هيلغا برانت إلى الأردن أمس. ووقعت الوزيرة الألمانية مساء الثلاثاء اتفاقية تعاون مع الأردن.', ents);
    const ag = byType(r, 'AGREE');
    expect(ag.length).toBe(1);
    expect(ag[0].actors.map(r.name)).toContain('هيلغا برانت');
    expect(ag[0].actors.map(r.name)).not.toContain('مساء');
  });
  it('a title in apposition with the person\'s own name stays that person\'s («الرئيس الجيبوتي X»)', () => {
    const r = runEvents('واتهم رئيس ولاية جوبالاند أحمد إسلان الحكومة بالتصعيد. وهاتف الرئيس الجيبوتي إسماعيل جيله نظيره الصومالي حسن محمود.',
      [{ type: 'PER', name: 'أحمد إسلان', mentions: ['أحمد إسلان', 'رئيس ولاية جوبالاند'] }, { type: 'PER', name: 'إسماعيل جيله', mentions: ['الرئيس الجيبوتي', 'إسماعيل جيله'] }, PER('حسن محمود')]);
    const cs = byType(r, 'CONSULT');
    expect(cs.length).toBe(1);
    expect(cs[0].actors.map(r.name)).toContain('إسماعيل جيله');
    expect(cs[0].actors.map(r.name)).not.toContain('أحمد إسلان');
  });
});

describe('session 5c: the condemned act is not the condemner\'s', () => {
  it('«أعربت X عن إدانتها للهجوم الذي تبنته Y»: Y attacks, X condemns', () => {
    const r = runEvents('أعربت وزارة الخارجية عن إدانتها للهجوم الانتحاري الذي تبنته حركة الشباب في مقديشو.', [ORG('وزارة الخارجية'), LOC('مقديشو'), ORG('حركة الشباب')]);
    const acc = byType(r, 'ACCUSE');
    expect(acc.length).toBe(1);
    expect(acc[0].actors.map(r.name)).toEqual(['وزارة الخارجية']);
    const as = byType(r, 'ASSAULT');
    expect(as.length).toBe(1);
    expect(as[0].actors.map(r.name)).toEqual(['حركة الشباب']);
  });
  it('with no performer named, the attack does not take the condemner as its actor', () => {
    const r = runEvents('أعربت وزارة الخارجية عن إدانتها للهجوم الانتحاري الذي استهدف فندقاً في مقديشو.', [ORG('وزارة الخارجية'), LOC('مقديشو')]);
    for (const e of byType(r, 'ASSAULT')) expect(e.actors.map(r.name)).not.toContain('وزارة الخارجية');
  });
  it('a single event noun after the support verb still takes its subject («أعربت X عن ترحيبها»)', () => {
    const r = runEvents('وأعربت وزارة الخارجية عن ترحيبها بقرار مجلس الأمن.', [ORG('وزارة الخارجية'), ORG('مجلس الأمن')]);
    const sp = byType(r, 'SUPPORT');
    expect(sp.length).toBe(1);
    expect(sp[0].actors.map(r.name)).toContain('وزارة الخارجية');
  });
});

describe('session 5c: an anonymous source speaks for its side', () => {
  it('«واتهم مصدر في وزارة الدفاع الجماعة …»: the ministry accuses', () => {
    const r = runEvents('واتهم مصدر في وزارة الدفاع الجماعة بعرقلة الاتفاق.', [ORG('وزارة الدفاع')]);
    const acc = byType(r, 'ACCUSE');
    expect(acc.length).toBe(1);
    expect(acc[0].actors.map(r.name)).toEqual(['وزارة الدفاع']);
  });
  it('«غير أن مصدراً في وفد الحكومة، طلب عدم الكشف عن هويته، اتهم …»: past the aside, the delegation accuses', () => {
    const r = runEvents('غير أن مصدراً في وفد الحكومة، طلب عدم الكشف عن هويته، اتهم الجماعة بعرقلة الاتفاق.', []);
    const acc = byType(r, 'ACCUSE');
    expect(acc.length).toBe(1);
    expect(r.texts(acc[0], 'actor')).toEqual(['وفد الحكومة']);
    expect(r.texts(acc[0], 'target')).toContain('الجماعة');
  });
  it('a body after في with no source noun is no subject («اتهم في بيان الوزارة …» keeps its own reading)', () => {
    const r = runEvents('واتهم رئيس الحزب في وزارة الدفاع مسؤولين بالفساد.', [ORG('وزارة الدفاع')]);
    const acc = byType(r, 'ACCUSE');
    for (const e of acc) expect(e.evidence).not.toContain('rule:source-side-subject');
  });
});

describe('session 5c: an announcing participle goes on with the subject', () => {
  it('«وأكد X أهمية الشراكة، معلناً تقديم 15 مليون يورو»: X gives the aid', () => {
    const r = runEvents('وأكد كارل شولتز أهمية الشراكة، معلناً تقديم 15 مليون يورو إضافية للاجئين.', [PER('كارل شولتز')]);
    const aid = byType(r, 'AID');
    expect(aid.length).toBe(1);
    expect(aid[0].actors.map(r.name)).toEqual(['كارل شولتز']);
  });
  it('without the comma the participle is no continuation of a clause', () => {
    const r = runEvents('وجاء القرار معلناً تقديم مساعدات للنازحين.', []);
    for (const e of byType(r, 'AID')) expect(e.evidence).not.toContain('rule:support-verb-pronoun-subject');
  });
});

describe('session 5c: an unnamed side body speaks through its source (full pipeline)', () => {
  it('«وقال مصدر في رئاسة الحكومة …، غير أنه رفض …»: the presidency of the government rejects', () => {
    const a = analyze({ text: 'وقال مصدر في رئاسة الحكومة، فضّل عدم الكشف عن هويته، إن "أبواب الحوار لم تُغلق"، غير أنه رفض ما سماه "ابتزاز الدولة بالإضرابات".', meta: { published: '2025-06-10' } });
    const rj = a.events.filter((e) => e.type === 'REJECT');
    expect(rj.length).toBe(1);
    expect((rj[0].participants ?? []).filter((p) => p.role === 'actor').map((p) => p.text)).toContain('رئاسة الحكومة');
  });
});

describe('session 5c: the genitive of an event noun is no subject', () => {
  it('«بدلاً من اعتقال المستوطنين أطلقوا …»: the settlers are the ones not arrested, not the shooters', () => {
    const r = runEvents('ويروي شاهد عيان أن جنود الاحتلال وصلوا بعد نصف ساعة، لكنهم بدلاً من اعتقال المستوطنين أطلقوا قنابل الغاز على الأهالي.', []);
    const as = r.events.find((e) => e.trigger.text === 'أطلقوا');
    expect(as).toBeTruthy();
    expect(r.texts(as!, 'actor')).not.toContain('المستوطنين');
  });
  it('a definite event noun before its verb leaves the NP after it a subject («إن الاعتقالات … المحتجين»)', () => {
    const r = runEvents('وقال الشهود إن المحتجين أغلقوا الطريق.', []);
    const ev = r.events.find((e) => e.trigger.text.includes('أغلقوا'));
    expect(ev).toBeTruthy();
    expect(r.texts(ev!, 'actor')).toContain('المحتجين');
  });
});

describe('session 5c: a frame noun after a clitic preposition', () => {
  it('«رحب الوزير بإعلان الحكومة الباكستانية الإفراج عن …»: the announcing government releases', () => {
    const r = runEvents('ورحب الوزير بإعلان الحكومة الباكستانية الإفراج عن 48 محتجزاً.', [ORG('الحكومة الباكستانية')]);
    const rt = byType(r, 'RETREAT');
    expect(rt.length).toBe(1);
    expect(rt[0].actors.map(r.name)).toEqual(['الحكومة الباكستانية']);
  });
  it('the welcomer does not release («وأعرب الجانبان عن ترحيبهما بإعلان X الإفراج»)', () => {
    const r = runEvents('وأعرب الجانبان خلال الاتصال عن ترحيبهما بإعلان الحكومة الباكستانية الإفراج عن 48 محتجزاً.', [ORG('الحكومة الباكستانية')]);
    const rt = byType(r, 'RETREAT');
    expect(rt.length).toBe(1);
    expect(r.texts(rt[0], 'actor')).not.toContain('الجانبان');
  });
});
