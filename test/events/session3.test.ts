// Session 3: mechanisms added from the widened dev set (dev/events d09–d16): hosts and visitors, discussions
// that describe a meeting, purposes, adjunct nouns, construct masdars, pronoun adjuncts, recalled ambassadors.
// Sentences are our own.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.ts';
import { extractDates } from '../../src/dates/index.ts';
import { extractEvents } from '../../src/events/index.ts';
import { words } from '../../src/events/words.ts';
import { ORG, LOC, PER, handLayer, runEvents } from './helpers.ts';

const run = runEvents;

describe('function words are data', () => {
  it('loads the closed sets from data/events/function-words.tsv, normalised', () => {
    expect(words('relative').has('التي')).toBe(true);
    expect(words('aux').has('امس')).toBe(true); // written أمس
    expect(words('alif-maqsura-prep').has('الي')).toBe(true); // written إلى
    expect(() => words('no-such-set' as never)).toThrow(/no set/);
  });
});

describe('session 3: roles', () => {
  it('«استقبل X Y»: the visitor Y is the actor, the host X the target', () => {
    const { events, name } = run('استقبل الرئيس خالد الناصر وزير الخارجية الماليزي أنور حسين في قصر الضيافة.', [PER('خالد الناصر'), PER('أنور حسين')]);
    const e = events.find((x) => x.type === 'CONSULT')!;
    expect(e.actors.map(name)).toEqual(['أنور حسين']);
    expect(e.targets.map(name)).toEqual(['خالد الناصر']);
    expect(e.evidence).toContain('rule:host-receives-visitor');
  });
  it('an NP after a construct masdar is its genitive, not the subject («واشترطت انسحاب الميليشيات»)', () => {
    const { events, name, texts } = run('رحبت الخارجية المصرية بالمبادرة، واشترطت انسحاب الميليشيات من المدن.', [ORG('الخارجية المصرية')]);
    const e = events.find((x) => x.type === 'REQUEST')!;
    expect(e.actors.map(name)).toEqual(['الخارجية المصرية']);
    expect(texts(e, 'actor')).not.toContain('الميليشيات');
    expect(e.evidence).toContain('rule:genitive-of-masdar-object');
  });
  it('a definite masdar takes no genitive: the NP after it is the subject («ووقّع الاتفاق … X»)', () => {
    const { events, name } = run('ووقّع الاتفاق وزير الخارجية طارق النعيمي.', [PER('طارق النعيمي')]);
    const e = events.find((x) => x.type === 'AGREE')!;
    expect(e.actors.map(name)).toEqual(['طارق النعيمي']);
  });
  it('«زيارة …، التقى خلالها Y»: the visitor keeps the subject, Y is the other party', () => {
    const { events, name } = run('أجرى وزير الخارجية سامي العلي زيارة إلى عمّان، التقى خلالها الملك عبد الله الثاني.', [PER('سامي العلي'), LOC('عمّان'), PER('عبد الله الثاني')]);
    const e = events.find((x) => x.type === 'CONSULT' && x.mode !== 'visit')!;
    expect(e.actors.map(name)).toEqual(['سامي العلي']);
    expect(e.targets.map(name)).toEqual(['عبد الله الثاني']);
  });
});

