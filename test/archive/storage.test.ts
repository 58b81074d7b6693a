// Schema v2 storage (text column + compressed analysis), the upgrade of v1 archives, and the store's group commit.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/contract.ts';
import { PgDb, SqliteDb, type Db } from '../../src/archive/db.ts';
import { openStore } from '../../src/archive/open.ts';
import { SCHEMA_VERSION } from '../../src/archive/schema.ts';
import type { SqlStore } from '../../src/archive/sqlstore.ts';
import { packAnalysis, unpackAnalysis } from '../../src/archive/storage.ts';
import type { Store } from '../../src/archive/store.ts';
import { BACKENDS } from './backends.ts';
import { corpus, synth } from './helpers.ts';

const collect = async (s: Store) => {
  const out: Analysis[] = [];
  for await (const a of s.exportAnalyses()) out.push(a);
  return out;
};

/** Raw access to an archive for rewriting it into the v1 layout. */
async function rawDb(location: string): Promise<Db> {
  return location.startsWith('postgres') ? PgDb.connect(location) : new SqliteDb(new Database(location));
}

/** Turn a v2 archive into what schema v1 wrote: the whole analysis JSON in `analysis`, no text/analysis_z columns. */
async function downgradeToV1(location: string): Promise<void> {
  const db = await rawDb(location);
  try {
    const rows = await db.all<{ id: number; analysis: string; analysis_z: Buffer; text: string }>(`SELECT id, analysis, analysis_z, text FROM articles`);
    for (const r of rows) await db.run(`UPDATE articles SET analysis = ? WHERE id = ?`, [JSON.stringify(unpackAnalysis(r)), r.id]);
    await db.exec(`ALTER TABLE articles DROP COLUMN text`);
    await db.exec(`ALTER TABLE articles DROP COLUMN analysis_z`);
    await db.run(`UPDATE meta SET value = '1' WHERE key = 'schema_version'`);
  } finally {
    await db.close();
  }
}

describe('stored form', () => {
  it('packs an analysis without its text and unpacks it identically (key order included)', () => {
    const a = corpus()[0];
    const z = packAnalysis(a);
    expect(z.length).toBeLessThan(Buffer.byteLength(JSON.stringify(a)) / 2);
    expect(JSON.stringify(unpackAnalysis({ analysis: '', analysis_z: z, text: a.text }))).toBe(JSON.stringify(a));
    // a v1 row: the whole JSON
    expect(unpackAnalysis({ analysis: JSON.stringify(a) })).toEqual(a);
    // what crosses a worker boundary is a plain Uint8Array
    expect(unpackAnalysis({ analysis: '', analysis_z: new Uint8Array(z), text: a.text })).toEqual(a);
  });
});

