// Session 6 (roles side): who takes part, stated as grammar — counts of people as participants, units that belong to a
// body, counterparts, duals that name two group phrases, plural subjects of conjoined verbs, spans as written.
import { describe, expect, it } from 'vitest';
import { runEvents, PER, LOC, ORG } from './helpers.ts';

type R = ReturnType<typeof runEvents>;
const byType = (r: R, type: string) => r.events.filter((e) => e.type === type);
const actorNames = (r: R, e: R['events'][number]) => [...e.actors.map((id) => r.name(id)), ...r.texts(e, 'actor')];
const targetNames = (r: R, e: R['events'][number]) => [...e.targets.map((id) => r.name(id)), ...r.texts(e, 'target')];

describe('session 6: a count of people is a participant, written as it stands', () => {
  it('«نحو خمسين مستوطناً» (approximation + number + accusative singular) is the subject', () => {
    const r = runEvents('واقتحم نحو خمسين مستوطناً قرية المغير صباح اليوم.', [LOC('المغير')]);
    const ev = r.events.find((e) => e.trigger.text.includes('اقتحم'));
    expect(ev).toBeTruthy();
    expect(r.texts(ev!, 'actor')).toContain('نحو خمسين مستوطناً');
    // (the object noun after the count is no adjective of it)
    expect(r.texts(ev!, 'actor').join(' ')).not.toContain('قرية');
    const p = ev!.participants!.find((x) => x.text === 'نحو خمسين مستوطناً')!;
    expect(p.evidence).toContain('rule:count-of-people');
  });
  it('«أكثر من مئة متظاهر» (a genitive singular after مئة) and «عشرون نائباً» act, whatever the verb\'s gender', () => {
    const r1 = runEvents('وأغلق أكثر من مئة متظاهر الطريق الدولي صباح اليوم.', []);
    expect(r1.events.flatMap((e) => r1.texts(e, 'actor'))).toContain('أكثر من مئة متظاهر');
    const r2 = runEvents('وهاجم قرابة ثلاثين مستوطناً مزارعين فلسطينيين في بلدة سنجل.', [LOC('سنجل')]);
    const ev = r2.events.find((e) => e.type === 'ASSAULT');
    expect(r2.texts(ev!, 'actor')).toContain('قرابة ثلاثين مستوطناً');
    expect(r2.texts(ev!, 'target')).toContain('مزارعين فلسطينيين');
  });
  it('a count of things is no participant («عشرين عاماً»، «ثلاثة أيام»)', () => {
    const r = runEvents('واعتقلت الشرطة ناشطين بعد ثلاثة أيام من احتجاج دام عشرين عاماً.', [ORG('الشرطة')]);
    const all = r.events.flatMap((e) => e.participants ?? []).map((p) => p.text);
    expect(all.some((t) => /أيام|عاماً/.test(t))).toBe(false);
  });
  it('a count after a conjoined verb with a subject is its object («وتدخلت قوى الأمن وأوقفت ثلاثة من المحتجين»)', () => {
    const r = runEvents('وتدخلت قوى الأمن الداخلي وأوقفت ثلاثة من المحتجين أمام المقر.', [ORG('قوى الأمن الداخلي')]);
    const ev = r.events.find((e) => e.type === 'COERCE');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('قوى الأمن الداخلي');
    expect(targetNames(r, ev!)).toContain('ثلاثة من المحتجين');
  });
  it('…and after a conjoined verb that inherits its subject («…، واعتقلت ١٤ شاباً بينهم أسرى»)', () => {
    const r = runEvents('واقتحمت قوات الاحتلال مخيم بلاطة فجر اليوم، واعتقلت ١٤ شاباً بينهم أسرى محررون.', [LOC('مخيم بلاطة')]);
    const ev = r.events.find((e) => e.trigger.text.includes('اعتقلت'));
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('قوات الاحتلال');
    expect(targetNames(r, ev!)).toContain('١٤ شاباً');
  });
  it('an event word is no counted noun («ثلاثة متهمين» keeps its own reading)', () => {
    const r = runEvents('كما قضت المحكمة بتغريم ثلاثة متهمين آخرين مليون جنيه.', [ORG('المحكمة')]);
    expect(r.events.flatMap((e) => e.participants ?? []).some((p) => p.text.startsWith('ثلاثة'))).toBe(false);
  });
});

