// Session 5 (trigger side): vocabulary families that were missing, context-sensitive typing (walkouts, riots, material
// support) and event coreference (definite, negated and condemned mentions; headlines that sum up the body). All
// sentences are our own.
import { describe, expect, it } from 'vitest';
import { LOC, ORG, PER, eventTypes, runEvents } from './helpers.ts';

describe('session 5: missing trigger families', () => {
  it('withholding or withdrawing confidence is a rejection, blocking websites is not', () => {
    expect(eventTypes('حجبت كتلة المعارضة الثقة عن حكومة الوفاق الوطني مساء الأحد.', [ORG('كتلة المعارضة'), ORG('حكومة الوفاق الوطني')])).toContain('REJECT');
    expect(eventTypes('سحب البرلمان الثقة من وزير المالية بعد جلسة مساءلة.', [ORG('البرلمان')])).toContain('REJECT');
    expect(eventTypes('حجبت السلطات عدداً من المواقع الإخبارية.', [])).not.toContain('REJECT');
  });
  it('interdictions at sea or at the border are coercion; a foiled infiltration stays an attack', () => {
    expect(eventTypes('أحبطت قوات خفر السواحل محاولة لتهريب 30 مهاجراً قبالة سواحل المهدية.', [ORG('قوات خفر السواحل'), LOC('المهدية')])).toContain('COERCE');
    const t = eventTypes('أحبط الجيش محاولة تسلل لعناصر مسلحة عبر الحدود الشمالية.', [ORG('الجيش')]);
    expect(t).toContain('ASSAULT');
    expect(t).not.toContain('COERCE');
  });
  it('goods seized at sea are a seizure', () => {
    const { events } = runEvents('وحجزت وحدات الحرس البحري 5 محركات وزوارق مطاطية في ميناء الشابة.', [ORG('الحرس البحري'), LOC('الشابة')]);
    expect(events.some((e) => e.type === 'COERCE' && e.mode === 'seize')).toBe(true);
  });
  it('rescuing people is aid; rescue teams, plans and governments are names', () => {
    const { events } = runEvents('تمكنت وحدات الحماية المدنية من إنقاذ 12 صياداً بعد انقلاب قاربهم قرب جزيرة قرقنة.', [ORG('الحماية المدنية'), LOC('قرقنة')]);
    expect(events.some((e) => e.type === 'AID')).toBe(true);
    expect(eventTypes('وصلت فرق الإنقاذ إلى موقع الانهيار وانتشلت جثث خمسة أشخاص.', [])).not.toContain('AID');
    expect(eventTypes('أعلنت الحكومة خطة إنقاذ الاقتصاد الوطني.', [ORG('الحكومة')])).not.toContain('AID');
  });
  it('a sentence reduced on appeal is a court ruling; sanctions eased stay a concession', () => {
    expect(eventTypes('خففت محكمة الاستئناف في نابل الحكم الصادر بحق ثلاثة نشطاء إلى سنة موقوفة التنفيذ.', [ORG('محكمة الاستئناف'), LOC('نابل')])).toContain('SANCTION');
    const eased = eventTypes('خففت الحكومة القيود المفروضة على حركة الشاحنات عبر المعبر.', [ORG('الحكومة')]);
    expect(eased).toContain('RETREAT');
    expect(eased).not.toContain('SANCTION');
  });
  it('detention extended by a prosecutor is one arrest event', () => {
    const { events } = runEvents('ومددت النيابة العامة توقيف أربعة ناشطين خمسة أيام على ذمة التحقيق.', [ORG('النيابة العامة')]);
    const arrests = events.filter((e) => e.type === 'COERCE' && e.mode === 'arrest');
    expect(arrests).toHaveLength(1);
    expect(arrests[0].trigger.text).toBe('مددت');
  });
  it('a verbal clash between two officials is disapproval between both', () => {
    const { events, name } = runEvents('شهدت جلسة البرلمان مشادة كلامية بين النائب سالم الحربي ووزير النقل فهد العتيبي حول عقود الموانئ.', [PER('سالم الحربي'), PER('فهد العتيبي')]);
    const e = events.find((x) => x.type === 'ACCUSE');
    expect(e?.mode).toBe('disapprove');
    expect(e?.actors.map(name)).toEqual(expect.arrayContaining(['سالم الحربي', 'فهد العتيبي']));
  });
  it('an allocation of money is aid; a participle ruling something out is a rejection; a promise participle agrees', () => {
    expect(eventTypes('أعلن البنك الدولي تخصيص 200 مليون دولار لدعم المزارعين في اليمن.', [ORG('البنك الدولي'), LOC('اليمن')])).toContain('AID');
    expect(eventTypes('ورد الوزير على النواب، مستبعداً رفع أسعار الخبز هذا العام.', [])).toContain('REJECT');
    expect(eventTypes('التقى المحافظ وفداً من التجار، واعداً بدراسة مطالبهم.', [])).toContain('AGREE');
  });
  it('a petition signed by deputies is no agreement; minutes signed by two ministers are', () => {
    expect(eventTypes('وقّع 30 نائباً مذكرة نيابية تطالب الحكومة بخفض الضرائب.', [])).not.toContain('AGREE');
    expect(eventTypes('ووقّع الوزيران محضر الاجتماع الخامس للجنة المشتركة.', [])).toContain('AGREE');
  });
});

