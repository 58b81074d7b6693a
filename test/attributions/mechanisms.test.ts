// Session-2 mechanisms of the attribution stage, on sentences written for these tests (not from any article).
import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../../src/doc.ts';
import { extractAttributions } from '../../src/attributions/index.ts';
import type { EntityLayer, EntityMention } from '../../src/entities/index.ts';
import type { Entity } from '../../src/contract.ts';
import { validateAnalysis } from '../../src/validate.ts';
import { analyze } from '../../src/analyze.ts';

type Spec = { type: Entity['type']; name: string; texts: string[] };

/** A hand-made entity layer: every occurrence of each surface text, mapped to its tokens. */
function layer(doc: Doc, specs: Spec[]): EntityLayer {
  const entities: Entity[] = [];
  const mentions: EntityMention[] = [];
  specs.forEach((s, k) => {
    const id = `E${k + 1}`;
    const ms: EntityMention[] = [];
    for (const t of s.texts) {
      for (let at = doc.text.indexOf(t); at >= 0; at = doc.text.indexOf(t, at + t.length)) {
        const toks = doc.tokens.filter((x) => x.end > at && x.start < at + t.length);
        ms.push({ entity: id, start: at, end: at + t.length, text: t, tokenStart: toks[0].i, tokenEnd: toks[toks.length - 1].i + 1, kind: 'name' });
      }
    }
    entities.push({ id, type: s.type, name: s.name, key: s.name, mentions: ms.map(({ start, end, text }) => ({ start, end, text })) } as Entity);
    mentions.push(...ms);
  });
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

function run(text: string, specs: Spec[] = []) {
  const doc = createDoc(text, { id: 't', language: 'ar', outlet: 'الموقع' });
  const ents = layer(doc, specs);
  const r = extractAttributions(doc, ents);
  const src = (id: string) => r.sources.find((s) => s.id === id)!;
  const by = (s: string) => {
    const a = r.attributions.find((x) => x.content.text.includes(s));
    if (!a) throw new Error(`no attribution containing ${s}`);
    return a;
  };
  return { ...r, doc, ents, src, by };
}

describe('calls and demands (دعا، طالب، ناشد، حث) as reported speech', () => {
  it('reads the call with its addressee, and the participle of a call', () => {
    const r = run('دعت نقابة الأطباء وزارة الصحة إلى صرف المستحقات المتأخرة للعاملين، مطالبةً بتحسين ظروف العمل. وطالب المحتجون الحكومة بالإفراج عن الموقوفين، وناشدت منظمة الإغاثة الدولية المانحين تقديم المساعدات العاجلة.', [
      { type: 'ORG', name: 'منظمة الإغاثة الدولية', texts: ['منظمة الإغاثة الدولية'] },
    ]);
    const call = r.by('وزارة الصحة إلى صرف المستحقات');
    expect(call.cue.text).toBe('دعت');
    expect(r.src(call.source).label).toBe('نقابة الأطباء');
    expect(call.content.text).not.toContain('مطالبة');
    expect(r.by('بتحسين ظروف العمل')).toMatchObject({ cue: { text: 'مطالبةً' }, source: call.source });
    const demand = r.by('الحكومة بالإفراج عن الموقوفين');
    expect(demand.cue.text).toBe('طالب');
    expect(r.src(demand.source)).toMatchObject({ kind: 'anonymous', label: 'المحتجون' });
    const plea = r.by('تقديم المساعدات العاجلة');
    expect(plea.cue.text).toBe('ناشدت');
    expect(r.src(plea.source).entity).toBe('E1');
  });

  it('takes a one-word call and a quoted call as direct speech', () => {
    const r = run('ودعت الجامعة العربية، التي تتابع الوضع عن كثب، إلى التهدئة، داعيةً إلى "وقف فوري لإطلاق النار".');
    expect(r.by('التهدئة').content.text).toBe('التهدئة');
    expect(r.src(r.by('التهدئة').source).label).toBe('الجامعة العربية');
    expect(r.by('وقف فوري')).toMatchObject({ kind: 'direct', content: { text: 'وقف فوري لإطلاق النار' } });
    expect(r.by('وقف فوري').source).toBe(r.by('التهدئة').source);
  });

  it('does not read a mobilisation or a meeting as a statement, nor an adjectival "تطالب"', () => {
    const r = run('دعا الحزب أنصاره إلى مظاهرات حاشدة يوم الجمعة. وخرجت مسيرات غاضبة تطالب بإسقاط الحكومة. كما دعا الرئيس البرلمان إلى عقد جلسة استثنائية.');
    expect(r.attributions).toEqual([]);
  });
});

describe('performative announcements are acts, not claims', () => {
  it('skips أعلن الحداد / أعلن استقالته / أعلن دعمه but keeps an announced fact', () => {
    const r = run('أعلنت الحكومة الحداد العام لمدة ثلاثة أيام. وأعلن الوزير استقالته من منصبه. وأعلن النائب دعمه للمرشح المستقل. وأعلنت الوزارة ارتفاع عدد الإصابات إلى مئتي حالة.');
    expect(r.attributions).toHaveLength(1);
    expect(r.attributions[0].content.text).toBe('ارتفاع عدد الإصابات إلى مئتي حالة');
  });

  it('reads the object of أعلن past a parenthetical statement phrase', () => {
    const r = run('وأعلن المجلس الأعلى، في بيان تلاه أمينه العام عبر الإذاعة الرسمية، تأجيل الانتخابات البلدية إلى الربيع المقبل.');
    expect(r.attributions).toHaveLength(1);
    expect(r.attributions[0].content.text).toBe('تأجيل الانتخابات البلدية إلى الربيع المقبل');
  });
});

describe('more cues: روى، اشترط، أشاد، متوعداً، أفاد بـ، اكتفى … بالتأكيد', () => {
  it('reads روى with an apposition and a far colon, and أفاد with a governed بـ', () => {
    const r = run('وروى سليم الحداد، وهو تاجر من السوق القديم، لـ"الموقع" ما جرى تلك الليلة: "سمعنا الرصاص ثم رأينا النيران تلتهم المحال". وأفاد صيادون في الميناء بمشاهدة بقعة نفطية واسعة قرب الشاطئ.');
    const a = r.by('سمعنا الرصاص');
    expect(a).toMatchObject({ kind: 'direct', recipient: 'الموقع' });
    expect(r.src(a.source).label).toContain('سليم الحداد');
    expect(r.by('مشاهدة بقعة نفطية').cue.text).toBe('أفاد');
    expect(r.src(r.by('مشاهدة بقعة نفطية').source)).toMatchObject({ kind: 'anonymous', label: 'صيادون في الميناء' });
  });

  it('reads اشترط and a threat participle, and a masdar after the subject of اكتفى', () => {
    const r = run('واشترط الوسيط أن يلتزم الطرفان بالهدنة قبل أي مفاوضات، متوعداً بأن المخالفين "سيتحملون العواقب". واكتفى المتحدث باسم الشركة بالتأكيد في تصريح مقتضب أن "الإنتاج لم يتأثر".');
    expect(r.by('يلتزم الطرفان بالهدنة').cue.text).toBe('اشترط');
    expect(r.by('المخالفين').cue.text).toBe('متوعداً');
    const last = r.by('الإنتاج لم يتأثر');
    expect(last.kind).toBe('direct');
    expect(r.src(last.source).label).toBe('المتحدث باسم الشركة');
  });
});

describe('passive and impersonal forms', () => {
  it('finds the source after "بحسب ما يتردد في أوساط X"', () => {
    const r = run('وبحسب ما يتردد في أوساط المستثمرين في الخليج، فإن البنك المركزي سيرفع أسعار الفائدة الشهر المقبل.');
    expect(r.attributions).toHaveLength(1);
    expect(r.src(r.attributions[0].source)).toMatchObject({ kind: 'anonymous', label: 'أوساط المستثمرين في الخليج' });
    expect(r.attributions[0].content.text).toBe('البنك المركزي سيرفع أسعار الفائدة الشهر المقبل');
  });
});

describe('spokespeople and documents: named organisation and affiliation', () => {
  it('makes "المتحدث باسم X" a named source affiliated to X, with or without a person name', () => {
    const text = 'قال المتحدث باسم وزارة الصحة إن المستشفيات تعمل بكامل طاقتها. وقال الناطق باسم وزارة الصحة خالد العمري إن الإمدادات وصلت.';
    const r = run(text, [
      { type: 'ORG', name: 'وزارة الصحة', texts: ['وزارة الصحة'] },
      { type: 'PER', name: 'خالد العمري', texts: ['خالد العمري'] },
    ]);
    const a = r.src(r.by('المستشفيات').source);
    expect(a).toMatchObject({ kind: 'named', affiliation: 'E1' });
    const b = r.src(r.by('الإمدادات').source);
    expect(b).toMatchObject({ kind: 'named', entity: 'E2', affiliation: 'E1' });
  });

  it('gives a document its issuing organisation as affiliation', () => {
    const r = run('وبحسب بيان صادر عن هيئة الطيران المدني، فإن الرحلات ستستأنف صباح الغد.', [{ type: 'ORG', name: 'هيئة الطيران المدني', texts: ['هيئة الطيران المدني'] }]);
    expect(r.src(r.attributions[0].source)).toMatchObject({ kind: 'document', affiliation: 'E1' });
  });

  it('names the source of "القيادي في الحزب نادر الخطيب" from a given name, but not a name after another title', () => {
    const r = run('وقال القيادي في الحزب نادر الخطيب إن الحزب سيقاطع الانتخابات. وقال مستشار رئيس الوزراء محمد السالم إن الحكومة باقية.');
    expect(r.src(r.by('سيقاطع الانتخابات').source).kind).toBe('named');
    expect(r.src(r.by('الحكومة باقية').source).kind).toBe('anonymous');
  });
});

describe('chains, trailing according-to phrases and the cue outside the content', () => {
  it('reads a parenthetical between the agency and عن', () => {
    const r = run('ونقلت وكالة الأناضول، المقربة من الحكومة التركية، عن دبلوماسي غربي قوله إن المحادثات ستستأنف قريباً.');
    const a = r.attributions[0];
    expect(r.src(a.source)).toMatchObject({ kind: 'anonymous', label: 'دبلوماسي غربي' });
    expect(a.via?.map((v) => r.src(v).kind)).toEqual(['media']);
  });

  it('lets a trailing "بحسب ما نقلته X عن Y" replace a vague source, and keeps a named speaker with the outlet as via', () => {
    const r = run('ويرى محللون أن الأسعار ستواصل الارتفاع حتى نهاية العام، بحسب ما نقلته وكالة بلومبرغ عن خبراء في أسواق الطاقة. وقال الوزير إن المفاوضات ستستأنف الشهر المقبل، بحسب وكالة الأنباء الرسمية.');
    expect(r.attributions).toHaveLength(2);
    const a = r.by('الأسعار ستواصل');
    expect(r.src(a.source)).toMatchObject({ kind: 'vague', label: 'خبراء في أسواق الطاقة' });
    expect(a.via?.map((v) => r.src(v).kind)).toEqual(['media']);
    const b = r.by('المفاوضات ستستأنف');
    expect(r.src(b.source).label).toBe('الوزير');
    expect(b.via?.map((v) => r.src(v).label)).toEqual(['وكالة الأنباء الرسمية']);
    // no dangling source: ids are contiguous and every source is used
    expect(r.sources.map((s) => s.id)).toEqual(r.sources.map((_, k) => `S${k + 1}`));
    const used = new Set(r.attributions.flatMap((x) => [x.source, ...(x.via ?? [])]));
    expect(r.sources.every((s) => used.has(s.id))).toBe(true);
  });

  it('keeps the cue out of a mid-sentence according-to content and takes the longer side', () => {
    const r = run('وكان أبرز ما طرحه الوفد، وبحسب مصادر دبلوماسية، ملف تبادل الأسرى بين البلدين وإعادة فتح المعابر الحدودية المغلقة منذ سنوات.');
    const a = r.attributions[0];
    expect(a.content.text).toBe('ملف تبادل الأسرى بين البلدين وإعادة فتح المعابر الحدودية المغلقة منذ سنوات');
    expect(a.content.text).not.toContain('بحسب');
  });

  it('does not take "وفقاً لأحكام الدستور" as a source, nor cut the content there', () => {
    const r = run('وأعلن المجلس تعيين رئيس جديد للحكومة، وفقاً لأحكام الدستور، على أن تُشكَّل الحكومة خلال شهر.', [{ type: 'ORG', name: 'المجلس', texts: ['المجلس'] }]);
    expect(r.attributions).toHaveLength(1);
    expect(r.attributions[0].content.text).toContain('على أن تُشكَّل الحكومة خلال شهر');
  });

  it('reads "وفق النتائج التي أعلنها X" as X, without the dateline', () => {
    const r = run('الرباط (وكالات) – فاز الحزب الليبرالي بأغلبية المقاعد في الانتخابات التشريعية، وفق النتائج الأولية التي أعلنها وزير الداخلية.');
    const a = r.attributions[0];
    expect(r.src(a.source).label).toBe('وزير الداخلية');
    expect(a.content.text.startsWith('فاز الحزب الليبرالي')).toBe(true);
  });
});

describe('content spans and speakers', () => {
  it('excludes quotation marks at the edges and ends the content at a gloss or a non-speech participle', () => {
    const r = run('وأوضحت الشركة أن "خللاً فنياً" تسبب في انقطاع الخدمة، في إشارة إلى العطل الذي أصاب الشبكة أمس. ويرى مراقبون أن الأزمة ستطول، مستذكرين أزمة مماثلة قبل عقد. وأعلن الجيش السيطرة على البلدة، وهي آخر معاقل المسلحين في المنطقة.', [
      { type: 'ORG', name: 'الجيش', texts: ['الجيش'] },
    ]);
    expect(r.by('تسبب في انقطاع').content.text).toBe('"خللاً فنياً" تسبب في انقطاع الخدمة');
    expect(r.by('الأزمة ستطول').content.text).toBe('الأزمة ستطول');
    expect(r.by('السيطرة على البلدة').content.text).toBe('السيطرة على البلدة');
  });

  it('joins "بعضهم" to the group quoted just before', () => {
    const r = run('يرى خبراء ماليون أن التضخم سيتراجع ببطء، ويحذر بعضهم من أزمة ديون وشيكة.');
    expect(r.attributions).toHaveLength(2);
    expect(r.attributions[0].source).toBe(r.attributions[1].source);
    expect(r.src(r.attributions[0].source).label).toBe('خبراء ماليون');
  });

  it('gives a participle the subject of the clause before it, not the earlier speaker', () => {
    const text = 'وقال رئيس البرلمان نادر الفاسي إنه سيدعو إلى جلسة جديدة، في حين انتقد زعيم المعارضة كمال الهاشمي أداء الحكومة، قائلاً: "لن نقبل بهذا العبث".';
    const r = run(text, [
      { type: 'PER', name: 'نادر الفاسي', texts: ['نادر الفاسي'] },
      { type: 'PER', name: 'كمال الهاشمي', texts: ['كمال الهاشمي'] },
    ]);
    expect(r.src(r.by('لن نقبل').source).entity).toBe('E2');
    expect(r.src(r.by('سيدعو').source).entity).toBe('E1');
  });

  it('links a state speaking through its capital to the place entity', () => {
    const r = run('وأعربت أنقرة عن "قلق بالغ" إزاء التطورات الأخيرة.', [{ type: 'LOC', name: 'أنقرة', texts: ['أنقرة'] }]);
    expect(r.src(r.attributions[0].source)).toMatchObject({ kind: 'named', entity: 'E1' });
  });
});

describe('recipients, impersonal forms and continuations', () => {
  it('finds the recipient named after the content and ends the content before it', () => {
    const r = run('وأكد الوزير أن المفاوضات مستمرة رغم الصعوبات، وذلك في حديث لقناة "الحرة" على هامش المؤتمر.');
    expect(r.attributions[0]).toMatchObject({ recipient: 'الحرة', content: { text: 'المفاوضات مستمرة رغم الصعوبات' } });
  });

  it('gives a vocalised passive an impersonal source and skips the journalist\'s "ويُذكر أن"', () => {
    const r = run('وأُعلن أن الاجتماع سيعقد في موعده رغم الخلافات. ويُذكر أن المدينة شهدت احتجاجات مماثلة قبل عامين.');
    expect(r.attributions).toHaveLength(1);
    expect(r.src(r.attributions[0].source)).toMatchObject({ kind: 'vague', label: 'أُعلن' });
  });

  it('lets the gender of "وأضافت" skip an intervening masculine speaker', () => {
    const r = run('وقالت الوزيرة إن الخطة جاهزة للتنفيذ. وأضاف السفير أن بلاده تدعم الخطة بقوة. وأضافت أن التنفيذ يبدأ الشهر المقبل.');
    expect(r.by('التنفيذ يبدأ').source).toBe(r.by('الخطة جاهزة').source);
    expect(r.by('بلاده تدعم').source).not.toBe(r.by('الخطة جاهزة').source);
  });
});

describe('"وهو ما أكده X"', () => {
  it('takes the clause before "وهو ما" as what the source after the verb confirmed', () => {
    const r = run('وتراجعت صادرات القمح بنسبة كبيرة خلال الموسم الحالي، وهو ما أكده مسؤول في وزارة الزراعة لـ"الموقع".');
    expect(r.attributions).toHaveLength(1);
    expect(r.attributions[0]).toMatchObject({ content: { text: 'وتراجعت صادرات القمح بنسبة كبيرة خلال الموسم الحالي' }, recipient: 'الموقع' });
    expect(r.src(r.attributions[0].source)).toMatchObject({ kind: 'anonymous', label: 'مسؤول في وزارة الزراعة' });
  });
});

describe('objects, omitted subjects and chains', () => {
  it('reads an object set off by commas after the source, then a participle of the same source', () => {
    const r = run('في المقابل، نفى مصدر في الدفاع المدني، تحدث لـ"الموقع" شريطة عدم الكشف عن هويته، وقوع إصابات بين المسعفين، مؤكداً أن الفرق "تعمل وفق الإجراءات المعتادة".');
    const a = r.by('وقوع إصابات');
    expect(a).toMatchObject({ content: { text: 'وقوع إصابات بين المسعفين' }, recipient: 'الموقع' });
    expect(r.src(a.source).anonymityReason?.text).toBe('شريطة عدم الكشف عن هويته');
    expect(r.by('الفرق').source).toBe(a.source);
  });

  it('does not take "جميع الأطراف" as the subject of a call with an omitted subject', () => {
    const r = run('من جهتها، طالبت المفوضية الأوروبية بإجراء تحقيق شفاف في الأحداث، ودعت جميع الأطراف إلى الحوار.', [{ type: 'ORG', name: 'المفوضية الأوروبية', texts: ['المفوضية الأوروبية'] }]);
    expect(r.attributions).toHaveLength(2);
    expect(r.by('جميع الأطراف إلى الحوار').source).toBe(r.by('بإجراء تحقيق').source);
  });

  it('keeps the relayed speaker for a participle after a chain, and ignores an entity named "قوله"', () => {
    const text = 'ونقلت وكالة الأنباء الرسمية عن وزير الإعلام قوله إن الحكومة "ستحقق في كل الانتهاكات"، مضيفاً أن "لا أحد فوق القانون".';
    const r = run(text, [
      { type: 'ORG', name: 'وكالة الأنباء الرسمية', texts: ['وكالة الأنباء الرسمية'] },
      { type: 'PER', name: 'قوله', texts: ['وزير الإعلام', 'قوله'] },
    ]);
    const a = r.by('ستحقق');
    expect(r.src(a.source).label).toBe('وزير الإعلام');
    expect(r.src(a.source).entity).toBeNull();
    expect(r.by('لا أحد فوق القانون')).toMatchObject({ source: a.source, via: a.via });
  });
});

describe('subjects', () => {
  it('joins a title mention and the name mention of the same person before a circumstance', () => {
    const text = 'أكد وزير الخارجية الأردني أيمن الصفدي، خلال مؤتمر صحفي في عمّان، أن المملكة «لن تقبل بأي حلول منقوصة».';
    const doc = createDoc(text, { id: 't', language: 'ar' });
    const ents = layer(doc, [{ type: 'PER', name: 'أيمن الصفدي', texts: ['أيمن الصفدي'] }]);
    // the entity layer also marks the title as a description of the same person
    const at = text.indexOf('وزير الخارجية الأردني');
    const toks = doc.tokens.filter((t) => t.start >= at && t.end <= at + 'وزير الخارجية الأردني'.length);
    ents.mentions.unshift({ entity: 'E1', start: at, end: at + 21, text: text.slice(at, at + 21), tokenStart: toks[0].i, tokenEnd: toks[toks.length - 1].i + 1, kind: 'description' });
    const r = extractAttributions(doc, ents);
    expect(r.attributions[0].content.text).toBe('المملكة «لن تقبل بأي حلول منقوصة»');
    expect(r.sources[0].entity).toBe('E1');
  });

  it('ends a statement at "، لكن X …، قال" and gives the second statement to X with its reason', () => {
    const r = run('ويقول البعض إن الأرقام الرسمية لا تعكس الواقع، لكن مسؤولاً في وزارة العمل، طلب عدم ذكر اسمه لأنه غير مخول بالحديث، قال إن المنهجية «تتوافق مع المعايير الدولية».');
    expect(r.attributions.map((a) => a.content.text)).toEqual(['الأرقام الرسمية لا تعكس الواقع', 'المنهجية «تتوافق مع المعايير الدولية»']);
    const b = r.src(r.attributions[1].source);
    expect(b.kind).toBe('anonymous');
    expect(b.anonymityReason?.text).toBe('طلب عدم ذكر اسمه لأنه غير مخول بالحديث');
  });
});

describe('names', () => {
  it('keeps "العام" inside a title and reads an apposition before the recipient', () => {
    const r = run('اعتبر الأمين العام للنقابة الوطنية أن الزيادة "غير كافية". وصرح سمير الهادي، وزير التشغيل، لوكالة الأنباء الرسمية بأن الحوار "حقق مكاسب كبيرة".', [
      { type: 'PER', name: 'سمير الهادي', texts: ['سمير الهادي'] },
    ]);
    expect(r.src(r.by('الزيادة').source).label).toBe('الأمين العام للنقابة الوطنية');
    const b = r.by('الحوار');
    expect(b.recipient).toBe('وكالة الأنباء الرسمية');
    expect(r.src(b.source).entity).toBe('E1');
  });

  it('ignores an entity-layer slip named like a grammar word', () => {
    const r = run('وصرح الوزير لوكالة الأنباء الرسمية بأن الحوار "حقق مكاسب كبيرة".', [{ type: 'PER', name: 'بأن', texts: ['الوزير', 'بأن'] }]);
    expect(r.src(r.attributions[0].source)).toMatchObject({ label: 'الوزير', entity: null });
  });
});

describe('reasons, generic persons and trailing phrases', () => {
  it('reads no statement inside "فضل عدم ذكر اسمه", joins "الرجل" to the resident quoted before, and keeps a quote of the content inside it', () => {
    const r = run('وقال أحد سكان البلدة: "لم ننم طوال الليل بسبب القصف". وتابع الرجل الذي فضل عدم ذكر اسمه أن عائلته تفكر في النزوح، "لكن لا مكان آمناً هناك"، على حد تعبيره.');
    expect(r.attributions).toHaveLength(2);
    expect(r.attributions[1].source).toBe(r.attributions[0].source);
    expect(r.attributions[1].content.text).toContain('عائلته تفكر في النزوح');
    expect(r.src(r.attributions[0].source).anonymityReason?.text).toBe('فضل عدم ذكر اسمه');
  });

  it('guesses the name after "حسبما أفاد" even with an entity layer, and takes the contrasted clause before "وفق ما تقوله X"', () => {
    const text = 'وحسبما أفاد المرصد الوطني للحقوق، فقد قُتل 12 مقاتلاً خلال يومين. وكانت الحكومة والمعارضة قد اتفقتا على هدنة في مارس، إلا أن الخروقات لم تتوقف منذ ذلك الحين، وفق ما تقوله منظمات إنسانية تعمل في المنطقة.';
    const r = run(text, [{ type: 'ORG', name: 'الحكومة', texts: ['الحكومة'] }]);
    const a = r.by('قُتل 12 مقاتلاً');
    expect(r.src(a.source)).toMatchObject({ kind: 'named', label: 'المرصد الوطني للحقوق' });
    const b = r.by('الخروقات');
    expect(b.content.text).toBe('الخروقات لم تتوقف منذ ذلك الحين');
    expect(r.src(b.source)).toMatchObject({ kind: 'anonymous', label: 'منظمات إنسانية تعمل في المنطقة' });
  });
});

describe('topics and names', () => {
  it('reads the topic of "أما X، وهو …، فيقول" as the speaker; a kunya keeps the source anonymous', () => {
    const r = run('وقال الخبير حسن الموسوي إن الشبكة متهالكة. أما المواطن أبو علي، وهو صاحب متجر في السوق، فيقول إنه يدفع شهرياً مبلغاً كبيراً للمولدة.');
    const a = r.by('يدفع شهرياً');
    expect(r.src(a.source)).toMatchObject({ kind: 'anonymous', label: 'المواطن أبو علي، وهو صاحب متجر في السوق' });
  });

  it('takes "علي" written with ي as a given name, not the preposition على', () => {
    const r = run('وقال النائب عن لجنة الطاقة علي سعدون إن الأزمة لن تحل قريباً.');
    expect(r.src(r.attributions[0].source)).toMatchObject({ kind: 'named', label: 'النائب عن لجنة الطاقة علي سعدون' });
  });
});

describe('outlets', () => {
  it('makes a known outlet named without a media head a media source and a recipient', () => {
    const r = run('وقالت رويترز إن الشركة ستعلن نتائجها الأسبوع المقبل. وقال مسؤول أمريكي للجزيرة إن المفاوضات تعثرت. وقال نشطاء إن الشرطة اعتقلت العشرات.', [
      { type: 'ORG', name: 'رويترز', texts: ['رويترز'] },
    ]);
    expect(r.src(r.by('الشركة ستعلن').source).kind).toBe('media');
    expect(r.by('المفاوضات تعثرت').recipient).toBe('الجزيرة');
    expect(r.src(r.by('الشرطة اعتقلت').source).kind).toBe('anonymous');
  });
});

describe('Gulf agency style', () => {
  it('resolves an honorific pronoun to the current speaker and reads "نسبت X إلى Y قولها"', () => {
    const r = run('وأوضح وزير الاستثمار أن الاستثمارات ارتفعت بنسبة كبيرة. وأشار معاليه إلى أن الوزارة أصدرت ألف ترخيص جديد. ونسبت صحيفة "عكاظ" إلى مصادر مطلعة قولها إن المجلس سيناقش النظام الجديد.');
    expect(r.by('الوزارة أصدرت').source).toBe(r.by('الاستثمارات ارتفعت').source);
    const c = r.by('المجلس سيناقش');
    expect(r.src(c.source)).toMatchObject({ kind: 'anonymous', label: 'مصادر مطلعة' });
    expect(c.via?.map((v) => r.src(v).kind)).toEqual(['media']);
    expect(r.sources.some((x) => x.label === 'معاليه')).toBe(false);
  });
});

describe('honorifics', () => {
  it('refers "سموه" to the dignitary named last, not to the previous speaker', () => {
    const text = 'وقال مصدر دبلوماسي إن الزيارة ناجحة. واستقبل ولي العهد الأمير سلمان بن حمد وفداً من رجال الأعمال. وأكد سموه أن المملكة ترحب بالاستثمارات الأجنبية.';
    const r = run(text, [{ type: 'PER', name: 'سلمان بن حمد', texts: ['سلمان بن حمد'] }]);
    const a = r.by('المملكة ترحب');
    expect(r.src(a.source).entity).toBe('E1');
    expect(a.source).not.toBe(r.by('الزيارة ناجحة').source);
  });
});

describe('multi-paragraph quotations', () => {
  it('continues a quotation opened again at each paragraph and closed only at the last, without final stops', () => {
    const r = run('وقال رئيس البلدية في مؤتمر صحفي: “لقد عملنا ليل نهار لإعادة الخدمات.\n“نحتاج إلى دعم الحكومة المركزية، فالأضرار تفوق قدراتنا.\n“لن نترك أي عائلة دون مأوى”.\nوأضاف أن فرق الصيانة ستعمل حتى نهاية الشهر.');
    expect(r.attributions.map((a) => [a.kind, a.content.text])).toEqual([
      ['direct', 'لقد عملنا ليل نهار لإعادة الخدمات'],
      ['direct', 'نحتاج إلى دعم الحكومة المركزية، فالأضرار تفوق قدراتنا'],
      ['direct', 'لن نترك أي عائلة دون مأوى'],
      ['indirect', 'فرق الصيانة ستعمل حتى نهاية الشهر'],
    ]);
    expect(new Set(r.attributions.map((a) => a.source)).size).toBe(1);
  });
});

describe('adjectival clauses', () => {
  it('does not read "مظاهرات غاضبة تطالب …" or "شعارات تدعو إلى …" as statements, but keeps "وتطالب عائلات …"', () => {
    const r = run('وشهدت المدينة مظاهرات غاضبة تطالب بإسقاط الحكومة، رفع خلالها المحتجون شعارات تدعو إلى الإصلاح. وتطالب عائلات الضحايا منذ سنوات بكشف الحقيقة.');
    expect(r.attributions).toHaveLength(1);
    expect(r.attributions[0].content.text).toContain('بكشف الحقيقة');
  });
});

describe('contract', () => {
  it('emits valid analyses with the optional affiliation field', () => {
    const a = analyze({ text: 'قال المتحدث باسم وزارة الخارجية إن الوزير سيزور القاهرة الأسبوع المقبل. وأفاد شهود عيان بسماع انفجارات قرب المطار.', meta: { id: 'x', language: 'ar' } });
    const v = validateAnalysis(JSON.parse(JSON.stringify(a)));
    expect(v.errors).toEqual([]);
    expect(a.attributions.length).toBe(2);
  });
});
