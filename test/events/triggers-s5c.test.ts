// Session 5c (trigger side, third round): broad mechanisms from the d57–d64 error count — doublets of one act, grants
// signed as agreements, arrivals of troops, negations across a recording word, trends and topics, long titles before a
// required object, headlines that name a capital for its government. All sentences are our own.
import { describe, expect, it } from 'vitest';
import { LOC, ORG, PER, eventTypes, runEvents } from './helpers.ts';

describe('session 5c: one act named twice', () => {
  it('two coordinated nouns of one verbal type are one act', () => {
    const { events } = runEvents('أعربت وزارة الخارجية الكويتية عن إدانة الكويت واستنكارها الشديدين للتفجير الذي استهدف سوقاً شعبية في بغداد.', [ORG('وزارة الخارجية الكويتية'), LOC('الكويت'), LOC('بغداد')]);
    const accuse = events.filter((e) => e.type === 'ACCUSE');
    expect(accuse).toHaveLength(1);
    expect(accuse[0].evidence!.some((x) => x.startsWith('rule:coordinated-same-act@'))).toBe(true);
  });
  it('two verbs side by side are one act; verbs with their own objects stay two', () => {
    expect(eventTypes('أدانت واستنكرت جامعة الدول العربية الاعتداء على السفارة.', [ORG('جامعة الدول العربية')]).filter((t) => t === 'ACCUSE')).toHaveLength(1);
    const two = eventTypes('أدانت جامعة الدول العربية الاعتداء، وطالبت مجلس الأمن بالتحرك.', [ORG('جامعة الدول العربية'), ORG('مجلس الأمن')]);
    expect(two).toContain('ACCUSE');
    expect(two).toContain('REQUEST');
  });
});

describe('session 5c: a grant signed is aid', () => {
  it('signing a grant agreement gives aid, once', () => {
    const t = eventTypes('وقّعت وزيرة التخطيط هالة السعيد مع السفير الياباني اتفاقية منحة بقيمة عشرين مليون دولار لدعم المدارس.', [PER('هالة السعيد')]);
    expect(t).toContain('AID');
    expect(t).not.toContain('AGREE');
    expect(t.filter((x) => x === 'AID')).toHaveLength(1);
  });
  it('an agreement to fund programmes is aid; a loan agreement stays an agreement', () => {
    expect(eventTypes('ووقّع الصندوق الكويتي للتنمية مع وزارة المالية اتفاقية لتمويل مشروع للطاقة الشمسية.', [ORG('الصندوق الكويتي للتنمية'), ORG('وزارة المالية')])).toContain('AID');
    const loan = eventTypes('ووقّع الصندوق الكويتي للتنمية مع وزارة المالية اتفاقية قرض بقيمة مئة مليون دولار.', [ORG('الصندوق الكويتي للتنمية'), ORG('وزارة المالية')]);
    expect(loan).toContain('AGREE');
    expect(loan).not.toContain('AID');
  });
  it('a long title and name before the required object do not hide it', () => {
    const { events } = runEvents('ووقّع وزير الزراعة والثروة الحيوانية والسمكية السيد عمر بن سالم الهاشمي ونظيره الأردني، بمقر الوزارة، مذكرة تفاهم في مجال الأمن الغذائي.', [PER('عمر بن سالم الهاشمي')]);
    const agree = events.filter((e) => e.type === 'AGREE');
    expect(agree).toHaveLength(1);
    expect(agree[0].trigger.text).toBe('وقّع');
  });
});

