// Session 3c: hosting that is no meeting, the number of a possessive pronoun, a hamza before a pronoun, a
// copula's topic as the antecedent, علي written for على. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { wordForms } from '../../src/events/lexicon.ts';
import { ORG, LOC, PER, runEvents } from './helpers.ts';
import { analyze } from '../../src/analyze.ts';

const run = runEvents;

describe('session 3c: hosting is a meeting only with visitors', () => {
  it('hosting troops, refugees or a tournament is no CONSULT', () => {
    for (const s of [
      'وتضم المنطقة قاعدتين جويتين تستضيف القوات الفرنسية منذ سنوات.',
      'استضافت تركيا ملايين اللاجئين السوريين خلال العقد الماضي.',
      'وتستضيف قطر بطولة كأس العرب للمرة الثانية.',
    ]) {
      const { events } = run(s, [LOC('تركيا'), LOC('قطر')]);
      expect(events.filter((e) => e.type === 'CONSULT'), s).toEqual([]);
    }
  });
  it('hosting a delegation or talks stays a CONSULT', () => {
    const { events, name } = run('استضافت مسقط وفداً من الحوثيين لبحث الهدنة.', [LOC('مسقط')]);
    const e = events.find((x) => x.type === 'CONSULT');
    expect(e).toBeDefined();
    expect(e!.actors.map(name)).toEqual(['مسقط']);
  });
});

describe('session 3c: possessive pronouns of event nouns', () => {
  it('reads a hamza seated before a pronoun as the bare masdar (استيائه → استياء + ه, لقاؤه → لقاء + ه)', () => {
    expect(wordForms('استيائه', 'استيايه').some((f) => f.norm === 'استياء' && f.suffix === 'ه')).toBe(true);
    expect(wordForms('لقاؤها', 'لقاوها').some((f) => f.norm === 'لقاء' && f.suffix === 'ها')).toBe(true);
  });
  it('هم never refers to one person: a plural group before it is the antecedent', () => {
    const { events, texts } = run('طلب الوزير من المحافظ حسن العلي عقد جلسة مع ممثلي النقابات لسماع مطالبتهم بشأن الأجور.', [PER('حسن العلي')]);
    // (session 9: the plural «مطالب» — the demands — is a topic, no trigger; the masdar «مطالبة» is)
    const e = events.find((x) => x.type === 'REQUEST' && x.trigger.text === 'مطالبتهم')!;
    expect(e).toBeDefined();
    expect(e.actors).toEqual([]);
    expect(texts(e, 'actor')).toEqual(['ممثلي النقابات']);
    expect(e.evidence).toContain('rule:possessive-antecedent');
  });
  it('هم with no plural antecedent leaves the actor empty rather than a single person', () => {
    const { events } = run('التقت الوزيرة ليلى حداد بالسفير أمس، وقالت إن الحكومة تدرس طلباتهم.', [PER('ليلى حداد')]);
    for (const e of events.filter((x) => x.trigger.text === 'طلباتهم')) expect(e.actors).toEqual([]);
  });
  it('after a copula ه refers to the topic, not the object of its preposition; علي before a name is على', () => {
    const { events, name } = run('وقال المصدر إن رد سامي النعيمي علي كريم الهاشمي كان يركز على استيائه من استمرار القصف.', [PER('سامي النعيمي'), PER('كريم الهاشمي')]);
    const e = events.find((x) => x.type === 'ACCUSE' && x.trigger.text === 'استيائه')!;
    expect(e).toBeDefined();
    expect(e.actors.map(name)).toEqual(['سامي النعيمي']);
    expect(e.evidence).toContain('rule:possessive-antecedent');
  });
  it('after a conjoined clause the possessive keeps the sentence subject («ناقش X الملف مع Y، وأبدى قلقه»)', () => {
    const { events, name } = run('ناقش سامي النعيمي الملف مع كريم الهاشمي، وأبدى قلقه من التصعيد.', [PER('سامي النعيمي'), PER('كريم الهاشمي')]);
    const e = events.find((x) => x.trigger.text === 'قلقه')!;
    expect(e.actors.map(name)).toEqual(['سامي النعيمي']);
  });
  it('without a copula or a new clause the nearest fitting NP stays the antecedent', () => {
    const { events, name } = run('ناقش سامي النعيمي الملف مع كريم الهاشمي قبيل زيارته إلى بغداد.', [PER('سامي النعيمي'), PER('كريم الهاشمي'), LOC('بغداد')]);
    const e = events.find((x) => x.trigger.text === 'زيارته')!;
    expect(e.actors.map(name)).toEqual(['كريم الهاشمي']);
  });
});

