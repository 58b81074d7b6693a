// Session 5, ingest speed: the store's held group commit (holdBatches) and the power-of-two chunking of
// multi-row inserts must store exactly what one-article-at-a-time storing does.
import { afterEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/contract.ts';
import type { SqlStore } from '../../src/archive/sqlstore.ts';
import type { Store } from '../../src/archive/store.ts';
import { BACKENDS } from './backends.ts';
import { corpus, synth } from './helpers.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Distinct articles (a serial in each text): n of them. */
function articles(n: number): Analysis[] {
  return Array.from({ length: n }, (_, i) => synth(`قال وزير الخارجية في بغداد إن الاجتماع رقم ${i + 1} انتهى بنجاح.`,
    { title: `اجتماع ${i + 1}`, outlet: 'وكالة', published: `2021-03-${String((i % 28) + 1).padStart(2, '0')}` }, {
      entities: [{ id: 'E1', type: 'LOC', name: 'بغداد', forms: ['بغداد'] }],
    }));
}

/** Count the transactions a store opens (both backends go through db.tx). */
function countTx(store: Store): { n: number } {
  const db = (store as SqlStore).db as { tx: (fn: unknown) => Promise<unknown> };
  const orig = db.tx.bind(db);
  const c = { n: 0 };
  db.tx = (fn: unknown) => {
    c.n++;
    return orig(fn);
  };
  return c;
}

for (const backend of BACKENDS) {
  describe(`held group commit (${backend.name})`, () => {
    let cleanup: (() => Promise<void>) | null = null;
    afterEach(async () => {
      await cleanup?.();
      cleanup = null;
    });

    it('puts arriving a few ms apart share transactions when held, one each when not', async () => {
      const [warm, ...list] = articles(9);
      const runWith = async (hold: number) => {
        const f = await backend.fresh();
        cleanup = f.cleanup;
        // one article first: the first write of a fresh archive (cold caches, a new PostgreSQL connection) can take
        // longer than all eight puts below take to arrive, which would make them one batch even unheld
        await f.store.putAnalysis(warm);
        if (hold) f.store.holdBatches!(hold, 4);
        const tx = countTx(f.store);
        const ps: Promise<unknown>[] = [];
        for (const a of list) {
          ps.push(f.store.putAnalysis(a));
          await sleep(3); // separate turns of the event loop, as worker results arrive
        }
        const rs = (await Promise.all(ps)) as { status: string }[];
        expect(rs.map((r) => r.status)).toEqual(list.map(() => 'added'));
        expect((await f.store.stats()).articles).toBe(9);
        await f.cleanup();
        cleanup = null;
        return tx.n;
      };
      const unheld = await runWith(0);
      const held = await runWith(2000);
      // batches close at 4 articles: two transactions, not one per article (unheld, only puts that arrive while a
      // write runs share one: none on SQLite, a few on PostgreSQL whose writes take longer)
      expect(held).toBeLessThanOrEqual(3);
      expect(unheld).toBeGreaterThan(held);
      if (backend.name === 'sqlite') expect(unheld).toBe(8);
    });

    it('a held batch is written when its wait ends, when holding stops, or when another write is queued', async () => {
      const f = await backend.fresh();
      cleanup = f.cleanup;
      const [a1, a2, a3] = corpus();
      f.store.holdBatches!(60_000, 8);
      const t0 = performance.now();
      const p1 = f.store.putAnalysis(a1);
      await sleep(20);
      f.store.holdBatches!(0); // the ingest ends: no waiting the full minute
      expect((await p1).status).toBe('added');
      expect(performance.now() - t0).toBeLessThan(5000);
      // another write (a delete) queued behind a held batch releases it and keeps the order asked in
      f.store.holdBatches!(60_000, 8);
      const p2 = f.store.putAnalysis(a2);
      await sleep(5);
      const del = f.store.deleteArticle(a2.doc.id);
      expect((await p2).status).toBe('added');
      expect(await del).toBe(true);
      expect(await f.store.getArticle(a2.doc.id)).toBeNull();
      // and the wait is bounded by its ms
      f.store.holdBatches!(30, 8);
      const t1 = performance.now();
      expect((await f.store.putAnalysis(a3)).status).toBe('added');
      expect(performance.now() - t1).toBeLessThan(5000);
      f.store.holdBatches!(0);
    });

    it('stores articles with any number of rows (chunked inserts) exactly as given', async () => {
      const f = await backend.fresh();
      cleanup = f.cleanup;
      // 1, 3, 37, 130 and 300 entities with two mentions each: chunk boundaries of every size
      const names = ['بغداد', 'البصرة', 'الموصل', 'أربيل', 'كركوك', 'النجف', 'كربلاء', 'الحلة', 'الرمادي', 'تكريت'];
      let serial = 0;
      for (const n of [1, 3, 37, 130, 300]) {
        serial++;
        // names unique across the articles (entities link by folded name too), none a prefix of another
        const words = Array.from({ length: n }, (_, i) => `${names[i % names.length]}س${serial}ع${i}ص`);
        const text = `${words.join(' و')}.\n\nوأعيد ذكر ${words.join(' و')} في التقرير ${serial}.`;
        const a = synth(text, { title: `تقرير ${serial}`, outlet: 'وكالة' }, {
          entities: words.map((w, i) => ({ id: `E${i + 1}`, type: 'LOC' as const, name: w, key: `k${serial}-${i}`, forms: [w] })),
        });
        const mentions = a.entities.reduce((s, e) => s + e.mentions.length, 0);
        expect(mentions).toBeGreaterThanOrEqual(2 * n);
        const before = await f.store.stats();
        expect((await f.store.putAnalysis(a)).status).toBe('added');
        const after = await f.store.stats();
        expect(after.mentions - before.mentions).toBe(mentions);
        expect(after.entities - before.entities).toBe(n);
        const got = await f.store.getArticle(a.doc.id);
        expect(got!.analysis).toEqual(a);
        expect(got!.entities).toBe(n);
      }
    });
  });
}
