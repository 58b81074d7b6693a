// Session 5, second round: who acts. Agreement and case after the verb (plural/dual verbs, oblique plurals, gender),
// duals that name two countries or two ministers, descriptions with a nisba of the name, a possessed masdar in the
// main clause, long opening adverbials, and a conjoined verbal act that sides with the nearer speaker.
import { describe, expect, it } from 'vitest';
import { runEvents, ORG, PER, LOC } from './helpers.ts';
import { analyze } from '../../src/analyze.ts';

const byType = (r: ReturnType<typeof runEvents>, type: string) => r.events.filter((e) => e.type === type);
const actorNames = (r: ReturnType<typeof runEvents>, e: ReturnType<typeof runEvents>['events'][number]) =>
  [...e.actors.map((id) => r.name(id)), ...r.texts(e, 'actor')];
const fullActors = (a: ReturnType<typeof analyze>, type: string) =>
  a.events.filter((e) => e.type === type).map((e) => e.actors.map((id) => a.entities.find((x) => x.id === id)?.name ?? id));

describe('session 5b: agreement and case tell the object from the subject', () => {
  it('a plural verb has its subject before it: the NP after «فرّقوا» is the object', () => {
    const r = runEvents('وذكر شهود أن رجال الشرطة فرّقوا المعتصمين أمام مبنى البلدية بالهراوات.', []);
    const as = byType(r, 'ASSAULT');
    expect(as.length).toBeGreaterThan(0);
    expect(actorNames(r, as[0])).not.toContain('المعتصمين');
  });
  it('a sound plural in the oblique case (ين) after the verb is no subject: «قد دعت الممرضين»', () => {
    const r = runEvents('وكانت نقابة الأطباء قد دعت الممرضين إلى العودة إلى العمل في المستشفيات الحكومية.', [ORG('نقابة الأطباء')]);
    const rq = byType(r, 'REQUEST');
    expect(rq.length).toBe(1);
    expect(actorNames(r, rq[0])).toContain('نقابة الأطباء');
    expect(actorNames(r, rq[0])).not.toContain('الممرضين');
  });
  it('a masculine verb right before a head in ة: «وحذّر النقابة» — the conjoined verb keeps the sentence subject', () => {
    const r = runEvents('في المقابل، رفض محافظ البنك المركزي سامر النجار تعديل سعر الصرف، وحذّر النقابة من "عواقب التصعيد".', [PER('سامر النجار')]);
    const th = byType(r, 'THREATEN');
    expect(th.length).toBe(1);
    expect(th[0].actors.map(r.name)).toEqual(['سامر النجار']);
    expect(r.texts(th[0], 'actor')).not.toContain('النقابة');
  });
  it('a nominative plural after the verb stays its subject («وأغلق المحتجون الطريق»)', () => {
    const r = runEvents('وأغلق المحتجون الطريق الرئيسي المؤدي إلى الميناء بالحجارة والإطارات.', []);
    const ev = r.events.find((e) => e.type === 'PROTEST' || e.type === 'COERCE');
    expect(ev).toBeTruthy();
    expect(actorNames(r, ev!)).toContain('المحتجون');
  });
  it('a verbal act conjoined after a nearer statement cue sides with that speaker, not the first verb\'s subject (full pipeline)', () => {
    const a = analyze({ text: 'وقال المتحدث باسم الجيش العقيد سامي ناصر إن القوات تقدمت في الريف الشمالي، فيما نفت جبهة التحرير الوطني ذلك، واتهمت الجيش بقصف القرى.', meta: { published: '2025-04-01' } });
    const acc = fullActors(a, 'ACCUSE');
    expect(acc.length).toBeGreaterThan(0);
    expect(acc[0]).toContain('جبهة التحرير الوطني');
    expect(acc[0]).not.toContain('سامي ناصر');
  });
});

