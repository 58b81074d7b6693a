import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/archive/store.ts';
import { BACKENDS } from './backends.ts';
import { corpus, synth } from './helpers.ts';

const VARIANT_TEXT = 'قال مُحَمَّد الأحمد إن المدرسة الجديدة افتتحت وبغداد تستعد للانتخابات، وأكد أن للأطفال حقوقاً.';

for (const backend of BACKENDS) {
  describe(`store on ${backend.name}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    const ids: string[] = [];
    let variantId = '';

    beforeAll(async () => {
      const f = await backend.fresh();
      store = f.store;
      cleanup = f.cleanup;
      for (const a of corpus()) ids.push((await store.putAnalysis(a)).id);
      variantId = (await store.putAnalysis(synth(VARIANT_TEXT, { title: 'نص المتغيرات', outlet: 'اختبار', published: '2021-03-01' }))).id;
    });
    afterAll(async () => cleanup?.());

    it('re-putting the same content is a no-op', async () => {
      const before = await store.stats();
      for (const a of corpus()) expect((await store.putAnalysis(a)).status).toBe('unchanged');
      // whitespace and harakat differences are the same content
      const again = synth(VARIANT_TEXT.replace('مُحَمَّد', 'محمد').replace(/ /g, '  '), { title: 'x' });
      expect((await store.putAnalysis(again)).status).toBe('unchanged');
      const after = await store.stats();
      expect(after.articles).toBe(before.articles);
      expect(after.mentions).toBe(before.mentions);
      expect(before.articles).toBe(4);
    });

    it.each([
      ['محمد', 'مُحَمَّد'], ['مُحمّد', 'مُحَمَّد'], ['احمد', 'الأحمد'], ['أحمد', 'الأحمد'], ['مدرسه', 'المدرسة'], ['المدرسة', 'المدرسة'],
      ['بغداد', 'وبغداد'], ['وبغداد', 'وبغداد'], ['الانتخابات', 'للانتخابات'], ['انتخابات', 'للانتخابات'], ['الأطفال', 'للأطفال'], ['اطفال', 'للأطفال'],
    ])('search %s finds the variant article and highlights %s', async (q, word) => {
      const r = await store.search({ q, limit: 10 });
      const hit = r.hits.find((h) => h.article.id === variantId);
      expect(hit, `query ${q}`).toBeTruthy();
      expect(hit!.matches.map((m) => m.text)).toContain(word);
      for (const m of hit!.matches) expect(VARIANT_TEXT.slice(m.start, m.end)).toBe(m.text);
      const sn = hit!.snippets.find((s) => s.field === 'text')!;
      expect(sn.highlights.map((h) => sn.text.slice(h.start, h.end))).toContain(word);
    });

    it('requires all query words and ranks', async () => {
      expect((await store.search({ q: 'قاآني واشنطن' })).hits.map((h) => h.article.id)).toEqual([ids[0]]);
      const r = await store.search({ q: 'الكاظمي' });
      expect(r.total).toBe(2);
      expect(new Set(r.hits.map((h) => h.article.id))).toEqual(new Set([ids[0], ids[1]]));
      expect(r.hits[0].score).toBeGreaterThanOrEqual(r.hits[1].score);
      expect((await store.search({ q: 'كلمةغيرموجودة' })).total).toBe(0);
    });

    it('filters search by outlet, dates, entity, type, source kind and event type', async () => {
      const idsOf = async (q: Parameters<Store['search']>[0]) => new Set((await store.search(q)).hits.map((h) => h.article.id));
      expect(await idsOf({ q: 'الكاظمي', outlet: 'عربي بوست' })).toEqual(new Set([ids[0]]));
      expect(await idsOf({ q: '', from: '2020-09', to: '2020-09-30' })).toEqual(new Set([ids[1], ids[2]]));
      expect(await idsOf({ q: '', entity: 'قاآني' })).toEqual(new Set([ids[0], ids[2]]));
      expect(await idsOf({ q: 'بغداد', entity: 'إسماعيل قاآني', type: 'PER' })).toEqual(new Set([ids[0], ids[2]]));
      expect(await idsOf({ q: '', entity: 'قاآني', type: 'LOC' })).toEqual(new Set());
      expect(await idsOf({ q: '', type: 'LOC' })).toEqual(new Set(ids));
      expect(await idsOf({ q: '', sourceKind: 'vague' })).toEqual(new Set([ids[2]]));
      expect(await idsOf({ q: '', eventType: 'ASSAULT' })).toEqual(new Set([ids[2]]));
    });

    it('links entities across articles and builds a profile', async () => {
      const found = await store.findEntities({ name: 'الكاظمي' });
      expect(found).toHaveLength(1);
      const k = found[0];
      expect(k.name).toBe('مصطفى الكاظمي');
      expect(k.articles).toBe(2);
      // same key, different display name in a3 ("قاآني") → same archive entity
      const q = await store.findEntities({ name: 'إسماعيل قاآني' });
      expect(q).toHaveLength(1);
      expect(q[0].articles).toBe(2);
      const p = (await store.entityProfile(k.id))!;
      expect(p.aliases.map((a) => a.text)).toEqual(expect.arrayContaining(['الكاظمي', 'مصطفى الكاظمي']));
      expect(p.mentionsByMonth.map((m) => m.month)).toEqual(['2020-08', '2020-09']);
      expect(p.cooccurring.find((c) => c.entity.name === 'واشنطن')?.articles).toBe(2);
      expect(p.statementsBy.map((s) => s.content).sort()).toEqual(['العراق لن يكون ساحة للصراع', 'المحادثات كانت مثمرة']);
      expect(p.statementsAbout.map((s) => s.sourceLabel)).toEqual(['مصدر مطلع']);
      expect(p.eventsAsActor.map((e) => e.type)).toEqual(['CONSULT']);
      expect(p.eventsAsTarget).toHaveLength(1);
      expect(p.eventsAsTarget[0].actors.map((a) => a.name)).toEqual(['إسماعيل قاآني']);
      expect(p.articles).toHaveLength(2);
      const prefix = await store.findEntities({ name: 'واشن', prefix: true });
      expect(prefix.map((e) => e.name)).toEqual(['واشنطن']);
    });

    it('profiles sourcing per outlet and month', async () => {
      const p = await store.sourcingProfile({ outlet: 'عربي بوست' });
      expect(p.totals.attributions).toBe(4);
      expect(p.totals.anonymousShare).toBe(0.75);
      expect(p.months.map((m) => [m.month, m.attributions, m.byKind.anonymous, m.anonymousShare])).toEqual([
        ['2020-08', 2, 1, 0.5], ['2020-09', 2, 1, 1],
      ]);
      const outlets = await store.outlets();
      expect(outlets.find((o) => o.outlet === 'عربي بوست')?.articles).toBe(2);
    });

    it('gives timelines, events and the co-occurrence graph', async () => {
      const t = await store.timeline({ granularity: 'month' });
      expect(t.map((b) => [b.period, b.total])).toEqual([['2020-08', 1], ['2020-09', 3]]);
      const d = await store.timeline({ granularity: 'day', eventType: 'CONSULT' });
      expect(d.map((b) => b.period)).toEqual(['2020-08-19', '2020-09-02']);
      const ev = await store.events({ type: 'COERCE' });
      expect(ev.total).toBe(1);
      expect(ev.items[0].actors.map((a) => a.name)).toEqual(['إسماعيل قاآني']);
      const g = await store.entityGraph({});
      const name = new Map(g.nodes.map((n) => [n.id, n.name]));
      const w = g.edges.find((e) => [name.get(e.source), name.get(e.target)].sort().join('|') === ['مصطفى الكاظمي', 'واشنطن'].sort().join('|'));
      expect(w?.weight).toBe(2);
      const per = await store.entityGraph({ types: ['PER'] });
      expect(per.nodes.every((n) => n.type === 'PER')).toBe(true);
      expect(per.edges).toHaveLength(1);
    });

    it('lists, gets, exports, updates in place by url and deletes', async () => {
      const list = await store.listArticles({ limit: 2 });
      expect(list.total).toBe(4);
      expect(list.items.map((a) => a.published)).toEqual(['2021-03-01', '2020-09-15']);
      const got = (await store.getArticle(ids[0]))!;
      expect(got.analysis.doc.id).toBe(ids[0]);
      expect(got.analysis.entities).toHaveLength(4);
      let n = 0;
      for await (const a of store.exportAnalyses()) if (a.schema === 'isnad.analysis/1') n++;
      expect(n).toBe(4);
      const changed = synth('نص جديد تماماً عن زيارة قاآني إلى طهران.', { title: 'تحديث', url: 'https://example.org/a1', published: '2020-08-21' });
      const r = await store.putAnalysis(changed);
      expect(r).toEqual({ status: 'updated', id: ids[0] });
      expect((await store.search({ q: 'طهران' })).hits.map((h) => h.article.id)).toEqual([ids[0]]);
      expect((await store.search({ q: 'واشنطن' })).hits.map((h) => h.article.id)).toEqual([ids[1]]);
      expect((await store.getArticle(ids[0]))!.title).toBe('تحديث');
      expect(await store.deleteArticle(variantId)).toBe(true);
      expect((await store.search({ q: 'محمد' })).total).toBe(0);
      expect((await store.stats()).articles).toBe(3);
      expect((await store.check()).ok).toBe(true);
    });
  });
}

describe('search index versioning', () => {
  it('rebuilds an index built by an older stemmer on the next writable open', async () => {
    const { openStore } = await import('../../src/archive/open.ts');
    const { STEMMER_VERSION } = await import('../../src/archive/stem.ts');
    const f = await BACKENDS[0].fresh();
    for (const a of corpus()) await f.store.putAnalysis(a);
    const db = (f.store as unknown as { db: { run(s: string): Promise<number>; exec(s: string): Promise<void> } }).db;
    // simulate an old index: wrong version and an emptied FTS table
    await db.run(`UPDATE meta SET value = '0' WHERE key = 'stemmer_version'`);
    await db.exec(`DELETE FROM articles_fts`);
    await f.store.close();
    const ro = await openStore(f.location, { readonly: true });
    expect((await ro.search({ q: 'واشنطن' })).total).toBe(0);
    await ro.close();
    const s2 = await openStore(f.location);
    expect((await s2.search({ q: 'واشنطن' })).total).toBe(2);
    expect(await (s2 as unknown as { indexVersion(): Promise<number> }).indexVersion()).toBe(STEMMER_VERSION);
    await s2.close();
    await f.cleanup();
  });
});