describe('session 5: context-sensitive typing', () => {
  it('deputies or a bloc who withdraw walk out (PROTEST boycott); troops who withdraw retreat', () => {
    const walk = runEvents('انسحب نواب المعارضة من الجلسة العامة قبل التصويت على القانون.', []).events;
    expect(walk.some((e) => e.type === 'PROTEST' && e.mode === 'boycott')).toBe(true);
    const bloc = runEvents('وانسحبت كتلة الإصلاح من تحت القبة احتجاجاً على جدول الأعمال.', [ORG('كتلة الإصلاح')]).events;
    expect(bloc.some((e) => e.type === 'PROTEST')).toBe(true);
    const troops = runEvents('انسحبت القوات من البلدة الحدودية فجر الأحد.', []).events;
    expect(troops.some((e) => e.type === 'RETREAT')).toBe(true);
    expect(troops.some((e) => e.type === 'PROTEST')).toBe(false);
  });
  it('clashes in which protesters act are a riot; clashes between soldiers and gunmen stay an assault', () => {
    const riot = runEvents('وشهدت المدينة مواجهات عنيفة حاول خلالها متظاهرون اقتحام مقر الولاية.', []).events;
    expect(riot.some((e) => e.type === 'PROTEST' && e.mode === 'riot')).toBe(true);
    expect(riot.some((e) => e.type === 'ASSAULT' && e.trigger.text.startsWith('مواجهات'))).toBe(false);
    const fight = runEvents('اندلعت اشتباكات بين الجيش ومسلحين قبليين في ريف المحافظة.', []).events;
    expect(fight.some((e) => e.type === 'ASSAULT')).toBe(true);
  });
  it('support in equipment is aid', () => {
    const { events } = runEvents('وأكدت الحكومة الإيطالية مواصلة دعم خفر السواحل الليبي بالزوارق والمعدات.', [ORG('الحكومة الإيطالية'), ORG('خفر السواحل الليبي')]);
    expect(events.some((e) => e.type === 'AID')).toBe(true);
    expect(events.some((e) => e.type === 'SUPPORT')).toBe(false);
  });
});

