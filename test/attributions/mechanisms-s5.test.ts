// Attribution mechanisms added in session 5 (press conferences, court reporting, leaked records, residents on social
// media, long title chains). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { runQueries } from './checked.ts';

const run = runQueries;

describe('names after long title chains', () => {
  it('a role, a comma, a profession title and the name', () => {
    const r = run('من جهتها، قالت رئيسة النقابة الوطنية للصحفيين المستقلين، الصحفية ليلى بنت محمد الشابي، إن الوضع "مقلق للغاية".');
    expect(r.speaker('الوضع')).toContain('الشابي');
    expect(r.kind('الوضع')).toBe('named');
  });
  it('a title chain of a dozen words before an honorific and the name', () => {
    const r = run('وقالت المديرة التنفيذية لبرنامج الأغذية العالمي في المنطقة الإقليمية للشرق الأوسط وشمال أفريقيا السيدة كورين فلايشر إن الوضع "كارثي".');
    const s = r.src(r.one('الوضع').source);
    expect(s.kind).toBe('named');
    expect(s.label).toContain('كورين');
  });
  it('words of the name after an honorific that the entity mention left out', () => {
    const r = run('وقال مدير عام المؤسسة العامة للموانئ في ولاية البحر الأحمر المهندس عثمان طاهر الأمين إن الميناء سيعمل بكامل طاقته.');
    const a = r.one('الميناء');
    expect(r.src(a.source).kind).toBe('named');
    expect(r.src(a.source).label).toContain('عثمان');
    expect(a.evidence).toContain('rule:cue+complement');
  });
  it('a lawyer named after his profession and honorific titles, without a comma', () => {
    const r = run('وقال محامي المتهمين الأستاذ الشيخ المختار ولد امبيريك إن موكليه أبرياء.');
    expect(r.kind('موكليه')).toBe('named');
    expect(r.src(r.one('موكليه').source).evidence).toContain('rule:role+honorific+name');
  });
  it('a member of a body named after a prepositional phrase whose object is the body', () => {
    const r = run('وقال النائب في البرلمان الكويتي عبد الكريم الكندري إن الحكومة فشلت.');
    expect(r.kind('الحكومة فشلت')).toBe('named');
    expect(r.speaker('الحكومة فشلت')).toContain('الكندري');
  });
});

