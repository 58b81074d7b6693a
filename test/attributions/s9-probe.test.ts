// Attribution probes of session 9 (second round): sentences written for these tests in regional news styles, with varied
// cues, sources and documents. Each mechanism has a positive case and a negative control.
import { describe, expect, it } from 'vitest';
import { runQueries as run } from './checked.ts';

describe('«، على ما ذكرت X» as a trailing according-to phrase', () => {
  it('after a comma and before a verb of saying', () => {
    const r = run('وتراجع الدينار الليبي أمام الدولار، على ما ذكرت صحيفة «الوسط».');
    const a = r.one('تراجع الدينار');
    expect(a.cue.text).toBe('على ما ذكرت');
    expect(r.kind('تراجع الدينار')).toBe('media');
    const b = run('وأغلقت المدارس أبوابها، على ما أفاد سكان في المدينة.');
    expect(b.kind('أغلقت المدارس')).toBe('anonymous');
  });
  it('controls: «حصل على ما»، «ردّ على ما قاله»، «على ما يبدو» are none', () => {
    expect(run('وحصل المتظاهرون على ما أرادوا بعد أسابيع.').attributions).toHaveLength(0);
    expect(run('ورد الوزير على ما قاله النائب في الجلسة.').attributions).toHaveLength(0);
    expect(run('وارتفعت الأسعار، على ما يبدو، بسبب الجفاف.').attributions).toHaveLength(0);
  });
});

describe('a percent sign after its number belongs to the content', () => {
  it('at the end of a sentence', () => {
    const r = run('وأظهر تقرير صادر عن البنك الدولي أن الاقتصاد اليمني انكمش بنسبة 2%.');
    expect(r.one('الاقتصاد اليمني').content.text).toBe('الاقتصاد اليمني انكمش بنسبة 2%');
    expect(r.kind('الاقتصاد اليمني')).toBe('document');
  });
  it('before a trailing according-to phrase', () => {
    const r = run('وارتفع التضخم إلى 7%، بحسب البنك المركزي.');
    expect(r.one('ارتفع التضخم').content.text).toBe('ارتفع التضخم إلى 7%');
  });
  it('control: the full stop is still trimmed', () => {
    const r = run('وقال الوزير إن النمو بلغ ثلاثة بالمئة.');
    expect(r.one('النمو').content.text).toBe('النمو بلغ ثلاثة بالمئة');
  });
});

describe('a spokesman of a local body named with «في» + a place', () => {
  it('the name after «وزارة الصحة في غزة» is the source, and no side swallows it', () => {
    const r = run('وقال المتحدث باسم وزارة الصحة في غزة أشرف القدرة إن المستشفيات خرجت عن الخدمة.');
    expect(r.speaker('المستشفيات')).toBe('أشرف القدرة');
    expect(r.kind('المستشفيات')).toBe('named');
    expect(r.src(r.one('المستشفيات').source).side ?? '').not.toContain('القدرة');
  });
  it('a directorate localised by its governorate', () => {
    const r = run('وقال مدير مديرية الصحة في درعا محمد العلي إن المستشفيات خرجت عن الخدمة.');
    expect(r.speaker('المستشفيات')).toBe('محمد العلي');
    expect(r.src(r.one('المستشفيات').source).side ?? '').not.toContain('العلي');
  });
});

describe('letters as records', () => {
  it('«جاء في رسالة وجهها X إلى Y أن»', () => {
    const r = run('وجاء في رسالة وجهها رئيس الوزراء إلى البرلمان أن الحكومة ستقدم الموازنة قريباً.');
    expect(r.kind('الحكومة ستقدم')).toBe('document');
    expect(r.src(r.one('الحكومة ستقدم').source).label).toContain('رسالة');
  });
  it('a letter in construct with its author', () => {
    expect(run('وجاء في رسالة الوزير أن الحكومة ستقدم الموازنة قريباً.').kind('الحكومة ستقدم')).toBe('document');
    expect(run('وتقول رسالة الرئيس إن البلاد تمر بمرحلة صعبة.').kind('البلاد')).toBe('document');
  });
  it('control: a letter handed over says nothing', () => {
    expect(run('وسلم الوفد رسالة الرئيس إلى نظيره.').attributions).toHaveLength(0);
    expect(run('ووصلت رسالة عنوانها غامض إلى البريد.').attributions).toHaveLength(0);
  });
});

describe('unnamed groups', () => {
  it('«فيما قال المعارضون إنها …» is an anonymous group', () => {
    const r = run('وأكدت الوزيرة أن الخطة جاهزة، فيما قال المعارضون إنها غير واقعية.');
    expect(r.kind('غير واقعية')).toBe('anonymous');
    expect(r.kind('الخطة')).toBe('named');
  });
});