describe('session 5: topics, content and conditions', () => {
  it('access to be ensured or obstructed is no arrival and no aid', () => {
    const t = eventTypes('واتهمت المنظمة الميليشيا بعرقلة وصول الإغاثة إلى مخيمات النازحين في الفاشر.', [ORG('المنظمة'), LOC('الفاشر')]);
    expect(t).toEqual(['ACCUSE']);
  });
  it('slogans demanding a release carry no demand and no release', () => {
    const t = eventTypes('نظمت عائلات الموقوفين وقفة أمام المحكمة رافعين صوراً لأبنائهم ولافتات تطالب بإطلاق سراحهم.', [ORG('المحكمة')]);
    expect(t).toEqual(['PROTEST']);
  });
  it('recurring acts named as a motive are background', () => {
    expect(eventTypes('قدم نواب مذكرة احتجاج رداً على الاعتداءات المتكررة على الصيادين.', [])).not.toContain('ASSAULT');
  });
  it('a ceasefire demanded with two adjectives is no shooting', () => {
    expect(eventTypes('وتحدث البيان عن وقف فوري ودائم لإطلاق النار في غزة.', [LOC('غزة')])).not.toContain('ASSAULT');
  });
  it('a crowd heading towards a square visits no one', () => {
    expect(eventTypes('تجمع الطلبة أمام الكلية قبل أن يتوجهوا نحو ساحة البلدية.', [])).not.toContain('CONSULT');
  });
  it('an event named as the time anchor of another is no event', () => {
    expect(eventTypes('وقال الوزير خلال مؤتمر صحفي أعقب اجتماع مجلس الوزراء إن الحكومة ماضية في الإصلاحات.', [])).not.toContain('CONSULT');
  });
  it('a verb that is the condition itself reports no event', () => {
    expect(eventTypes('قد تستأنف المفاوضات الأسبوع المقبل إذا وافقت الحكومة على تجميد العمليات العسكرية.', [ORG('الحكومة')])).not.toContain('AGREE');
    expect(eventTypes('وهدد الاتحاد بالإضراب إذا لم تتراجع الوزارة عن قرارها.', [ORG('الاتحاد'), ORG('الوزارة')])).not.toContain('CONCEDE');
    expect(eventTypes('وهدد العمال بالاعتصام أمام المحافظة إن لم يُفرج عن زملائهم الموقوفين.', [])).not.toContain('RETREAT');
    expect(eventTypes('وأكد المحامي أن النيابة لم تفرج عن موكله.', [])).toContain('RETREAT');
  });
});

describe('session 5: event coreference', () => {
  it('a definite mention under the negation of another verb refers back to the attack', () => {
    const { events } = runEvents('استهدفت طائرة مسيرة مستودعاً للأدوية في مدينة كسلا، من دون أن تحدد السلطات الجهة المسؤولة عن الهجوم.', [LOC('كسلا')]);
    const attacks = events.filter((e) => e.type === 'ASSAULT');
    expect(attacks).toHaveLength(1);
    expect(attacks[0].negated ?? false).toBe(false);
    expect(attacks[0].evidence?.some((x) => x.startsWith('rule:definite-mention@'))).toBe(true);
  });
  it('a definite plural of acts right after a condemnation is what is condemned', () => {
    const { events } = runEvents('وأدان الوزراء بشدة الهجمات التي تطال المستشفيات في الإقليم.', []);
    expect(events.map((e) => e.type)).toEqual(['ACCUSE']);
    expect(events[0].evidence?.some((x) => x.startsWith('rule:condemned-pattern@'))).toBe(true);
  });
  it('a headline sums up an event told further down the body', () => {
    const text = 'مقتل جنديين في هجوم على نقطة عسكرية والجيش يدفع بتعزيزات\n\n' +
      'الموصل – قُتل جنديان في هجوم شنه مسلحون على نقطة عسكرية غرب الموصل فجر الأحد.\n\n' +
      'وقال مصدر أمني إن المهاجمين فروا باتجاه الصحراء.\n\n' +
      'وتعد المنطقة من أكثر المناطق توتراً منذ سنوات.\n\n' +
      'وفي وقت لاحق، دفع الجيش العراقي بتعزيزات عسكرية إلى المنطقة.';
    const { events } = runEvents(text, [LOC('الموصل'), ORG('الجيش العراقي')]);
    const mob = events.filter((e) => e.type === 'MOBILIZE');
    expect(mob).toHaveLength(1);
    expect(mob[0].trigger.text).toBe('دفع');
    expect(mob[0].evidence).toContain('rule:headline-sums-up-body');
  });
});