describe('session 6: a unit that belongs to a body', () => {
  it('«دورية تابعة للجيش المالي»: the unit is the participant and the body acts through it', () => {
    const r = runEvents('واعتقلت دورية تابعة للجيش المالي ثلاثة رعاة جزائريين قرب الحدود.', [ORG('الجيش المالي')]);
    const ev = r.events.find((e) => e.type === 'COERCE');
    expect(ev).toBeTruthy();
    expect(r.texts(ev!, 'actor')).toContain('دورية تابعة');
    expect(ev!.actors.map(r.name)).toContain('الجيش المالي');
    expect(ev!.participants!.some((p) => (p.evidence ?? []).includes('rule:unit-of-affiliated-body'))).toBe(true);
    expect(targetNames(r, ev!)).toContain('ثلاثة رعاة جزائريين');
  });
});

describe('session 6: counterparts and names side by side', () => {
  it('«اتفق الرئيس الكيني X ونظيره الأوغندي Y»: both presidents agree', () => {
    const r = runEvents('اتفق الرئيس الكيني ويليام روتو ونظيره الأوغندي يويري موسيفيني على تسريع مشروع خط الأنابيب.',
      [{ type: 'PER', name: 'ويليام روتو', mentions: ['الرئيس الكيني', 'ويليام روتو'] }, PER('يويري موسيفيني')]);
    const ag = byType(r, 'AGREE');
    expect(ag.length).toBe(1);
    expect(ag[0].actors.map(r.name)).toEqual(expect.arrayContaining(['ويليام روتو', 'يويري موسيفيني']));
  });
  it('«التقى X نظيره العراقي» with no name: the counterpart as written is the target', () => {
    const r = runEvents('والتقى وزير الدفاع التركي يشار غولر نظيره العراقي في بغداد.', [PER('يشار غولر'), LOC('بغداد')]);
    const cs = byType(r, 'CONSULT');
    expect(cs.length).toBe(1);
    expect(r.texts(cs[0], 'target')).toContain('نظيره العراقي');
  });
  it('a counterpart followed by a name yields to the name', () => {
    const r = runEvents('وبحث وزير الخارجية عباس عراقجي مع نظيره العماني بدر البوسعيدي تطورات المفاوضات.', [PER('عباس عراقجي'), PER('بدر البوسعيدي')]);
    const cs = byType(r, 'CONSULT');
    expect(cs[0].targets.map(r.name)).toContain('بدر البوسعيدي');
    expect(r.texts(cs[0], 'target')).not.toContain('نظيره العماني');
  });
});

describe('session 6: «الجانبان» names two group phrases', () => {
  it('«عقد وفد أمني سوري اجتماعاً مع مسؤولين أردنيين … واتفق الجانبان»', () => {
    const r = runEvents('عقد وفد أمني سوري اجتماعاً مع مسؤولين أردنيين في العقبة أمس. واتفق الجانبان على إنشاء غرفة تنسيق مشتركة.', [LOC('العقبة')]);
    const ag = byType(r, 'AGREE');
    expect(ag.length).toBe(1);
    expect(r.texts(ag[0], 'actor')).toEqual(expect.arrayContaining(['وفد أمني سوري', 'مسؤولين أردنيين']));
  });
});

