// Session 8 (roles side): participants by clause structure — a كان … قد clause with a place adjunct before قد, agent
// phrases that make a verb passive, a unit of an unnamed body, results of an operation named by no event word, a past
// verb after a reported imperfect, a dual verb after an event of two parties, a title carrying a clitic preposition, a
// drone named alone. Every sentence here is new (written for these tests).
import { describe, expect, it } from 'vitest';
import { runEvents, PER, LOC, ORG } from './helpers.ts';

type R = ReturnType<typeof runEvents>;
const actorNames = (r: R, e: R['events'][number]) => [...e.actors.map((id) => r.name(id)), ...r.texts(e, 'actor')];
const targetNames = (r: R, e: R['events'][number]) => [...e.targets.map((id) => r.name(id)), ...r.texts(e, 'target')];
const find = (r: R, word: string) => r.events.find((e) => e.trigger.text.includes(word));

describe('session 8: the subject of a كان … قد clause past a place adjunct', () => {
  it('a verb: «وكانت X في Y قد طالبت Z» — X asks, Z is asked', () => {
    const r = runEvents('وكانت جمعية أسر المعتقلين في طرابلس قد طالبت المجلس الرئاسي بالإفراج عن ذويها.',
      [ORG('جمعية أسر المعتقلين'), ORG('المجلس الرئاسي'), LOC('طرابلس')]);
    const ev = find(r, 'طالبت');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('جمعية أسر المعتقلين');
    expect(actorNames(r, ev!)).not.toContain('المجلس الرئاسي');
    expect(targetNames(r, ev!)).toContain('المجلس الرئاسي');
  });
  it('a support verb: «وكانت X في Y قد نظّمت وقفة» — X protests', () => {
    const r = runEvents('وكانت نقابة الصيادين في نواذيبو قد نظّمت الأحد وقفة احتجاجية أمام مقر الولاية.',
      [ORG('نقابة الصيادين'), LOC('نواذيبو')]);
    const ev = r.events.find((e) => e.type === 'PROTEST');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('نقابة الصيادين');
  });
  it('no كان before the subject: the rule does not fire («قد» alone after a place)', () => {
    const r = runEvents('قالت الشركة إن العمال في المصنع قد طالبوا الإدارة بزيادة الأجور.', [ORG('الشركة')]);
    const ev = find(r, 'طالبوا');
    expect(ev?.evidence ?? []).not.toContain('rule:kana-qad-subject');
  });
});

describe('session 8: an agent phrase makes the verb passive', () => {
  it('«اختُطف عشرات الشبان على أيدي مسلحين مجهولين»: the gunmen act, the young men are taken', () => {
    const r = runEvents('واختُطف عشرات الشبان على أيدي مسلحين مجهولين في ضواحي المدينة.', []);
    const ev = r.events.find((e) => e.type === 'ASSAULT');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('مسلحين مجهولين');
    expect(targetNames(r, ev!)).toContain('عشرات الشبان');
  });
  it('in a relative clause on its victims («الشبان الذين خُطفوا على يد …»)', () => {
    const r = runEvents('وطالبت الرابطة بالكشف عن مصير عشرات الشبان الذين خُطفوا على يد عصابة مسلحة قبل أعوام.', [ORG('الرابطة')]);
    const ev = find(r, 'خُطفوا');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('عصابة مسلحة');
    expect(actorNames(r, ev!)).not.toContain('عشرات الشبان');
  });
  it('an unvocalised verb with «من قبل»: the agent acts', () => {
    const r = runEvents('واعتقل ثلاثة صحفيين من قبل الشرطة العسكرية أثناء تغطيتهم للاحتجاجات.', [ORG('الشرطة العسكرية')]);
    const ev = r.events.find((e) => e.type === 'COERCE');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('الشرطة العسكرية');
  });
  it('a feminine verb conjoined after it goes on with the feminine subject, not with the gunmen', () => {
    const r = runEvents('ونظّمت الرابطة وقفة طالبت خلالها بمعرفة مصير شبان خُطفوا على أيدي مسلحين مجهولين، وحمّلت السلطات مسؤولية التقصير.',
      [ORG('الرابطة')]);
    const ev = find(r, 'حمّلت');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('الرابطة');
    expect(actorNames(r, ev!)).not.toContain('مسلحين مجهولين');
  });
});

