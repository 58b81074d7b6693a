// Session 8, round 2: a bare past form after a preposition is its masdar, a negation between an SVO subject and its verb,
// a court chamber with a describing phrase, a support verb's subject carrying that phrase. Every sentence here is new.
import { describe, expect, it } from 'vitest';
import { runEvents, ORG, LOC } from './helpers.ts';

type R = ReturnType<typeof runEvents>;
const actorNames = (r: R, e: R['events'][number]) => [...e.actors.map((id) => r.name(id)), ...r.texts(e, 'actor')];
const targetNames = (r: R, e: R['events'][number]) => [...e.targets.map((id) => r.name(id)), ...r.texts(e, 'target')];
const find = (r: R, word: string) => r.events.find((e) => e.trigger.text.includes(word));

describe('session 8, round 2: a bare past form after a preposition is the masdar', () => {
  it('«تمكنت الشرطة من ضبط ثلاثة أشخاص»: an arrest whose genitive is the arrested (masdar), the support verb\'s subject acts', () => {
    const r = runEvents('وتمكنت الشرطة من ضبط ثلاثة أشخاص بحوزتهم أسلحة.', []);
    const ev = find(r, 'ضبط');
    expect(ev?.type).toBe('COERCE');
    expect(ev!.evidence).toContain('rule:masdar-genitive-target');
    expect(targetNames(r, ev!).join(' ')).toContain('أشخاص');
    expect(actorNames(r, ev!)).toContain('الشرطة');
  });
  it('«بعد تعهد الحركة بـ…»: the genitive pledges, not the subject of the clause before', () => {
    const r = runEvents('وأفرجت الحكومة عن المعتقلين بعد تعهد الحركة بوقف القتال.', [ORG('الحكومة'), ORG('الحركة')]);
    const ev = find(r, 'تعهد');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('الحركة');
    expect(actorNames(r, ev!)).not.toContain('الحكومة');
  });
  it('a past verb that is no masdar context stays a verb: «وتعهد الوزير بـ…» has its VSO subject', () => {
    const r = runEvents('وتعهد الوزير بإعادة فتح المدارس.', [ORG('الوزير')]);
    const ev = find(r, 'تعهد');
    expect(ev?.evidence).toContain('rule:vso-subject');
  });
});

describe('session 8, round 2: a negation between an SVO subject and its verb', () => {
  it('«أن النيابة لم تُفرج عن أي منهم»: the prosecution is the (negated) releaser', () => {
    const r = runEvents('وأوضح البيان أن النيابة العامة لم تُفرج حتى الآن عن أي من الموقوفين.', [ORG('النيابة العامة')]);
    const ev = r.events.find((e) => e.type === 'RETREAT');
    expect(ev).toBeTruthy();
    expect(ev!.negated).toBe(true);
    expect(actorNames(r, ev!)).toContain('النيابة العامة');
  });
  it('«أن الشرطة لن تعتقل أحداً»: SVO after a complementizer through لن', () => {
    const r = runEvents('وقال المتحدث إن الشرطة لن تعتقل أي متظاهر سلمي.', [ORG('الشرطة')]);
    const ev = r.events.find((e) => e.type === 'COERCE');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('الشرطة');
  });
});

describe('session 8, round 2: a court chamber with a describing phrase acts as its court', () => {
  it('verb: «قضت الدائرة الجنائية المختصة في قضايا الإرهاب بمحكمة X» — the court acts', () => {
    const r = runEvents('قضت الدائرة الجنائية المختصة في قضايا الإرهاب بمحكمة الاستئناف بسوسة بسجن أربعة متهمين.', [ORG('محكمة الاستئناف بسوسة')]);
    const ev = r.events.find((e) => e.type === 'SANCTION');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('محكمة الاستئناف بسوسة');
    expect(ev!.evidence).toContain('rule:chamber-of-court');
  });
  it('support verb and noun far apart: «أصدرت الدائرة … المختصة في … بمحكمة X، مساء الخميس، أحكاماً بالسجن»', () => {
    const r = runEvents('وفي الشأن القضائي، أصدرت الدائرة الجنائية المختصة في جرائم غسل الأموال بمحكمة الاستئناف بسوسة، مساء الخميس، أحكاماً بالسجن في حق ستة متهمين.',
      [ORG('محكمة الاستئناف بسوسة')]);
    const ev = r.events.find((e) => e.type === 'SANCTION');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('محكمة الاستئناف بسوسة');
  });
  it('no describing phrase, a long gap: the support verb does not reach a noun 14 words on', () => {
    const r = runEvents('أعلن رئيس الحكومة الانتقالية في البلاد عبد الله موسى، صباح الثلاثاء، في كلمة متلفزة أمام أعضاء المجلس الوطني وممثلي الأحزاب التوصل إلى تسوية.',
      [ORG('المجلس الوطني')]);
    const ev = r.events.find((e) => e.type === 'AGREE');
    expect(ev ? actorNames(r, ev).includes('المجلس الوطني') : false).toBe(false);
  });
});