describe('session 5c: arrivals, negations, trends and topics', () => {
  it('soldiers or police who arrive are no visitors; a minister who arrives is', () => {
    expect(eventTypes('وقال شهود إن جنود الجيش وصلوا إلى القرية بعد ساعة من الهجوم.', [])).not.toContain('CONSULT');
    expect(eventTypes('وصل وزير الخارجية الفرنسي جان نويل بارو إلى بيروت في زيارة رسمية.', [PER('جان نويل بارو'), LOC('بيروت')])).toContain('CONSULT');
  });
  it('a negation reaches an arrest across «الإعلان عن» or «تسجيل»', () => {
    expect(eventTypes('وفتحت الشرطة تحقيقاً في الحادث، من دون الإعلان عن توقيف أي مشتبه به.', [])).not.toContain('COERCE');
    expect(eventTypes('وأعادت قوات الدرك فتح الطريق من دون تسجيل اعتقالات.', [])).not.toContain('COERCE');
    // an arrest told plainly stays
    expect(eventTypes('وأعلنت الشرطة توقيف ثلاثة مشتبه بهم في نابلس.', [ORG('الشرطة'), LOC('نابلس')])).toContain('COERCE');
  });
  it('a rise in attacks is a trend, not an attack', () => {
    expect(eventTypes('وتشهد قرى الأغوار منذ أسابيع تصاعداً لافتاً في هجمات المستوطنين.', [LOC('الأغوار')])).not.toContain('ASSAULT');
    expect(eventTypes('وشن المستوطنون هجمات على قرى الأغوار فجر اليوم.', [LOC('الأغوار')])).toContain('ASSAULT');
  });
  it('opportunities and diversification of partnerships are topics', () => {
    expect(eventTypes('واستعرض الجانبان في عمّان فرص الشراكة في قطاع الطاقة.', [LOC('عمّان')])).not.toContain('COOPERATE');
    expect(eventTypes('وتسعى الرباط إلى تنويع شراكاتها الاقتصادية مع دول آسيا.', [LOC('الرباط')])).not.toContain('COOPERATE');
  });
  it('shops that close their doors are no closure imposed; a closure of a crossing is', () => {
    expect(eventTypes('وأغلقت المحال التجارية والمدارس أبوابها في المدينة.', [])).not.toContain('COERCE');
    expect(eventTypes('وأغلقت السلطات الإسرائيلية معبر الكرامة أمام المسافرين.', [ORG('السلطات الإسرائيلية'), LOC('معبر الكرامة')])).toContain('COERCE');
  });
  it('a visit to prisons or to a village is an inspection, no consultation', () => {
    expect(eventTypes('وستبدأ اللجنة الدولية للصليب الأحمر زيارة السجون في تعز الأسبوع المقبل.', [ORG('اللجنة الدولية للصليب الأحمر'), LOC('تعز')])).not.toContain('CONSULT');
    expect(eventTypes('وزار رئيس الوزراء محمد مصطفى القرية ظهر اليوم وتفقد المنازل المتضررة.', [PER('محمد مصطفى')])).not.toContain('CONSULT');
  });
  it('a condition set is a demand, and what it asks for is its content', () => {
    const { events } = runEvents('وقال وزير الداخلية إن الحكومة لن تفاوض، مشترطاً انسحاب المسلحين من المدينة قبل أي حوار.', [PER('وزير الداخلية')]);
    expect(events.some((e) => e.type === 'REQUEST' && e.trigger.text === 'مشترطاً')).toBe(true);
    expect(events.some((e) => e.type === 'RETREAT')).toBe(false);
  });
});

describe('session 5c: headlines', () => {
  it('a headline naming a capital for its government sums up the body act of its type', () => {
    const text = 'والقاهرة تدين تفجيراً في مقديشو\nالقاهرة – خاص – افتتح الرئيس المصري معرضاً للكتاب اليوم.\nوفي شأن آخر، شاركت مصر في قمة اقتصادية.\nوعلى صعيد ثالث، استقبل وزير الري وفداً من البنك الدولي.\nوأعربت وزارة الخارجية المصرية عن إدانة مصر للتفجير الذي استهدف فندقاً في مقديشو.';
    const { events } = runEvents(text, [LOC('القاهرة'), LOC('مقديشو'), ORG('وزارة الخارجية المصرية'), LOC('مصر')]);
    const accuse = events.filter((e) => e.type === 'ACCUSE');
    expect(accuse).toHaveLength(1);
    expect(accuse[0].evidence).toContain('rule:headline-sums-up-body');
  });
  it('a headline with a mode sums up the act of that mode, not a modeless act before it', () => {
    const text = 'قوات الاحتلال تعتقل ١٢ شاباً في قباطية\nقباطية – خاص – شهدت البلدة هدوءاً حذراً صباح اليوم.\nوفي الضحى أعلنت البلدية إغلاق المدارس.\nوتجمّع الأهالي في الساحة العامة.\nوفي المساء، اقتحمت قوة من الجيش البلدة وداهمت منازل، واعتقلت ١٢ شاباً.';
    const { events } = runEvents(text, [LOC('قباطية')]);
    const coerce = events.filter((e) => e.type === 'COERCE');
    expect(coerce.some((e) => e.mode === 'arrest' && e.trigger.text === 'اعتقلت')).toBe(true);
    expect(coerce.some((e) => e.trigger.text === 'اقتحمت' && e.mode !== 'arrest')).toBe(true);
  });
});