describe('session 5: background, topics and restatements (round 2)', () => {
  it('a previous visit or round of talks is background', () => {
    const t = eventTypes('وأكد الوزير أن بلاده ملتزمة بالتفاهم الذي تم التوصل إليه خلال زيارة سابقة للمبعوث الأممي إلى عمّان.', [LOC('عمّان')]);
    expect(t).not.toContain('CONSULT');
    expect(eventTypes('ورحبت قطر بالاتفاق، وهي التي استضافت جولات سابقة من الحوار بين الطرفين في الدوحة.', [LOC('قطر'), LOC('الدوحة')])).not.toContain('CONSULT');
  });
  it('a phase of an agreement is a topic', () => {
    expect(eventTypes('وبحث الوزيران الانتقال إلى المرحلة الثانية من الاتفاق في جنيف.', [LOC('جنيف')])).not.toContain('AGREE');
  });
  it('detention as the time of a death is no arrest', () => {
    expect(eventTypes('وتوفي معتقلان أثناء احتجازهما في مركز للشرطة بمدينة كيهيدي.', [LOC('كيهيدي')])).not.toContain('COERCE');
  });
  it('a label quoted after a detached بـ characterises', () => {
    expect(eventTypes('وخرج مئات في مسيرة بمدينة كسمايو تنديداً بما وصفوه بـ"الاعتداء على الولاية".', [LOC('كسمايو')])).not.toContain('ASSAULT');
  });
  it('a role in mediation is a topic', () => {
    expect(eventTypes('وأشاد الرئيس بالدور المصري في الوساطة بين الفصائل الفلسطينية.', [LOC('مصر')])).not.toContain('CONSULT');
  });
  it('a commitment to a partnership is no cooperation', () => {
    expect(eventTypes('وجدد السفير التزام بلاده بالشراكة مع الحكومة الليبية.', [ORG('الحكومة الليبية')])).not.toContain('COOPERATE');
  });
  it('fighting or attacks that go on are a state, not a new attack', () => {
    expect(eventTypes('واستنكر البيان استمرار الميليشيا في استهداف السفن التجارية في خليج عدن.', [LOC('خليج عدن')])).not.toContain('ASSAULT');
  });
  it('an indefinite noun after في restates the act of its sentence', () => {
    const { events } = runEvents('يزور المفوض الأممي الخرطوم الأسبوع المقبل، في أول زيارة لمسؤول دولي رفيع إلى السودان منذ عامين.', [PER('المفوض الأممي'), LOC('الخرطوم'), LOC('السودان')]);
    const visits = events.filter((e) => e.type === 'CONSULT');
    expect(visits).toHaveLength(1);
    expect(visits[0].evidence?.some((x) => x.startsWith('rule:noun-restates-verb@'))).toBe(true);
  });
  it('agreeing to keep a crossing open concedes access, as one event', () => {
    const { events } = runEvents('ووافقت السلطات السودانية على تمديد فتح معبر أدري أمام قوافل الإغاثة ثلاثة أشهر.', [ORG('السلطات السودانية'), LOC('معبر أدري')]);
    expect(events.map((e) => e.type)).toEqual(['RETREAT']);
  });
  it('troops withdrawing keep their genitive as the actor', () => {
    const { events, name } = runEvents('انتشر الجيش في البلدات الحدودية بعد انسحاب القوات الإسرائيلية منها.', [ORG('القوات الإسرائيلية'), ORG('الجيش')]);
    const r = events.find((e) => e.type === 'RETREAT');
    expect(r?.actors.map(name)).toContain('القوات الإسرائيلية');
  });
  it('a body that meets every year is no meeting', () => {
    expect(eventTypes('ووقع الجانبان مذكرة لتأسيس لجنة مشتركة تجتمع مرة كل عام في مسقط.', [LOC('مسقط')])).not.toContain('CONSULT');
  });
  it('psychological support listed in an aid delivery is part of the aid', () => {
    const { events } = runEvents('قدمت منظمة الهجرة مساعدات للناجين شملت أغطية وأغذية ودعماً نفسياً.', [ORG('منظمة الهجرة')]);
    expect(events.some((e) => e.type === 'SUPPORT')).toBe(false);
    expect(events.filter((e) => e.type === 'AID')).toHaveLength(1);
  });
});