describe('session 8: a unit of a body no entity names', () => {
  it('«أن وحدة من الجيش الوطني اشتبكت مع مسلحين»: the army (a group phrase) fights', () => {
    const r = runEvents('وأعلنت هيئة الأركان أن وحدة من الجيش الوطني اشتبكت مع مسلحين قرب بلدة الحدود.', [ORG('هيئة الأركان')]);
    const ev = find(r, 'اشتبكت');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('الجيش الوطني');
    expect(actorNames(r, ev!)).not.toContain('هيئة الأركان');
  });
});

describe('session 8: the result of an operation named by no event word', () => {
  it('«نفّذت X حملة …، أسفرت عن توقيف …»: X arrests', () => {
    const r = runEvents('نفّذت الأجهزة الأمنية فجر اليوم حملة واسعة على مخازن يستخدمها المهربون، أسفرت عن توقيف سبعة أشخاص.', []);
    const ev = find(r, 'توقيف');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('الأجهزة الأمنية');
    expect(ev!.evidence).toContain('rule:result-of-performed-operation');
  });
  it('not across a complementizer: the subject of the reporting verb does not arrest', () => {
    const r = runEvents('نفّذت الوزارة خطة تقول إن الحملة أسفرت عن توقيف سبعة أشخاص.', [ORG('الوزارة')]);
    const ev = find(r, 'توقيف');
    expect(ev?.evidence ?? []).not.toContain('rule:result-of-performed-operation');
  });
});

describe('session 8: a past verb after a reported imperfect goes on with the reporter', () => {
  it('«وأعلن X أن Y سيقدّم …، ودعا Z» — X calls, not Y', () => {
    const r = runEvents('وأعلن المبعوث كارلوس رويث، عقب اللقاء، أن البنك الدولي سيقدّم قرضاً جديداً للحكومة، ودعا الأطراف إلى الحوار.',
      [PER('كارلوس رويث'), ORG('البنك الدولي'), ORG('الحكومة')]);
    const ev = find(r, 'دعا');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('كارلوس رويث');
    expect(actorNames(r, ev!)).not.toContain('البنك الدولي');
  });
  it('two past verbs keep the complement\'s subject («أن Y قدّم …، ودعا»)', () => {
    const r = runEvents('وأعلن المبعوث كارلوس رويث أن البنك الدولي قدّم قرضاً جديداً للحكومة، ودعا الأطراف إلى الحوار.',
      [PER('كارلوس رويث'), ORG('البنك الدولي'), ORG('الحكومة')]);
    const ev = find(r, 'دعا');
    expect(ev?.evidence ?? []).not.toContain('rule:past-after-reported-imperfect');
  });
});

describe('session 8: a dual verb after an event of two parties', () => {
  it('«أجرى X اتصالاً بالرئيس Y، اتفقا خلاله على …»: both agree; the title\'s clitic بـ passes to the name', () => {
    const r = runEvents('وأجرى رئيس الوزراء عمر الدباغ اتصالاً هاتفياً بالرئيس الموريتاني محمد ولد الغزواني، اتفقا خلاله على عقد اجتماع للجنة المشتركة.',
      [PER('عمر الدباغ'), PER('محمد ولد الغزواني')]);
    const call = r.events.find((e) => e.type === 'CONSULT' && e.trigger.text.includes('اتصال'));
    expect(call).toBeTruthy();
    expect(targetNames(r, call!)).toContain('محمد ولد الغزواني');
    const ev = find(r, 'اتفقا');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toEqual(expect.arrayContaining(['عمر الدباغ', 'محمد ولد الغزواني']));
  });
  it('a singular verb after the call keeps one party', () => {
    const r = runEvents('وأجرى الوزير سامي الهادي اتصالاً هاتفياً بنظيره خالد المنصور، أكد خلاله دعم بلاده للمبادرة.',
      [PER('سامي الهادي'), PER('خالد المنصور')]);
    const ev = r.events.find((e) => e.type === 'SUPPORT');
    if (ev) expect(ev.evidence).not.toContain('rule:numbered-verb-both-parties');
  });
});

