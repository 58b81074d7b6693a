// Entity mechanisms of session 7 (holdout6 released for tuning: Morocco, Saudi Arabia, Lebanon, Iraq, Sudan, Bahrain).
// Each mechanism is checked on sentences written for these tests, not taken from the holdout.
import { describe, expect, it } from 'vitest';
import { entity, mentions, named, runEntities as run } from './checked.ts';

describe('names after titles', () => {
  it('a title, its organisation and place, then a name set off by commas', () => {
    const es = run('وقال المنسق الإقليمي للكونفدرالية الديمقراطية للشغل بجهة درعة تافيلالت، المهدي أوعلي، إن الأجور مجمدة.');
    expect(named(es, 'PER')).toEqual(['المهدي أوعلي']);
  });
  it('no name is taken when the words after the comma are a clause', () => {
    const es = run('وقال الكاتب الجهوي للاتحاد المغربي للشغل بجهة سوس ماسة، الأجور مجمدة منذ سنوات.');
    expect(named(es, 'PER')).toEqual([]);
  });
  it('a past verb of a derived form after a title is no name', () => {
    const es = run('وبحسب المحضر فإن وزير الاقتصاد انسحب من الجلسة، وإن وزير العدل اعترض على التعديل.');
    expect(named(es, 'PER')).toEqual([]);
  });
  it('a middle name in ـا before a given name stays in the name; a verb of writing ends it', () => {
    const es = run('وكتب النائب طوني نقولا سليم عبر حسابه أن الجلسة أُرجئت.');
    expect(named(es, 'PER')).toEqual(['طوني نقولا سليم']);
  });
  it('a verb of writing after a given name is not its family name', () => {
    const es = run('غير أن الناشط فادي كتب في تدوينة أن القرار جائر.');
    expect(named(es, 'PER')).not.toContain('فادي كتب');
  });
  it('a plural nationality is the people, not a name before its words', () => {
    const es = run('ويستعد العراقيون لصيف حار، فيما وصل الصربي دوشان ميلوفيتش أمس.');
    expect(named(es, 'PER')).toEqual(['دوشان ميلوفيتش']);
  });
  it('a time adjective after a council agrees with the session, not the council', () => {
    const es = run('وجاء ذلك في جلسة مجلس الوزراء الأخيرة.');
    expect(named(es, 'ORG')).toEqual(['مجلس الوزراء']);
  });
});

describe('quoted names', () => {
  it('a word before quotes that with them names a known bloc', () => {
    const es = run('وقال عضو تكتل "الجمهورية القوية" إن الحكومة مقصرة.');
    expect(named(es, 'ORG')).toEqual(['تكتل الجمهورية القوية']);
    expect(mentions(es, 'تكتل الجمهورية القوية')).toEqual(['الجمهورية القوية']);
  });
  it("the article's own outlet in guillemets is the outlet, even when the name is a region", () => {
    const es = run('وقال مسؤول لـ«الشرق الأوسط» إن التوتر في الشرق الأوسط يتصاعد.', { outlet: 'الشرق الأوسط' });
    expect(entity(es, 'الشرق الأوسط')?.type).toBe('ORG');
    expect(mentions(es, 'الشرق الأوسط')).toEqual(['الشرق الأوسط']);
  });
  it('a platform after «بموقع» in quotes is the medium (MISC)', () => {
    const es = run('ونشرت النقابة بياناً على صفحتها بموقع "فيسبوك".');
    expect(named(es, 'ORG')).not.toContain('فيسبوك');
    expect(named(es, 'MISC')).toContain('فيسبوك');
  });
  it('a company known as «شركة X» speaking by its bare name is the company', () => {
    const es = run('وأعلنت ميتا أنها حذفت آلاف الحسابات.');
    expect(named(es, 'PER')).toEqual([]);
    expect(named(es, 'ORG')).toEqual(['شركة ميتا']);
  });
});

