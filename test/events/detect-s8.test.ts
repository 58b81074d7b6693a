// Session 8 (detection side): trigger families, coreference of verbal acts and event dates — each with sentences
// written for these tests (none copied from dev articles).
import { describe, expect, it } from 'vitest';
import { LOC, ORG, PER, runEvents } from './helpers.ts';

describe('session 8: the lead is a paragraph that tells something', () => {
  const paras = [
    'الكويت – الثلاثاء 10 يونيو 2025',
    'شهدت جلسة مجلس الأمة، أمس الاثنين، مواجهة حادة بعدما رفض وزير النفط عادل المطيري صعود منصة الاستجواب.',
    'وانسحب ثمانية نواب من القاعة احتجاجاً على موقف الوزير.',
  ];
  it('a dateline line with no dash after its date is no lead: the story\'s next act takes the lead\'s day', () => {
    const r = runEvents(paras.join('\n\n'), [PER('عادل المطيري'), ORG('مجلس الأمة')]);
    const walkout = r.events.find((e) => e.trigger.text === 'انسحب');
    expect(walkout?.type).toBe('PROTEST');
    expect(walkout?.date?.value).toBe('2025-06-09');
    expect(walkout?.evidence).toContain('rule:date-of-lead');
  });
  it('further paragraphs still take the publication date', () => {
    const text = [...paras, 'وفي سياق آخر، أغلق محتجون الطريق الساحلي بالإطارات المشتعلة.'].join('\n\n');
    const r = runEvents(text, [PER('عادل المطيري'), ORG('مجلس الأمة')]);
    const closure = r.events.find((e) => e.trigger.text === 'أغلق');
    expect(closure?.date?.value).toBe('2025-06-10');
  });
});

describe('session 8: a describing participle scopes its date like a relative clause', () => {
  it('the date of «الاتفاق المبرم في …» dates the agreement, not the call of the sentence', () => {
    const r = runEvents('وطالب الاتحاد العام للشغل الحكومة بتفعيل بنود الاتفاق المبرم بين الطرفين في جويلية 2023.', [ORG('الاتحاد العام للشغل')]);
    const req = r.events.find((e) => e.type === 'REQUEST');
    expect(req).toBeDefined();
    expect(req?.date?.value).not.toBe('2023-07');
  });
  it('a date right after the noun with no participle still dates the sentence\'s act', () => {
    const r = runEvents('وطالب الاتحاد العام للشغل الحكومة في جويلية 2023 بتفعيل بنود الاتفاق.', [ORG('الاتحاد العام للشغل')]);
    expect(r.events.find((e) => e.type === 'REQUEST')?.date?.value).toBe('2023-07');
  });
});

describe('session 8: an agreement told by its signing participle', () => {
  it('«التفاهم الموقّع بين X وY» is the signing, with both parties as actors and its own date', () => {
    const r = runEvents('ويشير البيان إلى التفاهم الموقّع بين دمشق وأنقرة في آذار 2025، والذي نصّ على وقف القتال.', [LOC('دمشق'), LOC('أنقرة')]);
    const ag = r.events.find((e) => e.type === 'AGREE');
    expect(ag).toBeDefined();
    expect(ag!.actors.sort()).toEqual(['E1', 'E2'].sort());
    expect(ag!.date?.value).toBe('2025-03');
  });
  it('a topic word before the agreement noun does not cancel the signing participle', () => {
    const r = runEvents('وأعلنت الجامعة العامة إضراباً احتجاجاً على عدم تفعيل بنود الاتفاق الممضى بين وزارة التربية والجامعة العامة في جويلية 2023.',
      [ORG('الجامعة العامة'), ORG('وزارة التربية')]);
    expect(r.events.map((e) => e.type)).toContain('AGREE');
    // (without the participle, «بنود الاتفاق» stays a topic)
    const r2 = runEvents('وأعلنت الجامعة العامة إضراباً احتجاجاً على عدم تفعيل بنود الاتفاق مع وزارة التربية.', [ORG('الجامعة العامة'), ORG('وزارة التربية')]);
    expect(r2.events.map((e) => e.type)).not.toContain('AGREE');
  });
  it('«الموقع» with no agreement noun before it is a site', () => {
    const r = runEvents('وتفقد الوزير الموقع بين القريتين بعد انهيار الجسر.', [LOC('القريتين')]);
    expect(r.events.map((e) => e.type)).not.toContain('AGREE');
  });
  it('«أمضى» with an agreement is a signing; with a span of time it is none', () => {
    const r = runEvents('وأمضت وزارة التربية اتفاقاً مع الجامعة العامة للتعليم الثانوي.', [ORG('وزارة التربية'), ORG('الجامعة العامة للتعليم الثانوي')]);
    const ag = r.events.find((e) => e.type === 'AGREE');
    expect(ag?.actors).toContain('E1');
    const r2 = runEvents('وأمضى المعتقل خمس سنوات في السجن قبل الإفراج عنه.', []);
    expect(r2.events.map((e) => e.type)).not.toContain('AGREE');
  });
});

