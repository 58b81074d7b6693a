// Session 5b (trigger side, second round): broad mechanisms from the d49–d56 error count — clause breaks, object-typed
// triggers, aims and efforts as topics, warnings, approvals and interdictions as one act. All sentences are our own.
import { describe, expect, it } from 'vitest';
import { LOC, ORG, PER, eventTypes, runEvents } from './helpers.ts';

describe('session 5b: clause breaks and windows', () => {
  it('a comma before في or وفق opens no new clause: a court ruling with an aside keeps its sentence', () => {
    const { events } = runEvents('قضت محكمة الجنايات في سوسة، في جلستها المنعقدة مساء الخميس، بالسجن عشر سنوات على ثلاثة متهمين.', [ORG('محكمة الجنايات'), LOC('سوسة')]);
    expect(events.some((e) => e.type === 'SANCTION' && e.mode === 'convict')).toBe(true);
  });
  it('a verb conjoined after a comma is a new act, not the description of the attack noun before it', () => {
    const { events } = runEvents('تعرضت دورية للجيش في منطقة الحدود لإطلاق نار من مهربين، فردّت على مصادر النيران.', [LOC('منطقة الحدود')]);
    expect(events.some((e) => e.evidence?.includes('rule:verb-of-attack-noun'))).toBe(false);
    expect(eventTypes('ردّت الدورية على مصادر النيران قرب المعبر.', [])).toEqual(['ASSAULT']);
  });
});

describe('session 5b: acts typed by their object', () => {
  it('suspending a decision concedes; suspending participation is a boycott; suspending aid stays a sanction', () => {
    expect(eventTypes('أعلنت وزارة الاقتصاد تعليق العمل بقرار رفع أسعار الوقود.', [ORG('وزارة الاقتصاد')])).toEqual(['CONCEDE']);
    const b = runEvents('وعلّقت كتلة التغيير مشاركتها في جلسات البرلمان حتى إشعار آخر.', [ORG('كتلة التغيير')]).events;
    expect(b.map((e) => [e.type, e.mode])).toEqual([['PROTEST', 'boycott']]);
    expect(eventTypes('علّق الاتحاد الأوروبي المساعدات المالية لحكومة باماكو.', [ORG('الاتحاد الأوروبي'), ORG('حكومة باماكو')])).toEqual(['SANCTION']);
  });
  it('reinforcements sent as units are a mobilisation; a mutual withdrawal of ambassadors is a sanction', () => {
    expect(eventTypes('ودفع الجيش التونسي بوحدات إضافية إلى المعبر الحدودي.', [ORG('الجيش التونسي')])).toContain('MOBILIZE');
    expect(eventTypes('وأعلنت الرباط ونواكشوط سحب متبادل للسفراء بعد الأزمة.', [LOC('الرباط'), LOC('نواكشوط')])).toContain('SANCTION');
  });
  it('a vote through by a majority adopts; a vote against rejects', () => {
    expect(eventTypes('صوّت البرلمان الأردني بالأغلبية على إقرار قانون الانتخاب المعدل.', [ORG('البرلمان الأردني')])).toEqual(['AGREE']);
    expect(eventTypes('صوّت البرلمان الأردني ضد مشروع القانون.', [ORG('البرلمان الأردني')])).toEqual(['REJECT']);
  });
  it('a counter-attack is an attack; admitting a fault concedes', () => {
    expect(eventTypes('وشنّت قوات الجيش اليمني هجوماً مضاداً على مواقع الجماعة في مأرب.', [ORG('الجيش اليمني'), LOC('مأرب')])).toContain('ASSAULT');
    expect(eventTypes('أقرت وزارة الصحة بأن الاستجابة كانت بطيئة.', [ORG('وزارة الصحة')])).toEqual(['CONCEDE']);
  });
  it('heading to a crossing or a port is no visit; heading to a capital is', () => {
    expect(eventTypes('وتوجهت القافلة التابعة للهلال الأحمر إلى معبر نصيب الحدودي.', [ORG('الهلال الأحمر')])).not.toContain('CONSULT');
    expect(eventTypes('ومن المقرر أن يتوجه الرئيس الموريتاني محمد ولد الغزواني إلى الرباط غداً.', [PER('محمد ولد الغزواني'), LOC('الرباط')])).toContain('CONSULT');
  });
  it('a warning that names the measures its side will take is a threat, and the threat inside it is the same event', () => {
    const { events } = runEvents('وحذّر وزير الدفاع سامي الحداد الميليشيات من أن الجيش "لن يسمح بأي تجاوز للخطوط الحمراء".', [PER('سامي الحداد')]);
    expect(events.filter((e) => e.type === 'THREATEN')).toHaveLength(1);
    expect(eventTypes('وحذّرت الخارجية من أن الحكومة ستتخذ كل الإجراءات اللازمة لحماية رعاياها.', [ORG('الخارجية')])).toEqual(['THREATEN']);
    // a warning of what may happen, by nobody's hand, is no threat
    expect(eventTypes('وحذّر الخبير الاقتصادي من أن الأسعار قد ترتفع الشهر المقبل.', [])).not.toContain('THREATEN');
  });
});

