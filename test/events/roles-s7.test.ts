// Session 7 (roles side): participants by clause structure — adjuncts set off by commas between a verb and its
// participants, a title apposition after a name, a title phrase set off by a comma before its holder, a conjoined verb
// that goes on with the clause rather than with a noun phrase inside it, passives with a subject before the verb.
// Every sentence here is new (written for these tests).
import { describe, expect, it } from 'vitest';
import { runEvents, PER, LOC, ORG } from './helpers.ts';
import { analyze } from '../../src/analyze.ts';

type R = ReturnType<typeof runEvents>;
const actorNames = (r: R, e: R['events'][number]) => [...e.actors.map((id) => r.name(id)), ...r.texts(e, 'actor')];
const targetNames = (r: R, e: R['events'][number]) => [...e.targets.map((id) => r.name(id)), ...r.texts(e, 'target')];
const find = (r: R, word: string) => r.events.find((e) => e.trigger.text.includes(word));

describe('session 7: adjuncts between a verb and its participants use up no window', () => {
  it('a host with a long name and a title, then a place adjunct between commas, then the visitor', () => {
    const r = runEvents(
      'استقبل الشيخ حمدان بن راشد بن سعيد آل مكتوم حاكم الإمارة، في قصر زعبيل بدبي صباح اليوم، وزير الخارجية الياباني يوشيماسا هاياشي.',
      [PER('حمدان بن راشد بن سعيد آل مكتوم'), PER('يوشيماسا هاياشي'), LOC('قصر زعبيل'), LOC('دبي')]);
    const ev = find(r, 'استقبل');
    expect(ev).toBeTruthy();
    // PLOVER: the visitor acts, the host is the target
    expect(actorNames(r, ev!)).toContain('يوشيماسا هاياشي');
    expect(targetNames(r, ev!)).toContain('حمدان بن راشد بن سعيد آل مكتوم');
    // the host's title after his name is his apposition, not the visitor
    expect(actorNames(r, ev!)).not.toContain('حاكم الإمارة');
  });
  it('a title after the host closed by a comma with no participant after it is the visitor («… وزير الخارجية الإيطالي، الذي …»)', () => {
    const r = runEvents('استقبل الرئيس الجزائري عبد المجيد تبون وزير الخارجية الإيطالي، الذي يزور الجزائر لأول مرة.',
      [PER('عبد المجيد تبون'), LOC('الجزائر')]);
    const ev = find(r, 'استقبل');
    expect(r.texts(ev!, 'actor')).toContain('وزير الخارجية الإيطالي');
    expect(targetNames(r, ev!)).toContain('عبد المجيد تبون');
  });
  it('a title after a name followed by a person (no comma) stays the next person\'s title', () => {
    const r = runEvents('التقى الرئيس اللبناني جوزاف عون وزير الخارجية الفرنسي جان نويل بارو في بيروت.',
      [PER('جوزاف عون'), PER('جان نويل بارو'), LOC('بيروت')]);
    const ev = find(r, 'التقى');
    expect(actorNames(r, ev!)).toContain('جوزاف عون');
    expect(targetNames(r, ev!)).toContain('جان نويل بارو');
  });
  it('a one-word adverbial set off by commas keeps a support verb\'s subject («، بالمناسبة،»)', () => {
    const r = runEvents('وأجرت وزيرة الخارجية السويدية ماريا مالمر ستينرغارد، بالمناسبة، اتصالاً هاتفياً مع نظيرها الأردني أيمن الصفدي.',
      [PER('ماريا مالمر ستينرغارد'), PER('أيمن الصفدي')]);
    const ev = r.events.find((e) => e.type === 'CONSULT');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('ماريا مالمر ستينرغارد');
  });
  it('«، من جهته،» and an accusative adverb are adverbials too; a clause between commas is not', () => {
    const r = runEvents('وأجرى رئيس الوزراء محمد مصطفى، من جهته، مباحثات مع المبعوث الأوروبي سفين كون فون بورغسدورف.',
      [PER('محمد مصطفى'), PER('سفين كون فون بورغسدورف')]);
    const ev = r.events.find((e) => e.type === 'CONSULT');
    expect(actorNames(r, ev!)).toContain('محمد مصطفى');
    const r2 = runEvents('وأجرى الوزير خالد العلي، الذي عاد من باريس أمس، مباحثات مع السفير الكندي.',
      [PER('خالد العلي'), LOC('باريس')]);
    // (a relative clause between the commas is no adverbial: the old relative-clause rule decides, as before)
    expect(r2.events.some((e) => e.type === 'CONSULT')).toBe(true);
  });
  it('a dual after «خلاله» then names the two parties of that call', () => {
    const r = runEvents('وأجرى وزير الخارجية المصري بدر عبد العاطي، مساء اليوم، اتصالاً هاتفياً مع نظيره التركي هاكان فيدان، اتفق خلاله الطرفان على مواصلة التنسيق.',
      [PER('بدر عبد العاطي'), PER('هاكان فيدان')]);
    const ev = r.events.find((e) => e.type === 'AGREE');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toEqual(expect.arrayContaining(['بدر عبد العاطي', 'هاكان فيدان']));
  });
});