describe('session 5c: dispersals', () => {
  it('a comma before a word whose و is a root letter opens no clause: the dispersed sit-in is still the object', () => {
    const { events } = runEvents('فرّقت الشرطة التونسية، مساء الجمعة، وقفة احتجاجية نظمها طلبة أمام البرلمان.', [ORG('الشرطة التونسية')]);
    expect(events.some((e) => e.type === 'ASSAULT' && e.mode === 'crowd-control')).toBe(true);
  });
  it('the protest a dispersal names is an event of its own', () => {
    const { events } = runEvents('فرّقت قوات الأمن وقفة احتجاجية نظمها عمال المصنع أمام مقر الولاية في قفصة.', [LOC('قفصة')]);
    expect(events.map((e) => e.type).sort()).toEqual(['ASSAULT', 'PROTEST']);
  });
  it('dispersing a march is crowd control, not a drone strike', () => {
    const { events } = runEvents('فرّقت الشرطة الأردنية المسيرة التي نظمها المعلمون أمام البرلمان.', [ORG('الشرطة الأردنية')]);
    const a = events.find((e) => e.type === 'ASSAULT');
    expect(a?.mode).toBe('crowd-control');
  });
});

describe('session 5c: two attacks of different kinds', () => {
  it('shooting down an aircraft and capturing soldiers are two acts', () => {
    const { events } = runEvents('وقال المتحدث إن مقاتلي الحركة أسقطوا طائرة استطلاع فوق مأرب وأسروا عدداً من الجنود.', [LOC('مأرب')]);
    const modes = events.filter((e) => e.type === 'ASSAULT').map((e) => e.mode);
    expect(modes).toContain('abduct');
    expect(modes.length).toBe(2);
  });
});

describe('session 5c: counts of an accusation', () => {
  it('a possessed masdar conjoined after the charge is a second count, no act', () => {
    const t = eventTypes('واتهمت النقابة إدارة المستشفى بالتقصير في صرف الرواتب، ورفضها الاستجابة لمطالب العاملين.', [ORG('النقابة'), ORG('إدارة المستشفى')]);
    expect(t).toEqual(['ACCUSE']);
  });
  it('a second accusation verb after a condemnation stays an act', () => {
    const t = eventTypes('ندد الاتحاد بما اعتبره تجاهلاً رسمياً لمطالب الصيادين، واتهم الحكومة بالانحياز للشركات الأجنبية.', [ORG('الاتحاد'), ORG('الحكومة')]);
    expect(t.filter((x) => x === 'ACCUSE')).toHaveLength(2);
  });
});

describe('session 5c: a possessed visit refers back', () => {
  it('«قبل أن يختتم زيارته» is the visit already told, not a visit by the last name before it', () => {
    const text = 'وصل الرئيس الكيني وليام روتو إلى مسقط أمس في زيارة دولة تستغرق ثلاثة أيام. ومن المقرر أن يلتقي اليوم وزير التجارة قيس اليوسف، قبل أن يختتم زيارته.';
    const { events, name } = runEvents(text, [PER('وليام روتو'), LOC('مسقط'), PER('قيس اليوسف')]);
    const visits = events.filter((e) => e.type === 'CONSULT' && e.mode === 'visit');
    expect(visits).toHaveLength(1);
    expect(visits[0].actors.map(name)).not.toContain('قيس اليوسف');
    expect(visits[0].evidence!.some((x) => x.startsWith('rule:possessed-visit-refers-back@'))).toBe(true);
  });
});

describe('session 5c: support that is praised', () => {
  it('the support a speaker praises or thanks is the object of the praise, not a second act', () => {
    expect(eventTypes('وأشاد وزير الخارجية اليمني بالدعم السعودي المتواصل لليمن.', [LOC('اليمن')])).toEqual(['SUPPORT']);
    expect(eventTypes('وقالت الوزيرة إن المشروع سينطلق قريباً، مثمّنة "الدعم الياباني المتواصل للمغرب".', [LOC('المغرب')]).filter((t) => t === 'SUPPORT')).toHaveLength(1);
    // support given is an act
    expect(eventTypes('وأعلنت اليابان دعم المغرب بمنحة جديدة.', [LOC('اليابان'), LOC('المغرب')])).toContain('SUPPORT');
  });
});

describe('session 5c: aims after a purpose word', () => {
  it('a masdar after تمهيداً/بهدف/سعياً is an aim, not an act', () => {
    expect(eventTypes('وأحالت الشرطة الموقوفين إلى النيابة تمهيداً لترحيلهم إلى بلدانهم.', [])).not.toContain('COERCE');
    expect(eventTypes('وأعدت الوزارة خطة أمنية جديدة بهدف اعتقال المطلوبين في المنطقة.', [])).not.toContain('COERCE');
    expect(eventTypes('ونفذت الشرطة حملة أمنية واعتقلت عشرين مطلوباً في المنطقة.', [])).toContain('COERCE');
  });
});
