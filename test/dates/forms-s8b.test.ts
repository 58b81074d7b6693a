// Session 8, round 2: tense-aware day+month without a year, Iraqi month abbreviations, numeric dates,
// seasons of a sports or school year, the new year and Ramadan without a year. Sentences written for
// these tests; every check asserts the span is an exact slice of the text (rules in data/dates/README.md).
import { describe, expect, it } from 'vitest';
import { dates, get, val } from './harness.ts';

const JAN = '2025-01-10';

describe('day and month without a year: tense of the clause', () => {
  it('an imperfect or future clause more than 30 days ahead stays in the publication year', () => {
    expect(val('يبدأ المهرجان في 11 مارس بمشاركة فرق عربية.', JAN, '11 مارس')).toBe('2025-03-11');
    expect(val('وتنطلق الدورة الجديدة في 20 أبريل في العاصمة.', JAN, '20 أبريل')).toBe('2025-04-20');
    expect(val('من المنتظر أن يصل الوفد في 5 مايو إلى بغداد.', JAN, '5 مايو')).toBe('2025-05-05');
    expect(val('تنتهي المهلة في 15 يونيو المقبل.', JAN, '15 يونيو المقبل')).toBe('2025-06-15');
  });
  it('a past clause or a past reference stays in the past', () => {
    expect(val('يعود تاريخ الأزمة إلى 3 مارس حين اندلعت الاشتباكات.', JAN, '3 مارس')).toBe('2024-03-03');
    expect(val('وقعت الحادثة في 11 مارس وأسفرت عن قتلى.', JAN, '11 مارس')).toBe('2024-03-11');
    expect(val('وأعلنت الحكومة في 8 سبتمبر خطة جديدة.', JAN, '8 سبتمبر')).toBe('2024-09-08');
  });
  it('a masdar or a date more than eight months ahead does not count', () => {
    expect(val('تنظيم المهرجان في 11 مارس كان ناجحا.', JAN, '11 مارس')).toBe('2024-03-11');
    expect(val('يبدأ المهرجان في 11 ديسمبر عادة.', JAN, '11 ديسمبر')).toBe('2024-12-11');
    expect(val('لم يبدأ المهرجان في 11 مارس كما كان مقررا.', JAN, '11 مارس')).toBe('2024-03-11');
  });
  it('an imperfect far from the date or in another clause does not pull it forward', () => {
    expect(val('يتذكر السكان ما جرى في 7 مايو عندما غمرت المياه الحي.', JAN, '7 مايو')).toBe('2024-05-07');
  });
});

describe('Iraqi month abbreviations and separators', () => {
  const P = '2024-03-20';
  it('ك2، ك1، ت1، ت2 with a day and year', () => {
    expect(val('في 23 ك2 2024 عقدت الجلسة.', P, '23 ك2 2024')).toBe('2024-01-23');
    expect(val('بتاريخ 5 ك1 2023 صدر القرار.', P, '5 ك1 2023')).toBe('2023-12-05');
    expect(val('في 9 ت1 2023 بدأت الحرب.', P, '9 ت1 2023')).toBe('2023-10-09');
    expect(val('في ١٢ ت٢ ٢٠٢٣ وصل الوفد.', P, '١٢ ت٢ ٢٠٢٣')).toBe('2023-11-12');
  });
  it('an abbreviation alone is no month', () => {
    expect(dates('في ت1 جرى التصويت.', P).map((d) => d.text)).toEqual([]);
    expect(val('في ك2 2024 جرى التصويت.', P, 'ك2 2024')).toBe('2024-01');
  });
  it('slashes and dashes around a month name', () => {
    expect(val('صدر الكتاب بتاريخ 23/كانون الثاني/2024 في بغداد.', P, '23/كانون الثاني/2024')).toBe('2024-01-23');
    expect(val('صدر الكتاب بتاريخ 23-كانون الثاني-2024 في بغداد.', P, '23-كانون الثاني-2024')).toBe('2024-01-23');
    expect(val('بتاريخ 4/آذار/2024 أعلن المجلس.', P, '4/آذار/2024')).toBe('2024-03-04');
  });
  it('numeric dates, day first or year first, both digit sets', () => {
    expect(val('صدر الأمر بتاريخ 23/1/2024 عن المحكمة.', P, '23/1/2024')).toBe('2024-01-23');
    expect(val('صدر الأمر بتاريخ 2024/01/23 عن المحكمة.', P, '2024/01/23')).toBe('2024-01-23');
    expect(val('صدر الأمر بتاريخ 23.01.2024 عن المحكمة.', P, '23.01.2024')).toBe('2024-01-23');
    expect(val('صدر الأمر بتاريخ ٢٣/١/٢٠٢٤ عن المحكمة.', P, '٢٣/١/٢٠٢٤')).toBe('2024-01-23');
    expect(val('صدر الأمر بتاريخ ٢٠٢٤/٠١/٢٣ عن المحكمة.', P, '٢٠٢٤/٠١/٢٣')).toBe('2024-01-23');
  });
});

