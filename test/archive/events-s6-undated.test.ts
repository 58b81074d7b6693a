// Undated events (background «وكان … قد», planned events) stay undated in the archive: no publication date in
// their place in the event rows, the timelines, the entity pages or the PLOVER export; older archives that stored
// the publication date for them are set right on the next writable open, without touching the stored analyses.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/contract.ts';
import { PgDb, SqliteDb, type Db } from '../../src/archive/db.ts';
import { exportArchive, fallbackPlover } from '../../src/archive/export.ts';
import { openStore } from '../../src/archive/open.ts';
import type { SqlStore } from '../../src/archive/sqlstore.ts';
import type { Store } from '../../src/archive/store.ts';
import { BACKENDS } from './backends.ts';
import { synth } from './helpers.ts';

const TEXT = 'وكان الجيش قد انسحب من المدينة في وقت سابق، وأعلنت الحكومة يوم 5 حزيران 2020 عن خطة جديدة لإعادة الإعمار.';
const PUBLISHED = '2020-08-20';

function article(): Analysis {
  return synth(TEXT, { title: 'خطة إعادة الإعمار', outlet: 'وكالة تجريبية', published: PUBLISHED }, {
    entities: [
      { id: 'E1', type: 'ORG', name: 'الجيش', forms: ['الجيش'] },
      { id: 'E2', type: 'ORG', name: 'الحكومة', forms: ['الحكومة'] },
    ],
    events: [
      { id: 'V1', type: 'RETREAT', trigger: 'انسحب', actors: ['E1'], targets: [] },
      { id: 'V2', type: 'ACCUSE', trigger: 'أعلنت', actors: ['E2'], targets: [], date: '2020-06-05' },
    ],
  });
}

async function rawDb(location: string): Promise<Db> {
  return location.startsWith('postgres') ? PgDb.connect(location) : new SqliteDb(new Database(location));
}

const collect = async (s: Store) => {
  const out: Analysis[] = [];
  for await (const a of s.exportAnalyses()) out.push(a);
  return out;
};

