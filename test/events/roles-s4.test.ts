// Session 4: event roles and granularity — clause structure found wrong on the dev articles (d25–d32 and earlier),
// fixed with general grammar. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.ts';
import { ORG, LOC, PER, runEvents } from './helpers.ts';

const run = runEvents;

describe('session 4: hosting and meetings', () => {
  it('a hosted meeting is one CONSULT: the host is its target and place, the participants named after it act', () => {
    const { events, name, texts } = run('وأعلنت الخارجية أن القاهرة ستستضيف اجتماعاً فنياً الأربعاء المقبل لبحث الترتيبات الأمنية، بحضور وفود أمريكية وإسرائيلية.', [LOC('القاهرة')]);
    const cs = events.filter((e) => e.type === 'CONSULT');
    expect(cs).toHaveLength(1);
    expect(cs[0].targets.map(name)).toEqual(['القاهرة']);
    expect(cs[0].place && name(cs[0].place)).toBe('القاهرة');
    expect(texts(cs[0], 'actor').join(' ')).toContain('وفود');
    expect(cs[0].evidence).toContain('rule:hosted-meeting+participants');
  });
  it('a host with no named participants is the target of the hosted summit, not its actor', () => {
    const { events, name } = run('ومن المقرر أن تستضيف الكويت القمة المقبلة في ديسمبر.', [LOC('الكويت')]);
    const cs = events.filter((e) => e.type === 'CONSULT');
    expect(cs).toHaveLength(1);
    expect(cs[0].actors).toEqual([]);
    expect(cs[0].targets.map(name)).toEqual(['الكويت']);
  });
  it('«ممثلين عن A وB» names the bodies A and B as the participants', () => {
    const { events, name } = run('وستستضيف البعثة الأممية اجتماعاً طارئاً يضم ممثلين عن مجلس النواب والمجلس الأعلى للدولة.', [ORG('البعثة الأممية'), ORG('مجلس النواب'), ORG('المجلس الأعلى للدولة')]);
    const c = events.find((e) => e.type === 'CONSULT')!;
    expect(c.actors.map(name).sort()).toEqual(['المجلس الأعلى للدولة', 'مجلس النواب']);
    expect(c.targets.map(name)).toEqual(['البعثة الأممية']);
  });
  it('talks «بمشاركة X ورئيس الوزراء Y» have the persons as actors (an organisation in a title is none)', () => {
    const { events, name } = run('التأمت في الدوحة جولة جديدة من المحادثات بشأن التهدئة، بمشاركة مدير وكالة المخابرات المركزية وليام بيرنز ورئيس الوزراء القطري محمد بن عبد الرحمن، وفق مصادر.',
      [LOC('الدوحة'), ORG('وكالة المخابرات المركزية'), PER('وليام بيرنز'), PER('محمد بن عبد الرحمن')]);
    const c = events.find((e) => e.type === 'CONSULT')!;
    expect(c.actors.map(name).sort()).toEqual(['محمد بن عبد الرحمن', 'وليام بيرنز']);
    expect(c.evidence).toContain('rule:meeting-participants');
  });
});