describe('session 7: a title set off by a comma before a name describes that person', () => {
  it('«وزير الزراعة والري والثروة السمكية، فلان،» → a later «الوزير» is that person', () => {
    const r = runEvents(
      'وصل وزير الزراعة والري والثروة السمكية والتنمية الريفية، سالم الحربي، إلى محافظة الجوف صباح اليوم. وعقد الوزير بمقر المحافظة اجتماعاً مع ممثلي المزارعين.',
      [PER('سالم الحربي'), LOC('محافظة الجوف')]);
    const ev = find(r, 'اجتماعاً');
    expect(ev).toBeTruthy();
    expect(ev!.actors.map((id) => r.name(id))).toContain('سالم الحربي');
  });
  it('another person inside the phrase before the comma blocks it', () => {
    const r = runEvents(
      'التقى وزير الداخلية حسن الراشد وفداً من النقابة، نادر السالم، في المقر. وعقد الوزير اجتماعاً مع المحافظين.',
      [PER('حسن الراشد'), PER('نادر السالم')]);
    const ev = find(r, 'اجتماعاً');
    expect(ev!.actors.map((id) => r.name(id))).not.toContain('نادر السالم');
  });
});

describe('session 7: a conjoined verb goes on with the clause, not with a noun phrase inside it', () => {
  it('«ودانت الوزارة اعتداءات المستوطنين …، وطالبت …»: the ministry asks, not the settlers', () => {
    const r = runEvents(
      'ودانت وزارة الخارجية الأردنية، في بيان، اعتداءات المستوطنين على القرى، وطالبت المجتمع الدولي بالتحرك العاجل.',
      [ORG('وزارة الخارجية الأردنية')]);
    const ev = r.events.find((e) => e.type === 'REQUEST');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('وزارة الخارجية الأردنية');
    expect(actorNames(r, ev!).join(' ')).not.toContain('المستوطنين');
  });
  it('with no verb before it, the noun\'s actor is still inherited («تظاهرات المعلمين …، وأغلقوا …»)', () => {
    const r = runEvents('وتواصلت لليوم الثالث تظاهرات المعلمين في العاصمة، وأغلقوا الطريق المؤدي إلى الوزارة.', []);
    const ev = r.events.find((e) => e.trigger.text.includes('أغلقوا'));
    if (ev) expect(actorNames(r, ev).join(' ')).toContain('المعلمين');
  });
});