describe('speakers referred to by title, role or relative pronoun', () => {
  it('a bare definite title refers to the person named earlier with it', () => {
    const r = run('أعلن وزير الداخلية سامي فؤاد العتيبي خطة جديدة. وسأل صحفي عن موعد الانتخابات، فأجاب الوزير بأن الموعد "لم يحدد بعد"، مشيراً إلى أن اللجان تعمل.');
    expect(r.speaker('الموعد')).toContain('العتيبي');
    expect((r.one('الموعد').evidence ?? []).some((e) => e.startsWith('lexicon:data/attributions/cues.tsv'))).toBe(true);
    expect(r.speaker('اللجان تعمل')).toContain('العتيبي');
  });
  it('a title in construct with a definite noun refers to the person named with both words', () => {
    const r = run('وتحدث رئيس بلدية صيدا حازم بديع للصحفيين. وقال رئيس البلدية إن النفايات ستزال خلال يومين.');
    expect(r.speaker('النفايات')).toContain('حازم');
  });
  it('a role phrase of the same office (roles.tsv) refers to the prosecutor named before', () => {
    const r = run('وطالب المدعي العام سعيد ولد أحمدو بسجن المتهم، مؤكداً أن الأدلة دامغة. وأضاف ممثل النيابة أن المتهم "استغل منصبه".');
    const a = r.one('الأدلة');
    const b = r.one('المتهم "استغل');
    expect(b.source).toBe(a.source);
    expect(r.src(b.source).evidence!.some((e) => e.includes('roles.tsv'))).toBe(true);
  });
  it('a role phrase with no one named in that role stays as written', () => {
    const r = run('وقال ممثل النيابة إن الأدلة دامغة.');
    expect(r.src(r.one('الأدلة').source).entity).toBeNull();
  });
  it('the antecedent of الذي after a comma is the speaker, not the last speaker', () => {
    const r = run('وقال الوزير أحمد علي السالم إن الخطة جاهزة. وحضر اللقاء مدير الهيئة عمر خالد البناء، الذي أكد أن التمويل متوفر.');
    expect(r.speaker('التمويل')).toContain('البناء');
    expect(r.one('التمويل').evidence).toContain('rule:relative-antecedent=name-before-comma');
  });
  it('a pronoun subject before a participle is the person named before it, not the outlet', () => {
    const r = run('واتصلت "الصباح" بمدير المستشفى الدكتور فؤاد سالم الحربي عبر الهاتف، غير أنه رفض التعليق، مكتفياً بالقول إن "التحقيق جار".');
    expect(r.speaker('التحقيق')).toContain('الحربي');
  });
  it('the topic of أما is what the pronoun after عن refers to', () => {
    const r = run('وقال المتهم الأول إن التهم ملفقة. أما المتهمة الثانية في القضية، الموظفة السابقة سعاد محمد الأمين، فقد نقل عنها محاميها قولها إنها "لم تكن تعلم شيئاً".');
    const a = r.one('لم تكن');
    expect(r.speaker('لم تكن')).toContain('سعاد');
    expect(a.source).not.toBe(r.one('التهم').source);
    expect(a.via?.length).toBe(1);
  });
  it('a definite role with no organisation joins the named spokesman of that role', () => {
    const r = run('وكان المتحدث باسم الجيش السوداني العميد نبيل عبد الله قد صرح بأن القوات استعادت المدينة. وأضاف المتحدث العسكري أن العمليات مستمرة.');
    expect(r.one('العمليات').source).toBe(r.one('القوات').source);
    expect(r.src(r.one('العمليات').source).label).toContain('نبيل');
  });
  it('two spokesmen of different bodies stay apart', () => {
    const r = run('وقال المتحدث باسم الجيش العميد نبيل عبد الله إن القوات تقدمت. وقال المتحدث باسم وزارة الخارجية إن الوزير سيسافر.');
    expect(r.one('الوزير سيسافر').source).not.toBe(r.one('القوات').source);
  });
});

describe('source kinds of unusual phrasings', () => {
  it('a person given a name by ويدعى is named; a bare kunya is not', () => {
    const r = run('وقال أحد العمال، ويدعى سمير قاسم، إن الأجور لم تصرف منذ شهرين.');
    expect(r.kind('الأجور')).toBe('named');
    const k = run('وقال أحد الباعة، ويدعى أبو خليل، إن الأسعار ارتفعت.');
    expect(k.kind('الأسعار')).toBe('anonymous');
  });
  it('a blogger with a quoted handle writing on a platform', () => {
    const r = run('وكتب مدون يُدعى "أبو فارس" على منصة "إكس" أن "الطريق مغلق منذ الصباح".');
    expect(r.attributions).toHaveLength(1);
    expect(r.kind('الطريق')).toBe('named');
    expect(r.one('الطريق').cue.text).toBe('كتب');
  });
  it('a guard who asked not to be named is anonymous, with the reason', () => {
    const r = run('وقال بواب في عمارة مجاورة، فضل عدم ذكر اسمه، إن الشرطة وصلت متأخرة.');
    const s = r.src(r.one('الشرطة').source);
    expect(s.kind).toBe('anonymous');
    expect(s.anonymityReason?.text).toBe('فضل عدم ذكر اسمه');
  });
  it('sources "at" a ministry with a fused preposition', () => {
    const r = run('في حين تؤكد مصادر بالوزارة أن القرار سيصدر قريباً.');
    expect(r.kind('القرار')).toBe('anonymous');
  });
  it('minutes are a record, and two sources are not vague', () => {
    const r = run('وبحسب محضر اجتماع لمجلس الإدارة اطلعت عليه الصحيفة، فإن ثلاثة أعضاء اعترضوا على القرار.');
    expect(r.kind('ثلاثة')).toBe('document');
    const d = run('وذكرت الوكالة نقلاً عن مصدرين في الحكومة أن الاجتماع تأجل.');
    expect(d.kind('الاجتماع')).toBe('anonymous');
  });
  it('a record in an adjectival clause: images that show, documents that reveal', () => {
    const r = run('وتداول ناشطون مقاطع فيديو تظهر عناصر الأمن يطلقون النار.');
    expect(r.kind('عناصر الأمن')).toBe('document');
    expect(r.src(r.one('عناصر الأمن').source).label).toBe('مقاطع فيديو');
    const d = run('ونشرت الصحيفة وثائق مسربة من الوزارة، تكشف أن العقود أبرمت دون مناقصة.');
    expect(d.kind('العقود')).toBe('document');
  });
  it('an adjectival clause of a non-record is still no attribution', () => {
    const r = run('وخرجت مظاهرات غاضبة تطالب برحيل الحكومة.');
    expect(r.attributions).toHaveLength(0);
  });
});

