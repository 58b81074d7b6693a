// Session 8: date forms written across the Arab world, on sentences written for these tests (rules in
// data/dates/README.md). Every check also asserts the span is an exact slice of the text.
import { describe, expect, it } from 'vitest';
import { hijriToGregorian } from '@tabby_ai/hijri-converter';
import { get, val, texts } from './harness.ts';
const iso = (g: { year: number; month: number; day: number }) =>
  `${g.year}-${String(g.month).padStart(2, '0')}-${String(g.day).padStart(2, '0')}`;

const P = '2024-03-20'; // a Wednesday

describe('month series with every kind of pair', () => {
  const series: Record<string, string[]> = {
    'Egypt/Gulf': ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
    'Levant/Iraq': ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
    'Algeria/Tunisia': ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
    Morocco: ['يناير', 'فبراير', 'مارس', 'أبريل', 'ماي', 'يونيو', 'يوليوز', 'غشت', 'شتنبر', 'أكتوبر', 'نونبر', 'دجنبر'],
  };
  const levant = series['Levant/Iraq'];
  const gulf = series['Egypt/Gulf'];
  for (const [name, months] of Object.entries(series)) {
    it(`${name}: "من شهر", الماضي and a bare month after شهر, in both digit sets`, () => {
      months.forEach((m, i) => {
        const mm = String(i + 1).padStart(2, '0');
        // published 2024-12-28: "23 <month> الماضي" is in 2024 for every month
        expect(val(`أجريت الانتخابات يوم 9 من شهر ${m} 2022 في العاصمة`, '2024-12-28', `9 من شهر ${m} 2022`)).toBe(`2022-${mm}-09`);
        expect(val(`أجريت الانتخابات في ٢٣ ${m} الماضي وسط إقبال`, '2024-12-28', `٢٣ ${m} الماضي`)).toBe(`2024-${mm}-23`);
        expect(val(`تراجعت الأسعار في شهر ${m} الماضي بوضوح`, '2026-01-15', `${m} الماضي`)).toBe(`2025-${mm}`);
      });
    });
  }
  it('Gregorian name paired with its Levantine name: slash, brackets both ways, dash, side by side', () => {
    gulf.forEach((g, i) => {
      const l = levant[i];
      const mm = String(i + 1).padStart(2, '0');
      expect(val(`وقعت الحادثة في 9 ${g}/${l} 2023 قرب الحدود`, P, `9 ${g}/${l} 2023`)).toBe(`2023-${mm}-09`);
      expect(val(`وقعت الحادثة في 9 ${g} (${l}) 2023 قرب الحدود`, P, `9 ${g} (${l}) 2023`)).toBe(`2023-${mm}-09`);
      expect(val(`وقعت الحادثة في ${l} (${g}) 2023 قرب الحدود`, P, `${l} (${g}) 2023`)).toBe(`2023-${mm}`);
      expect(val(`وقعت الحادثة في 9 ${l} - ${g} 2023 قرب الحدود`, P, `9 ${l} - ${g} 2023`)).toBe(`2023-${mm}-09`);
      expect(val(`وقعت الحادثة في ${g} ${l} 2023 قرب الحدود`, P, `${g} ${l} 2023`)).toBe(`2023-${mm}`);
    });
  });
  it('ordinal day with "من شهر"، غرة شهر', () => {
    expect(val('وقعت الحادثة في التاسع من شهر فبراير الماضي', P, 'التاسع من شهر فبراير الماضي')).toBe('2024-02-09');
    expect(val('وقعت الحادثة في الحادي والثلاثين من شهر كانون الثاني الماضي', P, 'الحادي والثلاثين من شهر كانون الثاني الماضي')).toBe('2024-01-31');
    expect(val('تبدأ العطلة في غرة شهر أفريل المقبل', P, 'غرة شهر أفريل المقبل')).toBe('2024-04-01');
  });
  it('spelling variants: أغشت، دجمبر، نونمبر، ربيع ثان', () => {
    expect(val('أجريت الانتخابات في 14 أغشت 2023', P, '14 أغشت 2023')).toBe('2023-08-14');
    expect(val('أجريت الانتخابات في 14 دجمبر الماضي', P, '14 دجمبر الماضي')).toBe('2023-12-14');
    expect(val('أجريت الانتخابات في 2 نونمبر 2021', P, '2 نونمبر 2021')).toBe('2021-11-02');
    expect(get('صدر المرسوم في 3 ربيع ثان 1445', P, '3 ربيع ثان 1445').calendar).toBe('hijri');
  });
});