describe('session 5: round 3', () => {
  it('a visit to a hospital, a base or a camp is an inspection, no consultation', () => {
    expect(eventTypes('وقال رئيس الحكومة، خلال زيارته لمستشفى الجامعة في مراكش، إن الدولة ستتكفل بالعلاج.', [LOC('مراكش')])).not.toContain('CONSULT');
    expect(eventTypes('وزار الوزير المخيم واطلع على أوضاع النازحين في عرسال.', [LOC('عرسال')])).not.toContain('CONSULT');
    expect(eventTypes('زار وزير الخارجية المصري الرياض الأحد.', [LOC('الرياض')])).toContain('CONSULT');
  });
  it('military positions set up are a deployment; a ceremony held is none', () => {
    expect(eventTypes('وكانت القوات التركية قد أقامت عشرات المواقع العسكرية داخل الأراضي العراقية.', [ORG('القوات التركية')])).toContain('MOBILIZE');
    expect(eventTypes('أقامت السفارة حفلاً بمناسبة العيد الوطني.', [ORG('السفارة')])).not.toContain('MOBILIZE');
  });
  it('a vow to go on striking threatens; going on with talks does not', () => {
    expect(eventTypes('وقال الجيش إنه سيواصل ضرب مواقع المسلحين في الجبال.', [ORG('الجيش')])).toContain('THREATEN');
    expect(eventTypes('وقالت الحكومة إنها ستواصل الحوار مع النقابات.', [ORG('الحكومة')])).not.toContain('THREATEN');
  });
  it('a prosecutor who authorises custody is its actor', () => {
    const { events, name } = runEvents('أذنت النيابة العمومية بالاحتفاظ بالناشط سامي الورغي لمدة خمسة أيام.', [ORG('النيابة العمومية'), PER('سامي الورغي')]);
    const e = events.find((x) => x.type === 'COERCE');
    expect(e?.actors.map(name)).toContain('النيابة العمومية');
  });
});

describe('session 5: round 4', () => {
  it('the arrival of aid as a noun is aid, not a visit', () => {
    const t = eventTypes('وأعلنت الأمم المتحدة وصول قافلة مساعدات إلى مدينة الفاشر.', [ORG('الأمم المتحدة'), LOC('الفاشر')]);
    expect(t).toContain('AID');
    expect(t).not.toContain('CONSULT');
  });
  it('an act named right after «دون/عدم» with no named actor did not happen', () => {
    expect(eventTypes('وسمحت أنقرة لأربيل بتصدير النفط من دون موافقة بغداد.', [LOC('أنقرة'), LOC('أربيل'), LOC('بغداد')])).not.toContain('AGREE');
  });
  it('denying blame for a killing does not negate the killing', () => {
    const { events } = runEvents('ونفت الحركة في بيان مسؤوليتها عن الهجوم على القرية.', [ORG('الحركة'), LOC('القرية')]);
    const a = events.find((e) => e.type === 'ASSAULT');
    expect(a).toBeDefined();
    expect(a?.negated ?? false).toBe(false);
  });
  it('a new phase of cooperation is a topic', () => {
    expect(eventTypes('ووصف الوزير الاتفاق بأنه بداية مرحلة جديدة من التعاون بين أربيل وبغداد.', [LOC('أربيل'), LOC('بغداد')])).not.toContain('COOPERATE');
  });
});

describe('session 5: round 5', () => {
  it('a body discussing a bill on its own consults no one; two parties discussing do', () => {
    expect(eventTypes('ومن المنتظر أن يناقش مجلس الشيوخ مشروع القانون الأسبوع المقبل.', [ORG('مجلس الشيوخ')])).not.toContain('CONSULT');
    expect(eventTypes('وبحث وزير الخارجية مع نظيره التركي التطورات في سوريا.', [PER('وزير الخارجية'), LOC('سوريا')])).toContain('CONSULT');
  });
  it('an attack condemned later in a sentence with another participant refers back to the attack reported', () => {
    const text = 'قتل أربعة جنود في هجوم شنه مسلحون على نقطة تفتيش في بلدة الشيخ عثمان.\n\nكما ندد السفير البريطاني ريتشارد أوبنهايم بالهجوم في تغريدة على منصة إكس.';
    const { events } = runEvents(text, [LOC('الشيخ عثمان'), PER('ريتشارد أوبنهايم'), { type: 'MISC', name: 'إكس', mentions: ['إكس'] }]);
    expect(events.filter((e) => e.type === 'ASSAULT')).toHaveLength(1);
    expect(events.find((e) => e.type === 'ASSAULT')?.evidence?.some((x) => x.startsWith('rule:condemned-act-refers-back@'))).toBe(true);
  });
});

