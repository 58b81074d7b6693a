// Session 3c: titled spokespeople with role appositions, chains through long appositions before قوله, عبّر/أعرب
// عن, documents with an issuing clause, verbs with an object after the subject. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.ts';
import { validateAnalysis } from '../../src/validate.ts';

function run(text: string) {
  const a = analyze({ text, meta: { outlet: 'الموقع' } });
  expect(validateAnalysis(a).ok).toBe(true);
  const src = (id: string) => a.sources.find((s) => s.id === id)!;
  const ent = (id: string | null | undefined) => a.entities.find((e) => e.id === id)?.name;
  const one = (needle: string) => {
    const x = a.attributions.find((t) => t.content.text.includes(needle));
    expect(x, needle).toBeDefined();
    return x!;
  };
  return { a, src, ent, one };
}

describe('a titled person with a role apposition', () => {
  it('rank + long name + "، المتحدث باسم X،" is the person, on the record for X', () => {
    const { src, ent, one } = run('وقال اللواء الركن سالم بن خميس الهنائي، المتحدث باسم الهيئة الوطنية لإدارة الكوارث، إن فرق الإغاثة وصلت إلى القرى المعزولة.');
    const s = src(one('فرق الإغاثة').source);
    expect(s.kind).toBe('named');
    expect(ent(s.entity)).toBe('سالم بن خميس الهنائي');
    expect(ent(s.affiliation)).toBe('الهيئة الوطنية لإدارة الكوارث');
    expect(s.evidence).toContain('rule:name+role-apposition');
    expect(s.evidence).toContain('rule:spokesperson-of');
  });

  it('a bare head in the apposition ("باسم الهيئة") is the organisation of that head named before', () => {
    const { src, ent, one } = run('شكلت الحكومة الهيئة الوطنية لإدارة الكوارث العام الماضي. وقال العميد ناصر بن علي البلوشي، المتحدث باسم الهيئة، إن الطرق أعيد فتحها.');
    const s = src(one('الطرق').source);
    expect(ent(s.entity)).toBe('ناصر بن علي البلوشي');
    expect(ent(s.affiliation)).toMatch(/الهيئة الوطنية لإدارة الكوارث$/);
  });

  it('a name without a title and a role apposition: the person, affiliated to the organisation in it', () => {
    const { src, ent, one } = run('وقال سالم بن حمد الكندي، مدير عام الطرق في وزارة النقل، إن الطريق سيفتح غداً.');
    const s = src(one('الطريق سيفتح').source);
    expect(ent(s.entity)).toBe('سالم بن حمد الكندي');
    expect(ent(s.affiliation)).toBe('وزارة النقل');
  });
});

describe('a role joined to the name without commas, a spokeswoman', () => {
  it('"العقيد X الناطق باسم Y إن": the person, affiliated to Y, on the record', () => {
    const { src, ent, one } = run('وقال العقيد منصور الزوي الناطق باسم الجيش الوطني الليبي إن القوات تقدمت نحو المطار.');
    const s = src(one('القوات تقدمت').source);
    expect(ent(s.entity)).toBe('منصور الزوي');
    expect(ent(s.affiliation)).toBe('الجيش الوطني الليبي');
    expect(s.evidence).toContain('rule:spokesperson-of');
  });

  it('"الناطقة باسم" is a spokesperson too', () => {
    const { src, one } = run('وقالت الدكتورة ليلى بنت ناصر العامرية، الناطقة باسم وزارة الصحة، إن الإصابات تراجعت.');
    expect(src(one('الإصابات تراجعت').source).evidence).toContain('rule:spokesperson-of');
  });
});

describe('the object of a masculine verb', () => {
  it('a feminine organisation name after a masculine past verb is its object, the speaker is the subject before', () => {
    const { src, ent, one } = run('وأدان مجلس محافظة البصرة الهجوم على المتظاهرين أمس، وطالب قيادة شرطة البصرة بفتح تحقيق عاجل في الحادث.');
    const x = one('بفتح تحقيق');
    expect(x.evidence).toContain('rule:object=feminine-org-after-masculine-verb');
    expect(ent(src(x.source).entity)).toBe('مجلس محافظة البصرة');
  });
});

describe('a document as the subject of a clause', () => {
  it('"بعد تحريات أجرتها X، كشفت أن": the investigation, issued by X', () => {
    const { src, ent, one } = run('وأحيل المتهمون إلى المحاكمة بعد تحريات أجرتها الإدارة العامة لمكافحة التهريب، كشفت أن الشبكة نقلت أموالاً إلى الخارج.');
    const s = src(one('الشبكة نقلت').source);
    expect(s.kind).toBe('document');
    expect(ent(s.affiliation)).toBe('الإدارة العامة لمكافحة التهريب');
  });
});