describe('session 8, round 2: a name in quotation marks joined to what precedes it', () => {
  it('«بين X و"Y"»: both sides of an agreement', () => {
    const r = runEvents('وأشار المتحدث إلى الاتفاق الموقّع بين الحكومة و"حركة العدل" في نيسان الماضي.', [ORG('الحكومة'), ORG('حركة العدل')]);
    const ev = r.events.find((e) => e.type === 'AGREE');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toEqual(expect.arrayContaining(['الحكومة', 'حركة العدل']));
  });
  it('a quoted name after a comma-less clause is no side when no «بين» precedes', () => {
    const r = runEvents('وطالب المجلس الحكومة و"حركة العدل" بـ"وقف المعارك" فوراً.', [ORG('المجلس'), ORG('الحكومة'), ORG('حركة العدل')]);
    const ev = r.events.find((e) => e.type === 'REQUEST');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('المجلس');
    expect(actorNames(r, ev!)).not.toContain('حركة العدل');
  });
});

describe('session 8, round 2: «بين الجانبين» names the sides of an earlier act, a place among them', () => {
  it('a capital that signed is a side: «التفاهم الموقّع بين دمشق و"قسد"» … «تبادل للأسرى بين الجانبين»', () => {
    const r = runEvents('وذكّر البيان بالتفاهم الموقّع بين دمشق و"قسد" في آذار الماضي. وأُنجزت صباح الإثنين عملية تبادل للأسرى بين الجانبين عند المعبر.',
      [LOC('دمشق'), ORG('قسد')]);
    const ev = r.events.find((e) => e.type === 'RETREAT');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toEqual(expect.arrayContaining(['دمشق', 'قسد']));
  });
});

describe('session 8, round 2: a call answered is the motive of the protest told next', () => {
  it('«واستجابة لدعوة X، عمّ الإضراب …»: X acts in the strike, no separate call', () => {
    const r = runEvents('واستجابة لدعوة اتحاد النقابات، عمّ الإضراب الشامل اليوم مدينة صفاقس.', [ORG('اتحاد النقابات'), LOC('صفاقس')]);
    expect(r.events.some((e) => e.type === 'REQUEST')).toBe(false);
    const ev = r.events.find((e) => e.type === 'PROTEST');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('اتحاد النقابات');
    expect(ev!.evidence!.some((x) => x.startsWith('rule:answered-call'))).toBe(true);
  });
  it('a call not answered stays a request: «وجدد اتحاد النقابات دعوته إلى الإضراب»', () => {
    const r = runEvents('وجدد اتحاد النقابات دعوة الحكومة إلى الحوار.', [ORG('اتحاد النقابات'), ORG('الحكومة')]);
    expect(r.events.some((e) => e.type === 'REQUEST')).toBe(true);
  });
});

describe('session 8, round 2: «ردّ X بـ» is a support frame', () => {
  it('«ردّ المكتب الإعلامي لـ"Y" باتهام Z» — Y accuses', () => {
    const r = runEvents('وبعد ساعات، ردّ المكتب الإعلامي لـ"حركة العدل" باتهام الجيش بقصف الأحياء السكنية.', [ORG('حركة العدل'), ORG('الجيش')]);
    const ev = find(r, 'اتهام');
    expect(ev?.type).toBe('ACCUSE');
    expect(actorNames(r, ev!)).toContain('حركة العدل');
  });
});

describe('session 8, round 2: an honorific between the comma and the name of a title phrase', () => {
  it('«وسفيرة مملكة هولندا …، السيدة X» … «السفيرة الهولندية» is X', () => {
    const r = runEvents('التقى الوزير، اليوم، سفيرة مملكة هولندا المعتمدة لدى بلادنا، السيدة آنا فان دايك. وأشادت السفيرة الهولندية بمستوى التعاون بين البلدين.',
      [{ type: 'PER', name: 'آنا فان دايك', mentions: ['آنا فان دايك'] }]);
    const ev = find(r, 'أشادت');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('آنا فان دايك');
  });
});

