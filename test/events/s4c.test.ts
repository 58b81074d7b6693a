// Session 4, round 3: events whose trigger was found but which a later stage dropped or merged away — mediators,
// relative-clause subjects of support verbs, governing verbs (سارع إلى، نجح في), headline/body merging, subjects
// before place adjuncts, impersonal conditions. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { LOC, ORG, PER, runEvents } from './helpers.ts';

const run = runEvents;

describe('session 4c: mediation', () => {
  it('«بوساطة من X»: X mediates (actor of CONSULT third-party)', () => {
    const { events, name } = run('أُفرج عن عشرين سجيناً أمس في صفقة جرت بوساطة من الكويت بين الطرفين.', [LOC('الكويت')]);
    const m = events.find((e) => e.type === 'CONSULT' && e.mode === 'third-party')!;
    expect(m).toBeDefined();
    expect(m.actors.map(name)).toEqual(['الكويت']);
    expect(m.evidence).toContain('rule:mediator-after-wasata');
  });
  it('«بوساطة من X» qualifying talks just reported in its sentence adds no second meeting', () => {
    const { events, name } = run('واختتمت في الدوحة جولة مشاورات بين وفدي الحكومة والمعارضة بوساطة من قطر.', [LOC('الدوحة'), LOC('قطر')]);
    expect(events.some((e) => e.evidence?.includes('rule:mediator-after-wasata'))).toBe(false);
    expect(events.filter((e) => e.type === 'CONSULT').some((e) => e.actors.map(name).includes('قطر') && e.mode === 'third-party')).toBe(false);
  });
  it('«بوساطة من» a vague group names no mediator: no mediation event of its own', () => {
    const { events } = run('أعلن الوزير التوصل إلى هدنة بوساطة من وجهاء المنطقة.', []);
    expect(events.some((e) => e.type === 'CONSULT' && e.evidence?.includes('rule:mediator-after-wasata'))).toBe(false);
  });
  it('«توسطت X بين Y وZ»: Y and Z are the parties mediated between (targets), X the actor', () => {
    const { events, name } = run('وتوسطت سلطنة عمان بين الرياض وصنعاء للإفراج عن الأسرى.', [LOC('سلطنة عمان'), LOC('الرياض'), LOC('صنعاء')]);
    const m = events.find((e) => e.type === 'CONSULT')!;
    expect(m.actors.map(name)).toEqual(['سلطنة عمان']);
    expect(m.targets.map(name)).toEqual(expect.arrayContaining(['الرياض', 'صنعاء']));
    expect(m.evidence).toContain('rule:bayna-mediated-parties');
  });
  it('«نجح X في التوسط» after talks: the mediation is its own event, not a mention of the talks', () => {
    const { events, texts } = run('وعقد الوفدان مباحثات في المدينة أمس. ثم اندلعت اشتباكات، قبل أن ينجح أعيان من الحي في التوسط لوقف القتال.', []);
    const m = events.find((e) => e.type === 'CONSULT' && e.mode === 'third-party');
    expect(m).toBeDefined();
    expect(texts(m!, 'actor').join(' ')).toContain('أعيان');
  });
});

describe('session 4c: subjects of governing verbs', () => {
  it('«سارعت X إلى رفض …»: the subject of سارع refuses', () => {
    const { events, name } = run('غير أن وزارة الخارجية المغربية سارعت في بيان إلى رفض ما وصفته بالتدخل في الشأن الداخلي.', [ORG('وزارة الخارجية المغربية')]);
    const r = events.find((e) => e.type === 'REJECT')!;
    expect(r.actors.map(name)).toEqual(['وزارة الخارجية المغربية']);
  });
  it('«X، الذي أبدى تأييد حكومته للوساطة»: the antecedent of the relative supports; the mediation is not his', () => {
    const { events, name } = run('والتقى الوزير رئيس الوزراء حسن العامري، الذي أبدى تأييد حكومته للوساطة التي تقوم بها قطر.', [PER('حسن العامري'), LOC('قطر')]);
    const s = events.find((e) => e.type === 'SUPPORT')!;
    expect(s.actors.map(name)).toEqual(['حسن العامري']);
    expect(events.some((e) => e.type === 'CONSULT' && e.mode === 'third-party' && e.actors.map(name).includes('حسن العامري'))).toBe(false);
  });
  it('a support verb whose subject stands before a list of places and a date: «دخل X في ولايات A وB، الأحد، أسبوعهم الثاني من الإضراب»', () => {
    const { events, texts } = run('ودخل الممرضون في ولايات سطيف وباتنة وقسنطينة، الأحد، أسبوعهم الثاني من الإضراب.',
      [LOC('سطيف'), LOC('باتنة'), LOC('قسنطينة')]);
    const p = events.find((e) => e.type === 'PROTEST')!;
    expect(texts(p, 'actor').join(' ')).toContain('الممرضون');
  });
});

