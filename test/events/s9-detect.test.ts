// Session 9 (detection side): mechanisms found on the errors of dev/events d89–d96 — each tested on sentences written
// for these tests (none copied from the dev articles).
import { describe, expect, it } from 'vitest';
import { LOC, ORG, PER, runEvents } from './helpers.ts';

const ofType = (r: ReturnType<typeof runEvents>, type: string) => r.events.filter((e) => e.type === type);

describe('session 9: a mobilisation declared by another party is its own act', () => {
  it('«أعلن وجهاء العشيرة "النفير العام"» after troops sent by an army is no mention of the deployment', () => {
    const r = runEvents('ودفع الجيش الوطني بتعزيزات عسكرية نحو البلدة، في حين أعلن وجهاء من العشيرة "النفير العام" في صفوف أبنائها.', [ORG('الجيش الوطني')]);
    const mob = ofType(r, 'MOBILIZE');
    expect(mob.length).toBe(2);
    expect(mob.some((e) => e.trigger.text.includes('النفير العام'))).toBe(true);
  });
});

describe('session 9: a definite mention or a headline named by the same word as a body act of another type', () => {
  const body = 'انتهت جلسة البرلمان، أمس، بانسحاب نواب فرق المعارضة من القاعة، احتجاجاً على رفض الرئاسة طلبهم.';
  it('«وجاء الانسحاب بعدما …» refers back to the walkout (a protest), no withdrawal of its own', () => {
    const r = runEvents(`${body} وجاء الانسحاب بعد جدل حاد حول جدول الأعمال.`, [ORG('البرلمان')]);
    expect(ofType(r, 'PROTEST').length).toBe(1);
    expect(ofType(r, 'RETREAT').length).toBe(0);
    expect((ofType(r, 'PROTEST')[0].evidence ?? []).some((x) => x.startsWith('rule:definite-mention-same-word@'))).toBe(true);
  });
  it('a headline «انسحاب المعارضة …» over that walkout sums it up', () => {
    const r = runEvents(`انسحاب المعارضة يعطل جلسة البرلمان\n\n${body}`, [ORG('البرلمان')]);
    expect(ofType(r, 'RETREAT').length).toBe(0);
    expect(ofType(r, 'PROTEST').length).toBe(1);
  });
  it('a withdrawal of troops keeps its own reading', () => {
    const r = runEvents('أعلن الجيش الوطني انسحاب قواته من البلدة.', [ORG('الجيش الوطني')]);
    expect(ofType(r, 'RETREAT').length).toBe(1);
  });
});

describe('session 9: a past form behind the clitic بـ is its masdar', () => {
  it('«وأمر الوزير … وبنشر قوة من الشرطة» deploys (MOBILIZE)', () => {
    const r = runEvents('وأمر وزير الداخلية سالم الحربي بتشكيل لجنة عاجلة، وبنشر قوة إضافية من الشرطة في محيط المخيم.', [PER('سالم الحربي')]);
    expect(ofType(r, 'MOBILIZE').length).toBe(1);
  });
  it('publishing is no deployment: «نشر تقريراً»', () => {
    const r = runEvents('ونشر المرصد الوطني تقريراً مفصلاً عن أوضاع السجون.', [ORG('المرصد الوطني')]);
    expect(ofType(r, 'MOBILIZE').length).toBe(0);
  });
});

describe('session 9: a required word that must follow (`>` in requires)', () => {
  it('the wounded who «نُقلوا» to a hospital are moved by no one named: no aid', () => {
    const r = runEvents('وأوضح مدير المستشفى أن المصابين نُقلوا إلى مستشفى المدينة الجامعي.', [LOC('المدينة')]);
    expect(ofType(r, 'AID').length).toBe(0);
  });
  it('an organisation that moves the wounded evacuates them (AID)', () => {
    const r = runEvents('ونقلت جمعية الهلال الأحمر عشرين جريحاً إلى مستشفيات العاصمة.', [ORG('جمعية الهلال الأحمر')]);
    expect(ofType(r, 'AID').length).toBe(1);
  });
});

