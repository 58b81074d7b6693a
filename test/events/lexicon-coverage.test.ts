// Session 3b: trigger coverage by PLOVER type (data/events/triggers.tsv, "session 3b" rows) and the mechanisms
// added with it: multi-word and defective verb inflection, clause-bounded required objects, new clauses after a
// comma, the act an accusation alleges. One sentence of our own per family of triggers.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc.ts';
import { extractDates } from '../../src/dates/index.ts';
import { extractEvents } from '../../src/events/index.ts';
import { inflect } from '../../src/events/lexicon.ts';
import { handLayer, type HandEntity } from './helpers.ts';

function run(text: string, ents: HandEntity[] = []) {
  const doc = createDoc(text, { id: 't', language: 'ar', published: '2025-06-10' });
  const layer = handLayer(doc, ents);
  const events = extractEvents(doc, layer, { sources: [], attributions: [] }, extractDates(doc));
  const name = (id: string) => layer.entities.find((e) => e.id === id)?.name;
  const texts = (e: (typeof events)[number], role: string) => (e.participants ?? []).filter((p) => p.role === role).map((p) => p.text);
  const types = events.map((e) => (e.mode ? `${e.type}/${e.mode}` : e.type));
  return { events, name, texts, types };
}
const PER = (name: string): HandEntity => ({ type: 'PER', name, mentions: [name] });
const ORG = (name: string): HandEntity => ({ type: 'ORG', name, mentions: [name] });
const LOC = (name: string): HandEntity => ({ type: 'LOC', name, mentions: [name] });

describe('inflection of multi-word and defective verbs', () => {
  it('a multi-word verb inflects its first word and keeps the rest', () => {
    const f = new Set(inflect('أطلق سراح', 'طلق سراح'));
    expect(f.has('اطلقت سراح')).toBe(true);
    expect(f.has('يطلقون سراح')).toBe(true);
    expect(f.has('اطلق سراحت')).toBe(false);
  });
  it('a defective verb (final ى) drops it before ت/وا and keeps the imperfect forms', () => {
    const f = new Set(inflect('ألقى', 'لقي'));
    for (const w of ['القت', 'القوا', 'القاه', 'يلقي', 'يلقون', 'يلقيان', 'تلقي']) expect(f.has(w), w).toBe(true);
    // a sound verb gets no defective forms
    expect(new Set(inflect('زار', 'زور')).has('زت')).toBe(false);
  });
});

describe('verbal cooperation: CONSULT, AGREE, SUPPORT, CONCEDE', () => {
  it('«تحادث X مع Y» and «حلّ X ضيفاً على Y» (a visit with the subject between verb and object)', () => {
    const a = run('تحادث الرئيس سامي العلي مع نظيره خالد الناصر حول الأزمة.', [PER('سامي العلي'), PER('خالد الناصر')]);
    expect(a.types).toEqual(['CONSULT']);
    expect(a.events[0].actors.map(a.name)).toEqual(['سامي العلي']);
    const b = run('حلّ وزير الخارجية سامي العلي ضيفاً على الأردن أمس.', [PER('سامي العلي'), LOC('الأردن')]);
    expect(b.types).toEqual(['CONSULT/visit']);
    expect(b.events[0].targets.map(b.name)).toEqual(['الأردن']);
  });
  it('«قبلت X المبادرة» agrees; «قبل» alone (before) is no event', () => {
    expect(run('قبلت حركة النهضة المبادرة التي طرحها الاتحاد.', [ORG('حركة النهضة')]).types).toEqual(['AGREE']);
    expect(run('غادر الوزير القاعة قبل عرض الخطة الجديدة.', [PER('الوزير')]).types).toEqual([]);
  });
  it('praise and recognition are SUPPORT; a vote for or against is SUPPORT or REJECT', () => {
    expect(run('أثنى الرئيس خالد الناصر على جهود الوساطة القطرية.', [PER('خالد الناصر')]).types).toEqual(['SUPPORT']);
    expect(run('اعترفت إسبانيا بدولة فلسطين رسمياً.', [LOC('إسبانيا'), LOC('فلسطين')]).types).toEqual(['SUPPORT']);
    const v = run('صوتت الجزائر لصالح القرار، فيما صوتت الولايات المتحدة ضد مشروع القرار.', [LOC('الجزائر'), LOC('الولايات المتحدة')]);
    expect(v.types).toEqual(['SUPPORT', 'REJECT']);
    expect(v.events[1].actors.map(v.name)).toEqual(['الولايات المتحدة']);
  });
  it('admitting responsibility concedes; a falling currency does not (the required «عن» stays in its clause)', () => {
    expect(run('أقرّ الجيش الإسرائيلي بمسؤوليته عن الغارة.', [ORG('الجيش الإسرائيلي')]).types).toEqual(['CONCEDE']);
    const r = run('تراجعت الليرة اللبنانية أمام الدولار، وتراجعت الحكومة عن قرار رفع الأسعار.', [ORG('الحكومة')]);
    expect(r.types).toEqual(['CONCEDE']);
    expect(r.events[0].actors.map(r.name)).toEqual(['الحكومة']);
  });
});

