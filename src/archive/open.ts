// Open (or create) an archive: a SQLite file path (default ./isnad.db, or ISNAD_DB) or a postgres:// URL.
// A foreign or corrupt file is refused with ArchiveFormatError, never overwritten.
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { PgDb, SqliteDb } from './db.ts';
import { ArchiveFormatError, migrate, SQLITE_APP_ID } from './schema.ts';
import { SqlStore } from './sqlstore.ts';
import { STEMMER_VERSION } from './stem.ts';
import type { Store } from './store.ts';

export { ArchiveFormatError };

export function resolveDbLocation(opt?: string): string {
  return opt || process.env.ISNAD_DB || './isnad.db';
}

export const isPgUrl = (s: string): boolean => /^postgres(ql)?:\/\//i.test(s);

/** URL without password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

const SQLITE_MAGIC = 'SQLite format 3\0';

export interface OpenOptions {
  readonly?: boolean;
}

export async function openStore(location?: string, opts: OpenOptions = {}): Promise<Store> {
  const loc = resolveDbLocation(location);
  if (isPgUrl(loc)) {
    const shown = redactUrl(loc);
    let db: PgDb;
    try {
      db = await PgDb.connect(loc);
    } catch (e) {
      throw new ArchiveFormatError(`cannot connect to ${shown}: ${(e as Error).message}`);
    }
    let version: number;
    try {
      version = await migrate(db, shown);
    } catch (e) {
      await db.close();
      throw e;
    }
    const store = new SqlStore(db, shown, async () =>
      Number((await db.get<{ n: number }>(`SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) AS n FROM pg_class c
        JOIN pg_namespace ns ON ns.oid = c.relnamespace WHERE ns.nspname = current_schema() AND c.relkind IN ('r', 'm')`))?.n ?? 0), version);
    await refreshIndex(store);
    await compact(store, shown);
    await repairEvents(store, shown);
    return store;
  }
  const path = resolve(loc);
  if (existsSync(path) && statSync(path).isDirectory()) throw new ArchiveFormatError(`${loc} is a directory, not an archive file`);
  if (existsSync(path) && statSync(path).size > 0) {
    const fd = openSync(path, 'r');
    const buf = Buffer.alloc(16);
    readSync(fd, buf, 0, 16, 0);
    closeSync(fd);
    if (buf.toString('latin1') !== SQLITE_MAGIC) throw new ArchiveFormatError(`${loc} is not an Isnad archive (not a SQLite database, or corrupt); refusing to overwrite it`);
  } else if (opts.readonly) {
    throw new ArchiveFormatError(`${loc}: no archive there (run \`isnad ingest\` first)`);
  }
  let raw: Database.Database;
  try {
    raw = new Database(path, { readonly: !!opts.readonly });
  } catch (e) {
    throw new ArchiveFormatError(`cannot open ${loc}: ${(e as Error).message}`);
  }
  const db = new SqliteDb(raw);
  let version: number;
  try {
    raw.pragma('busy_timeout = 10000');
    const appId = Number(raw.pragma('application_id', { simple: true }));
    if (appId !== 0 && appId !== SQLITE_APP_ID) throw new ArchiveFormatError(`${loc} is a SQLite database of another application (application_id ${appId}); refusing to touch it`);
    if (!opts.readonly) {
      raw.pragma('journal_mode = WAL');
      raw.pragma('synchronous = NORMAL');
      version = await migrate(db, loc);
      if (appId === 0) raw.pragma(`application_id = ${SQLITE_APP_ID}`);
    } else {
      version = await migrate(db, loc, { readonly: true }).catch((e) => {
        throw e instanceof ArchiveFormatError ? e : new ArchiveFormatError(`${loc}: ${(e as Error).message}`);
      });
    }
  } catch (e) {
    raw.close();
    if (e instanceof ArchiveFormatError) throw e;
    const code = (e as { code?: string }).code ?? '';
    if (/SQLITE_(NOTADB|CORRUPT)/.test(code)) throw new ArchiveFormatError(`${loc} is corrupt or not an Isnad archive (${(e as Error).message})`);
    throw e;
  }
  raw.pragma('cache_size = -32000');
  const store = new SqlStore(db, path, async () => {
    let n = 0;
    for (const f of [path, `${path}-wal`]) if (existsSync(f)) n += statSync(f).size;
    return n;
  }, version);
  if (!opts.readonly) {
    await refreshIndex(store);
    await compact(store, loc);
    await repairEvents(store, loc);
  }
  else if ((await store.indexVersion()) !== STEMMER_VERSION) {
    process.stderr.write(`isnad: the search index of ${loc} was built by an older version; run \`isnad db reindex\`\n`);
  }
  return store;
}

/** Articles stored by schema v1 are rewritten in the compact v2 form on the next writable open (storage.ts). */
async function compact(store: SqlStore, where: string): Promise<void> {
  // a flag in meta, so that opening a large archive does not scan it every time
  const done = await store.db.get<{ value: string }>(`SELECT value FROM meta WHERE key = 'storage_compacted'`);
  if (done?.value === '1') return;
  const n = (await store.uncompacted()) ? await store.compactStorage() : 0;
  if (n > 0) process.stderr.write(`isnad: ${n} stored analyses of ${where} rewritten in the compact form (schema v${store.schemaVersion})\n`);
  if (!(await store.uncompacted())) {
    await store.db.run(`INSERT INTO meta(key, value) VALUES ('storage_compacted', '1') ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
  }
}

/** Undated events that an older isnad stored at the publication date are set back to undated, once (flag in meta). */
async function repairEvents(store: SqlStore, where: string): Promise<void> {
  const done = await store.db.get<{ value: string }>(`SELECT value FROM meta WHERE key = 'undated_events_repaired'`);
  if (done?.value === '1') return;
  const n = await store.repairUndatedEvents();
  if (n > 0) process.stderr.write(`isnad: ${n} undated events of ${where} no longer placed at their publication date\n`);
  await store.db.run(`INSERT INTO meta(key, value) VALUES ('undated_events_repaired', '1') ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
}

/** An index built by an older stemmer is rebuilt on the next writable open (queries must fold the same way). */
async function refreshIndex(store: SqlStore): Promise<void> {
  if ((await store.indexVersion()) === STEMMER_VERSION) return;
  const n = await store.reindex();
  if (n > 0) process.stderr.write(`isnad: search index rebuilt for ${n} articles (stemmer v${STEMMER_VERSION})\n`);
}
