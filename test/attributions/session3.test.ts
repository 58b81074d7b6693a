// Session 3: closed sets moved to data (grammar.tsv, wordsets.tsv), inanimate subjects and records as documents.
// Sentences written for these tests (not from any article).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.ts';
import { attributionLexicon } from '../../src/attributions/lexicon.ts';
import { normalize } from '../../src/text/normalize.ts';
import { validateAnalysis } from '../../src/validate.ts';

function run(text: string) {
  const a = analyze({ text, meta: { outlet: 'الموقع' } });
  expect(validateAnalysis(a).ok).toBe(true);
  const src = (id: string) => a.sources.find((s) => s.id === id)!;
  return { a, src };
}

describe('word sets are data', () => {
  it('loads every set the rules read, normalised, with its defining row for evidence', () => {
    const lex = attributionLexicon();
    for (const name of ['clause-opener', 'qawl', 'gendered-past', 'place-head', 'collective-head', 'generic-word', 'governed', 'time-lead']) {
      expect(lex.sets[name]?.size, name).toBeGreaterThan(0);
      expect(lex.setLines[name]).toMatch(/^lexicon:data\/attributions\/(grammar|wordsets)\.tsv:\d+$/);
    }
    // written with hamza and ئ in the data, matched on normalised forms
    expect(lex.sets['collective-head'].has(normalize('دوائر'))).toBe(true);
    expect(lex.sets['gendered-past'].has(normalize('أضاف'))).toBe(true);
    expect(lex.sets.governed.has(normalize('على'))).toBe(true);
  });

  it('a set-driven rule cites its data row (partitive بعضهم)', () => {
    const { a, src } = run('يتوقع اقتصاديون أن ترتفع أسعار الوقود قريباً، ويرى بعضهم أن الحكومة ستؤجل القرار.');
    const later = a.attributions.find((x) => x.content.text.includes('ستؤجل'))!;
    expect(later).toBeDefined();
    const ev = src(later.source).evidence ?? [];
    expect(ev).toContain('rule:partitive=last-group');
    expect(ev.some((e) => /grammar\.tsv:\d+$/.test(e))).toBe(true);
  });

  it('a feminine continuation verb picks the last female speaker (gendered-past)', () => {
    const { a, src } = run('وقالت الوزيرة إن الموازنة ستقر الشهر المقبل. وقال السفير إن بلاده ستدعم الخطة. وأضافت أن الحوار سيستمر مع النقابات.');
    const added = a.attributions.find((x) => x.content.text.includes('الحوار'))!;
    expect(src(added.source).label).toContain('الوزيرة');
    expect(added.evidence).toContain('rule:speaker-gender');
    expect(added.evidence?.some((e) => /wordsets\.tsv:\d+$/.test(e))).toBe(true);
  });
});

describe('inanimate subjects and records', () => {
  it('an event or a situation as subject gives no attribution', () => {
    for (const text of [
      'كشفت الفيضانات الأخيرة أن شبكة الصرف في المدينة متهالكة.',
      'وأكدت الحرب أن الاعتماد على الاستيراد خطر على الأمن الغذائي.',
      'أثبتت الأيام أن المشروع كان متسرعاً.',
    ]) {
      const { a } = run(text);
      expect(a.attributions, text).toHaveLength(0);
    }
  });

  it('an inanimate subject does not hand its clause to the last speaker', () => {
    const { a } = run('قال المتحدث باسم الشركة إن الإنتاج سيستأنف الأسبوع المقبل. وكشفت الأزمة أن الاحتياطي لا يكفي شهراً واحداً.');
    expect(a.attributions).toHaveLength(1);
    expect(a.attributions[0].content.text).toContain('الإنتاج');
  });

  it('examinations, analyses, images, data and polls are document sources', () => {
    const cases: [string, string][] = [
      ['كشفت نتائج الفحوصات المخبرية أن مياه الآبار ملوثة ببكتيريا خطيرة.', 'نتائج الفحوصات'],
      ['أثبتت التحاليل أن العينات خالية من المواد المشعة.', 'التحاليل'],
      ['تظهر صور الأقمار الصناعية أن القافلة عبرت الحدود ليلاً.', 'صور الأقمار الصناعية'],
      ['تدل المؤشرات على أن الاقتصاد بدأ يتعافى ببطء.', 'المؤشرات'],
      ['أظهر استطلاع أجراه معهد مستقل أن أغلب الشباب يفكرون في الهجرة.', 'استطلاع'],
    ];
    for (const [text, label] of cases) {
      const { a, src } = run(text);
      expect(a.attributions, text).toHaveLength(1);
      const s = src(a.attributions[0].source);
      expect(s.kind, text).toBe('document');
      expect(s.label, text).toContain(label);
      expect(a.attributions[0].kind).toBe('indirect');
    }
  });

  it('a verb of evidence without a document subject is no attribution', () => {
    for (const text of ['أظهر اللاعب مهارة عالية في المباراة الأخيرة.', 'يظهر أن الحكومة ستتراجع عن الزيادة.', 'أظهر الوزير وثيقة قال إنها مزورة.']) {
      const { a } = run(text);
      expect(a.attributions.filter((x) => /أظهر|يظهر/.test(x.cue.text)), text).toHaveLength(0);
    }
  });

  it('people and bodies with the same verbs keep their kinds', () => {
    const { a, src } = run('كشف مسؤول في وزارة الصحة أن المستشفيات تعاني نقصاً في الأدوية.');
    expect(a.attributions).toHaveLength(1);
    expect(src(a.attributions[0].source).kind).toBe('anonymous');
  });
});
