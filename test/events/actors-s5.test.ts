// Session 5: who acts. Definite heads of named organisations, participles after subordinate clauses, statements as
// subjects, participle plurals as groups, performers of attacks, spokespersons' bodies, tanween and construct state.
import { describe, expect, it } from 'vitest';
import { runEvents, ORG, PER, LOC } from './helpers.ts';

const byType = (r: ReturnType<typeof runEvents>, type: string) => r.events.filter((e) => e.type === type);
const actorNames = (r: ReturnType<typeof runEvents>, e: ReturnType<typeof runEvents>['events'][number]) =>
  [...e.actors.map((id) => r.name(id)), ...r.texts(e, 'actor')];

describe('session 5: a definite head word refers to the organisation named before', () => {
  it('«وتبنت الحركة … وتوعدت»: «التنظيم» after «تنظيم أنصار الشريعة» acts', () => {
    const r = runEvents('وقتل ثلاثة جنود في كمين قرب بلدة الصفصاف نصبه تنظيم أنصار الشريعة فجر الأحد. وتبنى التنظيم الكمين في بيان على منصاته، وتوعد بشن هجمات جديدة على الدوريات.',
      [ORG('تنظيم أنصار الشريعة'), LOC('الصفصاف')]);
    const th = byType(r, 'THREATEN');
    expect(th.length).toBeGreaterThan(0);
    expect(th[0].actors.map(r.name)).toEqual(['تنظيم أنصار الشريعة']);
  });
  it('a nisba adjective the name lacks makes it another body («البرنامج الوطني» after «برنامج الأغذية العالمي»)', () => {
    const r = runEvents('ووزع برنامج الأغذية العالمي حصصاً غذائية في المخيم. وانتقد البرنامج الوطني للتشغيل تأخر صرف الرواتب.', [ORG('برنامج الأغذية العالمي')]);
    for (const e of r.events) for (const p of e.participants ?? []) expect(p.text).not.toBe('البرنامج');
  });
  it('the head word of another organisation is left alone («البرنامج» with no programme named before)', () => {
    const r = runEvents('وقال البرنامج في بيان إنه سيواصل العمل، فيما هددت مجموعة فاغنر بالانسحاب.', [ORG('مجموعة فاغنر')]);
    for (const e of r.events) expect(e.actors.map(r.name)).not.toContain('برنامج الأغذية العالمي');
  });
});

describe('session 5: a circumstantial participle hangs on the main clause', () => {
  it('an event inside the reported content of «قال» is no main clause («…، مطالبةً»)', () => {
    const r = runEvents('وقالت منظمة أطباء بلا حدود في بيان إن شاحناتها عادت أدراجها بعدما منعت قوات الأمن دخولها إلى المخيم، مطالبةً جميع الأطراف بتسهيل مرور الإمدادات الطبية.',
      [ORG('منظمة أطباء بلا حدود')]);
    const req = byType(r, 'REQUEST');
    expect(req.length).toBe(1);
    expect(actorNames(r, req[0])).toContain('منظمة أطباء بلا حدود');
    expect(actorNames(r, req[0])).not.toContain('قوات الأمن');
  });
  it('an event noun inside the complement of the main verb is no main clause either', () => {
    const r = runEvents('واستنكر مجلس الجامعة العربية مواصلة جماعة الحوثي استهداف ناقلات النفط، مطالباً إياها بالإفراج عن البحارة المحتجزين.',
      [ORG('مجلس الجامعة العربية'), ORG('جماعة الحوثي')]);
    const req = byType(r, 'REQUEST');
    expect(req.length).toBeGreaterThan(0);
    expect(req[0].actors.map(r.name)).toEqual(['مجلس الجامعة العربية']);
  });
});

describe('session 5: a statement noun after the verb is its subject', () => {
  it('«انتقد البيان استمرار X في …»: X is the object, the statement speaks for its issuer', () => {
    const r = runEvents('واختتم المجلس الوطني للصحفيين اجتماعه في العاصمة، وطالب في بيانه الختامي بالإفراج عن المعتقلين. وفي ملف الحريات، انتقد البيان استمرار وزارة الإعلام في حجب المواقع الإخبارية.',
      [ORG('المجلس الوطني للصحفيين'), ORG('وزارة الإعلام')]);
    const acc = byType(r, 'ACCUSE');
    expect(acc.length).toBe(1);
    expect(acc[0].actors.map(r.name)).toEqual(['المجلس الوطني للصحفيين']);
    expect(acc[0].targets.map(r.name)).toContain('وزارة الإعلام');
  });
});

