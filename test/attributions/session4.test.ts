// Attribution mechanisms added in session 4 for unseen styles (Maghreb, Gulf, Sudan, Levant wire and press copy).
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { runAttributions as run } from './checked.ts';

/** The sentence gives one attribution, whose source is of this kind. */
function oneSourceOfKind(text: string, kind: string) {
  const r = run(text);
  expect(r.attributions).toHaveLength(1);
  expect(r.src(r.attributions[0].source).kind).toBe(kind);
}

describe('warnings: the governed object is a statement in two words', () => {
  it.each([
    ['وحذّر المتحدث باسم الجيش من عواقب التصعيد.', 'عواقب التصعيد'],
    ['وحذرت نقابة الأطباء من انهيار المنظومة.', 'انهيار المنظومة'],
    ['وحذر الاتحاد الأوروبي أمس من عواقب التصعيد العسكري في المنطقة.', 'عواقب التصعيد العسكري في المنطقة'],
    ['وحذر رئيس الوزراء السوداني كامل إدريس، في كلمة متلفزة، من مخاطر الانقسام.', 'مخاطر الانقسام'],
    ['ونبهت الأرصاد الجوية العمانية من تقلبات الطقس.', 'تقلبات الطقس'],
    ['وحذر محللون من تبعات القرار.', 'تبعات القرار'],
  ])('%s', (text, content) => {
    const r = run(text);
    expect(r.attributions.map((a) => a.content.text)).toEqual([content]);
  });

  it('the rule is cited as evidence, and other verbs still need three words', () => {
    const r = run('وحذّر المتحدث باسم الجيش من عواقب التصعيد.');
    expect(r.attributions[0].evidence).toContain('rule:cue+warning-object');
    expect(r.attributions[0].evidence!.some((x) => x.includes('wordsets.tsv'))).toBe(true);
    expect(run('وكشفت الوزارة عن خطتها الجديدة.').attributions).toEqual([]);
    expect(run('وأعلنت الشركة عن نتائجها.').attributions).toEqual([]);
  });
});

describe('source kinds of unnamed people and groups', () => {
  it.each([
    ['ويتوقع اقتصاديون أن يتباطأ النمو في الربع المقبل.', 'vague'],
    ['وقال متعاملون إن السيولة تراجعت في البورصة.', 'vague'],
    ['ويرى مستثمرون أجانب أن السوق السعودية جذابة.', 'vague'],
    ['وقال مصرفيون إن الطلب على القروض ارتفع.', 'vague'],
    ['وقال محامي المتهمين الثلاثة إن موكليه سيطعنون في الحكم.', 'anonymous'],
    ['وقال طبيب في مستشفى الفاشر إن الإمدادات نفدت.', 'anonymous'],
    ['وأكد متطوعون في الهلال الأحمر أن المساعدات لم تصل.', 'anonymous'],
    ['وقالت لجان مقاومة محلية ومصادر طبية إن القصف طال السوق.', 'anonymous'],
    ['وذكرت وسائل إعلام محلية أن الحريق اندلع في مستودع للوقود.', 'media'],
  ])('%s', oneSourceOfKind);

  it('a trade noun followed by a name is that named person', () => {
    const r = run('وقال المحامي خالد الشريف إن موكله بريء.');
    const s = r.src(r.attributions[0].source);
    expect(s.kind).toBe('named');
    expect(r.entName(s.entity)).toBe('خالد الشريف');
  });

  it('an unknown name of one word is still a named source', () => {
    const r = run('وقال بوعزيزي إن المشروع سيتأخر.');
    expect(r.src(r.attributions[0].source).kind).toBe('named');
  });
});

describe('a role with a quoted organisation and a name', () => {
  it.each([
    ['وقال المحلل في شركة "كامكو إنفست" رائد دياب إن الطلب على الأسهم كان قويا.', 'رائد دياب', 'كامكو إنفست'],
    ['وقالت الباحثة في مركز "كارنيغي" سارة فوير إن الأزمة ستطول.', 'سارة فوير', 'كارنيغي'],
  ])('%s', (text, person, org) => {
    const r = run(text);
    const s = r.src(r.attributions[0].source);
    expect(s.kind).toBe('named');
    expect(r.entName(s.entity)).toBe(person);
    expect(r.entName(s.affiliation)).toContain(org);
  });
});

describe('outlets and chains', () => {
  it('a media head with the outlet named after it links the outlet entity', () => {
    const r = run('ونقل موقع هسبريس عن مصدر مطلع قوله إن الحكومة ستعلن تعديلا وزاريا قريبا.');
    const a = r.attributions[0];
    expect(r.src(a.source).kind).toBe('anonymous');
    expect(a.via).toHaveLength(1);
    const outlet = r.src(a.via![0]);
    expect(outlet.kind).toBe('media');
    expect(r.entName(outlet.entity)).toBe('هسبريس');
  });

  it.each([
    ['وبحسب ما أوردته صحيفة الشروق نقلا عن مصادر قضائية، فإن المتهمين سيمثلون أمام المحكمة الأسبوع المقبل.', 'مصادر قضائية', 'صحيفة الشروق'],
    ['ووفقا لما نشرته وكالة الأناضول نقلا عن مصدر أمني، فإن الهجوم استهدف نقطة تفتيش.', 'مصدر أمني', 'وكالة الأناضول'],
    ['وحسب ما ذكرته قناة العربية نقلا عن شهود عيان، فإن الاشتباكات تجددت في الخرطوم بحري.', 'شهود عيان', 'العربية'],
  ])('%s', (text, source, outlet) => {
    const r = run(text);
    const a = r.attributions[0];
    expect(r.src(a.source).label).toBe(source);
    expect(a.via?.map((v) => r.src(v).label)).toEqual([expect.stringContaining(outlet)]);
    expect(a.evidence).toContain('rule:chain=naqlan-an');
  });
});