describe('session 4: statements, requests and governed masdars', () => {
  it('a final statement as subject speaks for the body whose summit issued it; a conjoined demand keeps it', () => {
    const { events, name } = run('واختتم قادة دول منظمة التعاون الإسلامي قمتهم في جدة. وأدان البيان الختامي القصف المتواصل على المدينة، وطالب مجلس الأمن بالتحرك الفوري.',
      [ORG('منظمة التعاون الإسلامي'), LOC('جدة'), ORG('مجلس الأمن')]);
    const acc = events.find((e) => e.type === 'ACCUSE')!;
    expect(acc.actors.map(name)).toEqual(['منظمة التعاون الإسلامي']);
    expect(acc.evidence).toContain('rule:statement-speaks-for-issuer');
    const req = events.find((e) => e.type === 'REQUEST')!;
    expect(req.actors.map(name)).toEqual(['منظمة التعاون الإسلامي']);
    expect(req.targets.map(name)).toEqual(['مجلس الأمن']);
  });
  it('a statement with its issuer after it: «وأدان بيان الوزارة»', () => {
    const { events, name } = run('وأدان بيان وزارة الخارجية التفجير.', [ORG('وزارة الخارجية')]);
    expect(events.find((e) => e.type === 'ACCUSE')!.actors.map(name)).toEqual(['وزارة الخارجية']);
  });
  it('«قدم طلباً لاستجواب الوزير» reports the interpellation sought, with the requester as actor', () => {
    const { events, name } = run('وقدم النائب محمد العلي طلباً لاستجواب وزير النفط سالم الحمد.', [PER('محمد العلي'), PER('سالم الحمد')]);
    expect(events.some((e) => e.type === 'REQUEST')).toBe(false);
    const e = events.find((x) => x.type === 'ACCUSE')!;
    expect(e.mode).toBe('investigate');
    expect(e.actors.map(name)).toEqual(['محمد العلي']);
    expect(e.trigger.text).toBe('استجواب');
    expect(e.evidence!.some((x) => x.startsWith('rule:act-requested@'))).toBe(true);
  });
  it('a masdar governed by a support verb takes its object as genitive; material support is aid', () => {
    const aid = run('وواصلت تركيا دعم الجيش الصومالي عسكرياً.', [LOC('تركيا'), ORG('الجيش الصومالي')]);
    const a = aid.events.find((e) => e.type === 'AID')!;
    expect(a.actors.map(aid.name)).toEqual(['تركيا']);
    expect(a.targets.map(aid.name)).toEqual(['الجيش الصومالي']);
    expect(a.evidence).toContain('rule:material-support-is-aid');
    const sup = run('وجددت تركيا دعم الحكومة الصومالية.', [LOC('تركيا'), ORG('الحكومة الصومالية')]);
    const s = sup.events.find((e) => e.type === 'SUPPORT')!;
    expect(s.actors.map(sup.name)).toEqual(['تركيا']);
    expect(s.targets.map(sup.name)).toEqual(['الحكومة الصومالية']);
  });
  it('a support verb after أن with no subject of its own: the subject of the sentence\'s previous event', () => {
    const { events, name } = run('هاتف الرئيس الجيبوتي عمر جيله نظيره الصومالي حسن محمود، قبل أن يجري اتصالاً مماثلاً بأحمد إسلان.',
      [PER('عمر جيله'), PER('حسن محمود'), PER('أحمد إسلان')]);
    const cs = events.filter((e) => e.type === 'CONSULT');
    expect(cs).toHaveLength(2);
    expect(cs[1].actors.map(name)).toEqual(['عمر جيله']);
    expect(cs[1].targets.map(name)).toEqual(['أحمد إسلان']);
  });
});

describe('session 4: titles, appositions and office names', () => {
  it('وكيل is a title: the name after «وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية» is the subject', () => {
    const { events, name } = run('وندد وكيل الأمين العام للأمم المتحدة للشؤون الإنسانية سامر حداد باستهداف القافلة، ودعا الطرفين إلى ضمان مرور المساعدات.',
      [ORG('الأمم المتحدة'), PER('سامر حداد')]);
    expect(events.find((e) => e.type === 'ACCUSE')!.actors.map(name)).toEqual(['سامر حداد']);
    expect(events.find((e) => e.type === 'REQUEST')!.actors.map(name)).toEqual(['سامر حداد']);
  });
  it('a person in apposition after a title and its organisation is the subject', () => {
    const { events, name } = run('واتهم رئيس كتلة حزب الأمة في البرلمان، سعيد الخالدي، الحكومة بالتستر على الفساد.', [ORG('كتلة حزب الأمة'), ORG('البرلمان'), PER('سعيد الخالدي')]);
    expect(events.find((e) => e.type === 'ACCUSE')!.actors.map(name)).toEqual(['سعيد الخالدي']);
  });
  it('an event noun in an office name is no event; commas around an apposition and a dated place do not cut a support verb from its noun', () => {
    const { events, name } = run('أجرى وزير الخارجية والتعاون الدولي، أحمد النوري، أمس الثلاثاء بتونس، مباحثات مع نظيره الليبي علي سالم.',
      [PER('أحمد النوري'), LOC('تونس'), PER('علي سالم')]);
    expect(events.some((e) => e.type === 'COOPERATE')).toBe(false);
    const c = events.find((e) => e.type === 'CONSULT')!;
    expect(c.actors.map(name)).toEqual(['أحمد النوري']);
    expect(c.targets.map(name)).toEqual(['علي سالم']);
    // (an event noun after a definite subject is an object, not part of a name)
    expect(run('ورفضت الحكومة الاتفاق.', []).events.some((e) => e.type === 'AGREE' || e.type === 'REJECT')).toBe(true);
  });
});