describe('session 3c: more role grammar', () => {
  it('«وقّع … عن الجانب X فلان، وعن الجانب Y فلان»: the persons signing on behalf of each side are the actors', () => {
    const { events, name } = run('ووقّع المذكرة عن الجانب الأردني وزير الطاقة سامر العلي، وعن الجانب العراقي وزير النفط حيدر الجبوري، بحضور السفيرين.',
      [PER('سامر العلي'), PER('حيدر الجبوري')]);
    const e = events.find((x) => x.type === 'AGREE')!;
    expect(e.actors.map(name)).toEqual(['سامر العلي', 'حيدر الجبوري']);
    expect(e.evidence).toContain('rule:on-behalf-signers');
  });
  it('a pronoun complementizer must agree in number with the inherited subject («لكنه اشترط» is not «الطرفان»)', () => {
    const { events, texts } = run('وأكد الوزير أن بلاده ملتزمة بالهدنة التي اتفق عليها الطرفان في أيار، لكنه اشترط انسحاب المسلحين من الحي.', []);
    expect(texts(events.find((x) => x.trigger.text === 'اتفق')!, 'actor')).toEqual(['الطرفان']);
    const e = events.find((x) => x.trigger.text === 'اشترط')!;
    expect(texts(e, 'actor')).toEqual([]);
    expect(e.evidence).not.toContain('rule:pronoun-subject-from-previous-event');
  });
  it('the possessor of a support masdar performs the event noun after it («بعد مشاركتهم في مسيرة»)', () => {
    const { events, name } = run('اعتقلت الأجهزة الأمنية سبعة طلاب ينتمون إلى الكتلة الطلابية، بعد مشاركتهم في مسيرة داخل الحرم الجامعي.', [ORG('الكتلة الطلابية')]);
    const e = events.find((x) => x.type === 'PROTEST')!;
    expect(e.actors.map(name)).toEqual(['الكتلة الطلابية']);
    expect(e.evidence).toContain('rule:possessive-support-masdar');
  });
});