describe('session 6: plural subjects that the verb carries', () => {
  it('«وجددوا دعمهم …، كما دعوا إيران»: the ministers support and call; إيران is the object', () => {
    const r = runEvents('وأدان الوزراء الاعتداءات المتكررة على الأراضي السورية، وجددوا دعمهم لوحدة سوريا، كما دعوا إيران إلى التجاوب مع المساعي.',
      [LOC('سوريا'), LOC('إيران')]);
    const sup = byType(r, 'SUPPORT');
    expect(sup.length).toBe(1);
    expect(actorNames(r, sup[0])).toContain('الوزراء');
    const req = byType(r, 'REQUEST');
    expect(req.length).toBe(1);
    expect(actorNames(r, req[0])).toContain('الوزراء');
    expect(req[0].targets.map(r.name)).toContain('إيران');
  });
});

describe('session 6: bodies named by a common head', () => {
  it('«دعت اللجنة المركزية …، التي تضم …، وزارة الداخلية إلى»: the committee calls, the ministry is called on', () => {
    const r = runEvents('دعت اللجنة المركزية في درعا، التي تضم وجهاء المنطقة، وزارة الداخلية إلى تغليب لغة الحوار.', [LOC('درعا'), ORG('وزارة الداخلية')]);
    const req = byType(r, 'REQUEST');
    expect(req.length).toBe(1);
    expect(r.texts(req[0], 'actor').join(' ')).toContain('اللجنة المركزية');
    expect(req[0].actors.map(r.name)).not.toContain('وزارة الداخلية');
  });
  it('«وساطة قادها أعيان»: قادها is a verb with a pronoun, not «قادةً»', () => {
    const r = runEvents('وبعد وساطة قادها أعيان من المدينة، توصل الطرفان إلى اتفاق.', []);
    expect(r.events.flatMap((e) => e.participants ?? []).some((p) => p.text.includes('قادها'))).toBe(false);
  });
  it('a committee that opens an event phrase is the event («لجنة تحقيق»), no participant', () => {
    const r = runEvents('وشكلت وزارة الداخلية لجنة تحقيق في الحادث.', [ORG('وزارة الداخلية')]);
    expect(r.events.flatMap((e) => e.participants ?? []).some((p) => p.text.startsWith('لجنة'))).toBe(false);
  });
});

describe('session 6: who speaks and whom a possessed masdar names', () => {
  it('«، الذي أكد دعم بلاده»: the antecedent of the relative confirms the support', () => {
    const r = runEvents('التقى وزير الخارجية فؤاد حسين أمس نظيره هاكان فيدان، الذي أكد دعم بلاده لمشروع طريق التنمية.',
      [PER('فؤاد حسين'), PER('هاكان فيدان')]);
    const sup = byType(r, 'SUPPORT');
    expect(sup.length).toBe(1);
    expect(sup[0].actors.map(r.name)).toEqual(['هاكان فيدان']);
  });
  it('«أكد الجيش مقتل X» still reports a killing with X as target, not the army as killer', () => {
    const r = runEvents('وأكد الجيش مقتل القيادي سالم العلي في الغارة.', [ORG('الجيش'), PER('سالم العلي')]);
    const as = byType(r, 'ASSAULT');
    for (const e of as) expect(e.actors.map(r.name)).not.toContain('الجيش');
  });
  it('«ودانت الدار في بيان توقيفهم، وطالبت …»: an NP followed by «في بيان» speaks — it is the subject', () => {
    const r = runEvents('وقالت النقابة إن قوات الأمن ألقت القبض على ثلاثة من العمال، ودانت النقابة في بيان توقيفهم، وطالبت النائب العام بالإفراج عنهم.', []);
    const acc = byType(r, 'ACCUSE');
    expect(acc.length).toBe(1);
    expect(r.texts(acc[0], 'actor')).toContain('النقابة');
    const req = byType(r, 'REQUEST');
    expect(req.length).toBe(1);
    expect(r.texts(req[0], 'actor')).toContain('النقابة');
  });
  it('«خلال لقائه الرئيس الفرنسي X»: the NP right after a possessed meeting noun is the one met', () => {
    const r = runEvents('وأكد الملك عبدالله الثاني، خلال لقائه الرئيس الفرنسي إيمانويل ماكرون في باريس، ضرورة وقف الحرب.',
      [PER('عبدالله الثاني'), { type: 'PER', name: 'إيمانويل ماكرون', mentions: ['الرئيس الفرنسي إيمانويل ماكرون', 'إيمانويل ماكرون'] }, LOC('باريس')]);
    const cs = byType(r, 'CONSULT');
    expect(cs.length).toBe(1);
    expect(cs[0].actors.map(r.name)).toEqual(['عبدالله الثاني']);
    expect(cs[0].targets.map(r.name)).toEqual(['إيمانويل ماكرون']);
    expect(cs[0].evidence).toContain('rule:possessed-masdar-object');
  });
  it('«وبحسب بلاغ للرئاسة، شدد X …، رافضاً …»: past a source adverbial, the main verb\'s subject refuses', () => {
    const r = runEvents('وبحسب بلاغ للرئاسة، شدد الرئيس قيس سعيد على أن بلاده لن تكون حارساً لحدود غيرها، رافضاً أن تتحول تونس إلى معبر للمهاجرين.',
      [{ type: 'PER', name: 'قيس سعيد', mentions: ['الرئيس قيس سعيد', 'قيس سعيد'] }, LOC('تونس'), ORG('الرئاسة')]);
    const rej = byType(r, 'REJECT');
    expect(rej.length).toBe(1);
    expect(rej[0].actors.map(r.name)).toEqual(['قيس سعيد']);
  });
});

