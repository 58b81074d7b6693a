// Session 8 (late): boundaries of organisation and place names — a head that is a verbal noun inside another head's
// chain, a person's short form in construct after a head, a two-word eponym, "و" + another head ending a name, and
// quarters after "باب". Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { entity, named, runEntities as run } from './checked.ts';

describe('a verbal-noun head inside the chain of another head', () => {
  it('keeps the outer head', () => {
    const es = run('أصدرت هيئة تنظيم قطاع الكهرباء في مصر قراراً جديداً، وأعلن جهاز تنظيم الاتصالات في الكويت عن خطة.');
    expect(named(es, 'ORG')).toContain('هيئة تنظيم قطاع الكهرباء');
    expect(named(es, 'ORG')).toContain('جهاز تنظيم الاتصالات');
    expect(named(es, 'ORG')).not.toContain('تنظيم قطاع الكهرباء');
    expect(named(es, 'ORG')).not.toContain('تنظيم الاتصالات');
  });
});

describe('a person short form in construct after an organisation head', () => {
  it('is a word of the organisation when a place or definite noun follows', () => {
    const es = run('أطلقت شركة رايس الخليج منتجاً جديداً في دبي الأسبوع الماضي.');
    expect(named(es, 'ORG')).toContain('شركة رايس الخليج');
    expect(named(es, 'PER')).toEqual([]);
  });
  it('stays a person before an adjective or alone', () => {
    const es = run('واجهت حكومة نتنياهو الجديدة انتقادات، فيما دافعت إدارة بايدن عن موقفها.');
    expect(named(es, 'PER').length).toBeGreaterThanOrEqual(2);
  });
});

describe('eponyms of universities', () => {
  it('takes two proper words or a grammar person after the head', () => {
    const es = run('واستقبلت جامعة باجي مختار بعنابة وفداً من جامعة مولود معمري وجامعة زيان عاشور.');
    const orgs = named(es, 'ORG');
    expect(orgs).toContain('جامعة باجي مختار');
    expect(orgs).toContain('جامعة مولود معمري');
    expect(orgs).toContain('جامعة زيان عاشور');
    expect(named(es, 'PER')).not.toContain('مولود معمري');
    // (the city after بـ stays a place of its own after an eponym)
    expect(named(es, 'LOC').some((x) => x.includes('عنابة'))).toBe(true);
  });
});

describe('"و" + another head ends the name', () => {
  it('splits two coordinated bodies', () => {
    const es = run('ووقعت مديرية تربية حماة والمنظمة الدولية للهجرة اتفاقاً، ثم اجتمعت مديرية صحة الحسكة والهيئة الوطنية للإغاثة.');
    const orgs = named(es, 'ORG');
    expect(orgs).toContain('مديرية تربية حماة');
    expect(orgs).toContain('مديرية صحة الحسكة');
    expect(orgs).toContain('الهيئة الوطنية للإغاثة');
    expect(orgs.some((x) => x.includes('والهيئة') || x.includes('والمنظمة'))).toBe(false);
  });
  it('keeps a coordinated noun that is no head ("وزارة الطاقة والموارد الطبيعية")', () => {
    const es = run('قالت وزارة الطاقة والموارد الطبيعية إن الإنتاج ارتفع.');
    expect(named(es, 'ORG')).toContain('وزارة الطاقة والموارد الطبيعية');
  });
});

describe('quarters after باب', () => {
  it('after a preposition of place', () => {
    const es = run('وقعت اشتباكات في باب الشعرية بالقاهرة، وانتشر الأمن في باب التبانة.');
    expect(entity(es, 'باب الشعرية')?.type).toBe('LOC');
    expect(entity(es, 'باب التبانة')?.type).toBe('LOC');
  });
  it('not in idioms of chapter and manner', () => {
    const es = run('وتحدث الوزير من باب الاحتياط عن الأمر، وقال إن هذا يدخل في باب الاستثمار ومن باب الحرص.');
    expect(named(es, 'LOC').filter((x) => x.startsWith('باب'))).toEqual([]);
  });
});

describe('"و" + a head of nationality-only names', () => {
  it('is a field of the committee, part of the name', () => {
    const es = run('وناقشت لجنة الأمن القومي والدفاع في البرلمان الأردني مشروع القانون.');
    expect(named(es, 'ORG').some((x) => x.startsWith('لجنة الأمن القومي والدفاع'))).toBe(true);
  });
});

describe('more boundaries (s8 late)', () => {
  it('"و" + a head written without the article ends a bank\'s name', () => {
    const es = run('وقال بنك فلسطين والمصرف العقاري إنهما سيقدمان قروضاً للمتضررين.');
    expect(named(es, 'ORG')).toContain('بنك فلسطين');
    expect(named(es, 'ORG').some((x) => x.includes('والمصرف'))).toBe(false);
  });
  it('a quarter named باب + a word after a place head', () => {
    const es = run('قصفت الطائرات منطقة باب عمرو في حمص صباح اليوم.');
    expect(entity(es, 'باب عمرو')?.type).toBe('LOC');
    expect(named(es, 'LOC')).not.toContain('باب');
  });
});
