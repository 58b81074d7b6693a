// Session 6, issue #5: the date given to an event with no date of its own sentence (docs/gold-format.md):
// a paragraph's date for its news-cycle statements, null for background and planned events, the date of the
// meeting an event happens «خلال», the lead's day for the story's next steps; else the publication date.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.ts';
import { toPloverRecord } from '../../src/events/plover.ts';
import { timeFrameWords } from '../../src/events/dates.ts';
import { validateAnalysis } from '../../src/validate.ts';

const PUB = '2024-03-05'; // a Tuesday: «يوم الأحد» = 2024-03-03, «أمس الاثنين» = 2024-03-04
const run = (text: string) => analyze({ text, meta: { id: 't', language: 'ar', published: PUB } });
const ev = (a: ReturnType<typeof run>, trigger: string) => {
  const e = a.events.find((x) => x.trigger.text === trigger);
  expect(e, `no event «${trigger}»`).toBeDefined();
  return e!;
};
const RECEIVED = 'استقبل الرئيس التونسي قيس سعيد يوم الأحد وزير الخارجية الجزائري أحمد عطاف في قصر قرطاج.';

describe('time-frame data', () => {
  it('loads every set the rules read, normalised', () => {
    for (const set of ['pluperfect-aux', 'perfect-particle', 'background', 'frame-break', 'frame-prep', 'anchor-prep', 'anchor-verb', 'anchor-noun', 'statement-type', 'deadline-prep', 'future-date-word'] as const) {
      expect(timeFrameWords(set).length).toBeGreaterThan(0);
    }
    expect(timeFrameWords('background')).toContainEqual(['سبق', 'ان']);
    expect(timeFrameWords('anchor-noun')).toContainEqual(['الزياره']);
  });
});

describe('paragraph date carried to its undated statements', () => {
  it('a reaction in a later sentence of the paragraph takes its date', () => {
    const a = run(`${RECEIVED} ودعا سعيد إلى تعزيز التعاون بين البلدين.`);
    expect(ev(a, 'دعا').date).toMatchObject({ value: '2024-03-03', basis: 'text', text: 'يوم الأحد' });
    expect(ev(a, 'دعا').evidence).toContain('rule:date-of-paragraph');
  });
  it('not across a change of frame («وفي سياق آخر»)', () => {
    const a = run(`${RECEIVED} وفي سياق آخر، دعا سعيد الحكومة إلى مراجعة الأسعار.`);
    expect(ev(a, 'دعا').date).toEqual({ value: PUB, basis: 'published' });
  });
  it('«وقال مسؤول آخر» opens no new frame: the date is carried', () => {
    const a = run(`${RECEIVED} وقال مسؤول آخر إن سعيد دعا الحكومة الجزائرية إلى تعزيز التعاون.`);
    expect(ev(a, 'دعا').date).toMatchObject({ value: '2024-03-03', basis: 'text' });
  });
  it('not into another paragraph: a statement there is of the news cycle', () => {
    const a = run(`${RECEIVED}\nودعا سعيد الحكومة الجزائرية إلى تعزيز التعاون.`);
    expect(ev(a, 'دعا').date).toEqual({ value: PUB, basis: 'published' });
  });
  it('a «منذ» date is a start, not a date to carry', () => {
    const a = run('يحتج العمال في قفصة منذ يوم الأحد. ودعا الاتحاد العام التونسي للشغل الحكومة إلى الحوار.');
    expect(ev(a, 'دعا').date).toEqual({ value: PUB, basis: 'published' });
  });
});

describe('background and planned events have no date', () => {
  it('pluperfect «وكان X قد دعا»', () => {
    const e = ev(run('وكان الرئيس التونسي قيس سعيد قد دعا الحكومة إلى الحوار مع النقابات.'), 'دعا');
    expect(e.date).toBeUndefined();
    expect(e.evidence).toContain('rule:date-null-pluperfect');
  });
  it('«قد» without a form of كان is no pluperfect', () => {
    const e = ev(run('وقد دعا الرئيس التونسي قيس سعيد الحكومة إلى الحوار مع النقابات.'), 'دعا');
    expect(e.date).toEqual({ value: PUB, basis: 'published' });
  });
  it('a pluperfect with a stated date keeps it', () => {
    const e = ev(run('وكان الرئيس التونسي قيس سعيد قد دعا يوم الأحد الحكومة إلى الحوار.'), 'دعا');
    expect(e.date).toMatchObject({ value: '2024-03-03', basis: 'text' });
  });
  it('«سبق أن» and «في وقت سابق»', () => {
    const e = ev(run('وسبق أن اتهمت الحكومة التونسية المعارضة بالتآمر على أمن الدولة.'), 'اتهمت');
    expect(e.date).toBeUndefined();
    expect(e.evidence).toContain('rule:date-null-background');
    expect(ev(run('واتهمت الحكومة التونسية في وقت سابق المعارضة بالتآمر.'), 'اتهمت').date).toEqual({ value: PUB, basis: 'published' });
  });
  it('a planned visit with no date; with a stated date it keeps the date', () => {
    const e = ev(run('سيزور الرئيس التونسي قيس سعيد الجزائر.'), 'يزور');
    expect(e.date).toBeUndefined();
    expect(e.evidence).toContain('rule:date-null-planned');
    expect(ev(run('سيزور الرئيس التونسي قيس سعيد الجزائر الشهر المقبل.'), 'يزور').date).toMatchObject({ value: '2024-04', basis: 'text' });
  });
  it('an undated event stays valid and exports to PLOVER with a null date', () => {
    const a = run('وكان الرئيس التونسي قيس سعيد قد دعا الحكومة إلى الحوار مع النقابات.');
    expect(validateAnalysis(a)).toMatchObject({ ok: true });
    expect(toPloverRecord(ev(a, 'دعا'), a)).toMatchObject({ date: null, date_basis: null });
  });
});

