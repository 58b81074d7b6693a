// The store suites run on SQLite always and on PostgreSQL when ISNAD_TEST_PG is set (a fresh schema per run).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../../src/archive/open.ts';
import type { Store } from '../../src/archive/store.ts';

export interface Backend {
  name: string;
  /** A fresh, empty archive. */
  fresh(): Promise<{ store: Store; location: string; cleanup(): Promise<void> }>;
}

export const BACKENDS: Backend[] = [
  {
    name: 'sqlite',
    async fresh() {
      const dir = mkdtempSync(join(tmpdir(), 'isnad-store-'));
      const location = join(dir, 'a.db');
      const store = await openStore(location);
      return { store, location, cleanup: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
    },
  },
];

const PG = process.env.ISNAD_TEST_PG;
if (PG) {
  BACKENDS.push({
    name: 'postgres',
    async fresh() {
      const schema = `isnad_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
      const u = new URL(PG);
      u.searchParams.set('schema', schema);
      const location = u.toString();
      const store = await openStore(location);
      return {
        store, location,
        cleanup: async () => {
          await store.close();
          const c = new pg.Client({ connectionString: PG });
          await c.connect();
          await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          await c.end();
        },
      };
    },
  });
}
