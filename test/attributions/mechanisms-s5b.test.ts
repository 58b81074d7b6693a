// Attribution mechanisms added in the second round of session 5 (circles, bare titles that are also source heads,
// family names the entity layer left unlinked, "، إذ قال", partitive duals, trades in the dual, "غير أن X …، قال",
// glosses and appositions before إنّ, hyphenated names). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { runQueries } from './checked.ts';

const run = runQueries;

describe('circles (أوساط)', () => {
  it('circles with an adjective only are vague', () => {
    const r = run('وتقول أوساط حكومية إن التعديل الوزاري بات قريباً.');
    expect(r.kind('التعديل')).toBe('vague');
  });
  it('circles in construct with a body stay anonymous', () => {
    const r = run('وقالت أوساط رئاسة الحكومة إن التعديل الوزاري بات قريباً.');
    expect(r.kind('التعديل')).toBe('anonymous');
  });
});

describe('bare titles and family names', () => {
  it('a bare definite title that is also a source head refers to the person named with it', () => {
    const r = run('وانتقد النائب سليم خليل الرفاعي خطة الحكومة. واعتبر النائب أن الخطة "تحمّل الفقراء كلفة الأزمة".');
    expect(r.speaker('الخطة')).toContain('الرفاعي');
    expect(r.kind('الخطة')).toBe('named');
  });
  it('without a person named with that title the head stays an unnamed MP', () => {
    const r = run('واعتبر النائب أن الخطة "تحمّل الفقراء كلفة الأزمة".');
    expect(r.kind('الخطة')).toBe('anonymous');
  });
  it('a family name alone the entity layer left unlinked is the person last named with it', () => {
    const r = run('سجال بين الوزير والنائب كمال الزعبي حول الموازنة\nوقال النائب كمال سمير الزعبي إن الموازنة لن تمر. وسرعان ما ردّ الزعبي على الوزير، وكتب: «من يفرض الضرائب على الفقراء لا يحق له الحديث باسمهم».');
    const a = r.one('من يفرض');
    expect(r.src(a.source).kind).toBe('named');
    expect(r.speaker('من يفرض')).toContain('سمير');
    expect(r.one('الموازنة').source).toBe(a.source);
  });
});

describe('"، إذ قال" after a clause naming the speaker', () => {
  it('the title named in the clause before is the subject', () => {
    const r = run('وقال وزير الزراعة رامي فؤاد الحسن إن المحصول جيد. وقالت النائبة هدى مروان إن المحصول سيئ. ولم يتأخر ردّ الوزير، إذ قال إن الأرقام "موثقة بالكامل".');
    expect(r.speaker('الأرقام')).toContain('الحسن');
  });
});

describe('partitives and trades in the dual', () => {
  it('two unnamed engineers are anonymous and "one of them" is the same source', () => {
    const r = run('وقال مهندسان يعملان في مصفاة الدورة لـ"المسلة" إن الوحدة الثالثة متوقفة منذ شهر. وأوضح أحدهما أن قطع الغيار لم تصل بعد.');
    const a = r.one('الوحدة');
    const b = r.one('قطع');
    expect(r.src(a.source).kind).toBe('anonymous');
    expect(b.source).toBe(a.source);
    expect(r.src(b.source).label).toContain('مهندسان');
  });
});

