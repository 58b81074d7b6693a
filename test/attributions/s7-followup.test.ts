// Session 7 follow-up: family-name particles read as فإن («وقال فان هوفن إن …»), accusing participles (no attributions,
// docs/gold-format.md), and subject-less cues at a paragraph start («وقال: «…»») resolved to the person quoted in the paragraph
// before — or to no one. Sentences written for these tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runQueries as run } from './checked.ts';

const persons = (r: ReturnType<typeof run>) => r.ents.entities.filter((e) => e.type === 'PER').map((e) => e.name);

describe('family-name particles are no complementizer', () => {
  it('«وقال فان هوفن إن»: a surname with its particle right after the verb is the speaker', () => {
    const r = run('وقال فان هوفن إن الحكومة الهولندية ستزيد مساعداتها للاجئين.');
    expect(r.speaker('الحكومة الهولندية')).toBe('فان هوفن');
    expect(r.kind('الحكومة الهولندية')).toBe('named');
    expect(r.find('هوفن')).toBeUndefined();
  });
  it('a particle after an unknown given name and a title, before a statement phrase between commas', () => {
    const r = run('وقالت المفوضة البلجيكية هيلدي فان دام، في مؤتمر صحفي، إن الاتحاد سيراجع الاتفاق التجاري.');
    expect(r.speaker('الاتحاد')).toBe('هيلدي فان دام');
    expect(r.find('دام')).toBeUndefined();
  });
  it('the same without a title, and with a Western given name the lexicon knows', () => {
    const r = run('وقالت هيلدي فان دام إن الاتحاد سيراجع الاتفاق. وقال ماركوس فان هوفن إن هولندا تؤيد المراجعة.');
    expect(r.speaker('الاتحاد')).toBe('هيلدي فان دام');
    expect(r.speaker('هولندا')).toBe('ماركوس فان هوفن');
    expect(persons(r)).not.toContain('ماركوس فان');
  });
  it('a bare role word before the particle, and two particles before a quotation', () => {
    const r = run('وقال الوزير فان هوفن إن الحكومة ستزيد المساعدات. وأضاف فان دير بيرغ: «لن نتراجع عن هذا القرار أبداً».');
    expect(r.speaker('الحكومة')).toBe('فان هوفن');
    const q = r.one('لن نتراجع');
    expect(q.kind).toBe('direct');
    expect(r.speaker('لن نتراجع')).toBe('فان دير بيرغ');
  });
  it('a particle before a word with a clitic closing the name (a recipient)', () => {
    const r = run('وقال المدرب فان خال للصحفيين إن الفريق جاهز للمباراة.');
    expect(r.speaker('الفريق')).toBe('فان خال');
  });
  it('«وبحسب فان هوفن، فإن»: a particle-led name after an according-to phrase, before the فإن that opens the content', () => {
    const r = run('وبحسب فان هوفن، فإن الحكومة ستزيد مساعداتها للاجئين.');
    expect(r.one('الحكومة').cue.text).toBe('بحسب');
    expect(r.speaker('الحكومة')).toBe('فان هوفن');
  });
  it('فان before a clause stays فإن: a definite word, an accusative, a plural, or a comma before it', () => {
    const r = run('وبحسب الوزير فان عدد القتلى ارتفع إلى عشرة. وبحسب المحافظ فان عدداً من الجنود أصيبوا. وبحسب المسؤول فان كثيرين غادروا المدينة. وقال الناطق إن الوضع خطير، فان الحكومة ستتحرك.');
    expect(r.one('عدد القتلى').cue.text).toBe('بحسب');
    expect(r.speaker('عدد القتلى')).toBe('الوزير');
    expect(r.speaker('عدداً من الجنود')).toBe('المحافظ');
    expect(r.find('كثيرين')).toBeDefined();
    expect(r.one('الوضع خطير').content.text).toContain('فان الحكومة ستتحرك');
    expect(persons(r).some((n) => n.startsWith('فان'))).toBe(false);
  });
  it('دير opening a phrase after a role is the monastery, not a name particle', () => {
    const r = run('وقال رئيس دير سانت كاترين إن أعداد الزوار عادت إلى مستوياتها السابقة.');
    expect(persons(r).some((n) => n.includes('دير'))).toBe(false);
    expect(r.one('أعداد الزوار').content.text).not.toMatch(/^دير/);
  });
});