describe('ranges and lists of days (one mention per day; the first takes the month of the last)', () => {
  it('من … إلى، بين … و، ما بين، dash, حتى, Arabic-Indic digits', () => {
    expect(val('يعقد المؤتمر من 7 إلى 9 يوليوز المقبل بالرباط', P, '7')).toBe('2024-07-07');
    expect(val('يعقد المؤتمر من 7 إلى 9 يوليوز المقبل بالرباط', P, '9 يوليوز المقبل')).toBe('2024-07-09');
    expect(val('تجري المناورات بين 3 و5 آذار الجاري', P, '3')).toBe('2024-03-03');
    expect(val('يقام المهرجان 7-9 جويلية 2024 بقرطاج', P, '7')).toBe('2024-07-07');
    expect(val('نظمت الدورة خلال الفترة الممتدة من 3 حتى 7 مارس الجاري', P, '3')).toBe('2024-03-03');
    expect(val('تنظم الدورة من ٧ إلى ٩ تموز المقبل', P, '٧')).toBe('2024-07-07');
    expect(val('نظمت الدورة من 28 فبراير إلى 3 مارس 2024', P, '28 فبراير')).toBe('2024-02-28');
    expect(val('نظمت الدورة من 28 إلى 3 مارس 2024', P, '28')).toBe('2024-02-28');
  });
  it('a list of three days, each a mention', () => {
    const t = 'تنظم الدورة أيام 7 و8 و9 يوليوز المقبل';
    expect(val(t, P, '7')).toBe('2024-07-07');
    expect(val(t, P, '8')).toBe('2024-07-08');
    expect(val(t, P, '9 يوليوز المقبل')).toBe('2024-07-09');
  });
  it('year spans with a dash give both years', () => {
    expect(val('ارتفع الإنتاج في الفترة 2020-2022 بشكل كبير', P, '2020')).toBe('2020');
    expect(val('ارتفع الإنتاج في الفترة 2020-2022 بشكل كبير', P, '2022')).toBe('2022');
    expect(val('ارتفع الإنتاج خلال الفترة ٢٠١٩ - ٢٠٢١ بشكل كبير', P, '٢٠١٩')).toBe('2019');
    // a score or a count is no year span
    expect(texts('فاز الفريق 3-2 وسجل 2020-2 نقطة', P)).toEqual([]);
  });
  it('two weekdays sharing one plural modifier', () => {
    const t = 'تنظم الدورة يومي الأحد والاثنين المقبلين';
    expect(val(t, P, 'يومي الأحد')).toBe('2024-03-24');
    expect(val(t, P, 'الاثنين المقبلين')).toBe('2024-03-25');
  });
});

