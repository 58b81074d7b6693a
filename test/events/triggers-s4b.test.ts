// Session 4b: trigger vocabulary by synonym family and trigger guards learnt from the d33–d40 blind set
// (src/events/triggers.ts, data/events/triggers.tsv, blockers.tsv). Sentences are our own.
import { describe, expect, it } from 'vitest';
import { ORG, LOC, PER, runEvents, eventTypes } from './helpers.ts';

const run = runEvents;
const types = eventTypes;
const byTrigger = (text: string, ents: ReturnType<typeof ORG>[], trig: string) => run(text, ents).events.filter((e) => e.trigger.text === trig);

describe('session 4b: vocabulary families', () => {
  it('people seized by the police are arrested («ضبط رجال المباحث 12 وافداً»); goods stay seized', () => {
    const ents = [ORG('الإدارة العامة للمباحث')];
    const ev = run('ضبط رجال الإدارة العامة للمباحث، مساء الخميس، 12 وافداً يديرون ورشة غير مرخصة.', ents).events;
    expect(ev.some((e) => e.type === 'COERCE' && e.mode === 'arrest' && e.evidence!.some((x) => x.includes('triggers.tsv')))).toBe(true);
    expect(run('ضبطت الجمارك كميات من الوقود المهرب في الميناء.', [ORG('الجمارك')]).events.some((e) => e.type === 'COERCE' && e.mode === 'seize')).toBe(true);
  });
  it('an aid convoy sent on its way is aid («سيّرت الهيئة قافلة»); running flights and walking are not', () => {
    expect(types('سيّرت الهيئة الخيرية قافلة من عشرين شاحنة إلى مدينة كسلا.', [ORG('الهيئة الخيرية'), LOC('كسلا')])).toContain('AID');
    expect(types('وقال المسؤول إن من الصعب تسيير رحلات جوية إلى المطار.', [])).not.toContain('AID');
    expect(types('يسير المواطنون في الشوارع بحثاً عن الخبز.', [])).not.toContain('AID');
  });
  it('defending a text or a decision is support; defending one\'s land or title is not', () => {
    expect(types('ودافع وزير المالية خالد عمر عن مشروع الموازنة أمام النواب.', [PER('خالد عمر')])).toContain('SUPPORT');
    expect(types('وقال إن الجيش يدافع عن أرضه بكل الوسائل.', [ORG('الجيش')])).not.toContain('SUPPORT');
  });
  it('courts turning down a plea reject it; appeals against a verdict are requests for change', () => {
    const ents = [PER('سامي بلقاسم'), ORG('محكمة الاستئناف')];
    expect(types('وردّت محكمة الاستئناف الطعن الذي قدمه سامي بلقاسم.', ents)).toContain('REJECT');
    expect(types('وردّت محكمة الاستئناف على أسئلة الصحفيين.', ents)).not.toContain('REJECT');
    const ev = run('وقال محاميه إن سامي بلقاسم سيطعن في الحكم أمام محكمة الاستئناف.', ents).events;
    expect(ev.some((e) => e.type === 'REQUEST' && e.mode === 'change')).toBe(true);
    // a stabbing keeps its reading
    expect(types('طعن شاب شرطياً بسكين قرب محطة القطار.', [])).toContain('ASSAULT');
  });
  it('a reinforced deployment mobilises even after the topic head تعزيز («أعلن الجيش تعزيز انتشاره»)', () => {
    const ev = run('وأعلن الجيش اللبناني تعزيز انتشاره في محيط بلدة مروحين.', [ORG('الجيش اللبناني'), LOC('مروحين')]).events;
    expect(ev.some((e) => e.type === 'MOBILIZE')).toBe(true);
    // (cooperation strengthened stays a topic)
    expect(types('وبحث الجانبان تعزيز التعاون الأمني.', [])).not.toContain('COOPERATE');
  });
  it('an explosion named with its device is one attack («في انفجار عبوة ناسفة»)', () => {
    const ev = run('قتل أربعة أشخاص في انفجار عبوة ناسفة وسط سوق مدينة جوهر.', [LOC('جوهر')]).events;
    expect(ev.filter((e) => e.type === 'ASSAULT')).toHaveLength(1);
    expect(ev[0].mode).toBe('explosives');
  });
  it('a vow of violence threatens; another pledge commits, also as a noun after بـ', () => {
    const ents = [PER('أحمد يوسف'), ORG('الحركة')];
    expect(types('وتعهد الرئيس أحمد يوسف بشن حرب شاملة على الحركة.', ents)).toEqual(['THREATEN']);
    expect(types('وانتهت الأزمة بتعهد السلطات المحلية بتوظيف مئة شاب.', [ORG('السلطات المحلية')])).toContain('AGREE');
    // (a pledge included in an agreement is its content: the bare accusative is no event)
    expect(byTrigger('بعد اتفاق تضمن تعهداً بإعادة اللاجئين.', [], 'تعهداً')).toEqual([]);
  });
  it('mediation as an act: «جرى التبادل بوساطة من X»، «نجح الوجهاء في التوسط»', () => {
    expect(run('أعلنت الوزارة أن التبادل جرى بوساطة من الدوحة.', [ORG('الوزارة'), LOC('الدوحة')]).events.length).toBeGreaterThan(0);
    const hits = run('نجح وجهاء المنطقة في التوسط بين الطرفين.', []).events;
    expect(hits.every((e) => e.type === 'CONSULT')).toBe(true);
  });
  it('intercepted migrant boats are seized, also across a date set off by commas («، فجر اليوم،»)', () => {
    const ents = [ORG('خفر السواحل')];
    expect(types('اعترض خفر السواحل، فجر اليوم، قارباً يقل 60 مهاجراً.', ents)).toContain('COERCE');
  });
  it('a crowd stopped by the police is arrested («أوقفت الشرطة ثلاثة من المحتجين»)', () => {
    expect(types('وأوقفت الشرطة ثلاثة من المحتجين أمام المصرف.', [ORG('الشرطة')])).toContain('COERCE');
  });
  it('a sentence with a pronoun on its term convicts («قضت المحكمة بسجنه»)', () => {
    expect(types('وكانت محكمة الجنايات قد قضت بسجنه خمس سنوات.', [ORG('محكمة الجنايات')])).toContain('SANCTION');
  });
});

