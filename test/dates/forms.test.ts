// Each date form of the stage, on sentences written for these tests (see data/dates/README.md for the rules).
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.ts';
import { extractDates } from '../../src/dates/index.ts';

function dates(text: string, published?: string) {
  return extractDates(createDoc(text, { id: 't', language: 'ar', ...(published ? { published } : {}) }));
}
/** value of the mention whose text is exactly `t` (fails if absent); also checks offsets and evidence. */
function val(text: string, published: string | undefined, t: string): string | undefined {
  const ds = dates(text, published);
  const d = ds.find((x) => x.text === t);
  expect(d, `no mention "${t}" in ${JSON.stringify(ds.map((x) => x.text))}`).toBeDefined();
  expect(text.slice(d!.start, d!.end)).toBe(t);
  expect(d!.evidence?.length).toBeGreaterThan(0);
  return d!.value;
}
const texts = (text: string, published?: string) => dates(text, published).map((d) => d.text);

describe('every regional month series', () => {
  const series: Record<string, string[]> = {
    'Egypt/Gulf': ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
    'Levant/Iraq': ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
    Maghreb: ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
    Morocco: ['يناير', 'فبراير', 'مارس', 'أبريل', 'ماي', 'يونيو', 'يوليوز', 'غشت', 'شتنبر', 'أكتوبر', 'نونبر', 'دجنبر'],
  };
  for (const [name, months] of Object.entries(series)) {
    it(`${name}: day month year, Latin and Arabic-Indic digits`, () => {
      months.forEach((m, i) => {
        const mm = String(i + 1).padStart(2, '0');
        expect(val(`انعقد الاجتماع في 7 ${m} 2021 بحضور الوزراء`, '2024-02-01', `7 ${m} 2021`)).toBe(`2021-${mm}-07`);
        expect(val(`انعقد الاجتماع في ١٧ ${m} ٢٠١٩ بحضور الوزراء`, '2024-02-01', `١٧ ${m} ٢٠١٩`)).toBe(`2019-${mm}-17`);
        expect(val(`تراجع التضخم في ${m} 2022 بشكل واضح`, '2024-02-01', `${m} 2022`)).toBe(`2022-${mm}`);
      });
    });
  }
  it('slash and bracket pairs in both orders', () => {
    expect(val('قطعت العلاقات في كانون الثاني/يناير 2016 إثر الاقتحام', '2023-03-11', 'كانون الثاني/يناير 2016')).toBe('2016-01');
    expect(val('اغتيل في غارة يناير/كانون الثاني الماضي', '2020-08-20', 'يناير/كانون الثاني الماضي')).toBe('2020-01');
    expect(val('بدأ الهجوم في 19 تشرين الثاني/نوفمبر الماضي', '2024-01-12', '19 تشرين الثاني/نوفمبر الماضي')).toBe('2023-11-19');
    expect(val('أقر القانون في آب (أغسطس) 2019', undefined, 'آب (أغسطس) 2019')).toBe('2019-08');
  });
});

describe('numeric dates', () => {
  it('day-first with slashes, ISO with dashes, dots, both digit sets', () => {
    expect(val('صدر القرار بتاريخ 12/3/2024 عن المحكمة', undefined, '12/3/2024')).toBe('2024-03-12');
    expect(val('صدر القرار بتاريخ 2024-03-12 عن المحكمة', undefined, '2024-03-12')).toBe('2024-03-12');
    expect(val('صدر القرار بتاريخ ١٢/٠٣/٢٠٢٤ عن المحكمة', undefined, '١٢/٠٣/٢٠٢٤')).toBe('2024-03-12');
    expect(val('صدر القرار بتاريخ 12.03.2024 عن المحكمة', undefined, '12.03.2024')).toBe('2024-03-12');
  });
  it('not a date: impossible parts, scores, ratios', () => {
    expect(texts('انتهت المباراة بنتيجة 3-1 وصوّت 12/30 نائبا', '2024-03-20')).toEqual([]);
    expect(texts('بتاريخ 31/2/2024 ذكر', '2024-03-20')).toEqual([]);
  });
});