describe('material cooperation: COOPERATE, AID, RETREAT', () => {
  it('handing over wanted men cooperates; supplying weapons and military support is AID, one event per clause', () => {
    expect(run('سلمت تركيا مطلوبين اثنين إلى العراق.', [LOC('تركيا'), LOC('العراق')]).types).toEqual(['COOPERATE']);
    const a = run('زودت الولايات المتحدة أوكرانيا بأسلحة متطورة، وقدمت ألمانيا دعماً عسكرياً لكييف.', [LOC('الولايات المتحدة'), LOC('أوكرانيا'), LOC('ألمانيا'), LOC('كييف')]);
    expect(a.types).toEqual(['AID', 'AID']);
    expect(a.events.map((e) => e.actors.map(a.name)[0])).toEqual(['الولايات المتحدة', 'ألمانيا']);
    expect(a.events[0].targets.map(a.name)).toEqual(['أوكرانيا']);
  });
  it('withdrawing troops is RETREAT, recalling an ambassador SANCTION; «أخلت سبيل» and «سراحهم» release', () => {
    const w = run('سحبت روسيا قواتها من قاعدة حميميم، وسحبت الجزائر سفيرها من باريس.', [LOC('روسيا'), LOC('قاعدة حميميم'), LOC('الجزائر'), LOC('باريس')]);
    expect(w.types).toEqual(['RETREAT/withdraw', 'SANCTION/withdraw']);
    const r = run('أخلت النيابة العامة سبيل الناشط يوسف العمري.', [ORG('النيابة العامة'), PER('يوسف العمري')]);
    expect(r.types).toEqual(['RETREAT/release']);
    expect(r.events[0].targets.map(r.name)).toEqual(['يوسف العمري']);
    expect(run('وأطلقت السلطات سراحهم بعد يومين.').types).toEqual(['RETREAT/release']);
  });
});

describe('verbal conflict: REQUEST, THREATEN, ACCUSE', () => {
  it('an appeal («نداءً») is a request', () => {
    const e = run('وجهت منظمة الصحة العالمية نداءً عاجلاً إلى المانحين.', [ORG('منظمة الصحة العالمية')]);
    expect(e.types).toEqual(['REQUEST']);
    expect(e.texts(e.events[0], 'target')).toContain('المانحين');
  });
  it('«تعهد بالرد» threatens, «تعهد بدعم» promises; alarm sirens are no ultimatum', () => {
    expect(run('تعهد الحرس الثوري بالرد على الهجوم، بينما تعهدت قطر بدعم جهود الإعمار.', [ORG('الحرس الثوري'), LOC('قطر')]).types).toEqual(['THREATEN', 'AGREE']);
    expect(run('دوت صفارات الإنذار في تل أبيب.', [LOC('تل أبيب')]).types).toEqual([]);
  });
  it('blame, questioning; the act an accusation alleges is its content', () => {
    const b = run('ألقت الحكومة باللوم على المعارضة في تعطيل الحوار.', [ORG('الحكومة')]);
    expect(b.types).toEqual(['ACCUSE/disapprove']);
    expect(b.texts(b.events[0], 'target')).toContain('المعارضة');
    expect(run('استجوبت النيابة العامة رئيس البلدية سعيد الحمدي.', [ORG('النيابة العامة'), PER('سعيد الحمدي')]).types).toEqual(['ACCUSE/investigate']);
    const a = run('واتهمت حركة حماس إسرائيل بارتكاب "مجزرة جديدة" في رفح.', [ORG('حركة حماس'), LOC('إسرائيل'), LOC('رفح')]);
    expect(a.types).toEqual(['ACCUSE']);
    expect(a.events[0].evidence!.some((x) => x.startsWith('rule:content-of-accusation'))).toBe(true);
  });
});