describe('relative expressions', () => {
  it('counted days, weeks, months, hours and decades, in words and digits', () => {
    expect(val('قتل ثلاثة أشخاص قبل ثلاثة أيام في القصف', P, 'قبل ثلاثة أيام')).toBe('2024-03-17');
    expect(val('يعيش السكان دون كهرباء منذ أسبوعين', P, 'منذ أسبوعين')).toBe('2024-03-06');
    expect(val('بدأ الإضراب قبل ١٠ أيام', P, 'قبل ١٠ أيام')).toBe('2024-03-10');
    expect(val('بدأ الإضراب قبل 15 يوماً', P, 'قبل 15 يوماً')).toBe('2024-03-05');
    expect(val('انهار المبنى قبل 48 ساعة', P, 'قبل 48 ساعة')).toBe('2024-03-18');
    expect(val('انهار المبنى قبل ساعات', P, 'قبل ساعات')).toBe(P);
    expect(val('تأسست الجمعية قبل عقدين', P, 'قبل عقدين')).toBe('2004');
    expect(val('تأسست الجمعية قبل ثلاثة عقود', P, 'قبل ثلاثة عقود')).toBe('1994');
    expect(val('تأسست الجمعية قبل عقد من الزمن', P, 'قبل عقد من الزمن')).toBe('2014');
  });
  it('not a date: "قبل عقد الاجتماع" (holding), "بعد ساعة" (from the story), "منذ أيام الاستعمار", bare "قبل أيام"', () => {
    expect(texts('تشاور الوفدان قبل عقد الاجتماع', P)).toEqual([]);
    expect(texts('وصلت سيارات الإسعاف بعد نحو ساعة', P)).toEqual([]);
    expect(texts('عاش البلد منذ أيام الاستعمار أزمة', P)).toEqual([]);
    expect(texts('بدأ المعرض قبل أيام من الانتخابات', P)).toEqual([]);
  });
  it('stretches counted back from publication: the month holding (almost) all of them', () => {
    expect(val('سقطت أمطار غزيرة خلال اليومين الماضيين على المنطقة', P, 'اليومين الماضيين')).toBe('2024-03');
    expect(val('سقطت أمطار غزيرة خلال الأيام الثلاثة الماضية على المنطقة', P, 'الأيام الثلاثة الماضية')).toBe('2024-03');
    expect(val('سقطت أمطار غزيرة خلال الأسبوعين الماضيين', P, 'الأسبوعين الماضيين')).toBe('2024-03');
    expect(val('عادت المدينة إلى الواجهة خلال الأيام القليلة الماضية', P, 'الأيام القليلة الماضية')).toBe('2024-03');
    expect(val('وثقت الهيئة أربعين اعتداء خلال الأسابيع الثلاثة الماضية', '2026-04-21', 'الأسابيع الثلاثة الماضية')).toBe('2026-04');
    expect(val('سجلت الأرصاد أمطارا خلال الـ48 ساعة الماضية', P, 'الـ48 ساعة الماضية')).toBe('2024-03');
    // up to a day back is the publication day itself
    expect(val('سجلت الأرصاد أمطارا خلال الساعات الـ24 الماضية', P, 'الساعات الـ24 الماضية')).toBe(P);
  });
  it('a stretch across a month end names no date; nor the coming days, nor "الأيام الأخيرة من" something', () => {
    expect(texts('سقطت أمطار غزيرة خلال الأسبوعين الماضيين', '2024-03-05')).toEqual([]);
    expect(texts('سيبدأ المعرض خلال الأيام المقبلة', P)).toEqual([]);
    expect(texts('تحدث المرشح في الأيام الأخيرة من الحملة', P)).toEqual([]);
  });
  it('fixed phrases: الليلة قبل الماضية، يوم أمس، السنة الفارطة، العام المنصرم، الشهر المنصرم', () => {
    expect(val('وقع الانفجار الليلة قبل الماضية', P, 'الليلة قبل الماضية')).toBe('2024-03-18');
    expect(val('وقع الانفجار يوم أمس في السوق', P, 'يوم أمس')).toBe('2024-03-19');
    expect(val('ارتفعت الأسعار خلال السنة الفارطة', P, 'السنة الفارطة')).toBe('2023');
    expect(val('ارتفعت الأسعار خلال العام المنصرم', P, 'العام المنصرم')).toBe('2023');
    expect(val('ارتفعت الأسعار خلال الشهر المنصرم', P, 'الشهر المنصرم')).toBe('2024-02');
    expect(val('سيصل الوفد بعد غد إلى القاهرة', P, 'بعد غد')).toBe('2024-03-22');
    expect(val('وصل الوفد أول أمس إلى القاهرة', P, 'أول أمس')).toBe('2024-03-18');
  });
  it('parts of a year: quarters, halves, the first months — kept in the span, dated by the year', () => {
    expect(val('ارتفعت الأسعار في الربع الأول من العام بشكل حاد', P, 'الربع الأول من العام')).toBe('2024');
    expect(val('ارتفعت الأسعار في الربع الأخير من العام الماضي', P, 'الربع الأخير من العام الماضي')).toBe('2023');
    expect(val('ارتفعت الأسعار في النصف الثاني من 2023 بشكل حاد', P, 'النصف الثاني من 2023')).toBe('2023');
    expect(val('ارتفعت الأسعار في الأشهر الستة الأولى من العام الجاري', P, 'الأشهر الستة الأولى من العام الجاري')).toBe('2024');
    expect(val('نما الاقتصاد خلال الثلاثي الثالث من عام 2023', P, 'الثلاثي الثالث من عام 2023')).toBe('2023');
    expect(val('ارتفعت الأسعار عام 2019، وفي النصف الأول من العام نفسه تراجعت', P, 'النصف الأول من العام نفسه')).toBe('2019');
    expect(texts('نجح التلاميذ في الفصل الأول من السنة الدراسية', P)).toEqual([]);
  });
  it('parts of a month named by a week or the last ten days', () => {
    expect(val('اندلعت المواجهات في الأسبوع الأخير من فبراير', P, 'الأسبوع الأخير من فبراير')).toBe('2024-02');
    expect(get('اعتكف المصلون في العشر الأواخر من شهر رمضان الماضي', P, 'العشر الأواخر من شهر رمضان الماضي').calendar).toBe('hijri');
  });
});