describe('years', () => {
  it('عام/سنة + year, prepositions, era marks, lists and ranges of years', () => {
    expect(val('جرت الانتخابات عام 2020 وسط مقاطعة', '2024-03-20', 'عام 2020')).toBe('2020');
    expect(val('تأسس الحزب في 1947 بدمشق', '2024-03-20', '1947')).toBe('1947');
    expect(val('ولد سنة 1940م في الكويت', '2024-03-20', 'سنة 1940م')).toBe('1940');
    expect(val('استضافتا جولات خلال عامي 2021 و2022 في بغداد', '2023-03-11', 'عامي 2021')).toBe('2021');
    expect(val('استضافتا جولات خلال عامي 2021 و2022 في بغداد', '2023-03-11', '2022')).toBe('2022');
    expect(val('امتد الفراغ بين 2014 و2016 في لبنان', '2023-03-11', '2014')).toBe('2014');
    expect(val('امتد الفراغ بين 2014 و2016 في لبنان', '2023-03-11', '2016')).toBe('2016');
  });
  it('relative years across a year boundary', () => {
    expect(val('تراجع النمو العام الماضي بنسبة كبيرة', '2024-01-02', 'العام الماضي')).toBe('2023');
    expect(val('يتوقع البنك تعافي النمو العام المقبل', '2023-12-31', 'العام المقبل')).toBe('2024');
    expect(val('سجل العجز في السنة الماضية رقما قياسيا', '2024-01-02', 'السنة الماضية')).toBe('2023');
  });
  it('a number of people is not a year; "2000 شخص" after من is not a year', () => {
    expect(texts('قتل 15 شخصا وأصيب 2023 آخرون', '2024-01-01')).toEqual([]);
    expect(texts('تضم القائمة أكثر من 2000 شخص', '2024-01-01')).toEqual([]);
  });
  it('decades are not dates (no value of that precision exists)', () => {
    expect(texts('في تسعينيات القرن الماضي وفي الثمانينيات', '2024-03-20')).toEqual([]);
  });
});

describe('relative days', () => {
  const P = '2024-03-01'; // a Friday, the day after 29 February
  it('أمس، أول أمس، اليوم، غداً، بعد غد across a month end in a leap year', () => {
    expect(val('قال الوزير أمس إن الوضع مستقر', P, 'أمس')).toBe('2024-02-29');
    expect(val('وقع الهجوم أول أمس في المدينة', P, 'أول أمس')).toBe('2024-02-28');
    expect(val('أعلنت الحكومة اليوم خطة جديدة', P, 'اليوم')).toBe('2024-03-01');
    expect(val('يصل الوفد غداً إلى عمّان', '2024-02-29', 'غداً')).toBe('2024-03-01');
    expect(val('تبدأ المحادثات بعد غد في جنيف', '2024-02-28', 'بعد غد')).toBe('2024-03-01');
  });
  it('times of day belong to the span: الليلة الماضية، صباح اليوم، مساء أمس، فجر اليوم الجمعة', () => {
    expect(val('دوت انفجارات الليلة الماضية في المدينة', P, 'الليلة الماضية')).toBe('2024-02-29');
    expect(val('أعلنت الوزارة صباح اليوم عن خطة', P, 'صباح اليوم')).toBe('2024-03-01');
    expect(val('وصل الوفد مساء أمس إلى بغداد', P, 'مساء أمس')).toBe('2024-02-29');
    expect(val('شنت الطائرات فجر اليوم الجمعة غارات', P, 'فجر اليوم الجمعة')).toBe('2024-03-01');
  });
  it('a weekday next to أمس/اليوم names the same day; if they disagree the weekday wins (nearest such day)', () => {
    expect(val('فشل المجلس أمس الخميس في انتخاب رئيس', P, 'أمس الخميس')).toBe('2024-02-29');
    // published on a Saturday but the text says "أمس الجمعة" late at night: still Friday
    expect(val('أعلن الصندوق مساء أمس الجمعة موافقته', '2022-12-17', 'مساء أمس الجمعة')).toBe('2022-12-16');
    expect(val('أعلن الصندوق أمس الخميس موافقته', '2022-12-17', 'أمس الخميس')).toBe('2022-12-15');
  });
  it('"أمس" inside other words or as a superlative is not a date', () => {
    expect(texts('حضر الوزير أمسية شعرية، والناس في أمس الحاجة إلى المساعدات', P)).toEqual([]);
    expect(texts('هم بأمس الحاجة إلى الدعم', P)).toEqual([]);
  });
  it('"اليوم" as part of a name or a count is not today', () => {
    expect(texts('قال مسؤول لـ"المسلة اليوم" إن الصادرات متوقفة', P)).toEqual([]);
    expect(texts('احتفلت البلاد باليوم الوطني', P)).toEqual([]);
    expect(texts('يعمل المصنع 24 ساعة في اليوم', P)).not.toContain('24 ساعة في اليوم');
  });
});