describe('material conflict: PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT', () => {
  it('taking to the streets protests', () => {
    expect(run('نزل آلاف المحتجين إلى الشوارع في نواكشوط.', [LOC('نواكشوط')]).types).toEqual(['PROTEST/demo']);
  });
  it('blacklisting sanctions; sending a carrier and general mobilisation mobilise', () => {
    const s = run('أدرجت وزارة الخزانة الأمريكية شركة الأمل للصرافة على قائمة العقوبات.', [ORG('وزارة الخزانة الأمريكية'), ORG('شركة الأمل للصرافة')]);
    expect(s.types[0]).toBe('SANCTION');
    expect(s.events[0].targets.map(s.name)).toEqual(['شركة الأمل للصرافة']);
    expect(run('أرسلت الولايات المتحدة حاملة طائرات إلى شرق المتوسط.', [LOC('الولايات المتحدة')]).types).toEqual(['MOBILIZE/troops']);
    expect(run('أعلنت الحكومة الأرمينية التعبئة العامة.', [ORG('الحكومة الأرمينية')]).types).toEqual(['MOBILIZE/troops']);
  });
  it('arrests, dismantled cells; an internet cut is censorship while a cut of relations in the next clause sanctions', () => {
    expect(run('قبضت الشرطة على ثلاثة مشتبه بهم في مدينة صفاقس.', [LOC('صفاقس')]).types).toEqual(['COERCE/arrest']);
    expect(run('فككت الأجهزة الأمنية المغربية خلية إرهابية في طنجة.', [LOC('طنجة')]).types).toEqual(['COERCE/arrest']);
    expect(run('قطعت السلطات الإنترنت عن إقليم تيغراي، وقطعت جيبوتي علاقاتها مع إريتريا.', [LOC('جيبوتي'), LOC('إريتريا')]).types).toEqual(['COERCE/censor', 'SANCTION/discontinue']);
  });
  it('stabbing, arson, tear gas and opening fire are assaults of their mode; floods are not', () => {
    expect(run('طعن شاب شرطياً بسكين في القدس.', [LOC('القدس')]).types).toEqual(['ASSAULT/primitive']);
    expect(run('أضرم مستوطنون النار في منازل بقرية دوما.', [LOC('دوما')]).types).toEqual(['ASSAULT/destroy']);
    const g = run('أطلقت الشرطة الغاز المسيل للدموع على المتظاهرين في الخرطوم.', [LOC('الخرطوم')]);
    expect(g.types).toEqual(['ASSAULT/crowd-control']);
    expect(g.texts(g.events[0], 'target')).toContain('المتظاهرين');
    expect(run('فتحت قوات الأمن النار على المحتجين في البصرة.', [LOC('البصرة')]).types).toEqual(['ASSAULT/firearms']);
    expect(run('اجتاحت السيول مناطق واسعة من ليبيا.', [LOC('ليبيا')]).types).toEqual([]);
  });
});

