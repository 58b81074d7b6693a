// Entity mechanisms added in session 5 (third holdout: Emirati fire, Jordan Valley water, Doha metro,
// Nouakchott court, Tunisian pharmacy, Yemen talks). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { loadNerLexicon } from '../../src/ner/lexicon.ts';
import { LINKERS } from '../../src/entities/wordsets.ts';
import { normalize } from '../../src/text/normalize.ts';
import { named, entity, runEntities as run } from './checked.ts';


describe('linkers as data', () => {
  it('data/entities/linkers.tsv holds the linkers, normalised, and gives the tagger no class', () => {
    for (const w of ['باسم', 'لدى', 'التابعة', 'في']) expect(LINKERS.has(normalize(w))).toBe(true);
    // the NER lexicon reads every data/entities file: a linker is no name of any class
    const lex = loadNerLexicon();
    expect(lex.files).toContain('entities/linkers.tsv');
    expect(lex.words.get(normalize('باسم')) ?? []).not.toContain('PER');
    expect(lex.words.get(normalize('التابعة')) ?? []).toEqual([]);
  });
  it('a linker still takes a known organisation into the title phrase', () => {
    const es = run('وقال المتحدث باسم منظمة الصحة العالمية كريستيان ليندماير إن الوضع خطير.');
    expect(named(es, 'PER')).toContain('كريستيان ليندماير');
  });
});

describe('names after titles', () => {
  it('a name set off by commas after a title, its first word with the article («، الباشا طبيق،»)', () => {
    const es = run('غير أن مستشار قائدها، الباشا نمير، نفى في بيان استهداف القرى.');
    expect(named(es, 'PER')).toContain('الباشا نمير');
    expect(entity(es, 'الباشا نمير')!.evidence).toContain('rule:apposed-name');
  });
  it('no apposed name from a description between commas', () => {
    const es = run('وقال رئيس الوزراء، الرجل القوي، إن الحكومة باقية.');
    expect(named(es, 'PER')).toEqual([]);
  });
  it('a second title after the comma opens the name like the first («، السفير إيفان …»)', () => {
    const es = run('وقال المتحدث باسم البعثة، السفير ميخائيل أوليانوف، إن المحادثات مستمرة.');
    expect(named(es, 'PER')).toContain('ميخائيل أوليانوف');
  });
  it('three foreign words after a title close before a function word', () => {
    const es = run('وقال الرئيس التنفيذي، المهندس كلاوس فون دوهنانيي إن الشركة ستتوسع.');
    expect(named(es, 'PER')).toContain('كلاوس فون دوهنانيي');
  });
  it('a title word with a pronoun completes a role («مستشار قائدها»)', () => {
    const es = run('وقال نائب رئيسها عمر الحسيني إن الحزب لن يشارك.');
    expect(named(es, 'PER')).toContain('عمر الحسيني');
  });
  it('an honorific between two given names is a family name («رهف السيد أحمد»)', () => {
    const es = run('وأوضحت المهندسة سلمى السيد حسن، أن المشروع تأخر.');
    expect(named(es, 'PER')).toContain('سلمى السيد حسن');
  });
  it('a given name with the article before ولد continues a Mauritanian name', () => {
    const es = run('وقال المدير السابق للشركة محمد الأمين ولد أحمد سالم، إن الملف سياسي.');
    expect(named(es, 'PER').some((x) => x.startsWith('محمد الأمين ولد'))).toBe(true);
  });
});

describe('lexicon surnames borne by another person', () => {
  it('a known surname closing a titled chain of given names is that person\'s family name, and later mentions follow', () => {
    // المالكي is a short form of a known person (نوري المالكي) who is not named in full here
    const es = run('وقال المهندس سالم بن خالد المالكي إن العمل بدأ. وأضاف المالكي أن المرحلة الثانية تبدأ قريباً.');
    const p = entity(es, 'سالم بن خالد المالكي');
    expect(p).toBeDefined();
    expect(p!.mentions.map((m) => m.text)).toEqual(['سالم بن خالد المالكي', 'المالكي']);
    expect(named(es, 'PER')).not.toContain('نوري المالكي');
  });
  it('the known person stays when named in full', () => {
    const es = run('وقال نوري المالكي إن الائتلاف متماسك. وأضاف المالكي أن الانتخابات ستجري في موعدها.');
    expect(named(es, 'PER')).toContain('نوري المالكي');
  });
  it('a kunya whose given name is also a common word is kept («أم سالم»)', () => {
    expect(named(run('وقالت أم سالم إن المدرسة بعيدة.'), 'PER')).toContain('أم سالم');
  });
});