describe('session 5b: aims, efforts, inquiries and stances', () => {
  it('an aim verb with a masdar is no attack, and its masdar no act', () => {
    const t = eventTypes('ورفضت الجامعة العربية أي مشروع يستهدف تهجير السكان من أراضيهم.', [ORG('الجامعة العربية')]);
    expect(t).toEqual(['REJECT']);
    expect(eventTypes('أعلنت الحكومة برنامجاً يستهدف خفض العجز المالي.', [ORG('الحكومة')])).not.toContain('ASSAULT');
    // a strike on a place stays an attack
    expect(eventTypes('استهدفت طائرة مسيرة سيارة في ريف إدلب.', [LOC('إدلب')])).toContain('ASSAULT');
  });
  it('efforts name the act they aim at as a topic', () => {
    const t = eventTypes('وأكد الوزيران دعمهما لجهود التهدئة في الساحل.', [LOC('الساحل')]);
    expect(t).not.toContain('RETREAT');
  });
  it('what an attack forced the enemy into is its outcome', () => {
    const t = eventTypes('وشنّت وحدات الجيش هجوماً مضاداً أجبر المسلحين على الانسحاب من القرية.', []);
    expect(t).toContain('ASSAULT');
    expect(t).not.toContain('RETREAT');
  });
  it('what an inquiry is opened into is its subject', () => {
    const t = eventTypes('وطالبت الهيئة الحقوقية بفتح تحقيق في مقتل الشاب خلال المداهمة.', [ORG('الهيئة الحقوقية')]);
    expect(t).toEqual(['REQUEST']);
  });
  it('rejecting violence in all its forms is a stance, condemning an attack is an act', () => {
    const t = eventTypes('أدانت وزارة الخارجية القطرية الهجوم، مؤكدة رفضها لكافة أشكال العنف والإرهاب.', [ORG('وزارة الخارجية القطرية')]);
    expect(t).toContain('ACCUSE');
    expect(t).not.toContain('REJECT');
  });
});