describe('subjects and parentheticals between source and content', () => {
  it('"غير أن" + an unnamed official, a reason, then the verb', () => {
    const r = run('وقال وزير النقل إن الميناء آمن. غير أن موظفاً في هيئة الموانئ، طلب عدم ذكر اسمه لحساسية الملف، قال إن كاميرات المراقبة معطلة منذ أشهر.');
    const s = r.src(r.one('كاميرات').source);
    expect(s.kind).toBe('anonymous');
    expect(s.label).toContain('موظفاً');
    expect(s.anonymityReason?.text).toContain('طلب عدم ذكر اسمه');
  });
  it('a gloss with a reason inside it, between commas, before إن', () => {
    const r = run('وقال أحد تجار السوق، وهو صاحب محل أقمشة فضّل عدم ذكر اسمه خوفاً من الملاحقة، إن المبيعات تراجعت إلى النصف.');
    const s = r.src(r.one('المبيعات').source);
    expect(s.kind).toBe('anonymous');
    expect(s.anonymityReason?.text).toContain('فضّل عدم ذكر اسمه');
  });
  it('an apposition holding a quoted company name is not the quote said', () => {
    const r = run('وقال المدرب البلجيكي بيار-آلان دوبوا، ممثل نادي "رويال أنتويرب للدراجات" المشارك في السباق، إن المنافسة ستكون صعبة.');
    expect(r.find('رويال')).toBeUndefined();
    expect(r.speaker('المنافسة')).toContain('بيار');
  });
  it('a family name after a hyphenated given name is the same person', () => {
    const r = run('وقال المدير الفني الفرنسي جان-لوك بيرتران إن الفريق جاهز. وردّاً على سؤال، أجاب بيرتران بأن الإصابات "لن تؤثر" على التشكيلة.');
    expect(r.one('الإصابات').source).toBe(r.one('الفريق').source);
    expect(r.src(r.one('الفريق').source).mentions.some((m) => m.text.includes('بيرتران'))).toBe(true);
  });
});

describe('names the entity layer split or folded', () => {
  it('a representative with an honorific and a three-word foreign name, referred to later by the family name', () => {
    const r = run('وقال وزير الصحة إن الوضع مستقر. من جانبها، قالت ممثلة اليونيسف في اليمن الدكتورة أماندا وانجيكو كاريوكي، في تصريح لـ"المشهد"، إن المنظمة "تخشى موجة جديدة". وأضافت كاريوكي: «نحتاج إلى تمويل عاجل قبل موسم الأمطار».');
    const a = r.one('المنظمة');
    expect(r.src(a.source).kind).toBe('named');
    expect(r.one('نحتاج').source).toBe(a.source);
    expect(r.speaker('المنظمة')).not.toContain('وزير');
  });
  it('an unnamed representative is anonymous', () => {
    const r = run('وقال ممثل عن الشركة إن العمل سيستأنف الأسبوع المقبل.');
    expect(r.kind('العمل')).toBe('anonymous');
  });
  it('a given name that folds to a preposition (علي) still names the antecedent of الذي', () => {
    const r = run('وعقدت الوزارة مؤتمراً صحفياً بحضور مدير الإدارة سالم بن علي الهنائي، الذي قال إن الموسم "سيكون استثنائياً".');
    expect(r.speaker('الموسم')).toContain('الهنائي');
  });
  it('a two-word occupation, a conjoined title and a quoted company name before the person', () => {
    const r = run('نفى رجل الأعمال الأردني ورئيس مجلس إدارة شركة "النسر الذهبي للنقل" خالد يوسف المومني أن تكون شركته قد خالفت شروط العقد.');
    const a = r.one('تكون');
    expect(r.src(a.source).kind).toBe('named');
    expect(r.speaker('تكون')).toContain('المومني');
  });
  it('a technical booklet is a document', () => {
    const r = run('وبحسب الكتيّب الفني للبطولة، تضم المنافسات ست جولات في ثلاث مدن.');
    expect(r.kind('تضم')).toBe('document');
  });
  it('a role phrase headed by ممثل still refers to the person last named in that role', () => {
    const r = run('وطالب وكيل الجمهورية سيدي محمد ولد أحمد بسجن المتهمين. وقال ممثل النيابة إن الأدلة "دامغة".');
    expect(r.speaker('الأدلة')).toContain('ولد أحمد');
  });
});

