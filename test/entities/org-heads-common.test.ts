// Organisation heads that are also common nouns (إدارة = management, مركز = centre, هيئة = panel) and names
// made of construct chains (session 3c). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import type { DocMeta } from '../../src/contract.ts';
import { createDoc } from '../../src/doc.ts';
import { extractEntities } from '../../src/entities/index.ts';

const run = (text: string) => {
  const layer = extractEntities(createDoc(text, { id: 't', language: 'ar' } as DocMeta));
  for (const e of layer.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return layer.entities;
};
const orgs = (text: string) => run(text).filter((e) => e.type === 'ORG').map((e) => e.name);

describe('organisation names with a construct chain', () => {
  it('a general directorate with a ل-complement and an indefinite construct', () => {
    expect(orgs('وضبطت الإدارة العامة لمكافحة التهريب الجمركي شحنة من السجائر في ميناء العقبة.')).toEqual(['الإدارة العامة لمكافحة التهريب الجمركي']);
    expect(orgs('وأصدرت المديرية العامة للجوازات تعميماً جديداً.')).toEqual(['المديرية العامة للجوازات']);
  });

  it('a department named by two complements, coordinated constructs included', () => {
    const es = run('وأكدت إدارة سلامة الأغذية ومراقبة الأسواق في البلدية أن العينات سليمة.');
    const org = es.find((e) => e.type === 'ORG')!;
    expect(org.name).toBe('إدارة سلامة الأغذية ومراقبة الأسواق');
    expect(org.evidence?.[0]).toMatch(/^rule:org-head\(data\/entities\/org-heads\.tsv:\d+\)$/);
  });

  it('a coordinated definite noun is a second complement ("إدارة الجوازات والهجرة")', () => {
    expect(orgs('وقالت إدارة الجوازات والهجرة إن المنافذ مفتوحة.')).toEqual(['إدارة الجوازات والهجرة']);
  });

  it('a centre named after a place or a person with a relational adjective is one organisation', () => {
    expect(orgs('ونُقل الجرحى إلى مركز أبحاث الأمراض الوراثية ثم إلى مركز ابن سينا الطبي.')).toEqual(['مركز أبحاث الأمراض الوراثية', 'مركز ابن سينا الطبي']);
  });

  it('a national corporation: المؤسسة + relational adjective + ل-complement', () => {
    expect(orgs('وأعلنت المؤسسة الوطنية للإسكان تسليم ألف وحدة.')).toEqual(['المؤسسة الوطنية للإسكان']);
  });
});

describe('heads that are common nouns give no organisation', () => {
  it('management, centre, panel: إدارة الأزمة، مركز المدينة، هيئة المحكمة، المركز الأول', () => {
    for (const text of [
      'وناقش الاجتماع إدارة الأزمة الاقتصادية في البلاد.',
      'وأغلقت الشرطة الشوارع في مركز المدينة.',
      'ورفعت هيئة المحكمة الجلسة إلى الأسبوع المقبل.',
      'وحل الفريق في المركز الأول بفارق نقطتين.',
      'وتحمل إدارة النادي مسؤولية الخسارة.',
      'ووافق مجلس إدارة الشركة على توزيع الأرباح.',
      'وقالت المؤسسة العسكرية إنها محايدة.',
      'وتولى الجيش إدارة شؤون البلاد مؤقتاً.',
      'وناقش المجلس إدارة الأزمة والحوار مع المعارضة.',
    ]) expect(orgs(text), text).toEqual([]);
  });

  it('after a place name only an adjective continues the name; a definite noun is the object', () => {
    expect(orgs('وأدان مجلس محافظة البصرة الهجوم على المحتجين.')).toEqual(['مجلس محافظة البصرة']);
    expect(orgs('وأقر مجلس محافظة البصرة المحلي الموازنة.')).toEqual(['مجلس محافظة البصرة المحلي']);
    expect(orgs('وطمأنت وزارة الصحة المواطنين إلى أن المخزون كاف.')).toEqual(['وزارة الصحة']);
  });

  it('a ل + masdar after a common-noun head is no name ("مركز لتوزيع المياه")', () => {
    expect(orgs('سقطت القذائف على سوق المخيم ومركز لتوزيع المياه.')).toEqual([]);
  });

  it('a verb or an adjective after the head ends the name', () => {
    expect(orgs('وقالت إدارة الوداد تدرس عروضاً جديدة.')).toEqual([]);
    expect(orgs('وافتتحت شركة صرافة مغلقة بحي الزهور أبوابها.')).toEqual([]);
  });
});
