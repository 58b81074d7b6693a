// Session 3d: vocabulary and role grammar found missing on the d17–d24 dev articles, fixed generally. Sentences are
// our own.
import { describe, expect, it } from 'vitest';
import { ORG, LOC, PER, runEvents, type HandEntity } from './helpers.ts';

const run = runEvents;

describe('session 3d: vocabulary', () => {
  it('دان (without hamza) condemns', () => {
    const { events, name } = run('ودانت نقابة الصحفيين الاعتداء على مراسل القناة.', [ORG('نقابة الصحفيين')]);
    const e = events.find((x) => x.type === 'ACCUSE');
    expect(e).toBeDefined();
    expect(e!.actors.map(name)).toEqual(['نقابة الصحفيين']);
  });
  it('حمّل X Y المسؤولية blames (ACCUSE), also with a possessed مسؤولية far after the verb', () => {
    const { events, name } = run('وحمّلت وزارة الدفاع الأرمينية في بيانها المقتضب الجيش الأذربيجاني مسؤوليته.', [ORG('وزارة الدفاع الأرمينية'), ORG('الجيش الأذربيجاني')]);
    const e = events.find((x) => x.type === 'ACCUSE');
    expect(e).toBeDefined();
    expect(e!.actors.map(name)).toEqual(['وزارة الدفاع الأرمينية']);
    expect(run('وحملت الشاحنة أكياس الطحين إلى القرية.', []).events.filter((x) => x.type === 'ACCUSE')).toEqual([]);
  });
  it('infiltration is an ASSAULT, offside in football is not', () => {
    expect(run('وأحبط الجيش محاولة تسلل لمسلحين عبر الحدود الشمالية.', []).events.some((x) => x.type === 'ASSAULT')).toBe(true);
    expect(run('وألغى الحكم الهدف بداعي التسلل في الدقيقة الأخيرة.', []).events.filter((x) => x.type === 'ASSAULT')).toEqual([]);
  });
  it('evacuation orders are COERCE with the issuer as actor', () => {
    const { events, name } = run('وأصدر الجيش الإسرائيلي أوامر إخلاء لسكان ثلاثة أحياء في رفح.', [ORG('الجيش الإسرائيلي'), LOC('رفح')]);
    const e = events.find((x) => x.type === 'COERCE');
    expect(e).toBeDefined();
    expect(e!.actors.map(name)).toEqual(['الجيش الإسرائيلي']);
  });
  it('a circumstantial ملوّحاً threatens', () => {
    const { events } = run('وانتقد النواب أداء الحكومة، ملوحين بسحب الثقة منها.', []);
    expect(events.some((x) => x.type === 'THREATEN' && x.trigger.text === 'ملوحين')).toBe(true);
  });
  it('shells that fall on a place are a shelling: one event with the casualties, the place where they fell', () => {
    const { events, name, texts } = run('وأصيب ثلاثة مدنيين جراء سقوط قذيفة هاون على حي الشيخ مقصود.', [LOC('حي الشيخ مقصود')]);
    const as = events.filter((x) => x.type === 'ASSAULT');
    expect(as).toHaveLength(1);
    expect(as[0].mode).toBe('heavy-weapons');
    expect(name(as[0].place!)).toBe('حي الشيخ مقصود');
    expect(texts(as[0], 'target').join(' ')).toContain('مدنيين');
  });
  it('the subject of another verb after the attack noun is not its agent («في هجوم حمّلت X Y مسؤوليته»)', () => {
    const { events, name } = run('وقتل طفلان في هجوم حمّلت السلطة المحلية جماعة الحوثي مسؤوليته.', [ORG('السلطة المحلية'), ORG('جماعة الحوثي')]);
    const a = events.find((x) => x.type === 'ASSAULT')!;
    expect(a.actors.map(name)).not.toContain('السلطة المحلية');
    const acc = events.find((x) => x.type === 'ACCUSE')!;
    expect(acc.actors.map(name)).toEqual(['السلطة المحلية']);
    expect(acc.targets.map(name)).toEqual(['جماعة الحوثي']);
  });
  it('يدين بالفضل (owes) is no condemnation', () => {
    expect(run('وقال الممثل إنه يدين بالفضل لأستاذه الأول.', []).events.filter((x) => x.type === 'ACCUSE')).toEqual([]);
  });
  it('handing over tonnes of medicine is AID; a required word may carry a fused لل', () => {
    const { events, name } = run('وسلّم الهلال الأحمر 20 طناً من الأدوية إلى مستشفى المدينة.', [ORG('الهلال الأحمر')]);
    const e = events.find((x) => x.type === 'AID');
    expect(e).toBeDefined();
    expect(e!.actors.map(name)).toEqual(['الهلال الأحمر']);
  });
  it('a project named for its aim is no act of support', () => {
    expect(run('وافتتح المحافظ مستوصفاً جديداً ضمن مشروع لدعم القطاع الصحي في الريف.', []).events.filter((x) => x.type === 'SUPPORT')).toEqual([]);
  });
});