describe('session 3: one occasion, one event', () => {
  it('a discussion right after a meeting is that meeting («وبحث معه»)', () => {
    const { events } = run('التقى وزير الخارجية سامي العلي نظيره الكيني بيتر أوما في نيروبي، وبحث معه ملفات التعاون.', [PER('سامي العلي'), PER('بيتر أوما'), LOC('نيروبي')]);
    const c = events.filter((x) => x.type === 'CONSULT');
    expect(c).toHaveLength(1);
    expect(c[0].evidence!.some((v) => v.startsWith('rule:discussion-of-meeting@'))).toBe(true);
  });
  it('«وبحث الجانبان» in the next sentence is the same meeting', () => {
    const { events } = run('واجتمع الوفد برئيس الوزراء حسن دياب في بيروت. وبحث الجانبان آلية صرف الرواتب.', [PER('حسن دياب'), LOC('بيروت')]);
    expect(events.filter((x) => x.type === 'CONSULT')).toHaveLength(1);
  });
  it('a discussion with a new named party is a new event', () => {
    const { events } = run('التقى سامي العلي بيتر أوما في نيروبي. وبحث سامي العلي مع ليلى حداد ملف اللاجئين.', [PER('سامي العلي'), PER('بيتر أوما'), PER('ليلى حداد'), LOC('نيروبي')]);
    expect(events.filter((x) => x.type === 'CONSULT')).toHaveLength(2);
  });
  it('a masdar with لـ right after an event is its purpose («تقديم … لدعم»)', () => {
    const { events, name } = run('وأعلنت قطر تقديم 50 مليون دولار لدعم اللاجئين في الأردن.', [LOC('قطر'), LOC('الأردن')]);
    expect(events.map((e) => e.type)).toEqual(['AID']);
    expect(events[0].actors.map(name)).toEqual(['قطر']);
    expect(events[0].evidence!.some((v) => v.startsWith('rule:purpose-of-event@'))).toBe(true);
  });
  it('a noun after «خلال» is no object of the support verb; the definite summit refers back', () => {
    const ents = [LOC('الجزائر'), LOC('الكويت')];
    const { events, name } = run('عقد القادة العرب قمتهم في الجزائر. وأعلنت الكويت خلال القمة تقديم 20 مليون دولار.', ents);
    const consult = events.filter((x) => x.type === 'CONSULT');
    expect(consult).toHaveLength(1);
    expect(consult[0].actors.map(name)).not.toContain('الكويت');
    expect(events.find((x) => x.type === 'AID')!.actors.map(name)).toEqual(['الكويت']);
  });
  it('a definite event noun whose only actor comes from a support verb is a back-reference («وترأس X القمة»)', () => {
    const { events } = run('اختتم القادة قمتهم في المنامة مساء الأربعاء. وترأس الملك حمد القمة بحضور الوفود.', [LOC('المنامة'), PER('الملك حمد')]);
    expect(events.filter((x) => x.type === 'CONSULT')).toHaveLength(1);
  });
});

describe('session 3: lexicon rows', () => {
  it('recalling one\'s own ambassador is SANCTION withdraw; summoning another\'s is ACCUSE', () => {
    const a = run('واستدعت تونس سفيرها لدى ليبيا للتشاور.', [LOC('تونس'), LOC('ليبيا')]);
    const s = a.events.find((x) => x.type === 'SANCTION');
    expect(s?.mode).toBe('withdraw');
    expect(s!.actors.map(a.name)).toEqual(['تونس']);
    const b = run('واستدعت الخارجية التونسية السفير الفرنسي.', [ORG('الخارجية التونسية')]);
    expect(b.events.map((x) => x.type)).toEqual(['ACCUSE']);
  });
  it('reads «إسقاط طائرة» as an ASSAULT and «خفض دعم الوقود» as no SUPPORT', () => {
    const a = run('وأعلن الجيش الجزائري إسقاط طائرة مسيرة قرب تين زواتين.', [ORG('الجيش الجزائري'), LOC('تين زواتين')]);
    expect(a.events.find((x) => x.type === 'ASSAULT')?.actors.map(a.name)).toEqual(['الجيش الجزائري']);
    const b = run('وقالت الحكومة المصرية إنها ستواصل خفض دعم الوقود.', [ORG('الحكومة المصرية')]);
    expect(b.events.filter((x) => x.type === 'SUPPORT')).toEqual([]);
  });
  it('«، محذرةً من تصعيد» is a circumstantial THREATEN of the main subject', () => {
    const { events, name } = run('وطالبت نقابة النقل الوزارة بفتح مفاوضات، محذرة من تصعيد الإضرابات.', [ORG('نقابة النقل')]);
    expect(events.find((x) => x.type === 'THREATEN')?.actors.map(name)).toEqual(['نقابة النقل']);
  });
});

