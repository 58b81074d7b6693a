import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.ts';
import { extractEntities } from '../../src/entities/index.ts';

const text = readFileSync('/work/shared/seed/000_60db55bcef7aaadf.txt', 'utf8');
const layer = extractEntities(createDoc(text, { id: 'seed', language: 'ar' }));
const byName = (name: string) => layer.entities.filter((e) => e.name === name);

const PEOPLE = ['إسماعيل قاآني', 'مصطفى الكاظمي', 'إيرج مسجدي', 'هادي العامري', 'قاسم سليماني', 'علي خامنئي', 'دونالد ترامب', 'نوري المالكي', 'أبو مهدي المهندس', 'مقتدى الصدر'];
const ORGS = ['الحرس الثوري الإيراني', 'قوة القدس', 'منظمة بدر', 'هيئة الحشد الشعبي', 'عصائب أهل الحق', 'كتائب حزب الله', 'داعش', 'البرلمان العراقي', 'عربي بوست', 'صحيفة العراق الإلكترونية'];
const PLACES = ['بغداد', 'واشنطن', 'العراق', 'إيران', 'الولايات المتحدة', 'طهران', 'الرياض', 'المنطقة الخضراء', 'قاعدة فيكتوريا', 'مطار بغداد الدولي'];

describe('entities on the seed article', () => {
  it('finds each of the 10 people, 10 organisations and 10 places exactly once, and nothing else', () => {
    for (const [names, type] of [[PEOPLE, 'PER'], [ORGS, 'ORG'], [PLACES, 'LOC']] as const) {
      for (const n of names) {
        const es = byName(n);
        expect(es, n).toHaveLength(1);
        expect(es[0].type, n).toBe(type);
      }
    }
    expect(layer.entities.map((e) => e.name).sort()).toEqual([...PEOPLE, ...ORGS, ...PLACES].sort());
  });

  it('every mention is an exact span of the text', () => {
    for (const e of layer.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    for (const m of layer.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('clitic-attached mentions exclude the clitic', () => {
    const k = byName('مصطفى الكاظمي')[0];
    const texts = k.mentions.map((m) => m.text);
    expect(texts).toContain('الكاظمي'); // from بالكاظمي
    expect(texts).toContain('كاظمي'); // from للكاظمي (fused لل)
    expect(k.mentions.length).toBeGreaterThan(20);
    const irgc = byName('الحرس الثوري الإيراني')[0];
    expect(irgc.mentions.map((m) => m.text)).toEqual(['حرس الثوري الإيراني']);
    const baghdad = byName('بغداد')[0];
    // وبغداد / فبغداد / لبغداد all counted
    expect(baghdad.mentions.length).toBe((text.match(/بغداد/g) ?? []).length - 1 /* مطار بغداد الدولي */);
  });

  it('short forms and descriptions corefer with the full name', () => {
    const q = byName('إسماعيل قاآني')[0];
    const t = q.mentions.map((m) => m.text);
    expect(t).toContain('قاآني');
    expect(t).toContain('قائد قوة القدس');
    expect(q.titles).toEqual(expect.arrayContaining(['الجنرال', 'قائد قوة القدس']));
    const k = byName('مصطفى الكاظمي')[0];
    expect(k.titles).toContain('رئيس الوزراء العراقي');
    expect(byName('هادي العامري')[0].titles).toContain('رئيس منظمة بدر');
    expect(byName('نوري المالكي')[0].titles).toContain('رئيس الوزراء السابق');
  });

  it('علي before a known full name is the preposition', () => {
    expect(layer.entities.some((e) => e.name.startsWith('علي إسماعيل'))).toBe(false);
  });

  it('Latin names, keys, geo and evidence', () => {
    expect(byName('إسماعيل قاآني')[0].latin).toBe('Esmail Qaani');
    expect(byName('الولايات المتحدة')[0].latin).toBe('United States');
    expect(byName('بغداد')[0].geo).toMatchObject({ country: 'IQ' });
    for (const e of layer.entities) {
      expect(e.key.length).toBeGreaterThan(3);
      expect(e.evidence?.length).toBeGreaterThan(0);
      expect(e.latin).toMatch(/[A-Za-z]/);
    }
    expect(byName('قاسم سليماني')[0].evidence?.[0]).toMatch(/^lexicon:data\/entities\/people\.tsv:\d+$/);
    expect(byName('صحيفة العراق الإلكترونية')[0].evidence).toContain('rule:org-head(data/entities/org-heads.tsv:58)'.replace(':58', byName('صحيفة العراق الإلكترونية')[0].evidence![0].match(/:(\d+)\)/)?.[0].slice(0, -1) ?? ''));
  });
});