describe('session 5b: one act, not two', () => {
  it('a measure approved is enacted by the approver, with no separate agreement', () => {
    const { events, name } = runEvents('وافق مجلس الوزراء الأردني، خلال جلسته الأسبوعية، على تمديد حظر التجول في المخيم أسبوعاً آخر.', [ORG('مجلس الوزراء الأردني')]);
    expect(events.map((e) => e.type)).toEqual(['COERCE']);
    expect(events[0].actors.map(name)).toEqual(['مجلس الوزراء الأردني']);
    // accepting what others offer stays an agreement
    expect(eventTypes('ووافقت الحكومة الليبية على عروض المساعدة المقدمة من ثلاث دول.', [ORG('الحكومة الليبية')])).toContain('AGREE');
  });
  it('a routine sitting of one body is no consultation', () => {
    expect(eventTypes('وخلال اجتماعه الدوري، ناقش مجلس الوزراء مشروع قانون الاستثمار.', [])).not.toContain('CONSULT');
  });
  it('an interdiction and the seizure conjoined to it are one operation; a raid and an arrest stay two', () => {
    const { events } = runEvents('أحبطت قوات خفر السواحل محاولة تهريب شحنة مخدرات قبالة الساحل، وضبطت زورقين ونحو طن من الحشيش.', [ORG('قوات خفر السواحل')]);
    const coerce = events.filter((e) => e.type === 'COERCE');
    expect(coerce).toHaveLength(1);
    const raid = runEvents('اقتحمت قوات الأمن حي الزهور فجر الأحد، وداهمت منازل عدة، واعتقلت ثمانية شبان.', []).events;
    expect(raid.filter((e) => e.type === 'COERCE').map((e) => e.mode)).toContain('arrest');
  });
  it('an instrument named after the act of dispersal is its means', () => {
    const { events } = runEvents('فرّقت الشرطة، مساء الجمعة، مئات المحتجين أمام مقر البلدية مستخدمةً خراطيم المياه والغاز المسيل للدموع.', []);
    expect(events.filter((e) => e.type === 'ASSAULT')).toHaveLength(1);
  });
  it('a participle after a noun of its type in a complement is a new act', () => {
    const { events } = runEvents('أعلن حزب العمال تأييده لمطالب المتقاعدين، داعياً الحكومة إلى زيادة المعاشات.', [ORG('حزب العمال'), ORG('الحكومة')]);
    expect(events.some((e) => e.type === 'REQUEST' && e.trigger.text === 'داعياً')).toBe(true);
  });
});

describe('session 5b: claims, denials, conveyed protests and headlines', () => {
  it('a claim or a denial about an attack already reported is no second attack', () => {
    const text = 'قصفت مدفعية الجيش قرية الحمرا في ريف حماة صباح الأحد، ما أدى إلى مقتل ثلاثة مدنيين.\nوقال الجيش في بيان إنه استهدف "مواقع للمسلحين"، مؤكداً أنه لم يستهدف أي منازل.';
    const { events } = runEvents(text, [LOC('الحمرا'), LOC('حماة')]);
    const attacks = events.filter((e) => e.type === 'ASSAULT');
    expect(attacks).toHaveLength(1);
    expect(attacks[0].evidence?.some((v) => v.startsWith('rule:claim-about-attack'))).toBe(true);
  });
  it('a protest conveyed to a summoned diplomat is no demonstration', () => {
    const t = eventTypes('استدعت وزارة الخارجية المغربية سفير هولندا في الرباط، وأبلغته احتجاجاً رسمياً على تصريحات وزيرة الهجرة.', [ORG('وزارة الخارجية المغربية'), LOC('الرباط')]);
    expect(t).not.toContain('PROTEST');
  });
  it('a headline that names no actor restates the lead act of its type', () => {
    const text = 'تونس تستدعي سفيرها وتسحب سفيرها من طرابلس\nتونس – قررت الحكومة التونسية، مساء الأحد، سحب سفيرها من طرابلس للتشاور بعد إغلاق المعبر.';
    const { events } = runEvents(text, [ORG('الحكومة التونسية'), LOC('طرابلس'), LOC('تونس')]);
    expect(events.filter((e) => e.type === 'SANCTION')).toHaveLength(1);
  });
  it('a headline agreement joins the lead signing, not a later bare mention of «الاتفاق»', () => {
    const text = 'اتفاق بين بلدية صفاقس ونقابة النقل على تنظيم المحطات\nصفاقس – وقّع المجلس البلدي، أمس، اتفاقاً مع النقابة الجهوية للنقل يقضي بتنظيم المحطات، وقال رئيس البلدية إن الاتفاق "خطوة أولى".';
    const { events } = runEvents(text, [ORG('بلدية صفاقس'), ORG('نقابة النقل'), ORG('المجلس البلدي'), ORG('النقابة الجهوية للنقل'), LOC('صفاقس')]);
    expect(events.filter((e) => e.type === 'AGREE')).toHaveLength(1);
  });
});