describe('weekdays', () => {
  // 2023-09-12 is a Tuesday; 2023-09-01 a Friday
  it('الماضي / المقبل, strictly before / after, across a month end', () => {
    expect(val('التقى الملك الوزراء السبت الماضي', '2023-09-12', 'السبت الماضي')).toBe('2023-09-09');
    expect(val('التقى الملك الوزراء الثلاثاء الماضي', '2023-09-12', 'الثلاثاء الماضي')).toBe('2023-09-05');
    expect(val('التقى الملك الوزراء الأربعاء الماضي', '2023-09-01', 'الأربعاء الماضي')).toBe('2023-08-30');
    expect(val('تبدأ الهدنة الأحد المقبل', '2023-06-20', 'الأحد المقبل')).toBe('2023-06-25');
    expect(val('يؤدي اليمين يوم الأربعاء المقبل', '2023-12-31', 'يوم الأربعاء المقبل')).toBe('2024-01-03');
  });
  it('a bare weekday is the nearest on or before publication, or on or after in a future clause', () => {
    expect(val('بدأت المساعدات تصل منذ يوم الأحد', '2023-09-12', 'يوم الأحد')).toBe('2023-09-10');
    expect(val('قال الوزير يوم الأحد إن الحكومة ستتخذ إجراءات', '2023-09-12', 'يوم الأحد')).toBe('2023-09-10');
    expect(val('سيزور الرئيس القاهرة يوم الأحد', '2023-09-12', 'يوم الأحد')).toBe('2023-09-17');
    expect(val('أعلنت الوزارة الخميس أن الحصيلة ارتفعت', '2023-09-12', 'الخميس')).toBe('2023-09-07');
    // published on the named day: that day
    expect(val('أعلنت الوزارة الثلاثاء أن الحصيلة ارتفعت', '2023-09-12', 'الثلاثاء')).toBe('2023-09-12');
  });
  it('ambiguous names (الأحد، الاثنين، الجمعة) need يوم, a modifier, or to stand as an adverb', () => {
    expect(val('قال الرئيس الأحد إن الحكومة مستعدة', '2023-09-12', 'الأحد')).toBe('2023-09-10');
    expect(val('أعلنت الوزارة، الاثنين، أن الحصيلة ارتفعت', '2023-09-12', 'الاثنين')).toBe('2023-09-11');
    expect(texts('أدى المصلون صلاة الجمعة في المسجد الكبير', '2023-09-12')).toEqual([]);
    expect(texts('وقع الخلاف بين الاثنين في المكتب', '2023-09-12')).toEqual([]);
    expect(texts('قال الواحد الأحد في كتابه', '2023-09-12')).toEqual([]);
    expect(val('خرجت مظاهرات بعد صلاة يوم الجمعة', '2023-09-12', 'يوم الجمعة')).toBe('2023-09-08');
  });
  it('a weekday name without the article is a personal name unless يوم comes first', () => {
    expect(texts('قتل والي الولاية خميس عبد الله أبكر', '2023-06-20')).toEqual([]);
    expect(texts('وصل اللاعب محمد جمعة إلى النادي', '2023-06-20')).toEqual([]);
  });
  it('a weekday with its full date takes the date: ، / الموافق', () => {
    expect(val('اقتيد مساء الاثنين 17 أفريل من منزله', '2023-04-19', 'مساء الاثنين 17 أفريل')).toBe('2023-04-17');
    expect(val('يعقد الاجتماع الأحد الموافق 17 مارس', '2024-03-10', 'الأحد الموافق 17 مارس')).toBe('2024-03-17');
  });
  it('lists of weekdays: يومي الأحد والاثنين', () => {
    const ds = dates('التقى الوزير نظيره يومي الأحد والاثنين في الرياض', '2024-03-20');
    expect(ds.map((d) => [d.text, d.value])).toEqual([['يومي الأحد', '2024-03-17'], ['الاثنين', '2024-03-18']]);
  });
});

