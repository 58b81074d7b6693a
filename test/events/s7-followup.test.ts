// Session 7 follow-up: planned acts read forward in time, receptions told in the passive, role nouns that refer back to
// a titled person, and attackers named only by the nationality of their weapon. Every sentence here is new (written for
// these tests).
import { describe, expect, it } from 'vitest';
import { runEvents, PER, LOC, ORG } from './helpers.ts';
import { createDoc } from '../../src/doc.ts';
import { extractDates } from '../../src/dates/index.ts';

type R = ReturnType<typeof runEvents>;
const actorNames = (r: R, e: R['events'][number]) => [...e.actors.map((id) => r.name(id)), ...r.texts(e, 'actor')];
const targetNames = (r: R, e: R['events'][number]) => [...e.targets.map((id) => r.name(id)), ...r.texts(e, 'target')];
const find = (r: R, word: string) => r.events.find((e) => e.trigger.text.includes(word));

function dateOf(text: string, published: string, t: string): string | undefined {
  const ds = extractDates(createDoc(text, { id: 't', language: 'ar', published }));
  const d = ds.find((x) => x.text === t);
  expect(d, `no mention "${t}" in ${JSON.stringify(ds.map((x) => x.text))}`).toBeDefined();
  return d!.value ?? undefined;
}

describe('a month without a year in the complement of an agreement, decision or call reads forward', () => {
  it.each([
    ['اتفقت الحكومتان على تنظيم الملتقى الاقتصادي المشترك خلال شهر سبتمبر.', 'سبتمبر', '2026-09'],
    ['واتفق الوزيران على عقد الجولة الثانية من المشاورات في يوليوز بالعاصمة.', 'يوليوز', '2026-07'],
    ['ودعت النقابة إلى تنظيم إضراب عام في أكتوبر احتجاجاً على الأجور.', 'أكتوبر', '2026-10'],
    ['وطالب النواب بإجراء الانتخابات البلدية في نوفمبر.', 'نوفمبر', '2026-11'],
    ['قرر المجلس تأجيل النظر في الملف إلى أغسطس.', 'أغسطس', '2026-08'],
    ['وأعلن الاتحاد عن عزمه تنظيم البطولة القارية في ديسمبر.', 'ديسمبر', '2026-12'],
  ])('%s', (text, t, value) => {
    expect(dateOf(text, '2026-05-12', t)).toBe(value);
  });
  it.each([
    // the month dates the agreement or the decision itself (before its complement), or a past act
    ['وافق البرلمان في يوليو على مشروع القانون.', 'يوليو', '2025-07'],
    ['عقد المجلس دورته العادية في يوليو بحضور الأعضاء.', 'يوليو', '2025-07'],
    ['واتفق الطرفان في سبتمبر على تبادل الأسرى.', 'سبتمبر', '2025-09'],
    // a plain past act with a masdar object, no agreement or call
    ['أنهت الوزارة تنفيذ المشروع في أغسطس.', 'أغسطس', '2025-08'],
  ])('stays past: %s', (text, t, value) => {
    expect(dateOf(text, '2026-05-12', t)).toBe(value);
  });
});

describe('a reception told in the passive: the subject visits (actor), the agent hosts (target)', () => {
  it('vocalised passive imperfect with من قبل', () => {
    const r = runEvents('يُستقبل وزير الخارجية الإسباني خوسيه مانويل ألباريس غداً من قبل الرئيس الموريتاني محمد ولد الغزواني في نواكشوط.',
      [PER('خوسيه مانويل ألباريس'), PER('محمد ولد الغزواني'), LOC('نواكشوط')]);
    const ev = find(r, 'يُستقبل');
    expect(ev?.type).toBe('CONSULT');
    expect(actorNames(r, ev!)).toContain('خوسيه مانويل ألباريس');
    expect(targetNames(r, ev!)).toContain('محمد ولد الغزواني');
    expect(actorNames(r, ev!)).not.toContain('محمد ولد الغزواني');
  });
  it('vocalised passive past with a group subject', () => {
    const r = runEvents('استُقبل الوفد البرلماني الأردني من قبل رئيس مجلس النواب العراقي محمود المشهداني في بغداد.',
      [PER('محمود المشهداني'), LOC('بغداد')]);
    const ev = find(r, 'استُقبل');
    expect(actorNames(r, ev!).join(' ')).toContain('الوفد');
    expect(targetNames(r, ev!)).toContain('محمود المشهداني');
  });
  it('unvocalised, the agent phrase alone marks the passive', () => {
    const r = runEvents('واستقبل السفير الكوري الجديد من قبل وزير الخارجية التونسي محمد علي النفطي في تونس.',
      [PER('محمد علي النفطي'), LOC('تونس')]);
    const ev = find(r, 'استقبل');
    expect(targetNames(r, ev!)).toContain('محمد علي النفطي');
    expect(actorNames(r, ev!)).not.toContain('محمد علي النفطي');
  });
  it('a vocalised passive reception with no agent keeps its visitor as the actor', () => {
    const r = runEvents('واستُقبل وزير الدفاع الإيطالي غويدو كروزيتو في مطار طرابلس.', [PER('غويدو كروزيتو'), LOC('طرابلس')]);
    const ev = find(r, 'استُقبل');
    expect(actorNames(r, ev!)).toContain('غويدو كروزيتو');
    expect(targetNames(r, ev!)).not.toContain('غويدو كروزيتو');
  });
  it('the active reception is unchanged: host first, visitor after', () => {
    const r = runEvents('استقبل رئيس الوزراء الكويتي أحمد العبدالله وزير الداخلية البحريني راشد بن عبدالله آل خليفة في الكويت.',
      [PER('أحمد العبدالله'), PER('راشد بن عبدالله آل خليفة'), LOC('الكويت')]);
    const ev = find(r, 'استقبل');
    expect(actorNames(r, ev!)).toContain('راشد بن عبدالله آل خليفة');
    expect(targetNames(r, ev!)).toContain('أحمد العبدالله');
  });
});