describe('session 5: participle plurals name groups', () => {
  it('«وطالب المحتشدون …»: a definite مـ…ون plural is a group actor, written as in the text', () => {
    const r = runEvents('وطالب المحتشدون أمام مقر الولاية الحكومة بالإفراج عن الناشطين المعتقلين.', []);
    const req = byType(r, 'REQUEST');
    expect(req.length).toBe(1);
    expect(r.texts(req[0], 'actor')).toEqual(['المحتشدون']);
  });
});

describe('session 5: the accusative is no subject', () => {
  it('«وأوقفت 23 شخصاً»: a group written with tanween fatha after the verb is its object', () => {
    const r = runEvents('وأشار المسؤول إلى أن الدوريات البحرية تصدت لمحاولة عبور، وأوقفت 23 شخصاً يشتبه في تورطهم.', []);
    const co = byType(r, 'COERCE');
    expect(co.length).toBe(1);
    // (session 6: the count is part of the participant as written, «23 شخصاً»)
    expect(r.texts(co[0], 'actor')).not.toContain('23 شخصاً');
    expect(r.texts(co[0], 'target')).toContain('23 شخصاً');
  });
});

describe('session 5: performers of attacks', () => {
  it('«القصف الذي نفذته القوات X»: a group after a feminine perform verb with its pronoun is the agent', () => {
    const r = runEvents('ودانت الخارجية الليبية القصف الجوي الذي نفذته القوات الأجنبية على بلدة الأصابعة.', [LOC('الأصابعة'), ORG('الخارجية الليبية')]);
    const as = byType(r, 'ASSAULT');
    expect(as.length).toBe(1);
    expect(r.texts(as[0], 'actor')).toEqual(['القوات الأجنبية']);
  });
  it('«صد هجوماً واسعاً شنته X»: the performer, past an adjective with tanween, acts; the one repelling is its target', () => {
    const r = runEvents('وأعلن الجيش المالي أنه صد هجوماً واسعاً شنته جبهة تحرير أزواد على معسكر تساليت.', [ORG('الجيش المالي'), ORG('جبهة تحرير أزواد'), LOC('تساليت')]);
    const as = byType(r, 'ASSAULT');
    expect(as.length).toBe(1);
    expect(as[0].actors.map(r.name)).toEqual(['جبهة تحرير أزواد']);
  });
});

describe('session 5: construct state', () => {
  it('«قافلة تابعة لمنظمة X»: a name with a clitic preposition is no genitive — the convoy is a means, its owner gives aid', () => {
    const r = runEvents('ووصلت قافلة تابعة لمنظمة الصحة العالمية إلى مدينة إدلب.', [ORG('منظمة الصحة العالمية'), LOC('إدلب')]);
    const aid = byType(r, 'AID');
    expect(aid.length).toBe(1);
    expect(aid[0].actors.map(r.name)).toEqual(['منظمة الصحة العالمية']);
  });
  it('«أجرى اتصالاً هاتفياً بـ… Y»: a noun with tanween takes no genitive; the conjoined support verb keeps the subject', () => {
    const r = runEvents('ودان رئيس الحكومة سعيد ناصر التفجير، وأجرى اتصالاً هاتفياً بعضو المجلس رئيس الحزب الوطني كريم داود، قدم خلاله التعازي.',
      [PER('سعيد ناصر'), PER('كريم داود')]);
    const cons = byType(r, 'CONSULT');
    expect(cons.length).toBe(1);
    expect(cons[0].actors.map(r.name)).toEqual(['سعيد ناصر']);
  });
});

describe('session 5: coordinated visitors', () => {
  it('«استقبل X كلاً من Y و… Z»: «كلاً من» heads a bare list, and a long title chain keeps the last conjunct', () => {
    const r = runEvents('وعلى هامش المنتدى، استقبل الرئيس قيس سعيد كلاً من وزير الخارجية المغربي ناصر بوريطة ونائب رئيس الوزراء وزير الخارجية الإيطالي أنطونيو تاياني، كلاً على حدة.',
      [PER('قيس سعيد'), PER('ناصر بوريطة'), PER('أنطونيو تاياني')]);
    const cons = byType(r, 'CONSULT');
    expect(cons.length).toBe(1);
    // the host receives: the visitors act (PLOVER), the host is the target
    expect(cons[0].actors.map(r.name).sort()).toEqual(['أنطونيو تاياني', 'ناصر بوريطة'].sort());
    expect(cons[0].targets.map(r.name)).toEqual(['قيس سعيد']);
  });
});

describe('session 5: conjoined support verbs', () => {
  it('«…، وأعلنت في وقت لاحق القبض على …»: an adjunct between the conjoined support verb and its noun keeps the subject', () => {
    const r = runEvents('ودفعت قوات الحرس الوطني بتعزيزات عسكرية إلى محيط البلدة، وأعلنت في وقت لاحق من اليوم نفسه القبض على ستة مشتبه بهم.',
      [ORG('قوات الحرس الوطني')]);
    const co = byType(r, 'COERCE');
    expect(co.length).toBe(1);
    expect(co[0].actors.map(r.name)).toEqual(['قوات الحرس الوطني']);
  });
});