describe('weeks, months and their parts', () => {
  it('الأسبوع الماضي/المقبل: the Saturday–Friday week, its month (or year when it straddles two months)', () => {
    expect(val('عرضت النرويج الأسبوع الماضي مقترحا', '2023-11-26', 'الأسبوع الماضي')).toBe('2023-11');
    expect(val('يزور الوفد البلاد الأسبوع المقبل', '2023-11-26', 'الأسبوع المقبل')).toBe('2023-12');
    expect(val('يزور الوفد البلاد الأسبوع المقبل', '2023-12-26', 'الأسبوع المقبل')).toBe('2024');
  });
  it('الشهر الماضي/الجاري, مطلع/منتصف/أواخر الشهر across a year boundary', () => {
    expect(val('ارتفعت الأسعار الشهر الماضي', '2024-01-02', 'الشهر الماضي')).toBe('2023-12');
    expect(val('أقرت الوثيقة مطلع الشهر الجاري', '2024-01-02', 'مطلع الشهر الجاري')).toBe('2024-01');
    expect(val('قتل الوالي منتصف الشهر الجاري', '2023-06-20', 'منتصف الشهر الجاري')).toBe('2023-06');
    expect(val('تصرف الرواتب أواخر الشهر', '2023-06-20', 'أواخر الشهر')).toBe('2023-06');
    expect(val('يصدر التقرير مطلع الأسبوع المقبل', '2023-02-10', 'مطلع الأسبوع المقبل')).toBe('2023-02');
    expect(val('قد يبدأ التشغيل أواخر عام 2026', '2024-04-23', 'أواخر عام 2026')).toBe('2026');
  });
  it('month + الماضي/المقبل/الجاري and the year boundary', () => {
    expect(val('قال في ديسمبر الماضي إن الأزمة انتهت', '2024-01-02', 'ديسمبر الماضي')).toBe('2023-12');
    expect(val('قال في كانون الأول الماضي إن الأزمة انتهت', '2024-01-02', 'كانون الأول الماضي')).toBe('2023-12');
    expect(val('قال في يناير الماضي إن الأزمة انتهت', '2024-01-02', 'يناير الماضي')).toBe('2023-01');
    expect(val('تجتمع اللجنة في شباط المقبل', '2023-01-20', 'شباط المقبل')).toBe('2023-02');
    expect(val('تجتمع اللجنة في جانفي المقبل', '2023-12-20', 'جانفي المقبل')).toBe('2024-01');
    expect(val('تنعقد القمة خلال جانفي الجاري', '2024-01-04', 'جانفي الجاري')).toBe('2024-01');
    expect(val('سجل التضخم ذروته في مارس من العام الماضي', '2024-01-04', 'مارس من العام الماضي')).toBe('2023-03');
  });
  it('a bare month is the latest on or before publication, the next in a future clause', () => {
    expect(val('أقيمت المباراة في مارس بحضور الآلاف', '2024-02-20', 'مارس')).toBe('2023-03');
    expect(val('بدأت المفاوضات في شهر مارس', '2024-03-20', 'مارس')).toBe('2024-03');
    expect(val('ستقام المباراة في مايو بحضور الآلاف', '2024-03-20', 'مايو')).toBe('2024-05');
    expect(val('موسم الأمطار الذي يبدأ في يوليو سيقطع الطرق', '2023-06-20', 'يوليو')).toBe('2023-07');
    // future tense about the month that just ended: that month ("ستصرف رواتب شهر أكتوبر" in November)
    expect(val('ستصرف الوزارة رواتب شهر أكتوبر', '2023-11-26', 'أكتوبر')).toBe('2023-10');
    // the dues of a month are paid after it: a month three back is still that month, not next year's
    expect(val('اتفق الطرفان على أن تدفع الحكومة أجور شهر يونيو خلال أيام', '2024-09-12', 'يونيو')).toBe('2024-06');
    expect(val('ستعقد الانتخابات في يونيو', '2024-09-12', 'يونيو')).toBe('2025-06');
  });
  it('a day + month without a year, near the year boundary', () => {
    expect(val('وكان قد ألقى خطابا في 25 ديسمبر أمام البرلمان', '2024-01-04', '25 ديسمبر')).toBe('2023-12-25');
    expect(val('جرت الجولة الأولى في 14 مايو', '2023-05-29', '14 مايو')).toBe('2023-05-14');
    expect(val('دمرها زلزال السادس من شباط/فبراير', '2023-05-29', 'السادس من شباط/فبراير')).toBe('2023-02-06');
    expect(val('تعقد القمة المقبلة في 10 يناير', '2023-12-20', '10 يناير')).toBe('2024-01-10');
  });
  it('coordinated months: "نونبر ودجنبر"، "بين مارس ومايو الماضيين"، "من يناير إلى مارس 2023"', () => {
    expect(dates('تتساقط الثلوج مع اقتراب الشتاء في نونبر ودجنبر', '2023-09-12').map((d) => [d.text, d.value]))
      .toEqual([['نونبر', '2023-11'], ['دجنبر', '2023-12']]);
    expect(dates('تراجعت الصادرات بين مارس ومايو الماضيين', '2023-08-01').map((d) => [d.text, d.value]))
      .toEqual([['مارس', '2023-03'], ['مايو الماضيين', '2023-05']]);
    expect(dates('ارتفع الإنتاج من نوفمبر إلى فبراير الماضي', '2023-08-01').map((d) => [d.text, d.value]))
      .toEqual([['نوفمبر', '2022-11'], ['فبراير الماضي', '2023-02']]);
    expect(dates('ارتفع الإنتاج من يناير إلى مارس 2023', '2024-08-01').map((d) => d.value)).toEqual(['2023-01', '2023-03']);
  });
  it('ambiguous month words stay words', () => {
    for (const t of ['مارس الضغط على الحكومة', 'شرب الطفل ماي كثيرا', 'زار أب الضحية المستشفى', 'اشترى سيارة نيسان جديدة']) {
      expect(texts(t, '2020-08-20'), t).toEqual([]);
    }
  });
});