describe('session 5b: duals name the two parties', () => {
  it('«الوزيران» after «وزير … من نظيره …»: the counterpart holds the same title', () => {
    const r = runEvents('تلقى وزير الخارجية الأردني أيمن الصفدي اتصالاً هاتفياً من نظيره المصري سامح شكري مساء الأحد. واتفق الوزيران على تنسيق المواقف قبل القمة.',
      [PER('أيمن الصفدي'), PER('سامح شكري')]);
    const ag = byType(r, 'AGREE');
    expect(ag.length).toBe(1);
    expect(ag[0].actors.map(r.name)).toEqual(expect.arrayContaining(['أيمن الصفدي', 'سامح شكري']));
  });
  it('«البلدين» names the two countries last named (full pipeline)', () => {
    const a = analyze({ text: 'ووقعت حكومتا تونس والجزائر اتفاقية للربط الكهربائي في العاصمة. وأكد البيان المشترك دعم البلدين لمسار الحل السياسي في ليبيا.', meta: { published: '2025-03-02' } });
    const sup = fullActors(a, 'SUPPORT');
    expect(sup.length).toBe(1);
    expect(sup[0]).toEqual(expect.arrayContaining(['تونس', 'الجزائر']));
    expect(sup[0]).not.toContain('ليبيا');
  });
});

describe('session 5b: descriptions and possessives refer to the named body', () => {
  it('«البعثة الأممية» after «بعثة الأمم المتحدة …»: a nisba of a word of the name', () => {
    const r = runEvents('ورحبت بعثة الأمم المتحدة في العراق بنتائج الحوار. وفي البصرة، دانت البعثة الأممية اغتيال ناشط مدني ودعت إلى محاسبة الجناة.',
      [ORG('بعثة الأمم المتحدة في العراق'), LOC('البصرة')]);
    const acc = byType(r, 'ACCUSE');
    expect(acc.length).toBe(1);
    expect(acc[0].actors.map(r.name)).toContain('بعثة الأمم المتحدة في العراق');
  });
  it('«البعثة الأوروبية» after «بعثة الاتحاد الأوروبي …»: the nisba matches an adjective of the name', () => {
    const r = runEvents('وزارت بعثة الاتحاد الأوروبي لمراقبة الانتخابات مراكز الاقتراع. وانتقدت البعثة الأوروبية منع مراقبيها من دخول بعض المراكز.',
      [ORG('بعثة الاتحاد الأوروبي لمراقبة الانتخابات')]);
    const acc = byType(r, 'ACCUSE');
    expect(acc.length).toBe(1);
    expect(acc[0].actors.map(r.name)).toContain('بعثة الاتحاد الأوروبي لمراقبة الانتخابات');
  });
  it('a possessed masdar in the main clause refers to its subject, past an apposition with a person', () => {
    const r = runEvents('وفي تونس، أعرب الاتحاد العام التونسي للشغل، في بيان وقعه أمينه العام نور الدين الطبوبي، عن رفضه لقرار تجميد الأجور.',
      [ORG('الاتحاد العام التونسي للشغل'), PER('نور الدين الطبوبي'), LOC('تونس')]);
    const rj = byType(r, 'REJECT');
    expect(rj.length).toBe(1);
    expect(rj[0].actors.map(r.name)).toEqual(['الاتحاد العام التونسي للشغل']);
  });
  it('a unit of a named body subject («وفد من حركة X») is that body for the possessive', () => {
    const r = runEvents('وفي القاهرة، استأنف وفد من حركة النهضة الوطنية برئاسة القيادي سالم العبيدي، يوم الاثنين، محادثاته مع المسؤولين المصريين.',
      [ORG('حركة النهضة الوطنية'), PER('سالم العبيدي'), LOC('القاهرة')]);
    const cs = byType(r, 'CONSULT');
    expect(cs.length).toBeGreaterThan(0);
    expect(cs[0].actors.map(r.name)).toContain('حركة النهضة الوطنية');
    expect(cs[0].actors.map(r.name)).not.toContain('سالم العبيدي');
  });
  it('a country subject of the main clause owns «إدانتها», not the ministry in the parenthesis (full pipeline)', () => {
    const a = analyze({ text: 'من جهة أخرى، أعربت دولة قطر، في بيان لوزارة الخارجية، عن إدانتها الشديدة للهجوم الذي استهدف قافلة إغاثة في دارفور.', meta: { published: '2025-05-10' } });
    const acc = fullActors(a, 'ACCUSE');
    expect(acc.length).toBe(1);
    expect(acc[0]).toContain('قطر');
    expect(acc[0]).not.toContain('وزارة الخارجية');
  });
});