describe('session 3: clauses around statements, clashes and partitives', () => {
  it('the other side of a clash wounded the casualties («أصيب خمسة خلال مواجهات مع قوات الاحتلال»)', () => {
    const { events, texts } = run('وأصيب خمسة فلسطينيين بالرصاص الحي خلال مواجهات مع قوات الاحتلال التي اقتحمت بلدة قباطية.', [LOC('قباطية')]);
    const a = events.filter((x) => x.type === 'ASSAULT');
    expect(a).toHaveLength(1);
    expect(texts(a[0], 'actor')).toEqual(['قوات الاحتلال']);
    expect(texts(a[0], 'target')).toEqual(['خمسة فلسطينيين']);
  });
  it('a conjoined verbal act after a statement cue has the speaker as subject («ونفت X …، واتهمت Y»)', () => {
    const text = 'ونفت الحركة الرواية الإسرائيلية، واتهمت إسرائيل بارتكاب مجزرة.';
    const doc = createDoc(text, { id: 't', language: 'ar', published: '2025-06-10' });
    const layer = handLayer(doc, [ORG('الحركة'), LOC('إسرائيل')]);
    const src = layer.entities[0].id;
    const cs = text.indexOf('الرواية');
    const att = {
      sources: [{ id: 'S1', kind: 'named' as const, label: 'الحركة', entity: src, mentions: [] }],
      attributions: [{ id: 'A1', kind: 'indirect' as const, source: 'S1', cue: { start: 1, end: 4, text: 'نفت' }, content: { start: cs, end: text.length - 1, text: text.slice(cs, text.length - 1) } }],
    };
    const e = extractEvents(doc, layer, att as never, extractDates(doc)).find((x) => x.type === 'ACCUSE')!;
    expect(e.actors).toEqual([src]);
    expect(e.targets).toEqual([layer.entities[1].id]);
    expect(e.evidence).toContain('rule:conjoined-act-of-speaker');
  });
  it('a circumstantial participle does not take its subject from an event quoted in the sentence', () => {
    const { events, name } = run('وأدان رئيس الإقليم نيجيرفان بارزاني الهجوم، ووصفه بأنه "عمل إرهابي يستهدف قوت المواطنين"، مطالباً الحكومة الاتحادية بمحاسبة المنفذين.', [PER('نيجيرفان بارزاني'), ORG('الحكومة الاتحادية')]);
    const r = events.find((x) => x.type === 'REQUEST')!;
    expect(r.actors.map(name)).toEqual(['نيجيرفان بارزاني']);
  });
  it('«تظاهر العشرات من أنصار X»: the partitive leads to the subject X', () => {
    const { events, name } = run('وتظاهر العشرات من أنصار جبهة الخلاص الوطني أمام قصر العدالة.', [ORG('جبهة الخلاص الوطني')]);
    expect(events.find((x) => x.type === 'PROTEST')!.actors.map(name)).toEqual(['جبهة الخلاص الوطني']);
  });
  it('a title written with an initial و after a comma is no new clause («، وزير الخارجية X»)', () => {
    const { events, name } = run('استقبل الرئيس خالد الناصر، أمس، وزير الخارجية الماليزي أنور حسين.', [PER('خالد الناصر'), PER('أنور حسين')]);
    expect(events.find((x) => x.type === 'CONSULT')!.actors.map(name)).toEqual(['أنور حسين']);
  });
});

