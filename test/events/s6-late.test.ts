import { describe, it, expect } from 'vitest';
import { analyze } from '../../src/analyze.js';

function events(text: string) {
  const r = analyze({ text, meta: { published: '2025-11-20' } });
  const name = (id: string) => r.entities.find((x) => x.id === id)?.name ?? id;
  return r.events.map((e) => ({
    type: e.type,
    actorNames: e.actors.map(name),
    trigger: e.trigger.text,
    actors: (e.participants ?? []).filter((p) => p.role === 'actor').map((p) => p.text),
    targets: (e.participants ?? []).filter((p) => p.role === 'target').map((p) => p.text),
  }));
}

describe('حظي X باستقبال Y: the guest is the actor, the host the target', () => {
  it('host in the genitive', () => {
    const ev = events('حظي الرئيس الموريتاني محمد ولد الغزواني باستقبال الملك محمد السادس في الرباط.').find((e) => e.trigger === 'استقبال');
    expect(ev?.type).toBe('CONSULT');
    expect(ev?.actors.join(' ')).toContain('الغزواني');
    expect(ev?.targets.join(' ')).toContain('محمد السادس');
  });
  it('host after من', () => {
    const ev = events('حظي الوفد باستقبال رسمي من الرئيس الجزائري عبد المجيد تبون.').find((e) => e.trigger === 'استقبال');
    expect(ev?.actors).toContain('الوفد');
    expect(ev?.targets.join(' ')).toContain('الرئيس');
  });
});

describe('arrivals of routes or in past centuries are no visits', () => {
  it('blocks a route or a pipeline that reaches a place', () => {
    expect(events('يصل خط الأنابيب إلى ميناء جيهان التركي.').filter((e) => e.type === 'CONSULT')).toEqual([]);
    expect(events('تصل السكة الحديد إلى مدينة أسوان.').filter((e) => e.type === 'CONSULT')).toEqual([]);
  });
  it('blocks an arrival dated in a past century', () => {
    expect(events('وصل العثمانيون إلى تلمسان في القرن السادس عشر.').filter((e) => e.type === 'CONSULT' || e.type === 'MOBILIZE')).toEqual([]);
  });
  it('keeps a present-day visit and troop arrival', () => {
    expect(events('وصل وزير الخارجية الأردني أيمن الصفدي إلى دمشق أمس.').some((e) => e.type === 'CONSULT')).toBe(true);
    expect(events('وصلت تعزيزات عسكرية إلى مدينة درعا.').some((e) => e.type === 'MOBILIZE')).toBe(true);
  });
});

describe('a bare «الرئيس» in a statement: the last person titled so', () => {
  const actorOf = (text: string, trigger: string) => events(text).find((e) => e.trigger === trigger)?.actors ?? [];
  it('not the minister named after the president', () => {
    const a = actorOf('التقى الرئيس السنغالي باسيرو ديوماي فاي وزير الخارجية المغربي ناصر بوريطة. وقال البيان إن الرئيس انتقد تأخر المشاريع.', 'انتقد');
    expect(a.join(' ')).toContain('فاي');
    expect(a.join(' ')).not.toContain('بوريطة');
  });
  it('«رئيس الجمهورية» is «الرئيس»', () => {
    const ev = events('استقبل رئيس الجمهورية عبد المجيد تبون سفير إيطاليا. وقال بيان الرئاسة إن الرئيس انتقد الحملة.').find((e) => e.trigger === 'انتقد');
    expect(ev?.actorNames).toEqual(['عبد المجيد تبون']);
  });
  it('«رئيس الوزراء» is no «الرئيس»: left unresolved', () => {
    const ev = events('التقى رئيس الوزراء الأردني جعفر حسان وفدا من البنك الدولي. وقال البيان إن الرئيس أدان الغارات.').find((e) => e.trigger === 'أدان');
    expect(ev?.actorNames.join(' ') ?? '').not.toContain('حسان');
  });
});

describe('passive participles with their agent preposition', () => {
  it('«المحتجز لدى X»: X detains, the name before is the detainee', () => {
    const ev = events('قالت العائلة إن الناشط سامر الخطيب، المحتجز لدى جهاز الأمن الوقائي منذ عام 2021، بدأ إضرابا عن الطعام.').find((e) => e.type === 'COERCE');
    expect(ev?.actors.join(' ')).toContain('جهاز الأمن الوقائي');
    expect(ev?.targets.join(' ')).toContain('سامر الخطيب');
  });
  it('a participle alone is no event', () => {
    expect(events('نظمت عائلات المعتقلين وقفة أمام مقر المحكمة.').some((e) => e.type === 'COERCE')).toBe(false);
    expect(events('زارت اللجنة المحتجزين في السجن المركزي.').some((e) => e.type === 'COERCE' && e.trigger.startsWith('المحتجز'))).toBe(false);
  });
});
