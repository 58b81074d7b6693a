// Attribution mechanisms added in session 4b (second blind holdout: parliament relays, TV interviews, local
// councils, energy ministers, labour court, security sources). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import type { DocMeta } from '../../src/contract.ts';
import { runAttributions } from './checked.ts';

function run(text: string, meta: Partial<DocMeta> = {}) {
  const layer = runAttributions(text, meta);
  const { src, entName } = layer;
  const speaker = (content: string) => {
    const a = layer.attributions.find((x) => x.content.text.startsWith(content));
    return a ? entName(src(a.source).entity) ?? src(a.source).label : undefined;
  };
  return { ...layer, src, entName, speaker };
}

describe('descriptions holding names', () => {
  it('a quoted company name inside the role phrase is no quotation', () => {
    const r = run('وقالت المديرة التنفيذية لشركة "غرين فيلد" الهولندية، كاثرين فيسر، في تصريحات لوكالة رويترز، إن الشركة ستوسع استثماراتها.');
    expect(r.attributions.map((a) => a.content.text)).toEqual(['الشركة ستوسع استثماراتها']);
    expect(r.speaker('الشركة ستوسع')).toBe('كاثرين فيسر');
  });
  it('a long role phrase ending on the person named before the content', () => {
    const r = run('وقال أستاذ العلوم السياسية في جامعة الكويت الدكتور حامد العنزي إن الأزمة ستطول.');
    expect(r.speaker('الأزمة ستطول')).toBe('حامد العنزي');
  });
  it('a role, a comma and the person: the person is the source, not the organisation in the role', () => {
    const r = run('وقال الكاتب العام للنقابة الوطنية للتعليم داخل الإقليم، محمد ولد أحمد، في تصريح صحفي، إن الإضراب مستمر. ودعت النقابة الوطنية للتعليم إلى "الحوار".');
    expect(r.speaker('الإضراب مستمر')).toBe('محمد ولد أحمد');
    const a = r.attributions.find((x) => x.content.text.startsWith('الإضراب'))!;
    const b = r.attributions.find((x) => x.content.text.startsWith('الحوار'))!;
    expect(a.source).not.toBe(b.source);
  });
});

describe('contents further on', () => {
  it('a state verb reads over a programme and a channel in quotes to reach «على أن»', () => {
    const r = run('وشدد المتحدث باسم الحكومة أحمد فهمي، في مداخلة هاتفية مع برنامج "المساء" على قناة "صدى الوطن الفضائية"، على أن الأسعار "لن ترتفع هذا العام".');
    expect(r.attributions.map((a) => a.content.text)).toEqual(['الأسعار "لن ترتفع هذا العام"']);
  });
  it('a chain with a statement phrase between قوله and إن', () => {
    const r = run('ونقل النائب سالم العجمي عن وزير النفط السابق عادل الحربي قوله في لقاء سابق مع اللجنة إن "الإنتاج لن يتراجع".');
    expect(r.attributions).toHaveLength(1);
    expect(r.speaker('الإنتاج لن يتراجع')).toBe('عادل الحربي');
    expect(r.attributions[0].via?.length).toBe(1);
  });
  it('a confirmed fact in two words («أكدت … وقوع الهجوم»)', () => {
    const r = run('وأكدت قيادة الشرطة، في بيان مقتضب، وقوع الانفجار.');
    expect(r.attributions.map((a) => a.content.text)).toEqual(['وقوع الانفجار']);
    expect(r.attributions[0].evidence).toContain('rule:cue+confirmed-object');
  });
  it('a warning of one definite noun after its preposition', () => {
    const r = run('وحذرت منظمة الصحة العالمية من المجاعة.');
    expect(r.attributions.map((a) => a.content.text)).toEqual(['المجاعة']);
  });
});

describe('relays and nested statements', () => {
  it('«ردّ X بأن زميله Y قال … إنه …» gives X\'s statement and Y\'s, relayed by X', () => {
    const r = run('وردّ النائب خالد العتيبي بأن زميله ماجد المطيري قال في جلسة سابقة إنه يؤيد الاقتراض "بشروط واضحة"، متسائلاً: "ما الذي تغير؟".');
    expect(r.speaker('زميله ماجد المطيري')).toBe('خالد العتيبي');
    const nested = r.attributions.find((a) => a.content.text.startsWith('يؤيد الاقتراض'))!;
    expect(r.entName(r.src(nested.source).entity)).toBe('ماجد المطيري');
    expect(nested.via?.length).toBe(1);
    expect(nested.evidence).toContain('rule:nested-statement');
    // the relaying speaker stays the current one
    expect(r.speaker('ما الذي تغير')).toBe('خالد العتيبي');
  });
  it('a participle agreeing with the relaying link continues the link, not the quoted source', () => {
    const r = run('ونقلت النائبة هدى الشمري عن الوزير السابق فهد الراشد قوله إن "العجز مزمن"، داعية الحكومة إلى "خفض الإنفاق".');
    expect(r.speaker('العجز مزمن')).toBe('فهد الراشد');
    expect(r.speaker('الحكومة إلى')).toBe('هدى الشمري');
  });
  it('a contrast clause «، غير أن X يقولون إن» ends the object of the verb before it', () => {
    const r = run('وكانت محافظة حماة قد أعلنت، في بيان، تخصيص مبالغ لصيانة الطرق في الريف، غير أن سكانا في المنطقة يقولون إن الأشغال "لم تبدأ".');
    expect(r.attributions.map((a) => a.content.text)).toEqual(['تخصيص مبالغ لصيانة الطرق في الريف', 'الأشغال "لم تبدأ"']);
  });
  it('a singular member is not the plural members quoted before', () => {
    const r = run('ويقول أعضاء في المجلس إن الحصة لم تصل. وقال عضو في المجلس، فضل عدم ذكر اسمه، إن الخلاف يعطل العمل.');
    expect(r.attributions).toHaveLength(2);
    expect(r.attributions[0].source).not.toBe(r.attributions[1].source);
  });
  it('a trailing according-to phrase naming a person of the organisation makes that person the source', () => {
    const r = run('وأعلنت شركة أرامكو توقف الإنتاج في الحقل، وفق ما أفاد به المتحدث باسمها أحمد سالم.');
    expect(r.speaker('توقف الإنتاج')).toBe('أحمد سالم');
  });
});

describe('impersonal passives', () => {
  it('«ويُعتقد أن» with the damma is a vague source, not the last speaker', () => {
    const r = run('وقال الضابط إن الهجوم كان منسقا. ويُعتقد أن المسلحين فروا نحو الجبال.');
    const a = r.attributions.find((x) => x.content.text.startsWith('المسلحين'))!;
    expect(r.src(a.source).kind).toBe('vague');
    expect(a.evidence).toContain('rule:vocalised-passive');
  });
  it('without the damma the verb continues the last speaker as before', () => {
    const r = run('وقال الضابط إن الهجوم كان منسقا. ويعتقد أن المسلحين فروا نحو الجبال.');
    expect(new Set(r.attributions.map((a) => a.source)).size).toBe(1);
  });
});