describe('contents, recipients and chains', () => {
  it('closing a speech "بالتأكيد على أن": the possessed object is not part of the subject', () => {
    const r = run('واختتم رئيس الهيئة كمال يوسف الراشد الجلسة بالتأكيد على أن الحكومة "ماضية في الإصلاح".');
    expect(r.speaker('الحكومة')).toContain('كمال');
    const t = run('واختتم الوزير كلمته بالتأكيد على أن الإصلاح مستمر.');
    expect(t.src(t.one('الإصلاح').source).label).toBe('الوزير');
    expect(run('واختتم الرئيس زيارته للبلاد أمس.').attributions).toHaveLength(0);
  });
  it('a written reply to an outlet\'s questions is read over and names the recipient', () => {
    const r = run('في المقابل، نفت شركة "النخيل للمقاولات" المالكة للمشروع، في رد مكتوب على أسئلة "الوطن"، أن تكون الأعمال متوقفة.');
    const a = r.one('تكون الأعمال');
    expect(a.content.text).toBe('تكون الأعمال متوقفة');
    expect(a.recipient).toBe('الوطن');
  });
  it('the outlet whose journalist asked is the recipient of the answer', () => {
    const r = run('وسأل مراسل قناة "العربية" عن الأسعار، فأجاب المدير خالد سعيد المري بأن الأسعار "لن ترتفع هذا العام".');
    expect(r.one('الأسعار').recipient).toBe('العربية');
    const q = run('وردّاً على سؤال لـ"الشرق" عن أسباب التأخير، قال الوزير سالم ناصر الكعبي: "لم يكن هناك أي تأخير يذكر في المشروع".');
    expect(q.one('لم يكن').recipient).toBe('الشرق');
  });
  it('a quoted outlet name before the cue is not taken as the quotation', () => {
    const r = run('وفي حديث لإذاعة "موزاييك إف إم"، قال الخبير في الشأن الليبي غازي معلى إن "الحل سياسي".');
    expect(r.attributions.map((a) => a.content.text)).toEqual(['الحل سياسي']);
  });
  it('a clause with a pronoun subject and an object-taking cue goes on with the reported clause', () => {
    const r = run('وأضاف المصدر أن الحكومة "وافقت على الخطة"، لكنها تشترط ضمانات مالية قبل التنفيذ.');
    expect(r.attributions).toHaveLength(1);
    expect(r.attributions[0].content.text).toContain('لكنها تشترط ضمانات مالية');
    const two = run('وقال الوزير إن الخطة جاهزة، لكنه أكد أن التمويل غير متوفر.');
    expect(two.attributions).toHaveLength(2);
    // a past verb after "لكنه" is the speaker's own new statement, even with an object
    const past = run('وقال الوزير إن الخطة جاهزة، لكنه أكد على ضرورة الحوار مع النقابات.');
    expect(past.attributions.map((a) => a.cue.text)).toEqual(['قال', 'أكد']);
  });
  it('a back-reference with وأضاف keeps the outlet the source was quoted through', () => {
    const r = run('ونقلت صحيفة "لوموند" الفرنسية عن دبلوماسي أوروبي قوله إن المفاوضات متعثرة. وأضاف الدبلوماسي أن باريس مستعدة للوساطة.');
    expect(r.via('باريس')).toEqual(r.via('المفاوضات'));
    expect(r.via('باريس')).toHaveLength(1);
  });
  it('an organisation head with لـ + an organisation is one source', () => {
    const r = run('أصيب خمسة أشخاص في حادث سير على الطريق السريع، وفق ما أعلنته القيادة العامة لشرطة الشارقة.');
    expect(r.attributions).toHaveLength(1);
    expect(r.kind('أصيب')).toBe('named');
  });
});

