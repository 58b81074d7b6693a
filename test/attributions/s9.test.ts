// Attribution mechanisms of session 9 (holdout8 released for tuning): a subject pronoun before a verb of opinion, the
// circumstantial participles of ادعى/زعم, a quoted company name inside the apposition of a relayed speaker, an elative
// written with the ل of «وفقاً لـ». Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { runQueries as run } from './checked.ts';

describe('a separate subject pronoun before a bare present verb', () => {
  it('«وهي ترى أن» continues the last speaker', () => {
    const r = run('وقالت النائبة ريما الخطيب لـ«النهار» إن الموازنة لن تمر. وهي ترى أن الحكومة تماطل في الإصلاحات منذ أشهر.');
    const a = r.one('الحكومة تماطل');
    expect(a.kind).toBe('indirect');
    expect(r.speaker('الحكومة تماطل')).toContain('الخطيب');
    expect(a.source).toBe(r.one('الموازنة').source);
  });
  it('a noun before the verb still makes it an adjectival clause', () => {
    const r = run('وقال الوزير إن الخطة جاهزة. وشهدت المدينة مسيرات غاضبة ترى أن الخطة متأخرة.');
    expect(r.find('الخطة متأخرة')).toBeUndefined();
    expect(r.attributions).toHaveLength(1);
  });
});

describe('circumstantial participles of claiming', () => {
  it('«، مدعياً أن» after a statement is the same speaker', () => {
    const r = run('وقال المتحدث باسم الشرطة سامر العلي إن الدورية تعرضت لإطلاق نار، مدعياً أن عناصرها لم يبادروا بالهجوم.');
    const a = r.one('عناصرها لم يبادروا');
    expect(a.cue.text).toBe('مدعياً');
    expect(a.source).toBe(r.one('الدورية').source);
  });
  it('«، زاعمةً أن» with a feminine speaker', () => {
    const r = run('وأعلنت الوزارة في بيان أن المعبر سيغلق، زاعمةً أن القرار جاء لأسباب أمنية.');
    expect(r.one('القرار جاء').source).toBe(r.one('المعبر').source);
  });
});

describe('relayed speakers', () => {
  it('a quoted company name inside the apposition before «قوله إن» is no quotation', () => {
    const r = run('ونقلت وكالة «بلومبرغ» عن سامي الدوسري، المدير المالي لشركة «الخليج للاستثمار»، قوله إن الأرباح سترتفع هذا العام.');
    expect(r.find('الخليج للاستثمار')).toBeUndefined();
    const a = r.one('الأرباح سترتفع');
    expect(a.kind).toBe('indirect');
    expect(r.speaker('الأرباح')).toContain('الدوسري');
    expect(r.via('الأرباح').join(' ')).toContain('بلومبرغ');
  });
});

describe('according-to phrases', () => {
  it('an elative written with the ل of «وفقاً لـ» before a record', () => {
    const r = run('ووفقاً لآخر تقرير صادر عن البنك الدولي، تراجع النمو في المنطقة إلى 2%.');
    const a = r.one('تراجع النمو');
    expect(r.kind('تراجع النمو')).toBe('document');
    expect(r.src(a.source).label).toContain('تقرير');
  });
});

describe('documents and organisations named in quotes', () => {
  it('a document subject with a parenthetical of issuing before the governed على', () => {
    const r = run('ونصّ تعميم وزارة المالية، الصادر مطلع الشهر، على تجميد التوظيف في القطاع العام حتى نهاية العام.');
    const a = r.one('تجميد التوظيف');
    expect(a.cue.text).toBe('نصّ');
    expect(r.kind('تجميد التوظيف')).toBe('document');
    expect(r.src(a.source).label).toContain('تعميم وزارة المالية');
  });
  it('«إدارة «X»» is the company X, and a later bare «الشركة» after «شركة «X»» is the same source', () => {
    const r = run('وأضرب عمال شركة «نقل الشمال» أمس. وقالت إدارة «نقل الشمال»، في بلاغ، إن الخدمة مستمرة. وأكدت الشركة أنها فتحت باب الحوار مع النقابة.');
    const a = r.one('الخدمة مستمرة');
    expect(r.speaker('الخدمة مستمرة')).toBe('نقل الشمال');
    expect(r.one('فتحت باب الحوار').source).toBe(a.source);
  });
  it('a bare title is no organisation named after it: «المحافظ» after «محافظ البنك …»', () => {
    const r = run('وأعلن محافظ البنك المركزي سامر الحسيني أن الاحتياطي مستقر. وقال المحافظ إن الودائع وصلت.');
    expect(r.speaker('الودائع وصلت')).toContain('الحسيني');
  });
});