describe('chains and appositions in wire copy', () => {
  it.each([
    ['وأفادت صحيفة الصباح، نقلا عن مصدر في وزارة النفط، بأن الصادرات ارتفعت.', 'مصدر في وزارة النفط', 'الصباح'],
    ['وذكرت قناة الجزيرة، نقلا عن شهود، أن الاشتباكات تجددت في الفاشر.', 'شهود', 'الجزيرة'],
    ['ونقلت "وول ستريت جورنال" الأمريكية عن مسؤولين أن الصفقة تأجلت.', 'مسؤولين', 'وول ستريت جورنال'],
  ])('%s', (text, source, outlet) => {
    const r = run(text);
    expect(r.attributions).toHaveLength(1);
    const a = r.attributions[0];
    expect(r.src(a.source).label).toBe(source);
    expect(a.via).toHaveLength(1);
    expect(r.src(a.via![0]).kind).toBe('media');
    expect(r.src(a.via![0]).label).toContain(outlet);
  });

  it('a role apposition before the chain\'s قوله', () => {
    const r = run('ونقلت وكالة الأنباء العمانية عن الدكتور ماجد بن سالم الكندي، مدير عام الخدمات الصحية بمحافظة شمال الباطنة، قوله إن المستشفى رفع درجة الاستعداد.');
    expect(r.attributions).toHaveLength(1);
    const s = r.src(r.attributions[0].source);
    expect(r.entName(s.entity)).toBe('ماجد بن سالم الكندي');
    expect(r.attributions[0].content.text).toBe('المستشفى رفع درجة الاستعداد');
  });

  it('an anonymity reason opened by a verb of speaking, inside a chain', () => {
    const r = run('ونقلت وكالة أسوشيتد برس عن عامل إغاثة في الفاشر، تحدث شريطة عدم الكشف عن هويته خوفاً على سلامته، أن الأدوية الأساسية نفدت منذ أسبوعين.');
    expect(r.attributions).toHaveLength(1);
    const s = r.src(r.attributions[0].source);
    expect(s.kind).toBe('anonymous');
    expect(s.anonymityReason?.text).toBe('تحدث شريطة عدم الكشف عن هويته خوفاً على سلامته');
  });

  it('a role, then the name between commas, then the verb (after غير أن)', () => {
    const r = run('ولم يصدر تعليق من الحركة، غير أن مستشار قائدها، الباشا طبيق، نفى في تغريدة على منصة "إكس" استهداف المدنيين.');
    expect(r.attributions).toHaveLength(1);
    const s = r.src(r.attributions[0].source);
    expect(s.kind).toBe('named');
    expect(s.label).toContain('الباشا طبيق');
    expect(r.attributions[0].content.text).toBe('استهداف المدنيين');
  });

  it('a naming apposition ("، ويُدعى …،") stays in the source', () => {
    const r = run('وقال أحد السكان، ويدعى أبو أحمد، إن المياه مقطوعة منذ أسبوع.');
    expect(r.attributions.map((a) => a.cue.text)).toEqual(['قال']);
    expect(r.src(r.attributions[0].source).kind).toBe('anonymous');
  });
});

describe('content edges', () => {
  it('a contrast clause without a person or a later cue stays in the statement', () => {
    const r = run('ويرى متابعون أن الفريق بات المرشح الأبرز لحصد اللقب، بينما يحتاج النادي الأهلي إلى الفوز في مبارياته كلها.');
    expect(r.attributions[0].content.text).toContain('بينما يحتاج');
  });

  it('a contrast clause with a person as subject ends the statement', () => {
    const r = run('وأفادت تقارير صحفية بأن الإدارة تدرس إقالة المدرب، فيما رفض رئيس النادي سعيد الناصيري التعليق.');
    expect(r.attributions[0].content.text).toBe('الإدارة تدرس إقالة المدرب');
  });

  it("a consequence gloss («، ما يرفع …») is the writer's", () => {
    const r = run('وأعلنت الشركة، اليوم الخميس، تسعير طرحها العام الأولي عند درهمين للسهم، ما يرفع قيمة الاكتتاب إلى ثلاثة مليارات.');
    expect(r.attributions[0].content.text).toBe('تسعير طرحها العام الأولي عند درهمين للسهم');
  });

  it('unnamed news and reports: vague, with غير + adjective read into the description', () => {
    const r = run('وأفادت أنباء غير مؤكدة بأن الرئيس غادر البلاد. وقال مصدر غير مخول بالتصريح إن الاجتماع تأجل.');
    expect(r.attributions.map((a) => r.src(a.source).kind)).toEqual(['vague', 'anonymous']);
    expect(r.attributions.map((a) => r.src(a.source).label)).toEqual(['أنباء غير مؤكدة', 'مصدر غير مخول']);
  });
});

