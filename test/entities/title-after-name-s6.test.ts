// Session 6: a title phrase right after a person's name is an apposition only when nothing makes it another person:
// after a verb of meeting it is the verb's object, after a name introduced by another office it is another office
// holder, a name after it is its own person; set off by commas it is the name's apposition. Sentences written for
// these tests.
import { describe, expect, it } from 'vitest';
import { entity, mentions, runEntities as run } from './checked.ts';

describe('a title after a name that is not its apposition', () => {
  it('the object of «استقبل» after the subject introduced by a title is no mention of the subject', () => {
    const es = run('استقبل الرئيس عبد المجيد تبون سفير إيطاليا في الجزائر أمس.');
    const ms = mentions(es, 'عبد المجيد تبون');
    expect(ms).toContain('عبد المجيد تبون');
    expect(ms.some((m) => m.includes('سفير'))).toBe(false);
    expect(entity(es, 'عبد المجيد تبون')!.evidence).not.toContain('rule:apposition');
  });
  it('the object of «التقى» (another office than the subject\'s) is no mention of the subject', () => {
    const es = run('التقى الرئيس قيس سعيد وزير الخارجية الفرنسي أمس في قصر قرطاج.');
    const ms = mentions(es, 'قيس سعيد');
    expect(ms).toContain('قيس سعيد');
    expect(ms.some((m) => m.includes('وزير'))).toBe(false);
  });
  it('after an honorific only, a verb of receiving still makes the role its object', () => {
    const es = run('واستقبل الشيخ محمد بن زايد سفير فرنسا لدى الدولة.');
    expect(mentions(es, 'محمد بن زايد').some((m) => m.includes('سفير'))).toBe(false);
  });
  it('a title after a name that introduces a name of its own goes to that second person', () => {
    const es = run('وفي عدن، التقى رئيس مجلس القيادة الرئاسي رشاد العليمي السفير الأمريكي لدى اليمن ستيفن فاجن، وبحث معه التعاون.');
    expect(mentions(es, 'رشاد العليمي').some((m) => m.includes('السفير'))).toBe(false);
    expect(mentions(es, 'ستيفن فاجن')).toContain('السفير الأمريكي لدى اليمن');
  });
});

describe('appositions that stay', () => {
  it('a role set off by commas is a title of the name (no mention: the attribution stage reads the apposition)', () => {
    const es = run('وقال قيس سعيد، رئيس الجمهورية، إن البلاد تمر بمرحلة دقيقة.');
    expect(entity(es, 'قيس سعيد')!.titles ?? []).toContain('رئيس الجمهورية');
    expect(entity(es, 'قيس سعيد')!.evidence).toContain('rule:comma-apposition');
    expect(mentions(es, 'قيس سعيد')).toEqual(['قيس سعيد']);
  });
  it('the office set off by commas then names the person alone later', () => {
    const es = run('وقال قيس سعيد، رئيس الجمهورية، إن البلاد تمر بمرحلة دقيقة. وأضاف رئيس الجمهورية أن الحوار مفتوح.');
    expect(mentions(es, 'قيس سعيد')).toContain('رئيس الجمهورية');
  });
  it('commas around one office of a list make no apposition', () => {
    const es = run('وحضر الاجتماع قيس سعيد، وزير الخارجية، ووزير الدفاع.');
    expect(entity(es, 'قيس سعيد')!.titles ?? []).not.toContain('وزير الخارجية');
    expect(mentions(es, 'قيس سعيد')).toEqual(['قيس سعيد']);
  });
  it('a name introduced by another office takes no office set off by commas after it', () => {
    const es = run('وحضر رئيس الحكومة أحمد الحشاني، وزير الخارجية، الاجتماع.');
    expect(entity(es, 'أحمد الحشاني')!.titles ?? []).not.toContain('وزير الخارجية');
  });
  it('a role with its complement right after a bare name, with no verb of meeting, is still an apposition', () => {
    const es = run('وقال هادي العامري رئيس منظمة بدر إن الوضع خطير.');
    expect(mentions(es, 'هادي العامري')).toContain('رئيس منظمة بدر');
  });
  it('a bare office of the same head specifies the title before the name', () => {
    const es = run('واستقبل السلطان اليوم فخامة الرئيس ويليام روتو رئيس جمهورية كينيا الذي يزور البلاد.');
    expect(mentions(es, 'ويليام روتو')).toContain('رئيس جمهورية كينيا');
  });
  it('honorifics leave the role after the name open, closed by a comma after a verb of meeting', () => {
    const es = run('من جهته، التقى سعادة الدكتور خالد بن سالم المري وزير الدولة للشؤون الخارجية، ظهر اليوم، مع المبعوث الأممي.');
    expect(mentions(es, 'خالد بن سالم المري').some((m) => m.startsWith('وزير الدولة'))).toBe(true);
  });
  it('a title before the name and «نظيره» after it are unaffected', () => {
    const es = run('بحث وزير الخارجية أيمن الصفدي مع نظيره الفرنسي الأوضاع في المنطقة.');
    expect(entity(es, 'أيمن الصفدي')!.titles ?? []).toContain('وزير الخارجية');
    expect(mentions(es, 'أيمن الصفدي')).toEqual(['أيمن الصفدي']);
  });
});