describe('session 8: a drone named alone', () => {
  it('«استهدفت مسيّرة إسرائيلية سيارة»: the drone is the attacker', () => {
    const r = runEvents('ميدانياً، استهدفت مسيّرة إسرائيلية، عصر اليوم، سيارة على طريق البلدة.', []);
    const ev = r.events.find((e) => e.type === 'ASSAULT');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('مسيّرة إسرائيلية');
  });
  it('«طائرة مسيّرة استهدفت»: the verb after the drone is no genitive', () => {
    const r = runEvents('وقالت الشرطة إن طائرة مسيّرة استهدفت مستودعاً للأدوية في المدينة.', [ORG('الشرطة')]);
    expect(r.events.some((e) => e.type === 'ASSAULT')).toBe(true);
  });
  it('an unvocalised «مسيرة» stays a march', () => {
    const r = runEvents('ونظم المحتجون مسيرة حاشدة في وسط العاصمة.', []);
    const ev = r.events.find((e) => e.type === 'PROTEST');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('المحتجون');
  });
  it('with the country named, the instrument stays beside its owner', () => {
    const r = runEvents('وفي الجنوب، استهدفت مسيّرة إسرائيلية دراجة نارية قرب الحدود. وقال الجيش الإسرائيلي إنه استهدف عنصراً.',
      [ORG('الجيش الإسرائيلي')]);
    const ev = r.events.find((e) => e.type === 'ASSAULT' && e.trigger.text.includes('استهدفت'));
    expect(ev).toBeTruthy();
    const names = actorNames(r, ev!);
    expect(names).toContain('مسيّرة إسرائيلية');
  });
});

describe('session 8: the antecedent of a relative clause of acts is the body, not the place closing its chain', () => {
  it('«وحدة الطوارئ في اتحاد بلديات X، التي ناشدت …»: the unit appeals, not the place', () => {
    const r = runEvents('وفق إحصاء أعدّته إدارة الطوارئ في اتحاد بلديات وادي النيل، التي ناشدت أمس الهيئة العليا للإغاثة التحرك سريعاً.',
      [ORG('اتحاد بلديات'), LOC('وادي النيل')]);
    const ev = find(r, 'ناشدت');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).not.toContain('وادي النيل');
    expect(actorNames(r, ev!)).toContain('إدارة الطوارئ');
  });
  it('a place alone before the pronoun stays the antecedent («مدينة X التي …»)', () => {
    const r = runEvents('وصل الوفد إلى مدينة الفاشر التي استقبلت آلاف النازحين.', [LOC('مدينة الفاشر')]);
    const ev = find(r, 'استقبلت');
    if (ev && ev.evidence?.includes('rule:relative-antecedent-subject')) expect([...ev.actors, ...ev.targets].map((id) => r.name(id))).toContain('مدينة الفاشر');
  });
});

describe('session 8: a role noun refers back to a titled person of the paragraphs before', () => {
  it('«حلّ وزير …، فلان، … ولم يلتق المسؤول الحكومي بالمعتصمين» (two paragraphs on)', () => {
    const r = runEvents(
      'حلّ وزير التجهيز والنقل واللوجستيك، سعيد الناصري، يوم الاثنين بمدينة الجديدة في زيارة عمل.\n\nوعقد اجتماعاً مع المنتخبين.\n\nغير أن موكبه لم يتوقف أمام مقر البلدية، حيث يعتصم العمال. ولم يلتق المسؤول الحكومي بالمعتصمين.',
      [PER('سعيد الناصري'), LOC('مدينة الجديدة')]);
    const ev = find(r, 'يلتق');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('سعيد الناصري');
  });
});

