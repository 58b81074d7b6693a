// Session 7: ingest workers send the store's rows (rows.ts) instead of the analysis, and entity linking looks
// entities up through their (type, key) / (type, norm_name) indexes. The archive must hold exactly what it held
// before: every table's rows and every stored analysis byte for byte.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.ts';
import type { Analysis } from '../../src/contract.ts';
import { ingestPaths } from '../../src/archive/ingest.ts';
import { openStore } from '../../src/archive/open.ts';
import { workerPool } from '../../src/archive/pool.ts';
import { articleRows } from '../../src/archive/rows.ts';
import { contentHash, type SqlStore } from '../../src/archive/sqlstore.ts';
import { indexText, STEMMER_VERSION } from '../../src/archive/stem.ts';
import { packAnalysis, repackWithId } from '../../src/archive/storage.ts';
import type { Store } from '../../src/archive/store.ts';
import { BACKENDS } from './backends.ts';
import { synth } from './helpers.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples');
const BIN = join(ROOT, 'bin', 'isnad.js');

let tmp = '';
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'isnad-s7-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TABLES: [string, string][] = [
  ['articles', 'id'], ['entities', 'id'], ['entity_aliases', 'entity_id, alias_norm'], ['article_entities', 'article_id, local_id'],
  ['mentions', 'article_id, s, e, entity_id'], ['sources', 'article_id, local_id'], ['attributions', 'article_id, local_id'],
  ['attribution_entities', 'article_id, attribution_local, entity_id'], ['events', 'article_id, local_id'],
  ['event_roles', 'article_id, event_local, entity_id, role'], ['dates', 'article_id, s, e, text'],
];

/** Every row of every table (ingest time left out), as JSON lines per table. */
async function dump(store: Store): Promise<Record<string, string[]>> {
  const db = (store as SqlStore).db;
  const out: Record<string, string[]> = {};
  for (const [t, order] of TABLES) {
    const rows = await db.all<Record<string, unknown>>(`SELECT * FROM ${t} ORDER BY ${order}`);
    out[t] = rows.map((r) => {
      const { ingested_at: _, ...rest } = r;
      return JSON.stringify(rest, (_k, v) => (v && typeof v === 'object' && 'type' in v && v.type === 'Buffer' ? Buffer.from(v.data).toString('base64') : v));
    });
  }
  return out;
}

const prepared = (a: Analysis) => ({
  rows: structuredClone(articleRows(a)), text: a.text, packed: packAnalysis(a),
  index: { stemmer: STEMMER_VERSION, title: indexText(a.doc.title ?? ''), body: indexText(a.text) },
});

describe('rows prepared off the main thread', () => {
  const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt')).sort().slice(0, 6)
    .map((f, i) => analyze({ text: readFileSync(join(EXAMPLES, f), 'utf8'), meta: { title: f, outlet: 'اختبار', published: `2021-0${1 + (i % 3)}-10`, url: `https://example.org/${i}` } }));

  for (const b of BACKENDS) {
    it(`[${b.name}] putPrepared stores the same rows as putAnalysis, including a doc id clash and an update by URL`, async () => {
      const x = await b.fresh();
      const y = await b.fresh();
      try {
        // an article whose doc id is taken already (stored under "<id>-<hash>") and one updating another by its URL
        const clash = analyze({ text: `${examples[0].text}\n\nفقرة أخرى.`, meta: { id: examples[0].doc.id, title: 'نسخة', outlet: 'اختبار' } });
        const update = analyze({ text: `${examples[1].text}\n\nتحديث.`, meta: { ...examples[1].doc, id: undefined } });
        const all = [...examples, clash, update];
        for (const a of all) await x.store.putAnalysis(a);
        const statuses = [];
        for (const a of all) statuses.push((await y.store.putPrepared!(prepared(a))).status);
        expect(statuses).toEqual([...examples.map(() => 'added'), 'added', 'updated']);
        const [dx, dy] = [await dump(x.store), await dump(y.store)];
        expect(dx.articles.length).toBe(examples.length + 1);
        expect(dx.mentions.length).toBeGreaterThan(50);
        expect(dy).toEqual(dx);
        // and the stored analyses are the analyses: the clash under its new id, the update under the old one
        const got = [];
        for await (const a of y.store.exportAnalyses()) got.push(a);
        expect(got.map((a) => a.doc.id)).toContain(`${examples[0].doc.id}-${contentHash(clash.text).slice(0, 8)}`);
        const upd = got.find((a) => a.doc.url === examples[1].doc.url)!;
        expect(JSON.stringify(upd)).toBe(JSON.stringify({ ...update, doc: { ...update.doc, id: examples[1].doc.id } }));
      } finally {
        await x.cleanup();
        await y.cleanup();
      }
    }, 60000);
  }

  it('repackWithId gives the bytes packAnalysis gives the analysis with that id', () => {
    const a = examples[2];
    expect(repackWithId(packAnalysis(a), 'جديد-1').equals(packAnalysis({ ...a, doc: { ...a.doc, id: 'جديد-1' } }))).toBe(true);
  });

  it('the rows carry the same links as the analysis: aliases once per entity, statements to the entities inside them', () => {
    const text = 'قال الرئيس عبد الفتاح السيسي إن مصر ستدعم السودان، وأضاف السيسي أن القاهرة مستعدة.';
    const a = synth(text, {}, {
      entities: [{ id: 'E1', type: 'PER', name: 'عبد الفتاح السيسي', forms: ['عبد الفتاح السيسي', 'السيسي'] },
        { id: 'E2', type: 'LOC', name: 'مصر', forms: ['مصر'] }, { id: 'E3', type: 'LOC', name: 'السودان', forms: ['السودان'] }],
      sources: [{ id: 'S1', kind: 'named', label: 'عبد الفتاح السيسي', entity: 'E1' }],
      attributions: [{ id: 'Q1', source: 'S1', cue: 'قال', content: 'مصر ستدعم السودان' }],
    });
    const r = articleRows(a);
    expect(r.about).toEqual([['E2', 'E3']]);
    // "عبد الفتاح السيسي" as name and as mention: one alias; "السيسي" twice in the text: one alias
    expect(r.aliases.filter(([e]) => e === 'E1').map(([, , s]) => s)).toEqual(['عبد الفتاح السيسي', 'السيسي']);
    expect(r.mentions.filter(([e]) => e === 'E1')).toHaveLength(3);
    expect(r.sources[0][4]).toBe('E1');
    expect(r.attributions[0][5]).toBe('E1');
  });
});