describe('session 6: subjects that go on', () => {
  it('«يتوجه X إلى محافظة العلا، حيث يلتقي وزير الثقافة الأمير Y»: the traveller meets the minister', () => {
    const r = runEvents('ومن المقرر أن يتوجه أنور إبراهيم غداً إلى محافظة العلا، حيث يلتقي وزير الثقافة الأمير بدر بن عبدالله.',
      [PER('أنور إبراهيم'), LOC('محافظة العلا'), { type: 'PER', name: 'بدر بن عبدالله', mentions: ['وزير الثقافة', 'بدر بن عبدالله'] }]);
    const cs = byType(r, 'CONSULT');
    expect(cs.length).toBe(1);
    expect(cs[0].actors.map(r.name)).toEqual(['أنور إبراهيم']);
    expect(cs[0].targets.map(r.name)).toContain('بدر بن عبدالله');
  });
  it('«حطّت طائرة X في مطار Y، حيث اجتمع بقادة الفرقة»: the person of the clause before meets', () => {
    const r = runEvents('وحطّت طائرة رئيس مجلس السيادة عبد الفتاح البرهان في مطار الأبيض ظهر اليوم، حيث اجتمع بقادة الفرقة.',
      [PER('عبد الفتاح البرهان'), LOC('مطار الأبيض')]);
    const cs = byType(r, 'CONSULT');
    expect(cs.length).toBe(1);
    expect(cs[0].actors.map(r.name)).toEqual(['عبد الفتاح البرهان']);
    expect(r.texts(cs[0], 'target')).toContain('قادة الفرقة');
  });
  it('«استقبل X Y، وأعرب عن تقدير مصر …»: after a reception the host goes on speaking (the visitor acts in the meeting)', () => {
    const r = runEvents('واستقبل الرئيس عبد الفتاح السيسي الشيخ محمد بن زايد، وأعرب عن تقدير مصر للدعم الإماراتي.',
      [{ type: 'PER', name: 'عبد الفتاح السيسي', mentions: ['الرئيس عبد الفتاح السيسي', 'عبد الفتاح السيسي'] }, { type: 'PER', name: 'محمد بن زايد', mentions: ['الشيخ محمد بن زايد', 'محمد بن زايد'] }, LOC('مصر')]);
    const cs = byType(r, 'CONSULT');
    expect(cs[0].actors.map(r.name)).toEqual(['محمد بن زايد']);
    expect(cs[0].targets.map(r.name)).toEqual(['عبد الفتاح السيسي']);
    const sup = byType(r, 'SUPPORT');
    expect(sup.length).toBe(1);
    expect(sup[0].actors.map(r.name)[0]).toBe('عبد الفتاح السيسي');
    expect(sup[0].actors.map(r.name)).not.toContain('محمد بن زايد');
  });
  it('«أجرى X اتصالاً …، أكد خلاله دعم القاهرة …»: the caller states his state\'s support; the state stays beside him', () => {
    const r = runEvents('وأجرى الرئيس عبد الفتاح السيسي اتصالاً هاتفياً مع نظيره الصومالي حسن شيخ محمود، أكد خلاله دعم القاهرة الكامل لوحدة الصومال.',
      [PER('عبد الفتاح السيسي'), PER('حسن شيخ محمود'), LOC('القاهرة'), LOC('الصومال')]);
    const sup = byType(r, 'SUPPORT');
    expect(sup.length).toBe(1);
    expect(sup[0].actors.map(r.name)).toEqual(['عبد الفتاح السيسي', 'القاهرة']);
  });
});

