// Session 7 (detection side, issue #5): mechanisms that decide which events are found and how they are typed —
// each with sentences written for these tests (none copied from dev articles).
import { describe, expect, it } from 'vitest';
import { LOC, ORG, PER, runEvents } from './helpers.ts';

describe('session 7: what a promise commits to is content, not an act', () => {
  it('a promised allocation or opening is no aid or talks of its own', () => {
    const r = runEvents('ووعد المحافظ سعيد الخالدي بتخصيص مبلغ مليون دينار لإصلاح الطرق في مدينة الكرك.', [PER('سعيد الخالدي'), LOC('الكرك')]);
    expect(r.events.map((e) => e.type)).not.toContain('AID');
    const r2 = runEvents('علّق الأطباء إضرابهم بعد تعهد وزارة الصحة بفتح حوار مع النقابة حول الأجور.', [ORG('وزارة الصحة')]);
    expect(r2.events.map((e) => e.type)).not.toContain('CONSULT');
  });
  it('the promise itself stays an event', () => {
    const r = runEvents('تعهدت الحكومة الأردنية بإعادة فتح المعبر أمام الشاحنات خلال أسبوع.', [ORG('الحكومة الأردنية')]);
    expect(r.events.map((e) => e.type)).toContain('AGREE');
    expect(r.events.map((e) => e.type)).not.toContain('RETREAT');
  });
  it('without a promise the same complement is an act', () => {
    const r = runEvents('خصصت الحكومة الأردنية مبلغ مليون دينار لإغاثة المتضررين من السيول.', [ORG('الحكومة الأردنية')]);
    expect(r.events.map((e) => e.type)).toContain('AID');
  });
});

describe('session 7: a headline act the body tells is not a second event', () => {
  const body = ['الزاوية – قُتل ثلاثة مدنيين أمس جراء غارة بطائرة مسيّرة شنتها كتيبة الصمود على حي سكني في المدينة.', 'وقال مصدر طبي إن المستشفى استقبل عشرة جرحى.'];
  const ents = [LOC('الزاوية'), ORG('كتيبة النصر'), ORG('كتيبة الصمود')];
  it('a headline attack of another kind and party than the body\'s is its summary (one attack, in the body)', () => {
    for (const h of ['قصف مدفعي لكتيبة النصر على أحياء الزاوية', 'كتيبة النصر تقصف أحياء الزاوية بالمدفعية']) {
      const text = [h, ...body].join('\n\n');
      const attacks = runEvents(text, ents).events.filter((e) => e.type === 'ASSAULT');
      expect(attacks.length).toBe(1);
      expect(attacks[0].trigger.start).toBeGreaterThan(h.length);
      expect(attacks[0].evidence?.some((x) => x.startsWith('rule:headline-type-told-in-body'))).toBe(true);
    }
  });
  it('the headline gives its place to a body act that has none', () => {
    const text = ['اشتباكات في الزاوية', 'طرابلس – قال شهود إن مسلحين اشتبكوا مساء أمس مع عناصر أمن قرب الطريق الساحلي.'].join('\n\n');
    const r = runEvents(text, [LOC('الزاوية'), LOC('طرابلس')]);
    const a = r.events.filter((e) => e.type === 'ASSAULT');
    expect(a.length).toBe(1);
    expect(a[0].place).toBeTruthy();
  });
  it('a headline act the body never tells stays', () => {
    const t2 = ['وزير الخارجية يزور القاهرة', 'عمّان – قال الناطق باسم الحكومة إن مجلس الوزراء أقر مشروع الموازنة العامة للعام المقبل.'].join('\n\n');
    const r = runEvents(t2, [LOC('القاهرة'), LOC('عمّان')]);
    expect(r.events.some((e) => e.type === 'CONSULT' && e.trigger.start < t2.indexOf('عمّان'))).toBe(true);
  });
});

describe('session 7: a suspension is typed by what is suspended', () => {
  const typeOf = (text: string, ents = [ORG('وزارة المالية'), ORG('نقابة المعلمين'), ORG('الحكومة المغربية')]) =>
    runEvents(text, ents).events.map((e) => `${e.type}/${e.mode ?? ''}`);
  it('a strike suspended is a concession', () => {
    expect(typeOf('أعلنت نقابة المعلمين أنها علّقت الإضراب المفتوح بعد لقاء مع الوزير.')).toContain('CONCEDE/');
  });
  it('payments or salaries suspended are withheld', () => {
    expect(typeOf('علّقت وزارة المالية صرف رواتب موظفي البلديات منذ ثلاثة أشهر.')).toContain('COERCE/withhold');
  });
  it('a treaty suspended is discontinued', () => {
    expect(typeOf('علّقت الحكومة المغربية العمل بمعاهدة التعاون الأمني مع جارتها.')).toContain('SANCTION/discontinue');
  });
  it('a comment on something else is no suspension', () => {
    expect(typeOf('وعلّق وزير المالية على الأرقام بالقول إنها مؤقتة.', [PER('وزير المالية')])).toEqual([]);
  });
});