describe('entity linking', () => {
  it('finds known entities through the (type, key) and (type, norm_name) indexes, never a table scan', async () => {
    const b = BACKENDS[0];
    const { store, cleanup } = await b.fresh();
    try {
      const db = (store as SqlStore).db;
      const seen: string[] = [];
      const all = db.all.bind(db);
      db.all = (async (sql: string, params?: never[]) => {
        if (/FROM entities e\s+JOIN/.test(sql)) seen.push(sql);
        return all(sql, params);
      }) as typeof db.all;
      const text = 'التقى وزير الخارجية سامح شكري نظيره في عمان، وقال شكري إن الأردن شريك.';
      const mk = (n: number) => synth(`${text} (${n})`, {}, {
        entities: [{ id: 'E1', type: 'PER', name: 'سامح شكري', forms: ['سامح شكري', 'شكري'] }, { id: 'E2', type: 'LOC', name: 'عمان', forms: ['عمان'] },
          { id: 'E3', type: 'LOC', name: 'الأردن', forms: ['الأردن'] }],
      });
      for (let n = 0; n < 3; n++) await store.putAnalysis(mk(n));
      expect(seen.length).toBe(3);
      const raw = (db as unknown as { raw: Database.Database }).raw;
      for (const sql of new Set(seen)) {
        const plan = raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => 'x')) as { detail: string }[];
        const text = plan.map((p) => p.detail).join('\n');
        expect(text).not.toMatch(/SCAN (entities|e)\b/);
        expect(text).toMatch(/SEARCH e USING INDEX entities_type_key/);
        expect(text).toMatch(/SEARCH e USING INDEX entities_norm/);
      }
      // the three articles share three archive entities
      expect((await store.stats()).entities).toBe(3);
    } finally {
      await cleanup();
    }
  });

  for (const b of BACKENDS) {
    it(`[${b.name}] links every entity of an article with more entities than one lookup statement takes`, async () => {
      const { store, cleanup } = await b.fresh();
      try {
        const n = 1100;
        const names = Array.from({ length: n }, (_, i) => `كيان${String(i).padStart(4, '0')}`);
        const text = names.join(' و');
        const mk = (suffix: string) => synth(`${text} ${suffix}`, {}, { entities: names.map((name, i) => ({ id: `E${i + 1}`, type: (['PER', 'ORG', 'LOC'] as const)[i % 3], name, key: `${suffix}-${i}`, forms: [name] })) });
        // the keys differ between the two articles: only the lookup by folded name can link them
        await store.putAnalysis(mk('أولا'));
        await store.putPrepared!(prepared(mk('ثانيا')));
        const db = (store as SqlStore).db;
        expect((await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM entities`))!.n).toBe(n);
        // both articles point at the same n archive entities
        const shared = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM article_entities x JOIN article_entities y ON x.entity_id = y.entity_id AND x.local_id = y.local_id
          WHERE x.article_id < y.article_id`);
        expect(shared!.n).toBe(n);
      } finally {
        await cleanup();
      }
    }, 60000);

    it(`[${b.name}] links by type + key or type + folded name; another type with the same name stays apart`, async () => {
      const { store, cleanup } = await b.fresh();
      try {
        const t1 = 'أعلنت الأمم المتحدة أن الأردن يستضيف المؤتمر.';
        const t2 = 'قال الأمين العام إن الأردن سيستضيف القمة في عمان.';
        const t3 = 'لعب فريق الأردن مباراة أمس.';
        await store.putAnalysis(synth(t1, {}, { entities: [{ id: 'E1', type: 'ORG', name: 'الأمم المتحدة', key: 'un', forms: ['الأمم المتحدة'] },
          { id: 'E2', type: 'LOC', name: 'الأردن', key: 'jordan', forms: ['الأردن'] }] }));
        // same type, other key, same folded name → the same entity; same name as another type → a new one
        await store.putAnalysis(synth(t2, {}, { entities: [{ id: 'E1', type: 'LOC', name: 'الاردن', key: 'jordan-2', forms: ['الأردن'] },
          { id: 'E2', type: 'LOC', name: 'عمان', key: 'amman', forms: ['عمان'] }] }));
        await store.putAnalysis(synth(t3, {}, { entities: [{ id: 'E1', type: 'ORG', name: 'الأردن', key: 'jordan', forms: ['الأردن'] }] }));
        const jordan = await store.findEntities({ name: 'الأردن' });
        const byType = Object.fromEntries(jordan.map((e) => [e.type, e.articles]));
        expect(byType).toEqual({ LOC: 2, ORG: 1 });
      } finally {
        await cleanup();
      }
    });
  }
});