describe('session 5: raids', () => {
  it('security forces storming a camp raid it (COERCE); their house searches are the same raid; arrests stay apart', () => {
    const { events } = runEvents('اقتحمت قوات الاحتلال، فجر اليوم، مخيم الفارعة جنوب طوباس، وداهمت عدداً من المنازل، واعتقلت ستة شبان.', [LOC('مخيم الفارعة'), LOC('طوباس')]);
    const raids = events.filter((e) => e.type === 'COERCE' && !e.mode);
    expect(raids).toHaveLength(1);
    expect(raids[0].trigger.text).toBe('اقتحمت');
    expect(raids[0].evidence?.some((x) => x.startsWith('rule:conjoined-same-act@'))).toBe(true);
    expect(events.some((e) => e.type === 'COERCE' && e.mode === 'arrest')).toBe(true);
    expect(events.some((e) => e.type === 'ASSAULT')).toBe(false);
  });
  it('a crowd storming a bank branch stays a riot', () => {
    const t = eventTypes('اقتحم عشرات المودعين فرعاً لأحد المصارف في بيروت.', [LOC('بيروت')]);
    expect(t).toContain('PROTEST');
    expect(t).not.toContain('COERCE');
  });
});

describe('session 5: round 6', () => {
  it('what a circumstantial demand asks for, across its object, is its content', () => {
    const t = eventTypes('تظاهر آلاف الإسرائيليين في تل أبيب، مطالبين الحكومة بإبرام صفقة تعيد المحتجزين.', [LOC('تل أبيب')]);
    expect(t).not.toContain('AGREE');
    const t2 = eventTypes('وقال الوزير إن حكومته مستعدة، مطالباً الولايات المتحدة والاتحاد الأوروبي برفع العقوبات المفروضة على دمشق.', [LOC('دمشق'), LOC('الولايات المتحدة'), ORG('الاتحاد الأوروبي')]);
    expect(t2).not.toContain('SANCTION');
    expect(t2).not.toContain('RETREAT');
  });
  it('a verb coordinating an event named right before it is its organiser, no cooperation', () => {
    const t = eventTypes('غادر 15 مريضاً القطاع عبر معبر رفح، في عملية إجلاء طبي نسقتها منظمة الصحة العالمية.', [LOC('معبر رفح'), ORG('منظمة الصحة العالمية')]);
    expect(t).toContain('AID');
    expect(t).not.toContain('COOPERATE');
  });
});

describe('session 5: impersonal acts', () => {
  it('an agreement reported by «وجرى» after a meeting is the parties\' agreement', () => {
    const { events, name } = runEvents('استقبل وزير الصحة خالد العمري وفداً من نقابة الأطباء، وجرى الاتفاق على تشكيل لجنة مشتركة لمراجعة الأجور.', [PER('خالد العمري'), ORG('نقابة الأطباء')]);
    const a = events.find((e) => e.type === 'AGREE');
    expect(a?.actors.map(name)).toEqual(expect.arrayContaining(['خالد العمري', 'نقابة الأطباء']));
    expect(a?.evidence).toContain('rule:impersonal-act-of-parties');
  });
});

describe('session 5: renewed rounds and widened scope', () => {
  it('clashes that are renewed are a new round, not a back-reference', () => {
    const text = 'اندلعت اشتباكات عنيفة بين الجيش والمسلحين في حي الصناعة يوم الأحد.\n\nوأفادت مصادر محلية بأن الاشتباكات تجددت صباح اليوم في محيط مطار المدينة.';
    const { events } = runEvents(text, [LOC('حي الصناعة'), LOC('مطار المدينة')]);
    expect(events.filter((e) => e.type === 'ASSAULT')).toHaveLength(2);
  });
  it('attacks whose scope widens are background', () => {
    expect(eventTypes('وكانت جماعة الحوثي قد استولت على سفينة شحن، قبل أن توسّع هجماتها لتشمل سفناً في البحر الأحمر.', [ORG('جماعة الحوثي'), LOC('البحر الأحمر')])).toEqual(['COERCE']);
  });
});