describe('seasons of a sports or school year', () => {
  const P = '2024-03-20';
  it('the first year of the season', () => {
    const d = get('تصدر الفريق ترتيب الدوري في الموسم 2023/2024 بفارق كبير.', P, 'الموسم 2023/2024');
    expect(d.value).toBe('2023');
    expect(d.evidence!.join(' ')).toContain('rule:season-span');
    expect(val('يستعد النادي لموسم 2024-2025 بصفقات جديدة.', P, 'موسم 2024-2025')).toBe('2024');
    expect(val('يبدأ العام الدراسي 2025/2026 في سبتمبر.', P, 'العام الدراسي 2025/2026')).toBe('2025');
  });
  it('two years that do not follow each other are not a season', () => {
    const ds = dates('الموسم 2020/2024 كان طويلا.', P);
    expect(ds.some((d) => d.text === 'الموسم 2020/2024')).toBe(false);
  });
});

describe('the new year, Ramadan and the Eids without a date', () => {
  it('العام الجديد and رأس السنة: next year in December, else the current one', () => {
    expect(val('تستعد المدينة لاحتفالات العام الجديد بعروض ضوئية.', '2024-12-28', 'العام الجديد')).toBe('2025');
    expect(val('ترتفع الأسعار مع مطلع العام الجديد.', '2024-12-10', 'مطلع العام الجديد')).toBe('2025');
    expect(val('أعلنت الحكومة خطة العام الجديد.', '2025-01-05', 'العام الجديد')).toBe('2025');
    expect(val('احتفل السكان برأس السنة في الساحات.', '2025-01-02', 'رأس السنة')).toBe('2025');
    expect(val('تستعد الفنادق لليلة رأس السنة.', '2024-12-20', 'رأس السنة')).toBe('2025');
  });
  it('شهر رمضان المبارك alone: the Ramadan of the publication year (Hijri, month precision)', () => {
    const d = get('تشهد الأسواق ازدحاما خلال شهر رمضان المبارك.', '2024-03-20', 'شهر رمضان المبارك');
    expect(d.value).toBe('2024-03');
    expect(d.calendar).toBe('hijri');
    // published in 2025 (Ramadan 1446 began on 1 March 2025)
    expect(val('تشهد الأسواق ازدحاما خلال شهر رمضان المبارك.', '2025-02-10', 'شهر رمضان المبارك')).toBe('2025-03');
    // months away from it, a bare Ramadan is the month in general: no date
    expect(dates('تشهد الأسواق ازدحاما خلال شهر رمضان المبارك.', '2024-09-10')).toEqual([]);
    // the occasion of an act, not its time
    expect(dates('أفرجت السلطات عن موقوفين بعفو صدر بمناسبة شهر رمضان المبارك.', '2024-03-20')).toEqual([]);
    expect(dates('تبادل القادة التهاني بمناسبة العام الجديد.', '2024-12-31')).toEqual([]);
    // "عيد الفطر" without a year: (session 9) the one near publication, like Ramadan; far from it, left out
    expect(dates('تستعد الأسواق لعيد الفطر.', '2024-03-20').map((d) => d.value)).toEqual(['2024-04']);
    expect(dates('تستعد الأسواق لعيد الفطر.', '2024-09-20')).toEqual([]);
  });
  it('عيد الفطر / عيد الأضحى with a year', () => {
    const f = get('عادت العائلات إلى منازلها بعد عيد الفطر 2023.', '2024-03-20', 'عيد الفطر 2023');
    expect(f.value).toBe('2023-04');
    const a = get('ارتفعت أسعار الأضاحي قبل عيد الأضحى 2024 بأسابيع.', '2024-03-20', 'عيد الأضحى 2024');
    expect(a.value).toBe('2024-06');
  });
});
