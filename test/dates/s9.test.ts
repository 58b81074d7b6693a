// Session 9: Maghrebi «الفاتح» as the first of a month, اليوم before إلى, month cues with a proclitic, a weekday
// after a statement noun, a past-narrated «وبعد يومين» counted from the story's previous date, Iraqi
// abbreviations written apart, feasts without a year (near publication, or with الماضي/المقبل), months paid for
// (note:dues), "starting from" a coming month, and four-letter ت-imperfects behind و. Sentences written for these
// tests; every check asserts the span is an exact slice of the text (rules in data/dates/README.md).
import { describe, expect, it } from 'vitest';
import { get, val, texts } from './harness.ts';

describe('«الفاتح» names the first day of a month', () => {
  it('with or without من, with a modifier or a year', () => {
    expect(val('يسري العمل بالتسعيرة الجديدة في الفاتح نوفمبر المقبل.', '2025-09-03', 'الفاتح نوفمبر المقبل')).toBe('2025-11-01');
    expect(val('انطلقت الحملة الانتخابية الفاتح من مارس 2024 في كل الولايات.', '2024-05-01', 'الفاتح من مارس 2024')).toBe('2024-03-01');
    expect(get('يسري القرار ابتداء من الفاتح جانفي.', '2025-12-20', 'الفاتح جانفي').evidence).toContain('rule:dayone');
  });
  it('after an event head a named.tsv row gives the year', () => {
    expect(val('أحيا أنصار النظام السابق ذكرى ثورة الفاتح من سبتمبر في سرت.', '2024-09-02', 'الفاتح من سبتمبر')).toBe('1969-09-01');
  });
  it('the name alone is no date', () => {
    expect(texts('افتتح مسجد الفاتح أبوابه للمصلين.', '2025-03-01')).toEqual([]);
  });
});

describe('اليوم before إلى stays today', () => {
  it('إلى normalises like an ال-word but is a preposition', () => {
    expect(val('ومن المنتظر أن يسافر الوفد اليوم إلى عمّان.', '2025-06-11', 'اليوم')).toBe('2025-06-11');
    expect(val('على أن ينتقل الفريق اليوم إلى الملعب الجديد.', '2025-06-11', 'اليوم')).toBe('2025-06-11');
  });
  it('an ال-word after it still makes it a name or "that day"', () => {
    expect(texts('احتفلت المدارس باليوم الوطني للشجرة.', '2025-06-11')).toEqual([]);
    expect(texts('لن ننسى اليوم الذي سقطت فيه القذيفة.', '2025-06-11')).toEqual([]);
  });
});

describe('a day word closing a quoted or bracketed name', () => {
  it('is part of an outlet name', () => {
    expect(texts('وقال مصدر محلي لـ«صنعاء الغد» إن الاشتباكات توقفت.', '2025-06-11')).toEqual([]);
    expect(texts('عمّان (صحيفة الأردن اليوم) – أعلنت الحكومة خطة جديدة.', '2025-06-11')).toEqual([]);
  });
  it('but «أمس» closing a short quote is speech, and a lone bracketed day word is still a day', () => {
    expect(val('وقال أحد السكان: «وصلنا هنا أمس» بعد رحلة طويلة.', '2025-06-11', 'أمس')).toBe('2025-06-10');
    expect(val('ستعلن النتائج (غداً) في مؤتمر صحفي.', '2025-06-11', 'غداً')).toBe('2025-06-12');
  });
});

describe('more perfect verbs before a bare weekday', () => {
  it('«انطلقت أعماله الاثنين» is last Monday', () => {
    expect(val('افتتح المؤتمر الذي انطلقت أعماله الاثنين في العاصمة.', '2025-06-11', 'الاثنين')).toBe('2025-06-09');
    expect(val('وأفرجت السلطات الأحد عن ثلاثة موقوفين.', '2025-06-11', 'الأحد')).toBe('2025-06-08');
  });
});