describe('session 5: a name in apposition after a relative clause', () => {
  it('«رفض المرشح الذي حل ثانياً، الناشط X، …»: the name is the subject, and the conjoined verbs keep it', () => {
    const r = runEvents('ورفض المرشح الذي حل ثالثاً، المحامي الحقوقي مراد الزين، الاعتراف بالنتائج، واتهم اللجنة بتزوير المحاضر، داعياً أنصاره إلى الاعتصام.',
      [PER('مراد الزين')]);
    for (const t of ['REJECT', 'ACCUSE', 'REQUEST']) {
      const e = byType(r, t);
      expect(e.length, t).toBe(1);
      expect(e[0].actors.map(r.name), t).toEqual(['مراد الزين']);
    }
  });
});

describe('session 5: a group of a named body', () => {
  it('«انسحب نواب من كتلتي "X" … و"Y"»: the bodies the members belong to act', () => {
    const r = runEvents('وانسحب نواب من كتلتي "الإصلاح الوطني" المقربة من الحكومة و"الوفاق المدني" من قاعة المجلس احتجاجاً على التأجيل.',
      [ORG('الإصلاح الوطني'), ORG('الوفاق المدني')]);
    const e = r.events.find((x) => x.trigger.text.includes('انسحب'));
    expect(e).toBeDefined();
    expect(e!.actors.map(r.name)).toEqual(['الإصلاح الوطني', 'الوفاق المدني']);
  });
  it('a group followed by من and a place is left alone', () => {
    const r = runEvents('وانسحب مقاتلون من مدينة الزاوية بعد اشتباكات عنيفة.', [LOC('الزاوية')]);
    for (const e of r.events) expect(e.actors).toEqual([]);
  });
});

describe('session 5: an unnamed source speaks for its side', () => {
  it('«قال مصدر في وزارة X إن …، مشدداً على أن بلاده "ستواصل …"»: the side organisation acts', async () => {
    const { createDoc } = await import('../../src/doc.ts');
    const { extractDates } = await import('../../src/dates/index.ts');
    const { extractEvents } = await import('../../src/events/index.ts');
    const { handLayer } = await import('./helpers.ts');
    const text = 'وقال مصدر في وزارة الدفاع الروسية إن الضربة أصابت مستودعاً للذخيرة، مشدداً على أن بلاده "ستواصل ملاحقة المسلحين أينما كانوا".';
    const doc = createDoc(text, { id: 't', language: 'ar', published: '2025-06-10' });
    const layer = handLayer(doc, [ORG('وزارة الدفاع الروسية')]);
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    const events = extractEvents(doc, layer, {
      sources: [{ id: 'S1', kind: 'anonymous', label: 'مصدر في وزارة الدفاع الروسية', side: 'وزارة الدفاع الروسية', entity: null, mentions: [] }],
      attributions: [
        { id: 'A1', kind: 'indirect', source: 'S1', cue: at('وقال'), content: at('الضربة أصابت مستودعاً للذخيرة') },
        { id: 'A2', kind: 'indirect', source: 'S1', cue: at('مشدداً'), content: at('بلاده "ستواصل ملاحقة المسلحين أينما كانوا"') },
      ],
    }, extractDates(doc));
    const th = events.filter((e) => e.type === 'THREATEN');
    expect(th.length).toBe(1);
    expect(th[0].actors.map((id) => layer.entities.find((e) => e.id === id)?.name)).toEqual(['وزارة الدفاع الروسية']);
  });
});

describe('session 5: a participle whose statement source the sentence never names', () => {
  it('yields to the main clause: «دافع الناطق باسم وزارة X Y …، ورافضاً …» — the ministry acts', async () => {
    const { createDoc } = await import('../../src/doc.ts');
    const { extractDates } = await import('../../src/dates/index.ts');
    const { extractEvents } = await import('../../src/events/index.ts');
    const { handLayer } = await import('./helpers.ts');
    const text = 'وانتقدت هيئة المحامين الأحكام الصادرة. وفي المقابل، دافع الناطق الرسمي باسم وزارة العدل خالد سمير عن القضاء، مؤكداً أنه مستقل، ورافضاً ما وصفه بالتشكيك في نزاهته.';
    const doc = createDoc(text, { id: 't', language: 'ar', published: '2025-06-10' });
    const layer = handLayer(doc, [ORG('هيئة المحامين'), ORG('وزارة العدل'), PER('خالد سمير')]);
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    // (an attribution stage that carried the earlier speaker over to the participle)
    const events = extractEvents(doc, layer, {
      sources: [{ id: 'S1', kind: 'named', label: 'هيئة المحامين', entity: 'E1', mentions: [] }],
      attributions: [{ id: 'A1', kind: 'indirect', source: 'S1', cue: at('مؤكداً'), content: at('مستقل') }],
    }, extractDates(doc));
    const rej = events.filter((e) => e.type === 'REJECT');
    expect(rej.length).toBe(1);
    expect(rej[0].actors.map((id) => layer.entities.find((e) => e.id === id)?.name)).toEqual(['وزارة العدل']);
  });
});