describe('session 8: trigger families', () => {
  it('withholding from pay (اقتطع) is COERCE withhold, here negated and planned', () => {
    const r = runEvents('وأكدت وزارة التهذيب أنها لن تقتطع من رواتب المعلمين المضربين.', [ORG('وزارة التهذيب')]);
    const w = r.events.find((e) => e.type === 'COERCE' && e.mode === 'withhold');
    expect(w).toBeDefined();
    expect(w!.negated).toBe(true);
    const r2 = runEvents('وأكدت وزارة التهذيب أنها لن تقتطع وقتاً طويلاً لدراسة الملف.', [ORG('وزارة التهذيب')]);
    expect(r2.events.some((e) => e.type === 'COERCE')).toBe(false);
  });
  it('standing by a party (الوقوف خلف / إلى جانب) is SUPPORT', () => {
    const r = runEvents('وأعلنت الحكومة الأردنية الوقوف إلى جانب المزارعين المتضررين.', [ORG('الحكومة الأردنية')]);
    const s = r.events.find((e) => e.type === 'SUPPORT');
    expect(s?.actors).toContain('E1');
  });
  it('youths stopping a patrol obstruct it (PROTEST); forces stopping a convoy seize it (COERCE)', () => {
    const r = runEvents('واعترض شبان من بلدة بليدا دورية إسبانية تابعة لقوات اليونيفيل.', [LOC('بليدا'), ORG('اليونيفيل')]);
    const p = r.events.find((e) => e.trigger.text.endsWith('اعترض'));
    expect(p?.type).toBe('PROTEST');
    expect(p?.mode).toBe('obstruct');
    const r2 = runEvents('واعترضت قوات خفر السواحل قارباً يقل أربعين مهاجراً.', [ORG('قوات خفر السواحل')]);
    expect(r2.events.map((e) => e.type)).toContain('COERCE');
    expect(r2.events.map((e) => e.type)).not.toContain('PROTEST');
  });
});

describe('session 8: acts announced after a pronoun adjunct', () => {
  it('«عقد X اجتماعاً، قرر خلاله "الوقوف خلف الوزير"»: the body that met decides', () => {
    const r = runEvents('وعقد مجلس الوزراء اجتماعاً استثنائياً مساء أمس، قرر خلاله "الوقوف خلف الوزير".', [ORG('مجلس الوزراء')]);
    const s = r.events.find((e) => e.type === 'SUPPORT');
    expect(s?.actors).toEqual(['E1']);
    expect(s?.evidence).toContain('rule:support-chain-subject-of-sentence');
  });
});