describe('ranges give one mention per end', () => {
  it('بين 10 و12 مارس، من 3 إلى 5 يونيو، 10-12 مارس: the first day takes the month and year of the second', () => {
    expect(dates('تعقد الدورة بين 10 و12 مارس في الرباط', '2024-03-01').map((d) => [d.text, d.value]))
      .toEqual([['10', '2024-03-10'], ['12 مارس', '2024-03-12']]);
    expect(dates('أقيم المهرجان من 3 إلى 5 يونيو 2022', '2024-03-01').map((d) => [d.text, d.value]))
      .toEqual([['3', '2022-06-03'], ['5 يونيو 2022', '2022-06-05']]);
    expect(dates('أقيم المعرض 10-12 مارس الماضي', '2024-04-01').map((d) => d.value)).toEqual(['2024-03-10', '2024-03-12']);
  });
  it('a range over a month end: من 28 إلى 3 مارس', () => {
    expect(dates('أقيم المعرض من 28 إلى 3 مارس 2024', undefined).map((d) => d.value)).toEqual(['2024-02-28', '2024-03-03']);
  });
  it('full dates on both ends', () => {
    expect(dates('للفترة بين 1 جانفي 2024 و31 ديسمبر 2025', '2024-01-04').map((d) => d.value)).toEqual(['2024-01-01', '2025-12-31']);
  });
});

describe('durations', () => {
  it('قبل ثلاثة أيام، منذ أسبوعين، بعد يومين، قبل نحو ثلاثة أسابيع، قبل عشر سنوات', () => {
    expect(val('وصل الوفد قبل ثلاثة أيام إلى المدينة', '2024-03-02', 'قبل ثلاثة أيام')).toBe('2024-02-28');
    expect(val('غادر منذ أسبوعين ولم يعد', '2024-03-02', 'منذ أسبوعين')).toBe('2024-02-17');
    expect(val('يعود الوفد بعد يومين إلى بلاده', '2023-12-31', 'بعد يومين')).toBe('2024-01-02');
    expect(val('انطلقت الحملة قبل نحو ثلاثة أسابيع', '2024-03-20', 'قبل نحو ثلاثة أسابيع')).toBe('2024-02-28');
    expect(val('تأسست الجمعية قبل عشر سنوات', '2024-03-20', 'قبل عشر سنوات')).toBe('2014');
  });
  it('vague or anchored durations are not dates', () => {
    expect(texts('وصل قبل أيام وغادر منذ أسابيع', '2024-03-20')).toEqual([]);
    expect(texts('زار بغداد قبل يوم واحد من زيارة الكاظمي', '2020-08-20')).toEqual([]);
    expect(texts('عادت بعد عامين على الحرب', '2020-08-20')).toEqual([]);
  });
});

describe('anchored expressions', () => {
  it('اليوم الموالي / التالي / نفسه take the previous date of the text', () => {
    const ds = dates('اعتقل مساء الاثنين 17 أفريل، ثم داهمت الشرطة المقر في اليوم الموالي', '2023-04-19');
    expect(ds.map((d) => [d.text, d.value])).toEqual([['مساء الاثنين 17 أفريل', '2023-04-17'], ['اليوم الموالي', '2023-04-18']]);
    expect(val('وقع الزلزال في 6 فبراير 2023، وفي اليوم التالي وصلت فرق الإنقاذ', '2023-03-01', 'اليوم التالي')).toBe('2023-02-07');
    expect(val('وقع الزلزال في 6 فبراير 2023، وفي اليوم نفسه أعلن الحداد', '2023-03-01', 'اليوم نفسه')).toBe('2023-02-06');
  });
  it('without an earlier date there is nothing to resolve and no mention', () => {
    expect(texts('وفي اليوم التالي وصلت فرق الإنقاذ', '2023-03-01')).toEqual([]);
  });
});