describe('times of day and nights', () => {
  it('a night named by its two days is one mention, dated by its evening', () => {
    expect(val('شنت الطائرات غارات ليل الأحد-الاثنين على المدينة', P, 'ليل الأحد-الاثنين')).toBe('2024-03-17');
    expect(val('شنت الطائرات غارات ليل الأحد - الاثنين على المدينة', P, 'ليل الأحد - الاثنين')).toBe('2024-03-17');
    expect(val('شنت الطائرات غارات ليلة السبت إلى الأحد', P, 'ليلة السبت إلى الأحد')).toBe('2024-03-16');
    expect(val('وقع الانفجار ليل الأربعاء الخميس', '2024-03-21', 'ليل الأربعاء الخميس')).toBe('2024-03-20');
    expect(val('وقع الانفجار ليلة الخميس على الجمعة الماضية', P, 'ليلة الخميس على الجمعة الماضية')).toBe('2024-03-14');
    // two different times of day are two mentions
    expect(texts('وقع القصف ليل السبت وصباح الأحد', P)).toEqual(['ليل السبت', 'صباح الأحد']);
  });
  it('a time of day before يوم + weekday stays in the span', () => {
    expect(val('وقع الانفجار مساء يوم الثلاثاء', P, 'مساء يوم الثلاثاء')).toBe('2024-03-19');
    expect(val('وقع الانفجار صبيحة يوم الجمعة', P, 'صبيحة يوم الجمعة')).toBe('2024-03-15');
    expect(val('شنت الطائرات غارات فجر اليوم على المدينة', P, 'فجر اليوم')).toBe(P);
    expect(val('وقع الهجوم فجر يوم 15 مارس', P, 'فجر يوم 15 مارس')).toBe('2024-03-15');
  });
});

describe('weekday + date', () => {
  it('the weekday picks the year of a date without one, among years near publication', () => {
    expect(val('اجتمع الوزراء الأحد 12 نيسان في بيروت', '2020-04-20', 'الأحد 12 نيسان')).toBe('2020-04-12');
    expect(val('قال الوزير يوم الأحد 17 مارس إن', P, 'يوم الأحد 17 مارس')).toBe('2024-03-17');
  });
  it('a weekday that contradicts the date: the date wins', () => {
    expect(val('اجتمع الوزراء الاثنين 12 نيسان 2020 في بيروت', P, 'الاثنين 12 نيسان 2020')).toBe('2020-04-12');
    // 17 March 2024 is a Sunday: "الاثنين" is a slip, not a date a year away
    expect(val('قال الوزير يوم الاثنين 17 مارس إن', P, 'يوم الاثنين 17 مارس')).toBe('2024-03-17');
  });
});