describe('session 8: a definite verbal act of another speaker is no mention of the earlier one', () => {
  it('two parties that support the same side are two SUPPORT events', () => {
    const r = runEvents('وقرر مجلس الوزراء الوقوف خلف الوزير. وأعلنت كتلة العمل الوطني الوقوف خلف الوزير كذلك.',
      [ORG('مجلس الوزراء'), ORG('كتلة العمل الوطني')]);
    const s = r.events.filter((e) => e.type === 'SUPPORT');
    expect(s.length).toBe(2);
    expect(s.map((e) => e.actors[0]).sort()).toEqual(['E1', 'E2'].sort());
  });
  it('the same speaker mentioning its act again is still one event', () => {
    const r = runEvents('وقرر مجلس الوزراء الوقوف خلف الوزير. وأكد مجلس الوزراء أن الوقوف خلف الوزير واجب.', [ORG('مجلس الوزراء')]);
    expect(r.events.filter((e) => e.type === 'SUPPORT').length).toBe(1);
  });
});

describe('session 8: a circumstantial participle shares the date of the clause it accompanies', () => {
  it('a threat told far after the dated closure takes its date', () => {
    const r = runEvents('أغلق محتجون من أهالي الحي، مساء أمس الاثنين، الطريق الساحلي بالإطارات المشتعلة بعد انقطاع مياه الشرب عن أحيائهم منذ أسبوعين كاملين، مطالبين البلدية بالتدخل العاجل لإصلاح الشبكة، ومهددين بتصعيد تحركهم إذا لم تعد المياه.', []);
    const t = r.events.find((e) => e.type === 'THREATEN');
    expect(t).toBeDefined();
    expect(t!.date?.value).toBe('2025-06-09');
  });
  it('a planned act is no clause the participle accompanies', () => {
    const r = runEvents('وأعلن النائب فهد العنزي أن عشرة نواب وقّعوا على طلب لطرح الثقة بالوزير سيُقدَّم في جلسة الثلاثاء المقبل، ملوّحاً بتوجيه استجواب إلى رئيس الوزراء.',
      [PER('فهد العنزي')]);
    const t = r.events.find((e) => e.type === 'THREATEN');
    expect(t).toBeDefined();
    expect(t!.date?.value).not.toBe('2025-06-17');
  });
});

describe('session 8: a title that ends on a question is a headline', () => {
  it('the headline\'s clashes are the body\'s, not a second event', () => {
    const text = ['ريف حلب بين اشتباكات منبج وصفقة الأسرى.. هل تصمد التهدئة؟', 'حلب – اندلعت مساء السبت اشتباكات بين وحدات من الجيش السوري ومقاتلين من قوات سوريا الديمقراطية قرب منبج.'].join('\n\n');
    const r = runEvents(text, [LOC('منبج'), ORG('الجيش السوري'), ORG('قوات سوريا الديمقراطية'), LOC('حلب')]);
    const clashes = r.events.filter((e) => e.type === 'ASSAULT');
    expect(clashes.length).toBe(1);
    expect(clashes[0].trigger.start).toBeGreaterThan(text.indexOf('\n'));
  });
});

describe('session 8: no finite verb right after a preposition', () => {
  it('«قرب تقاطع» is a crossroads, no boycott', () => {
    const r = runEvents('انفجرت سيارة مفخخة قرب تقاطع كيلو 4 وسط مقديشو.', [LOC('مقديشو')]);
    expect(r.events.map((e) => e.type)).not.toContain('PROTEST');
  });
  it('the same imperfect after a subject is a verb', () => {
    const r = runEvents('وقالت الكتلة إن أحزاب المعارضة تقاطع الجلسة احتجاجاً على القانون.', [ORG('أحزاب المعارضة')]);
    expect(r.events.map((e) => e.type)).toContain('PROTEST');
  });
});

describe('session 8: a conjoined masdar of another mode is an act of its own', () => {
  it('a seizure of trucks and an arrest of people are two COERCE events', () => {
    const r = runEvents('نفذت مديرية الأمن حملة على مهربي الوقود، أسفرت عن ضبط 14 شاحنة صهريج محمّلة بالبنزين والديزل واعتقال تسعة أشخاص.', [ORG('مديرية الأمن')]);
    const modes = r.events.filter((e) => e.type === 'COERCE').map((e) => e.mode).sort();
    expect(modes).toEqual(['arrest', 'seize']);
  });
  it('a masdar of the same mode still joins the act', () => {
    const r = runEvents('أسفرت الحملة عن ضبط 14 شاحنة محمّلة بالبنزين ومصادرة كميات من الديزل.', []);
    expect(r.events.filter((e) => e.type === 'COERCE').length).toBe(1);
  });
});