describe('session 7: an object pronoun meets a verb\'s required object by its antecedent', () => {
  it('a strike told before and suspended by a pronoun', () => {
    const r = runEvents('خاض أطباء المستشفيات العمومية إضراباً عن العمل في الشتاء الماضي، ثم علّقوه بعد وعود من وزارة الصحة.', [ORG('وزارة الصحة')]);
    expect(r.events.some((e) => e.type === 'CONCEDE' && e.trigger.text === 'علّقوه')).toBe(true);
  });
  it('a pronoun with no required antecedent in its sentence is no trigger', () => {
    const r = runEvents('رسم الطلاب لوحة كبيرة للمدينة، ثم علّقوها على جدار المدرسة.', []);
    expect(r.events).toEqual([]);
  });
});

describe('session 7: vehicles laden with relief deliver aid; patrols that roam deploy', () => {
  const types = (t: string, ents = [ORG('الهلال الأحمر'), LOC('بنغازي')]) => runEvents(t, ents).events.map((e) => e.type);
  it('a ship docking with wheat, a plane sent with food, convoys crossing laden with medicine', () => {
    expect(types('رست في ميناء بنغازي أمس سفينة تابعة للهلال الأحمر تحمل ثلاثة آلاف طن من الطحين.')).toContain('AID');
    expect(types('أعلن الهلال الأحمر أنه سيسيّر غداً طائرة إلى بنغازي محمّلة بعشرين طناً من المواد الغذائية.')).toContain('AID');
    expect(types('قال الهلال الأحمر إن عشر شاحنات محملة بالأدوية عبرت الحدود صباح اليوم نحو بنغازي.')).toContain('AID');
  });
  it('expressing, tenders and a crossing with no cargo are no aid', () => {
    expect(types('وعبّرت وزارة الخارجية عن قلقها من الأوضاع الإغاثية في بنغازي.', [ORG('وزارة الخارجية'), LOC('بنغازي')])).not.toContain('AID');
    expect(types('رست المناقصة على شركة محلية لبناء الجسر في بنغازي.')).toEqual([]);
    expect(types('عبرت العائلات الحدود سيراً على الأقدام هرباً من القتال.')).not.toContain('AID');
  });
  it('a patrol roaming villages is a deployment, a march roaming streets is not', () => {
    expect(types('وجابت دورية عسكرية مؤلفة من أربع مدرعات قرى الريف الشرقي مساء أمس.', [])).toContain('MOBILIZE');
    expect(types('خرج مئات من السكان في مسيرة جابت الشوارع الرئيسية للمدينة.', [])).not.toContain('MOBILIZE');
  });
  it('relief supplies to be handed out (a passive with the supplies as subject)', () => {
    expect(types('وأوضح المسؤول أن الإمدادات ستُوزَّع على النازحين في المخيمات خلال الأيام المقبلة.', [])).toContain('AID');
  });
});

describe('session 7: harm done to people after an attack on a place is an act of its own', () => {
  const text = 'وكان مسلحون ملثمون قد هاجموا قرية بورين، وأحرقوا ثلاث مركبات، واعتدوا بالضرب على راعٍ ونجله.';
  it('the beating is a second attack beside the attack on the village', () => {
    const r = runEvents(text, [LOC('بورين')]);
    const a = r.events.filter((e) => e.type === 'ASSAULT');
    expect(a.some((e) => e.trigger.text === 'هاجموا')).toBe(true);
    expect(a.some((e) => e.trigger.text === 'اعتدوا' && e.mode === 'beat')).toBe(true);
  });
  it('a beating restated without a new verb of harm is no second act', () => {
    const r = runEvents('هاجم عشرات المستوطنين قرية بورين مساء أمس، وهاجموا منازلها بالحجارة.', [LOC('بورين')]);
    expect(r.events.filter((e) => e.type === 'ASSAULT').length).toBe(1);
  });
});

describe('session 7: security forces storming a place raid it, a bulldozer beside them notwithstanding', () => {
  it('COERCE, no destroy mode', () => {
    const r = runEvents('اقتحمت قوات الاحتلال مخيم بلاطة فجر اليوم، ترافقها جرافة عسكرية شرعت في تجريف الشوارع.', [LOC('مخيم بلاطة')]);
    const raid = r.events.find((e) => e.trigger.text === 'اقتحمت');
    expect(raid?.type).toBe('COERCE');
    expect(raid?.mode ?? null).toBe(null);
  });
});