describe('session 8: feminine titles head participant phrases', () => {
  it('«فيما ثمّنت المفوضة …» is the commissioner, not the subject of the clause before', () => {
    const r = runEvents('وجدّد الرئيس خلال اللقاء رفض بلاده استقبال المهاجرين، فيما ثمّنت المفوضة جهود السلطات في مكافحة التهريب.', []);
    const ev = find(r, 'ثمّنت');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('المفوضة');
  });
});

describe('session 8: the two holders of a dual title, named with a title after the name', () => {
  it('«وقّع X رئيس الوزراء وزير الخارجية و… ؛ وكان الوزيران قد عقدا جلسة مباحثات»', () => {
    const r = runEvents(
      'استقبل الأمير أمس السيد جون ماكنزي وزير خارجية كندا. ونقل الضيف تحيات رئيس بلاده. وعقب المقابلة، وقّع الشيخ فهد السالم رئيس مجلس الوزراء وزير الخارجية ووزير خارجية كندا مذكرتي تفاهم. وكان الوزيران قد عقدا مساء أمس جلسة مباحثات رسمية.',
      [PER('جون ماكنزي'), PER('فهد السالم'), LOC('كندا')]);
    const ev = find(r, 'جلسة مباحثات');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toEqual(expect.arrayContaining(['جون ماكنزي', 'فهد السالم']));
  });
});

describe('session 8: a masdar of purpose is done by the subject of its clause', () => {
  it('«وتدخلت الشرطة، صباح اليوم، لتفريق المحتجين»', () => {
    const r = runEvents('وتدخلت الشرطة، صباح اليوم، لتفريق المحتجين أمام البرلمان.', [ORG('الشرطة')]);
    const ev = find(r, 'تفريق');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('الشرطة');
  });
  it('past a relative clause set off by commas («قوى الأمن، التي انتشرت …، لتفريق …»)', () => {
    const r = runEvents('ولم تتدخل قوى الأمن الداخلي، التي انتشرت في محيط الساحة، لتفريق المحتجين.', []);
    const ev = find(r, 'تفريق');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!).some((n) => !!n && n.includes('الأمن الداخلي'))).toBe(true);
  });
  it('not the genitive of another masdar («باستخدام الطيران لقصف …»)', () => {
    const r = runEvents('متهمةً الجيش باستخدام الطيران الحربي لقصف الأسواق.', []);
    const ev = find(r, 'قصف');
    expect(ev?.evidence ?? []).not.toContain('rule:purpose-masdar-subject');
  });
});

describe('session 8: an untitled office holder in construct with a body acts for it', () => {
  it('«وعدهم أمين عام الوزارة بـ…» → the ministry named before', () => {
    const r = runEvents('وطالبت وزارة المياه المزارعين بالتسجيل. وبعد ساعات وعدهم أمين عام الوزارة بعرض ملفهم على مجلس الوزراء.',
      [ORG('وزارة المياه'), ORG('مجلس الوزراء')]);
    const ev = find(r, 'وعدهم');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('وزارة المياه');
  });
});