describe('session 8: a negated future inside a quotation is a stated commitment', () => {
  it('«"لن تنسحب"» is a negated RETREAT; a third-person imperfect there still characterises', () => {
    const r = runEvents('وعزّز الجيش اللبناني انتشاره في محيط البلدة، مؤكداً في بيان أن وحداته "لن تنسحب" من النقاط المستحدثة على الحدود.', [ORG('الجيش اللبناني')]);
    const w = r.events.find((e) => e.type === 'RETREAT');
    expect(w).toBeDefined();
    expect(w!.negated).toBe(true);
    const r2 = runEvents('ووصف الوزير القرار بأنه "يستهدف قوت المواطنين".', []);
    expect(r2.events.map((e) => e.type)).not.toContain('ASSAULT');
  });
});

describe('session 8: a scheduled event named after its noun is planned', () => {
  it('«قمة مجلس التعاون المقررة في مارس المقبل» is a future summit with its own date, not a mention of the reception', () => {
    const r = runEvents('واستقبل السلطان هيثم بن طارق وزير الخارجية الكويتي، الذي سلّمه رسالة خطية تتصل بالتحضير لأعمال قمة مجلس التعاون المقررة في مارس المقبل.',
      [PER('هيثم بن طارق'), ORG('مجلس التعاون')]);
    const summit = r.events.find((e) => e.trigger.text === 'قمة');
    expect(summit).toBeDefined();
    expect(summit!.context).toContain('future');
    expect(summit!.date?.value).toBe('2026-03');
    // «رسالة … تتصل بالتحضير» relates to, it is no phone call
    expect(r.events.some((e) => e.mode === 'phone')).toBe(false);
  });
  it('a call «اتصل بـ» a person is still a call', () => {
    const r = runEvents('واتصل وزير الخارجية الكويتي بنظيره السعودي فيصل بن فرحان لبحث التحضير للقمة.', [PER('فيصل بن فرحان')]);
    expect(r.events.some((e) => e.type === 'CONSULT' && e.mode === 'phone')).toBe(true);
  });
});

describe('session 8: aid named before its passive verb', () => {
  it('«٥٠٠ حصة غذائية ستُوزَّع على العائلات» is planned aid', () => {
    const r = runEvents('وأعلن المحافظ سامر الخطيب أن ٥٠٠ حصة غذائية ستُوزَّع على العائلات النازحة خلال الأيام المقبلة.', [PER('سامر الخطيب')]);
    const aid = r.events.find((e) => e.type === 'AID');
    expect(aid).toBeDefined();
    expect(aid!.context).toContain('future');
  });
});

describe('session 8: a ban on movement is a restriction, not an embargo', () => {
  it('«فرضت الشرطة حظراً على حركة المركبات» is COERCE restrict; «فرضت عقوبات» stays SANCTION', () => {
    const r = runEvents('وقال المتحدث إن الشرطة الصومالية فرضت حظراً على حركة المركبات في محيط موقع الانفجار.', [ORG('الشرطة الصومالية')]);
    const ban = r.events.find((e) => e.type === 'COERCE' && e.mode === 'restrict');
    expect(ban?.actors).toEqual(['E1']);
    expect(r.events.map((e) => e.type)).not.toContain('SANCTION');
    const r2 = runEvents('وفرضت وزارة الخزانة الأمريكية عقوبات على ثلاث شركات.', [ORG('وزارة الخزانة الأمريكية')]);
    expect(r2.events.map((e) => e.type)).toContain('SANCTION');
  });
});