describe('session 7: a condemned act named in construct refers back to the act already told', () => {
  const told = 'اعتقلت قوات الاحتلال فجر اليوم خمسة شبان من بلدة عزون، وهاجم مستوطنون منازل في قرية جالود. ';
  it('«دانت X اعتداءات المستوطنين وحملة الاعتقالات»: no new attack or arrest', () => {
    const r = runEvents(told + 'ودانت وزارة الخارجية، في بيان، اعتداءات المستوطنين وحملة الاعتقالات.', [ORG('وزارة الخارجية'), LOC('عزون'), LOC('جالود')]);
    expect(r.events.filter((e) => e.type === 'ASSAULT').length).toBe(1);
    expect(r.events.filter((e) => e.type === 'COERCE').length).toBe(1);
    expect(r.events.some((e) => e.type === 'ACCUSE')).toBe(true);
  });
  it('an act told only as condemned stays', () => {
    const r = runEvents('ودانت وزارة الخارجية، في بيان، اعتداءات المستوطنين على قرية جالود.', [ORG('وزارة الخارجية'), LOC('جالود')]);
    expect(r.events.some((e) => e.type === 'ASSAULT')).toBe(true);
  });
});

describe('session 7: an act of the same type ordered before or after another is an act of its own', () => {
  it('«أوقفت الشرطة X بعد مداهمة منزله»: the raid and the arrest, the raid by the same parties', () => {
    const r = runEvents('أوقفت الشرطة في مدينة قابس الصحفي كمال العياري بعد مداهمة منزله فجر السبت.', [PER('كمال العياري'), LOC('قابس')]);
    const co = r.events.filter((e) => e.type === 'COERCE');
    expect(co.length).toBe(2);
    const raid = co.find((e) => e.trigger.text === 'مداهمة')!;
    expect(r.texts(raid, 'target')).toContain('كمال العياري');
    expect(raid.evidence).toContain('rule:sequenced-act-of-same-parties');
  });
  it('the required complement of the verb is still the same event', () => {
    const r = runEvents('أوقفت الشرطة في مدينة قابس الصحفي كمال العياري ومداهمة منزله جرت أمس.', [PER('كمال العياري'), LOC('قابس')]);
    expect(r.events.filter((e) => e.type === 'COERCE' && e.trigger.text === 'مداهمة').every((e) => !e.evidence?.includes('rule:sequenced-act-of-same-parties'))).toBe(true);
  });
});

describe('session 7: what is ratified is the object of the ratification', () => {
  it('«وافق المجلس على مشروع قانون بالتصديق على اتفاقية بين X وY»: one approval, no agreement between X and Y', () => {
    const r = runEvents('وافق مجلس النواب، في جلسته العادية التي عقدها صباح أمس برئاسة رئيس المجلس، على مشروع قانون بالتصديق على اتفاقية للتعاون الجمركي بين حكومة الأردن وحكومة العراق.',
      [ORG('مجلس النواب'), ORG('حكومة الأردن'), ORG('حكومة العراق')]);
    const ag = r.events.filter((e) => e.type === 'AGREE');
    expect(ag.some((e) => r.texts(e, 'actor').includes('حكومة الأردن'))).toBe(false);
  });
  it('an agreement signed is still one', () => {
    const r = runEvents('وقّعت حكومة الأردن وحكومة العراق اتفاقية للتعاون الجمركي في عمّان.', [ORG('حكومة الأردن'), ORG('حكومة العراق'), LOC('عمّان')]);
    expect(r.events.some((e) => e.type === 'AGREE')).toBe(true);
  });
});

describe('session 7: a meeting the parties agree to hold is a meeting of its own', () => {
  it('«اتفق الجانبان على عقد اجتماع للجنة المشتركة»: the agreement and the planned meeting', () => {
    const r = runEvents('اتفق الجانبان على عقد اجتماع للجنة الاقتصادية المشتركة في الرباط الشهر المقبل.', [ORG('اللجنة الاقتصادية المشتركة'), LOC('الرباط')]);
    expect(r.events.some((e) => e.type === 'AGREE')).toBe(true);
    expect(r.events.some((e) => e.type === 'CONSULT' && e.trigger.text === 'اجتماع')).toBe(true);
  });
  it('what else they agree on stays the content of the agreement', () => {
    const r = runEvents('اتفق الجانبان على استئناف المفاوضات حول الحدود في الرباط الشهر المقبل.', [LOC('الرباط')]);
    expect(r.events.some((e) => e.type === 'CONSULT')).toBe(false);
  });
});