describe('session 7: a passive with its subject before it takes no object', () => {
  it('«وكان X قد اعتُقل …، إثر تحقيق فتحته النيابة»: X is the target, the body in the adjunct is neither target nor actor', () => {
    const r = runEvents('وكان المدير السابق سامي العمر قد اعتُقل في مارس الماضي، إثر تدقيق أجراه ديوان المحاسبة لحسابات البلدية.',
      [PER('سامي العمر'), ORG('ديوان المحاسبة')]);
    const ev = r.events.find((e) => e.type === 'COERCE');
    expect(ev).toBeTruthy();
    expect(targetNames(r, ev!)).toContain('سامي العمر');
    expect(targetNames(r, ev!)).not.toContain('ديوان المحاسبة');
    expect(ev!.evidence).toContain('rule:passive-takes-no-object');
  });
  it('a passive right before its subject keeps what follows in construct («قُتل ثلاثة من عناصر الأمن»)', () => {
    const r = runEvents('قُتل ثلاثة من عناصر الشرطة المحلية في هجوم على حاجز قرب المدينة.', [ORG('الشرطة المحلية')]);
    const ev = r.events.find((e) => e.type === 'ASSAULT');
    expect(ev).toBeTruthy();
    expect(ev!.evidence).not.toContain('rule:passive-takes-no-object');
  });
});

describe('session 7: a place noun with an attached preposition introduces the site, no partner or genitive', () => {
  it('«جلسة مباحثات بمقر وزارة الخارجية»: the ministry is where, not the other party', () => {
    const r = runEvents('وعقد وزير الخارجية العماني بدر البوسعيدي جلسة مباحثات بمقر وزارة الخارجية الإيرانية مع نظيره عباس عراقجي.',
      [PER('بدر البوسعيدي'), PER('عباس عراقجي'), ORG('وزارة الخارجية الإيرانية')]);
    const ev = r.events.find((e) => e.type === 'CONSULT');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('بدر البوسعيدي');
    expect([...actorNames(r, ev!), ...targetNames(r, ev!)]).not.toContain('وزارة الخارجية الإيرانية');
    expect(targetNames(r, ev!)).toContain('عباس عراقجي');
  });
});

describe('session 7: a support verb with a dual subject suffix after قد or a dual noun', () => {
  it('«وكان الوزيران قد عقدا … جلسة مباحثات»: the two ministers named before hold the talks', () => {
    const r = runEvents('ووصل وزير الخارجية الأردني أيمن الصفدي إلى بغداد أمس، والتقى نظيره العراقي فؤاد حسين. وكان الوزيران قد عقدا مساء أمس جلسة مباحثات موسعة.',
      [PER('أيمن الصفدي'), PER('فؤاد حسين'), LOC('بغداد')]);
    const ev = r.events.find((e) => e.trigger.text.includes('جلسة'));
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toEqual(expect.arrayContaining(['أيمن الصفدي', 'فؤاد حسين']));
  });
  it('a noun in ا with no قد or dual before it is no dual verb («أصدرت المحكمة قرارا»)', () => {
    const r = runEvents('وأصدرت المحكمة الإدارية قرارا يقضي بتعليق نشاط الجمعية.', [ORG('المحكمة الإدارية')]);
    expect(r.events.every((e) => !e.evidence?.includes('rule:dual-title-holders'))).toBe(true);
  });
});

describe('session 7: a title group before «باسم X» speaks for X', () => {
  it('«وحذر المتحدث العسكري باسم الجماعة، في بيان …، القوات الحكومية»: the body warns, the forces are the target', () => {
    const r = runEvents('وحذر المتحدث العسكري باسم حركة العدل والمساواة، في بيان مساء أمس، القوات الحكومية من عواقب التصعيد.',
      [ORG('حركة العدل والمساواة')]);
    const ev = r.events.find((e) => e.type === 'THREATEN');
    expect(ev).toBeTruthy();
    expect(ev!.actors.map((id) => r.name(id))).toContain('حركة العدل والمساواة');
    expect(r.texts(ev!, 'target')).toContain('القوات الحكومية');
  });
});