describe('session 5b: a long opening adverbial before the main verb', () => {
  it('«وفي حديث إلى تلفزيون محلي مساء أمس، قال وزير X Y …، مشيداً»: the participle takes the titled holder', () => {
    const r = runEvents('وفي حديث إلى تلفزيون محلي مساء أمس، قال وزير النقل كمال الهاشمي إن "الطرق ستفتح قريباً"، مشيداً بجهود فرق الصيانة.',
      [PER('كمال الهاشمي')]);
    const sup = byType(r, 'SUPPORT');
    expect(sup.length).toBe(1);
    expect(sup[0].actors.map(r.name)).toEqual(['كمال الهاشمي']);
  });
});

describe('session 5b: units, statements and spokespersons speak for their body', () => {
  it('«بأن عناصر من الأمن الداخلي فرّقوا …»: a unit of a named body before a plural verb — the body acts', () => {
    const r = runEvents('وأفاد سكان بأن عناصر من الأمن الداخلي فرّقوا المحتجين قرب الجسر، واعتقلوا اثنين منهم.', [ORG('الأمن الداخلي')]);
    const as = byType(r, 'ASSAULT');
    expect(as.length).toBeGreaterThan(0);
    expect(as[0].actors.map(r.name)).toEqual(['الأمن الداخلي']);
    const co = byType(r, 'COERCE');
    expect(co.length).toBe(1);
    expect(co[0].actors.map(r.name)).toEqual(['الأمن الداخلي']);
  });
  it('«وحذّر البيان» after «وأوضح بيان الوزارة»: the ministry the definite head describes issued it', () => {
    const r = runEvents('استدعت وزارة الخارجية والتعاون الدولي سفير الدولة المجاورة. وأوضح بيان الوزارة أن الحكومة قررت تعليق المحادثات. وحذّر البيان من "عواقب وخيمة" إذا تكرر الاعتداء.',
      [ORG('وزارة الخارجية والتعاون الدولي')]);
    const th = byType(r, 'THREATEN');
    expect(th.length).toBe(1);
    expect(th[0].actors.map(r.name)).toEqual(['وزارة الخارجية والتعاون الدولي']);
  });
  it('a spokesperson\'s participle after a long quote still speaks for the body in the title (full pipeline)', () => {
    const a = analyze({ text: 'وقال المتحدث باسم مجلس الشيوخ الكيني مايكل أوتينو، في مداخلة مع إذاعة محلية مساء أمس، إن إقرار الموازنة "يفتح الباب أمام صرف رواتب المعلمين المتأخرة منذ ثلاثة أشهر في كل المقاطعات الشمالية"، داعياً الحكومة إلى الإسراع في التنفيذ.', meta: { published: '2025-02-11' } });
    const rq = fullActors(a, 'REQUEST');
    expect(rq.length).toBe(1);
    expect(rq[0].some((n) => n.includes('مجلس الشيوخ'))).toBe(true);
  });
});