describe('session 9: vocabulary', () => {
  it('«حذّر … من أن الدول "لن تتهاون"» threatens', () => {
    const r = runEvents('وحذّر مجلس الجامعة من أن الدول الأعضاء لن تتهاون مع أي تدخل في شؤونها.', [ORG('مجلس الجامعة')]);
    expect(ofType(r, 'THREATEN').length).toBe(1);
  });
  it('«أعلن البرنامج تسليم شحنة من القمح» is aid; handing over wanted men stays cooperation', () => {
    const r = runEvents('وأعلنت منظمة الإغاثة الدولية تسليم شحنة تضم 5 آلاف طن من الطحين عبر الميناء.', [ORG('منظمة الإغاثة الدولية')]);
    expect(ofType(r, 'AID').length).toBe(1);
    const r2 = runEvents('واتفق البلدان على تسليم المطلوبين بينهما.', []);
    expect(ofType(r2, 'AID').length).toBe(0);
  });
  it('«لن تحجب الحكومة رواتب الموظفين» withholds pay (COERCE, negated); «حجب الثقة» is a rejection', () => {
    const r = runEvents('وأكد الوزير أن وزارة المالية لن تحجب رواتب الموظفين في الإقليم.', [ORG('وزارة المالية')]);
    const w = ofType(r, 'COERCE');
    expect(w.length).toBe(1);
    expect(w[0].mode).toBe('withhold');
    expect(w[0].negated).toBe(true);
    const r2 = runEvents('وحجب البرلمان الثقة عن الحكومة.', [ORG('البرلمان')]);
    expect(ofType(r2, 'COERCE').length).toBe(0);
    expect(ofType(r2, 'REJECT').length).toBe(1);
  });
});

describe('session 9: restatements of an attack', () => {
  const lead = 'قُتل أربعة مدنيين في هجوم شنّه مسلحون مجهولون فجر اليوم على قرية الصفصاف.';
  it('«أن المهاجمين أطلقوا النار» restates the attack told before', () => {
    const r = runEvents(`${lead} وأوضح شاهد عيان أن المهاجمين أطلقوا النار بشكل عشوائي على المنازل.`, [LOC('قرية الصفصاف')]);
    expect(ofType(r, 'ASSAULT').length).toBe(1);
  });
  it('protesters who chant against someone protest on: «ورفع المحتجون لافتات …، وهتفوا ضد رئيس الوزراء»', () => {
    const r = runEvents('تظاهر مئات الطلبة أمام مقر الحكومة في الرباط. ورفع المحتجون لافتات تندد بالبطالة، وهتفوا ضد وزير التعليم سعيد أمزازي.',
      [LOC('الرباط'), PER('سعيد أمزازي')]);
    expect(ofType(r, 'PROTEST').length).toBe(1);
  });
  it('indefinite gunmen in the next sentence are new doers', () => {
    const r = runEvents(`${lead} وفي بلدة مجاورة، أطلق مسلحون آخرون النار على حافلة للركاب.`, [LOC('قرية الصفصاف')]);
    expect(ofType(r, 'ASSAULT').length).toBe(2);
  });
});

describe('session 9: a restatement dated otherwise is another act', () => {
  it('«وشهدت مدينة تعز في يناير الماضي قصفاً عنيفاً» after today\'s shelling is the January shelling', () => {
    const r = runEvents('قُتل ثلاثة مدنيين في قصف مدفعي استهدف مدينة تعز اليوم الأحد. وشهدت مدينة تعز في يناير الماضي قصفاً عنيفاً أوقع عشرات الضحايا.', [LOC('مدينة تعز')]);
    const a = ofType(r, 'ASSAULT');
    expect(a.length).toBe(2);
    expect(a.map((e) => e.date?.value)).toContain('2025-01');
  });
  it('with no date of its own the mention restates the attack', () => {
    const r = runEvents('قُتل ثلاثة مدنيين في قصف مدفعي استهدف مدينة تعز اليوم الأحد. وشهدت مدينة تعز قصفاً عنيفاً أوقع عشرات الضحايا.', [LOC('مدينة تعز')]);
    expect(ofType(r, 'ASSAULT').length).toBe(1);
  });
});

describe('session 9: background named after «منذ»', () => {
  it('«في أعنف مواجهة منذ اغتيال القيادي X العام الماضي» tells one clash, the killing is the background', () => {
    const r = runEvents('اندلعت اشتباكات عنيفة اليوم بين الجيش الوطني وقوات الدفاع الذاتي، في أعنف مواجهة منذ اغتيال القيادي سالم الحربي العام الماضي.',
      [ORG('الجيش الوطني'), ORG('قوات الدفاع الذاتي'), PER('سالم الحربي')]);
    expect(ofType(r, 'ASSAULT').length).toBe(1);
  });
  it('a verb after «منذ» stays an act («منذ قطعها العلاقات»)', () => {
    const r = runEvents('ولم تلتق وزارتا الخارجية منذ أن قطعت الجزائر العلاقات مع المغرب في 2021.', [LOC('الجزائر'), LOC('المغرب')]);
    expect(ofType(r, 'SANCTION').length).toBe(1);
  });
});

describe('session 9: a describing clause set off by a comma', () => {
  it('«وصلت قافلة مساعدات …، سيّرها X» is one aid act and X sent it', () => {
    const r = runEvents('ووصلت أمس قافلة مساعدات تضم 20 شاحنة محملة بالأدوية والطحين، سيّرها الهلال الأحمر القطري إلى المدينة.', [ORG('الهلال الأحمر القطري')]);
    const aid = ofType(r, 'AID');
    expect(aid.length).toBe(1);
    expect(aid[0].actors.map(r.name)).toContain('الهلال الأحمر القطري');
  });
});

