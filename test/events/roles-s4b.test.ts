// Session 4, round 2: event roles on the d33–d40 styles — appositive office holders, title descriptions, conjoined
// verbs and duals. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.ts';
import { ORG, LOC, PER, runEvents } from './helpers.ts';

const run = runEvents;

describe('session 4b: who acts', () => {
  it('an office described by title with the holder in apposition after a comma: the holder acts', () => {
    const { events, name } = run('وطالب رئيس الكتلة النيابية لحزب الأمل، النائب خالد بن سالم العتيبي، الحكومة بنشر تقرير المراجعة المالية.',
      [PER('خالد بن سالم العتيبي'), ORG('حزب الأمل')]);
    const r = events.find((e) => e.type === 'REQUEST')!;
    expect(r.actors.map(name)).toEqual(['خالد بن سالم العتيبي']);
    expect(r.targets.map(name)).not.toContain('خالد بن سالم العتيبي');
    expect(r.evidence).toContain('rule:title-holder-in-apposition');
  });
});

describe('session 4b: title descriptions', () => {
  it('«الوزير العُماني» refers to the person whose title was written after the name, the nisba unwritten', () => {
    const { events, name } = run('وصل سالم بن خلفان الحارثي وزير الخارجية إلى بغداد أمس. وأشاد الوزير العُماني بالتعاون القائم بين البلدين.',
      [PER('سالم بن خلفان الحارثي'), LOC('بغداد')]);
    const s = events.find((e) => e.type === 'SUPPORT')!;
    expect(s.actors.map(name)).toEqual(['سالم بن خلفان الحارثي']);
    expect(s.evidence).toContain('rule:description-of-named-body');
  });
  it('a title phrase with another nisba is no referent of «الوزير العُماني»', () => {
    const { events, name } = run('التقى سالم الحارثي نظيره وزير الخارجية العراقي فؤاد حسين في بغداد. وأشاد الوزير العُماني بالتعاون بين البلدين.',
      [PER('سالم الحارثي'), PER('فؤاد حسين'), LOC('بغداد')]);
    const s = events.find((e) => e.type === 'SUPPORT')!;
    expect(s.actors.map(name)).not.toContain('فؤاد حسين');
  });
  it('a title-only mention given to another person stands for the name right before it', () => {
    // the entity layer gave «وزير الخارجية» (the title of الحارثي) to فؤاد حسين
    const { events, name } = run('اختتم سالم الحارثي وزير الخارجية زيارة إلى بغداد التقى خلالها فؤاد حسين. ثم عقد الوزير جلسة مباحثات مع رئيس الحكومة.',
      [PER('سالم الحارثي'), { type: 'PER', name: 'فؤاد حسين', mentions: ['فؤاد حسين', 'وزير الخارجية'] }, LOC('بغداد')]);
    const cs = events.filter((e) => e.type === 'CONSULT' && e.trigger.text.includes('مباحثات'));
    expect(cs).toHaveLength(1);
    expect(cs[0].actors.map(name)).toEqual(['سالم الحارثي']);
  });
});

describe('session 4b: office holders after a titled genitive', () => {
  it('«هدد قائد القوة البحرية في الحرس الثوري X»: the person acts, not the body in the title', () => {
    const { events, name } = run('هدد قائد القوة البحرية في الحرس الثوري علي رضا تنكسيري بإغلاق مضيق هرمز.',
      [ORG('الحرس الثوري'), PER('علي رضا تنكسيري'), LOC('مضيق هرمز')]);
    const t = events.find((e) => e.type === 'THREATEN')!;
    expect(t.actors.map(name)).toEqual(['علي رضا تنكسيري']);
    expect(t.evidence).toContain('rule:holder-after-titled-genitive');
  });
  it('«اتهم حاكم إقليم X، Y، …»: the governor named in apposition accuses; the region is no actor', () => {
    const { events, name } = run('واتهم حاكم إقليم شبيلي، أحمد علي نور، عناصر إرهابية بالوقوف وراء الهجوم.',
      [LOC('شبيلي'), PER('أحمد علي نور')]);
    const a = events.find((e) => e.type === 'ACCUSE')!;
    expect(a.actors.map(name)).toEqual(['أحمد علي نور']);
  });
  it('a definite title after the genitive starts another party: «وزير خارجية إيران الرئيس الأمريكي X»', () => {
    const { events, name } = run('انتقد وزير خارجية إيران الرئيس الأمريكي دونالد ترامب بشدة.', [LOC('إيران'), PER('دونالد ترامب')]);
    for (const e of events) expect(e.actors.map(name)).not.toContain('دونالد ترامب');
  });
});