describe('session 4c: subjects before place adjuncts; impersonal conditions', () => {
  it('«أن عدداً من X في ساحة Y رفضوا … وهددوا»: the partitive group refuses and threatens', () => {
    const { events, texts } = run('غير أن عدداً من الصيادين المعتصمين في ساحة الميناء رفضوا القرار، وهددوا بالتصعيد إن لم يُفرج عن زملائهم.', []);
    const r = events.find((e) => e.type === 'REJECT')!;
    expect(texts(r, 'actor').join(' ')).toContain('الصيادين');
    expect(r.evidence).toContain('rule:svo-subject-before-adjunct');
    const t = events.find((e) => e.type === 'THREATEN')!;
    expect(texts(t, 'actor').join(' ')).toContain('الصيادين');
    // the release in the condition is impersonal: it is not the fishermen's
    const rel = events.find((e) => e.type === 'RETREAT');
    if (rel) expect(texts(rel, 'actor').join(' ')).not.toContain('الصيادين');
  });
  it('«منظمات حقوقية محلية» is a group participant', () => {
    const { events, texts } = run('وتوفي موقوف في مركز للشرطة، بينما طالبت منظمات حقوقية محلية بتحقيق مستقل.', []);
    const r = events.find((e) => e.type === 'REQUEST')!;
    expect(texts(r, 'actor').join(' ')).toContain('منظمات حقوقية');
  });
  it('a hospital that «receives» the wounded hosts no visit', () => {
    const { events } = run('وأعلنت المنظمة أن فرقها في مستشفى المدينة استقبلت أكثر من 300 جريح خلال أسبوع.', [LOC('المدينة')]);
    expect(events.some((e) => e.type === 'CONSULT')).toBe(false);
  });
});

describe('session 4c: headline and body', () => {
  const title = 'إضراب الممرضين يدخل أسبوعه الثاني\n\n';
  const lead = 'الرباط – قضت محكمة الاستئناف بالرباط أمس بسجن موظف سابق ثلاث سنوات بتهمة الاختلاس.\n\nوقال محامي الدفاع إن موكله سيطعن في الحكم.\n\nوتعود وقائع القضية إلى عام 2021.\n\n';
  it('a headline event joins a definite mention deep in the body instead of absorbing it', () => {
    const { events, texts } = run(title + lead + 'وفي قطاع الصحة، دخل الممرضون الأحد أسبوعهم الثاني من الإضراب.', [LOC('الرباط'), ORG('محكمة الاستئناف')]);
    const strikes = events.filter((e) => e.type === 'PROTEST');
    expect(strikes).toHaveLength(1);
    expect(strikes[0].trigger.text).toBe('الإضراب');
    expect(texts(strikes[0], 'actor').join(' ')).toContain('الممرضون');
    expect(strikes[0].evidence?.some((x) => x.startsWith('rule:headline-joins-body@'))).toBe(true);
  });
  it('a headline event merges into the lead event of its type even when the actor is named differently', () => {
    const { events, name } = run('البرلمان يصادق على قانون المالية\n\nنواكشوط – صادقت الجمعية الوطنية الموريتانية، مساء الخميس، على مشروع قانون المالية لسنة 2025.',
      [ORG('البرلمان'), ORG('الجمعية الوطنية الموريتانية'), LOC('نواكشوط')]);
    const agree = events.filter((e) => e.type === 'AGREE');
    expect(agree).toHaveLength(1);
    expect(agree[0].actors.map(name)).toEqual(['الجمعية الوطنية الموريتانية']);
    expect(agree[0].evidence?.some((x) => x.startsWith('rule:headline-restates-lead-renamed@'))).toBe(true);
  });
});

describe('session 4c: a pronoun after the preposition of a masdar', () => {
  it('«غادرت X السجن بعد الإفراج عنها»: the released is the person the clause is about', () => {
    const { events, name } = run('وغادرت الناشطة ليلى بن عمر سجن المدينة مساء أمس بعد الإفراج عنها بشكل مشروط.', [PER('ليلى بن عمر'), LOC('المدينة')]);
    const r = events.find((e) => e.type === 'RETREAT')!;
    expect(r.targets.map(name)).toEqual(['ليلى بن عمر']);
    expect(r.evidence).toContain('rule:prep-pronoun-target');
  });
});

describe('session 4c: a place that witnessed an event, named by a common noun', () => {
  it('«وكانت الولاية قد شهدت احتجاجات»: kept, placed at the last place named', () => {
    const { events, name } = run('وتجمع عشرات الشباب أمس أمام مقر ولاية تمنراست. وكانت الولاية قد شهدت احتجاجات مماثلة في الشتاء الماضي.', [LOC('تمنراست')]);
    const p = events.filter((e) => e.type === 'PROTEST' && e.trigger.text === 'احتجاجات');
    expect(p).toHaveLength(1);
    expect(p[0].evidence).toContain('rule:witnessed-at-unnamed-place');
    expect(name(p[0].place!)).toBe('تمنراست');
  });
  it('a topic noun after شهد with a named subject is unaffected by the rule', () => {
    const { events } = run('وشهدت تمنراست احتجاجات واسعة.', [LOC('تمنراست')]);
    expect(events.some((e) => e.evidence?.includes('rule:witnessed-at-unnamed-place'))).toBe(false);
  });
});