describe('month cues and weekdays in less common company', () => {
  it('a cue with a proclitic makes an ambiguous Levantine month a month', () => {
    expect(val('خصصت الوزارة مبالغ لشهري آب وأيلول لتغطية العجز.', '2025-11-20', 'آب')).toBe('2025-08');
    expect(val('خصصت الوزارة مبالغ لشهري آب وأيلول لتغطية العجز.', '2025-11-20', 'أيلول')).toBe('2025-09');
    expect(val('ويعود المبلغ لشهر تموز من العام الجاري.', '2025-11-20', 'تموز من العام الجاري')).toBe('2025-07');
  });
  it('an ambiguous weekday after a statement noun, before punctuation', () => {
    expect(val('وأكدت النيابة ذلك في بيان الاثنين.', '2025-06-12', 'الاثنين')).toBe('2025-06-09');
    expect(val('وجاء ذلك خلال اجتماع الأحد، بحضور الوزراء.', '2025-06-12', 'الأحد')).toBe('2025-06-08');
  });
  it('not when a word follows (the two, the one)', () => {
    expect(texts('وجاء في بيان الاثنين المشترك أن الطرفين اتفقا.', '2025-06-12')).not.toContain('الاثنين');
    expect(texts('نص بيان الأحد من الموقعين على مطالب واضحة.', '2025-06-12')).not.toContain('الأحد');
  });
});

describe('a past-narrated «بعد N» counts from the previous date', () => {
  it('at the head of a clause, before a comma or a past verb', () => {
    const t = 'عقد البرلمان جلسته يوم 4 مارس. وبعد ثلاثة أيام، صوّت النواب على القانون.';
    const d = get(t, '2025-03-20', 'بعد ثلاثة أيام');
    expect(d.value).toBe('2025-03-07');
    expect(d.evidence).toContain('rule:anchor-previous-date');
    expect(val('وصل المبعوث يوم 10 فبراير. وبعد أسبوع غادر إلى عمّان.', '2025-02-25', 'بعد أسبوع')).toBe('2025-02-17');
  });
  it('never from a coming date, and a future clause still counts from publication', () => {
    const t = 'أجلت المحكمة الجلسة إلى 30 مايو المقبل. وبعد يومين، أصدرت النقابة بيانا.';
    expect(val(t, '2025-05-10', 'بعد يومين')).not.toBe('2025-06-01');
    expect(val('ستصدر النتائج بعد يومين، بحسب اللجنة.', '2025-05-10', 'بعد يومين')).toBe('2025-05-12');
    expect(val('وصل الوزير في 2 مايو. وبعد أسبوع، سيتوجه إلى دمشق.', '2025-05-10', 'بعد أسبوع')).toBe('2025-05-17');
  });
});

describe('Iraqi abbreviations written apart', () => {
  it('between a day and a four-digit year', () => {
    expect(val('افتتح المعرض في 15 ك 1 2024 ببغداد.', '2025-01-05', '15 ك 1 2024')).toBe('2024-12-15');
    expect(val('صدر الأمر في 3 ت 2 2023.', '2025-01-05', '3 ت 2 2023')).toBe('2023-11-03');
  });
  it('not without the year', () => {
    expect(texts('حصل على 15 ك 1 من الأصوات.', '2025-01-05')).toEqual([]);
  });
});

describe('a slashed day and month without a year', () => {
  it('after a day cue or a weekday', () => {
    expect(val('تنطلق الامتحانات يوم 18/6 في كل المحافظات.', '2025-06-10', '18/6')).toBe('2025-06-18');
    const d = get('صدر القرار بتاريخ 3/11 الماضي.', '2025-06-10', '3/11 الماضي');
    expect(d.value).toBe('2024-11-03');
    expect(d.evidence).toContain('rule:numeric-day-month');
    expect(val('وجرت المباراة الأحد 8/6 في الملعب البلدي.', '2025-06-10', 'الأحد 8/6')).toBe('2025-06-08');
  });
  it('elsewhere a score or a ratio', () => {
    expect(texts('فاز الفريق 3/1 على منافسه.', '2025-06-10')).toEqual([]);
    expect(texts('بلغت النسبة 15/6 في المئة.', '2025-06-10')).toEqual([]);
    expect(texts('يوم 35/6 لا وجود له.', '2025-06-10')).toEqual([]);
  });
});