describe('session 5b: what a conjoined verb continues', () => {
  it('a verb conjoined inside a complement clause shares that clause\'s subject, not the reporting body\'s', () => {
    const r = runEvents('وأفادت قيادة الشرطة في بيان بأن دورية من وحدة التدخل السريع تعرضت لهجوم قرب الحاجز، فردّت على مصادر النيران.',
      [ORG('قيادة الشرطة'), ORG('وحدة التدخل السريع')]);
    const as = r.events.filter((e) => e.type === 'ASSAULT' && e.trigger.text.includes('ردّت'));
    expect(as.length).toBe(1);
    expect(as[0].actors.map(r.name)).toEqual(['وحدة التدخل السريع']);
  });
  it('a verbal act conjoined after a complement clause goes on with the speaker («قال X إن دورية … تعرضت …، وحذّر»)', () => {
    const r = runEvents('وقال وزير الداخلية سالم النقبي إن دورية من الأمن العام تعرضت لهجوم قرب المعبر، وحذّر من "عواقب أي اعتداء جديد".',
      [PER('سالم النقبي'), ORG('الأمن العام')]);
    const th = byType(r, 'THREATEN');
    expect(th.length).toBe(1);
    expect(th[0].actors.map(r.name)).toEqual(['سالم النقبي']);
  });
  it('after a reception (visitor → host), the pronoun subject that goes on is the host', () => {
    const r = runEvents('استقبل وزير الخارجية سامي الخطيب، اليوم الأحد، المبعوث الأممي الخاص، وطالبه بالضغط على الأطراف لوقف القتال.',
      [PER('سامي الخطيب')]);
    const rq = byType(r, 'REQUEST');
    expect(rq.length).toBe(1);
    expect(rq[0].actors.map(r.name)).toEqual(['سامي الخطيب']);
  });
});

describe('session 5b: sides of agreements and clashes, attackers after من', () => {
  it('«التوقيع على … اتفاقيات … بين حكومتي X وY»: both governments sign, past the object phrase', () => {
    const r = runEvents('وشهد الرئيسان التوقيع على أربع اتفاقيات ومذكرات تفاهم بين حكومتي رواندا وتنزانيا في مجالات النقل والطاقة.',
      [LOC('رواندا'), LOC('تنزانيا')]);
    const ag = byType(r, 'AGREE');
    expect(ag.length).toBe(1);
    expect(ag[0].actors.map(r.name)).toEqual(expect.arrayContaining(['رواندا', 'تنزانيا']));
  });
  it('«إثر اشتباك مع مهربين»: the other side of a clash is an actor', () => {
    const r = runEvents('وأغلقت القوات المعبر بعد اشتباك مع مهربين على الشريط الحدودي الجنوبي.', []);
    const as = r.events.filter((e) => e.type === 'ASSAULT' && e.trigger.text === 'اشتباك');
    expect(as.length).toBe(1);
    expect(r.texts(as[0], 'actor')).toContain('مهربين');
    expect(r.texts(as[0], 'target')).not.toContain('مهربين');
  });
  it('«تعرضت لإطلاق نار من مسلحين»: the من-phrase names the attacker, a place after من does not', () => {
    const r = runEvents('وتعرضت سيارة إسعاف لإطلاق نار من مسلحين مجهولين قرب المستشفى.', []);
    const as = byType(r, 'ASSAULT');
    expect(as.length).toBe(1);
    expect(r.texts(as[0], 'actor').join(' ')).toContain('مسلحين');
    const r2 = runEvents('وأكد الجيش رصد إطلاق نار من غزة باتجاه المستوطنات.', [LOC('غزة')]);
    for (const e of byType(r2, 'ASSAULT')) expect(e.actors.map(r2.name)).not.toContain('غزة');
  });
});

describe('session 5b: units after support verbs, results of an operation', () => {
  it('«نفّذت وحدات من X عملية دهم …، أسفرت عن توقيف …»: the body raids and its raid arrests', () => {
    const r = runEvents('نفّذت وحدات من الحرس الوطني، فجر الأحد، عملية دهم في حي الزهور، أسفرت عن توقيف سبعة أشخاص ومصادرة أسلحة.',
      [ORG('الحرس الوطني'), LOC('حي الزهور')]);
    const co = byType(r, 'COERCE');
    expect(co.length).toBeGreaterThanOrEqual(2);
    for (const e of co) expect(e.actors.map(r.name)).toContain('الحرس الوطني');
    expect(co.some((e) => e.evidence!.some((x) => x.startsWith('rule:result-of-event@')))).toBe(true);
  });
  it('an attack\'s toll after «أسفر عن» is no act of the attacker\'s own (deaths stay with the attack)', () => {
    const r = runEvents('نفّذت وحدات من الحرس الوطني عملية دهم في حي الزهور، أسفرت عن مقتل مطلوبين اثنين.', [ORG('الحرس الوطني'), LOC('حي الزهور')]);
    for (const e of r.events) expect(e.evidence!.some((x) => x.startsWith('rule:result-of-event@'))).toBe(false);
  });
});