describe('second pass: duals, claims of responsibility, legal steps, dispersal, looting', () => {
  it('a dual event noun is a trigger («غارتين»، «مذكرتي تفاهم» after وقّع)', () => {
    expect(run('شنت الطائرات الإسرائيلية غارتين على بلدة بيت لاهيا.', [LOC('بيت لاهيا')]).types).toEqual(['ASSAULT/aerial']);
    const a = run('وقعت مصر والسودان مذكرتي تفاهم في مجال الطاقة.', [LOC('مصر'), LOC('السودان')]);
    expect(a.types).toEqual(['AGREE']);
    expect(a.events[0].trigger.text).toBe('وقعت');
  });
  it('«تبنى X الهجوم»: who claims the attack is its actor', () => {
    const e = run('تبنى تنظيم داعش الهجوم على الحاجز العسكري في دير الزور.', [ORG('داعش'), LOC('دير الزور')]);
    expect(e.types).toEqual(['ASSAULT']);
    expect(e.events[0].actors.map(e.name)).toEqual(['داعش']);
  });
  it('a final ى is no pronoun («جرحى»), «اثني عشر» is no praise', () => {
    const e = run('سقط عشرة جرحى في الحادث، وأمضى اثني عشر عاماً خارج البلاد.');
    expect(e.types.filter((t) => t.startsWith('ASSAULT') || t === 'SUPPORT')).toEqual([]);
  });
  it('opening an investigation, summons for questioning and referral to trial are ACCUSE', () => {
    expect(run('فتحت النيابة العامة تحقيقاً في ملابسات الحادث.', [ORG('النيابة العامة')]).types).toEqual(['ACCUSE/investigate']);
    const s = run('استدعت النيابة العامة الصحفي خالد الناصر للتحقيق.', [ORG('النيابة العامة'), PER('خالد الناصر')]);
    expect(s.types).toEqual(['ACCUSE/investigate']);
    expect(s.events[0].targets.map(s.name)).toEqual(['خالد الناصر']);
    const r = run('أحالت النيابة العامة الوزير السابق سعيد الحمدي إلى المحاكمة.', [ORG('النيابة العامة'), PER('سعيد الحمدي')]);
    expect(r.types).toEqual(['ACCUSE/allege']);
  });
  it('dispersing a sit-in is crowd control; looting seizes; downgrading representation withdraws', () => {
    expect(run('فضت قوات الأمن الاعتصام أمام مقر البرلمان بالقوة.').types).toEqual(['ASSAULT/crowd-control']);
    expect(run('نهب مسلحون محتويات المستشفى في مدينة نيالا.', [LOC('نيالا')]).types).toEqual(['COERCE/seize']);
    expect(run('خفضت المغرب تمثيلها الدبلوماسي مع ألمانيا.', [LOC('المغرب'), LOC('ألمانيا')]).types).toEqual(['SANCTION/withdraw']);
    expect(run('أعلنت حركة حماس قبولها المقترح المصري.', [ORG('حركة حماس')]).types).toEqual(['AGREE']);
  });
});

describe('third pass: the channel of a meeting, incursions, ambushes', () => {
  it('«بحث X هاتفياً مع Y» is a phone call (rule:phone-adverb), a plain meeting verb is not', () => {
    const e = run('بحث رئيس الوزراء العراقي سامي العلي هاتفياً مع نظيره خالد الناصر تطورات الأزمة.', [PER('سامي العلي'), PER('خالد الناصر')]);
    expect(e.types).toEqual(['CONSULT/phone']);
    expect(e.events[0].evidence).toContain('rule:phone-adverb');
    expect(run('التقى سامي العلي خالد الناصر في بغداد.', [PER('سامي العلي'), PER('خالد الناصر'), LOC('بغداد')]).types).toEqual(['CONSULT']);
  });
  it('«توغلت قوات X في Y» and «نصب مسلحون كميناً» are assaults', () => {
    const t = run('توغلت قوات الاحتلال في بلدة بيت حانون.', [LOC('بيت حانون')]);
    expect(t.types).toEqual(['ASSAULT']);
    expect(t.texts(t.events[0], 'actor')).toContain('قوات الاحتلال');
    const k = run('نصب مسلحون كميناً لدورية عسكرية قرب مدينة العريش.', [LOC('العريش')]);
    expect(k.types).toEqual(['ASSAULT']);
    expect(k.texts(k.events[0], 'actor')).toContain('مسلحون');
  });
});