describe('session 8, round 2: an unvocalised past after a counted indefinite noun is its adjectival clause', () => {
  it('«في حق 18 ناشطاً اعتقلوا خلال …»: the activists are arrested, nobody named arrests', () => {
    const r = runEvents('وأيدت المحكمة الأحكام الصادرة في حق 18 ناشطاً اعتقلوا خلال المظاهرات الأخيرة.', [ORG('المحكمة')]);
    const ev = find(r, 'اعتقلوا');
    expect(ev).toBeTruthy();
    expect(targetNames(r, ev!).join(' ')).toContain("ناشطاً");
    expect(actorNames(r, ev!).join(' ')).not.toContain("ناشطاً");
    expect(ev!.evidence).toContain('rule:counted-adjectival-passive');
  });
  it('a clause subject after a complementizer keeps acting: «إن 12 مسلحاً اعتقلوا صحفياً»', () => {
    const r = runEvents('وقال شهود إن 12 مسلحاً اعتقلوا صحفياً قرب الحدود.', []);
    const ev = find(r, 'اعتقلوا');
    expect(ev?.evidence ?? []).not.toContain('rule:counted-adjectival-passive');
  });
});

describe('session 8, round 2: the masdar reading defers to a noun row of the same act', () => {
  it('«أعرب عن دعم مصر للسودان»: the support noun row, with its لـ target', () => {
    const r = runEvents('وأعرب الوزير عن دعم مصر الكامل للسودان.', [ORG('الوزير'), LOC('مصر'), LOC('السودان')]);
    const ev = r.events.find((e) => e.type === 'SUPPORT');
    expect(ev).toBeTruthy();
    expect(targetNames(r, ev!)).toContain('السودان');
  });
});

describe('session 8, round 2: a counted period dates no event', () => {
  it('«خلال الأيام الماضية» leaves the publication day (or the explicit day) to the act', () => {
    // published 2025-06-10 (runEvents)
    const r = runEvents('وشنّت القوات الحكومية خلال الأيام الماضية حملة اعتقالات واسعة في صفوف المعارضين.', [ORG('القوات الحكومية')]);
    const ev = r.events.find((e) => e.type === 'COERCE');
    expect(ev).toBeTruthy();
    expect(ev!.date?.value).not.toBe('2025-06');
    const r2 = runEvents('وتصاعدت المواجهات خلال الأسابيع الأخيرة، إذ هاجم مسلحون مساء السبت 7 حزيران 2025 مركزاً للشرطة.', []);
    const ev2 = r2.events.find((e) => e.type === 'ASSAULT' && e.trigger.text.includes('هاجم'));
    expect(ev2?.date?.value).toBe('2025-06-07');
  });
});

describe('session 8, round 2: a passive past with a pronoun adjunct of the event before', () => {
  it('«نفذت الشرطة حملة مداهمات …، اعتُقل خلالها 11 شاباً»: the police arrest, the young men are arrested', () => {
    const r = runEvents('ونفذت الشرطة حملة مداهمات في الحي الشرقي، اعتُقل خلالها 11 شاباً.', [ORG('الشرطة')]);
    const ev = find(r, 'اعتُقل');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('الشرطة');
    expect(targetNames(r, ev!)).not.toContain('الشرطة');
    expect(targetNames(r, ev!).join(' ')).toContain('شاباً');
  });
  it('a passive with no such adjunct names no agent: «وفي المساء اعتُقل 11 شاباً»', () => {
    const r = runEvents('ونفذت الشرطة حملة مداهمات في الحي الشرقي. وفي المساء اعتُقل 11 شاباً قرب السوق.', [ORG('الشرطة')]);
    const ev = find(r, 'اعتُقل');
    expect(ev).toBeTruthy();
    expect(ev!.evidence).not.toContain('rule:passive-agent-of-adjunct-event');
  });
});

describe('session 8, round 2: the object of a verb of compelling does the act of the masdar after إلى', () => {
  it('«ما دفع الأهالي إلى مطالبة السلطات بالتدخل»: the residents ask, the authorities are asked', () => {
    const r = runEvents('واختفى الصيادان منذ أيام، وهو ما دفع الأهالي إلى مطالبة السلطات بالتدخل العاجل.', []);
    const ev = r.events.find((e) => e.type === 'REQUEST');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('الأهالي');
    expect(targetNames(r, ev!)).toContain('السلطات');
  });
  it('without such a verb the genitive of «مطالبة» still asks: «وتواصلت مطالبة الأهالي بالتدخل»', () => {
    const r = runEvents('وتواصلت أمس مطالبة الأهالي بالإفراج عن الصيادين.', []);
    const ev = r.events.find((e) => e.type === 'REQUEST');
    expect(ev?.evidence ?? []).not.toContain('rule:compelled-agent');
  });
});