describe('session 9: aims, contents, topics and other senses', () => {
  it('«الجهود الرامية إلى تسوية سياسية» is an aim, no agreement', () => {
    const r = runEvents('وجدد الوزير دعم بلاده للجهود الرامية إلى تسوية سياسية للنزاع في السودان.', [LOC('السودان')]);
    expect(ofType(r, 'AGREE').length).toBe(0);
  });
  it('«بتنزيل مضامين اتفاق 12 مارس» asks to implement an agreement, it is none', () => {
    const r = runEvents('وطالبت النقابة الوطنية للتعليم الحكومة بتنزيل مضامين اتفاق 12 مارس مع النقابات.', [ORG('النقابة الوطنية للتعليم')]);
    expect(ofType(r, 'AGREE').length).toBe(0);
    expect(ofType(r, 'REQUEST').length).toBe(1);
  });
  it('«وطالب جامعي» is a student', () => {
    const r = runEvents('واعتقلت قوات الاحتلال عشرة شبان، بينهم صحفي وطالب جامعي، في مدينة نابلس.', [LOC('نابلس')]);
    expect(ofType(r, 'REQUEST').length).toBe(0);
  });
  it('what a call reviewed is its topic: «جرى خلاله استعراض العلاقات والتنسيق المشترك»', () => {
    const r = runEvents('وتلقى وزير الخارجية خالد العتيبي اتصالاً هاتفياً من نظيره الأردني، جرى خلاله استعراض العلاقات الثنائية والتنسيق المشترك إزاء الأزمة.', [PER('خالد العتيبي')]);
    expect(ofType(r, 'COOPERATE').length).toBe(0);
    expect(ofType(r, 'CONSULT').length).toBe(1);
  });
  it('remains held are no detention; a person held is', () => {
    const r = runEvents('وتحدث المشاركون عن جثامين الشهداء المحتجزة لدى الحوثيين منذ أشهر.', [ORG('الحوثيين')]);
    expect(ofType(r, 'COERCE').length).toBe(0);
    const r2 = runEvents('ويبقى الصحفي سامر ناصر، المحتجز لدى الحوثيين منذ عامين، في عزلة تامة.', [PER('سامر ناصر'), ORG('الحوثيين')]);
    expect(ofType(r2, 'COERCE').length).toBe(1);
  });
});

describe('session 9: one act named twice in its sentence or story', () => {
  it('a condemnation reaches the condemned act across an adjunct set off by commas', () => {
    const r = runEvents('قُتل ثلاثة رعاة في غارة جوية نفذتها طائرة مسيّرة على قرية الزيتون أمس.\n\nوزار وزير الصحة الجرحى في المستشفى.\n\n' +
      'ودانت وزارة الخارجية والمغتربين، في بيان صدر مساء اليوم الأحد، "استهداف المدنيين الأبرياء في المناطق الحدودية".', [ORG('وزارة الخارجية'), LOC('قرية الزيتون')]);
    expect(ofType(r, 'ASSAULT').length).toBe(1);
  });
  it('«طرد السفير، واعتباره شخصاً غير مرغوب فيه» is one expulsion', () => {
    const r = runEvents('وأعلنت وزارة الخارجية طرد السفير، واعتباره شخصاً غير مرغوب فيه، على خلفية تصريحاته.', [ORG('وزارة الخارجية')]);
    expect(ofType(r, 'SANCTION').length).toBe(1);
  });
  it('«ووقّع الاتفاقية عن الجانب X مدير …» (no named signer) restates the signing told before', () => {
    const r = runEvents('ووقّعت تونس والجزائر اتفاقية تعاون في مجال الطاقة. ووقّع الاتفاقية عن الجانب التونسي مدير عام الطاقة بالوزارة.', [LOC('تونس'), LOC('الجزائر')]);
    expect(ofType(r, 'AGREE').length).toBe(1);
  });
  it('signers named by name sign on their own', () => {
    const r = runEvents('ووقّعت تونس والجزائر اتفاقية تعاون في مجال الطاقة. ووقّع الاتفاقية عن الجانب التونسي الوزير فتحي بلحاج.', [LOC('تونس'), LOC('الجزائر'), PER('فتحي بلحاج')]);
    expect(ofType(r, 'AGREE').length).toBe(2);
  });
});