describe('session 8: small participant readings', () => {
  it('a nisba after an indefinite feminine plural is its adjective («7 محركات بحرية» is no navy)', () => {
    const r = runEvents('وأوقفت الوحدات 23 شخصاً، كما حجزت 7 محركات بحرية ومبالغ مالية.', []);
    const ev = find(r, 'حجزت');
    if (ev) expect(actorNames(r, ev)).not.toContain('بحرية');
  });
  it('a support verb whose subject is an unnamed office of a body after لـ («أعلن المكتب الإعلامي للحركة …»)', () => {
    const r = runEvents('وأعلن المكتب الإعلامي للحركة الإضراب الشامل في المخيمات.', [ORG('الحركة')]);
    const ev = r.events.find((e) => e.type === 'PROTEST');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('الحركة');
  });
  it('a dual of herders is the abducted («اختُطف راعيان موريتانيان»)', () => {
    const r = runEvents('وعزّزت القيادة انتشار وحداتها، بعد أن اختُطف راعيان موريتانيان قبل خمسة أيام داخل الأراضي المالية.', [ORG('القيادة')]);
    const ev = find(r, 'اختُطف');
    expect(ev).toBeTruthy();
    expect(targetNames(r, ev!)).toContain('راعيان موريتانيان');
    expect(targetNames(r, ev!)).not.toContain('القيادة');
  });
});

describe('session 8: a document speaks for its issuer', () => {
  it('«أصدرت الحركة بياناً مطولاً أمس تطالب فيه الحكومة بـ…»: the movement asks, the government is asked', () => {
    const r = runEvents('وأصدرت الحركة بياناً مطولاً أمس تطالب فيه الحكومة بالإفراج عن المعتقلين.', [ORG('الحركة'), ORG('الحكومة')]);
    const ev = find(r, 'تطالب');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('الحركة');
    expect(targetNames(r, ev!)).toContain('الحكومة');
  });
  it('a support verb in the document\'s clause, past an apposition under «تحت» («برقية … تعلن فيها عن تنفيذ إضراب»)', () => {
    const r = runEvents('وجّهت نقابة التعليم الثانوي، المنضوية تحت الاتحاد العام للشغل، برقية إلى وزارة التربية تعلن فيها عن تنفيذ إضراب حضوري الأسبوع المقبل.',
      [ORG('نقابة التعليم الثانوي'), ORG('الاتحاد العام للشغل'), ORG('وزارة التربية')]);
    const ev = r.events.find((e) => e.type === 'PROTEST');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('نقابة التعليم الثانوي');
  });
});

describe('session 8: the recipient of a call before its verb', () => {
  it('«وكان X قد تلقى اتصالاً هاتفياً من نظيره، اتفقا خلاله …»: X receives, the counterpart calls, both agree', () => {
    const r = runEvents('وكان رئيس الوزراء سليم الخطيب قد تلقى مساء الأحد اتصالاً هاتفياً من نظيره اللبناني، اتفقا خلاله على عقد اجتماع للجنة المشتركة.',
      [PER('سليم الخطيب')]);
    const call = r.events.find((e) => e.type === 'CONSULT' && e.trigger.text.includes('اتصال'));
    expect(call).toBeTruthy();
    expect(targetNames(r, call!)).toContain('سليم الخطيب');
    expect(actorNames(r, call!)).toContain('نظيره اللبناني');
    const ev = find(r, 'اتفقا');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('سليم الخطيب');
  });
});

describe('session 8: honorific pronouns and mediations named by a nisba', () => {
  it('«وانتقل معاليه إلى بغداد، حيث عقد محادثات مع …»: the person last named after «معالي»', () => {
    const r = runEvents(
      'اختتم معالي السيد خالد العمر وزير الخارجية جولة إقليمية. واستقبله الرئيس الإيراني حسن روحاني في طهران، قبل أن يلتقي نظيره جواد ظريف. وانتقل معاليه يوم الاثنين إلى بغداد، حيث عقد محادثات مع وزير الخارجية العراقي فؤاد حسين.',
      [PER('خالد العمر'), PER('حسن روحاني'), PER('جواد ظريف'), PER('فؤاد حسين'), LOC('طهران'), LOC('بغداد')]);
    const ev = find(r, 'محادثات');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('خالد العمر');
    expect(actorNames(r, ev!)).not.toContain('جواد ظريف');
  });
  it('«قبل أن تنجح وساطة تركية في احتواء الأزمة»: Turkey mediates', () => {
    const r = runEvents('وكانت إثيوبيا قد وقعت مذكرة تفاهم مع الإقليم، قبل أن تنجح وساطة تركية في احتواء الأزمة. ورحبت تركيا بذلك.',
      [LOC('إثيوبيا'), LOC('تركيا')]);
    const ev = find(r, 'وساطة');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('تركيا');
    expect(actorNames(r, ev!)).not.toContain('إثيوبيا');
  });
});