describe('session 6: agents named by an operation, and duals of named ministers', () => {
  it('«اعتُقلوا خلال مداهمات نفذتها الأجهزة الأمنية»: the performer of the operation arrested them', () => {
    const r = runEvents('وأوضح المسؤول أن المتهمين كانوا قد اعتُقلوا خلال مداهمات نفذتها الأجهزة الأمنية في منطقة سترة.', [LOC('منطقة سترة')]);
    const co = byType(r, 'COERCE');
    expect(co.length).toBe(1);
    expect(r.texts(co[0], 'actor')).toContain('الأجهزة الأمنية');
    expect(r.texts(co[0], 'target')).toContain('المتهمين');
  });
  it('a passive with no operation named keeps no agent', () => {
    const r = runEvents('وأوضح المسؤول أن المتهمين اعتُقلوا مطلع أغسطس الماضي.', []);
    const co = byType(r, 'COERCE');
    expect(co.length).toBe(1);
    expect(r.texts(co[0], 'actor')).toEqual([]);
  });
  it('«وقّع وزير الصيد والبنى التحتية البحرية X ونظيره السنغالي … ودعا الوزيران»: the two ministers, not «البحرية»', () => {
    const r = runEvents('ووقّع وزير الصيد والبنى التحتية البحرية المختار بوسيف ونظيره السنغالي مذكرة تفاهم. ودعا الوزيران إلى تعزيز التنسيق بين البلدين.',
      [{ type: 'PER', name: 'المختار بوسيف', mentions: ['وزير الصيد', 'المختار بوسيف'] }]);
    const ag = byType(r, 'AGREE');
    expect(ag.length).toBe(1);
    expect(r.texts(ag[0], 'actor')).not.toContain('البحرية');
    expect(r.texts(ag[0], 'actor')).toContain('نظيره السنغالي');
    const req = byType(r, 'REQUEST');
    expect(req.length).toBe(1);
    expect(req[0].actors.map(r.name)).toContain('المختار بوسيف');
    expect(r.texts(req[0], 'actor')).toContain('نظيره السنغالي');
  });
  it('«أطلق مستوطن النار على …»: a singular agent noun is a participant', () => {
    const r = runEvents('وأطلق مستوطن النار على شاب فلسطيني قرب قرية المغير.', [LOC('قرية المغير')]);
    const as = byType(r, 'ASSAULT');
    expect(as.length).toBe(1);
    expect(r.texts(as[0], 'actor')).toContain('مستوطن');
  });
});