describe('relays through outlets and unnamed sources of an outlet', () => {
  it('an outlet that relays in a relative clause after بحسب: the source after عن, the outlet as via', () => {
    const r = run('وبحسب وكالة "بلومبرغ" التي نقلت عن أشخاص مطلعين على الملف، فإن الصفقة ستعلن الأسبوع المقبل.');
    expect(r.kind('الصفقة')).toBe('anonymous');
    expect(r.via('الصفقة')).toHaveLength(1);
    expect(r.src(r.one('الصفقة').via![0]).kind).toBe('media');
  });
  it('an outlet\'s own sources ("مصادرها") and a number of sources are anonymous', () => {
    const r = run('ونقلت قناة "العربية" عن مصادرها أن الاجتماع انتهى دون اتفاق.');
    expect(r.kind('الاجتماع')).toBe('anonymous');
    expect(r.via('الاجتماع')).toHaveLength(1);
    const n = run('ونقلت "رويترز" عن ثلاثة مصادر مطلعة، طلبت عدم نشر أسمائها لحساسية الموضوع، أن الشركة ستخفض الإنتاج.');
    expect(n.kind('الشركة')).toBe('anonymous');
    expect(n.src(n.one('الشركة').source).anonymityReason?.text).toContain('طلبت عدم نشر أسمائها');
  });
  it('a nationality after a quoted outlet belongs to the recipient, not to a source', () => {
    const r = run('وانتقد رئيس مجلس الأمة أحمد السعدون الحكومة بشدة. وقال في تصريحات أدلى بها لصحيفة "النهار" الكويتية إن المجلس سيجتمع الأحد.');
    const a = r.one('المجلس سيجتمع');
    expect(r.src(a.source).label).not.toBe('الكويتية');
    expect(a.recipient).toBe('النهار');
  });
});

describe('speakers in a later sentence', () => {
  it('a subject-less وقال after a sentence whose subject is a person, with no statement before', () => {
    const r = run('وانتقد رئيس مجلس الأمة أحمد السعدون الحكومة بشدة. وقال في تصريحات أدلى بها لصحيفة "النهار" الكويتية إن المجلس سيجتمع الأحد.');
    expect(r.speaker('المجلس سيجتمع')).toContain('السعدون');
  });
  it('the last speaker still wins when a statement came just before', () => {
    const r = run('وقال الوزير خالد يوسف العمر إن الخطة جاهزة. وزار الوفد المدينة. وأضاف أن التمويل متوفر.');
    expect(r.one('التمويل').source).toBe(r.one('الخطة').source);
  });
});