describe('relays and addressees', () => {
  it('"نقلت عنه X قوله": the pronoun is the current speaker, X relays', () => {
    const r = run('وقال قائد الشرطة إن الوضع هادئ. ونقلت عنه وكالة الأنباء الرسمية قوله إن الدوريات مستمرة.');
    expect(r.attributions).toHaveLength(2);
    const [a, b] = r.attributions;
    expect(b.source).toBe(a.source);
    expect(b.via?.map((v) => r.src(v).kind)).toEqual(['media']);
    expect(b.evidence).toContain('rule:chain=pronoun-an');
  });

  it.each([
    ['وأبلغ دبلوماسي غربي وكالة فرانس برس أن المحادثات متعثرة.', 'دبلوماسي غربي'],
    ['وأبلغ مسؤول في وزارة الخارجية وكالة رويترز أن الاجتماع تأجل.', 'مسؤول في وزارة الخارجية'],
    ['وأخبر مصدر عسكري قناة الجزيرة أن القوات انسحبت.', 'مصدر عسكري'],
  ])('the organisation told is the recipient: %s', (text, label) => {
    const r = run(text);
    expect(r.attributions).toHaveLength(1);
    expect(r.src(r.attributions[0].source).label).toBe(label);
    expect(r.attributions[0].recipient).toBeTruthy();
  });
});

describe('Maghrebi communiqués and public agencies', () => {
  it.each([
    ['وأفاد بلاغ لوزارة الداخلية بأن السلطات فتحت تحقيقا.', 'document'],
    ['وحسب بلاغ صادر عن المديرية العامة للأمن الوطني، فإن المشتبه فيه أوقف بالدار البيضاء.', 'document'],
    ['وأكدت نشرية خاصة للأرصاد الجوية أن الأمطار ستتواصل.', 'document'],
    ['وأكدت الوكالة الوطنية للأرصاد الجوية أن الأمطار ستتواصل.', 'named'],
    ['وقالت وكالة الطاقة الدولية إن الطلب على النفط تراجع.', 'named'],
    ['وذكرت وكالة الأنباء الرسمية أن الرئيس سافر إلى الجزائر.', 'media'],
    ['وذكرت وكالة الأناضول أن القصف توقف في المدينة.', 'media'],
  ])('%s', oneSourceOfKind);

  it('"في بلاغ لها" is a statement phrase between the speaker and the content', () => {
    const r = run('وأوضحت وزارة التربية الوطنية في بلاغ لها أن الامتحانات ستجرى في موعدها.');
    expect(r.attributions[0].content.text).toBe('الامتحانات ستجرى في موعدها');
    expect(r.src(r.attributions[0].source).kind).toBe('named');
  });
});

describe('a title the entity layer gave to the person', () => {
  it('"عضو الهيئة المحامي X": the profession is the speaker\'s own, the source is named', () => {
    const r = run('وقال عضو الهيئة المحامي سمير ديلو في تصريح لإذاعة "موزاييك إف إم" إن المحاكمة تفتقر إلى شروط العدالة.');
    const s = r.src(r.attributions[0].source);
    expect(s.kind).toBe('named');
    expect(r.entName(s.entity)).toBe('سمير ديلو');
    expect(r.attributions[0].recipient).toBe('موزاييك إف إم');
  });

  it('"مستشار رئيس الوزراء X": the name belongs to the title inside the description', () => {
    const r = run('وقال مستشار رئيس الوزراء محمد شياع السوداني إن الاتفاق قريب.');
    expect(r.src(r.attributions[0].source).kind).toBe('anonymous');
  });
});

describe('تحدث with its subject before عن', () => {
  it('"يتحدث ناشطون … عن X" reports X; تحدث without عن reports nothing', () => {
    const r = run('ويتحدث ناشطون على مواقع التواصل عن عمليات نهب طالت محال تجارية في منطقة الفرناج.');
    expect(r.attributions.map((a) => a.content.text)).toEqual(['عمليات نهب طالت محال تجارية في منطقة الفرناج']);
    expect(r.src(r.attributions[0].source).kind).toBe('anonymous');
    expect(run('وتحدث الوزير خلال اللقاء مع نظيره الفرنسي في باريس.').attributions).toEqual([]);
    expect(run('وتحدث الوزير إلى الصحفيين بعد الاجتماع المطول.').attributions).toEqual([]);
  });

  it('a reason opened by تحدث stays a reason', () => {
    const r = run('وقال مسؤول في الوزارة، تحدث شريطة عدم الكشف عن هويته، إن الاجتماع تأجل.');
    expect(r.attributions).toHaveLength(1);
    expect(r.src(r.attributions[0].source).anonymityReason?.text).toBe('تحدث شريطة عدم الكشف عن هويته');
  });
});