describe('session 4: attacks and carried-over speakers', () => {
  it('projectiles that fall on a place with no named agent or victim target that place', () => {
    const { events, name } = run('ميدانياً، سقطت أربعة مقذوفات فجر اليوم بمحيط مدينة السمارة دون خسائر.', [LOC('السمارة')]);
    const a = events.find((e) => e.type === 'ASSAULT')!;
    expect(a.targets.map(name)).toEqual(['السمارة']);
    expect(a.evidence).toContain('rule:attacked-place-target');
  });
  it('«أما X فأعربت …، ملوّحة» names a new speaker: the threat is X\'s, not the previous statement\'s', () => {
    const a = analyze({ text: 'وأعلن المجلس الأعلى للدولة تمسكه بالمحافظ، معتبراً القرار باطلاً.\nأما السفارة الأمريكية لدى ليبيا فأعربت عن "قلق بالغ" من التطورات، ملوّحة بفرض عقوبات على المعرقلين.', meta: { published: '2025-08-20' } });
    const t = a.events.find((e) => e.type === 'THREATEN')!;
    expect(t).toBeDefined();
    const actors = (t.participants ?? []).filter((p) => p.role === 'actor').map((p) => p.text);
    expect(actors.join(' ')).toContain('السفارة');
    expect(actors.join(' ')).not.toContain('المجلس');
  });
});

describe('session 4: partitives, counterparts and construct agents', () => {
  it('«بين وحدات من X وقوات Y»: the preposition before a partitive governs it; both sides of the clashes act', () => {
    const { events, name } = run('اندلعت اشتباكات عنيفة، صباح الثلاثاء، بين وحدات من الجيش الوطني وقوات ولاية جوبالاند قرب الحدود.',
      [ORG('الجيش الوطني'), LOC('ولاية جوبالاند')]);
    const a = events.find((e) => e.type === 'ASSAULT')!;
    expect(a.actors.map(name).sort()).toEqual(['الجيش الوطني', 'ولاية جوبالاند']);
    expect(a.evidence).toContain('rule:bayna-actors');
  });
  it('a title description followed by «مع نظيره X» is the subject; it refers to the person last named with that title', () => {
    const { events, name } = run('وصل وزير الخارجية الإيراني حسين أمير إلى الكويت. وتباحث الوزير الإيراني مع نظيره الكويتي سالم الصباح في ملف الحقل.',
      [PER('حسين أمير'), LOC('الكويت'), PER('سالم الصباح')]);
    const c = events.find((e) => e.type === 'CONSULT' && e.trigger.text.includes('تباحث'))!;
    expect(c.actors.map(name)).toEqual(['حسين أمير']);
    expect(c.targets.map(name)).toEqual(['سالم الصباح']);
  });
  it('«مشاركة A وB في تقديم الدعم اللوجستي»: the genitives of a support masdar give the aid', () => {
    const { events, name } = run('وأشار المتحدث إلى مشاركة أستراليا والبحرين في تقديم الدعم اللوجستي.', [LOC('أستراليا'), LOC('البحرين')]);
    const a = events.find((e) => e.type === 'AID')!;
    expect(a.actors.map(name).sort()).toEqual(['أستراليا', 'البحرين']);
    expect(a.evidence).toContain('rule:support-masdar-genitive');
  });
  it('states named bare after «ممثلين عن» take part in the meeting; the place phrase after them does not', () => {
    const { events, name } = run('وقال دبلوماسي إن اجتماعاً خماسياً يضم ممثلين عن فرنسا والسعودية وقطر سيُعقد في باريس الشهر المقبل.',
      [LOC('فرنسا'), LOC('السعودية'), LOC('قطر'), LOC('باريس')]);
    const c = events.find((e) => e.type === 'CONSULT')!;
    expect(c.actors.map(name).sort()).toEqual(['السعودية', 'فرنسا', 'قطر']);
    expect(c.place && name(c.place)).toBe('باريس');
  });
});