describe('organisations', () => {
  it('new heads: police, municipality, authority, department of a place or an idafa chain', () => {
    const es = run('وأكدت شرطة الفجيرة أن بلدية الفجيرة ستفحص المباني، فيما قالت سلطة وادي عربة ودائرة الأراضي والمساحة إن العمل مستمر.');
    const orgs = named(es, 'ORG');
    expect(orgs).toContain('شرطة الفجيرة');
    expect(orgs).toContain('بلدية الفجيرة');
    expect(orgs.some((x) => x.startsWith('سلطة وادي'))).toBe(true);
    expect(orgs.some((x) => x.startsWith('دائرة الأراضي'))).toBe(true);
  });
  it('دائرة before a common noun is no organisation', () => {
    expect(named(run('وبات المسؤول في دائرة الضوء بعد التسريبات.'), 'ORG')).toEqual([]);
  });
  it('a head with the article and a name adjective («الحرس الوطني»، «الإسعاف الوطني»)', () => {
    const orgs = named(run('وانتشرت وحدات من الحرس الوطني قرب المبنى، ونقلت فرق الإسعاف الوطني المصابين.'), 'ORG');
    expect(orgs).toContain('الحرس الوطني');
    expect(orgs).toContain('الإسعاف الوطني');
  });
  it('an institution named after a person with a title is one organisation, without the person', () => {
    const es = run('ونقل المصابون إلى مستشفى الشيخ راشد في المدينة.');
    expect(named(es, 'ORG')).toContain('مستشفى الشيخ راشد');
    expect(named(es, 'PER')).toEqual([]);
  });
  it('a canal named after a king is a place («قناة الملك عبدالله»), a channel stays an organisation', () => {
    const es = run('وانخفض منسوب المياه في قناة الملك فيصل هذا الصيف، بحسب قناة "الجزيرة".');
    expect(named(es, 'LOC')).toContain('قناة الملك فيصل');
    expect(named(es, 'PER')).toEqual([]);
  });
  it('an indefinite feminine adjective after the head makes no name («جماعة مسلحة الهجوم»)', () => {
    expect(named(run('وتبنت جماعة مسلحة الهجوم على القافلة.'), 'ORG')).toEqual([]);
    // a nisba may be a noun in construct
    expect(named(run('بالتنسيق مع وزارة داخلية الإقليم.'), 'ORG')).toContain('وزارة داخلية الإقليم');
    // a verbal noun in construct still opens one
    expect(named(run('وقالت هيئة مكافحة الفساد إن التحقيق مستمر.'), 'ORG')).toContain('هيئة مكافحة الفساد');
  });
  it('a bare لل + organisation head refers back: no organisation of its own', () => {
    const es = run('ونقلت الوكالة عن عضو المكتب السياسي للحركة سامي عبد الحميد قوله إن الهدنة صامدة.');
    expect(named(es, 'ORG')).toEqual([]);
    expect(named(es, 'PER')).toContain('سامي عبد الحميد');
  });
  it('a title takes an organisation of an indefinite construct chain, then the name («رئيس اتحاد مزارعي …»)', () => {
    const es = run('ودعا رئيس اتحاد مزارعي وادي الأردن رضوان خليل الحمايدة، الحكومة إلى التدخل.');
    expect(named(es, 'PER')).toContain('رضوان خليل الحمايدة');
    expect(named(es, 'ORG')).toContain('اتحاد مزارعي وادي الأردن');
  });
  it('a title takes a ل-complement after its organisation and keeps the name', () => {
    const es = run('وحضر المدير العام للمكتب الوطني لمراقبة الصيد سيدي محمد ولد أحمد، الجلسة.');
    expect(named(es, 'ORG')).toContain('المكتب الوطني لمراقبة الصيد');
    expect(named(es, 'PER').some((x) => x.startsWith('سيدي محمد ولد'))).toBe(true);
  });
  it('a grammar organisation named by the first words of a lexicon one is that organisation', () => {
    const es = run('وباعت الحكومة الحصة عبر دائرة المالية، وقال المدير العام لدائرة المالية في حكومة دبي إن الطرح نجح.');
    const orgs = es.filter((e) => e.type === 'ORG' && e.name.startsWith('دائرة المالية'));
    expect(orgs).toHaveLength(1);
    expect(orgs[0].mentions.length).toBe(2);
    expect(orgs[0].evidence).toContain('rule:org-prefix-coref');
  });
  it('a district after في with a known place is no organisation («في لواء الأغوار الشمالية»)', () => {
    const es = run('ويعاني المزارعون في لواء الأغوار الشمالية من شح المياه.');
    expect(named(es, 'ORG')).toEqual([]);
    expect(es.some((e) => e.type === 'LOC')).toBe(true);
  });
});