describe('session 6: light verbs and sides set off by a comma', () => {
  it('«أقدم عشرات المستوطنين على اقتحام …»، «لجأت الشرطة إلى تفريق …»: the light verb\'s subject does the act', () => {
    const r1 = runEvents('وأقدم عشرات المستوطنين على اقتحام باحات المسجد الأقصى صباح اليوم.', []);
    const a1 = r1.events.find((e) => e.trigger.text.includes('اقتحام'));
    expect(a1).toBeTruthy();
    expect(r1.texts(a1!, 'actor')).toContain('عشرات المستوطنين');
    const r2 = runEvents('ولجأت الشرطة إلى تفريق المحتجين بالقوة.', []);
    const a2 = byType(r2, 'ASSAULT');
    expect(a2.length).toBe(1);
    expect(r2.texts(a2[0], 'actor')).toContain('الشرطة');
  });
  it('«خرج مئات من أهالي المدينة، مساء الاثنين، في تظاهرة»: the crowd that went out demonstrates', () => {
    const r = runEvents('وخرج مئات من أهالي المدينة، مساء الاثنين، في تظاهرة أمام مبنى المحافظة.', []);
    const pr = byType(r, 'PROTEST');
    expect(pr.length).toBe(1);
    expect(r.texts(pr[0], 'actor').join(' ')).toContain('مئات من أهالي');
  });
  it('«خرج الرئيس من المستشفى» reports nothing', () => {
    expect(runEvents('وخرج الرئيس من المستشفى بعد إجراء عملية جراحية.', []).events.length).toBe(0);
  });
  it('«اشتباكات … في منطقة X جنوبي طرابلس، بين قوات "Y" و"Z"»: the quoted bodies are the two sides', () => {
    const r = runEvents('اندلعت مساء الأحد اشتباكات عنيفة بالأسلحة الثقيلة في منطقة عين زارة جنوبي العاصمة طرابلس، بين قوات "جهاز الردع" و"اللواء 444 قتال"، ما أسفر عن مقتل ستة أشخاص.',
      [ORG('جهاز الردع'), ORG('اللواء 444 قتال'), LOC('طرابلس'), LOC('عين زارة')]);
    const as = byType(r, 'ASSAULT');
    expect(as.length).toBe(1);
    expect(as[0].actors.map(r.name)).toEqual(expect.arrayContaining(['جهاز الردع', 'اللواء 444 قتال']));
  });
  it('«دعت تنسيقيات الاحتجاج إلى إضراب عام»: the coordinating committees call the strike', () => {
    const r = runEvents('وأعلن المحافظ تشكيل لجنة تحقيق، فيما دعت تنسيقيات الاحتجاج إلى إضراب عام في المحافظة.', []);
    const pr = byType(r, 'PROTEST');
    expect(pr.length).toBe(1);
    expect(r.texts(pr[0], 'actor').join(' ')).toContain('تنسيقيات');
  });
});

describe('session 6: a support verb does not reach into a that-clause', () => {
  it('«وأكد الخبراء أن الخسائر … جراء إغلاق المصانع»: the experts close nothing', () => {
    const r = runEvents('وأكد الخبراء أن الخسائر المادية اللاحقة بالاقتصاد جراء إغلاق المصانع تقدر بنحو 400 مليون يومياً.', []);
    for (const e of r.events) expect(r.texts(e, 'actor')).not.toContain('الخبراء');
  });
  it('«وأكد الوزير رفض بلاده …»: right after the verb the masdar is its object, and the minister refuses', () => {
    const r = runEvents('وأكد وزير الخارجية سالم العلي رفض بلاده القاطع لأي تدخل أجنبي.', [PER('سالم العلي')]);
    const rej = byType(r, 'REJECT');
    expect(rej.length).toBe(1);
    expect(rej[0].actors.map(r.name)).toContain('سالم العلي');
  });
});

describe('session 6: a possessed reception keeps the visitor → host coding', () => {
  it('«خلال استقباله وزير الخارجية العماني X»: the visitor acts, the host (the possessor) is the target', () => {
    const r = runEvents('وأكد الملك عبدالله الثاني، خلال استقباله وزير الخارجية العماني بدر البوسعيدي في عمان، دعم الأردن للوساطة.',
      [PER('عبدالله الثاني'), PER('بدر البوسعيدي'), LOC('عمان'), LOC('الأردن')]);
    const cs = byType(r, 'CONSULT');
    expect(cs.length).toBe(1);
    expect(cs[0].actors.map(r.name)).toEqual(['بدر البوسعيدي']);
    expect(cs[0].targets.map(r.name)).toEqual(['عبدالله الثاني']);
  });
});