describe('session 4b: conjoined verbs and means', () => {
  it('a conjoined verb with no event before it in the sentence shares the subject of the first verb', () => {
    const { events, name, texts } = run('في المقابل، وصفت وزارة الصحة في بيان الإضراب بأنه غير قانوني، وحثت الأطباء على العودة إلى عملهم.', [ORG('وزارة الصحة')]);
    const r = events.find((e) => e.type === 'REQUEST')!;
    expect(r.actors.map(name)).toEqual(['وزارة الصحة']);
    expect(texts(r, 'target').join(' ')).toContain('الأطباء');
    expect(r.evidence).toContain('rule:conjoined-verb-subject-of-sentence');
  });
  it('the means of a dispersal after an event noun inside the force\'s name is no attack of its own', () => {
    const { events, texts } = run('وفرّقت قوات مكافحة الشغب المحتجين بالغاز المسيل للدموع، واقتادت سبعة منهم إلى مقر الشرطة.', []);
    expect(events.filter((e) => e.type === 'ASSAULT')).toHaveLength(1);
    const arrest = events.find((e) => e.type === 'COERCE')!;
    expect(texts(arrest, 'actor').join(' ')).toContain('قوات');
    expect(texts(arrest, 'actor').join(' ')).not.toContain('المحتجين');
  });
});

describe('session 4b: duals, courts and «كان … قد»', () => {
  it('«واتفق الجانبان» after a call between two persons names both, the dual phrase kept as a participant', () => {
    const { events, name, texts } = run('وتلقى خالد المنصوري اتصالاً هاتفياً من جون هارت، واتفق الجانبان على مواصلة التنسيق.',
      [PER('خالد المنصوري'), PER('جون هارت')]);
    const a = events.find((e) => e.type === 'AGREE')!;
    expect(a.actors.map(name).sort()).toEqual(['جون هارت', 'خالد المنصوري']);
    expect(texts(a, 'actor')).toContain('الجانبان');
    expect((a.evidence ?? []).some((v) => v.startsWith('rule:dual-parties-of-event@'))).toBe(true);
  });
  it('«الجانب الكويتي» is one side, not a dual', () => {
    const { events, name } = run('والتقى خالد المنصوري جون هارت في الكويت، ورفض الجانب الكويتي المقترح.', [PER('خالد المنصوري'), PER('جون هارت'), LOC('الكويت')]);
    const r = events.find((e) => e.type === 'REJECT');
    if (r) expect(r.actors.map(name)).not.toContain('جون هارت');
  });
  it('a chamber of a court named after it acts as that court, and its verdict is a conviction', () => {
    const { events, name, texts } = run('وقضت الدائرة الجنائية بمحكمة الاستئناف، أمس، بسجن الوزير السابق خمس سنوات.', [ORG('محكمة الاستئناف')]);
    const s = events.find((e) => e.type === 'SANCTION')!;
    expect(s.actors.map(name)).toEqual(['محكمة الاستئناف']);
    expect(texts(s, 'actor')).toContain('الدائرة الجنائية');
    expect(s.evidence).toContain('rule:chamber-of-court');
  });
  it('«وكانت X … قد VERB»: the NP after كان is the subject past its prepositional modifier', () => {
    const { events, texts } = run('وكانت المحكمة الجنائية المختصة في الفساد قد قضت في أكتوبر الماضي بسجنه سبع سنوات.', []);
    const s = events.find((e) => e.type === 'SANCTION')!;
    expect(texts(s, 'actor').join(' ')).toContain('المحكمة');
    expect(s.evidence).toContain('rule:kana-qad-subject');
  });
});