describe('session 4b: guards', () => {
  it('holding one\'s own position is no support («تمسك كل طرف بموقفه»); holding to a candidate is', () => {
    expect(types('وتمسكت الحكومة بموقفها من الملف.', [ORG('الحكومة')])).not.toContain('SUPPORT');
    expect(types('ويتمسك الحزب بترشيح سليم داود للرئاسة.', [ORG('الحزب'), PER('سليم داود')])).toContain('SUPPORT');
  });
  it('a loan is no aid, and the loan agreement a verb signed far back is its object, not a second event', () => {
    const ents = [PER('رامي خليل'), ORG('البنك الدولي'), LOC('السراي')];
    const ev = run('ووقّع الوزير رامي خليل مع المدير الإقليمي للبنك الدولي في السراي الحكومي اتفاقية قرض بقيمة مئة مليون دولار.', ents).events;
    expect(ev.map((e) => e.type)).toEqual(['AGREE']);
  });
  it('a tour summary is no visit; the visits of the tour are', () => {
    expect(types('اختتم وزير الخارجية جولة إقليمية شملت ثلاث عواصم.', [])).not.toContain('CONSULT');
  });
  it('bottling water is no mobilisation', () => {
    expect(types('ضبطت الشرطة مصنعاً غير مرخص لتعبئة المياه.', [ORG('الشرطة')])).not.toContain('MOBILIZE');
    expect(types('وأعلنت الحكومة التعبئة العامة في البلاد.', [ORG('الحكومة')])).toContain('MOBILIZE');
  });
  it('«أي» + an act is a hypothesis, a denial or a refusal, no event', () => {
    expect(types('وهدد بإغلاق المضيق إذا تعرضت بلاده لأي هجوم.', [])).not.toContain('ASSAULT');
  });
  it('«وهو تعهد قطعه» characterises the clause before; «نتائج زيارته» is a topic', () => {
    const ents = [PER('حسن علي')];
    const ev = run('ويأتي ذلك بعد تعهد الرئيس حسن علي بشن حرب على المتمردين، وهو تعهد قطعه أمام الجنود.', ents).events;
    expect(ev.filter((e) => e.trigger.text === 'تعهد')).toHaveLength(1);
    expect(types('وجرى خلال الاتصال استعراض نتائج زيارته إلى العاصمة.', [])).not.toContain('CONSULT');
  });
  it('the term of a sentence is no arrest («بخمس سنوات حبساً نافذاً»)', () => {
    const ev = run('أدانت المحكمة الوزير الأسبق بخمس سنوات حبساً نافذاً.', [ORG('المحكمة')]).events;
    expect(ev.filter((e) => e.type === 'COERCE')).toEqual([]);
  });
  it('chants repeated during a protest are its content; a committee for consultation is a body', () => {
    expect(types('واصل العمال إضرابهم مرددين هتافات تطالب بزيادة الأجور.', [])).not.toContain('REQUEST');
    expect(byTrigger('وقّع الجانبان مذكرة لتأسيس لجنة للتشاور السياسي.', [], 'للتشاور')).toEqual([]);
  });
  it('an accusative motive after another event is no event of its own, across a date («، منذ صباح الأحد، احتجاجاً على»)', () => {
    const ev = run('نفذ مئات السائقين اعتصاماً في الميناء، منذ صباح الأحد، احتجاجاً على رفع الرسوم.', []).events;
    expect(ev.filter((e) => e.trigger.text === 'احتجاجاً')).toEqual([]);
    // (a protest organised as an object stays an event)
    expect(types('نظم الطلاب احتجاجاً على رفع الرسوم أمام الجامعة.', [])).toContain('PROTEST');
  });
  it('a support masdar after بـ is the manner of the act («بمساندة مقاتلين»)', () => {
    const ev = run('شنت القوات الحكومية، بمساندة مقاتلين من العشائر، هجوماً على معاقل الحركة.', [ORG('الحركة')]).events;
    expect(ev.filter((e) => e.type === 'SUPPORT')).toEqual([]);
    expect(ev.filter((e) => e.type === 'ASSAULT')).toHaveLength(1);
  });
  it('tear gas after a dispersal is its means, and the verbs after keep their subject', () => {
    const ents = [ORG('قوات مكافحة الشغب')];
    const ev = run('وفرّقت قوات مكافحة الشغب المحتجين بالغاز المسيل للدموع، واقتادت خمسة منهم إلى المركز.', ents).events;
    expect(ev.filter((e) => e.type === 'ASSAULT')).toHaveLength(1);
  });
  it('a call in a relative clause names who called the event before it («الإضراب الذي دعت إليه النقابة»)', () => {
    expect(types('دخل المعلمون يومهم الثالث من الإضراب الذي دعت إليه النقابة.', [ORG('النقابة')])).not.toContain('REQUEST');
    expect(types('ودعت النقابة إلى الإضراب يوم الاثنين.', [ORG('النقابة')])).toContain('REQUEST');
  });
  it('approving a grant is the aid, not an agreement', () => {
    expect(types('أعلن البنك الدولي موافقته على منحة بقيمة عشرين مليون دولار لمصر.', [ORG('البنك الدولي'), LOC('مصر')])).not.toContain('AGREE');
  });
});