describe('session 5: a dual title noun', () => {
  it('«ودان الوزيران …»: the two persons last named with that title act', () => {
    const r = runEvents('وحضر وزير الخارجية المصري سامح شكري ووزير الخارجية الأردني أيمن الصفدي افتتاح المعرض في بغداد أمس. ودان الوزيران في كلمتيهما الهجوم على السفارة.',
      [PER('سامح شكري'), PER('أيمن الصفدي'), LOC('بغداد')]);
    const acc = byType(r, 'ACCUSE');
    expect(acc.length).toBe(1);
    expect(acc[0].actors.map(r.name).sort()).toEqual(['أيمن الصفدي', 'سامح شكري'].sort());
  });
  it('a person without that title is no holder («الرئيسان» after two ministers)', () => {
    const r = runEvents('وحضر وزير الخارجية المصري سامح شكري ووزير الخارجية الأردني أيمن الصفدي افتتاح المعرض في بغداد أمس. ودان الرئيسان في كلمتيهما الهجوم على السفارة.',
      [PER('سامح شكري'), PER('أيمن الصفدي'), LOC('بغداد')]);
    for (const e of byType(r, 'ACCUSE')) expect(e.actors).toEqual([]);
  });
});

describe('session 5: a title chain heads the subject', () => {
  it('«استجوب المحقق العدلي في قضية انفجار ميناء X القاضي Y»: the titled person, not the place in the title, acts', () => {
    const r = runEvents('قضائياً، استجوب المحقق العدلي في قضية انفجار ميناء العقبة القاضي سامر حداد، أمس، مديراً سابقاً للميناء بصفة مدعى عليه.',
      [LOC('ميناء العقبة'), PER('سامر حداد')]);
    const e = r.events.find((x) => x.trigger.text.includes('استجوب'));
    expect(e).toBeDefined();
    expect(e!.actors.map(r.name)).toEqual(['سامر حداد']);
  });
  it('a subject with no title before it keeps the person after it as its object («استقبل الأردن الرئيس X»)', () => {
    const r = runEvents('واستقبلت تونس الرئيس الجزائري عبد المجيد تبون في زيارة رسمية.', [LOC('تونس'), PER('عبد المجيد تبون')]);
    const e = byType(r, 'CONSULT')[0];
    // the host receives: the visitor acts (PLOVER), the host is the target
    expect(e.actors.map(r.name)).toEqual(['عبد المجيد تبون']);
    expect(e.targets.map(r.name)).toEqual(['تونس']);
  });
});

describe('session 5: the main clause subject of a participle is resolved like any actor', () => {
  it('«وقالت الجماعة إن …، متوعدة بالرد»: the description refers to the organisation named before', () => {
    const r = runEvents('وشنت طائرات أمريكية غارات على مواقع لجماعة أنصار الله في الحديدة. وقالت الجماعة إن الغارات أصابت الميناء، متوعدة بالرد.',
      [ORG('جماعة أنصار الله'), LOC('الحديدة')]);
    const th = byType(r, 'THREATEN');
    expect(th.length).toBe(1);
    expect(th[0].actors.map(r.name)).toEqual(['جماعة أنصار الله']);
  });
});

describe('session 5: a spokesperson speaks for the body', () => {
  it('«دان الناطق الرسمي باسم الحكومة X …» with the title read as the person\'s mention: the government acts beside him', () => {
    const r = runEvents('وفي سياق آخر، دان الناطق الرسمي باسم الحكومة مصطفى الخلفي أعمال الشغب في مدينة الحسيمة، رافضاً كل أشكال العنف.',
      [{ type: 'PER', name: 'مصطفى الخلفي', mentions: ['الناطق الرسمي باسم الحكومة', 'مصطفى الخلفي'] }, LOC('الحسيمة')]);
    for (const t of ['ACCUSE', 'REJECT']) {
      const e = byType(r, t);
      expect(e.length, t).toBe(1);
      expect(r.texts(e[0], 'actor'), t).toContain('الحكومة');
    }
  });
});