describe('session 4b: passives, constructs and «بلاده»', () => {
  it('a vocalised passive imperfect («يُعاد فتح») makes what it names the target, with no actor', () => {
    const { events, name } = run('ويُعاد فتح معبر الكرامة أمام المسافرين يوم الأحد.', [LOC('معبر الكرامة')]);
    const r = events.find((e) => e.type === 'RETREAT')!;
    expect(r.actors).toEqual([]);
    expect(r.targets.map(name)).toEqual(['معبر الكرامة']);
    expect(r.evidence).toContain('rule:passive-imperfect-target');
  });
  it('a form IV active imperfect («يُطلِق») keeps its subject', () => {
    const { events, name } = run('ويُطلِق الجيش سراح المعتقلين غداً.', [ORG('الجيش')]);
    const r = events.find((e) => e.type === 'RETREAT')!;
    expect(r.actors.map(name)).toEqual(['الجيش']);
  });
  it('a phrase trigger ending in a definite word takes no genitive: the victims after «حملة الاعتقالات طالت» are no actors', () => {
    const { events, texts } = run('وشنت قوات الأمن حملة الاعتقالات طالت عشرات الناشطين في المدينة.', []);
    const e = events.find((x) => x.type === 'COERCE')!;
    expect(texts(e, 'actor').join(' ')).not.toContain('الناشطين');
  });
  it('«معلناً أن بلاده ستزود X» after «إن الأردن …»: the country acts, X is the recipient', () => {
    const { events, name } = run('وقال ماجد الخطيب إن الأردن "يقف إلى جانب لبنان"، معلناً أن بلاده ستزود لبنان بالكهرباء الشهر المقبل.',
      [PER('ماجد الخطيب'), LOC('الأردن'), LOC('لبنان')]);
    const a = events.find((e) => e.type === 'AID')!;
    expect(a.actors.map(name)).toEqual(['الأردن']);
    expect(a.targets.map(name)).toContain('لبنان');
  });
  it('«بلاده» of a person whose title names a country by nisba is that country', () => {
    const { events, name } = run('وصل وفد لبناني إلى الأردن أمس. وأكد وزير الخارجية الأردني ماجد الخطيب أن بلاده ستزود لبنان بالكهرباء.',
      [PER('ماجد الخطيب'), LOC('الأردن'), LOC('لبنان')]);
    const a = events.find((e) => e.type === 'AID')!;
    expect(a.actors.map(name)).toEqual(['الأردن']);
    expect(a.evidence).toContain('rule:possessed-country-of-speaker');
  });
});

describe('session 4b: riots and court chambers as entities', () => {
  it('a crowd of people storming with no weapon riots, and the burning conjoined to it is the same riot', () => {
    const { events } = run('وفي طرابلس، اقتحم عشرات المتقاعدين مقر الصندوق، وأضرموا النار في مدخله، مطالبين بصرف معاشاتهم.', [LOC('طرابلس')]);
    expect(events.filter((e) => e.type === 'ASSAULT')).toHaveLength(0);
    const p = events.filter((e) => e.type === 'PROTEST');
    expect(p).toHaveLength(1);
    expect(p[0].mode).toBe('riot');
    expect((p[0].evidence ?? []).some((v) => v.startsWith('rule:destruction-in-riot@'))).toBe(true);
  });
  it('a number alone («اقتحم عشرات المستوطنين») is no crowd of people: storming stays an attack', () => {
    const { events } = run('واقتحم عشرات المسلحين القرية فجر اليوم.', []);
    expect(events.some((e) => e.type === 'PROTEST')).toBe(false);
  });
  it('a court chamber recognised as an organisation convicts when a court word follows it', () => {
    const { events, name } = run('أدان القطب الجزائي المالي بمحكمة سيدي امحمد الوالي السابق بثماني سنوات حبسا نافذا.', [ORG('القطب الجزائي المالي')]);
    const s = events.find((e) => e.type === 'SANCTION')!;
    expect(s.mode).toBe('convict');
    expect(s.actors.map(name)).toEqual(['القطب الجزائي المالي']);
  });
});

