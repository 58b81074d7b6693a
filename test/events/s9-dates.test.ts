// Session 9: which date an event takes (src/events/dates.ts, docs/gold-format.md) — a date stated after a trigger is not
// shared with it, a reaction told after «فيما» is no act of the earlier clause's day, the act a motive phrase names
// («رداً على هجمات») has no date, a date before a relative clause does not date the clause's trigger, a meeting's
// relative clause dates the event held in it, and a meeting's closing statement speaks on the meeting's day.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.ts';
import { timeFrameWords } from '../../src/events/dates.ts';
import { validateAnalysis } from '../../src/validate.ts';

const PUB = '2024-03-05'; // a Tuesday: «يوم الأحد» = 2024-03-03, «أمس الاثنين» = 2024-03-04
const run = (text: string) => analyze({ text, meta: { id: 't', language: 'ar', published: PUB } });
const ev = (a: ReturnType<typeof run>, trigger: string) => {
  const e = a.events.find((x) => x.trigger.text === trigger);
  expect(e, `no event «${trigger}»`).toBeDefined();
  return e!;
};

describe('session 9 time-frame data', () => {
  it('loads the new sets, normalised', () => {
    expect(timeFrameWords('contrast-clause')).toContainEqual(['في', 'حين']);
    expect(timeFrameWords('motive-prep')).toContainEqual(['ردا', 'علي']);
    expect(timeFrameWords('closing-statement')).toContainEqual(['البيان', 'الختامي']);
    expect(timeFrameWords('witness')).toContainEqual(['شهود', 'عيان']);
  });
});

describe('a date of the sentence is shared only backwards', () => {
  it('a statement before the clause that states the date is not dated by it', () => {
    const a = run('طالب الاتحاد العام التونسي للشغل الحكومة بالتراجع عن قرار رفع الأسعار، بعد أن تظاهر آلاف العمال في صفاقس يوم الأحد.');
    expect(ev(a, 'تظاهر').date).toMatchObject({ value: '2024-03-03', basis: 'text' });
    expect(ev(a, 'طالب').date).toEqual({ value: PUB, basis: 'published' });
  });
  it('a later event of the clause still shares the date before it', () => {
    const a = run('تظاهر مئات الطلاب أمام مقر الحكومة في الرباط يوم الأحد، وطالبوا بالإفراج عن زملائهم بعد اعتقال عشرة منهم.');
    expect(ev(a, 'طالبوا').date).toMatchObject({ value: '2024-03-03', text: 'يوم الأحد' });
    expect(ev(a, 'طالبوا').evidence).toContain('rule:date-of-sentence');
  });
});

describe('a reaction after «فيما» is of the news cycle', () => {
  const DECREE = 'أصدر الرئيس التونسي قيس سعيد، أمس الاثنين، مرسوماً يحدد موعد الانتخابات،';
  it('«فيما رفضت …» takes no date stated before «فيما»', () => {
    const a = run(`${DECREE} فيما رفضت جبهة الخلاص الوطني المرسوم.`);
    expect(ev(a, 'رفضت').date).toEqual({ value: PUB, basis: 'published' });
  });
  it('a plain «و» keeps the clause together: the date is taken', () => {
    const a = run(`${DECREE} ورفضت جبهة الخلاص الوطني المرسوم.`);
    expect(ev(a, 'رفضت').date).toMatchObject({ value: '2024-03-04', basis: 'text' });
  });
  it('an act (not a statement) after «فيما» still shares the day', () => {
    const a = run('اقتحم مستوطنون قرية بورين جنوب نابلس، أمس الاثنين، فيما اعتقلت قوات الاحتلال ثلاثة شبان من القرية.');
    expect(ev(a, 'اعتقلت').date).toMatchObject({ value: '2024-03-04', basis: 'text' });
  });
});

