// Session 6 convention (docs/gold-format.md): a social platform or app is MISC (the medium a post appears on), the
// company behind it, or the platform speaking as one, is ORG; downstream, the platform is never a source or a relay.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { entity, named, runEntities as run } from './checked.ts';
import { runQueries } from '../attributions/checked.ts';

describe('platforms are MISC, their companies ORG', () => {
  it('«نشر على منصة إكس» gives a MISC entity, «أعلنت شركة ميتا» an ORG', () => {
    const es = run('ونشر الناشط مقطعا مصورا على منصة إكس، فيما أعلنت شركة ميتا أنها حذفت آلاف الحسابات.');
    expect(named(es, 'MISC')).toEqual(['إكس']);
    expect(named(es, 'ORG')).toEqual(['شركة ميتا']);
    expect(entity(es, 'إكس')?.evidence?.some((x) => x.startsWith('lexicon:data/entities/orgs.tsv:'))).toBe(true);
  });
  it('every platform of the lexicon, bare or in a list, is MISC', () => {
    const es = run('وتداول ناشطون على فيسبوك ويوتيوب وتيك توك مقاطع للحادث، فيما حجبت السلطات تطبيقي واتساب وتلغرام.');
    expect(named(es, 'MISC').sort()).toEqual(['تيك توك', 'تيليغرام', 'فيسبوك', 'واتساب', 'يوتيوب'].sort());
    expect(named(es, 'ORG')).toEqual([]);
  });
  it('a platform after a company head names the company («شركة تيك توك»), an ORG', () => {
    const es = run('وقالت شركة تيك توك إنها ستطعن في قرار الحظر أمام المحكمة.');
    expect(named(es, 'ORG')).toEqual(['شركة تيك توك']);
    expect(named(es, 'MISC')).toEqual([]);
  });
  it('«شركة إكس» is the company, the bare «إكس» the platform', () => {
    const es = run('وأعلنت شركة إكس أنها علقت الحساب، بعد منشور على إكس أثار جدلا.');
    expect(named(es, 'ORG')).toEqual(['شركة إكس']);
    expect(named(es, 'MISC')).toEqual(['إكس']);
  });
  it('a platform right after a verb of saying is the company speaking: ORG, another referent than the medium', () => {
    const es = run('وقالت يوتيوب في بيان إنها حذفت القناة، بعد أن نشرت مقاطع على يوتيوب.');
    expect(named(es, 'ORG')).toEqual(['يوتيوب']);
    expect(named(es, 'MISC')).toEqual(['يوتيوب']);
    expect(es.find((e) => e.type === 'ORG')?.evidence).toContain('rule:platform-speaking');
  });
});

describe('downstream: the platform is where a statement was posted, never who said it', () => {
  it('«كتب X على منصة إكس»: X is the speaker, the platform neither the source nor a relay', () => {
    const r = runQueries('وكتب وزير الخارجية الأردني أيمن الصفدي على منصة إكس أن الوضع في المنطقة خطير.');
    const a = r.one('الوضع');
    expect(r.speaker('الوضع')).toBe('أيمن الصفدي');
    expect(r.via('الوضع')).toEqual([]);
    const platform = r.ents.entities.find((e) => e.name === 'إكس');
    expect(platform?.type).toBe('MISC');
    expect(r.sources.some((s) => s.entity === platform?.id)).toBe(false);
    expect(a.content.text).toBe('الوضع في المنطقة خطير');
  });
  it('a post on a page in «فيسبوك»: the group is the source, the platform is not', () => {
    const r = runQueries('وقالت لجنة أطباء السودان، في منشور على صفحتها في "فيسبوك"، إن المستشفى خرج عن الخدمة.');
    const platform = r.ents.entities.find((e) => e.name === 'فيسبوك');
    expect(platform?.type).toBe('MISC');
    expect(r.speaker('المستشفى')).toContain('لجنة أطباء السودان');
    expect(r.sources.some((s) => s.entity === platform?.id)).toBe(false);
    expect(r.via('المستشفى')).toEqual([]);
  });
  it('the company speaking (ORG) can be a named source', () => {
    const r = runQueries('وأعلنت شركة ميتا أنها حذفت شبكة من الحسابات المزيفة.');
    expect(r.kind('حذفت')).toBe('named');
    expect(r.speaker('حذفت')).toBe('شركة ميتا');
  });
});