// A sample of the probe sentences: content start, cue, source kind (and the speaker's name where there is one).
const PROBES: [string, string, string, string, string?][] = [
  ['وكشف مصدر أمني عراقي، طلب عدم الكشف عن هويته، أن قوة خاصة اعتقلت ثلاثة مطلوبين في كركوك.', 'قوة خاصة', 'كشف', 'anonymous'],
  ['وأفاد شهود عيان بأن انفجاراً قوياً هز وسط المدينة.', 'انفجاراً', 'أفاد', 'anonymous'],
  ['وقال عضو المكتب السياسي لحركة حماس باسم نعيم في حديث لـ«العربي الجديد» إن المفاوضات متوقفة.', 'المفاوضات', 'قال', 'named', 'باسم نعيم'],
  ['وصرح مسؤول في وزارة النفط العراقية لـ«رويترز» بأن الصادرات ستزداد الشهر المقبل.', 'الصادرات', 'صرح', 'anonymous'],
  ['ووفقاً لبيان صادر عن الجيش السوداني، فإن القوات استعادت السيطرة على مدينة ود مدني.', 'القوات', 'وفقاً', 'document'],
  ['وارتفعت أسعار الخبز بنسبة 20 في المئة، حسبما أفادت وزارة التجارة.', 'ارتفعت', 'حسبما أفادت', 'named'],
  ['وتقول أوساط سياسية في بيروت إن تشكيل الحكومة بات قريباً.', 'تشكيل', 'تقول', 'vague'],
  ['وقال مسؤول حكومي رفض الكشف عن اسمه إن المفاوضات مع صندوق النقد الدولي وصلت إلى مراحل متقدمة.', 'المفاوضات', 'قال', 'anonymous'],
  ['وأوضح الخبير الاقتصادي المصري عبد النبي عبد المطلب، في تصريحات صحفية، أن التضخم سيتراجع.', 'التضخم', 'أوضح', 'named', 'عبد النبي عبد المطلب'],
  ['وقال الناطق باسم الحكومة الموريتانية الناني ولد اشروقه إن الحكومة ستواصل الحوار.', 'الحكومة ستواصل', 'قال', 'named', 'الناني ولد اشروقه'],
  ['وأشار بيان الخارجية القطرية إلى أن الدوحة تواصل جهود الوساطة.', 'الدوحة', 'أشار', 'document'],
  ['وتشير التقديرات إلى أن عدد النازحين تجاوز مليون شخص.', 'عدد النازحين', 'تشير', 'document'],
  ['ونوهت وزارة الخارجية الأردنية إلى أن السفارة تتابع أوضاع المواطنين.', 'السفارة', 'نوهت', 'named', 'وزارة الخارجية الأردنية'],
];

describe('probe sentences of the regional styles', () => {
  for (const [text, content, cue, kind, speaker] of PROBES) {
    it(`${cue} → ${kind}${speaker ? ' ' + speaker : ''}`, () => {
      const r = run(text);
      expect(r.one(content).cue.text).toBe(cue);
      expect(r.kind(content)).toBe(kind);
      if (speaker) expect(r.speaker(content)).toBe(speaker);
    });
  }
  it('a relay through an agency: the source is the relayed official, the agency is via', () => {
    const r = run('ونقلت وكالة فرانس برس عن مسؤول أمريكي قوله إن واشنطن ستفرض عقوبات جديدة.');
    expect(r.kind('واشنطن')).toBe('anonymous');
    expect(r.via('واشنطن')).toHaveLength(1);
  });
  it('direct quotes split across sentences keep the speaker', () => {
    const r = run('وقال الرئيس التونسي قيس سعيد: «لن نقبل بأي تدخل أجنبي في شؤوننا». وأضاف: «تونس دولة ذات سيادة».');
    expect(r.one('لن نقبل').kind).toBe('direct');
    expect(r.one('تونس دولة').source).toBe(r.one('لن نقبل').source);
  });
});

describe('a quantifier before a group (grammar.tsv quantifier)', () => {
  it('«عدد من الأهالي» is an unnamed group with its place', () => {
    const r = run('وقال عدد من الأهالي في قرية المغير إن المستوطنين أحرقوا أشجار الزيتون.');
    expect(r.kind('المستوطنين')).toBe('anonymous');
    expect(r.src(r.one('المستوطنين').source).label).toBe('عدد من الأهالي في قرية المغير');
    expect(run('وقال عدد من المحتجين إن مطالبهم لم تتحقق.').kind('مطالبهم')).toBe('anonymous');
  });
  it('control: a quantifier as the object of another verb says nothing', () => {
    expect(run('وأصيب عدد من المحتجين في المواجهات.').attributions).toHaveLength(0);
  });
});

describe('a role of no name that asked not to be named', () => {
  it('a relative clause with the reason after the role', () => {
    const r = run('وأوضحت المتحدثة باسم المفوضية، التي طلبت عدم ذكر اسمها، أن اللاجئين يعيشون ظروفاً صعبة.');
    expect(r.kind('اللاجئين')).toBe('anonymous');
    expect(r.src(r.one('اللاجئين').source).anonymityReason?.text).toBe('طلبت عدم ذكر اسمها');
  });
  it('a reason without a relative pronoun', () => {
    expect(run('وقال متحدث باسم المفوضية، طلب عدم ذكر اسمه، إن اللاجئين يعيشون ظروفاً صعبة.').kind('اللاجئين')).toBe('anonymous');
  });
  it('control: a named spokesman stays named', () => {
    const r = run('وقال المتحدث باسم المفوضية ماثيو سولتمارش إن اللاجئين يعيشون ظروفاً صعبة.');
    expect(r.kind('اللاجئين')).toBe('named');
  });
});