describe('session 7: a masdar with a subject genitive and an object', () => {
  it('«إثر اعتقال الشرطة العسكرية قائد الكتيبة X»: the genitive arrests, the object is arrested', () => {
    const r = runEvents('واندلعت المواجهات إثر اعتقال الشرطة العسكرية قائد الكتيبة الثالثة مراد الحسيني في ساعة متأخرة.',
      [ORG('الشرطة العسكرية'), PER('مراد الحسيني')]);
    const ev = r.events.find((e) => e.type === 'COERCE');
    expect(ev).toBeTruthy();
    expect(ev!.actors.map((id) => r.name(id))).toContain('الشرطة العسكرية');
    expect(targetNames(r, ev!)).toContain('مراد الحسيني');
    expect(ev!.evidence).toContain('rule:masdar-subject-genitive+object');
  });
  it('«استهداف الجيش مدينة X» (a place noun between) and a plain genitive stays the target', () => {
    const r = runEvents('ودانت الرابطة استهداف الجيش مدينة كادوقلي بالمدفعية.', [LOC('كادوقلي')]);
    const ev = r.events.find((e) => e.type === 'ASSAULT');
    expect(ev).toBeTruthy();
    expect(r.texts(ev!, 'actor')).toContain('الجيش');
    expect(targetNames(r, ev!)).toContain('كادوقلي');
    const r2 = runEvents('ودانت النقابة اعتقال الصحفي سامي العمر.', [PER('سامي العمر')]);
    const ev2 = r2.events.find((e) => e.type === 'COERCE');
    expect(targetNames(r2, ev2!)).toContain('سامي العمر');
    expect(ev2!.actors.map((id) => r2.name(id))).not.toContain('سامي العمر');
  });
});

describe('session 7: blocs named by their kind are participants', () => {
  it('«قاطعت الكتل السنية، يوم الأحد، جلسة البرلمان»: the blocs boycott', () => {
    const r = runEvents('وقاطعت الكتل السنية، يوم الأحد، جلسة البرلمان المخصصة للتصويت على الموازنة.', []);
    const ev = r.events.find((e) => e.type === 'PROTEST');
    expect(ev).toBeTruthy();
    expect(r.texts(ev!, 'actor').join(' ')).toContain('الكتل السنية');
  });
});

describe('session 7: bare units in a body\'s statement are that body\'s', () => {
  it('«وقال الناطق باسم الإدارة العامة للجمارك X … إن الوحدات أوقفت …»: the administration acts (full pipeline)', () => {
    const a = analyze({ text: 'وقال الناطق الرسمي باسم الإدارة العامة للجمارك سليم الهادي لإذاعة محلية إن الوحدات أوقفت أربعة مهربين قرب الحدود الجنوبية.', meta: { published: '2025-06-10' } });
    const ev = a.events.find((e) => e.type === 'COERCE');
    expect(ev).toBeTruthy();
    const names = ev!.actors.map((id) => a.entities.find((x) => x.id === id)?.name ?? '');
    expect(names.some((n) => n.includes('الإدارة العامة'))).toBe(true);
    expect(ev!.evidence).toContain('rule:units-of-speaking-body');
  });
  it('a unit with a modifier of its own is no bare unit («الوحدات الخاصة»)', () => {
    const a = analyze({ text: 'وقال الناطق الرسمي باسم الإدارة العامة للجمارك سليم الهادي لإذاعة محلية إن الوحدات الخاصة أوقفت أربعة مهربين قرب الحدود.', meta: { published: '2025-06-10' } });
    const ev = a.events.find((e) => e.type === 'COERCE');
    expect(ev?.evidence ?? []).not.toContain('rule:units-of-speaking-body');
  });
});

describe('session 7: an NP after a noun governed by a preposition is its genitive, no subject', () => {
  it('«لكنهم بدلاً من تفريق المستوطنين أطلقوا …»: the settlers are no subject of the firing', () => {
    const r = runEvents('ووصل الجنود بعد ساعة، لكنهم بدلاً من ملاحقة المستوطنين أطلقوا قنابل الغاز على المزارعين.', []);
    const ev = r.events.find((e) => e.trigger.text.includes('أطلقوا'));
    expect(ev).toBeTruthy();
    expect(r.texts(ev!, 'actor').join(' ')).not.toContain('المستوطنين');
  });
  it('a complementizer or a count after the preposition is no such noun («إلى أن البلدين كانا قد وقعا»)', () => {
    const r = runEvents('وتجدر الإشارة إلى أن البلدين كانا قد وقعا في مارس الماضي اتفاقاً للتعاون الأمني.', []);
    const ev = r.events.find((e) => e.type === 'AGREE');
    expect(ev).toBeTruthy();
    expect(r.texts(ev!, 'actor')).toContain('البلدين');
  });
});

