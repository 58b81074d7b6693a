// Versioned schema for both backends. `meta` holds app_id (so a foreign database is recognised and never
// overwritten), schema_version and stemmer_version. SQLite also sets PRAGMA application_id/user_version.
import type { Db } from './db.ts';
import { STEMMER_VERSION } from './stem.ts';

export const APP_ID = 'isnad.archive';
/** PRAGMA application_id: "ISND". */
export const SQLITE_APP_ID = 0x49534e44;
export const SCHEMA_VERSION = 2;

export class ArchiveFormatError extends Error {}

/** Each migration: SQL with {ID} {BIG} {REAL} {BLOB} placeholders, per backend FTS part separately. */
const MIGRATIONS: { version: number; common: string; sqlite: string; postgres: string }[] = [
  {
    version: 1,
    common: `
CREATE TABLE articles (
  id {ID},
  doc_id TEXT NOT NULL UNIQUE,
  url TEXT UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  title TEXT, outlet TEXT, published TEXT, month TEXT,
  language TEXT NOT NULL,
  chars {BIG} NOT NULL,
  n_entities {BIG} NOT NULL, n_attributions {BIG} NOT NULL, n_events {BIG} NOT NULL,
  anonymous_share {REAL} NOT NULL,
  ingested_at TEXT NOT NULL,
  analysis TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet, published);
CREATE TABLE entities (
  id {ID},
  type TEXT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, norm_name TEXT NOT NULL,
  latin TEXT, lat {REAL}, lon {REAL}, country TEXT, titles TEXT
);
CREATE UNIQUE INDEX entities_type_key ON entities(type, key);
CREATE INDEX entities_norm ON entities(type, norm_name);
CREATE TABLE entity_aliases (
  entity_id {BIG} NOT NULL, alias_norm TEXT NOT NULL, alias TEXT NOT NULL, n {BIG} NOT NULL,
  PRIMARY KEY (entity_id, alias_norm)
);
CREATE INDEX entity_aliases_norm ON entity_aliases(alias_norm);
CREATE TABLE article_entities (
  article_id {BIG} NOT NULL, local_id TEXT NOT NULL, entity_id {BIG} NOT NULL, mentions {BIG} NOT NULL,
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX article_entities_entity ON article_entities(entity_id, article_id);
CREATE TABLE mentions (
  article_id {BIG} NOT NULL, entity_id {BIG} NOT NULL, s {BIG} NOT NULL, e {BIG} NOT NULL, text TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE TABLE sources (
  article_id {BIG} NOT NULL, local_id TEXT NOT NULL, kind TEXT NOT NULL, label TEXT NOT NULL, label_norm TEXT NOT NULL,
  entity_id {BIG}, side TEXT,
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX sources_entity ON sources(entity_id);
CREATE TABLE attributions (
  article_id {BIG} NOT NULL, local_id TEXT NOT NULL, kind TEXT NOT NULL, source_local TEXT NOT NULL,
  source_kind TEXT NOT NULL, source_label TEXT NOT NULL, source_entity_id {BIG},
  cue TEXT NOT NULL, content TEXT NOT NULL, content_s {BIG} NOT NULL, content_e {BIG} NOT NULL,
  recipient TEXT, via TEXT,
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX attributions_source_entity ON attributions(source_entity_id);
CREATE TABLE attribution_entities (
  article_id {BIG} NOT NULL, attribution_local TEXT NOT NULL, entity_id {BIG} NOT NULL,
  PRIMARY KEY (article_id, attribution_local, entity_id)
);
CREATE INDEX attribution_entities_entity ON attribution_entities(entity_id);
CREATE TABLE events (
  article_id {BIG} NOT NULL, local_id TEXT NOT NULL, type TEXT NOT NULL, mode TEXT,
  trig TEXT NOT NULL, trig_s {BIG} NOT NULL, trig_e {BIG} NOT NULL,
  date_value TEXT, day TEXT, month TEXT, place_entity_id {BIG}, negated {BIG} NOT NULL, attribution_local TEXT,
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX events_type_day ON events(type, day);
CREATE INDEX events_day ON events(day);
CREATE TABLE event_roles (
  article_id {BIG} NOT NULL, event_local TEXT NOT NULL, entity_id {BIG} NOT NULL, role TEXT NOT NULL,
  PRIMARY KEY (article_id, event_local, entity_id, role)
);
CREATE INDEX event_roles_entity ON event_roles(entity_id);
CREATE TABLE dates (
  article_id {BIG} NOT NULL, s {BIG} NOT NULL, e {BIG} NOT NULL, text TEXT NOT NULL, value TEXT,
  calendar TEXT NOT NULL, relative {BIG} NOT NULL
);
CREATE INDEX dates_article ON dates(article_id);
CREATE INDEX dates_value ON dates(value);
`,
    sqlite: `
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, alt, content='', contentless_delete=1,
  tokenize='unicode61 remove_diacritics 0');
`,
    postgres: `
CREATE TABLE articles_fts (article_id BIGINT PRIMARY KEY, tsv tsvector NOT NULL);
CREATE INDEX articles_fts_tsv ON articles_fts USING GIN (tsv);
`,
  },
  {
    // v2: the article text in its own column and the rest of the analysis JSON compressed (zlib), with its
    // "text" emptied (storage.ts). Rows written by v1 keep `analysis` (plain JSON) until they are compacted
    // (open.ts does it on the next writable open); readers accept both forms.
    version: 2,
    common: `
ALTER TABLE articles ADD COLUMN text TEXT;
ALTER TABLE articles ADD COLUMN analysis_z {BLOB};
DELETE FROM meta WHERE key = 'storage_compacted';
`,
    sqlite: '',
    // tsvectors written from now on are compressed with lz4 where the server has it (PostgreSQL ≥ 14 built with
    // lz4): ranking decompresses every candidate's tsvector and lz4 does it ~40% faster than the default pglz.
    // Existing rows keep pglz until rewritten (isnad db reindex); EXECUTE defers parsing so older servers skip it.
    postgres: `
DO $$ BEGIN
  EXECUTE 'ALTER TABLE articles_fts ALTER COLUMN tsv SET COMPRESSION lz4';
EXCEPTION WHEN OTHERS THEN NULL;
END $$;
`,
  },
];