describe('links, recipients and adverbial ما', () => {
  it('a statement relayed by an outlet named in an adjectival clause makes the outlet the link', () => {
    const r = run('وقال وزير الطاقة نبيل سمعان الراعي، في تصريح نقلته الوكالة الوطنية للإعلام، إن التقنين "سينتهي قريباً".');
    const a = r.one('التقنين');
    expect((a.via ?? []).map((v) => r.src(v).label).join(' ')).toContain('الوكالة الوطنية');
    expect(r.src(a.source).label).toContain('الراعي');
    expect(a.recipient).toBeUndefined();
  });
  it('a study published in a journal is not relayed by the journal', () => {
    const r = run('وأظهرت دراسة نشرتها مجلة "نيتشر" العلمية أن الجفاف سيزداد في المنطقة.');
    expect(r.find('الجفاف')?.via).toBeUndefined();
  });
  it('"وأضاف X" in the next sentence keeps the outlet X spoke to', () => {
    const r = run('وقال مدير المستشفى سامي فؤاد العلي لـ"الغد" إن الأسرّة ممتلئة. وأضاف العلي أن الكوادر "منهكة تماماً".');
    expect(r.one('الأسرّة').recipient).toBeDefined();
    expect(r.one('الكوادر').recipient).toBe(r.one('الأسرّة').recipient);
  });
  it('a new verb that is not one of continuing does not inherit the outlet', () => {
    const r = run('وقال مدير المستشفى سامي فؤاد العلي لـ"الغد" إن الأسرّة ممتلئة. وأكد العلي في مؤتمر صحفي لاحق أن الكوادر "منهكة تماماً".');
    expect(r.one('الكوادر').recipient).toBeUndefined();
  });
  it('"وسرعان ما ردّ" is no negation', () => {
    const r = run('وسرعان ما ردّ النائب وليد كامل الخطيب بأن الحكومة "تتهرب من المحاسبة".');
    expect(r.speaker('الحكومة')).toContain('الخطيب');
  });
});

describe('persons, offices and organisations in one description', () => {
  it('a nationality adjective before the name: the person, not the club of the role after it', () => {
    const r = run('وقال الألماني توماس فيبر، المدرب الجديد للوداد، في المؤتمر الصحفي: "نريد اللقب هذا الموسم بأي ثمن". وأضاف فيبر أن الفريق "جاهز بدنياً".');
    expect(r.speaker('نريد')).toContain('فيبر');
    expect(r.one('الفريق').source).toBe(r.one('نريد').source);
  });
  it('the office of a named person is not the person', () => {
    const r = run('وأعلن مكتب رئيس الحكومة الأردنية جعفر حسان أن الزيارة ستتم الأسبوع المقبل. وقال حسان في وقت لاحق إن المحادثات "ستكون صريحة".');
    const office = r.src(r.one('الزيارة').source);
    const person = r.src(r.one('المحادثات').source);
    expect(office.id).not.toBe(person.id);
    expect(office.label).toContain('مكتب');
  });
});

describe('unnamed groups and bodies', () => {
  it('players of a sector are vague', () => {
    const r = run('ويرى فاعلون في القطاع أن الإجراءات الإدارية ما تزال معقدة.');
    expect(r.kind('الإجراءات')).toBe('vague');
  });
  it('a body named with لـ + a common noun before the governed عن keeps its whole name', () => {
    const r = run('وأعرب الاتحاد العام لنقابات العمال عن رفضه لأي زيادة في الضرائب.');
    const a = r.one('رفضه');
    expect(r.src(a.source).label).toContain('لنقابات العمال');
  });
  it('a network of doctors is a body, not an outlet', () => {
    const r = run('وذكرت شبكة أطباء السودان أن ثلاثة من كوادرها قتلوا خلال الأسبوع الماضي.');
    expect(r.kind('ثلاثة')).toBe('named');
  });
  it('a TV network with a quoted name is still an outlet', () => {
    const r = run('وذكرت شبكة "سي إن إن" الأمريكية أن المفاوضات توقفت.');
    expect(r.kind('المفاوضات')).toBe('media');
  });
});