describe("the lead's day and the meeting an event happens in", () => {
  const STORY = 'الدوحة – وصل الرئيس الإندونيسي برابوو سوبيانتو إلى الدوحة، أمس الاثنين، في زيارة رسمية.\n' +
    'واستقبل أمير قطر الشيخ تميم بن حمد آل ثاني الضيف في الديوان الأميري.\n' +
    'وأشاد الرئيس الإندونيسي بالدور القطري في الوساطة.\n' +
    'ووقّع البلدان خلال الزيارة خمس مذكرات تفاهم.\n' +
    'ووقّعت قطر وتركيا اتفاقية للتعاون الدفاعي.';
  const a = run(STORY);
  it("the story's next step, in the paragraph after the lead, takes the lead's day", () => {
    expect(ev(a, 'استقبل').date).toMatchObject({ value: '2024-03-04', basis: 'text' });
    expect(ev(a, 'استقبل').evidence).toContain('rule:date-of-lead');
  });
  it('a verbal reaction does not: it is of the news cycle', () => {
    expect(ev(a, 'أشاد').date).toEqual({ value: PUB, basis: 'published' });
  });
  it('«خلال الزيارة» dates the signing by the visit, far from the lead', () => {
    expect(ev(a, 'وقّع').date).toMatchObject({ value: '2024-03-04', basis: 'text' });
    expect(ev(a, 'وقّع').evidence).toContain('rule:date-of-anchor');
  });
  it('a signing with no anchor phrase keeps the publication date', () => {
    expect(ev(a, 'وقّعت').date).toEqual({ value: PUB, basis: 'published' });
  });
  it('a lead more than a week old frames nothing', () => {
    const old = run('الدوحة – وصل الرئيس الإندونيسي برابوو سوبيانتو إلى الدوحة في 10 فبراير 2024 في زيارة رسمية.\n' +
      'واستقبل أمير قطر الشيخ تميم بن حمد آل ثاني الضيف في الديوان الأميري.');
    expect(ev(old, 'استقبل').date).toEqual({ value: PUB, basis: 'published' });
  });
});

describe('which date of the sentence', () => {
  it('a relative clause dates the noun trigger it describes («القصف الجوي الذي نفذته … مساء الأحد»)', () => {
    const a = run('دانت وزارة الخارجية العراقية، اليوم الثلاثاء، القصف الجوي الذي نفذته القوات التركية مساء الأحد على قرية في محافظة دهوك.');
    expect(ev(a, 'القصف').date).toMatchObject({ value: '2024-03-03', basis: 'text' });
    expect(ev(a, 'دانت').date).toMatchObject({ value: '2024-03-05', basis: 'text' });
  });
  it('not a noun separated from the clause by a comma', () => {
    const a = run('دانت وزارة الخارجية العراقية، اليوم الثلاثاء، القصف الجوي على قرية في محافظة دهوك، الذي تكرر مساء الأحد.');
    expect(ev(a, 'القصف').date?.value).not.toBe('2024-03-03');
  });
  it("a dateline's date is the report's: the sentence's «أمس» dates the event", () => {
    const a = run('المنامة، 5 مارس 2024 (خاص) – قضت المحكمة الكبرى الجنائية في البحرين، أمس الاثنين، بسجن ثلاثة ناشطين.');
    expect(ev(a, 'قضت').date).toMatchObject({ value: '2024-03-04', text: 'أمس الاثنين' });
  });
  it('a «منذ» date dates the act right before it, not an event far from it', () => {
    expect(ev(run('نفذ مئات من سائقي الشاحنات اعتصاماً مفتوحاً منذ يوم الأحد أمام ميناء العقبة.'), 'اعتصاماً').date)
      .toMatchObject({ value: '2024-03-03', basis: 'text' });
    const far = run('دعا الرئيس التونسي قيس سعيد الحكومة، في كلمة ألقاها أمام مجلس الأمن القومي، إلى مراجعة الاتفاقيات الموقعة مع الشركات الأجنبية منذ عام 2011.');
    expect(ev(far, 'دعا').date).toEqual({ value: PUB, basis: 'published' });
  });
});

describe('limits and dates ahead', () => {
  it('«حتى نهاية العام» is a limit: it dates no past act of the sentence', () => {
    const a = run('أعلنت الحكومة الألمانية تقديم 15 مليون يورو إضافية لبرنامج الأغذية العالمي في الأردن حتى نهاية العام.');
    expect(ev(a, 'تقديم').date).toEqual({ value: PUB, basis: 'published' });
  });
  it('but it dates a planned act («ستنقل … قبل نهاية العام»)', () => {
    const a = run('أعلن الأردن أنه سيزود سوريا بالكهرباء حتى نهاية العام.');
    expect(ev(a, 'يزود').context).toContain('future');
    expect(ev(a, 'يزود').date).toMatchObject({ value: '2024', basis: 'text' });
  });
  it('«الأسبوع المقبل» does not date a past-tense verb even at month precision', () => {
    const a = run('ورحب المبعوث الأممي هانس غروندبرغ بالاتفاق، فيما أكدت اللجنة الدولية للصليب الأحمر أنها ستبدأ الأسبوع المقبل زيارة السجون.');
    expect(ev(a, 'رحب').date).toEqual({ value: PUB, basis: 'published' });
  });
});