describe('session 3: contents, descriptions and back-references', () => {
  it('what the parties agreed on is the content of the agreement («اتفقتا على استئناف … وإعادة فتح»)', () => {
    const { events } = run('واتفقت السعودية وإيران على استئناف العلاقات بينهما وإعادة فتح سفارتيهما خلال شهرين.', [LOC('السعودية'), LOC('إيران')]);
    expect(events.map((e) => e.type)).toEqual(['AGREE']);
  });
  it('a verb with an object pronoun right after an event noun describes it («مباحثات استضافتها بكين»)', () => {
    const { events, name } = run('جاء الاتفاق في ختام مباحثات استضافتها العاصمة الصينية بكين على مدى خمسة أيام.', [LOC('بكين')]);
    const c = events.filter((e) => e.type === 'CONSULT');
    expect(c).toHaveLength(1);
    expect(name(c[0].place!)).toBe('بكين');
  });
  it('a dual as the only actor refers back to the last event of its type with two parties', () => {
    const ents = [LOC('السعودية'), LOC('إيران')];
    const { events } = run('ووقعت السعودية وإيران اتفاقاً في بكين. وجاء في البيان أن الجانبين اتفقا على احترام السيادة.', ents);
    expect(events.filter((e) => e.type === 'AGREE')).toHaveLength(1);
  });
  it('an accusative motive after any event is its motive («قطعت … علاقاتها، احتجاجاً على»), an object is not', () => {
    const a = run('وقطعت البحرين علاقاتها مع إيران، احتجاجاً على اقتحام سفارتها.', [LOC('البحرين'), LOC('إيران')]);
    expect(a.events.filter((e) => e.type === 'PROTEST')).toEqual([]);
    const b = run('وقال المتحدث إن الحكومة لن تتراجع، فيما أعلنت نقابة المعلمين إضراباً مفتوحاً في المدارس.', [ORG('نقابة المعلمين')]);
    expect(b.events.some((e) => e.type === 'PROTEST')).toBe(true);
  });
  it('a masdar announced a few words on, past a date, is a noun («إعلان الجزائر، الأحد، طرد»)', () => {
    const { events, name } = run('وجاء القرار رداً على إعلان الجزائر، الأحد، طرد 12 موظفاً في السفارة الفرنسية.', [LOC('الجزائر')]);
    const e = events.find((x) => x.type === 'SANCTION')!;
    expect(e.actors.map(name)).toEqual(['الجزائر']);
  });
  it('a possessed group after a conjoined verb is its object («اتهمت X …، واستدعت سفيرها لدى Y»)', () => {
    const { events, name } = run('واتهمت الحكومة المالية الجزائر بعمل عدائي، واستدعت سفيرها لدى الجزائر للتشاور.', [ORG('الحكومة المالية'), LOC('الجزائر')]);
    const s = events.find((x) => x.type === 'SANCTION')!;
    expect(s.actors.map(name)).toEqual(['الحكومة المالية']);
  });
});

describe('session 3: topics, references and restatements', () => {
  it('cooperation named as a topic and an earlier agreement referred to are no events', () => {
    const { events } = run('وبحث الوزيران سبل تعزيز التعاون، وتفعيل اتفاقية النقل الموقعة بين البلدين عام 2009.', []);
    expect(events.filter((e) => e.type === 'COOPERATE' || e.type === 'AGREE')).toEqual([]);
  });
  it('a march written with a shadda on its ي is a drone (مسيّرات), not a protest', () => {
    const { events } = run('ومسيّرات تضرب مطار بورتسودان للمرة الثالثة.', [LOC('بورتسودان')]);
    expect(events.some((e) => e.type === 'PROTEST' && e.trigger.text.includes('مسي'))).toBe(false);
  });
  it('casualties reported in the next sentence restate the attack just reported', () => {
    const { events } = run('واستهدفت الجماعة ناقلة النفط في خليج عدن بصواريخ مجنحة. وأفادت البعثة الأوروبية بأن ثلاثة بحارة قتلوا.', [ORG('الجماعة'), LOC('خليج عدن')]);
    expect(events.filter((e) => e.type === 'ASSAULT')).toHaveLength(1);
    expect(events[0].evidence!.some((v) => v.startsWith('rule:roleless-restatement@'))).toBe(true);
  });
  it('a sit-in after a strike is another protest, even with no named participant', () => {
    const { events } = run('الرباط – دخل آلاف الأطباء في إضراب وطني. ونظمت تنسيقية الممرضين وقفة احتجاجية أمام الوزارة.', [LOC('الرباط')]);
    expect(events.filter((e) => e.type === 'PROTEST')).toHaveLength(2);
  });
});

describe('session 3: verbal protests and constructs', () => {
  it('a body protesting in words disapproves (ACCUSE); a crowd that protests demonstrates', () => {
    const a = run('وكانت السلطات الجزائرية قد احتجت على توقيف موظف قنصلي في باريس.', [LOC('باريس')]);
    expect(a.events.find((e) => e.trigger.text === 'احتجت')?.type).toBe('ACCUSE');
    const b = run('واحتج مئات الطلاب أمام مقر الجامعة في وهران.', [LOC('وهران')]);
    expect(b.events.find((e) => e.trigger.text === 'واحتج' || e.trigger.text === 'احتج')?.type).toBe('PROTEST');
  });
  it('a preposition ends the construct of a masdar («اعتصام جديد في مدينة إربد»: إربد is the place)', () => {
    const { events, name } = run('وتعتزم أحزاب المعارضة تنظيم اعتصام جديد في مدينة إربد الأسبوع المقبل.', [LOC('إربد')]);
    const e = events.find((x) => x.type === 'PROTEST')!;
    expect(e.actors.map(name)).not.toContain('إربد');
  });
});