describe('records and titles with nationalities', () => {
  it('a title with a nationality refers to the person named with both; another nationality does not', () => {
    const r = run('التقى وزير الخارجية السعودي الأمير فيصل بن فرحان نظيره الإيراني في جدة. وأكد الوزير السعودي أن المملكة تدعم الحوار.');
    expect(r.speaker('المملكة')).toContain('فيصل');
    const o = run('التقى وزير الخارجية السعودي الأمير فيصل بن فرحان نظيره الإيراني في جدة. وأكد الوزير الإيراني أن طهران تدعم الحوار.');
    expect(o.src(o.one('طهران').source).entity).toBeNull();
  });
  it('bulletins, letters and dated correspondence are records', () => {
    expect(run('وأفادت نشرة صادرة عن مكتب تنسيق الشؤون الإنسانية بأن المياه ملوثة.').kind('المياه')).toBe('document');
    expect(run('وتؤكد رسالة موجهة إلى رئيس الحكومة أن الموظفين لم يتقاضوا رواتبهم.').kind('الموظفين')).toBe('document');
    expect(run('وتكشف مراسلة مؤرخة في 3 يناير 2024 أن الإدارة كانت على علم بالمشكلة.').kind('الإدارة')).toBe('document');
    // a correspondent of a channel is a person
    expect(run('وقالت مراسلة قناة "الحرة" إن القصف مستمر.').kind('القصف')).toBe('anonymous');
  });
});

describe('another source, quotes before هكذا, offices of a named body', () => {
  it('"مصدر آخر" is a new anonymous source, not the one quoted before', () => {
    const r = run('وقال مصدر أمني إن الهجوم وقع ليلاً. وأضاف المصدر ذاته أن المهاجمين فروا. وقال مصدر آخر إن عدد القتلى ارتفع.');
    expect(r.one('المهاجمين').source).toBe(r.one('الهجوم').source);
    expect(r.one('عدد القتلى').source).not.toBe(r.one('الهجوم').source);
    expect(r.kind('عدد القتلى')).toBe('anonymous');
  });
  it('a quotation, a comma and هكذا before the cue', () => {
    const r = run('«لن نقبل بأي تسوية»، هكذا قال زعيم المعارضة رياض سليم للصحفيين.');
    expect(r.attributions).toHaveLength(1);
    expect(r.one('لن نقبل').kind).toBe('direct');
    expect(r.speaker('لن نقبل')).toContain('رياض');
  });
  it('a title before لـ + an organisation, then a statement phrase', () => {
    const r = run('وأوضح الكاتب العام لوزارة الفلاحة، في تصريح لـ"الصباح نيوز"، أن المحصول سيكون وفيراً.');
    const a = r.one('المحصول');
    expect(a.recipient).toBe('الصباح نيوز');
    expect(r.src(a.source).kind).toBe('named');
  });
});

describe('unnamed role holders, appositions and adjectival clauses', () => {
  it('an indefinite title in construct with a common noun is an unnamed person, with the reason after it', () => {
    const r = run('وقالت مديرة مدرسة في المدينة، رفضت الكشف عن اسمها خوفاً من العقاب، إن الطلاب لم يعودوا.');
    const s = r.src(r.one('الطلاب').source);
    expect(s.kind).toBe('anonymous');
    expect(s.anonymityReason?.text).toContain('رفضت الكشف عن اسمها');
  });
  it('an apposition holding an age does not cut the source off its content', () => {
    const r = run('ويقول أحمد، وهو طالب جامعي يبلغ من العمر 22 عاماً، إنه فقد الأمل.');
    expect(r.attributions).toHaveLength(1);
    expect(r.speaker('فقد الأمل')).toBe('أحمد');
  });
  it('a verb of saying in an adjectival clause of a statement noun is no cue', () => {
    const r = run('وقال الوزير في رده على سؤال أجاب عنه مطولاً إن الحكومة ستدعم القطاع.');
    expect(r.attributions).toHaveLength(1);
    expect(r.one('الحكومة').cue.text).toBe('قال');
  });
  it('a participle with no statement before it continues the subject of the opening verb', () => {
    const r = run('وتعهد الرئيس الجديد بمكافحة الفساد، قائلاً إن "لا أحد فوق القانون".');
    expect(r.src(r.one('لا أحد').source).label).toBe('الرئيس الجديد');
  });
  it('a name after "مقرب من" an organisation is not the source', () => {
    const r = run('وقال مصدر مقرب من حركة حماس إسماعيل هنية إن الوفد وصل.');
    expect(r.kind('الوفد')).toBe('anonymous');
    expect(r.src(r.one('الوفد').source).entity).toBeNull();
  });
});