describe('session 3c: clause subjects across modifiers', () => {
  it('an imperfect right after an indefinite accusative noun is its adjectival clause («يصدر قراراً جديداً ينتقد X»)', () => {
    const { events, name } = run('وقال دبلوماسي إن مجلس الأمناء قد يصدر بياناً شديداً يدين إسرائيل في جلسته المقبلة.', [ORG('مجلس الأمناء'), LOC('إسرائيل')]);
    const e = events.find((x) => x.type === 'ACCUSE' && x.trigger.text === 'يدين')!;
    expect(e.actors.map(name)).toEqual(['مجلس الأمناء']);
    expect(e.targets.map(name)).toEqual(['إسرائيل']);
    expect(e.evidence).toContain('rule:indefinite-relative-clause');
  });
  it('a support verb after a relative clause set off by commas takes the NP before it («البعثة، التي يقودها X، تعتزم الدعوة»)', () => {
    const { events, texts } = run('وأفاد مصدر أن البعثة الأردنية في جنيف، التي يرأسها السفير خالد حمدان، تعتزم الدعوة إلى جلسة طارئة.', [PER('خالد حمدان'), LOC('جنيف')]);
    const e = events.find((x) => x.type === 'REQUEST')!;
    expect(texts(e, 'actor')).toEqual(['البعثة الأردنية']);
  });
  it('a verb after a relative clause set off by commas (and auxiliaries) has the NP before it as subject', () => {
    const { events, name } = run('وكان وزير الخارجية سامر العلي، الذي عاد من جولة خليجية في 3 أيار، قد زار بغداد والتقى رئيس الوزراء.', [PER('سامر العلي'), LOC('بغداد')]);
    const e = events.find((x) => x.trigger.text === 'زار')!;
    expect(e.actors.map(name)).toEqual(['سامر العلي']);
    expect(e.targets.map(name)).toEqual(['بغداد']);
    expect(e.evidence).toContain('rule:subject-before-relative');
  });
  it('so does a support verb after a long relative clause and «قد» («X، الذي حل ثالثاً …، قد أعلن دعمه لـY»)', () => {
    const { events, name } = run('وكان المرشح المستقل سامر العلي، الذي حل ثالثاً في الجولة الأولى بنسبة 5.2 بالمئة، قد أعلن دعمه للرئيس كريم الهاشمي.', [PER('سامر العلي'), PER('كريم الهاشمي')]);
    const e = events.find((x) => x.type === 'SUPPORT')!;
    expect(e.actors.map(name)).toEqual(['سامر العلي']);
    expect(e.targets.map(name)).toEqual(['كريم الهاشمي']);
  });
  it('a word right after an indefinite group head is its genitive, not an event («جهاز دعم الاستقرار»، «قوات حفظ السلام»)', () => {
    const a = run('اندلعت اشتباكات عنيفة بين جهاز دعم الاستقرار واللواء 444 في حي أبو سليم.', [ORG('اللواء 444')]);
    expect(a.events.filter((e) => e.type === 'SUPPORT')).toEqual([]);
    expect(a.events.filter((e) => e.type === 'ASSAULT').length).toBe(1);
    const b = run('انتشرت قوة دعم الجيش اللبناني في البلدة.', [ORG('الجيش اللبناني')]);
    expect(b.events.filter((e) => e.type === 'SUPPORT')).toEqual([]);
    // (inside a name the same holds)
    const c = run('وقصف مسلحون مقر جهاز دعم الاستقرار.', [ORG('جهاز دعم الاستقرار')]);
    expect(c.events.filter((e) => e.type === 'SUPPORT')).toEqual([]);
  });
  it('a quotation mark does not separate an event noun from its support verb («أعرب X عن "قلق بالغ"»)', () => {
    const { events, name } = run('وأعرب وزير الخارجية الكندي بيتر مارش عن "قلق بالغ" إزاء التصعيد.', [PER('بيتر مارش')]);
    const e = events.find((x) => x.type === 'ACCUSE')!;
    expect(e.actors.map(name)).toEqual(['بيتر مارش']);
  });
  it('«كما دعا X» names a new subject; «كما قضت بـ…» with no named subject keeps the previous one', () => {
    const a = run('وأعرب الوزير بيتر مارش عن "قلق بالغ" إزاء التصعيد، كما دعا الممثل الأعلى للاتحاد في جنيف هانز كول إلى الحوار.', [PER('بيتر مارش'), PER('هانز كول'), LOC('جنيف')]);
    expect(a.events.find((x) => x.type === 'REQUEST')!.actors.map(a.name)).toEqual(['هانز كول']);
    const b = run('قضت محكمة الجنايات بسجن المتهم سامر العلي خمس سنوات، كما قضت بتغريم متهمين آخرين.', [ORG('محكمة الجنايات'), PER('سامر العلي')]);
    for (const e of b.events.filter((x) => x.type === 'SANCTION')) expect(e.actors.map(b.name)).toEqual(['محكمة الجنايات']);
  });
  it('an unnamed office holder acts for the body named right after the title («قاضي التحقيق بالقطب …»، «مدير الأمن في وزارة …»)', () => {
    const a = run('أصدر قاضي التحقيق بالقطب القضائي لمكافحة الإرهاب بطاقة إيداع بالسجن في حق المعارض سامر العلي.', [ORG('القطب القضائي لمكافحة الإرهاب'), PER('سامر العلي')]);
    const e = a.events.find((x) => x.type === 'COERCE')!;
    expect(e.actors.map(a.name)).toEqual(['القطب القضائي لمكافحة الإرهاب']);
    expect(e.evidence).toContain('rule:title-of-body');
    const b = run('واعتقل مدير الأمن في وزارة الداخلية ثلاثة صحفيين.', [ORG('وزارة الداخلية')]);
    expect(b.events.find((x) => x.type === 'COERCE')!.actors.map(b.name)).toEqual(['وزارة الداخلية']);
  });
  it('«ردّت X بـ + masdar»: the responding party performs the act («وردّت المغرب باستدعاء سفيرها»)', () => {
    const { events, name } = run('وردّت المغرب باستدعاء سفيرها في الجزائر للتشاور.', [LOC('المغرب'), LOC('الجزائر')]);
    const e = events.find((x) => x.type === 'SANCTION')!;
    expect(e.actors.map(name)).toEqual(['المغرب']);
    expect((e.evidence ?? []).some((v) => v.startsWith('lexicon:data/events/frames.tsv'))).toBe(true);
  });
  it('a denial does not reach a conjoined clause after a comma; a quoted object after the verb is its object', () => {
    const a = analyze({ text: 'ونفت وزارة الداخلية العراقية أي صلة لها بإغلاق الطريق، واتهمت "جماعات مسلحة مجهولة" بالوقوف وراء الحادث.', meta: { published: '2025-06-10' } });
    const name = (id: string) => a.entities.find((e) => e.id === id)?.name;
    const e = a.events.find((x) => x.type === 'ACCUSE')!;
    expect(e.negated ?? false).toBe(false);
    expect(e.actors.map(name)).toEqual(['وزارة الداخلية العراقية']);
    expect((e.participants ?? []).filter((p) => p.role === 'target').map((p) => p.text)).toEqual(['جماعات مسلحة مجهولة']);
    // (a conjoined complement «، وأن …» stays inside the denial)
    const { events } = run('ونفى المتحدث أن يكون الجيش قد قصف البلدة، وأن يكون اعتقل أحداً من سكانها.', []);
    expect(events.find((x) => x.type === 'ASSAULT')?.negated).toBe(true);
  });
  it('a multi-word trigger takes an NP before it as subject only across auxiliaries («جنوبي حمص إثر هجوم بري» is no attack by حمص)', () => {
    const a = run('وسيطرت الميليشيا على مخيم النور جنوبي حمص إثر هجوم بري استمر يومين.', [LOC('حمص')]);
    for (const e of a.events.filter((x) => x.type === 'ASSAULT')) expect(e.actors.map(a.name)).not.toContain('حمص');
    const b = run('وقالت الشرطة إن إيران أطلقت صواريخ على القاعدة.', [LOC('إيران')]);
    expect(b.events.find((x) => x.type === 'ASSAULT')!.actors.map(b.name)).toEqual(['إيران']);
  });
  it('«أمرت X بحبس Y»: the body that orders performs the act', () => {
    const { events, name } = run('وأمرت النيابة العامة بحبس الناشط سامر العلي أربعة أيام على ذمة التحقيق.', [ORG('النيابة العامة'), PER('سامر العلي')]);
    const e = events.find((x) => x.type === 'COERCE')!;
    expect(e.actors.map(name)).toEqual(['النيابة العامة']);
    expect(e.targets.map(name)).toEqual(['سامر العلي']);
  });
  it('a group that «هم» referred to is no antecedent of a later «ه» («… لعرض طلباتهم فيما يخص زيارته»)', () => {
    const { events, name, texts } = run('طلب سامر العلي من كريم الهاشمي ترتيب لقاء بقادة الفصائل المسلحة لعرض طلباتهم فيما يخص زيارته إلى بغداد.',
      [PER('سامر العلي'), PER('كريم الهاشمي'), LOC('بغداد')]);
    expect(texts(events.find((x) => x.trigger.text === 'طلباتهم')!, 'actor')).toEqual(['قادة الفصائل المسلحة']);
    const v = events.find((x) => x.trigger.text === 'زيارته')!;
    expect(texts(v, 'actor')).not.toContain('قادة الفصائل المسلحة');
    expect(v.actors.map(name)).toEqual(['سامر العلي']);
  });
});