describe('session 3: courts', () => {
  it('a court that condemns convicts; «حكمت المحكمة على X بالسجن» is a sentence; a conviction after it restates it', () => {
    const a = run('وأدانت محكمة الجنايات في وهران المتهم سمير بلقاسم بتهمة التهريب.', [ORG('محكمة الجنايات'), PER('سمير بلقاسم'), LOC('وهران')]);
    expect(a.events.map((e) => `${e.type}/${e.mode}`)).toEqual(['SANCTION/convict']);
    const b = run('وحكمت محكمة الاستئناف على الناشط سمير بلقاسم بالسجن خمس سنوات بعد إدانته بنشر أخبار كاذبة.', [ORG('محكمة الاستئناف'), PER('سمير بلقاسم')]);
    expect(b.events.map((e) => e.type)).toEqual(['SANCTION']);
    expect(b.events[0].targets.map(b.name)).toEqual(['سمير بلقاسم']);
    const c = run('وأدانت منظمة العفو الدولية اعتقال الناشط سمير بلقاسم.', [ORG('منظمة العفو الدولية'), PER('سمير بلقاسم')]);
    expect(c.events.some((e) => e.type === 'ACCUSE')).toBe(true);
  });
});

describe('session 3: masdar objects of support verbs and owners of aid', () => {
  it('«جدد القادة دعمهم لـ…» is a masdar with the subject of جدد as actor, not the verb دعم + هم', () => {
    const { events, name, texts } = run('كما جدد القادة دعمهم لحق الإمارات في جزرها، ودعوا إيران إلى الحوار.', [LOC('الإمارات'), LOC('إيران')]);
    const s = events.find((e) => e.type === 'SUPPORT')!;
    expect(texts(s, 'actor')).toEqual(['القادة']);
    const r = events.find((e) => e.type === 'REQUEST')!;
    expect(r.targets.map(name)).toEqual(['إيران']);
  });
  it('a و-verb after a support verb stays a verb («نظمت النقابة وقفة … واعتقلت الشرطة»)', () => {
    const { events } = run('ونظمت النقابة وقفة احتجاجية واعتقلت الشرطة ثلاثة من المشاركين.', []);
    expect(events.some((e) => e.type === 'COERCE')).toBe(true);
  });
  it('the owner of a convoy gives the aid («وصلت قافلة مساعدات تابعة لبرنامج الأغذية العالمي»)', () => {
    const { events, name } = run('ووصلت قافلة مساعدات تابعة لبرنامج الأغذية العالمي إلى بلدة طويلة.', [ORG('برنامج الأغذية العالمي'), LOC('طويلة')]);
    expect(events.find((e) => e.type === 'AID')!.actors.map(name)).toEqual(['برنامج الأغذية العالمي']);
  });
});

describe('session 3: quotations and demands', () => {
  it('a third-person imperfect inside a quotation characterises, it reports no event', () => {
    const { events } = run('ووصف الوزير الهجوم بأنه "عمل إرهابي يستهدف قوت المواطنين في بغداد".', [LOC('بغداد')]);
    expect(events.filter((e) => e.type === 'ASSAULT' && e.trigger.text === 'يستهدف')).toEqual([]);
  });
  it('…but a quotation opening on the verb after a named subject is its statement («إن X "ترحب بـ…"»)', () => {
    const { events, name } = run('وقال المتحدث إن الولايات المتحدة "ترحب بأي جهود لإنهاء الحرب".', [LOC('الولايات المتحدة')]);
    expect(events.find((e) => e.type === 'SUPPORT')!.actors.map(name)).toEqual(['الولايات المتحدة']);
  });
  it('a noun right after a merged demand word is its content («الاحتجاجات المطالبة بالإفراج»، «الدعوة إلى اجتماع»)', () => {
    const a = run('وتتواصل الاحتجاجات المطالبة بالإفراج عن المعتقلين أمام المسرح البلدي في تونس.', [LOC('تونس')]);
    expect(a.events.map((e) => e.type)).toEqual(['PROTEST']);
    const b = run('وتعتزم البعثة الجزائرية الدعوة إلى اجتماع طارئ لمجلس الأمن.', [ORG('البعثة الجزائرية'), ORG('مجلس الأمن')]);
    expect(b.events.filter((e) => e.type === 'CONSULT')).toEqual([]);
  });
});