describe('governorates and facilities', () => {
  it('a governorate named after a city is another place, with its head', () => {
    const es = run('وصل الوفد إلى الموصل، ثم زار مناطق في جنوب محافظة الموصل.');
    expect(named(es, 'LOC')).toEqual(expect.arrayContaining(['الموصل', 'محافظة الموصل']));
    expect(mentions(es, 'محافظة الموصل')).toEqual(['محافظة الموصل']);
  });
  it('a governorate known only as a province stays that place', () => {
    const es = run('وقعت الهجمات في محافظة الأنبار، وقال مسؤول إن الأنبار آمنة.');
    expect(named(es, 'LOC')).toEqual(['الأنبار']);
  });
  it('an unknown construct name after a head that recurs without it', () => {
    const es = run('تقع المحطة قرب محافظة وادي الدواسر التي يقطنها البدو، وتضم وادي الدواسر مزارع واسعة.');
    expect(named(es, 'LOC')).toContain('وادي الدواسر');
  });
  it('a power plant named by a relational name or a recurring name; a plant of a trade is a common noun', () => {
    expect(named(run('وتوقف العمل في معمل الجية بسبب نقص الوقود.'), 'LOC')).toEqual(['معمل الجية']);
    expect(named(run('وتعطلت محطة الضخ ومحطة التوليد ومعمل الإسمنت.'), 'LOC')).toEqual([]);
    expect(named(run('وتعمل محطة التحلية بنصف طاقتها.'), 'LOC')).toEqual([]);
    const es = run('وزار الوزير محطة الحارثة الحرارية، وقال إن الحارثة ستعود إلى العمل قريباً.');
    expect(named(es, 'LOC')).toContain('محطة الحارثة الحرارية');
  });
  it('a facility named by a proper word and the complement of its function', () => {
    expect(named(run('وتفقد المحافظ محطة سمرا لمعالجة المياه العادمة.'), 'LOC')).toEqual(['محطة سمرا لمعالجة المياه']);
    expect(named(run('وتعطلت محطة كبيرة لتحلية المياه.'), 'LOC')).toEqual([]);
  });
  it('a Berber joiner after a place head makes one name of three words', () => {
    expect(named(run('وتضررت الزراعات في منطقة تمنار آيت داود.'), 'LOC')).toEqual(['تمنار آيت داود']);
  });
  it('a definite feminine plural after a non-facility place head is a common noun', () => {
    expect(named(run('ويُسمح بالدخول إلى منطقة الفعاليات مجاناً.'), 'LOC')).toEqual([]);
  });
  it('an electoral district named after a town after عن is the town', () => {
    const es = run('وقال النائب عن دائرة تطوان إن المستشفى مغلق.');
    expect(named(es, 'ORG')).toEqual([]);
    expect(named(es, 'LOC')).toEqual(['تطوان']);
  });
});

describe('organisation heads that are also common nouns', () => {
  it('«حركة» and «دائرة» before one common definite noun name no body', () => {
    const es = run('وتراجعت حركة المسافرين خلال العيد، وخرج الفريق من دائرة المنافسة.');
    expect(named(es, 'ORG')).toEqual([]);
  });
  it('a directorate named with two complements stays a body', () => {
    expect(named(run('وقالت دائرة صحة نينوى إن الحصيلة ارتفعت.'), 'ORG')).toEqual(['دائرة صحة نينوى']);
  });
  it('a network of people is a body; networks of roads or smuggling are not', () => {
    expect(named(run('وقالت شبكة صحفيي اليمن إن مراسلاً اعتقل.'), 'ORG')).toEqual(['شبكة صحفيي اليمن']);
    expect(named(run('وتضررت شبكة الطرق، وفككت الشرطة شبكة تهريب السلاح.'), 'ORG')).toEqual([]);
  });
  it('a unit is named by its task; unity of a group is no unit; a coordinated unit is another one', () => {
    const es = run('ودعا إلى وحدة القوى الوطنية، فيما تتولى وحدة مكافحة الجرائم ووحدة حماية الأحداث متابعة الملف.');
    expect(named(es, 'ORG')).toEqual(['وحدة مكافحة الجرائم', 'وحدة حماية الأحداث']);
  });
  it('a racing team and a circuit', () => {
    const es = run('وقال مدير فريق ماكلارين إن حلبة ياس مارينا صعبة.');
    expect(named(es, 'ORG')).toEqual(expect.arrayContaining(['فريق ماكلارين', 'حلبة ياس مارينا']));
  });
});

describe('generic state bodies with a country adjective', () => {
  it('a body of no country followed by a nationality is that country’s body; its bare name later joins it', () => {
    const es = run('وانتشلت فرق الدفاع المدني الأردني ثلاث جثث، وقال الدفاع المدني إن البحث مستمر.');
    expect(named(es, 'ORG')).toEqual(['الدفاع المدني الأردني']);
    expect(mentions(es, 'الدفاع المدني الأردني')).toEqual(['الدفاع المدني الأردني', 'الدفاع المدني']);
  });
  it('a relational adjective of no country does not make a national body', () => {
    const es = run('وأعلن الدفاع المدني الميداني انتهاء عمليات الإنقاذ.');
    expect(named(es, 'ORG')).not.toContain('الدفاع المدني الميداني');
  });
});