describe('session 5b: meetings of bodies', () => {
  it('a meeting of a body named after لـ has that body among its actors, beside its chair', () => {
    const { events, name } = runEvents('وأعلن الوزير مراد الطاهري أنه سيترأس اجتماعاً لمجلس الأمن الوطني يوم الخميس.', [PER('مراد الطاهري'), ORG('مجلس الأمن الوطني')]);
    const m = events.find((e) => e.type === 'CONSULT');
    expect(m?.actors.map(name)).toContain('مجلس الأمن الوطني');
    expect(m?.evidence).toContain('rule:meeting-of-body');
  });
});

describe('session 5b: content across quotes, pressure and call adjuncts', () => {
  it('what an inquiry looks into stays its subject across a quotation mark', () => {
    const t = eventTypes('وطالب المرصد الحقوقي بفتح تحقيق في "استخدام القوة المفرطة لتفريق المعتصمين".', [ORG('المرصد الحقوقي')]);
    expect(t).toEqual(['REQUEST']);
  });
  it('what pressure is asked for is the content of the demand', () => {
    const t = eventTypes('ودعا الوزير الاتحاد الأوروبي إلى ممارسة ضغط جدي على الحكومة لفتح المعابر.', [ORG('الاتحاد الأوروبي')]);
    expect(t).toEqual(['REQUEST']);
  });
  it('a discussion held «خلاله» belongs to the call before it', () => {
    const { events } = runEvents('تلقى وزير الخارجية الأردني اتصالاً هاتفياً من نظيره القطري مساء الأحد، بحثا خلاله أوضاع اللاجئين.', [ORG('وزير الخارجية الأردني')]);
    expect(events.filter((e) => e.type === 'CONSULT')).toHaveLength(1);
  });
});

describe('session 5b: a round of contacts summed up', () => {
  it('continued consultations told in detail by a meeting verb are those meetings', () => {
    const { events, name } = runEvents('واصل المبعوث الأممي هانس بيرغ مشاوراته مع الأطراف اليمنية، إذ التقى في مسقط رئيس الوفد المفاوض، قبل أن يجري اتصالاً هاتفياً بوزير الخارجية.', [PER('هانس بيرغ'), LOC('مسقط')]);
    const consult = events.filter((e) => e.type === 'CONSULT');
    expect(consult.map((e) => e.trigger.text)).not.toContain('مشاوراته');
    expect(consult[0]?.actors.map(name)).toEqual(['هانس بيرغ']);
  });
  it('talks continued with no meeting told after them stay an event', () => {
    const t = eventTypes('وواصل الوفدان محادثاتهما في الدوحة لليوم الثالث.', [LOC('الدوحة')]);
    expect(t).toContain('CONSULT');
  });
});

describe('session 5b: future refusals and «قيام X بـ»', () => {
  it('a refusal to hand over or back down in the future negative is a rejection', () => {
    expect(eventTypes('وأكد المكتب الإعلامي أن الحكومة "لن تسلّم السلطة إلا لجهة منتخبة".', [ORG('الحكومة')])).toEqual(['REJECT']);
    expect(eventTypes('وقال الأمين العام إن الاتحاد العام للشغل لن يتراجع عن قرار الإضراب.', [ORG('الاتحاد العام للشغل')])).toContain('REJECT');
  });
  it('the genitive of «قيام» performs the act after بـ', () => {
    const { events, name } = runEvents('وأدانت النقابة قيام الشرطة العسكرية باعتقال ثلاثة صحفيين في بنزرت.', [ORG('النقابة'), ORG('الشرطة العسكرية'), LOC('بنزرت')]);
    const arrest = events.find((e) => e.type === 'COERCE');
    expect(arrest?.actors.map(name)).toEqual(['الشرطة العسكرية']);
  });
});

describe('session 5b: «قابل» meets a titled person; «قابل لـ» is an adjective', () => {
  it('meets and does not', () => {
    expect(eventTypes('وقابلت وزيرة الخارجية سفير اليابان في مكتبها صباح اليوم.', [])).toContain('CONSULT');
    expect(eventTypes('وقالت الشركة إن العقد قابل للتجديد بعد عامين.', [])).not.toContain('CONSULT');
  });
});