describe('places and adjectives', () => {
  it('a feminine adjective agreeing with a feminine place head stays out of the name', () => {
    const es = run('وتقع المزارع على هضبة بوكان الخصبة، شمال المدينة.');
    expect(named(es, 'LOC')).toContain('هضبة بوكان');
  });
  it('a construct place name after a masculine head keeps its second word', () => {
    expect(named(run('وسقطت القذائف على مخيم عين السلطان، قرب المدينة.'), 'LOC').some((x) => x.includes('عين السلطان'))).toBe(true);
  });
  it('a country that is also an adjective after a quoted outlet is no place', () => {
    const es = run('وقال الوزير في مقابلة مع صحيفة "الشرق الأوسط" السعودية، إن الحوار مستمر.');
    expect(named(es, 'LOC')).toEqual([]);
  });
  it('the country itself stays a place', () => {
    expect(named(run('وقال الوزير إن السعودية ستشارك في القمة.'), 'LOC')).toContain('السعودية');
  });
  it('a nationality after a quoted outlet opens no name, nor does a verb in ف', () => {
    const es = run('أما صحيفة "نيويورك تايمز" الأمريكية فنقلت عن مسؤولين قولهم إن الاتفاق قريب.');
    expect(named(es, 'PER')).toEqual([]);
  });
  it('a plural place head takes a list of names joined by و or commas', () => {
    const es = run('وتواصل الفرق البحث في أحياء الكلاسة والميسر والشيخ مقصود، بحسب الدفاع المدني.');
    const locs = named(es, 'LOC');
    expect(locs).toContain('الكلاسة');
    expect(locs).toContain('الميسر');
    expect(es.find((e) => e.name === 'الميسر')!.evidence).toContain('rule:place-list');
  });
  it('a list after a plural head may hold a common word when a known place is in it («وحجة»)', () => {
    expect(named(run('وشنت الطائرات غارات على محافظات صنعاء وحجة وصعدة، رداً على الهجمات.'), 'LOC')).toContain('حجة');
  });
  it('no list from one name, an object in ـاً or a noun with a pronoun', () => {
    expect(named(run('وستبدأ العيادات العمل في أحياء الأطراف مطلع الأسبوع.'), 'LOC')).toEqual([]);
    const es = run('وشمل القرار مدن الغوطة الشرقية وبلداتها، رداً على المطالب.');
    expect(named(es, 'LOC').some((x) => x.includes('بلدات') || x.includes('رد'))).toBe(false);
  });
  it('a road named after a known place is a place; «عن طريق» is a preposition, a road between two places no name', () => {
    expect(named(run('وتكدست السيارات على طريق الوكرة صباح أمس.'), 'LOC')).toContain('طريق الوكرة');
    expect(named(run('ووصلت المساعدات عن طريق قطر.'), 'LOC')).toEqual(['قطر']);
    const locs = named(run('واندلعت اشتباكات على طريق دمشق–السويداء، ما أدى إلى إغلاقه.'), 'LOC');
    expect(locs).toContain('دمشق');
    expect(locs.some((x) => x.startsWith('طريق'))).toBe(false);
  });
});