describe('a definite role noun refers back to the last titled person of its paragraph', () => {
  it('«المسؤول الحكومي» after a minister named with his title', () => {
    const r = runEvents('زار وزير التجهيز والماء نزار بركة مدينة آسفي صباح الاثنين، ثم عقد المسؤول الحكومي لقاء مع ممثلي التجار في مقر العمالة.',
      [PER('نزار بركة'), LOC('آسفي')]);
    const ev = r.events.find((e) => e.trigger.text.includes('لقاء') || e.trigger.text.includes('عقد'));
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('نزار بركة');
  });
  it('«الضيف» as the object of a reception is the visitor named before, not the host', () => {
    const r = runEvents('حلّ رئيس الوزراء الماليزي أنور إبراهيم بالعاصمة أنقرة مساء الأحد. واستقبل الرئيس التركي رجب طيب أردوغان الضيف في المجمع الرئاسي.',
      [PER('أنور إبراهيم'), PER('رجب طيب أردوغان'), LOC('أنقرة')]);
    const ev = find(r, 'استقبل');
    expect(actorNames(r, ev!)).toContain('أنور إبراهيم');
    expect(targetNames(r, ev!)).toContain('رجب طيب أردوغان');
  });
  it('an indefinite «مسؤول» (an unnamed official) is no reference to the minister', () => {
    const r = runEvents('زار وزير الصحة خالد آيت الطالب مستشفى المدينة. والتقى مسؤول محلي بممثلي الأطباء المضربين.',
      [PER('خالد آيت الطالب')]);
    const ev = find(r, 'التقى');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).not.toContain('خالد آيت الطالب');
  });
  it('no titled person in the paragraph: the role noun stays a common-noun participant', () => {
    const r = runEvents('التقى المسؤول الأمني بوجهاء القبائل في المدينة.', []);
    const ev = find(r, 'التقى');
    expect(ev?.actors).toEqual([]);
    expect(r.texts(ev!, 'actor').join(' ')).toContain('المسؤول');
  });
});

describe('an attack whose only named agent is the nationality of its weapon', () => {
  it('«بطائرة مسيّرة تركية» with Turkey named in the article → Turkey acts', () => {
    const r = runEvents('وتواصل تركيا عملياتها شمالي سوريا. وقُتل عنصران من الأسايش بطائرة مسيّرة تركية قرب بلدة الدرباسية.',
      [LOC('تركيا'), LOC('سوريا'), LOC('الدرباسية')]);
    const ev = r.events.find((e) => e.type === 'ASSAULT');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('تركيا');
    expect(ev!.evidence).toContain('rule:nisba-of-means');
  });
  it('the instrument as the subject gives way to the country', () => {
    const r = runEvents('وأكدت إسرائيل أنها ستواصل ضرباتها. وقصفت طائرة حربية إسرائيلية منزلاً في بلدة الخيام.',
      [LOC('إسرائيل'), LOC('الخيام')]);
    const ev = r.events.find((e) => e.type === 'ASSAULT' && e.trigger.text.includes('قصف'));
    expect(actorNames(r, ev!)).toContain('إسرائيل');
  });
  it('an army of that nationality named before is preferred when it is the nearest', () => {
    const r = runEvents('وقال الجيش الإسرائيلي إنه يلاحق المسلحين. وقُتل شاب برصاص طائرة مسيّرة إسرائيلية في جنين.',
      [ORG('الجيش الإسرائيلي'), LOC('جنين')]);
    const ev = r.events.find((e) => e.type === 'ASSAULT');
    expect(actorNames(r, ev!)).toContain('الجيش الإسرائيلي');
  });
  it('not when the weapon is only «made» there, and not when another actor is named', () => {
    const r1 = runEvents('وتنفي تركيا أي دور. واستهدفت طائرة مسيرة تركية الصنع سيارة في بلدة عامودا.', [LOC('تركيا'), LOC('عامودا')]);
    const e1 = r1.events.find((e) => e.type === 'ASSAULT');
    expect(e1 ? actorNames(r1, e1) : []).not.toContain('تركيا');
    const r2 = runEvents('وتنفي تركيا أي دور. وقصفت قوات الدعم السريع بطائرة مسيّرة تركية مستودعاً في مدينة الأبيض.',
      [LOC('تركيا'), ORG('قوات الدعم السريع'), LOC('الأبيض')]);
    const e2 = r2.events.find((e) => e.type === 'ASSAULT');
    expect(actorNames(r2, e2!)).toContain('قوات الدعم السريع');
    expect(actorNames(r2, e2!)).not.toContain('تركيا');
  });
});