describe('session 3d: gender agreement of a verb and the NP after it', () => {
  it('a feminine verb before a masculine singular head: the head is the object, the subject carries over', () => {
    const { events, name } = run('ونددت الخارجية الأردنية بالهجوم، كما طالبت مجلس الأمن الدولي بالتحرك العاجل.', [ORG('الخارجية الأردنية'), ORG('مجلس الأمن الدولي')]);
    const e = events.find((x) => x.type === 'REQUEST')!;
    expect(e).toBeDefined();
    expect(e.actors.map(name)).toEqual(['الخارجية الأردنية']);
    expect(e.targets.map(name)).toEqual(['مجلس الأمن الدولي']);
    expect(e.evidence).toContain('rule:conjoined-verb-subject');
  });
  it('a masculine verb before a head in ة: the head is the object', () => {
    const { events, name } = run('وانتقد اتحاد الشغل قرار الحكومة، وطالب الحكومة بفتح حوار مع النقابات وإنصاف العمال.', [ORG('اتحاد الشغل')]);
    const e = events.find((x) => x.type === 'REQUEST')!;
    expect(e).toBeDefined();
    expect(e.actors.map(name)).toEqual(['اتحاد الشغل']);
  });
  it('an agreeing subject stays the subject («كما طالبت مصر»)', () => {
    const { events, name } = run('ونددت الخارجية الأردنية بالهجوم، كما طالبت مصر بوقف التصعيد.', [ORG('الخارجية الأردنية'), LOC('مصر')]);
    const e = events.find((x) => x.type === 'REQUEST')!;
    expect(e.actors.map(name)).toEqual(['مصر']);
  });
  it('a masdar after a support masdar (بفرض حظر) is a noun, the content of the demand', () => {
    const { events } = run('وطالبت المنظمة الدول الكبرى بفرض حظر على تصدير الأسلحة.', [ORG('المنظمة')]);
    expect(events.filter((x) => x.type === 'COERCE')).toEqual([]);
  });
});

describe('session 3d: circumstantial participles', () => {
  it('take the main verb\'s subject, not the genitive of a masdar in its complement', () => {
    const { events, name } = run('ورحب الاتحاد الأوروبي بانسحاب الجيش الروسي، داعياً موسكو إلى احترام الاتفاق.', [ORG('الاتحاد الأوروبي'), ORG('الجيش الروسي'), LOC('موسكو')]);
    const e = events.find((x) => x.type === 'REQUEST')!;
    expect(e).toBeDefined();
    expect(e.actors.map(name)).toEqual(['الاتحاد الأوروبي']);
  });
});

describe('session 3d: crowds and case endings', () => {
  it('arson by a crowd is a riot and a road closure by a crowd an obstruction (PROTEST)', () => {
    const riot = run('وأحرق محتجون غاضبون مقر البلدية في المدينة.', []).events;
    expect(riot.map((x) => `${x.type}/${x.mode}`)).toEqual(['PROTEST/riot']);
    expect(riot[0].evidence).toContain('rule:crowd-protest');
    const road = run('وأغلق متظاهرون الطريق الدولي بالإطارات.', []).events;
    expect(road.some((x) => x.type === 'PROTEST' && x.mode === 'obstruct')).toBe(true);
    const state = run('وأغلقت السلطات الطريق الدولي أمام الشاحنات.', []).events;
    expect(state.some((x) => x.type === 'PROTEST')).toBe(false);
  });
  it('a nominative sound plural after a conjoined verb is its own subject, not an object of the inherited one', () => {
    const { events, texts } = run('وتظاهر مئات الموظفين أمام الوزارة، وأغلق محتجون الطريق الرئيسي لساعات.', []);
    const e = events.find((x) => x.trigger.text === 'أغلق')!;
    expect(e).toBeDefined();
    expect(texts(e, 'actor')).toEqual(['محتجون']);
  });
  it('an accusative object after another clause (فيما أعلنت النقابة إضراباً) does not restate the protest before', () => {
    const { events } = run('وتظاهر مئات الموظفين أمام الوزارة لساعات، فيما أعلنت نقابة المعلمين إضراباً مفتوحاً.', [ORG('نقابة المعلمين')]);
    expect(events.filter((x) => x.type === 'PROTEST')).toHaveLength(2);
  });
  it('dispersing a crowd with tear gas is crowd-control; «فرق» as teams is nothing', () => {
    expect(run('قبل أن تتدخل قوات الدرك وتفرقهم بالقنابل المسيلة للدموع.', []).events.some((x) => x.type === 'ASSAULT' && x.mode === 'crowd-control')).toBe(true);
    expect(run('وشاركت فرق الإنقاذ في البحث عن المفقودين.', []).events.filter((x) => x.type === 'ASSAULT')).toEqual([]);
  });
});