describe('described-as quotations, closing words, outlets after مع, the press', () => {
  it('"ما وصفته بـ"…"" gives the quoted words to the sentence subject', () => {
    const r = run('وفي المقابل رفضت وزارة الخارجية المغربية ما وصفته بـ"التدخل غير المقبول" في الشأن الداخلي.');
    const a = r.one('التدخل غير المقبول');
    expect(a.kind).toBe('direct');
    expect(a.cue.text).toBe('وصفته');
    expect(r.speaker('التدخل غير المقبول')).toContain('الخارجية');
  });
  it('closing an interview with a colon passage ("ويختم X حديثه بالإشارة إلى …: "…"")', () => {
    const r = run('وتحدث الشاعر سليم بركات عن ديوانه الجديد. ويختم بركات حديثه بالإشارة إلى مشروعه المقبل: "سأكتب عن البحر هذه المرة، فهو ما تبقى لي".');
    const a = r.one('سأكتب عن البحر');
    expect(a.kind).toBe('direct');
    expect(r.speaker('سأكتب')).toContain('بركات');
  });
  it('an outlet after مع in a statement phrase is the recipient', () => {
    const r = run('وفي مقابلة مع قناة "الحدث"، قال وزير المالية إن العجز سينخفض.');
    expect(r.one('العجز').recipient).toBe('الحدث');
  });
  it('the press as a whole is a media source', () => {
    expect(run('وذكر الإعلام العبري أن الجيش استدعى الاحتياط.').kind('الجيش')).toBe('media');
    expect(run('وأكدت الصحافة المحلية أن الأسعار ارتفعت.').kind('الأسعار')).toBe('media');
  });
  it('a plural speaking verb opens the anonymity reason', () => {
    const r = run('وأكد مسؤولون في الإدارة الأمريكية، تحدثوا شرط عدم الكشف عن هوياتهم، أن القرار اتخذ.');
    const a = r.one('القرار');
    expect(r.src(a.source).anonymityReason?.text).toBe('تحدثوا شرط عدم الكشف عن هوياتهم');
  });
});

describe('agencies that are not outlets', () => {
  it('an agency with a definite field noun is a body; a news agency stays media', () => {
    expect(run('وأكدت وكالة التصنيف "موديز" في تقرير حديث أن النظرة المستقبلية مستقرة.').kind('النظرة')).toBe('named');
    expect(run('وقالت وكالة الأنباء الرسمية إن الرئيس غادر.').kind('الرئيس')).toBe('media');
  });
});

describe('records with a resumptive clause, kunyas', () => {
  it('"وفق بيان تلقت X نسخة منه": the clause is part of the record, not a content of its own', () => {
    const r = run('اعتقلت الشرطة ثلاثة متهمين بتهريب النفط، وفق بيان تلقت "المدى" نسخة منه.');
    expect(r.attributions).toHaveLength(1);
    expect(r.kind('اعتقلت')).toBe('document');
    expect(r.src(r.one('اعتقلت').source).label).toContain('نسخة منه');
  });
  it('a bare kunya after ويدعى in a topic of أما stays anonymous; a kunya with a family name is a name', () => {
    const r = run('أما سائق أحد الصهاريج، ويدعى أبو حيدر، فقال إنه "لم يكن يعلم بمصدر النفط".');
    expect(r.kind('لم يكن')).toBe('anonymous');
    expect(r.src(r.one('لم يكن').source).label.startsWith('سائق')).toBe(true);
    const n = run('وقال المزارع أبو خالد الحوراني إن المحصول تضرر.');
    expect(n.kind('المحصول')).toBe('named');
  });
});