describe('session 4: granularity', () => {
  it('two conjoined verbal acts of one sentence by the same party stay two events', () => {
    const { events, name } = run('ودعت البعثة الأممية جميع الأطراف إلى وقف فوري لإطلاق النار، وحثت على حماية المدنيين.', [ORG('البعثة الأممية')]);
    const rs = events.filter((e) => e.type === 'REQUEST');
    expect(rs).toHaveLength(2);
    for (const r of rs) expect(r.actors.map(name)).toEqual(['البعثة الأممية']);
  });
  it('a visit reported by a verb and then by its masdar is still one event', () => {
    const { events } = run('زار الرئيس سامي علي بغداد أمس. وخلال زيارة سامي علي إلى بغداد بحث الملفات العالقة.', [PER('سامي علي'), LOC('بغداد')]);
    expect(events.filter((e) => e.type === 'CONSULT' && e.mode === 'visit')).toHaveLength(1);
  });
});

describe('session 4: relative clauses and auxiliaries', () => {
  it('«حملة الاعتقالات التي طالت …، بينهم X وY»: the persons the relative clause names are the targets', () => {
    const { events, name } = run('ويُعد الغنوشي أبرز معارض يتم إيقافه منذ بدء حملة الاعتقالات في فيفري، والتي طالت سياسيين وإعلاميين، بينهم علي العريض وعصام الشابي، بتهمة التآمر.',
      [PER('الغنوشي'), PER('علي العريض'), PER('عصام الشابي')]);
    const e = events.find((x) => x.type === 'COERCE' && x.trigger.text.includes('حملة'))!;
    expect(e.targets.map(name).sort()).toEqual(['عصام الشابي', 'علي العريض'].sort());
    expect(e.actors).toEqual([]);
    expect(e.evidence).toContain('rule:relative-struck-target');
  });
});

describe('session 4: places and topics of circumstantial participles', () => {
  it('«قبالة سواحل X» is a place phrase, not the subject of a relative verb', () => {
    const { events, name } = run('وكانت الجماعة قد أطلقت سراح 12 صياداً احتجزتهم قبالة سواحل ميدي الشهر الماضي.', [ORG('الجماعة'), LOC('ميدي')]);
    const e = events.find((x) => x.type === 'COERCE')!;
    expect(e.actors.map(name)).not.toContain('ميدي');
    expect(e.place && name(e.place)).toBe('ميدي');
  });
  it('a participle after «في المقابل، نفى المستشار الإعلامي لقائد X …» is the organisation\'s act', () => {
    const { events, name } = run('في المقابل، نفى المستشار الإعلامي لقائد قوات الدعم أي صلة لقواته بما جرى، متهماً الجيش السوداني باستهداف الأحياء.',
      [ORG('قوات الدعم'), ORG('الجيش السوداني')]);
    const e = events.find((x) => x.type === 'ACCUSE')!;
    expect(e.actors.map(name)).toEqual(['قوات الدعم']);
    expect(e.targets.map(name)).toEqual(['الجيش السوداني']);
    expect(e.evidence).toContain('rule:participle-subject-of-topic');
  });
});

describe('session 4: casualties and the verb of the attack', () => {
  it('«قُتل … جراء قذائف مدفعية سقطت على السوق»: the casualties and the falling shells are one ASSAULT', () => {
    const { events, name, texts } = run('قُتل تسعة مدنيين وأصيب عشرون آخرون، أمس الاثنين، جراء قذائف مدفعية سقطت على سوق المدينة.', [LOC('سوق المدينة')]);
    const as = events.filter((e) => e.type === 'ASSAULT');
    expect(as).toHaveLength(1);
    expect(texts(as[0], 'target').join(' ')).toContain('مدنيين');
    expect(as[0].evidence).toContain('rule:casualties-of-attack');
    void name;
  });
});