describe('session 3d: a possessed group as subject acts for its possessor', () => {
  it('«أعلنت X أن وحداتها داهمت …، واعتقلت …»: X raids and arrests', () => {
    const { events, name } = run('وأعلنت وزارة الداخلية أن وحداتها داهمت مزرعة في الريف الشرقي، واعتقلت خمسة أشخاص.', [ORG('وزارة الداخلية')]);
    for (const t of ['داهمت', 'اعتقلت']) {
      const e = events.find((x) => x.trigger.text === t)!;
      expect(e, t).toBeDefined();
      expect(e.actors.map(name), t).toEqual(['وزارة الداخلية']);
    }
    expect(events.find((x) => x.trigger.text === 'داهمت')!.evidence).toContain('rule:possessed-subject');
  });
  it('«نفت X أن تكون عناصرها قد اعتدت»: X, negated', () => {
    const { events, name } = run('ونفت قيادة الشرطة أن تكون عناصرها قد اعتدت على المعتقلين.', [ORG('قيادة الشرطة')]);
    const e = events.find((x) => x.type === 'ASSAULT')!;
    expect(e).toBeDefined();
    expect(e.actors.map(name)).toEqual(['قيادة الشرطة']);
    expect(e.negated).toBe(true);
  });
});

describe('session 3d: partitives of units', () => {
  it('«انتشرت وحدات من الجيش اللبناني»: the body after من is the actor', () => {
    const { events, name } = run('انتشرت وحدات من الجيش اللبناني في بلدات الجنوب.', [ORG('الجيش اللبناني')]);
    const e = events.find((x) => x.type === 'MOBILIZE')!;
    expect(e).toBeDefined();
    expect(e.actors.map(name)).toEqual(['الجيش اللبناني']);
  });
  it('«اعتقلت قوة من الشرطة المحلية …»: the whole partitive is one participant', () => {
    const { events, texts } = run('اعتقلت قوة من الشرطة المحلية خمسة ناشطين عند مدخل البلدة.', []);
    const e = events.find((x) => x.type === 'COERCE')!;
    expect(e).toBeDefined();
    expect(texts(e, 'actor')).toEqual(['قوة من الشرطة المحلية']);
  });
});

describe('session 3d: a لـ-phrase naming the agent of an attack noun', () => {
  it('«أحبط الجيش محاولة تسلل لعناصر مسلحة»: the infiltrators act', () => {
    const { events, texts } = run('وأحبط الجيش محاولة تسلل لعناصر مسلحة عبر الحدود.', []);
    const e = events.find((x) => x.type === 'ASSAULT')!;
    expect(e).toBeDefined();
    expect(texts(e, 'actor')).toContain('عناصر مسلحة');
    expect(e.evidence).toContain('rule:masdar-li-agent');
  });
  it('a protest noun with لـ keeps no agent from it (a banned rally is the ban\'s content)', () => {
    const { events } = run('ومنعت السلطات المحلية وقفة للممرضين أمام مقر الولاية.', []);
    for (const e of events) expect(e.evidence).not.toContain('rule:masdar-li-agent');
  });
});

describe('session 3d: a short description of a body named before', () => {
  it('«وجددت الحركة رفضها» refers to the movement named before (حركة الجهاد)', () => {
    const ents: HandEntity[] = [{ type: 'ORG', name: 'الجهاد الإسلامي', mentions: ['حركة الجهاد الإسلامي'] }];
    const { events, name } = run('وقالت حركة الجهاد الإسلامي إن وفدها سيصل غداً. وجددت الحركة رفضها أي هدنة مؤقتة.', ents);
    const e = events.find((x) => x.type === 'REJECT')!;
    expect(e).toBeDefined();
    expect(e.actors.map(name)).toEqual(['الجهاد الإسلامي']);
    expect(e.evidence).toContain('rule:description-of-named-body');
  });
  it('with no such body named before, the description stays a group phrase', () => {
    const { events, texts } = run('وجددت الحركة رفضها أي هدنة مؤقتة.', []);
    const e = events.find((x) => x.type === 'REJECT');
    if (e) { expect(e.actors).toEqual([]); expect(texts(e, 'actor')).toEqual(['الحركة']); }
  });
});