describe('more names and bodies', () => {
  it('an honorific before a word that is no given name and a ولد chain opens a Mauritanian name', () => {
    const es = run('وقال محامي الدفاع الأستاذ الشيخ التاه ولد أعمر إن موكله بريء.');
    expect(named(es, 'PER')).toContain('الشيخ التاه ولد أعمر');
    // before a given name the honorific stays a title
    expect(named(run('وقال الأستاذ الشيخ محمد ولد أحمد إن الملف سياسي.'), 'PER')).toContain('محمد ولد أحمد');
  });
  it('an inner head before a known place stays inside the chain («قيادة شرطة نينوى»)', () => {
    expect(named(run('وقالت قيادة شرطة نينوى إن التحقيق بدأ.'), 'ORG')).toContain('قيادة شرطة نينوى');
  });
  it('a name in brackets after an organisation is another name of it, here and wherever it recurs alone', () => {
    const es = run('وأعلنت الهيئة العامة للطيران المدني (جاكا) تعليق الرحلات. وقال متحدث في بيان على موقع "جاكا" إن القرار مؤقت.');
    const orgs = es.filter((e) => e.type === 'ORG');
    expect(orgs).toHaveLength(1);
    expect(orgs[0].mentions.map((m) => m.text)).toEqual(['الهيئة العامة للطيران المدني', 'جاكا', 'جاكا']);
    expect(orgs[0].evidence).toContain('rule:bracketed-alias');
  });
  it('a person or a number in brackets is no alias', () => {
    const es = run('وقال رئيس مجلس الإدارة (63 عاماً) إن الأرباح تراجعت.');
    expect(es.every((e) => !e.mentions.some((m) => m.text.includes('63')))).toBe(true);
  });
  it('«هيئة التحكيم» is a panel, no organisation', () => {
    expect(named(run('وأصدرت هيئة التحكيم قرارها النهائي أمس.'), 'ORG')).toEqual([]);
  });
  it('a لل-complement naming a state body of with_nat = only still completes a name («الاتحاد الدولي للشرطة»)', () => {
    expect(named(run('وقال نائب رئيس الاتحاد الدولي للشرطة إن التعاون مستمر.'), 'ORG')).toContain('الاتحاد الدولي للشرطة');
  });
  it('a person\'s name in brackets is no alias of the organisation before it', () => {
    const es = run('وقادت الحملة قيادة الجيش ( مراد البغدادي ) في الشمال.');
    expect(es.some((e) => e.type === 'ORG' && e.mentions.some((m) => m.text.includes('البغدادي')))).toBe(false);
  });
  it('a plural place head and common nouns: «مخيمات النازحين والمرافق الصحية» holds no place', () => {
    expect(named(run('وأدانوا الهجمات على مخيمات النازحين والمرافق الصحية في المنطقة.'), 'LOC')).toEqual([]);
  });
  it('a given name written with أل/إل has no article: the name goes on («كارلوس ألبرتو سانتوس»)', () => {
    const es = run('وقال رئيس البعثة، الجنرال كارلوس ألبرتو سانتوس، إن الانسحاب بدأ.');
    expect(named(es, 'PER')).toContain('كارلوس ألبرتو سانتوس');
  });
  it('a foreign name part in ـا without tanween before the last name word and punctuation («ماريا لويزا ريبيرو،»)', () => {
    const es = run('وقالت المنسقة الأممية، السفيرة ماريا لويزا ريبيرو، إن المساعدات وصلت.');
    expect(named(es, 'PER')).toContain('ماريا لويزا ريبيرو');
    // a participle in ـا is no name part
    expect(named(run('وقال الوزير خالد العمري مبتسما، إن الاتفاق قريب.'), 'PER').some((x) => x.includes('مبتسما'))).toBe(false);
  });
});