function render(sql: string, kind: Db['kind']): string {
  return kind === 'sqlite'
    ? sql.replace(/\{ID\}/g, 'INTEGER PRIMARY KEY').replace(/\{BIG\}/g, 'INTEGER').replace(/\{REAL\}/g, 'REAL').replace(/\{BLOB\}/g, 'BLOB')
    : sql.replace(/\{ID\}/g, 'BIGSERIAL PRIMARY KEY').replace(/\{BIG\}/g, 'BIGINT').replace(/\{REAL\}/g, 'DOUBLE PRECISION').replace(/\{BLOB\}/g, 'BYTEA');
}

async function tableExists(db: Db, name: string): Promise<boolean> {
  if (db.kind === 'sqlite') {
    return !!(await db.get(`SELECT 1 AS x FROM sqlite_master WHERE type='table' AND name=?`, [name]));
  }
  return !!(await db.get(`SELECT 1 AS x FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?`, [name]));
}

async function countTables(db: Db): Promise<number> {
  const r = db.kind === 'sqlite'
    ? await db.get<{ n: number }>(`SELECT count(*) AS n FROM sqlite_master WHERE type IN ('table','view')`)
    : await db.get<{ n: number }>(`SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema()`);
  return Number(r?.n ?? 0);
}

/**
 * Check the database is ours (or empty) and bring it to SCHEMA_VERSION; returns the schema version the database
 * now has. Read-only: nothing is changed and an older (but known) version is returned as it is — the store reads
 * every version's layout. Throws ArchiveFormatError otherwise.
 */
export async function migrate(db: Db, where: string, opts: { readonly?: boolean } = {}): Promise<number> {
  if (opts.readonly && (await tableExists(db, 'meta'))) {
    const app = await db.get<{ value: string }>(`SELECT value FROM meta WHERE key = 'app_id'`);
    if (app?.value !== APP_ID) throw new ArchiveFormatError(`${where} is not an Isnad archive (app id ${JSON.stringify(app?.value ?? null)})`);
    const cur = Number((await db.get<{ value: string }>(`SELECT value FROM meta WHERE key = 'schema_version'`))?.value ?? 0);
    if (cur > SCHEMA_VERSION) throw new ArchiveFormatError(`${where} has schema version ${cur}, newer than this isnad (${SCHEMA_VERSION}); upgrade isnad`);
    if (cur >= 1) return cur;
  }
  if (!(await tableExists(db, 'meta'))) {
    if ((await countTables(db)) > 0) throw new ArchiveFormatError(`${where} is not an Isnad archive (it has other tables); refusing to touch it`);
    await db.tx(async (t) => {
      await t.exec(`CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
      await t.run(`INSERT INTO meta(key, value) VALUES ('app_id', ?), ('schema_version', '0'), ('stemmer_version', ?) ON CONFLICT (key) DO NOTHING`, [APP_ID, String(STEMMER_VERSION)]);
    });
  }
  const app = await db.get<{ value: string }>(`SELECT value FROM meta WHERE key = 'app_id'`);
  if (app?.value !== APP_ID) throw new ArchiveFormatError(`${where} is not an Isnad archive (app id ${JSON.stringify(app?.value ?? null)})`);
  const cur = Number((await db.get<{ value: string }>(`SELECT value FROM meta WHERE key = 'schema_version'`))?.value ?? 0);
  if (cur > SCHEMA_VERSION) throw new ArchiveFormatError(`${where} has schema version ${cur}, newer than this isnad (${SCHEMA_VERSION}); upgrade isnad`);
  for (const m of MIGRATIONS) {
    if (m.version <= cur) continue;
    await db.tx(async (t) => {
      await t.exec(render(m.common, db.kind));
      await t.exec(render(db.kind === 'sqlite' ? m.sqlite : m.postgres, db.kind));
      await t.run(`UPDATE meta SET value = ? WHERE key = 'schema_version'`, [String(m.version)]);
    });
  }
  return SCHEMA_VERSION;
}