describe('the act a motive phrase names has no date', () => {
  it('«رداً على هجمات …»: the raids are dated, the attacks they answer are not', () => {
    const a = run('شنت طائرات حربية غارات على مواقع المسلحين في ريف إدلب يوم الأحد، رداً على هجمات الفصائل على مواقع الجيش.');
    expect(ev(a, 'شنت').date).toMatchObject({ value: '2024-03-03' });
    const e = ev(a, 'هجمات');
    expect(e.date).toBeUndefined();
    expect(e.evidence).toContain('rule:date-null-motive');
  });
  it('«احتجاجاً على اعتقال …»', () => {
    const a = run('تظاهر مئات الطلاب أمام مقر الحكومة في الرباط يوم الأحد، احتجاجاً على اعتقال زملائهم.');
    expect(ev(a, 'تظاهر').date).toMatchObject({ value: '2024-03-03' });
    expect(ev(a, 'اعتقال').date).toBeUndefined();
  });
  it('the same noun after «إثر» is no motive: it shares the date', () => {
    const a = run('شنت طائرات حربية غارات على مواقع المسلحين في ريف إدلب يوم الأحد، إثر هجمات الفصائل على مواقع الجيش.');
    expect(ev(a, 'هجمات').evidence).not.toContain('rule:date-null-motive');
    expect(ev(a, 'هجمات').date).toMatchObject({ value: '2024-03-03' });
  });
});

describe('a relative clause the date stands outside of', () => {
  it('«شيّع … أمس جثمان …، الذي قُتل … يوم الأحد»: the clause keeps its own date', () => {
    const a = run('شيّع آلاف الفلسطينيين أمس جثمان الشاب أحمد ناصر، الذي قُتل برصاص قوات الاحتلال قرب نابلس يوم الأحد.');
    expect(ev(a, 'قُتل').date).toMatchObject({ value: '2024-03-03', text: 'يوم الأحد' });
  });
});

describe('a meeting whose relative clause states its date', () => {
  it('«خلال الندوة الصحفية التي عقدها يوم الأحد»', () => {
    const a = run('دافع وزير الداخلية التونسي عن أداء قوات الأمن، خلال الندوة الصحفية التي عقدها يوم الأحد في العاصمة.');
    const e = ev(a, 'دافع');
    expect(e.date).toMatchObject({ value: '2024-03-03', basis: 'text' });
    expect(e.evidence).toContain('rule:date-of-meeting-clause');
  });
  it('a pluperfect act on the meeting it names («قاطعوا الجلسة التي …») is dated by it, not left null', () => {
    const e = ev(run('وكان النواب قد قاطعوا الجلسة التي عقدها البرلمان يوم الأحد.'), 'قاطعوا');
    expect(e.date).toMatchObject({ value: '2024-03-03' });
    expect(e.evidence).not.toContain('rule:date-null-pluperfect');
  });
  it('a relative clause on another noun after the meeting («عقب الجلسة الغارات التي …») dates no event of the meeting', () => {
    const a = run('انعقدت الجلسة الطارئة لمجلس الجامعة العربية. وأدان المجلس في بيان صدر عقب الجلسة الغارات التي شنها الطيران الإسرائيلي يوم الأحد على ريف دمشق.');
    expect(ev(a, 'أدان').evidence).not.toContain('rule:date-of-meeting-clause');
    expect(ev(a, 'أدان').date?.value).not.toBe('2024-03-03');
  });
});

describe('a closing statement speaks on the meeting’s day', () => {
  const SUMMIT = 'اختتم قادة دول مجلس التعاون الخليجي أمس الاثنين قمتهم في الرياض.';
  it('«وطالب البيان الختامي …» in the next paragraph takes the summit’s date', () => {
    const a = run(`${SUMMIT}\nوطالب البيان الختامي مجلس الأمن الدولي بوقف الحرب في السودان.`);
    const e = ev(a, 'طالب');
    expect(e.date).toMatchObject({ value: '2024-03-04', basis: 'text' });
    expect(e.evidence).toContain('rule:date-of-closing-statement');
    expect(validateAnalysis(a).ok).toBe(true);
  });
  it('another speaker there is of the news cycle', () => {
    const a = run(`${SUMMIT}\nوطالب وزير الخارجية السعودي مجلس الأمن الدولي بوقف الحرب في السودان.`);
    expect(ev(a, 'طالب').date).toEqual({ value: PUB, basis: 'published' });
  });
});

