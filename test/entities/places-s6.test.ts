// Entity mechanisms of session 6 for places and communes. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { named, entity, mentions, runEntities as run } from './checked.ts';

describe('quarters and short place heads behind clitics', () => {
  it('«وحي» and «وبحيّ» open a quarter like «حي»', () => {
    const es = run('وقطع المحتجون الطرق في وسط المدينة وحي الجمهورية، ثم تجمعوا وبحيّ الصليبة.');
    expect(named(es, 'LOC')).toEqual(expect.arrayContaining(['حي الجمهورية', 'حيّ الصليبة']));
    expect(mentions(es, 'حي الجمهورية')).toEqual(['حي الجمهورية']);
  });
  it('a quarter named by a common word, not by a plural', () => {
    expect(named(run('وتضرر حي السلام بشدة.'), 'LOC')).toEqual(['حي السلام']);
  });
  it('the quarter recurs without its head; a common word does not', () => {
    const es = run('وزار المحافظ حي الصليبة، وقال إن المباني في الصليبة متضررة. وفي حي السلام قال إن السلام قريب.');
    expect(mentions(es, 'حي الصليبة')).toEqual(['حي الصليبة', 'الصليبة']);
    expect(mentions(es, 'حي السلام')).toEqual(['حي السلام']);
  });
  it('an airport named after a town does not make every mention of the town an airport', () => {
    const es = run('وهبطت الطائرة في مطار الغيضة، ثم توجه الوفد إلى الغيضة.');
    expect(mentions(es, 'مطار الغيضة')).toEqual(['مطار الغيضة']);
  });
  it('لسد before a definite word is a verbal noun', () => {
    expect(named(run('واقترضت الحكومة لسد العجز في الميزانية.'), 'LOC')).toEqual([]);
  });
});

describe('adjectives of direction', () => {
  it('a place and an adjective of direction are another place', () => {
    const es = run('وأحصت المنظمة مباني متضررة في حي الرمل الجنوبي، وزار الوفد البقاع الشمالي.');
    expect(named(es, 'LOC')).toEqual(expect.arrayContaining(['حي الرمل الجنوبي', 'البقاع الشمالي']));
    expect((entity(es, 'البقاع الشمالي')?.evidence ?? []).some((e) => e.startsWith('rule:place-adjective'))).toBe(true);
  });
  it('not when the place is the second term of a construct', () => {
    const es = run('وعززت القوات انتشارها على حدود لبنان الجنوبية.');
    expect(named(es, 'LOC')).toEqual(['لبنان']);
  });
});

describe('Moroccan communes («جماعة X»)', () => {
  it('after a preposition of place, an unknown word: a place', () => {
    const es = run('وفي دوار تيخت بجماعة أداسيل، قال أحد السكان إن البيوت انهارت.');
    expect(named(es, 'LOC')).toEqual(expect.arrayContaining(['جماعة أداسيل', 'دوار تيخت']));
    expect(named(es, 'ORG')).toEqual([]);
  });
  it('in a Moroccan article, with an opener of two-word names', () => {
    const es = run('وزار الوالي جماعة سيدي سليمان وجماعة أداسيل.', { country: 'MA' });
    expect(named(es, 'LOC')).toEqual(expect.arrayContaining(['جماعة سيدي سليمان', 'جماعة أداسيل']));
  });
  it('the armed-group sense stays an organisation, an adjective makes no name', () => {
    const es = run('وأعلنت جماعة أنصار الله مسؤوليتها، فيما نفت جماعة مسلحة أخرى أي علاقة.', { country: 'MA' });
    expect(named(es, 'LOC')).toEqual([]);
    expect(named(es, 'ORG')).toHaveLength(1);
  });
  it('outside the Maghreb and with no preposition, an unknown word after جماعة is no commune', () => {
    const es = run('وقالت جماعة تدعى الفجر إنها نفذت الهجوم.', { country: 'IQ' });
    expect(named(es, 'LOC')).toEqual([]);
  });
});

describe('organisations, session 6', () => {
  it('a national team and a federation with a short ل-complement', () => {
    const es = run('وأعلن الاتحاد الجزائري لكرة القدم أن المنتخب الوطني الجزائري لكرة القدم سيلعب وديتين، وقال إن المنتخب الجزائري جاهز.');
    expect(named(es, 'ORG')).toEqual(expect.arrayContaining(['الاتحاد الجزائري لكرة القدم', 'المنتخب الوطني الجزائري لكرة القدم']));
    // the shorter name, whose skipped word is an adjective, is the same team
    expect(mentions(es, 'المنتخب الوطني الجزائري لكرة القدم')).toContain('المنتخب الجزائري');
  });
  it('a shorter name is not merged into a body of another country or another portfolio', () => {
    const es = run('وقالت وزارة الداخلية إن وزارة الداخلية البحرينية أبلغتها، فيما أعلنت وزارة التجارة الداخلية وحماية المستهلك الأسعار.');
    expect(mentions(es, 'وزارة الداخلية البحرينية')).toEqual(['وزارة الداخلية البحرينية']);
  });
  it('a unit of a body, not the unity of a people; the office of the prime minister', () => {
    const es = run('وأعدّت وحدة الرقابة الداخلية تقريراً رُفع إلى رئاسة الوزراء، ودعا الوزير إلى وحدة الصف الوطني.');
    expect(named(es, 'ORG')).toEqual(expect.arrayContaining(['وحدة الرقابة الداخلية', 'رئاسة الوزراء']));
    expect(named(es, 'ORG')).toHaveLength(2);
  });
  it('an indefinite head and a word with a pronoun suffix make no name («شركة بعينها»)', () => {
    expect(named(run('ونفى أن تكون شركة بعينها قد استفادت.'), 'ORG')).toEqual([]);
  });
  it('an opener of place names after بـ is a place, not a person («بسيدي موسى»); a patronymic keeps the person', () => {
    expect(named(run('وتدرب اللاعبون أمس بسيدي موسى قرب العاصمة.'), 'LOC')).toEqual(['سيدي موسى']);
    expect(named(run('والتقى أحمد ولد داداه بسيدي ولد داداه.'), 'LOC')).toEqual([]);
  });
  it('a hospital named after a famous person known by a short form, with or without an adjective', () => {
    const es = run('ونقل آخرون إلى مستشفى الرازي الخاص، وقال الطبيب إن مستشفى الرازي مكتظ.');
    expect(named(es, 'PER')).toEqual([]);
    expect(mentions(es, 'مستشفى الرازي الخاص')).toEqual(['مستشفى الرازي الخاص', 'مستشفى الرازي']);
  });
  it('hospitals named after people: a grammar name ending in the institution adjective, a definite given name', () => {
    const es = run('ونقل المصابون إلى مستشفى الشفاء ومستشفى ناصر الطبي، وتوفي آخر في مستشفى البشير.');
    expect(named(es, 'PER')).toEqual([]);
    expect(named(es, 'ORG')).toEqual(expect.arrayContaining(['مستشفى الشفاء', 'مستشفى ناصر الطبي', 'مستشفى البشير']));
  });
});