describe('session 5b: a governed masdar whose genitive is its agent', () => {
  it('«جدد الوزير رفض مصر القاطع لأي …»: with a لـ-complement after it, the genitive rejects', () => {
    const r = runEvents('وجدد الوزير سامح الخطيب رفض مصر القاطع لأي مقترح يستهدف توطين اللاجئين في سيناء.', [PER('سامح الخطيب'), LOC('مصر'), LOC('سيناء')]);
    const rj = byType(r, 'REJECT');
    expect(rj.length).toBe(1);
    expect(rj[0].actors.map(r.name)).toContain('مصر');
    expect(rj[0].targets.map(r.name)).not.toContain('مصر');
  });
  it('an adverb in ـياً after the genitive is no complement: «ستواصل دعم الجيش لوجستياً» — the army is supported', () => {
    const r = runEvents('وأكدت البعثة الأوروبية أنها ستواصل دعم الجيش لوجستياً في المناطق الحدودية.', []);
    expect(r.events.length).toBeGreaterThan(0);
    for (const e of r.events) expect(r.texts(e, 'actor')).not.toContain('الجيش');
    expect(r.events.some((e) => r.texts(e, 'target').includes('الجيش'))).toBe(true);
  });
});

describe('session 5b: a conjoined announcement of the subject\'s own act', () => {
  it('«رفضت X النتائج، وأعلنت تعليق مشاركتها»: the subject announces and suspends', () => {
    const r = runEvents('رفضت جبهة الإنقاذ الوطني نتائج الانتخابات البلدية، وأعلنت تعليق مشاركتها في المجالس المنتخبة حتى إشعار آخر.',
      [ORG('جبهة الإنقاذ الوطني')]);
    const pr = byType(r, 'PROTEST');
    expect(pr.length).toBe(1);
    expect(pr[0].actors.map(r.name)).toEqual(['جبهة الإنقاذ الوطني']);
  });
});

describe('session 5b: «the same» group refers back to its body', () => {
  it('«الوحدات ذاتها» after «وحدات خفر السواحل»: the coast guard arrests', () => {
    const r = runEvents('تمكنت وحدات خفر السواحل، فجر الأحد، من إنقاذ 30 مهاجراً قبالة الساحل. وأوضح المتحدث أن الوحدات ذاتها أوقفت 12 شخصاً يشتبه في تنظيم الرحلات.',
      [ORG('خفر السواحل')]);
    const co = byType(r, 'COERCE');
    expect(co.length).toBe(1);
    expect(co[0].actors.map(r.name)).toEqual(['خفر السواحل']);
  });
  it('without «ذاتها» a plain group head is not tied back («القوات» stays a group)', () => {
    const r = runEvents('تمكنت وحدات خفر السواحل من إنقاذ 30 مهاجراً. وفي مدينة أخرى، اعتقلت القوات 12 شخصاً.', [ORG('خفر السواحل')]);
    const co = byType(r, 'COERCE');
    expect(co.length).toBe(1);
    expect(co[0].actors.map(r.name)).not.toContain('خفر السواحل');
  });
});

describe('session 5b: both sides of a clash named after their groups', () => {
  it('«اشتباكات بين مسلحين من "X" وعناصر من "Y"»: the two bodies clash', () => {
    const r = runEvents('واندلعت اشتباكات عنيفة بين مسلحين من "لواء الصمود" وعناصر من "كتيبة الحماية" في الأحياء الجنوبية للمدينة.',
      [ORG('لواء الصمود'), ORG('كتيبة الحماية')]);
    const as = byType(r, 'ASSAULT');
    expect(as.length).toBe(1);
    expect(as[0].actors.map(r.name)).toEqual(expect.arrayContaining(['لواء الصمود', 'كتيبة الحماية']));
  });
});