describe('session 8: planned acts take no past date of their sentence', () => {
  it('a negated future commitment after a dated deployment has no date', () => {
    const r = runEvents('وعزّز الجيش اللبناني ليل أمس انتشاره في محيط البلدة، مؤكداً في بيان أن وحداته "لن تنسحب" من النقاط المستحدثة على الحدود.', [ORG('الجيش اللبناني')]);
    const dep = r.events.find((e) => e.type === 'MOBILIZE');
    expect(dep?.date?.value).toBe('2025-06-09');
    const w = r.events.find((e) => e.type === 'RETREAT');
    expect(w).toBeDefined();
    expect(w!.date).toBeUndefined();
  });
  it('the programme of a visit («يلتقي خلالها») is planned; the report of it («التقى خلالها») is dated', () => {
    const ents = [PER('عثمان البشيري'), PER('بدر عبد العاطي'), LOC('القاهرة')];
    const r = runEvents('ووصل وزير الخارجية عثمان البشيري إلى القاهرة مساء أمس في زيارة رسمية، يلتقي خلالها نظيره المصري بدر عبد العاطي.', ents);
    const meet = r.events.find((e) => e.trigger.text === 'يلتقي');
    expect(meet).toBeDefined();
    expect(meet!.date).toBeUndefined();
    expect(meet!.evidence).toContain('rule:date-null-programme');
    const r2 = runEvents('ووصل وزير الخارجية عثمان البشيري إلى القاهرة مساء أمس في زيارة رسمية، التقى خلالها نظيره المصري بدر عبد العاطي.', ents);
    expect(r2.events.find((e) => e.trigger.text === 'التقى')?.date?.value).toBe('2025-06-09');
  });
  it('an intention («أعلنت عزمها الطعن») is planned', () => {
    const r = runEvents('وأعلنت هيئة الدفاع مساء أمس عزمها الطعن في الأحكام بالاستئناف.', [ORG('هيئة الدفاع')]);
    const appeal = r.events.find((e) => e.type === 'REQUEST');
    expect(appeal?.context).toContain('future');
  });
});

describe('session 8: «لن تقبل» declares a stance', () => {
  it('«قال إن بلاده "لن تقبل بأي هدنة"» is no refusal and no acceptance; an acceptance told stays AGREE', () => {
    const r = runEvents('وقال وزير الخارجية إن الحكومة "لن تقبل بأي هدنة تساوي بين الدولة والمليشيا".', [ORG('الحكومة')]);
    expect(r.events.map((e) => e.type)).not.toContain('REJECT');
    expect(r.events.map((e) => e.type)).not.toContain('AGREE');
    const r2 = runEvents('وقبلت الحكومة السودانية المبادرة الأمريكية للهدنة.', [ORG('الحكومة السودانية')]);
    expect(r2.events.map((e) => e.type)).toContain('AGREE');
  });
});

describe('session 8: a strike notice is no second strike', () => {
  it('«وجّهت النقابة برقية إضراب … تعلن فيها عن تنفيذ إضراب يوم 14 ماي» is one strike', () => {
    const text = 'ووجّهت الجامعة العامة للتعليم الثانوي برقية إضراب إلى وزارة التربية تعلن فيها عن تنفيذ إضراب حضوري يوم 14 ماي المقبل.';
    const r = runEvents(text, [ORG('الجامعة العامة للتعليم الثانوي'), ORG('وزارة التربية')]);
    const strikes = r.events.filter((e) => e.type === 'PROTEST');
    expect(strikes.length).toBe(1);
    expect(strikes[0].trigger.start).toBeGreaterThan(text.indexOf('تنفيذ'));
  });
});

describe('session 8: the future or fate of an act is a topic', () => {
  it('«مستقبل التهدئة»، «مصير الهدنة» name no truce', () => {
    const r = runEvents('ويرى باحثون أن مستقبل التهدئة في ريف حلب سيبقى رهن جولة التفاوض المقبلة.', [LOC('حلب')]);
    expect(r.events.map((e) => e.type)).not.toContain('RETREAT');
    const r2 = runEvents('وتساءل مراقبون عن مصير الهدنة في ريف حلب.', [LOC('حلب')]);
    expect(r2.events.map((e) => e.type)).not.toContain('RETREAT');
  });
});