describe('statement nouns spelled like participles', () => {
  it('"في مذكرة لعملائها" is a statement phrase, not the participle مذكّرة', () => {
    const r = run('وتوقعت مؤسسة "غولدمان ساكس" في مذكرة لعملائها أن يرتفع سعر خام برنت إلى 90 دولاراً.');
    const a = r.one('يرتفع');
    expect(a.cue.text).toBe('توقعت');
    expect(r.src(a.source).label).toContain('غولدمان');
  });
  it('the participle after a comma is still a cue', () => {
    const r = run('وقال الوزير إن الخطة جاهزة، مذكّراً بأن الحكومة وعدت بها منذ عامين.');
    expect(r.one('الحكومة').cue.text).toBe('مذكّراً');
  });
});

describe('according-to phrases naming the source', () => {
  it('"على حد تعبير X، فإن …"', () => {
    const r = run('وعلى حد تعبير النائب حسن فضل الله، فإن "الصبر له حدود".');
    expect(r.speaker('الصبر')).toContain('فضل الله');
  });
  it('"على حد تعبيره" still refers to the current speaker', () => {
    const r = run('وقال الوزير سامر يوسف الخطيب إن الوضع صعب. وأضاف أن الحكومة لن تستسلم، على حد تعبيره.');
    expect(r.attributions.every((a) => r.src(a.source).label.includes('الخطيب'))).toBe(true);
  });
});

describe('records and their issuers', () => {
  it('"تقرير لـX": the organisation after لـ issued the report and is no recipient', () => {
    const r = run('وذكر تقرير لوكالة الطاقة الدولية، صدر الأسبوع الماضي، أن الطلب على الكهرباء سيتضاعف بحلول 2040.');
    const a = r.one('الطلب');
    expect(r.src(a.source).kind).toBe('document');
    expect(r.src(a.source).label).toContain('لوكالة الطاقة');
    expect(a.recipient).toBeUndefined();
  });
  it('an unmarked adjectival clause between commas before أن', () => {
    const r = run('وكشف مصدر أمني، تحدث بعد انتهاء الاجتماع، أن الحدود ستغلق ليلاً.');
    expect(r.kind('الحدود')).toBe('anonymous');
  });
});

describe('titles around names', () => {
  it('a bare title refers to the person whose title came in an apposition after the name', () => {
    const r = run('صرّح المستشار محمود فوزي، وزير الشؤون النيابية، بأن المشروع سيحال إلى البرلمان. وأضاف الوزير أن القانون "يراعي مصالح الجميع".');
    expect(r.one('القانون').source).toBe(r.one('المشروع').source);
  });
  it('a title mention, an honorific and the same person\'s name before the governed preposition', () => {
    const r = run('وشدّدت رئيسة المجلس القومي للمرأة المستشارة أمل عمار على ضرورة حماية الأرامل.');
    const a = r.one('ضرورة');
    expect(a.content.text).not.toContain('عمار');
    expect(r.speaker('ضرورة')).toContain('عمار');
  });
});

describe('crews', () => {
  it('a ship captain without a name is anonymous, not the last speaker going on', () => {
    const r = run('وقال وزير الإعلام معمر الإرياني إن الهجوم خطير. وقال قبطان السفينة لشركة أمن بحري إن طاقمه بخير.');
    const a = r.one('طاقمه');
    expect(r.src(a.source).kind).toBe('anonymous');
    expect(a.source).not.toBe(r.one('الهجوم').source);
  });
});

describe('time prepositions end a description', () => {
  it('"عقب اللقاء" is not part of the source', () => {
    const r = run('وصرح الوزير الإيطالي عقب اللقاء بأن بلاده "شريك موثوق للجزائر".');
    expect(r.src(r.one('بلاده').source).label).not.toContain('عقب');
  });
});