describe('session 9: preconditions and stances', () => {
  it('an act after «قبل» in a negated clause is a precondition, not an event', () => {
    const r = runEvents('وقال المتحدث إن الحكومة لن تعود إلى طاولة الحوار قبل انسحاب المسلحين من المدينة.', []);
    expect(ofType(r, 'RETREAT').length).toBe(0);
    const r2 = runEvents('وأكد الوفد أن لا استئناف للمفاوضات قبل صرف الرواتب ورفع الحصار عن الميناء.', []);
    expect(ofType(r2, 'RETREAT').length).toBe(0);
  });
  it('without a negation the act before which another happened is told', () => {
    const r = runEvents('وتبادل الطرفان الأسرى قبل انسحاب قوات الحرس الوطني من المدينة.', [ORG('قوات الحرس الوطني')]);
    expect(ofType(r, 'RETREAT').some((e) => e.trigger.text.includes('انسحاب'))).toBe(true);
  });
  it('rejecting violence and terrorism is a stance, not a rejection of a party', () => {
    // (the noun only: a verb or participle of rejection keeps its reading — «رافضاً كل أشكال العنف», session 5's test)
    const r = runEvents('وأعربت وزارة الخارجية عن رفضها القاطع للعنف والتطرف بكل أشكاله.', [ORG('وزارة الخارجية')]);
    expect(ofType(r, 'REJECT').length).toBe(0);
    const r2 = runEvents('وأعربت وزارة الخارجية عن رفضها القاطع لقرار الحكومة الإسرائيلية.', [ORG('وزارة الخارجية'), ORG('الحكومة الإسرائيلية')]);
    expect(ofType(r2, 'REJECT').length).toBe(1);
  });
  it('a possessed masdar before a definite adjective of degree is no verb with its object («مؤكدةً رفضها القاطع للعنف»)', () => {
    const r = runEvents('وأدانت وزارة الخارجية الهجوم على القافلة، مؤكدة رفضها القاطع للعنف والتطرف بكل أشكاله.', [ORG('وزارة الخارجية')]);
    expect(ofType(r, 'REJECT').length).toBe(0);
    const r2 = runEvents('وجدد الرئيس سالم العلي دعمه الكامل للحكومة الانتقالية.', [PER('سالم العلي')]);
    expect(ofType(r2, 'SUPPORT').length).toBe(1);
  });
});

describe('session 9: a definite means or act that tells where the attack just told struck', () => {
  const lead = 'شنّ الطيران الحربي غارات على بلدات في منطقة الجليل فجر اليوم، ما أسفر عن مقتل خمسة أشخاص.';
  it('«بأن الضربات طالت منزلاً في بلدة X» is the same attack', () => {
    const r = runEvents(`${lead} وأفاد شهود بأن الضربات طالت منزلاً في بلدة عين الحلوة ومخزناً على أطرافها.`, [LOC('منطقة الجليل'), LOC('عين الحلوة')]);
    expect(ofType(r, 'ASSAULT').length).toBe(1);
  });
  it('«إن القذائف سقطت على السوق» after a shelling is the same shelling', () => {
    const r = runEvents('قُتل سبعة مدنيين في قصف مدفعي نفذته الميليشيا على مدينة كادوقلي أمس. وقال مسعفون إن القذائف سقطت على السوق الكبير وحي الموظفين.',
      [LOC('مدينة كادوقلي'), LOC('حي الموظفين')]);
    expect(ofType(r, 'ASSAULT').length).toBe(1);
  });
  it('indefinite shells are another attack', () => {
    const r = runEvents('قُتل سبعة مدنيين في قصف مدفعي نفذته الميليشيا على مدينة كادوقلي أمس. وفي وقت لاحق، سقطت قذائف على حي الموظفين.',
      [LOC('مدينة كادوقلي'), LOC('حي الموظفين')]);
    expect(ofType(r, 'ASSAULT').length).toBe(2);
  });
});

describe('session 9: words that take no object pronoun, and the Maghrebi agent phrase', () => {
  it('«أكدت الدول الثلاث تضامنها مع X» is the possessed masdar: the three states show solidarity', () => {
    const r = runEvents('كما أكدت كل من الأردن ومصر والمغرب، في بيانات منفصلة، تضامنها مع الرياض.', [LOC('الأردن'), LOC('مصر'), LOC('المغرب'), LOC('الرياض')]);
    const sup = ofType(r, 'SUPPORT');
    expect(sup.length).toBe(1);
    expect(sup[0].actors.map(r.name)).toEqual(expect.arrayContaining(['الأردن', 'مصر', 'المغرب']));
  });
  it('«من طرف X» names the agent', () => {
    const r = runEvents('واعتُقل الناشط سمير الوادي صباح اليوم من طرف المديرية العامة للأمن الوطني.', [PER('سمير الوادي'), ORG('المديرية العامة للأمن الوطني')]);
    const arrest = ofType(r, 'COERCE');
    expect(arrest.length).toBe(1);
    expect(arrest[0].actors.map(r.name)).toEqual(['المديرية العامة للأمن الوطني']);
  });
});