describe('session 4b: «وكان X قد …، وVERB»', () => {
  it('a conjoined verb after «كان X قد VERB» shares X; an oblique dual after it is the object', () => {
    const { events, name, texts } = run('وكان المبعوث الأمريكي إلى ليبيا جون هارت قد وصل إلى طرابلس مطلع الشهر، وحثّ الطرفين على تسريع التنفيذ.',
      [PER('جون هارت'), LOC('ليبيا'), LOC('طرابلس')]);
    const r = events.find((e) => e.type === 'REQUEST')!;
    expect(r.actors.map(name)).toEqual(['جون هارت']);
    expect(texts(r, 'target')).toContain('الطرفين');
  });
});

describe('session 4b: nisba agents', () => {
  it('«بقصف مدفعي حوثي»: the nisba names the organisation of the article as the attacker', () => {
    const { events, name } = run('وتسيطر جماعة الحوثي على المرتفعات. وقُتل ثلاثة مدنيين بقصف مدفعي حوثي على حي الجحملية.', [LOC('حي الجحملية'), ORG('جماعة الحوثي')]);
    const a = events.find((e) => e.type === 'ASSAULT')!;
    expect(a.actors.map(name)).toEqual(['جماعة الحوثي']);
    expect(a.evidence).toContain('rule:nisba-agent');
  });
  it('«غارة إسرائيلية» takes the country the article names; a mode adjective alone («قصف مدفعي») names nobody', () => {
    const one = run('وأعلنت إسرائيل الحرب. وأدت غارة إسرائيلية على بلدة عيتا الشعب إلى تدمير منزل.', [LOC('عيتا الشعب'), LOC('إسرائيل')]);
    expect(one.events.find((e) => e.type === 'ASSAULT')!.actors.map(one.name)).toEqual(['إسرائيل']);
    const two = run('وأعلنت إسرائيل الحرب. وأدى قصف مدفعي على بلدة عيتا الشعب إلى تدمير منزل.', [LOC('عيتا الشعب'), LOC('إسرائيل')]);
    expect(two.events.find((e) => e.type === 'ASSAULT')!.actors).toEqual([]);
  });
  it('a nisba of the object, not of the event noun, names no agent: «اقتحام الحواجز الأمنية»', () => {
    const { events, name } = run('وتولت مديرية الأمن العام الحراسة. وحاول محتجون اقتحام الحواجز الأمنية قرب المبنى.', [ORG('مديرية الأمن العام')]);
    for (const e of events) expect(e.actors.map(name)).not.toContain('مديرية الأمن العام');
  });
  it('aid whose only giver named is its means («قوافل») takes the body its nisba names («الأممية»)', () => {
    const { events, name } = run('وتنسق الأمم المتحدة عمليات الإغاثة. ودخلت أولى قوافل المساعدات الإنسانية الأممية إلى شمال سوريا.', [ORG('الأمم المتحدة'), LOC('سوريا')]);
    const a = events.find((e) => e.type === 'AID')!;
    expect(a.actors.map(name)).toEqual(['الأمم المتحدة']);
    expect(a.evidence).toContain('rule:nisba-agent');
  });
});

describe('session 4b: verbal phrases after a pronoun complementizer', () => {
  it('«قال X إنه لن يتردد في …»: the speaker threatens (full pipeline)', () => {
    const a = analyze({ text: 'وقال الرئيس الأمريكي جو بايدن إنه لن يتردد في اتخاذ مزيد من الإجراءات لحماية الملاحة في البحر الأحمر.', meta: { published: '2024-01-10' } });
    const t = a.events.find((e) => e.type === 'THREATEN')!;
    expect(t.actors.map((id) => a.entities.find((x) => x.id === id)?.name)).toEqual(['جو بايدن']);
    expect(t.evidence).toContain('rule:pronoun-subject-speaker');
  });
});
