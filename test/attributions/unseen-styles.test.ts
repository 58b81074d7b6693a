// Attribution mechanisms added in session 3 for article styles the dev set lacked (interviews, business
// copy, wire copy with headlines). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.ts';
import { extractAttributions } from '../../src/attributions/index.ts';
import type { EntityLayer } from '../../src/entities/index.ts';
import type { DocMeta } from '../../src/contract.ts';

const NO_ENTITIES: EntityLayer = { entities: [], mentions: [] };

function run(text: string, meta: Partial<DocMeta> = {}) {
  const doc = createDoc(text, { id: 't', language: 'ar', ...meta } as DocMeta);
  const layer = extractAttributions(doc, NO_ENTITIES);
  for (const a of layer.attributions) expect(text.slice(a.content.start, a.content.end)).toBe(a.content.text);
  const src = (id: string) => layer.sources.find((s) => s.id === id)!;
  return { ...layer, src };
}

describe('headlines', () => {
  const text = 'مصدر عسكري: "لا انسحاب من المدينة قبل نهاية الشهر"\nقال مصدر عسكري إن القوات لن تنسحب من المدينة قبل نهاية الشهر.';
  it('the first line that repeats the given title is no attribution; the body is', () => {
    const r = run(text, { title: 'مصدر عسكري: "لا انسحاب من المدينة قبل نهاية الشهر"' });
    expect(r.attributions.map((a) => a.content.text)).toEqual(['القوات لن تنسحب من المدينة قبل نهاية الشهر']);
  });
  it('without a title the first line is read like any other', () => {
    expect(run(text).attributions).toHaveLength(2);
  });
});

describe('interview style', () => {
  it('a reported clause, then the speaker\'s own words after a colon: two attributions, one source', () => {
    const r = run('ويقول المخرج إن السينما علّمته الصبر منذ طفولته: "كنت أجلس في الصالة ساعات طويلة. لم يكن لدي ما أفعله غير المشاهدة".');
    expect(r.attributions).toHaveLength(2);
    const [a, b] = r.attributions;
    expect(a).toMatchObject({ kind: 'indirect', content: { text: 'السينما علّمته الصبر منذ طفولته' } });
    expect(b).toMatchObject({ kind: 'direct', content: { text: 'كنت أجلس في الصالة ساعات طويلة. لم يكن لدي ما أفعله غير المشاهدة' } });
    expect(b.source).toBe(a.source);
    expect(b.cue.text).toBe(a.cue.text);
  });
});

describe('cue words and participles', () => {
  it('"تداول" (trading) is no impersonal cue; "يتداول" still is', () => {
    const r = run('وتراجع مؤشر السوق المالية (تداول)، بعد أن أعلنت الشركة انخفاض أرباحها الفصلية.');
    expect(r.attributions.map((a) => a.cue.text)).not.toContain('تداول');
  });
  it('a feminine participle of a probability verb continues the source', () => {
    const r = run('وقالت مصادر طبية إن بين الجرحى أطفالاً، مرجحة ارتفاع عدد الضحايا خلال الساعات المقبلة.');
    expect(r.attributions).toHaveLength(2);
    expect(r.attributions[1]).toMatchObject({ cue: { text: 'مرجحة' }, source: r.attributions[0].source });
    expect(r.src(r.attributions[0].source).kind).toBe('anonymous');
  });
});

describe('calls', () => {
  it('a call to support something is a demand with content; a call to strike convenes', () => {
    const r = run('وقال الكاتب إن دور النشر مقصرة، داعياً وزارة الثقافة إلى دعم الترجمة.');
    expect(r.attributions.map((a) => a.content.text)).toEqual(['دور النشر مقصرة', 'وزارة الثقافة إلى دعم الترجمة']);
    expect(r.attributions[1].source).toBe(r.attributions[0].source);
    expect(run('ودعا الاتحاد العمال إلى الإضراب العام.').attributions).toHaveLength(0);
  });
});

describe('quoted words inside reported speech', () => {
  it('belong to it: the next cue does not take them as a quote before it', () => {
    const r = run('وقال المدرب إن التحكيم كان سيئاً، معتبراً أن الهدف "جاء بعد خطأ واضح على الحارس"، وأضاف أن فريقه "لن يستسلم أبداً".');
    expect(r.attributions.slice(1).map((a) => [a.cue.text, a.kind, a.content.text])).toEqual([
      ['معتبراً', 'indirect', 'الهدف "جاء بعد خطأ واضح على الحارس"'],
      ['أضاف', 'indirect', 'فريقه "لن يستسلم أبداً"'],
    ]);
  });
});

describe('business copy', () => {
  it('an apposition after the subject and a time between commas are not the announced object', () => {
    const r = run('أعلنت شركة النقل، المشغل الحصري لخطوط الحافلات في المدينة، اليوم الخميس، رفع أسعار التذاكر بنسبة خمسة في المئة.');
    expect(r.attributions.map((a) => a.content.text)).toEqual(['رفع أسعار التذاكر بنسبة خمسة في المئة']);
  });
  it('a consequence drawn by the writer ("، مما يعني …") ends the reported clause', () => {
    const r = run('وقال الوزير إن الأسعار ارتفعت بنسبة 10 في المئة، مما يعني زيادة الضغط على الأسر.');
    expect(r.attributions.map((a) => a.content.text)).toEqual(['الأسعار ارتفعت بنسبة 10 في المئة']);
  });
});