describe('seasons and the first of a month', () => {
  it('خريف 2024، صيف العام الماضي، الشتاء المقبل → the year', () => {
    expect(val('تجرى الانتخابات في خريف 2024 وفق الدستور', '2023-04-19', 'خريف 2024')).toBe('2024');
    expect(val('اندلعت الاحتجاجات صيف العام الماضي', '2023-04-19', 'صيف العام الماضي')).toBe('2022');
    expect(val('تتوقع الأرصاد أمطارا الشتاء المقبل', '2023-04-19', 'الشتاء المقبل')).toBe('2024');
  });
  it('غرة ماي، غرة رمضان ١٤٤٥ هـ', () => {
    expect(val('من المنتظر تنظيم مسيرة كبرى في غرة ماي', '2023-04-19', 'غرة ماي')).toBe('2023-05-01');
    expect(val('يبدأ الصيام في غرة رمضان ١٤٤٥ هـ', undefined, 'غرة رمضان ١٤٤٥ هـ')).toBe('2024-03-11');
  });
});

describe('Hijri', () => {
  it('day month year with and without هـ, Arabic-Indic digits', () => {
    expect(val('نعى الديوان الأمير السبت الموافق ٣ جمادى الآخرة ١٤٤٥ هـ', undefined, 'السبت الموافق ٣ جمادى الآخرة ١٤٤٥ هـ')).toBe('2023-12-16');
    expect(val('تزامنت الزيارة مع ٢٨ شوال ١٤٤٥ هـ في طهران', undefined, '٢٨ شوال ١٤٤٥ هـ')).toBe('2024-05-07');
    expect(val('وقع ذلك في 10 محرم 1446 في كربلاء', undefined, '10 محرم 1446')).toBe('2024-07-16');
    const d = dates('تزامنت الزيارة مع ٢٨ شوال ١٤٤٥ هـ', '2024-05-07')[0];
    expect(d.calendar).toBe('hijri');
    expect(d.relative).toBe(false);
  });
  it('a Hijri month without a year needs a day or a modifier; "شهر رمضان" alone is not a date', () => {
    // session 8b: a bare "شهر رمضان المبارك" is a date only near publication (see forms-s8b.test.ts); months away it is the month in general
    expect(texts('تكثر الزيارات خلال شهر رمضان المبارك', '2024-10-20')).toEqual([]);
    expect(texts('صام الناس رمضان في ظروف صعبة', '2024-03-20')).toEqual([]);
    // 2024-03-20 is 10 Ramadan 1445: "رمضان الماضي" is the previous one (1444), "رمضان المقبل" the next (1446)
    expect(val('ارتفعت الأسعار في رمضان الماضي', '2024-03-20', 'رمضان الماضي')).toBe('2023-04');
    expect(val('ترتفع الأسعار عادة في رمضان المقبل', '2024-03-20', 'رمضان المقبل')).toBe('2025-03');
    expect(val('وصل الحجاج في 8 ذو الحجة', '2024-05-07', '8 ذو الحجة')).toBe('2023-06-26');
    expect(val('سيصل الحجاج في 8 ذو الحجة', '2024-05-07', '8 ذو الحجة')).toBe('2024-06-14');
  });
});

describe('without a publication date', () => {
  it('relative forms are kept without a value; absolute ones are resolved', () => {
    for (const [text, t] of [['قال أمس إن', 'أمس'], ['في يناير الماضي وقع', 'يناير الماضي'], ['التقاه الأحد الماضي', 'الأحد الماضي'], ['تجرى الانتخابات بين 10 و12 مارس', '10']]) {
      const d = dates(text).find((x) => x.text === t);
      expect(d, text).toBeDefined();
      expect(d!.relative).toBe(true);
      expect(d!.value).toBeUndefined();
    }
    expect(val('في 15 مارس 2023 وقع', undefined, '15 مارس 2023')).toBe('2023-03-15');
  });
});