describe('datelines', () => {
  it('place, date and agency in several house styles', () => {
    expect(val('الرباط - 15 يونيو (هسبريس) - أعلنت الوزارة', '2024-06-15', '15 يونيو')).toBe('2024-06-15');
    expect(val('دمشق، 20 آذار (سانا) - أعلنت الوزارة', P, '20 آذار')).toBe(P);
    expect(val('الدار البيضاء: 20 مارس 2024 - أعلنت الوزارة', P, '20 مارس 2024')).toBe(P);
    expect(val('نواكشوط (الأخبار) – الأربعاء 20 مارس 2024 أعلنت الوزارة', P, 'الأربعاء 20 مارس 2024')).toBe(P);
    expect(val('تونس 20 مارس 2024 (وات) - أعلنت الوزارة', P, '20 مارس 2024')).toBe(P);
    expect(val('القاهرة - ١٥ يونيو - أعلنت الوزارة', '2024-06-16', '١٥ يونيو')).toBe('2024-06-15');
  });
});

describe('Hijri', () => {
  const uq = (y: number, m: number, d: number) => iso(hijriToGregorian({ year: y, month: m, day: d }));
  it('day month year with every era mark and month spelling, checked against the Umm al-Qura converter', () => {
    expect(val('بدأ الصيام في 12 رمضان 1447هـ حسب التقويم', P, '12 رمضان 1447هـ')).toBe(uq(1447, 9, 12));
    expect(val('أقيمت الصلاة في 10 ذي القعدة 1445 هـ', P, '10 ذي القعدة 1445 هـ')).toBe(uq(1445, 11, 10));
    expect(val('أقيمت الصلاة في 10 ذى القعدة 1445ه', P, '10 ذى القعدة 1445ه')).toBe(uq(1445, 11, 10));
    expect(val('أقيمت الصلاة في 10 ذو القعده 1445 ه', P, '10 ذو القعده 1445 ه')).toBe(uq(1445, 11, 10));
    expect(val('أقيمت الصلاة في 10 ذي القعدة سنة 1445 للهجرة', P, '10 ذي القعدة سنة 1445 للهجرة')).toBe(uq(1445, 11, 10));
    expect(val('صدر المرسوم بتاريخ 20 جمادى الآخرة 1445', P, '20 جمادى الآخرة 1445')).toBe(uq(1445, 6, 20));
    expect(val('صدر المرسوم في غرة شوال 1445 هـ', P, 'غرة شوال 1445 هـ')).toBe(uq(1445, 10, 1));
    expect(val('صدر المرسوم في ١٢ محرم ١٤٤٥ه', P, '١٢ محرم ١٤٤٥ه')).toBe(uq(1445, 1, 12));
    expect(val('صدر المرسوم في 3 ربيع ثان 1445', P, '3 ربيع ثان 1445')).toBe(uq(1445, 4, 3));
    expect(val('اندلعت الحرب في 1445/9/5 هـ', P, '1445/9/5 هـ')).toBe(uq(1445, 9, 5));
  });
  it('a Hijri date paired with a Gregorian one: the Gregorian wins (local sighting may differ by a day)', () => {
    // Umm al-Qura puts 5 Ramadan 1445 on 15 March 2024; the writer's calendar says the 16th
    expect(uq(1445, 9, 5)).toBe('2024-03-15');
    const a = get('أقيمت الصلاة يوم 5 رمضان 1445 هـ الموافق 16 مارس 2024', P, '5 رمضان 1445 هـ');
    expect(a.value).toBe('2024-03-16');
    expect(a.evidence).toContain('note:gregorian-pair-wins');
    expect(val('الجزائر – الثلاثاء 10 مارس 2026 الموافق 20 رمضان 1447 هـ – قررت الجزائر', '2026-03-10', '20 رمضان 1447 هـ')).toBe('2026-03-10');
    expect(val('صدر في 15 مارس 2024 (4 رمضان 1445هـ) قرار', P, '4 رمضان 1445هـ')).toBe('2024-03-15');
    expect(val('صدر في 4 رمضان 1445هـ الموافق لـ 15 مارس 2024م قرار', P, '4 رمضان 1445هـ')).toBe('2024-03-15');
    expect(val('صدر يوم الجمعة 4 رمضان 1445 هجرية الموافق 14/3/2024 ميلادية قرار', P, 'يوم الجمعة 4 رمضان 1445 هجرية')).toBe('2024-03-14');
    // two dates far apart are two days, not a pair
    expect(val('اجتمعوا في 5 رمضان 1445 هـ، 20 مارس 2024', P, '5 رمضان 1445 هـ')).toBe(uq(1445, 9, 5));
    // when they agree nothing is noted
    expect(get('أقيمت الصلاة يوم 5 رمضان 1445 هـ الموافق 15 مارس 2024', P, '5 رمضان 1445 هـ').evidence).not.toContain('note:gregorian-pair-wins');
  });
  it('a Hijri year alone; a Hijri month needs a modifier or a day', () => {
    expect(get('بلغ العجز ذروته سنة ١٤٤٥ هـ', P, 'سنة ١٤٤٥ هـ').calendar).toBe('hijri');
    expect(val('اندلعت الحرب في رمضان الماضي', P, 'رمضان الماضي')).toBe('2023-04');
    expect(texts('يكثر الصائمون من العبادة في شهر رمضان', P)).toEqual([]);
  });
});

