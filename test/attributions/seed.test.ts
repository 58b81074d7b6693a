// The seed article (عربي بوست, 2020-08-20): every reported statement, grouped into its sources.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.ts';
import { extractAttributions } from '../../src/attributions/index.ts';
import { computeMetrics } from '../../src/metrics.ts';
import { analyze } from '../../src/analyze.ts';
import type { Attribution, Source } from '../../src/contract.ts';

const text = readFileSync('/work/shared/seed/000_60db55bcef7aaadf.txt', 'utf8');
const meta = { id: 'seed', language: 'ar', outlet: 'عربي بوست', published: '2020-08-20' };
const doc = createDoc(text, meta);

// the same expectations without entities and through the whole pipeline (with the entity stage)
const variants: [string, () => { sources: Source[]; attributions: Attribution[] }][] = [
  ['without entities', () => extractAttributions(doc, { entities: [], mentions: [] })],
  ['full pipeline', () => analyze({ text, meta })],
];

describe.each(variants)('seed article attributions (%s)', (_name, make) => {
const { sources, attributions } = make();

const byContent = (s: string): Attribution => {
  const hit = attributions.find((a) => a.content.text.includes(s));
  if (!hit) throw new Error(`no attribution containing ${s}`);
  return hit;
};
const sourceOf = (a: Attribution): Source => sources.find((s) => s.id === a.source)!;
const sourceWithMention = (m: string): Source => {
  const hit = sources.find((s) => s.mentions.some((x) => x.text === m));
  if (!hit) throw new Error(`no source mention ${m}`);
  return hit;
};

  it('finds every quotation and reported statement (22)', () => {
    expect(attributions.length).toBe(22);
    expect(attributions.filter((a) => a.kind === 'direct').length).toBe(12);
  });

  it('keeps every span faithful to the text and quotes without their marks', () => {
    for (const a of attributions) {
      for (const sp of [a.cue, a.content]) expect(text.slice(sp.start, sp.end)).toBe(sp.text);
      expect(a.content.text).not.toMatch(/^["«“]|["»”]$/);
    }
    for (const s of sources) for (const m of s.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('groups the informed Iranian-side source and its later references', () => {
    const s1 = sourceWithMention('مصدر مطلع على اللقاء من الجانب الإيراني');
    expect(s1.kind).toBe('anonymous');
    expect(s1.label).toBe('مصدر مطلع على اللقاء من الجانب الإيراني');
    expect(s1.side).toBe('الجانب الإيراني');
    for (const m of ['المصدر من الجانب الإيراني', 'المصدر المطلع على هذا الاجتماع، من الجانب الإيراني', 'المصدر المطلع على الاجتماع']) {
      expect(sourceWithMention(m).id).toBe(s1.id);
    }
    const counts = new Map<string, number>();
    for (const a of attributions) counts.set(a.source, (counts.get(a.source) ?? 0) + 1);
    const most = [...counts].sort((a, b) => b[1] - a[1])[0];
    expect(most[0]).toBe(s1.id);
    expect(sourceOf(byContent('وعد الجنرال قاآني الكاظمي')).id).toBe(s1.id);
    expect(sourceOf(byContent('جاء الجنرال قاآني لمناقشة')).id).toBe(s1.id);
    expect(sourceOf(byContent('حددت الفصائل المسلحة الشيعية')).id).toBe(s1.id);
  });

  it('sends "المصدر العراقي" to the adviser, not to the Iranian-side source', () => {
    const adviser = sourceOf(byContent('إصرار إيران على خروج القوات'));
    expect(adviser.label.startsWith('أحد مستشاري رئيس الوزراء العراقي')).toBe(true);
    expect(adviser.kind).toBe('anonymous');
    expect(adviser.entity).toBeNull();
    expect(sourceOf(byContent('رد الكاظمي علي إسماعيل قاآني')).id).toBe(adviser.id);
    expect(sourceOf(byContent('الأخير لم يعطِ قائد قوة القدس')).id).toBe(adviser.id);
    expect(sourceOf(byContent('يدرك الكاظمي أنه لا مفر')).id).toBe(adviser.id);
    const limited = byContent('الأمر لا يكون بهذه السهولة');
    expect(limited.cue.text).toBe('اكتفى بقول');
    expect(limited.kind).toBe('direct');
    expect(limited.source).toBe(adviser.id);
  });

  it('finds the unnamed sources once, the politician with his reason, the commander and the faction leader', () => {
    const sourcesOnce = sourceOf(byContent('مسألة خروج القوات الأمريكية من العراق'));
    expect(sourcesOnce.label).toBe('المصادر التي تحدث إلى "عربي بوست"');
    expect(attributions.filter((a) => a.source === sourcesOnce.id)).toHaveLength(1);

    const politician = sourceOf(byContent('طلب المالكي والعامري'));
    expect(politician.label).toBe('سياسي شيعي مقرب من المالكي');
    expect(politician.side).toBe('مقرب من المالكي');
    expect(politician.anonymityReason?.text).toBe('مفضلاً عدم الكشف عن هويته');

    const commander = sourceOf(byContent('رفض قادة فصيل عصائب أهل الحق'));
    expect(commander.label).toBe('قائد شبه عسكري، مطلع على الاجتماع');
    expect(sourceOf(byContent('كانت مطالب قادة المقاومة واضحة')).id).toBe(commander.id);
    expect(sourceOf(byContent('لن تترك المقاومة سلاحها')).id).toBe(commander.id);
    expect(sourceOf(byContent('رفض الفصائل المسلحة لأي تفاوض')).id).toBe(commander.id);

    const faction = sourceOf(byContent('لن تحل الذكرى السنوية'));
    expect(faction.label).toBe('أحد قادة الفصائل المسلحة');
    expect(faction.id).not.toBe(commander.id);
  });

  it('gives al-Kadhimi as a named source, once via the newspaper', () => {
    const postman = byContent('نحن لا نلعب دور ساعي البريد');
    const kadhimi = sourceOf(postman);
    expect(kadhimi.kind).toBe('named');
    expect(kadhimi.label).toMatch(/الكاظمي$/);
    expect(postman.via).toHaveLength(1);
    const paper = sources.find((s) => s.id === postman.via![0])!;
    expect(paper.kind).toBe('media');
    expect(paper.label).toBe('صحيفة العراق الإلكترونية');
    expect(sourceOf(byContent('عمل حكومته على محاسبة')).id).toBe(kadhimi.id);
    expect(sourceOf(byContent('حماية البعثات الدبلوماسية')).id).toBe(kadhimi.id);
    expect(attributions.filter((a) => a.source === kadhimi.id)).toHaveLength(3);
  });

  it('records the outlet spoken to', () => {
    expect(byContent('الجنرال قاآني اجتمع بالكاظمي').recipient).toBe('عربي بوست');
    expect(byContent('جاء الجنرال قاآني لمناقشة').recipient).toBe('عربي بوست');
  });

  it('has seven distinct speakers plus the newspaper, and an anonymous share ≥ 0.85', () => {
    const speakers = new Set(attributions.map((a) => a.source));
    expect(speakers.size).toBe(7);
    const m = computeMetrics(sources, attributions);
    expect(m.anonymousShare).toBeGreaterThanOrEqual(0.85);
  });

  it('finds none of the non-attributions', () => {
    // "مصادر الطاقة" (resources), "كما يقول البعض" inside a quote, verbs inside quotes, "لم يوضح"
    expect(sources.some((s) => s.label.includes('الطاقة'))).toBe(false);
    expect(sources.some((s) => s.kind === 'vague')).toBe(false);
    for (const a of attributions) {
      const inner = attributions.filter((b) => b !== a && b.content.start >= a.content.start && b.content.end <= a.content.end);
      expect(inner).toHaveLength(0);
    }
    expect(attributions.some((a) => a.cue.text === 'يوضح' || a.cue.text === 'أوضح')).toBe(false);
    const quoteWithSome = byContent('كما يقول البعض');
    expect(quoteWithSome.kind).toBe('direct');
    expect(sourceOf(quoteWithSome).kind).toBe('anonymous');
  });
});