describe('wire-copy and historical forms', () => {
  it('month pairs written side by side keep the day and the modifier', () => {
    expect(val('أحرزوها يوم 9 يوليو تموز الماضي في برلين', '2010-06-15', '9 يوليو تموز الماضي')).toBe('2009-07-09');
    expect(val('قبل قيام ثورة يوليو تموز 1952 في مصر', '2010-06-15', 'يوليو تموز 1952')).toBe('1952-07');
  });
  it('a spaced numeric date with a four-digit year, not a score', () => {
    expect(val('الذي توفي الأربعاء 30 - 8 - 2006 عن عمر طويل', '2010-06-15', 'الأربعاء 30 - 8 - 2006')).toBe('2006-08-30');
    expect(texts('فاز الفريق 4 - 1 - 0 على ضيفه', '2010-06-15')).toEqual([]);
  });
  it('"من السنة ذاتها" takes the year of the previous date', () => {
    expect(val('وقعوا اتفاقية عام 2005 ثم وقعوا في يناير من السنة ذاتها اتفاقا آخر', '2010-06-15', 'يناير من السنة ذاتها')).toBe('2005-01');
  });
  it('غدا before a weekday is tomorrow; "الاثنين" as "the two" is not a day', () => {
    expect(val('تتواصل المباريات غدا الجمعة في الدوحة', '2010-06-17', 'غدا الجمعة')).toBe('2010-06-18');
    expect(texts('بعد مرور أعوام على غياب الاثنين ، في حادث مروع', '2010-06-17')).toEqual([]);
  });
  it('dates that name events take the event year; dates that name places or groups are not dates', () => {
    expect(val('تحل ذكرى ثورة 25 يناير هذا الأسبوع', '2024-01-20', '25 يناير')).toBe('2011-01-25');
    expect(val('منذ هجوم 7 أكتوبر تغير كل شيء', '2024-11-20', '7 أكتوبر')).toBe('2023-10-07');
    expect(val('بعد هجمات 11 سبتمبر أيلول على نيويورك', '2010-06-15', '11 سبتمبر أيلول')).toBe('2001-09-11');
    expect(texts('تدرب الفريق في مدينة 6 أكتوبر ورفضت قوى 14 آذار الدعوة', '2010-06-15')).toEqual([]);
  });
  it('"قبل شهر رمضان" is not a month ago', () => {
    // Ramadan 1431 opened on 2010-08-11: near publication it is that month (session 8b), never "a month ago"
    expect(dates('عقد اجتماعا قبل شهر رمضان المبارك', '2010-06-15').map((d) => [d.text, d.value])).toEqual([['شهر رمضان المبارك', '2010-08']]);
    expect(texts('عقد اجتماعا قبل شهر رمضان المبارك', '2010-01-15')).toEqual([]);
  });
  it('"بداية الشهر الهجري" is not the current month', () => {
    expect(texts('تحديد بداية الشهر الهجري القمري', '2010-06-15')).toEqual([]);
  });
});

describe('evidence names the rules and lexicon lines', () => {
  it('lexicon lines point at real rows; rules are named', () => {
    const ds = dates('اعتقل مساء الاثنين 17 أفريل ثم أفرج عنه في اليوم الموالي، وتعقد الجلسة مطلع الشهر المقبل بين 10 و12 مايو', '2023-04-19');
    const all = ds.flatMap((d) => d.evidence ?? []);
    expect(all).toContain('rule:day+month');
    expect(all).toContain('rule:anchored');
    expect(all).toContain('rule:period');
    expect(all).toContain('rule:range-start');
    for (const e of all.filter((x) => x.startsWith('lexicon:'))) expect(e).toMatch(/^lexicon:data\/dates\/[a-z]+\.tsv:\d+$/);
  });
});

describe('tense around bare weekdays', () => {
  // 2024-03-19 is a Tuesday
  it('a present-tense verb just before schedules the day ahead; a past verb, لم, or منذ keep it behind', () => {
    expect(val('يعقد مجلس الأمن الخميس جلسة طارئة', '2024-03-19', 'الخميس')).toBe('2024-03-21');
    expect(val('عقد مجلس الأمن الخميس جلسة طارئة', '2024-03-19', 'الخميس')).toBe('2024-03-14');
    expect(val('لم يعقد مجلس الأمن الخميس أي جلسة', '2024-03-19', 'الخميس')).toBe('2024-03-14');
    expect(val('تتواصل الاحتجاجات منذ الخميس في العاصمة', '2024-03-19', 'الخميس')).toBe('2024-03-14');
    expect(val('وتتواصل الاحتجاجات منذ الأحد في العاصمة', '2024-03-19', 'الأحد')).toBe('2024-03-17');
  });
  it('a future cue before أن governs the clause; a reported past clause does not look ahead', () => {
    expect(val('ومن المقرر أن يلقي الرئيس خطابا الخميس أمام البرلمان', '2024-03-19', 'الخميس')).toBe('2024-03-21');
    expect(val('قال الوزير إن المؤتمر عقد الخميس في عمّان', '2024-03-19', 'الخميس')).toBe('2024-03-14');
  });
  it('Levantine month variants: كانون ثان، تشرين أول', () => {
    expect(val('وقع 1500 انفجار في يناير كانون ثان الماضي', '2010-06-15', 'يناير كانون ثان الماضي')).toBe('2010-01');
    expect(val('انعقد المؤتمر في 3 تشرين أول 2019', undefined, '3 تشرين أول 2019')).toBe('2019-10-03');
  });
});

