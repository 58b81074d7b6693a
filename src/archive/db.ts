// A small async SQL adapter over better-sqlite3 and pg, so the store's queries are written once.
// SQL uses `?` placeholders (converted to $1… for PostgreSQL); never put a literal '?' in SQL text.
import Database from 'better-sqlite3';
import pg from 'pg';
import type { BackendKind } from './store.ts';

/** Buffers bind as BLOB (SQLite) / bytea (PostgreSQL). */
export type Param = string | number | null | boolean | Buffer;

export interface Db {
  readonly kind: BackendKind;
  all<T = Record<string, unknown>>(sql: string, params?: Param[]): Promise<T[]>;
  get<T = Record<string, unknown>>(sql: string, params?: Param[]): Promise<T | undefined>;
  run(sql: string, params?: Param[]): Promise<number>;
  exec(sql: string): Promise<void>;
  /** Run fn in one transaction (BEGIN IMMEDIATE on SQLite). Nested calls join the outer one. */
  tx<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export class SqliteDb implements Db {
  readonly kind = 'sqlite' as const;
  private cache = new Map<string, Database.Statement>();
  private depth = 0;
  constructor(readonly raw: Database.Database) {}

  private stmt(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.raw.prepare(sql);
      if (this.cache.size > 500) this.cache.clear();
      this.cache.set(sql, s);
    }
    return s;
  }
  async all<T>(sql: string, params: Param[] = []): Promise<T[]> {
    return this.stmt(sql).all(...params.map(sqliteParam)) as T[];
  }
  async get<T>(sql: string, params: Param[] = []): Promise<T | undefined> {
    return this.stmt(sql).get(...params.map(sqliteParam)) as T | undefined;
  }
  async run(sql: string, params: Param[] = []): Promise<number> {
    return this.stmt(sql).run(...params.map(sqliteParam)).changes;
  }
  async exec(sql: string): Promise<void> {
    this.raw.exec(sql);
  }
  private queue: Promise<unknown> = Promise.resolve();
  /**
   * Transactions are queued: the connection is shared by every async caller, so two interleaved async
   * transactions would otherwise mix their statements. Nested tx() inside fn (through the handle it
   * receives) joins the running one.
   */
  async tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      this.raw.exec('BEGIN IMMEDIATE');
      this.depth++;
      try {
        const r = await fn(new Proxy(this, {
          get: (target, prop, recv) => (prop === 'tx' ? <U>(f: (db: Db) => Promise<U>) => f(recv as Db) : Reflect.get(target, prop, target)),
        }));
        this.raw.exec('COMMIT');
        return r;
      } catch (e) {
        if (this.raw.inTransaction) this.raw.exec('ROLLBACK');
        throw e;
      } finally {
        this.depth--;
      }
    };
    const p = this.queue.then(run, run);
    this.queue = p.catch(() => {});
    return p;
  }
  async close(): Promise<void> {
    this.cache.clear();
    if (this.raw.open) this.raw.close();
  }
}

const sqliteParam = (p: Param): string | number | null | Buffer => (typeof p === 'boolean' ? (p ? 1 : 0) : p);

/** `?` → `$1, $2…` */
export function pgSql(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    // bigint counts and numeric averages as JS numbers (archive sizes stay far below 2^53)
    if (oid === 20 || oid === 1700) return (v: string) => Number(v);
    return (pg.types.getTypeParser as (o: number, f?: 'text' | 'binary') => (v: string) => unknown)(oid, format);
  },
};

interface PgQueryable {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

class PgConn implements Db {
  readonly kind = 'postgres' as const;
  constructor(protected q: PgQueryable, protected readonly schema: string | null) {}
  async all<T>(sql: string, params: Param[] = []): Promise<T[]> {
    return (await this.q.query(pgSql(sql), params)).rows as T[];
  }
  async get<T>(sql: string, params: Param[] = []): Promise<T | undefined> {
    return (await this.q.query(pgSql(sql), params)).rows[0] as T | undefined;
  }
  async run(sql: string, params: Param[] = []): Promise<number> {
    return (await this.q.query(pgSql(sql), params)).rowCount ?? 0;
  }
  async exec(sql: string): Promise<void> {
    await this.q.query(sql);
  }
  async tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    return fn(this);
  }
  async close(): Promise<void> {}
}

export class PgDb extends PgConn {
  constructor(private pool: pg.Pool, schema: string | null) {
    super(pool, schema);
  }
  static async connect(url: string): Promise<PgDb> {
    const u = new URL(url);
    // ?schema=NAME selects a schema (tests use a fresh one per run)
    const schema = u.searchParams.get('schema');
    u.searchParams.delete('schema');
    if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name: ${schema}`);
    if (schema) {
      // create the schema first, then every pooled connection starts with it on the search_path
      const c0 = new pg.Client({ connectionString: u.toString() });
      await c0.connect();
      try {
        await c0.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      } finally {
        await c0.end();
      }
    }
    const pool = new pg.Pool({
      connectionString: u.toString(), max: 4, types: pgTypes,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    pool.on('error', () => {});
    const c = await pool.connect();
    c.release();
    return new PgDb(pool, schema);
  }
  override async tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const r = await fn(new PgConn(client as unknown as PgQueryable, this.schema));
      await client.query('COMMIT');
      return r;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }
  override async close(): Promise<void> {
    await this.pool.end();
  }
}