describe('appositions before statement phrases, relative times before governed prepositions', () => {
  it('a role, a comma-closed name with an honorific, then a statement phrase: the object after it is the content', () => {
    const r = run('في المقابل، نفى مستشار قائد القوات المشتركة، الباشا عمر طه، في تغريدة على منصة "إكس"، أي صلة لقواته بالهجوم.');
    const a = r.one('أي صلة');
    expect(a.content.text).toBe('أي صلة لقواته بالهجوم');
    expect(r.src(a.source).kind).toBe('named');
  });
  it('a relative time between the verb and its governed preposition is not content', () => {
    const r = run('وكانت لجنة الطاقة النيابية قد طالبت الشهر الماضي بفتح تحقيق في ملف التهريب.');
    expect(r.attributions.map((a) => a.content.text)).toEqual(['بفتح تحقيق في ملف التهريب']);
  });
});

describe('records of a named issuer, outlets after إلى', () => {
  it('a record in construct with an organisation is a document source, not the last speaker', () => {
    const r = run('وقال وزير الطاقة وليد فياض إن المخزون ينفد. وتشير أرقام مؤسسة كهرباء لبنان إلى أن ساعات التغذية تراجعت.');
    expect(r.kind('ساعات التغذية')).toBe('document');
    expect(r.one('ساعات التغذية').source).not.toBe(r.one('المخزون').source);
  });
  it('"في حديث إلى "X"" names the recipient', () => {
    const r = run('وقال الوزير وليد فياض في حديث إلى "النهار" إن المخزون ينفد.');
    expect(r.one('المخزون').recipient).toBe('النهار');
  });
});

describe('a cue inside the statement it is made in', () => {
  it('"أصدرت X بياناً أكدت فيه أن": the sentence subject speaks, not the pronoun', () => {
    const r = run('وأصدرت وزارة الخارجية بياناً أكدت فيه أن السفير استدعي.');
    expect(r.speaker('السفير')).toContain('الخارجية');
    const g = run('ونشر الجيش مقطعاً مصوراً قال فيه إن قواته تقدمت.');
    expect(g.src(g.one('قواته').source).label).toBe('الجيش');
  });
  it('a bare verb before بها/عنه is an adjectival clause, but فيه keeps the cue', () => {
    const r = run('وأصدر الحزب بياناً شدد فيه على أن الانتخابات ستجرى.');
    expect(r.attributions).toHaveLength(1);
    expect(r.one('الانتخابات').cue.text).toBe('شدد');
  });
});

describe('according to statements made by someone', () => {
  it('"بحسب تصريحات أدلى بها X لـ"Y"" and "بحسب تصريحات الوزير X"', () => {
    const r = run('وبحسب تصريحات أدلى بها المتحدث باسم الشرطة لـ"الجزيرة"، فإن المشتبه به اعتقل.');
    const a = r.one('المشتبه');
    expect(r.src(a.source).label).toContain('المتحدث باسم الشرطة');
    expect(a.recipient).toBe('الجزيرة');
    const t = run('وبحسب تصريحات الوزير خالد العمر، فإن الموازنة ستقر.');
    expect(t.speaker('الموازنة')).toContain('العمر');
  });
  it('a report of an organisation after بحسب stays the document', () => {
    const r = run('وبحسب تقرير لمنظمة الأمم المتحدة للطفولة صدر الشهر الماضي، فإن ملايين الأطفال بحاجة إلى مساعدة.');
    expect(r.kind('ملايين')).toBe('document');
  });
});

describe('a feminine organisation head after a masculine verb', () => {
  it('"وحذّر النقابة من …": the union is the object, the speaker is the sentence subject', () => {
    const r = run('في المقابل، رفض محافظ البنك المركزي سامر يوسف النجار تعديل سعر الصرف، وحذّر النقابة من "عواقب التصعيد".');
    const a = r.one('النقابة');
    expect(a.evidence).toContain('rule:object=feminine-org-after-masculine-verb');
    expect(r.src(a.source).label).not.toBe('النقابة');
  });
});