describe('more clause and span details', () => {
  it('"الأسبوع الأول من أفريل" is part of April, not 1 April', () => {
    expect(val('سيعقد الاجتماع خلال الأسبوع الأول من أفريل', '2022-03-28', 'الأسبوع الأول من أفريل')).toBe('2022-04');
    expect(val('يبدأ الصيام في اليوم الأول من رمضان 1445', undefined, 'الأول من رمضان 1445')).toBe('2024-03-11');
  });
  it('"على أن تجرى … في 17 ديسمبر" is a plan: the coming December', () => {
    expect(val('وأكد أن الاستفتاء سينظم في الصيف، على أن تجرى الانتخابات في 17 ديسمبر', '2022-03-28', '17 ديسمبر')).toBe('2022-12-17');
  });
  it('a year after من closing a clause', () => {
    expect(val('وستتواصل الأشغال في ما تبقى من 2023.', '2023-10-16', '2023')).toBe('2023');
    // (session 8) a quarter before it is part of the span, as مطلع/منتصف are
    expect(val('بلغ معدل البطالة 13 في المائة خلال الفصل الثاني من 2023.', '2023-10-16', 'الفصل الثاني من 2023')).toBe('2023');
  });
  it('the sentence dot after هـ stays out of the span', () => {
    expect(texts('وحل العيد في العاشر من ذي الحجة 1445 هـ.', '2024-06-20')).toEqual(['العاشر من ذي الحجة 1445 هـ']);
  });
});

describe('plans made in the past', () => {
  it('"وكان من المقرر أن يوقع … في السادس من أبريل" is the April just passed', () => {
    expect(val('وكان من المقرر أن يوقع الطرفان الاتفاق في السادس من أبريل، قبل أن يتأجل', '2023-04-17', 'السادس من أبريل')).toBe('2023-04-06');
    expect(val('ومن المقرر أن يوقع الطرفان الاتفاق في السادس من مايو', '2023-04-17', 'السادس من مايو')).toBe('2023-05-06');
  });
});

describe('first days, verb-led weekdays and bare month names after nouns', () => {
  it('فاتح يناير، أول أيار: the first of the month; أول أمس stays the day before yesterday', () => {
    expect(val('للفترة الممتدة من فاتح يناير إلى 30 يونيو 2006', undefined, 'فاتح يناير')).toBe('2006-01-01');
    expect(val('خرج العمال في أول أيار 2019 إلى الشوارع', undefined, 'أول أيار 2019')).toBe('2019-05-01');
    expect(val('وقع الحادث أول أمس في المدينة', '2024-03-20', 'أول أمس')).toBe('2024-03-18');
  });
  it('a weekday named with غدا/أمس never lands on the wrong side of publication', () => {
    // 2010-06-15 is a Tuesday: "غدا الاثنين" is the next Monday, "أمس الخميس" the last Thursday
    expect(val('يصل الوفد غدا الاثنين إلى المدينة', '2010-06-15', 'غدا الاثنين')).toBe('2010-06-21');
    expect(val('وصل الوفد أمس الخميس إلى المدينة', '2010-06-15', 'أمس الخميس')).toBe('2010-06-10');
  });
  it('an ambiguous weekday right after a verb and its subject is a day', () => {
    expect(val('التقى الرئيس الأحد نظيره الفرنسي', '2024-03-19', 'الأحد')).toBe('2024-03-17');
    expect(texts('هو الواحد الأحد في عقيدتهم', '2024-03-19')).toEqual([]);
  });
  it('an unambiguous month name after a noun, but not after an event or place head', () => {
    expect(val('ستصرف الحكومة رواتب حزيران خلال أيام', '2024-07-02', 'حزيران')).toBe('2024-06');
    expect(texts('في ذكرى حرب أكتوبر وثورة يوليو', '2024-03-19')).toEqual([]);
  });
});
