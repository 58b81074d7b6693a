// Two short articles written for these tests (Sudanese and Algerian news style).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.ts';
import { extractAttributions } from '../../src/attributions/index.ts';

function load(name: string, outlet: string) {
  const text = readFileSync(`test/attributions/fixtures/${name}`, 'utf8');
  const layer = extractAttributions(createDoc(text, { id: name, language: 'ar', outlet }), { entities: [], mentions: [] });
  const src = (id: string) => layer.sources.find((s) => s.id === id)!;
  const by = (s: string) => {
    const a = layer.attributions.find((x) => x.content.text.includes(s));
    if (!a) throw new Error(`missing ${s}`);
    return a;
  };
  return { text, ...layer, src, by };
}

describe('khartoum talks', () => {
  const r = load('khartoum-talks.txt', 'الجزيرة نت');
  it('finds the ten statements', () => {
    expect(r.attributions).toHaveLength(10);
  });
  it('reads the object of أعلن past place and time', () => {
    expect(r.by('استئناف المفاوضات').content.text.startsWith('استئناف المفاوضات')).toBe(true);
    expect(r.src(r.by('استئناف المفاوضات').source)).toMatchObject({ kind: 'named', label: 'مجلس السيادة الانتقالي' });
  });
  it('keeps the speaker across وأضاف and مشيراً', () => {
    const a = r.by('جادة في الوصول');
    expect(r.by('الوفد الحكومي سيضم').source).toBe(a.source);
    expect(r.by('ملف الترتيبات الأمنية').source).toBe(a.source);
    expect(r.by('ملف الترتيبات الأمنية').cue.text).toBe('مشيراً');
  });
  it('joins القيادي to the earlier قيادي, with reason and recipient', () => {
    const a = r.by('لن تقبل بأي اتفاق');
    expect(a.recipient).toBe('الجزيرة نت');
    expect(r.src(a.source)).toMatchObject({ kind: 'anonymous', side: 'الجبهة الثورية' });
    expect(r.src(a.source).anonymityReason?.text).toBe('طلب عدم الكشف عن اسمه');
    expect(r.by('قدمت رؤيتها مكتوبة').source).toBe(a.source);
  });
  it('chains the minister through the agency, and reads vague and document sources', () => {
    const a = r.by('تمويل اتفاق السلام');
    expect(r.src(a.source).label).toBe('وزير المالية');
    expect(r.src(a.via![0])).toMatchObject({ kind: 'media', label: 'وكالة السودان للأنباء (سونا)' });
    expect(r.src(r.by('نجاح الجولة المقبلة').source).kind).toBe('vague');
    expect(r.src(r.by('مسار دارفور').source).kind).toBe('document');
  });
});

describe('ouargla protest', () => {
  const r = load('ouargla-protest.txt', 'الخبر');
  it('finds the eight statements and no attribution in the headline', () => {
    expect(r.attributions).toHaveLength(8);
    expect(r.attributions.every((a) => a.content.start > r.text.indexOf('\n'))).toBe(true);
  });
  it('reads "أحد المحتجين" as anonymous and a multi-sentence quote whole', () => {
    const a = r.by('ننتظر منذ سنوات');
    expect(a.content.text).toBe('ننتظر منذ سنوات ولا أحد يستمع إلينا. الشركات توظف عمالاً من خارج الولاية');
    expect(r.src(a.source)).toMatchObject({ kind: 'anonymous', label: 'أحد المحتجين' });
    expect(a.recipient).toBe('الخبر');
  });
  it('restores the article of a fused recipient (للإذاعة)', () => {
    expect(r.by('ستفتح باب الحوار').recipient).toBe('الإذاعة المحلية');
  });
  it('finds the subject before the verb after غير أن, and its مضيفاً', () => {
    const a = r.by('وجود أي برنامج للزيارة');
    expect(a.content.text).toBe('وجود أي برنامج للزيارة');
    expect(a.cue.text).toBe('نفى');
    expect(r.src(a.source).label).toBe('مصدراً مسؤولاً في الولاية');
    expect(r.src(a.source).kind).toBe('anonymous');
    expect(r.by('الوزير لم يحدد موعداً').source).toBe(a.source);
  });
});