describe('accusations are no attributions (docs/gold-format.md)', () => {
  it('«، متهماً X بـ…» after a statement ends its content and is no statement of its own', () => {
    const r = run('ونفى المتحدث باسم الحركة أحمد سالم أي مسؤولية عن الهجوم، مؤكداً أن عناصرها لم يكونوا في المنطقة، متهماً الشرطة بافتعال الحادث.');
    expect(r.one('عناصرها').content.text).toBe('عناصرها لم يكونوا في المنطقة');
    expect(r.find('الشرطة')).toBeUndefined();
    expect(r.attributions.some((a) => a.cue.text.startsWith('متهم'))).toBe(false);
  });
  it('the feminine participle and the finite verb likewise', () => {
    const r = run('وقالت النقابة في بيان إن العمال لم يتقاضوا أجورهم منذ شهرين، متهمةً الإدارة بالمماطلة. واتهمت المعارضة الحكومة بتزوير الانتخابات.');
    expect(r.one('العمال').content.text).toBe('العمال لم يتقاضوا أجورهم منذ شهرين');
    expect(r.attributions).toHaveLength(1);
  });
  it('the dev annotations follow the convention (no accusing cue in examples/ or dev/unseen/)', () => {
    const root = join(import.meta.dirname, '..', '..');
    const dirs = ['examples', 'dev/unseen', ...readdirSync(join(root, 'dev/unseen')).filter((d) => d.startsWith('holdout')).map((d) => `dev/unseen/${d}`)];
    let files = 0;
    for (const d of dirs) {
      for (const f of readdirSync(join(root, d)).filter((x) => x.endsWith('.gold.json'))) {
        const g = JSON.parse(readFileSync(join(root, d, f), 'utf8')) as { attributions?: { cue: string }[] };
        if (!g.attributions) continue;
        files++;
        for (const a of g.attributions) expect(a.cue.replace(/[\u064B-\u0652]/g, ''), `${d}/${f}`).not.toMatch(/^و?(متهم|اتهم)/);
      }
    }
    expect(files).toBeGreaterThan(20);
  });
});

describe('subject-less cues at a paragraph start', () => {
  it('«وقال: «…»» continues the person quoted in the paragraph before', () => {
    const r = run('أعلن وزير الصحة خالد آيت الطالب، الثلاثاء، أن الحكومة ستفتح مستشفيين جديدين قبل نهاية العام.\nوقال: «لن نترك أي منطقة دون خدمات صحية لائقة».');
    const a = r.one('لن نترك');
    expect(a.kind).toBe('direct');
    expect(a.source).toBe(r.one('الحكومة').source);
    expect(r.speaker('لن نترك')).toBe('خالد آيت الطالب');
  });
  it('across a paragraph with no statement in between', () => {
    const r = run('أكد وزير الطاقة صالح الخرابشة أن أسعار المحروقات ستبقى ثابتة هذا الشهر.\nوتشهد الأسواق ارتفاعاً في أسعار السلع الأساسية منذ بداية العام.\nوأضاف: «لن نرفع الأسعار قبل نهاية الصيف».');
    expect(r.one('لن نرفع').source).toBe(r.one('أسعار المحروقات').source);
  });
  it('a feminine verb takes the woman quoted last, not the man quoted before her', () => {
    const r = run('قال رئيس البلدية زهير الأعرجي إن أعمال الإعمار ستبدأ الشهر المقبل، فيما أكدت مديرة التخطيط سعاد الجبوري أن التمويل متوفر.\nوأضافت: «لدينا خطة واضحة للسنوات الثلاث المقبلة».');
    expect(r.speaker('لدينا خطة')).toBe('سعاد الجبوري');
  });
  it('a verb whose gender no person quoted before agrees with invents no speaker', () => {
    const r = run('أكد وزير الطاقة صالح الخرابشة أن أسعار المحروقات ستبقى ثابتة هذا الشهر.\nوأضافت: «لن نرفع الأسعار قبل نهاية الصيف».');
    expect(r.find('أسعار المحروقات')).toBeDefined();
    expect(r.find('لن نرفع')).toBeUndefined();
  });
  it('an organisation keeps a verb of the other gender (the statement speaking for it)', () => {
    const r = run('قالت وزارة الداخلية في بيان إن قوات الأمن أوقفت 12 مشتبهاً به.\nوأضاف: «التحقيقات مستمرة».');
    expect(r.one('التحقيقات').source).toBe(r.one('قوات الأمن').source);
  });
  it('with no antecedent at all the speaker is an unresolved unnamed source (s8, docs/contract.md)', () => {
    const r = run('شهدت مدينة صفاقس، أمس الأحد، احتجاجات واسعة على انقطاع المياه في عدة أحياء.\nوقال: «الوضع لم يعد يحتمل».');
    expect(r.attributions).toHaveLength(1);
    expect(r.src(r.attributions[0].source)).toMatchObject({ kind: 'anonymous', unresolved: true, entity: null });
  });
});