describe('passives of hollow verbs', () => {
  it('«اغتيل X»، «اقتيد X»: the subject is the victim', () => {
    const a = run('اغتيل الصحفي خالد الناصر في مدينة صيدا.', [PER('خالد الناصر'), LOC('صيدا')]);
    expect(a.types).toEqual(['ASSAULT/assassinate']);
    expect(a.events[0].targets.map(a.name)).toEqual(['خالد الناصر']);
    const b = run('واقتيد الناشط يوسف العمري إلى جهة مجهولة.', [PER('يوسف العمري')]);
    expect(b.types).toEqual(['COERCE/arrest']);
    expect(b.events[0].targets.map(b.name)).toEqual(['يوسف العمري']);
  });
});

describe('operations named by their kind; «إيقاف» as arrest or suspension', () => {
  it('«نفذ X عملية انتحارية» is a suicide attack (an event noun ending in ية is no adjective of the group)', () => {
    const e = run('نفذ مسلحون عملية انتحارية في سوق مزدحم بمدينة كابول.', [LOC('كابول')]);
    expect(e.types).toEqual(['ASSAULT/suicide-attack']);
    expect(e.texts(e.events[0], 'actor')).toContain('مسلحون');
  });
  it('«إيقاف» a person arrests; «إيقاف» exports suspends', () => {
    expect(run('وأعلنت الشرطة إيقاف الصحفي خالد الناصر.', [PER('خالد الناصر')]).types).toEqual(['COERCE/arrest']);
    expect(run('وأعلنت روسيا إيقاف تصدير الغاز إلى بولندا.', [LOC('روسيا'), LOC('بولندا')]).types).toEqual(['SANCTION/discontinue']);
    // (threatened, it is the content of the threat)
    expect(run('وهددت روسيا بإيقاف تصدير الغاز إلى بولندا.', [LOC('روسيا'), LOC('بولندا')]).types).toEqual(['THREATEN']);
  });
});

describe('easing acts with the subject between verb and object', () => {
  it('«أعادت X فتح المعبر»، «فتحت X مجالها الجوي»، «رفعت X العقوبات عن Y» are RETREAT', () => {
    expect(run('أعادت السلطات المصرية فتح معبر رفح أمام المسافرين.', [LOC('معبر رفح')]).types).toEqual(['RETREAT/access']);
    expect(run('فتحت الجزائر مجالها الجوي أمام الطائرات المغربية.', [LOC('الجزائر')]).types).toEqual(['RETREAT/access']);
    const r = run('رفعت الولايات المتحدة العقوبات عن سوريا.', [LOC('الولايات المتحدة'), LOC('سوريا')]);
    expect(r.types).toEqual(['RETREAT']);
    expect(r.events[0].targets.map(r.name)).toEqual(['سوريا']);
  });
  it('a lawsuit is ACCUSE, a price rise nothing; «دعا إلى رفع "العقوبات"» is the content of the demand', () => {
    expect(run('رفعت الحكومة أسعار الوقود، ورفعت النقابة دعوى ضد الوزارة.', [ORG('النقابة')]).types).toEqual(['ACCUSE/allege']);
    expect(run('ودعا الرئيس سامي العلي الدول الغربية إلى رفع "العقوبات الجائرة".', [PER('سامي العلي')]).types).toEqual(['REQUEST']);
  });
});

describe('recognition needs its object', () => {
  it('«اعترف بأن الدولة …» admits; only «اعترف بدولة» recognises (SUPPORT)', () => {
    expect(run('اعترف الوزير خالد الناصر بأن الدولة فشلت في إدارة الأزمة.', [PER('خالد الناصر')]).types).toEqual(['CONCEDE']);
  });
});

describe('modes: beating, executions, cyber attacks', () => {
  it('«اعتدى … بالضرب» is ASSAULT beat; «أعدمت» ASSAULT execute; a cyber attack is COERCE cyber, not an armed assault', () => {
    expect(run('اعتدى مستوطنون بالضرب على مزارع في قرية ترمسعيا.', [LOC('ترمسعيا')]).types).toEqual(['ASSAULT/beat']);
    expect(run('أعدمت السلطات الإيرانية ثلاثة متظاهرين.', [ORG('السلطات الإيرانية')]).types).toEqual(['ASSAULT/execute']);
    expect(run('تعرضت مواقع حكومية لهجوم إلكتروني واسع.').types).toEqual(['COERCE/cyber']);
  });
});