describe('ingest with workers', () => {
  it('stores what an in-process ingest stores, row for row (examples/)', async () => {
    const a = await openStore(join(tmp, 'inline.db'));
    const b = await openStore(join(tmp, 'workers.db'));
    // one worker: results come back in input order, so archive ids (and first-seen names) match the in-process run
    const pool = workerPool(2, { perWorker: 1000 });
    try {
      const s1 = await ingestPaths(a, [EXAMPLES], { progress: 'none' });
      const s2 = await ingestPaths(b, [EXAMPLES], { jobs: 2, pool: pool.pool, progress: 'none' });
      expect(s2).toMatchObject({ added: s1.added, failed: 0 });
      expect(s1.added).toBeGreaterThan(10);
      const [da, db] = [await dump(a), await dump(b)];
      expect(da.mentions.length).toBeGreaterThan(100);
      expect(db).toEqual(da);
      const exp = async (st: Store) => {
        const out: string[] = [];
        for await (const x of st.exportAnalyses()) out.push(JSON.stringify(x));
        return out;
      };
      expect(await exp(b)).toEqual(await exp(a));
    } finally {
      await pool.close();
      await a.close();
      await b.close();
    }
  }, 120000);

  it('a killed ingest with --jobs 2 resumes: every article stored exactly once and whole', async () => {
    const dir = join(tmp, 'kill');
    mkdirSync(dir);
    const src = readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(EXAMPLES, f), 'utf8'));
    const N = 80;
    for (let i = 0; i < N; i++) {
      const paras = src[i % src.length].split(/\n+/).filter((p) => p.trim());
      writeFileSync(join(dir, `k${String(i).padStart(3, '0')}.txt`), `${paras.slice(0, 3 + (i % 4)).join('\n\n')}\n\nرقم الخبر ${i}.`);
    }
    const db = join(tmp, 'kill.db');
    const child = spawn(process.execPath, [BIN, 'ingest', dir, '--db', db, '--jobs', '2', '--progress', 'none'], { cwd: ROOT, stdio: 'ignore' });
    let seen = 0;
    const deadline = Date.now() + 90000;
    while (Date.now() < deadline && seen < 10) {
      await new Promise((r) => setTimeout(r, 100));
      try {
        const r = new Database(db, { readonly: true, fileMustExist: true });
        try {
          seen = (r.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
        } finally {
          r.close();
        }
      } catch {
        /* not there yet */
      }
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const c = new Database(db);
    expect(c.pragma('integrity_check', { simple: true })).toBe('ok');
    const k = (c.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    c.close();
    expect(k).toBeGreaterThanOrEqual(10);
    expect(k).toBeLessThan(N);
    const store = await openStore(db);
    const pool = workerPool(2);
    try {
      const sum = await ingestPaths(store, [dir], { jobs: 2, pool: pool.pool, progress: 'none' });
      expect(sum).toMatchObject({ unchanged: k, added: N - k, failed: 0 });
      const sdb = (store as SqlStore).db;
      // exactly once: one row per input text, and every article whole (its entity links, mentions and search row)
      expect((await sdb.get<{ n: number }>(`SELECT COUNT(DISTINCT content_hash) AS n FROM articles`))!.n).toBe(N);
      expect((await sdb.get<{ n: number }>(`SELECT COUNT(*) AS n FROM articles`))!.n).toBe(N);
      const partial = await sdb.all(`SELECT a.doc_id FROM articles a WHERE a.n_entities != (SELECT COUNT(*) FROM article_entities x WHERE x.article_id = a.id)
        OR NOT EXISTS (SELECT 1 FROM articles_fts WHERE articles_fts MATCH '"رقم"' AND rowid = a.id)`);
      expect(partial).toEqual([]);
      const texts = new Set<string>();
      for await (const a of store.exportAnalyses()) texts.add(a.text);
      expect(texts.size).toBe(N);
      expect((await store.check()).ok).toBe(true);
    } finally {
      await pool.close();
      await store.close();
    }
  }, 180000);
});