describe('session 7: a required object past an adjunct event noun; content and idioms', () => {
  it('«أن يوقّع الوزيران في ختام المباحثات مذكرة تفاهم»: the memorandum is the signing\'s object', () => {
    const r = runEvents('ومن المقرر أن يوقّع الوزيران في ختام المباحثات مذكرة تفاهم للتعاون في مجال النقل.', []);
    const ag = r.events.filter((e) => e.type === 'AGREE');
    expect(ag.length).toBe(1);
    expect(ag[0].trigger.text).toBe('يوقّع');
    expect(ag[0].evidence).toContain('rule:required-complement-past-adjunct');
  });
  it('banners that appeal, a truce consolidated, silence kept', () => {
    expect(runEvents('رفع المعتصمون لافتات تناشده التدخل لصرف الأجور المتأخرة.', []).events.map((e) => e.type)).not.toContain('REQUEST');
    expect(runEvents('بحث المبعوث مع الوفد سبل تثبيت التهدئة في المدينة.', []).events.map((e) => e.type)).not.toContain('RETREAT');
    expect(runEvents('في حين التزمت الحكومة الصمت إزاء ما جرى.', [ORG('الحكومة')]).events.map((e) => e.type)).not.toContain('AGREE');
    expect(runEvents('والتزمت الحكومة بتنفيذ بنود الاتفاق كاملة.', [ORG('الحكومة')]).events.map((e) => e.type)).toContain('AGREE');
  });
});

describe('session 7: «وأوقفت خمسة منهم»: a count of them meets an arrest verb\'s people', () => {
  it('the arrest of a count with a partitive pronoun', () => {
    const r = runEvents('وفرّقت الشرطة المحتجين بالقوة، وأوقفت سبعة منهم قبل أن تفرج عنهم ليلاً.', []);
    expect(r.events.some((e) => e.type === 'COERCE' && e.trigger.text === 'أوقفت')).toBe(true);
  });
  it('a stop that names no people is no arrest', () => {
    const r = runEvents('وأوقفت الشركة ثلاثة من خطوط الإنتاج بسبب نقص الوقود.', [ORG('الشركة')]);
    expect(r.events.some((e) => e.type === 'COERCE')).toBe(false);
  });
});

describe('session 7: an event noun after a chain of support words whose head has no subject of its own', () => {
  it('«…، وأعلنت فرض حظر تجول»: the curfew is imposed by the sentence\'s subject', () => {
    const r = runEvents('ودفعت قيادة شرطة البصرة بتعزيزات إلى الأحياء الغربية، وأعلنت فرض حظر تجول ليلي لمدة يومين.', [ORG('قيادة شرطة البصرة')]);
    const cur = r.events.find((e) => e.type === 'COERCE' && e.mode === 'curfew');
    expect(cur).toBeTruthy();
    expect(r.texts(cur!, 'actor')).toContain('قيادة شرطة البصرة');
    expect(cur!.evidence).toContain('rule:support-chain-subject-of-sentence');
  });
  it('«قبل أن يعلنوا الإضراب»: the strike of the protesters just named', () => {
    const r = runEvents('نظم عمال مصنع الإسمنت في مدينة الزرقاء وقفة احتجاجية أمام الإدارة، قبل أن يعلنوا الإضراب عن العمل.', [LOC('الزرقاء')]);
    expect(r.events.some((e) => e.type === 'PROTEST' && e.trigger.text === 'الإضراب')).toBe(true);
  });
  it('a support chain with a subject of its own is left to the roles', () => {
    const r = runEvents('وأعلنت وزارة الداخلية فرض حظر تجول في المدينة.', [ORG('وزارة الداخلية')]);
    const cur = r.events.find((e) => e.type === 'COERCE');
    expect(cur?.evidence).not.toContain('rule:support-chain-subject-of-sentence');
  });
});

describe('session 7: false alarms seen on ANERcorp train text (words only)', () => {
  it('a habitual past with a pronoun is no act: «طريق التجارة … حيث كانت القوافل تقطعه»', () => {
    const r = runEvents('كان طريق التجارة القديم يمر بالواحة، حيث كانت القوافل تقطعه في أسابيع.', []);
    expect(r.events.map((e) => e.type)).not.toContain('PROTEST');
  });
  it('a march and shipping are no convoy sent', () => {
    expect(runEvents('وواصل الموكب سيره نحو العاصمة، بينما كانت الإمدادات تنهال على المدينة.', []).events.map((e) => e.type)).not.toContain('AID');
    expect(runEvents('هددت الجماعة بعرقلة سير السفن في المضيق.', []).events.map((e) => e.type)).not.toContain('AID');
  });
});