describe('years', () => {
  it('عام/سنة/العام, في, مطلع, with and without م', () => {
    expect(val('بلغ العجز ذروته عام 2019', P, 'عام 2019')).toBe('2019');
    expect(val('بلغ العجز ذروته في 2019', P, '2019')).toBe('2019');
    expect(val('اندلعت الحرب عام 1948م', P, 'عام 1948م')).toBe('1948');
    expect(val('اندلعت الحرب في 2023م', P, '2023م')).toBe('2023');
    expect(val('تنظم الدورة منذ مطلع 2011', P, 'مطلع 2011')).toBe('2011');
    expect(val('تنظم الدورة منذ عام ٢٠١١', P, 'عام ٢٠١١')).toBe('2011');
  });
  it('decades and centuries are not date mentions', () => {
    expect(texts('بلغ العجز ذروته في التسعينيات من القرن الماضي', P)).toEqual([]);
    expect(texts('بلغ العجز ذروته في القرن التاسع عشر', P)).toEqual([]);
  });
});

describe('more forms (session 8, second pass)', () => {
  it('غد with a weekday or a time of day; "غد أفضل" is no date', () => {
    expect(val('يصل الوفد ظهر غد الخميس إلى القاهرة', P, 'ظهر غد الخميس')).toBe('2024-03-21');
    expect(val('يصل الوفد صباح الغد إلى القاهرة', P, 'صباح الغد')).toBe('2024-03-21');
    expect(texts('يتطلع الشباب إلى غد أفضل', P)).toEqual([]);
  });
  it('a day with الجاري alone is the current month, after a time cue only', () => {
    expect(val('وصل الوفد في 15 الجاري', P, '15 الجاري')).toBe('2024-03-15');
    expect(val('وصل الوفد يوم الخامس عشر الجاري', P, 'الخامس عشر الجاري')).toBe('2024-03-15');
    expect(texts('احتل الفريق المركز الثاني الحالي في الترتيب', P)).toEqual([]);
    expect(texts('زاد الإنتاج بنسبة 15 الحالية', P)).toEqual([]);
  });
  it('a part of a month with شهر: أواخر شهر، مطلع شهر، النصف الثاني من شهر', () => {
    expect(val('وصل الوفد في أواخر شهر فبراير الماضي', P, 'أواخر شهر فبراير الماضي')).toBe('2024-02');
    expect(val('وصل الوفد في مطلع شهر آذار الجاري', P, 'مطلع شهر آذار الجاري')).toBe('2024-03');
    expect(val('وصل الوفد في النصف الثاني من شهر مارس', P, 'النصف الثاني من شهر مارس')).toBe('2024-03');
    expect(get('وصل الوفد في منتصف شهر رمضان الجاري', P, 'منتصف شهر رمضان الجاري').calendar).toBe('hijri');
  });
  it('a list of bare months runs forward in one year', () => {
    const t = 'أغلقت المدارس في شهري مارس وأبريل';
    expect(val(t, P, 'مارس')).toBe('2023-03');
    expect(val(t, P, 'أبريل')).toBe('2023-04');
    expect(get(t, P, 'مارس').evidence).toContain('rule:list-year');
    // when the list already runs forward nothing changes
    expect(val('أغلقت المدارس في شهري يناير وفبراير', P, 'يناير')).toBe('2024-01');
  });
  it('Moroccan متم (end of) is a part-of-period word', () => {
    expect(val('تنتهي الأشغال في متم شتنبر المقبل', P, 'متم شتنبر المقبل')).toBe('2024-09');
    expect(val('تنتهي الأشغال عند متم الشهر الجاري', P, 'متم الشهر الجاري')).toBe('2024-03');
  });
  it('Hijri month spellings جماد الأول، جمادى الثاني', () => {
    expect(get('صدر القرار في 12 جماد الأول 1445', P, '12 جماد الأول 1445').calendar).toBe('hijri');
    expect(get('صدر القرار في 12 جمادى الثاني 1445', P, '12 جمادى الثاني 1445').calendar).toBe('hijri');
  });
  it('era words with the article stay in the span', () => {
    expect(val('وتعود الأزمة إلى سنة 2020 الميلادية', P, 'سنة 2020 الميلادية')).toBe('2020');
    expect(get('توفي العالم سنة 505 الهجرية', P, 'سنة 505 الهجرية').calendar).toBe('hijri');
  });
});