describe('session 3: windows', () => {
  it('a date set off by commas does not use up the window after the verb', () => {
    const { events, name } = run('قضت محكمة الجنايات، صباح اليوم الثلاثاء، بالسجن المشدد خمسة عشر عاماً على رجل الأعمال سامح عبد الغفار.', [ORG('محكمة الجنايات'), PER('سامح عبد الغفار')]);
    const e = events.find((x) => x.type === 'SANCTION')!;
    expect(e.targets.map(name)).toEqual(['سامح عبد الغفار']);
  });
});

describe('session 3: group phrases and crowds', () => {
  it('a sound plural with its ن takes no genitive («اغتال مسلحون القيادي»: القيادي is the object)', () => {
    const { events, texts } = run('واغتال مسلحون القيادي في الحركة أمام منزله في صيدا.', [LOC('صيدا')]);
    const e = events.find((x) => x.type === 'ASSAULT')!;
    expect(texts(e, 'actor')).toEqual(['مسلحون']);
  });
  it('«خرج آلاف المتظاهرين في شوارع X» is a demonstration; «خرج الاجتماع بتوصيات» is not', () => {
    const a = run('وخرج آلاف المتظاهرين في شوارع الخرطوم للمطالبة بالحكم المدني.', [LOC('الخرطوم')]);
    expect(a.events.map((e) => e.type)).toEqual(['PROTEST']);
    const b = run('وخرج الاجتماع بتوصيات عدة في الخرطوم.', [LOC('الخرطوم')]);
    expect(b.events.filter((e) => e.type === 'PROTEST')).toEqual([]);
  });
  it('a possessed masdar tagged as a one-word name is still a trigger («قدم X استقالته»)', () => {
    const { events } = run('وقدم رئيس الحكومة الكويتية استقالته إلى أمير البلاد.', [PER('رئيس الحكومة الكويتية'), PER('استقالته')]);
    expect(events.some((e) => e.type === 'RETREAT' && e.mode === 'resign')).toBe(true);
  });
});

describe('session 3: more triggers', () => {
  it('«أوقفت الشرطة الصحفي X» is an arrest; «أوقفت تركيا استقبال النفط» is no arrest', () => {
    const a = run('وأوقفت الشرطة التونسية، ليل السبت، الصحفي مراد الزغيدي في العاصمة.', [PER('مراد الزغيدي')]);
    expect(a.events.find((e) => e.type === 'COERCE')?.targets.map(a.name)).toEqual(['مراد الزغيدي']);
    const b = run('وأوقفت تركيا استقبال النفط العراقي عبر ميناء جيهان.', [LOC('تركيا')]);
    expect(b.events.filter((e) => e.type === 'COERCE')).toEqual([]);
  });
  it('calling up reservists is MOBILIZE', () => {
    const { events, name } = run('واستدعى الجيش الإسرائيلي آلاف جنود الاحتياط تحسباً لتصعيد في الشمال.', [ORG('الجيش الإسرائيلي')]);
    expect(events.find((e) => e.type === 'MOBILIZE')?.actors.map(name)).toEqual(['الجيش الإسرائيلي']);
  });
  it('a sound plural in construct («سائقو سيارات الأجرة») heads a group phrase', () => {
    const { events, texts } = run('ونفذ سائقو سيارات الأجرة في عمّان إضراباً عن العمل.', [LOC('عمّان')]);
    expect(texts(events.find((e) => e.type === 'PROTEST')!, 'actor')[0]).toMatch(/^سائقو/);
  });
});