describe('session 7: an indefinite feminine noun phrase before a ت-imperfect is described by it', () => {
  it('«وقّع ثلاثون نائباً مذكرة مشتركة تطالب الحكومة بـ…»: the deputies ask, the government is asked', () => {
    const r = runEvents('ووقّع ثلاثون نائباً مذكرة مشتركة تطالب الحكومة بإلغاء قرار رفع الأسعار.', []);
    const ev = r.events.find((e) => e.type === 'REQUEST');
    expect(ev).toBeTruthy();
    expect(r.texts(ev!, 'actor')).toContain('ثلاثون نائباً');
    expect(r.texts(ev!, 'target')).toContain('الحكومة');
  });
  it('a definite subject before the imperfect is still its subject («الحكومة الأردنية تطالب»)', () => {
    const r = runEvents('وقال المتحدث إن الحكومة الأردنية تطالب المجتمع الدولي بالتحرك.', []);
    const ev = r.events.find((e) => e.type === 'REQUEST');
    expect(ev?.evidence ?? []).not.toContain('rule:indefinite-relative-clause');
  });
});

describe('session 7: «X تابعة لـY قد فعل»: the owner acts', () => {
  it('«وكانت مدرعات تابعة للجيش الوطني الليبي قد اقتحمت …»: the army is the subject', () => {
    const r = runEvents('وكانت مدرعات تابعة للجيش الوطني الليبي قد اقتحمت في مايو الماضي بلدة ترهونة جنوب شرقي طرابلس.',
      [ORG('الجيش الوطني الليبي'), LOC('ترهونة'), LOC('طرابلس')]);
    const ev = r.events.find((e) => e.trigger.text.includes('اقتحمت'));
    expect(ev).toBeTruthy();
    expect(ev!.actors.map((id) => r.name(id))).toContain('الجيش الوطني الليبي');
    expect(ev!.evidence).toContain('rule:svo-owner-of-subject');
  });
});

describe('session 7: «استقبل اليوم الرئيس X سفير Y لدى Z فلان»', () => {
  it('an adverb between the verb and the host, and the envoy\'s posting inside his title: the envoy visits', () => {
    const r = runEvents('استقبل اليوم الرئيس الموريتاني محمد ولد الغزواني سفير اليابان لدى موريتانيا كينجي ناكامورا.',
      [PER('محمد ولد الغزواني'), PER('كينجي ناكامورا'), LOC('اليابان'), LOC('موريتانيا')]);
    const ev = find(r, 'استقبل');
    expect(ev).toBeTruthy();
    expect(ev!.actors.map((id) => r.name(id))).toContain('كينجي ناكامورا');
    expect(ev!.actors.map((id) => r.name(id))).not.toContain('اليابان');
    expect(ev!.targets.map((id) => r.name(id))).toContain('محمد ولد الغزواني');
  });
});

describe('session 7: formulas and prepositions that look like group words', () => {
  it('«حفظه الله ورعاه» names no participant («رعاه» is not «رعاة», herders)', () => {
    const r = runEvents('استقبل الملك عبد الله الثاني، حفظه الله ورعاه، في قصر الحسينية اليوم وزير الخارجية البريطاني ديفيد لامي.',
      [PER('عبد الله الثاني'), PER('ديفيد لامي'), LOC('قصر الحسينية')]);
    const all = r.events.flatMap((e) => e.participants ?? []).map((p) => p.text);
    expect(all.some((t) => t.includes('رعاه'))).toBe(false);
  });
  it('«اعتراض كتل عدة عليه»: «عليه» is no adjective of the group', () => {
    const r = runEvents('ولن يمر المشروع في ظل اعتراض كتل عدة عليه داخل البرلمان.', []);
    const all = r.events.flatMap((e) => e.participants ?? []).map((p) => p.text);
    expect(all.some((t) => t.includes('عليه'))).toBe(false);
    expect(all).toContain('كتل عدة');
  });
});