describe('feasts without a year', () => {
  it('an Eid within 60 days of publication is the one written about', () => {
    // Eid al-Fitr 1446 fell on 30 March 2025; Eid al-Adha 1446 on 6 June 2025
    expect(val('وتشهد الأسواق حركة نشطة قبل عيد الفطر.', '2025-03-15', 'عيد الفطر')).toBe('2025-03');
    expect(texts('أعلنت الحكومة عطلة رسمية بمناسبة عيد الأضحى المبارك.', '2025-05-20')).toEqual([]);
    expect(get('تعود المدارس بعد عيد الأضحى.', '2025-05-20', 'عيد الأضحى').evidence).toContain('rule:feast-near-publication');
  });
  it('far from publication it is no date; after an occasion word (up to two words between) neither', () => {
    expect(texts('يتبادل الناس الزيارات في عيد الفطر.', '2025-09-15')).toEqual([]);
    expect(texts('تبادل الزعيمان التهاني بمناسبة قرب حلول عيد الأضحى.', '2025-05-25')).toEqual([]);
  });
  it('with الماضي / المقبل: the last one before publication or the next after', () => {
    expect(val('ارتفعت الأسعار خلال عيد الفطر الماضي.', '2025-09-15', 'عيد الفطر الماضي')).toBe('2025-03');
    expect(val('يبدأ التنفيذ بعد عيد الأضحى المقبل.', '2025-09-15', 'عيد الأضحى المقبل')).toBe('2026-05');
  });
});

describe('other Hijri days named without a date', () => {
  it('near publication: the one written about, month precision', () => {
    // 10 Muharram 1447 fell on 5 July 2025; 9 Dhu al-Hijja 1446 on 5 June 2025
    const a = get('تستعد المدن لإحياء ذكرى عاشوراء وسط إجراءات أمنية.', '2025-06-20', 'عاشوراء');
    expect(a.value).toBe('2025-07');
    expect(a.calendar).toBe('hijri');
    expect(val('وقف الحجاج على صعيد عرفات في يوم عرفة.', '2025-06-06', 'يوم عرفة')).toBe('2025-06');
    // the Hijri new year is not the Gregorian one
    expect(get('تزامن الحدث مع رأس السنة الهجرية.', '2025-06-20', 'رأس السنة الهجرية').evidence).toContain('rule:feast-near-publication');
  });
  it('far from publication, or as an occasion, no date', () => {
    expect(texts('يحتفل المسلمون بالمولد النبوي كل عام.', '2025-01-15')).toEqual([]);
    expect(texts('صدر عفو بمناسبة المولد النبوي الشريف.', '2025-08-25')).toEqual([]);
  });
});

describe('months paid for and months a change starts from', () => {
  it('a dues month carries note:dues, also through a coordinated month', () => {
    const t = 'ناقش الطرفان تمويل رواتب المعلمين لشهري آب وأيلول، واتفقا على لجنة.';
    expect(get(t, '2025-10-05', 'آب').evidence).toContain('note:dues');
    expect(get(t, '2025-10-05', 'أيلول').evidence).toContain('note:dues');
    expect(get('سافر الوزير في أيلول إلى باريس.', '2025-10-05', 'أيلول').evidence).not.toContain('note:dues');
  });
  it('"starting from" a month in the two after publication is the coming one', () => {
    expect(val('تطبق الزيادة اعتباراً من رواتب شهر يونيو.', '2025-05-18', 'يونيو')).toBe('2025-06');
    expect(val('يبدأ العمل بالقرار ابتداءً من شهر يوليو.', '2025-05-18', 'يوليو')).toBe('2025-07');
    // further away it keeps the usual (latest past) reading
    expect(val('ارتفعت الأسعار اعتباراً من شهر فبراير.', '2025-05-18', 'فبراير')).toBe('2025-02');
  });
});

describe('present-tense clause with a four-letter ت-verb behind و', () => {
  it('a coming date more than 30 days ahead', () => {
    expect(val('وتعقد اللجنة اجتماعها في 18 يوليو.', '2025-05-02', '18 يوليو')).toBe('2025-07-18');
  });
  it('a past verb keeps it past', () => {
    expect(val('وشهدت المدينة في 18 يوليو احتجاجات.', '2025-05-02', '18 يوليو')).toBe('2024-07-18');
  });
});