describe('session 4b: verbs tagged as names', () => {
  it('a conjoined verb tagged as a one-word name is still a trigger; a name read as ف + verb is not', () => {
    const ev = run('وأدان رئيس الحكومة نواف سالم الهجوم على القافلة.', [PER('وأدان'), PER('نواف سالم')]).events;
    expect(ev.some((e) => e.type === 'ACCUSE' && e.trigger.text === 'أدان')).toBe(true);
    const ev2 = run('وقال فيصل إن الوفد سيعود غداً.', [PER('فيصل')]).events;
    expect(ev2.filter((e) => e.type === 'CONSULT')).toEqual([]);
  });
});

describe('session 4b: objects of a breach', () => {
  it('a truce or an agreement a verb breaches, across its subject, is no truce or agreement (`~` blockers)', () => {
    const ents = [ORG('القوات'), LOC('إسرائيل')];
    expect(types('وخرقت القوات الهدنة في المدينة.', ents)).not.toContain('RETREAT');
    expect(types('وانتهكت إسرائيل الاتفاق مجدداً.', ents)).not.toContain('AGREE');
    // (a truce agreed stays one)
    expect(types('وأعلنت القوات هدنة إنسانية في المدينة.', ents)).toContain('RETREAT');
  });
});

describe('session 4b: participles and prices', () => {
  it('a participle of the type of an earlier event of its sentence restates it; of another type it is an act', () => {
    const ents = [PER('جوكو ويدودو'), LOC('الدوحة')];
    const ev = run('وأشاد جوكو ويدودو بالدور القطري في المنطقة، مثمناً جهود الدوحة لوقف الحرب.', ents).events;
    expect(ev.filter((e) => e.type === 'SUPPORT')).toHaveLength(1);
    const ev2 = run('ورحبت الوزارة بالقرار، مستنكرةً في الوقت نفسه الهجوم على الموظفين.', [ORG('الوزارة')]).events;
    expect(ev2.map((e) => e.type)).toEqual(expect.arrayContaining(['SUPPORT', 'ACCUSE']));
  });
  it('a price is no praise («بنصف ثمن»، «دفع ثمن»، «ثمن النهائي»)', () => {
    expect(types('وتطرح الشركة سيارات بنصف ثمن نظيراتها الأوروبية.', [])).not.toContain('SUPPORT');
    expect(types('وبلغ الفريق ثمن النهائي بعد فوزه.', [])).not.toContain('SUPPORT');
    expect(types('وثمّن الوزير جهود الوسطاء.', [])).toContain('SUPPORT');
  });
});