for (const backend of BACKENDS) {
  describe(`schema v1 → v2 on ${backend.name}`, () => {
    it('an archive written by schema v1 opens, reads, and is upgraded without data loss', async () => {
      const f = await backend.fresh();
      let st: SqlStore | undefined;
      const analyses = [...corpus(), synth('قال مُحَمَّد الأحمد إن المدرسة الجديدة افتتحت وبغداد تستعد للانتخابات.', { title: 'نص', published: '2021-03-01' })];
      try {
        for (const a of analyses) await f.store.putAnalysis(a);
        const before = { export: await collect(f.store), search: await f.store.search({ q: 'الكاظمي' }), stats: await f.store.stats() };
        expect(before.export).toHaveLength(4);
        // (the first store stays open, unused: fresh().cleanup closes it)
        await downgradeToV1(f.location);

        if (backend.name === 'sqlite') {
          // read-only (isnad search, entity …): reads the v1 layout as it is, changes nothing
          const ro = await openStore(f.location, { readonly: true });
          expect((await ro.stats()).schemaVersion).toBe(1);
          expect(JSON.stringify(await collect(ro))).toBe(JSON.stringify(before.export));
          const s = await ro.search({ q: 'الكاظمي' });
          expect(JSON.stringify(s)).toBe(JSON.stringify(before.search));
          expect((await ro.getArticle(before.export[0].doc.id))?.analysis).toEqual(before.export[0]);
          await ro.close();
        }

        // writable: migrated to v2 and every row rewritten in the compact form
        st = (await openStore(f.location)) as SqlStore;
        expect((await st.stats()).schemaVersion).toBe(SCHEMA_VERSION);
        expect(await st.uncompacted()).toBe(0);
        const raw = await st.db.all<{ analysis: string; text: string | null; analysis_z: Buffer | null }>(`SELECT analysis, text, analysis_z FROM articles`);
        for (const r of raw) {
          expect(r.analysis).toBe('');
          expect(r.text).toBeTruthy();
          expect(r.analysis_z?.length).toBeGreaterThan(0);
        }
        expect(JSON.stringify(await collect(st))).toBe(JSON.stringify(before.export));
        expect(JSON.stringify(await st.search({ q: 'الكاظمي' }))).toBe(JSON.stringify(before.search));
        const got = await st.getArticle(before.export[0].doc.id);
        expect(JSON.stringify(got?.analysis)).toBe(JSON.stringify(before.export[0]));
        const { bytes: _b, ...statsAfter } = await st.stats();
        const { bytes: _a, ...statsBefore } = before.stats;
        expect(statsAfter).toEqual(statsBefore);
        // and it keeps working: new articles, re-puts, the search index
        expect((await st.putAnalysis(analyses[0])).status).toBe('unchanged');
        expect((await st.putAnalysis(synth('خبر جديد عن بغداد والبصرة.', { title: 'جديد' }))).status).toBe('added');
        expect((await st.search({ q: 'البصرة' })).total).toBe(1);
        expect((await st.check()).ok).toBe(true);
      } finally {
        await st?.close();
        await f.cleanup();
      }
    });
  });

  if (backend.name === 'postgres') {
    it('PostgreSQL compresses new tsvectors with lz4 (faster to rank) when the server supports it', async () => {
      const f = await backend.fresh();
      try {
        const db = (f.store as SqlStore).db;
        const lz4 = await db.get<{ ok: boolean }>(`SELECT EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)) AS ok`);
        const col = await db.get<{ c: string }>(`SELECT attcompression::text AS c FROM pg_attribute WHERE attrelid = 'articles_fts'::regclass AND attname = 'tsv'`);
        expect(col?.c).toBe(lz4?.ok ? 'l' : '');
      } finally {
        await f.cleanup();
      }
    });
  }

  describe(`group commit on ${backend.name}`, () => {
    it('concurrent puts are stored as if one after the other; a failing article is rolled back alone', async () => {
      const seq = await backend.fresh();
      const grp = await backend.fresh();
      try {
        const base = corpus();
        const extra = Array.from({ length: 12 }, (_, i) => synth(`خبر رقم ${i} عن بغداد والكاظمي في العاصمة.`, { title: `خبر ${i}`, published: `2020-10-${String(i + 1).padStart(2, '0')}` }));
        const all = [...base, ...extra, base[1]];
        // an analysis the store cannot take (its entity has no name): fails after its article row was written
        const bad: Analysis = { ...synth('نص معطوب عن الموصل.', { title: 'معطوب' }), entities: [{ id: 'E1', type: 'LOC', name: undefined as unknown as string, key: '', mentions: [] }] };
        const seqResults = [];
        for (const a of all) seqResults.push(await seq.store.putAnalysis(a));
        await expect(seq.store.putAnalysis(bad)).rejects.toThrow();
        const settled = await Promise.allSettled([...all.slice(0, 8), bad, ...all.slice(8)].map((a) => grp.store.putAnalysis(a)));
        expect(settled[8].status).toBe('rejected');
        const grpResults = settled.filter((_, i) => i !== 8).map((r) => (r.status === 'fulfilled' ? r.value : r.reason));
        expect(grpResults).toEqual(seqResults);
        expect(grpResults.at(-1)?.status).toBe('unchanged');
        const { location: _l1, bytes: _b1, ...s1 } = await seq.store.stats();
        const { location: _l2, bytes: _b2, ...s2 } = await grp.store.stats();
        expect(s2).toEqual(s1);
        expect(JSON.stringify(await collect(grp.store))).toBe(JSON.stringify(await collect(seq.store)));
        expect((await grp.store.search({ q: 'الموصل' })).total).toBe(0);
        expect(JSON.stringify((await grp.store.search({ q: 'بغداد' })).hits.map((h) => [h.article.id, h.score])))
          .toBe(JSON.stringify((await seq.store.search({ q: 'بغداد' })).hits.map((h) => [h.article.id, h.score])));
        expect((await grp.store.check()).ok).toBe(true);
        // writes keep the order they were asked in: put, delete, put again
        const x = synth('خبر عن ترتيب الكتابة في الأرشيف.', { title: 'ترتيب' });
        const [r1, deleted, r2] = await Promise.all([grp.store.putAnalysis(x), grp.store.deleteArticle(x.doc.id), grp.store.putAnalysis(x)]);
        expect([r1.status, deleted, r2.status]).toEqual(['added', true, 'added']);
        expect((await grp.store.search({ q: 'ترتيب' })).total).toBe(1);
      } finally {
        await seq.cleanup();
        await grp.cleanup();
      }
    });
  });
}