describe('chains through a long apposition before قوله', () => {
  it('an anonymity reason between the source and قوله', () => {
    const { src, ent, one } = run('ونقلت وكالة الأنباء الليبية عن مسؤول في وزارة الداخلية، فضّل عدم ذكر اسمه، قوله إن الاشتباكات توقفت فجراً.');
    const x = one('الاشتباكات توقفت');
    const s = src(x.source);
    expect(s.kind).toBe('anonymous');
    expect(s.anonymityReason?.text).toBe('فضّل عدم ذكر اسمه');
    expect(x.via?.map((v) => src(v).kind)).toEqual(['media']);
    expect(ent(s.affiliation)).toBe('وزارة الداخلية');
  });

  it('a وهو apposition and a descriptive one before قوله, quote or clause', () => {
    const r1 = run('ونقلت وكالة رويترز عن أحد سكان الحي، وهو موظف حكومي يقيم قرب المطار منذ سنوات، قوله إن القصف لم يتوقف.');
    const x1 = r1.one('القصف لم يتوقف');
    expect(r1.src(x1.source).label).toContain('أحد سكان الحي');
    expect(x1.via).toHaveLength(1);
    const r2 = run('ونقلت صحيفة الشرق الأوسط عن مصدر دبلوماسي غربي، مطلع على سير المفاوضات في جنيف، قوله: "لا اتفاق قبل نهاية الشهر".');
    const x2 = r2.one('لا اتفاق');
    expect(x2.kind).toBe('direct');
    expect(r2.src(x2.source).kind).toBe('anonymous');
    expect(x2.via).toHaveLength(1);
  });
});

describe('عبّر عن / أعرب عن', () => {
  it('with the shadda, or with a subject and عن + a noun with the pronoun, is a statement', () => {
    for (const [text, content] of [
      ['وعبّرت نقابة المعلمين عن استيائها من تأخر الرواتب.', 'استيائها من تأخر الرواتب'],
      ['من جهتها، عبرت المفوضية السامية لشؤون اللاجئين عن قلقها العميق.', 'قلقها العميق'],
      ['وأعرب السفير عن ارتياحه.', 'ارتياحه'],
    ]) {
      const { a } = run(text);
      expect(a.attributions.map((x) => x.content.text), text).toEqual([content]);
    }
  });

  it('عبر = via or crossed gives nothing; other verbs need more than one noun after عن', () => {
    for (const text of [
      'وتحدث المسؤول عبر الهاتف عن خططه للمرحلة المقبلة.',
      'وعبر آلاف اللاجئين الحدود عن طريق معبر جديد.',
      'ونقلت المساعدات عبر الحدود عن طريق الأردن.',
      'وكشفت الشركة عن خطتها.',
    ]) expect(run(text).a.attributions, text).toHaveLength(0);
  });

  it('a place phrase between the subject and the governed عن belongs to the subject', () => {
    const { src, one } = run('وأعربت السفارة الأمريكية في بغداد عن قلقها من الهجمات على القواعد.');
    expect(one('قلقها').content.text).toBe('قلقها من الهجمات على القواعد');
    expect(src(one('قلقها').source).label).toContain('بغداد');
  });
});

describe('documents with an issuing clause', () => {
  it('"بحسب حصيلة أعلنها X" and "وفق أرقام نشرتها X": a document whose issuer is X', () => {
    for (const [text, issuer] of [
      ['وقتل 14 شخصاً في الفيضانات، بحسب حصيلة أولية أعلنتها هيئة الدفاع المدني.', 'هيئة الدفاع المدني'],
      ['وارتفعت الإصابات إلى 300 حالة، وفق أرقام نشرتها منظمة الصحة العالمية.', 'منظمة الصحة العالمية'],
      ['وتراجعت الصادرات بنسبة 12 في المئة، بحسب إحصاءات البنك المركزي المصري.', 'البنك المركزي المصري'],
    ]) {
      const { a, src, ent } = run(text);
      expect(a.attributions, text).toHaveLength(1);
      const s = src(a.attributions[0].source);
      expect(s.kind, text).toBe('document');
      expect(ent(s.affiliation), text).toBe(issuer);
    }
  });

  it('the issuer named by its bare head ("أعلنتها الوزارة") and a common use of حصيلة', () => {
    const { src, ent, one } = run('أعلنت وزارة الصحة الليبية بدء حملة تطعيم. وبحسب حصيلة رسمية أعلنتها الوزارة، فإن عدد الوفيات بلغ 40.');
    const s = src(one('عدد الوفيات').source);
    expect(s.kind).toBe('document');
    expect(ent(s.affiliation)).toBe('وزارة الصحة الليبية');
    expect(run('وناقش الاجتماع حصيلة الزيارة التي قام بها الوزير.').a.attributions).toHaveLength(0);
  });
});

describe('a verb with an object after its subject', () => {
  it('طمأن: the object is not part of the subject, and a bare head is the organisation named before', () => {
    const { a, src, ent, one } = run('أطلقت وزارة الصحة العامة حملة تطعيم واسعة. وطمأنت الوزارة المقيمين بأن المخزون يكفي الجميع.');
    const s = src(one('المخزون يكفي').source);
    expect(ent(s.entity)).toBe('وزارة الصحة العامة');
    expect(s.evidence).toContain('rule:source=bare-head-coref');
    expect(a.entities.some((e) => e.name.includes('المقيمين'))).toBe(false);
  });

  it('the entity layer does not swallow the object either', () => {
    const { a, ent, src, one } = run('وطمأنت وزارة التربية المتقدمين للامتحانات بأن الامتحانات في موعدها.');
    expect(a.entities.find((e) => e.type === 'ORG')?.name).toBe('وزارة التربية');
    expect(ent(src(one('في موعدها').source).entity)).toBe('وزارة التربية');
    const r = run('وطمأنت وزارة الصحة المواطنين إلى أن المخزون كاف.');
    expect(r.a.entities.map((e) => e.name)).toEqual(['وزارة الصحة']);
  });
});