describe('session 8: a pronoun subject agrees in gender with its verb', () => {
  it('«ونددت الوزارة … وقال مجلس النواب … وطالبت بـ…»: the feminine verb goes on with the ministry', () => {
    const r = runEvents('ونددت وزارة الصحة بالهجوم على المستشفى. وقال مجلس النواب إنه سيعقد جلسة طارئة. وطالبت بفتح تحقيق عاجل في الحادث.',
      [ORG('وزارة الصحة'), ORG('مجلس النواب')]);
    const ev = find(r, 'طالبت');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('وزارة الصحة');
    expect(actorNames(r, ev!)).not.toContain('مجلس النواب');
  });
  it('a masculine verb keeps the council', () => {
    const r = runEvents('ونددت وزارة الصحة بالهجوم على المستشفى. وقال مجلس النواب إنه سيعقد جلسة طارئة. وطالب بفتح تحقيق عاجل في الحادث.',
      [ORG('وزارة الصحة'), ORG('مجلس النواب')]);
    const ev = find(r, 'طالب');
    expect(ev?.evidence ?? []).not.toContain('rule:pronoun-subject-agrees');
  });
});

describe('session 8: pronoun complementizers', () => {
  it('«دعا الحزب الحكومة إلى …، مذكّراً بأنها وقّعت …»: «ها» is the government, not the (masculine) party', () => {
    const r = runEvents('ودعا حزب التجمع الحكومة إلى فتح حوار جاد مع النقابات، مذكّراً بأنها وقّعت معها اتفاقاً في ديسمبر الماضي.', [ORG('حزب التجمع')]);
    const ev = find(r, 'وقّعت');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('الحكومة');
    expect(actorNames(r, ev!)).not.toContain('حزب التجمع');
  });
  it('«ورفضت الوزارة مطالب النقابة …، لكنها أكدت أنها لن تقتطع …»: the ministry, not the genitive of «مطالب»', () => {
    const r = runEvents('ورفضت وزارة التربية مطالب النقابة المتعلقة بزيادة العلاوات، معتبرة أنها تتجاوز قدرات الميزانية، لكنها أكدت أنها لن تقتطع من رواتب المضربين.',
      [ORG('وزارة التربية'), ORG('النقابة')]);
    const ev = find(r, 'تقتطع');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('وزارة التربية');
    expect(actorNames(r, ev!)).not.toContain('النقابة');
  });
});

describe('session 8: a scheduled clause goes on with the clause before it', () => {
  it('«وصل وفد من البعثة …، ومن المقرر أن يلتقي غداً وزير … فلان»: the delegation meets the minister', () => {
    const r = runEvents('وصل إلى بنغازي ظهر اليوم وفد من البعثة الأممية، في زيارة تستغرق يومين، ومن المقرر أن يلتقي غداً الأربعاء وزير الحكم المحلي فرج المسماري.',
      [ORG('البعثة الأممية'), PER('فرج المسماري'), LOC('بنغازي')]);
    const ev = find(r, 'يلتقي');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('البعثة الأممية');
    expect(targetNames(r, ev!)).toContain('فرج المسماري');
  });
  it('with two NPs after the verb its own subject stays («ومن المقرر أن يزور الرئيس X الجزائر»)', () => {
    const r = runEvents('اختتم الوزير جولته في تونس، ومن المقرر أن يزور الرئيس الفرنسي إيمانويل ماكرون الجزائر الشهر المقبل.',
      [PER('إيمانويل ماكرون'), LOC('تونس'), LOC('الجزائر')]);
    const ev = find(r, 'يزور');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('إيمانويل ماكرون');
  });
});