async function plover(s: Store): Promise<Record<string, unknown>[]> {
  let out = '';
  await exportArchive(s, 'plover', (c) => { out += c; });
  return out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('fallback PLOVER record', () => {
  it('gives date and date_basis null for an undated event, the stated date otherwise', () => {
    const a = article();
    expect(a.events[0].date).toBeUndefined();
    const [u, d] = a.events.map((v) => fallbackPlover(v, a));
    expect(u.date).toBeNull();
    expect(u.date_basis).toBeNull();
    expect(d.date).toBe('2020-06-05');
    expect(d.date_basis).toBe('text');
  });
});

for (const backend of BACKENDS) {
  describe(`undated events on ${backend.name}`, () => {
    it('stores NULL for an undated event and the stated date for a dated one; readers keep them apart', async () => {
      const f = await backend.fresh();
      try {
        const a = article();
        expect((await f.store.putAnalysis(a)).status).toBe('added');
        const db = (f.store as SqlStore).db;
        const rows = await db.all<{ local_id: string; date_value: string | null; day: string | null; month: string | null }>(
          `SELECT local_id, date_value, day, month FROM events ORDER BY local_id`);
        expect(rows).toEqual([
          { local_id: 'V1', date_value: null, day: null, month: null },
          { local_id: 'V2', date_value: '2020-06-05', day: '2020-06-05', month: '2020-06' },
        ]);

        // event list: the undated one is listed, with date null (not the publication date)
        const ev = await f.store.events();
        expect(ev.total).toBe(2);
        const byId = new Map(ev.items.map((r) => [r.localId, r]));
        expect(byId.get('V1')?.date).toBeNull();
        expect(byId.get('V1')?.published).toBe(PUBLISHED);
        expect(byId.get('V2')?.date).toBe('2020-06-05');
        // a date range is about event dates: an undated event is in no range, the publication month included
        expect((await f.store.events({ from: '2020-08', to: '2020-08' })).total).toBe(0);
        expect((await f.store.events({ from: '2020-06', to: '2020-06' })).items.map((r) => r.localId)).toEqual(['V2']);

        // timelines: no bucket for the publication month, the dated event in its own month/day
        const months = await f.store.timeline({ granularity: 'month' });
        expect(months.map((b) => b.period)).toEqual(['2020-06']);
        expect(months[0].total).toBe(1);
        const days = await f.store.timeline({ granularity: 'day' });
        expect(days.map((b) => b.period)).toEqual(['2020-06-05']);

        // entity page and entity timeline of the actor of the undated event
        const army = (await f.store.findEntities({ name: 'الجيش', type: 'ORG' })).find((e) => e.name === 'الجيش');
        expect(army).toBeDefined();
        const p = await f.store.entityProfile(army!.id);
        expect(p?.eventsAsActor.map((r) => [r.localId, r.date])).toEqual([['V1', null]]);
        expect(await f.store.timeline({ granularity: 'month', entityId: army!.id })).toEqual([]);

        // PLOVER export of the archive: same shape as analyze --events-jsonl
        const recs = new Map((await plover(f.store)).map((r) => [String(r.id), r]));
        const u = recs.get(`${a.doc.id}-V1`);
        const d = recs.get(`${a.doc.id}-V2`);
        expect(u?.date).toBeNull();
        expect(u?.date_basis).toBeNull();
        expect(d?.date).toBe('2020-06-05');
        expect(d?.date_basis).toBe('text');

        // the stored analysis is what was put
        expect(JSON.stringify((await collect(f.store))[0])).toBe(JSON.stringify(a));
      } finally {
        await f.cleanup();
      }
    });

    it('an archive written before (undated events at the publication date) opens, reads and is set right', async () => {
      const f = await backend.fresh();
      let st: SqlStore | undefined;
      try {
        const a = article();
        // an older article whose event really is dated at publication (basis "published") must stay dated
        const old = synth('التقى الوزير نظيره في العاصمة لبحث التعاون.', { title: 'لقاء', published: '2020-07-01' }, {
          entities: [{ id: 'E1', type: 'PER', name: 'الوزير', forms: ['الوزير'] }],
          events: [{ id: 'V1', type: 'CONSULT', trigger: 'التقى', actors: ['E1'], targets: [] }],
        });
        old.events[0].date = { value: '2020-07-01', basis: 'published' };
        await f.store.putAnalysis(a);
        await f.store.putAnalysis(old);
        const before = await collect(f.store);
        // what the archive wrote before this change: the publication date for the undated event, no repair flag
        const raw = await rawDb(f.location);
        try {
          expect(await raw.run(`UPDATE events SET date_value = ?, day = ?, month = ? WHERE date_value IS NULL`, [PUBLISHED, PUBLISHED, '2020-08'])).toBe(1);
          await raw.run(`DELETE FROM meta WHERE key = 'undated_events_repaired'`);
        } finally {
          await raw.close();
        }

        if (backend.name === 'sqlite') {
          // read-only opens read it as it is and change nothing
          const ro = await openStore(f.location, { readonly: true });
          expect((await ro.events()).total).toBe(3);
          expect(JSON.stringify(await collect(ro))).toBe(JSON.stringify(before));
          await ro.close();
        }

        st = (await openStore(f.location)) as SqlStore;
        const rows = await st.db.all<{ local_id: string; published: string; date_value: string | null; month: string | null }>(
          `SELECT v.local_id, a.published, v.date_value, v.month FROM events v JOIN articles a ON a.id = v.article_id ORDER BY a.published, v.local_id`);
        expect(rows).toEqual([
          { local_id: 'V2', published: PUBLISHED, date_value: '2020-06-05', month: '2020-06' },
          { local_id: 'V1', published: '2020-07-01', date_value: '2020-07-01', month: '2020-07' },
          { local_id: 'V1', published: PUBLISHED, date_value: null, month: null },
        ].sort((x, y) => x.published.localeCompare(y.published) || x.local_id.localeCompare(y.local_id)));
        expect((await st.timeline({ granularity: 'month' })).map((b) => b.period)).toEqual(['2020-06', '2020-07']);
        expect(JSON.stringify(await collect(st))).toBe(JSON.stringify(before));
        expect((await st.db.get<{ value: string }>(`SELECT value FROM meta WHERE key = 'undated_events_repaired'`))?.value).toBe('1');
        expect((await st.check()).ok).toBe(true);
        // and it keeps working
        expect((await st.putAnalysis(a)).status).toBe('unchanged');
      } finally {
        await st?.close();
        await f.cleanup();
      }
    });
  });
}