describe('an act eyewitnesses report happened on the story’s day', () => {
  const STORY = 'تجمع مئات الصيادين، أمس الاثنين، أمام مقر الولاية في نواذيبو احتجاجاً على الاتفاق.\nوقال رئيس الاتحادية إن الصيادين سيواصلون احتجاجهم.\n';
  it('«وأفاد شهود عيان بأن الشرطة فرّقت …» two paragraphs on takes the day stated before', () => {
    const a = run(`${STORY}وأفاد شهود عيان بأن عناصر من الشرطة فرّقت المحتجين بالغاز المسيل للدموع.`);
    const e = ev(a, 'فرّقت');
    expect(e.date).toMatchObject({ value: '2024-03-04', basis: 'text', text: 'أمس الاثنين' });
    expect(e.evidence).toContain('rule:date-of-witnessed-story');
  });
  it('the same act told by a ministry stays of the news cycle', () => {
    const a = run(`${STORY}وأفادت وزارة الداخلية بأن عناصر من الشرطة فرّقت المحتجين بالغاز المسيل للدموع.`);
    expect(ev(a, 'فرّقت').date).toEqual({ value: PUB, basis: 'published' });
  });
  it('a day stated more than a week back is no story day', () => {
    const a = run('تجمع مئات الصيادين يوم 20 فبراير 2024 أمام مقر الولاية في نواذيبو.\nوقال رئيس الاتحادية إن الصيادين سيواصلون احتجاجهم.\nوأفاد شهود عيان بأن عناصر من الشرطة فرّقت المحتجين بالغاز المسيل للدموع.');
    expect(ev(a, 'فرّقت').evidence).not.toContain('rule:date-of-witnessed-story');
  });
});

describe('«منذ» + a noun with its date in «في …» is a start', () => {
  it('«… منذ إقرار البرلمان القانون في شباط الماضي» does not date the signing', () => {
    const a = run('وقّع وزير المالية اللبناني مع البنك الدولي اتفاقية قرض بقيمة 250 مليون دولار، وهي الأولى منذ إقرار البرلمان قانون إصلاح المصارف في شباط الماضي.');
    expect(ev(a, 'وقّع').date).toEqual({ value: PUB, basis: 'published' });
  });
  it('without «منذ» the month dates it', () => {
    const a = run('وقّع وزير المالية اللبناني مع البنك الدولي اتفاقية قرض بقيمة 250 مليون دولار، في شباط الماضي.');
    expect(ev(a, 'وقّع').date).toMatchObject({ value: '2024-02', basis: 'text' });
  });
});

describe('a describing participle after a name opens a clause', () => {
  it('«بإعلان جدة الموقع بينهما في مايو 2023» dates the declaration, not the call', () => {
    const a = run('وترأس وزير الخارجية السعودي الاجتماع، داعياً القوات المسلحة السودانية وقوات الدعم السريع إلى الالتزام بإعلان جدة الموقع بينهما في مايو 2023.');
    expect(ev(a, 'داعياً').date?.value).not.toBe('2023-05');
  });
});

describe('a «حيث» clause goes on telling the relative clause’s event', () => {
  const VISIT = 'ويعود المشروع إلى زيارة الدولة التي قام بها الرئيس الإماراتي إلى مسقط في سبتمبر 2022،';
  it('«…، حيث التقى … ووقع …» share the clause’s date', () => {
    const a = run(`${VISIT} حيث التقى السلطان هيثم بن طارق ووقع الجانبان 16 اتفاقية.`);
    expect(ev(a, 'التقى').date).toMatchObject({ value: '2022-09', basis: 'text' });
    expect(ev(a, 'وقع').date).toMatchObject({ value: '2022-09', basis: 'text' });
  });
  it('a clause after «و» is outside the relative clause: not dated by it', () => {
    const a = run(`${VISIT} والتقى السلطان هيثم بن طارق الوزراء.`);
    expect(ev(a, 'التقى').date).toEqual({ value: PUB, basis: 'published' });
  });
});