describe('bare weekdays in news sentences', () => {
  it('after a passive or past verb of violence and its object: the last such day', () => {
    expect(val('قتل ثلاثة فلسطينيين الأحد برصاص الجيش', P, 'الأحد')).toBe('2024-03-17');
  });
  it('after a short present verb or inside a future clause: the next such day', () => {
    expect(val('يصل الوفد الأحد إلى باريس', P, 'الأحد')).toBe('2024-03-24');
    expect(val('من المنتظر أن تعقد الجلسة الأحد', P, 'الأحد')).toBe('2024-03-24');
    expect(val('ستعقد الجلسة صباح الأحد', P, 'صباح الأحد')).toBe('2024-03-24');
  });
  it('every modifier of the regions: الماضية، القادم، المنصرم، الفائت، الفارط، المنقضي', () => {
    expect(val('التقى الوزير نظيره الجمعة الماضية', P, 'الجمعة الماضية')).toBe('2024-03-15');
    expect(val('يلتقي الوزير نظيره يوم السبت القادم', P, 'يوم السبت القادم')).toBe('2024-03-23');
    expect(val('التقى الوزير نظيره السبت المنصرم', P, 'السبت المنصرم')).toBe('2024-03-16');
    expect(val('التقى الوزير نظيره الأحد الفائت', P, 'الأحد الفائت')).toBe('2024-03-17');
    expect(val('التقى الوزير نظيره الخميس الفارط', P, 'الخميس الفارط')).toBe('2024-03-14');
    expect(val('التقى الوزير نظيره الاثنين المنقضي', P, 'الاثنين المنقضي')).toBe('2024-03-18');
  });
  it('names and prayers stay out', () => {
    expect(texts('أدى المصلون صلاة الجمعة في المسجد', '2024-03-22')).toEqual([]);
  });
});

describe('more year forms', () => {
  it('بحلول، من … إلى، السنوات, a year naming an election or a tournament', () => {
    expect(val('تهدف الخطة إلى خفض الانبعاثات بحلول 2030', P, '2030')).toBe('2030');
    expect(val('ارتفعت الصادرات من 2020 إلى 2022', P, '2020')).toBe('2020');
    expect(val('ارتفعت الصادرات من 2020 إلى 2022', P, '2022')).toBe('2022');
    expect(val('في السنوات 2020 و2021 و2022', P, 'السنوات 2020')).toBe('2020');
    expect(val('في السنوات 2020 و2021 و2022', P, '2021')).toBe('2021');
    expect(val('شهدت انتخابات 2021 مقاطعة واسعة', P, '2021')).toBe('2021');
    expect(val('شارك المنتخب في مونديال 2022', P, '2022')).toBe('2022');
  });
  it('counts are no years', () => {
    expect(texts('ارتفع عدد المشاركين من 2000 إلى 2500 شخص', P)).toEqual([]);
    expect(texts('أقر البرلمان موازنة 2024 بأغلبية 88 صوتا', P)).toEqual([]);
  });
});