describe('session 3: relations between events and clauses', () => {
  it('«الغارة بعد يومين من هجوم شنه مسلحون»: another, earlier event with its own agent and place', () => {
    const { events, texts, name } = run('وجاءت الغارة بعد يومين من هجوم شنه مسلحون على موقع للجيش في ريف حماة أسفر عن مقتل خمسة جنود.', [LOC('حماة')]);
    const h = events.find((e) => e.trigger.text === 'هجوم')!;
    expect(texts(h, 'actor')).toEqual(['مسلحون']);
    expect(name(h.place!)).toBe('حماة');
  });
  it('members named after the object are not actors («اعتقلت القوات 25 فلسطينياً بينهم أسرى»)', () => {
    const { events, texts } = run('واعتقلت قوات الاحتلال في الضفة الغربية 25 فلسطينياً بينهم أسرى محررون.', [LOC('الضفة الغربية')]);
    expect(texts(events.find((e) => e.type === 'COERCE')!, 'actor')).toEqual(['قوات الاحتلال']);
  });
  it('a denial reaches a verb twelve words on («ونفى المتحدث باسم الجيش … أن تكون قواته قد أطلقت النار»)', () => {
    const { events } = run('ونفى المتحدث باسم الجيش اللبناني أن تكون قواته قد أطلقت النار على المحتجين.', []);
    expect(events.find((e) => e.type === 'ASSAULT')?.negated).toBe(true);
  });
  it('a place noun in construct after في leads to the place («في مدينة إربد»)', () => {
    const { events, name } = run('وتظاهر مئات الطلاب في مدينة إربد.', [LOC('إربد')]);
    expect(name(events.find((e) => e.type === 'PROTEST')!.place!)).toBe('إربد');
  });
});

describe('session 3: coordination, characterisations and topics', () => {
  it('a masdar coordinated with an earlier event noun shares its actor («قررت فرنسا طرد … واستدعاء سفيرها»)', () => {
    const { events, name } = run('قررت فرنسا، الثلاثاء، طرد 12 موظفاً من السفارة الجزائرية، واستدعاء سفيرها لدى الجزائر للتشاور.', [LOC('فرنسا'), LOC('الجزائر')]);
    const w = events.find((e) => e.type === 'SANCTION' && e.mode === 'withdraw')!;
    expect(w.actors.map(name)).toEqual(['فرنسا']);
  });
  it('a definite plural event noun quoted with no named actor characterises («وصفته بـ"الانتهاكات"»)', () => {
    const { events } = run('وجاء القرار رداً على ما وصفته الجزائر بـ"الانتهاكات المتكررة" لأجوائها.', [LOC('الجزائر')]);
    expect(events.filter((e) => e.type === 'ASSAULT')).toEqual([]);
  });
  it('a ceasefire named as a topic or as what was broken is no ceasefire', () => {
    const { events, name } = run('واتهم حزب الله إسرائيل بخرق وقف إطلاق النار، وبحث الوزيران سبل تثبيت وقف إطلاق النار.', [ORG('حزب الله'), LOC('إسرائيل')]);
    expect(events.filter((e) => e.type === 'RETREAT')).toEqual([]);
    expect(events.find((e) => e.type === 'ACCUSE')!.actors.map(name)).toEqual(['حزب الله']);
  });
  it('a noun event whose only role is the dateline place is a topic', () => {
    const { events } = run('غزة – وبحث الوزير الانتقال إلى المرحلة الثانية من الاتفاق.', [LOC('غزة')]);
    expect(events.filter((e) => e.type === 'AGREE')).toEqual([]);
  });
});

describe('session 3: air bridges', () => {
  it('«الجسر الجوي الذي أطلقه X» is aid given by X', () => {
    const { events, name } = run('ووصلت طائرة سعودية ضمن الجسر الجوي الذي أطلقه مركز الملك سلمان لمساعدة النازحين.', [ORG('مركز الملك سلمان')]);
    const e = events.find((x) => x.type === 'AID')!;
    expect(e.actors.map(name)).toEqual(['مركز الملك سلمان']);
    expect(e.evidence).toContain('rule:performed-by');
  });
});

describe('session 3: threats and withholding', () => {
  it('«لن يتردد في اتخاذ …» is a threat, not a negated event', () => {
    const { events } = run('وأكد الرئيس أنه لن يتردد في اتخاذ مزيد من الإجراءات.', []);
    const t = events.find((e) => e.type === 'THREATEN');
    expect(t).toBeDefined();
    expect(t!.negated).toBeUndefined();
  });
  it('withholding money is COERCE withhold, its actor the genitive of «استمرار»', () => {
    const { events, name } = run('بسبب استمرار إسرائيل في اقتطاع أموال المقاصة.', [LOC('إسرائيل')]);
    const e = events.find((x) => x.type === 'COERCE')!;
    expect(e.mode).toBe('withhold');
    expect(e.actors.map(name)).toEqual(['إسرائيل']);
  });
});