describe('session 3d: a possessed group right after a transitive verb is its object', () => {
  it('«إن إسرائيل ستسحب قواتها من لبنان»: Israel withdraws, not the speaker', () => {
    const { events, name } = run('وقال المتحدث إن إسرائيل ستسحب قواتها من لبنان قريباً.', [LOC('إسرائيل'), LOC('لبنان')]);
    for (const e of events) expect(e.evidence).not.toContain('rule:possessed-subject');
    const e = events.find((x) => x.type === 'RETREAT');
    if (e) expect(e.actors.map(name)).toEqual(['إسرائيل']);
  });
});

describe('session 3d: topics of talks', () => {
  it('event nouns after بشأن (and coordinated with it) are what the talks are about', () => {
    const { events } = run('وانطلقت في الدوحة جولة جديدة من المحادثات بشأن وقف إطلاق النار في السودان وتبادل الأسرى.', [LOC('الدوحة'), LOC('السودان')]);
    expect(events.filter((x) => x.type === 'RETREAT')).toEqual([]);
    const talks = events.find((x) => x.type === 'CONSULT')!;
    expect(talks).toBeDefined();
    expect((talks.evidence ?? []).some((e) => e.startsWith('rule:topic-of-event@'))).toBe(true);
  });
  it('a ceasefire announced with no topic preposition is still an event', () => {
    const { events } = run('وأعلن الطرفان وقف إطلاق النار في المدينة.', []);
    expect(events.some((x) => x.type === 'RETREAT')).toBe(true);
  });
});

describe('session 3d: a subject with a لـ-genitive before the verb', () => {
  it('«وكانت القيادة العامة للقوات المسلحة قد دفعت بتعزيزات»: the command (of the armed forces) acts', () => {
    const { events, name, texts } = run('وكانت القيادة العامة للقوات المسلحة قد دفعت بتعزيزات عسكرية إلى الحدود الشمالية.', [ORG('القوات المسلحة')]);
    const e = events.find((x) => x.type === 'MOBILIZE')!;
    expect(e).toBeDefined();
    expect(e.evidence).toContain('rule:svo-subject-of-body');
    expect(texts(e, 'actor')[0]).toContain('القيادة');
    expect(e.actors.map(name)).toContain('القوات المسلحة');
  });
});

describe('session 3d: a titled caller', () => {
  it('«تلقى X اتصالاً هاتفياً من المبعوث الأممي إلى ليبيا Y»: Y calls, X receives', () => {
    const { events, name } = run('وتلقى الرئيس محمد المنفي اتصالاً هاتفياً من المبعوث الأممي إلى ليبيا عبد الله باتيلي تناول الانتخابات.', [PER('محمد المنفي'), PER('عبد الله باتيلي'), LOC('ليبيا')]);
    const e = events.find((x) => x.type === 'CONSULT')!;
    expect(e).toBeDefined();
    expect(e.actors.map(name)).toEqual(['عبد الله باتيلي']);
    expect(e.targets.map(name)).toContain('محمد المنفي');
  });
});

describe('session 3d: a title refers to the person last named with it', () => {
  it('«الوزير الإيراني» after «وزير الخارجية الإيراني حسين أمير عبد اللهيان»', () => {
    const ents: HandEntity[] = [{ type: 'PER', name: 'حسين أمير عبد اللهيان', mentions: ['وزير الخارجية الإيراني', 'حسين أمير عبد اللهيان'] }, LOC('العقبة')];
    const { events, name } = run('واستقبل الملك أمس وزير الخارجية الإيراني حسين أمير عبد اللهيان. وزار الوزير الإيراني مدينة العقبة صباح اليوم.', ents);
    const e = events.find((x) => x.trigger.text === 'وزار' || x.trigger.text === 'زار')!;
    expect(e).toBeDefined();
    expect(e.actors.map(name)).toEqual(['حسين أمير عبد اللهيان']);
    expect(e.evidence).toContain('rule:description-of-named-body');
  });
});

describe('session 3d: a request named as what is refused or threatened', () => {
  it('«رافضاً طلب النواب تأجيل …» and «ملوحين بتقديم طلب …» report no REQUEST', () => {
    const a = run('ونفى الوزير وجود تجاوزات، رافضاً طلب بعض النواب تأجيل الجلسة.', []).events;
    expect(a.filter((x) => x.type === 'REQUEST')).toEqual([]);
    const b = run('وأعلن خمسة نواب تأييدهم للاستجواب، ملوحين بتقديم طلب طرح الثقة بالوزير.', []).events;
    expect(b.filter((x) => x.type === 'REQUEST')).toEqual([]);
    expect(b.some((x) => x.type === 'THREATEN')).toBe(true);
  });
});
