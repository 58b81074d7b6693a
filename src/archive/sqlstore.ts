// The Store over the SQL adapter: one implementation for SQLite and PostgreSQL. Only full-text search
// differs (FTS5 bm25 vs tsvector/ts_rank); both index the same JS-folded, light-stemmed terms (stem.ts).
import { createHash } from 'node:crypto';
import type { Analysis, EntityType, PloverType, SourceKind } from '../contract.ts';
import { normalize } from '../text/normalize.ts';
import type { Db, Param } from './db.ts';
import { SCHEMA_VERSION } from './schema.ts';
import { indexText, queryTerms, STEMMER_VERSION, type QueryTerm } from './stem.ts';
import { buildSnippets } from './snippet.ts';
import { articleRows, nameKey, type ArticleRows } from './rows.ts';
import { asBuffer, packAnalysis, repackWithId, unpackAnalysis, type StoredAnalysisRow } from './storage.ts';
import type {
  ArchiveStats, ArticleQuery, ArticleSummary, BackendKind, DateRange, EntityGraph, EntityProfile, EntityQuery,
  EntitySummary, EventQuery, EventRow, ExportQuery, GraphQuery, KnownArticle, MonthCount, OutletSummary, Page,
  PreparedArticle, ProfileOptions, PutOptions, PutResult, SearchHit, SearchQuery, SearchResult, SourcingMonth, SourcingProfile,
  StatementRow, Store, StoredArticle, TimelineBucket, TimelineQuery,
} from './store.ts';

/** Queries matching more articles rank (bm25 / ts_rank) only the newest RANK_CAP of them (ingest order). */
export const RANK_CAP = 2000;
/** PostgreSQL reads each candidate's tsvector to rank it: a smaller cap. */
export const PG_RANK_CAP = 1000;
/** Search totals are exact up to COUNT_CAP; beyond it `totalIsLowerBound` is set. */
export const COUNT_CAP = 10000;
/** Most (type, key) or (type, name) pairs in one entity lookup statement. */
const LOOKUP_PAIRS = 512;
/** Most articles stored in one transaction by putAnalysis' group commit. */
const PUT_BATCH = 64;

/** What putIn writes: the article's rows (rows.ts), its text and how to get its stored form for a given doc id. */
interface PutInput {
  rows: ArticleRows;
  text: string;
  /** The stored form (storage.ts) of the analysis with its own doc id, when prepared already (ingest workers). */
  packed?: Buffer;
  /** The stored form with doc id `id` (the doc id can change: a clash with another article, an update by URL). */
  pack: (id: string) => Buffer;
}

interface FoundEntity { id: number; type: string; key: string; norm_name: string; latin: string | null; lat: number | null; titles: string | null }

interface QueuedPut { input: PutInput; opts: PutOptions; resolve: (r: PutResult) => void; reject: (e: unknown) => void }

/** PutInput of a whole analysis (the store computes the rows). */
function inputOf(analysis: Analysis, opts: PutOptions): PutInput {
  return {
    rows: articleRows(analysis), text: analysis.text, ...(opts.packed ? { packed: asBuffer(opts.packed) } : {}),
    pack: (id) => packAnalysis(id === analysis.doc.id ? analysis : { ...analysis, doc: { ...analysis.doc, id } }),
  };
}

/** PutInput of an ingest worker's result: rows and stored form prepared, the analysis itself never built here. */
function inputOfPrepared(p: PreparedArticle): PutInput {
  const packed = asBuffer(p.packed);
  return { rows: p.rows, text: p.text, packed, pack: (id) => (id === p.rows.doc.id ? packed : repackWithId(packed, id)) };
}

/** Another process stored the same article/entity concurrently (PostgreSQL): a retry sees it committed. */
const retryable = (e: unknown) => ['23505', '40P01', '40001'].includes((e as { code?: string }).code ?? '');

const SOURCE_KINDS: SourceKind[] = ['named', 'anonymous', 'document', 'media', 'vague'];

/** Content hash over normalised text (folds, whitespace collapsed): the identity of an article's content. */
/** A real calendar day YYYY-MM-DD (src/input's isValidDay, kept here so the store does not load the HTML readers). */
function isRealDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[3]) >= 1 && Number(m[3]) <= new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
}

export function contentHash(text: string): string {
  return createHash('sha256').update(normalize(text).replace(/\s+/g, ' ').trim()).digest('hex');
}

export { nameKey };

function fromBound(v?: string): string | undefined {
  if (!v) return undefined;
  return v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v;
}
function toBound(v?: string): string | undefined {
  if (!v) return undefined;
  return v.length === 4 ? `${v}-12-31` : v.length === 7 ? `${v}-31` : v;
}

/** WHERE fragments over `articles a`. */
class Where {
  parts: string[] = [];
  params: Param[] = [];
  add(sql: string, ...p: Param[]): this {
    this.parts.push(sql);
    this.params.push(...p);
    return this;
  }
  range(col: string, r: DateRange): this {
    const f = fromBound(r.from);
    const t = toBound(r.to);
    if (f) this.add(`${col} >= ?`, f);
    if (t) this.add(`${col} <= ?`, t);
    return this;
  }
  sql(prefix = 'WHERE'): string {
    return this.parts.length ? `${prefix} ${this.parts.join(' AND ')}` : '';
  }
}

const ARTICLE_COLS = `a.id AS rid, a.doc_id, a.title, a.outlet, a.url, a.published, a.language, a.chars, a.n_entities,
  a.n_attributions, a.n_events, a.anonymous_share, a.ingested_at`;

interface ArticleRow {
  rid: number; doc_id: string; title: string | null; outlet: string | null; url: string | null; published: string | null;
  language: string; chars: number; n_entities: number; n_attributions: number; n_events: number; anonymous_share: number;
  ingested_at: string;
}

const toSummary = (r: ArticleRow): ArticleSummary => ({
  id: r.doc_id, title: r.title, outlet: r.outlet, url: r.url, published: r.published, language: r.language,
  chars: Number(r.chars), entities: Number(r.n_entities), attributions: Number(r.n_attributions), events: Number(r.n_events),
  anonymousShare: Number(r.anonymous_share), ingestedAt: r.ingested_at,
});

interface EntityRow {
  id: number; type: EntityType; name: string; key: string; latin: string | null; lat: number | null; lon: number | null;
  country: string | null; articles: number; mentions: number; first_seen: string | null; last_seen: string | null;
}

const ENTITY_AGG = `e.id, e.type, e.name, e.key, e.latin, e.lat, e.lon, e.country,
  COUNT(DISTINCT ae.article_id) AS articles, COALESCE(SUM(ae.mentions), 0) AS mentions,
  MIN(a.published) AS first_seen, MAX(a.published) AS last_seen`;

const toEntity = (r: EntityRow): EntitySummary => ({
  id: Number(r.id), type: r.type, name: r.name, key: r.key, latin: r.latin,
  geo: r.lat != null && r.lon != null ? { lat: Number(r.lat), lon: Number(r.lon), ...(r.country ? { country: r.country } : {}) } : null,
  ...(r.country ? { country: r.country } : {}),
  articles: Number(r.articles), mentions: Number(r.mentions), firstSeen: r.first_seen, lastSeen: r.last_seen,
});

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(',');

/** `INSERT INTO table (cols) VALUES (…), (…) suffix` for n rows (memoised: built for every chunk otherwise). */
const insertSqls = new Map<string, string>();
function insertSql(table: string, cols: string[], n: number, suffix: string): string {
  const k = `${table}\t${n}\t${suffix}\t${cols.join(',')}`;
  let sql = insertSqls.get(k);
  if (sql === undefined) {
    const one = `(${placeholders(cols.length)})`;
    sql = `INSERT INTO ${table} (${cols.join(', ')}) VALUES ${Array.from({ length: n }, () => one).join(', ')} ${suffix}`;
    if (insertSqls.size >= 2000) insertSqls.clear();
    insertSqls.set(k, sql);
  }
  return sql;
}

export class SqlStore implements Store {
  readonly backend: BackendKind;
  /**
   * @param schemaVersion the layout of the opened database: a read-only open leaves an older archive as it is
   *   (v1 rows keep the analysis JSON in `articles.analysis` only), so reads adapt to it.
   */
  constructor(readonly db: Db, readonly location: string, private readonly sizeOf: () => Promise<number>, readonly schemaVersion = SCHEMA_VERSION) {
    this.backend = db.kind;
  }

  /** SQL for an article's text (`articles` aliased or not): its own column since v2, else out of the JSON. */
  private textSql(col = ''): string {
    const fromJson = this.backend === 'sqlite' ? `json_extract(NULLIF(${col}analysis, ''), '$.text')` : `(NULLIF(${col}analysis, '')::json)->>'text'`;
    return this.schemaVersion >= 2 ? `COALESCE(${col}text, ${fromJson})` : fromJson;
  }

  /** Columns unpackAnalysis needs. */
  private analysisCols(col = ''): string {
    return this.schemaVersion >= 2 ? `${col}analysis, ${col}analysis_z, ${col}text` : `${col}analysis`;
  }

  // ── writes ──────────────────────────────────────────────────────────────────────────────────────────

  async findKnown(hash: string, url?: string | null): Promise<KnownArticle | null> {
    const r = await this.db.get<{ doc_id: string; content_hash: string; url: string | null; title: string | null; outlet: string | null; published: string | null }>(
      url ? `SELECT doc_id, content_hash, url, title, outlet, published FROM articles WHERE content_hash = ? OR url = ? ORDER BY (content_hash = ?) DESC LIMIT 1`
        : `SELECT doc_id, content_hash, url, title, outlet, published FROM articles WHERE content_hash = ? LIMIT 1`,
      url ? [hash, url, hash] : [hash]);
    return r ? { id: r.doc_id, contentHash: r.content_hash, url: r.url, title: r.title, outlet: r.outlet, published: r.published } : null;
  }

  private writes: Promise<unknown> = Promise.resolve();
  /** Writes of one Store are serialised (analysis runs in parallel, storing does not need to). */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    // puts handed in after this write go to a new batch, behind it: writes keep the order they were asked in
    this.openBatch = null;
    this.releaseHold?.();
    const p = this.writes.then(fn, fn);
    this.writes = p.catch(() => {});
    return p;
  }

  /** The batch that puts join, until its write starts (or another write is queued behind it). */
  private openBatch: QueuedPut[] | null = null;
  /** holdBatches(): how long a new batch waits for more puts, and the size that ends the wait. */
  private holdMs = 0;
  private holdSize = 0;
  /** Ends the current batch's wait early (it is full, or another write is queued). */
  private releaseHold: (() => void) | null = null;

  holdBatches(ms: number, size = 16): void {
    this.holdMs = Math.max(0, ms);
    this.holdSize = Math.max(1, Math.min(PUT_BATCH, size));
    if (!this.holdMs) this.releaseHold?.();
  }

  /**
   * Group commit: analyses handed in while a write is running (or in the same turn of the event loop) are stored
   * together in one transaction; if one fails, the batch is rolled back and redone one article per transaction,
   * so a failing article fails alone and every article is still all-or-nothing. One commit per batch instead of
   * per article: far fewer pages written (every article touches the entity-keyed indexes), fewer commits to sync.
   * The promise resolves once the article's transaction has committed.
   */
  async putAnalysis(analysis: Analysis, opts: PutOptions = {}): Promise<PutResult> {
    return this.enqueue(inputOf(analysis, opts), opts);
  }

  /** Store an ingest worker's prepared article (rows.ts + stored form): the same rows as putAnalysis of its analysis. */
  async putPrepared(article: PreparedArticle, opts: Omit<PutOptions, 'packed' | 'index'> = {}): Promise<PutResult> {
    return this.enqueue(inputOfPrepared(article), { ...opts, index: article.index });
  }

  private enqueue(input: PutInput, opts: PutOptions): Promise<PutResult> {
    return new Promise<PutResult>((resolve, reject) => {
      let batch = this.openBatch;
      if (!batch) {
        const mine: QueuedPut[] = [];
        void this.serial(async () => {
          // let this turn's other puts (and worker messages already waiting) join
          await new Promise((r) => setImmediate(r));
          // a streaming ingest (holdBatches) waits a little longer for more: fewer commits, each one writing the
          // shared index pages (entities, FTS segments) once for several articles
          if (this.holdMs && this.openBatch === mine && mine.length < this.holdSize) {
            await new Promise<void>((r) => {
              const timer = setTimeout(() => done(), this.holdMs);
              const done = () => {
                clearTimeout(timer);
                if (this.releaseHold === done) this.releaseHold = null;
                r();
              };
              this.releaseHold = done;
            });
          }
          if (this.openBatch === mine) this.openBatch = null;
          await this.storeBatch(mine);
        });
        batch = this.openBatch = mine;
      }
      batch.push({ input, opts, resolve, reject });
      if (this.holdMs && batch.length >= this.holdSize) this.releaseHold?.();
    });
  }

  private async storeBatch(queued: QueuedPut[]): Promise<void> {
    for (let i = 0; i < queued.length; i += PUT_BATCH) {
      const batch = queued.slice(i, i + PUT_BATCH);
      if (batch.length === 1) {
        const [p] = batch;
        await this.putOne(p.input, p.opts).then(p.resolve, p.reject);
        continue;
      }
      let results: PutResult[];
      try {
        results = await this.db.tx(async (t) => {
          const out: PutResult[] = [];
          for (const p of batch) out.push(await this.putIn(t, p.input, p.opts));
          return out;
        });
      } catch {
        // an article failed (or the commit did): the batch is rolled back and each article goes on its own, so
        // only the failing one fails (concurrent-writer conflicts are retried there)
        for (const p of batch) await this.putOne(p.input, p.opts).then(p.resolve, p.reject);
        continue;
      }
      batch.forEach((p, i) => p.resolve(results[i]));
    }
  }

  /** One article in its own transaction. */
  private async putOne(input: PutInput, opts: PutOptions): Promise<PutResult> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.db.tx((t) => this.putIn(t, input, opts));
      } catch (e) {
        if (attempt < 2 && retryable(e)) continue;
        throw e;
      }
    }
  }

  /** Bulk load: all analyses in one transaction (benchmarks, imports). */
  async putMany(analyses: Analysis[]): Promise<PutResult[]> {
    return this.serial(() => this.db.tx(async (t) => {
      const out: PutResult[] = [];
      for (const a of analyses) out.push(await this.putIn(t, inputOf(a, {}), {}));
      return out;
    }));
  }

  private async putIn(t: Db, input: PutInput, opts: PutOptions): Promise<PutResult> {
    const { rows } = input;
    const hash = opts.contentHash ?? contentHash(input.text);
    const url = rows.doc.url;
    const dup = await t.get<{ id: number; doc_id: string; content_hash: string; url: string | null }>(`SELECT id, doc_id, content_hash, url FROM articles WHERE content_hash = ?`, [hash]);
    const byUrl = opts.replace && dup ? dup
      : url ? await t.get<{ id: number; doc_id: string; content_hash: string; url: string | null }>(`SELECT id, doc_id, content_hash, url FROM articles WHERE url = ?`, [url]) : undefined;
    if (byUrl && opts.replace && url && url !== byUrl.url) {
      // replacing with a new address that another stored article already has: say so rather than break the unique url
      const other = await t.get<{ doc_id: string }>(`SELECT doc_id FROM articles WHERE url = ? AND id <> ?`, [url, byUrl.id]);
      if (other) throw new Error(`the URL ${url} belongs to another stored article (${other.doc_id})`);
    }
    if (byUrl) {
      if (byUrl.content_hash === hash && !opts.replace) return { status: 'unchanged', id: byUrl.doc_id };
      if (dup && dup.id !== byUrl.id) return { status: 'unchanged', id: dup.doc_id };
      await this.deleteChildren(t, byUrl.id);
      // the url too: a re-analysis with corrected metadata may give the article its address (the stored analysis and
      // the row must agree)
      await t.run(`UPDATE articles SET content_hash = ?, url = ?, title = ?, outlet = ?, published = ?, month = ?, language = ?, chars = ?,
        n_entities = ?, n_attributions = ?, n_events = ?, anonymous_share = ?, ingested_at = ?, analysis = ?, text = ?, analysis_z = ? WHERE id = ?`,
      [hash, url ?? null, ...this.articleValues(input, byUrl.doc_id), byUrl.id]);
      await this.insertChildren(t, byUrl.id, input, opts.index);
      return { status: 'updated', id: byUrl.doc_id };
    }
    if (dup) return { status: 'unchanged', id: dup.doc_id };
    let docId = rows.doc.id;
    if (await t.get(`SELECT 1 AS x FROM articles WHERE doc_id = ?`, [docId])) docId = `${docId}-${hash.slice(0, 8)}`;
    const row = await t.get<{ id: number }>(`INSERT INTO articles (doc_id, url, content_hash, title, outlet, published, month, language,
      chars, n_entities, n_attributions, n_events, anonymous_share, ingested_at, analysis, text, analysis_z)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`, [docId, url, hash, ...this.articleValues(input, docId)]);
    await this.insertChildren(t, Number(row!.id), input, opts.index);
    return { status: 'added', id: docId };
  }

  /**
   * Row values from title to analysis_z (storage.ts: the text apart, the rest compressed; `analysis` left empty),
   * for the article stored under doc id `docId`.
   */
  private articleValues(input: PutInput, docId: string): Param[] {
    const r = input.rows;
    const pub = r.doc.published;
    // the compressed form prepared by an ingest worker holds only when the article keeps its doc id
    const packed = input.packed && docId === r.doc.id ? input.packed : input.pack(docId);
    return [r.doc.title, r.doc.outlet, pub, pub && pub.length >= 7 ? pub.slice(0, 7) : null, r.doc.language,
      r.chars, r.nEntities, r.nAttributions, r.nEvents, r.anonymousShare, new Date().toISOString(), '', input.text, packed];
  }

  private async deleteChildren(t: Db, id: number): Promise<void> {
    for (const table of ['article_entities', 'mentions', 'sources', 'attributions', 'attribution_entities', 'events', 'event_roles', 'dates']) {
      await t.run(`DELETE FROM ${table} WHERE article_id = ?`, [id]);
    }
    if (t.kind === 'sqlite') await t.run(`DELETE FROM articles_fts WHERE rowid = ?`, [id]);
    else await t.run(`DELETE FROM articles_fts WHERE article_id = ?`, [id]);
  }

  /** Multi-row INSERT in chunks (one round trip per chunk: PostgreSQL latency dominates otherwise). */
  private async insertRows(t: Db, table: string, cols: string[], rows: Param[][], suffix = ''): Promise<void> {
    let per = Math.max(1, Math.floor(800 / cols.length));
    // SQLite: chunks of power-of-two sizes only, so the few statements are prepared once and reused from the
    // statement cache (a statement per distinct row count was re-prepared for nearly every article)
    if (t.kind === 'sqlite') per = 2 ** Math.floor(Math.log2(per));
    for (let i = 0; i < rows.length;) {
      let n = Math.min(per, rows.length - i);
      if (t.kind === 'sqlite') n = 2 ** Math.floor(Math.log2(n));
      const chunk = rows.slice(i, i + n);
      i += n;
      await t.run(insertSql(table, cols, n, suffix), chunk.flat());
    }
  }

  /**
   * Link the article's entities to archive entities, conservatively: same type + key (Entity.key), else
   * same type + folded name. New ones are inserted in one statement. Returns local id → archive id.
   */
  private async linkEntities(t: Db, items: ArticleRows['entities']): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    if (!items.length) return out;
    const found = await this.lookupEntities(t, items);
    const byKey = new Map<string, (typeof found)[number]>();
    const byNorm = new Map<string, (typeof found)[number]>();
    for (const r of found) {
      byKey.set(`${r.type}\t${r.key}`, r);
      if (!byNorm.has(`${r.type}\t${r.norm_name}`)) byNorm.set(`${r.type}\t${r.norm_name}`, r);
    }
    const missing = new Map<string, typeof items>();
    const missingNorm = new Map<string, string>();
    for (const x of items) {
      // (s8) a state institution keyed by its country ("ORG:وزاره الداخليه@IQ", Entity.country) links by key only: the
      // same name is another country's institution
      const viaNorm = byNorm.get(`${x.type}\t${x.norm}`);
      const hit = byKey.get(`${x.type}\t${x.key}`) ?? (viaNorm && !x.key.includes('@') && !String(viaNorm.key).includes('@') ? viaNorm : undefined);
      if (hit) {
        out.set(x.id, Number(hit.id));
        if ((x.latin && !hit.latin) || (x.lat != null && hit.lat == null) || (x.titles && !hit.titles)) {
          await t.run(`UPDATE entities SET latin = COALESCE(latin, ?), lat = COALESCE(lat, ?), lon = COALESCE(lon, ?), country = COALESCE(country, ?),
            titles = COALESCE(titles, ?) WHERE id = ?`,
          [x.latin, x.lat, x.lon, x.country, x.titles, hit.id]);
        }
        continue;
      }
      // two local entities of one article with the same key or name become one archive entity
      const k = missingNorm.get(`${x.type}\t${x.norm}`) ?? `${x.type}\t${x.key}`;
      missingNorm.set(`${x.type}\t${x.norm}`, k);
      const group = missing.get(k);
      if (group) group.push(x);
      else missing.set(k, [x]);
    }
    if (missing.size) {
      const rows = [...missing.values()].map((g) => {
        const { type, key, name, norm } = g[0];
        const latin = g.find((x) => x.latin)?.latin ?? null;
        const geo = g.find((x) => x.lat != null);
        const titles = g.find((x) => x.titles)?.titles ?? null;
        return [type, key, name, norm, latin, geo?.lat ?? null, geo?.lon ?? null, geo?.country ?? g.find((x) => x.country)?.country ?? null, titles];
      });
      const groups = [...missing.values()];
      const per = 80;
      for (let i = 0; i < rows.length; i += per) {
        const chunk = rows.slice(i, i + per);
        const ret = await t.all<{ id: number; type: string; key: string }>(`INSERT INTO entities (type, key, name, norm_name, latin, lat, lon, country, titles)
          VALUES ${chunk.map(() => `(${placeholders(9)})`).join(', ')} ON CONFLICT (type, key) DO UPDATE SET key = excluded.key RETURNING id, type, key`, chunk.flat());
        const idOf = new Map(ret.map((r) => [`${r.type}\t${r.key}`, Number(r.id)]));
        for (const g of groups.slice(i, i + per)) {
          const id = idOf.get(`${g[0].type}\t${g[0].key}`);
          if (id == null) throw new Error(`entity insert returned no id for ${g[0].name}`);
          for (const x of g) out.set(x.id, id);
        }
      }
    }
    return out;
  }

  /**
   * Archive entities with the same type and key, or the same type and folded name, as one of `items`, by id. The
   * (type, key) and (type, norm_name) pairs go through their indexes (a join with a VALUES list, one per index: an
   * OR of the two is a table scan on PostgreSQL): a lookup by key or name alone (no type) scanned the whole entities
   * table for every article, a cost growing with the archive (≈ 24 CPU-ms per article at 100k entities on SQLite,
   * ≈ 40 ms on PostgreSQL). The pair lists are padded to a power of two (repeating the last pair) so a handful of
   * statements serve every article.
   */
  private async lookupEntities(t: Db, items: ArticleRows['entities']): Promise<FoundEntity[]> {
    // a pair list of at most LOOKUP_PAIRS: bounded statements (parameter limits) for articles with many entities
    const pairs = (f: (x: ArticleRows['entities'][number]) => string) => {
      const seen = new Set<string>();
      let out: string[] = [];
      const lists = [out];
      for (const x of items) {
        const v = f(x);
        if (seen.has(`${x.type}\t${v}`)) continue;
        seen.add(`${x.type}\t${v}`);
        if (out.length === 2 * LOOKUP_PAIRS) lists.push((out = []));
        out.push(x.type, v);
      }
      for (const l of lists) {
        const n = l.length / 2;
        const size = 2 ** Math.ceil(Math.log2(n));
        const [lt, lv] = l.slice(-2);
        for (let i = n; i < size; i++) l.push(lt, lv);
      }
      return lists;
    };
    const keys = pairs((x) => x.key);
    const norms = pairs((x) => x.norm);
    const values = (n: number) => `VALUES ${Array.from({ length: n }, () => '(?, ?)').join(', ')}`;
    const found = new Map<number, FoundEntity>();
    for (let c = 0; c < Math.max(keys.length, norms.length); c++) {
      const k = keys[c] ?? keys[0];
      const m = norms[c] ?? norms[0];
      const rows = await t.all<FoundEntity>(`SELECT e.id, e.type, e.key, e.norm_name, e.latin, e.lat, e.titles FROM entities e
          JOIN (${values(k.length / 2)}) AS v ON e.type = v.column1 AND e.key = v.column2
        UNION SELECT e.id, e.type, e.key, e.norm_name, e.latin, e.lat, e.titles FROM entities e
          JOIN (${values(m.length / 2)}) AS v ON e.type = v.column1 AND e.norm_name = v.column2 ORDER BY id`, [...k, ...m]);
      for (const r of rows) found.set(Number(r.id), r);
    }
    return [...found.values()].sort((a, b) => Number(a.id) - Number(b.id));
  }

  private async insertChildren(t: Db, id: number, input: PutInput, pre?: PutOptions['index']): Promise<void> {
    const r = input.rows;
    // FTS text: prepared by the ingest worker when it used the same stemmer (saves the main thread)
    const ok = pre && pre.stemmer === STEMMER_VERSION;
    const ti = ok ? pre.title : indexText(r.doc.title ?? '');
    const bi = ok ? pre.body : indexText(input.text);
    const alt = [ti.alts, bi.alts].filter(Boolean).join(' ');
    if (t.kind === 'sqlite') {
      await t.run(`INSERT INTO articles_fts (rowid, title, body, alt) VALUES (?, ?, ?, ?)`, [id, ti.stems, bi.stems, alt]);
    } else {
      await t.run(`INSERT INTO articles_fts (article_id, tsv) VALUES (?, setweight(to_tsvector('simple', ?), 'A') ||
        setweight(to_tsvector('simple', ?), 'B') || setweight(to_tsvector('simple', ?), 'C'))`, [id, ti.stems, bi.stems, alt]);
    }
    const entityOf = await this.linkEntities(t, r.entities);
    const eidOf = (local: string | null) => (local ? entityOf.get(local) ?? null : null);
    const aliasRows = new Map<string, Param[]>();
    for (const [local, k, alias] of r.aliases) {
      const eid = entityOf.get(local)!;
      if (!aliasRows.has(`${eid}\t${k}`)) aliasRows.set(`${eid}\t${k}`, [eid, k, alias, 1]);
    }
    await this.insertRows(t, 'article_entities', ['article_id', 'local_id', 'entity_id', 'mentions'], r.entities.map((e) => [id, e.id, entityOf.get(e.id)!, e.mentions]));
    await this.insertRows(t, 'entity_aliases', ['entity_id', 'alias_norm', 'alias', 'n'], [...aliasRows.values()], 'ON CONFLICT (entity_id, alias_norm) DO NOTHING');
    await this.insertRows(t, 'mentions', ['article_id', 'entity_id', 's', 'e', 'text'], r.mentions.map(([local, s, e, text]) => [id, entityOf.get(local)!, s, e, text]));
    await this.insertRows(t, 'sources', ['article_id', 'local_id', 'kind', 'label', 'label_norm', 'entity_id', 'side'],
      r.sources.map(([local, kind, label, norm, ent, side]) => [id, local, kind, label, norm, eidOf(ent), side]));
    const aboutRows: Param[][] = [];
    r.attributions.forEach((q, i) => {
      for (const eid of new Set(r.about[i].map((local) => entityOf.get(local)!))) aboutRows.push([id, q[0], eid]);
    });
    await this.insertRows(t, 'attributions', ['article_id', 'local_id', 'kind', 'source_local', 'source_kind', 'source_label', 'source_entity_id', 'cue',
      'content', 'content_s', 'content_e', 'recipient', 'via'], r.attributions.map((q) => [id, q[0], q[1], q[2], q[3], q[4], eidOf(q[5]), q[6], q[7], q[8], q[9], q[10], q[11]]));
    await this.insertRows(t, 'attribution_entities', ['article_id', 'attribution_local', 'entity_id'], aboutRows, 'ON CONFLICT DO NOTHING');
    const roleRows = new Map<string, Param[]>();
    for (const [event, local, role] of r.roles) {
      const eid = entityOf.get(local);
      if (eid != null) roleRows.set(`${event}\t${eid}\t${role}`, [id, event, eid, role]);
    }
    await this.insertRows(t, 'events', ['article_id', 'local_id', 'type', 'mode', 'trig', 'trig_s', 'trig_e', 'date_value', 'day', 'month',
      'place_entity_id', 'negated', 'attribution_local'], r.events.map((v) => [id, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], eidOf(v[9]), v[10], v[11]]));
    await this.insertRows(t, 'event_roles', ['article_id', 'event_local', 'entity_id', 'role'], [...roleRows.values()], 'ON CONFLICT DO NOTHING');
    await this.insertRows(t, 'dates', ['article_id', 's', 'e', 'text', 'value', 'calendar', 'relative'], r.dates.map((d) => [id, ...d]));
  }

  async deleteArticle(docId: string): Promise<boolean> {
    return this.serial(() => this.db.tx(async (t) => {
      const r = await t.get<{ id: number }>(`SELECT id FROM articles WHERE doc_id = ?`, [docId]);
      if (!r) return false;
      await this.deleteChildren(t, Number(r.id));
      await t.run(`DELETE FROM articles WHERE id = ?`, [r.id]);
      return true;
    }));
  }

  // ── reads ───────────────────────────────────────────────────────────────────────────────────────────

  async stats(): Promise<ArchiveStats> {
    const n = async (sql: string) => Number((await this.db.get<{ n: number }>(sql))?.n ?? 0);
    const span = await this.db.get<{ lo: string | null; hi: string | null }>(`SELECT MIN(published) AS lo, MAX(published) AS hi FROM articles`);
    return {
      backend: this.backend, location: this.location, schemaVersion: this.schemaVersion,
      articles: await n(`SELECT COUNT(*) AS n FROM articles`),
      entities: await n(`SELECT COUNT(DISTINCT entity_id) AS n FROM article_entities`),
      mentions: await n(`SELECT COUNT(*) AS n FROM mentions`),
      sources: await n(`SELECT COUNT(*) AS n FROM sources`),
      attributions: await n(`SELECT COUNT(*) AS n FROM attributions`),
      events: await n(`SELECT COUNT(*) AS n FROM events`),
      dates: await n(`SELECT COUNT(*) AS n FROM dates`),
      outlets: await n(`SELECT COUNT(DISTINCT outlet) AS n FROM articles`),
      firstPublished: span?.lo ?? null, lastPublished: span?.hi ?? null,
      bytes: await this.sizeOf(),
    };
  }

  private articleWhere(q: ArticleQuery & { outlet?: string }): Where {
    const w = new Where();
    if (q.outlet) w.add(`a.outlet = ?`, q.outlet);
    w.range('a.published', q);
    if (q.entityId != null) w.add(`a.id IN (SELECT article_id FROM article_entities WHERE entity_id = ?)`, q.entityId);
    return w;
  }

  async listArticles(q: ArticleQuery = {}): Promise<Page<ArticleSummary>> {
    const w = this.articleWhere(q);
    const order = q.order === 'published-asc' ? `a.published IS NULL, a.published ASC, a.id ASC`
      : q.order === 'ingested-desc' ? `a.id DESC` : `a.published IS NULL, a.published DESC, a.id DESC`;
    const total = Number((await this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM articles a ${w.sql()}`, w.params))?.n ?? 0);
    const rows = await this.db.all<ArticleRow>(`SELECT ${ARTICLE_COLS} FROM articles a ${w.sql()} ORDER BY ${order} LIMIT ? OFFSET ?`,
      [...w.params, q.limit ?? 50, q.offset ?? 0]);
    return { total, items: rows.map(toSummary) };
  }

  async getArticle(docId: string): Promise<StoredArticle | null> {
    const r = await this.db.get<ArticleRow & StoredAnalysisRow & { content_hash: string }>(
      `SELECT ${ARTICLE_COLS}, ${this.analysisCols('a.')}, a.content_hash FROM articles a WHERE a.doc_id = ?`, [docId]);
    if (!r) return null;
    return { ...toSummary(r), contentHash: r.content_hash, analysis: unpackAnalysis(r) };
  }

  private ftsExpr(terms: QueryTerm[]): string {
    if (this.backend === 'sqlite') return terms.map((t) => `(${t.forms.map((f) => `"${f}"`).join(' OR ')})`).join(' AND ');
    return terms.map((t) => `(${t.forms.map((f) => `'${f}'`).join(' | ')})`).join(' & ');
  }

  async search(q: SearchQuery): Promise<SearchResult> {
    const terms = queryTerms(q.q ?? '');
    const w = new Where();
    if (q.outlet) w.add(`a.outlet = ?`, q.outlet);
    w.range('a.published', q);
    let resolved: EntitySummary[] | undefined;
    if (q.entity != null && q.entity !== '') {
      resolved = typeof q.entity === 'number' || /^\d+$/.test(String(q.entity))
        ? [await this.getEntity(Number(q.entity))].filter((e): e is EntitySummary => !!e)
        : await this.findEntities({ name: String(q.entity), type: q.type, limit: 20 });
      if (!resolved.length) return { total: 0, terms: terms.map((t) => t.forms[0]), hits: [], entities: [] };
      w.add(`a.id IN (SELECT article_id FROM article_entities WHERE entity_id IN (${placeholders(resolved.length)}))`, ...resolved.map((e) => e.id));
    } else if (q.type) {
      w.add(`a.id IN (SELECT ae.article_id FROM article_entities ae JOIN entities e ON e.id = ae.entity_id WHERE e.type = ?)`, q.type);
    }
    if (q.sourceKind) w.add(`EXISTS (SELECT 1 FROM attributions t WHERE t.article_id = a.id AND t.source_kind = ?)`, q.sourceKind);
    if (q.eventType) w.add(`EXISTS (SELECT 1 FROM events v WHERE v.article_id = a.id AND v.type = ?)`, q.eventType);
    const limit = q.limit ?? 20;
    const offset = q.offset ?? 0;
    let total: number;
    let rows: (ArticleRow & { score: number; text?: string | null })[];
    if (!terms.length) {
      total = Number((await this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM articles a ${w.sql()}`, w.params))?.n ?? 0);
      rows = await this.db.all(`SELECT ${ARTICLE_COLS}, 0 AS score FROM articles a ${w.sql()}
        ORDER BY a.published IS NULL, a.published DESC, a.id DESC LIMIT ? OFFSET ?`, [...w.params, limit, offset]);
    } else if (this.backend === 'sqlite') {
      const expr = this.ftsExpr(terms);
      const from = w.parts.length ? `articles_fts JOIN articles a ON a.id = articles_fts.rowid` : `articles_fts`;
      // counting stops at COUNT_CAP (FTS5 iterates lazily): "more than 10000" is all a reader needs
      total = Number((await this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM (SELECT articles_fts.rowid FROM ${from} WHERE articles_fts MATCH ? ${w.sql('AND')}
        LIMIT ${COUNT_CAP + 1})`, [expr, ...w.params]))?.n ?? 0);
      // Very common queries: rank (bm25) only the newest RANK_CAP matches, so latency stays bounded on large archives.
      let floor = 0;
      if (total > RANK_CAP) {
        floor = Number((await this.db.get<{ r: number }>(`SELECT articles_fts.rowid AS r FROM ${from} WHERE articles_fts MATCH ? ${w.sql('AND')}
          ORDER BY articles_fts.rowid DESC LIMIT 1 OFFSET ?`, [expr, ...w.params, RANK_CAP - 1]))?.r ?? 0);
      }
      // bm25() (not the `rank` column: with `rank MATCH` FTS5 ignored the rowid range); column weights title/body/alt
      rows = w.parts.length
        ? await this.db.all(`SELECT ${ARTICLE_COLS}, -bm25(articles_fts, 3.0, 1.0, 0.4) AS score FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
          WHERE articles_fts MATCH ? AND articles_fts.rowid >= ? ${w.sql('AND')} ORDER BY score DESC, a.id DESC LIMIT ? OFFSET ?`, [expr, floor, ...w.params, limit, offset])
        : await this.db.all(`SELECT ${ARTICLE_COLS}, r.score FROM (SELECT rowid AS rid, -bm25(articles_fts, 3.0, 1.0, 0.4) AS score FROM articles_fts
          WHERE articles_fts MATCH ? AND rowid >= ? ORDER BY score DESC, rowid DESC LIMIT ? OFFSET ?) r JOIN articles a ON a.id = r.rid
          ORDER BY r.score DESC, a.id DESC`, [expr, floor, limit, offset]);
    } else {
      const expr = this.ftsExpr(terms);
      const from = `articles_fts f ${w.parts.length ? 'JOIN articles a ON a.id = f.article_id' : ''} WHERE f.tsv @@ to_tsquery('simple', ?) ${w.sql('AND')}`;
      // Matches come from the GIN index alone (a bitmap scan: exact for these queries, no tsvector read). Left to
      // itself the planner walks the primary key and tests every row's tsvector — each one a TOAST fetch and
      // decompression, which it does not cost — so common or mid-frequency terms took 0.2–1.5 s at 100k articles.
      const { n, ids } = await this.db.tx(async (t) => {
        await t.get(`SELECT set_config('enable_seqscan', 'off', true) AS a, set_config('enable_indexscan', 'off', true) AS b`);
        const n = Number((await t.get<{ n: number }>(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM ${from} LIMIT ${COUNT_CAP + 1}) x`, [expr, ...w.params]))?.n ?? 0);
        // rank (ts_rank) only the newest PG_RANK_CAP matches
        const ids = n ? (await t.all<{ id: number }>(`SELECT f.article_id AS id FROM ${from} ORDER BY f.article_id DESC LIMIT ${PG_RANK_CAP}`, [expr, ...w.params]))
          .map((r) => Number(r.id)) : [];
        return { n, ids };
      });
      total = n;
      // then only those candidates' tsvectors are read (by primary key), and only the page's articles
      // (with the texts for the snippets: one round trip less)
      rows = ids.length ? await this.db.all(`SELECT ${ARTICLE_COLS}, ${this.textSql('a.')} AS text, r.score FROM (SELECT f.article_id,
          ts_rank('{0.1, 0.2, 0.5, 1.0}', f.tsv, to_tsquery('simple', ?)) AS score FROM articles_fts f WHERE f.article_id = ANY(?::bigint[])
          ORDER BY score DESC, f.article_id DESC LIMIT ? OFFSET ?) r JOIN articles a ON a.id = r.article_id ORDER BY r.score DESC, a.id DESC`,
      [expr, `{${ids.join(',')}}`, limit, offset]) : [];
    }
    const hits: SearchHit[] = [];
    if (rows.length) {
      // only the text is needed: its own column (v1 rows: out of the stored JSON)
      const texts = rows[0].text !== undefined ? rows.map((r) => ({ id: r.rid, text: r.text ?? '' }))
        : await this.db.all<{ id: number; text: string }>(
          `SELECT id, ${this.textSql()} AS text FROM articles WHERE id IN (${placeholders(rows.length)})`, rows.map((r) => r.rid));
      const byId = new Map(texts.map((r) => [Number(r.id), r.text ?? '']));
      for (const r of rows) {
        const sn = buildSnippets(byId.get(Number(r.rid)) ?? '', r.title ?? '', terms);
        hits.push({ article: toSummary(r), score: Number(r.score), snippets: sn.snippets, matches: sn.matches });
      }
    }
    const out: SearchResult = { total: Math.min(total, COUNT_CAP), terms: terms.map((t) => t.forms[0]), hits };
    if (total > COUNT_CAP) out.totalIsLowerBound = true;
    if (resolved) out.entities = resolved;
    return out;
  }

  // ── entities ────────────────────────────────────────────────────────────────────────────────────────

  private async entitySummaries(ids: number[]): Promise<Map<number, EntitySummary>> {
    const out = new Map<number, EntitySummary>();
    if (!ids.length) return out;
    const rows = await this.db.all<EntityRow>(`SELECT ${ENTITY_AGG} FROM entities e
      LEFT JOIN article_entities ae ON ae.entity_id = e.id LEFT JOIN articles a ON a.id = ae.article_id
      WHERE e.id IN (${placeholders(ids.length)}) GROUP BY e.id`, ids);
    for (const r of rows) out.set(Number(r.id), toEntity(r));
    return out;
  }

  async getEntity(id: number): Promise<EntitySummary | null> {
    return (await this.entitySummaries([id])).get(id) ?? null;
  }

  async findEntities(q: EntityQuery): Promise<EntitySummary[]> {
    const w = new Where();
    if (q.type) w.add(`e.type = ?`, q.type);
    if (q.name) {
      const k = nameKey(q.name) || normalize(q.name);
      if (q.prefix) {
        const like = `${k.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        w.add(`(e.norm_name LIKE ? ESCAPE '\\' OR e.key LIKE ? ESCAPE '\\' OR e.id IN (SELECT entity_id FROM entity_aliases WHERE alias_norm LIKE ? ESCAPE '\\'))`, like, like, like);
      } else {
        w.add(`(e.norm_name = ? OR e.key = ? OR e.key = ? OR e.id IN (SELECT entity_id FROM entity_aliases WHERE alias_norm = ?))`, k, k, normalize(q.name), k);
      }
    }
    const rows = await this.db.all<EntityRow>(`SELECT ${ENTITY_AGG} FROM entities e
      JOIN article_entities ae ON ae.entity_id = e.id JOIN articles a ON a.id = ae.article_id
      ${w.sql()} GROUP BY e.id ORDER BY COUNT(DISTINCT ae.article_id) DESC, e.id ASC LIMIT ? OFFSET ?`,
    [...w.params, q.limit ?? 50, q.offset ?? 0]);
    return rows.map(toEntity);
  }

  private async statementRows(sqlFrom: string, params: Param[], limit: number): Promise<StatementRow[]> {
    const rows = await this.db.all<{
      doc_id: string; title: string | null; published: string | null; outlet: string | null; kind: 'direct' | 'indirect';
      source_kind: SourceKind; source_label: string; source_entity_id: number | null; cue: string; content: string; content_s: number; content_e: number;
    }>(`SELECT a.doc_id, a.title, a.published, a.outlet, t.kind, t.source_kind, t.source_label, t.source_entity_id, t.cue, t.content,
      t.content_s, t.content_e ${sqlFrom} ORDER BY a.published IS NULL, a.published DESC, a.id DESC, t.content_s ASC LIMIT ?`, [...params, limit]);
    return rows.map((r) => ({
      articleId: r.doc_id, articleTitle: r.title, published: r.published, outlet: r.outlet, kind: r.kind, sourceKind: r.source_kind,
      sourceLabel: r.source_label, sourceEntityId: r.source_entity_id == null ? null : Number(r.source_entity_id), cue: r.cue,
      content: r.content, contentStart: Number(r.content_s), contentEnd: Number(r.content_e),
    }));
  }

  private async eventRows(sqlFrom: string, params: Param[], limit: number, offset = 0): Promise<EventRow[]> {
    const rows = await this.db.all<{
      article_id: number; doc_id: string; title: string | null; published: string | null; outlet: string | null; local_id: string;
      type: PloverType; mode: string | null; trig: string; trig_s: number; trig_e: number; date_value: string | null; negated: number;
      place_entity_id: number | null;
    }>(`SELECT v.article_id, a.doc_id, a.title, a.published, a.outlet, v.local_id, v.type, v.mode, v.trig, v.trig_s, v.trig_e, v.date_value,
      v.negated, v.place_entity_id ${sqlFrom} ORDER BY v.date_value IS NULL, v.date_value DESC, a.id DESC, v.trig_s ASC LIMIT ? OFFSET ?`,
    [...params, limit, offset]);
    if (!rows.length) return [];
    const artIds = [...new Set(rows.map((r) => Number(r.article_id)))];
    const roles = await this.db.all<{ article_id: number; event_local: string; entity_id: number; role: string; name: string; type: EntityType }>(
      `SELECT r.article_id, r.event_local, r.entity_id, r.role, e.name, e.type FROM event_roles r JOIN entities e ON e.id = r.entity_id
       WHERE r.article_id IN (${placeholders(artIds.length)})`, artIds);
    const placeIds = [...new Set(rows.map((r) => r.place_entity_id).filter((x): x is number => x != null).map(Number))];
    const places = placeIds.length
      ? new Map((await this.db.all<{ id: number; name: string }>(`SELECT id, name FROM entities WHERE id IN (${placeholders(placeIds.length)})`, placeIds)).map((p) => [Number(p.id), p.name]))
      : new Map<number, string>();
    const byEvent = new Map<string, typeof roles>();
    for (const r of roles) {
      const k = `${r.article_id}/${r.event_local}`;
      const l = byEvent.get(k);
      if (l) l.push(r);
      else byEvent.set(k, [r]);
    }
    return rows.map((r) => {
      const rs = byEvent.get(`${r.article_id}/${r.local_id}`) ?? [];
      const pick = (role: string) => rs.filter((x) => x.role === role).map((x) => ({ id: Number(x.entity_id), name: x.name, type: x.type }));
      const pid = r.place_entity_id == null ? null : Number(r.place_entity_id);
      return {
        articleId: r.doc_id, articleTitle: r.title, published: r.published, outlet: r.outlet, localId: r.local_id, type: r.type, mode: r.mode,
        trigger: r.trig, triggerStart: Number(r.trig_s), triggerEnd: Number(r.trig_e), date: r.date_value, negated: !!Number(r.negated),
        actors: pick('actor'), targets: pick('target'), place: pid != null ? { id: pid, name: places.get(pid) ?? '' } : null,
      };
    });
  }

  async entityProfile(id: number, opts: ProfileOptions = {}): Promise<EntityProfile | null> {
    const entity = await this.getEntity(id);
    if (!entity) return null;
    const limit = opts.limit ?? 50;
    const w = new Where().range('a.published', opts);
    const and = w.sql('AND');
    const er = await this.db.get<{ titles: string | null; name: string }>(`SELECT titles, name FROM entities WHERE id = ?`, [id]);
    const aliasRows = await this.db.all<{ text: string; n: number }>(`SELECT m.text, COUNT(*) AS n FROM mentions m JOIN articles a ON a.id = m.article_id
      WHERE m.entity_id = ? ${and} GROUP BY m.text ORDER BY COUNT(*) DESC, m.text ASC LIMIT 50`, [id, ...w.params]);
    const aliases = aliasRows.map((r) => ({ text: r.text, count: Number(r.n) }));
    if (!aliases.some((x) => x.text === er?.name)) aliases.unshift({ text: er?.name ?? entity.name, count: 0 });
    const months = await this.db.all<{ month: string; n: number }>(`SELECT COALESCE(a.month, 'unknown') AS month, SUM(ae.mentions) AS n
      FROM article_entities ae JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id = ? ${and} GROUP BY COALESCE(a.month, 'unknown') ORDER BY 1`,
    [id, ...w.params]);
    const co = await this.db.all<{ entity_id: number; n: number }>(`SELECT ae2.entity_id, COUNT(DISTINCT ae2.article_id) AS n
      FROM article_entities ae1 JOIN article_entities ae2 ON ae2.article_id = ae1.article_id AND ae2.entity_id <> ae1.entity_id
      JOIN articles a ON a.id = ae1.article_id WHERE ae1.entity_id = ? ${and}
      GROUP BY ae2.entity_id ORDER BY COUNT(DISTINCT ae2.article_id) DESC, ae2.entity_id ASC LIMIT ?`, [id, ...w.params, limit]);
    const coEnt = await this.entitySummaries(co.map((r) => Number(r.entity_id)));
    const statementsBy = await this.statementRows(`FROM attributions t JOIN articles a ON a.id = t.article_id WHERE t.source_entity_id = ? ${and}`, [id, ...w.params], limit);
    const statementsAbout = await this.statementRows(`FROM attribution_entities x JOIN attributions t ON t.article_id = x.article_id AND t.local_id = x.attribution_local
      JOIN articles a ON a.id = t.article_id WHERE x.entity_id = ? ${and}`, [id, ...w.params], limit);
    const evFrom = (role: string) => `FROM events v JOIN articles a ON a.id = v.article_id WHERE EXISTS (SELECT 1 FROM event_roles r
      WHERE r.article_id = v.article_id AND r.event_local = v.local_id AND r.entity_id = ? AND r.role = '${role}') ${and}`;
    const articles = await this.listArticles({ entityId: id, from: opts.from, to: opts.to, limit });
    return {
      entity,
      titles: er?.titles ? (JSON.parse(er.titles) as string[]) : [],
      aliases,
      mentionsByMonth: months.map((m): MonthCount => ({ month: m.month, count: Number(m.n) })),
      cooccurring: co.filter((r) => coEnt.has(Number(r.entity_id))).map((r) => ({ entity: coEnt.get(Number(r.entity_id))!, articles: Number(r.n) })),
      statementsBy,
      statementsAbout,
      eventsAsActor: await this.eventRows(evFrom('actor'), [id, ...w.params], limit),
      eventsAsTarget: await this.eventRows(evFrom('target'), [id, ...w.params], limit),
      articles: articles.items,
    };
  }

  // ── sources / outlets ───────────────────────────────────────────────────────────────────────────────

  async sourcingProfile(q: { outlet?: string } & DateRange = {}): Promise<SourcingProfile> {
    const w = new Where();
    if (q.outlet) w.add(`a.outlet = ?`, q.outlet);
    w.range('a.published', q);
    const rows = await this.db.all<{ month: string; source_kind: SourceKind; kind: string; n: number }>(
      `SELECT COALESCE(a.month, 'unknown') AS month, t.source_kind, t.kind, COUNT(*) AS n FROM attributions t JOIN articles a ON a.id = t.article_id
       ${w.sql()} GROUP BY COALESCE(a.month, 'unknown'), t.source_kind, t.kind`, w.params);
    const arts = await this.db.all<{ month: string; n: number }>(`SELECT COALESCE(a.month, 'unknown') AS month, COUNT(*) AS n FROM articles a
      ${w.sql()} GROUP BY COALESCE(a.month, 'unknown')`, w.params);
    const blank = (): Omit<SourcingMonth, 'month'> => ({
      articles: 0, attributions: 0, byKind: Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0])) as Record<SourceKind, number>,
      direct: 0, indirect: 0, anonymousShare: 0,
    });
    const months = new Map<string, SourcingMonth>();
    const get = (m: string) => {
      let x = months.get(m);
      if (!x) months.set(m, (x = { month: m, ...blank() }));
      return x;
    };
    const totals = blank();
    for (const r of arts) {
      get(r.month).articles += Number(r.n);
      totals.articles += Number(r.n);
    }
    for (const r of rows) {
      const n = Number(r.n);
      for (const x of [get(r.month), totals]) {
        x.attributions += n;
        x.byKind[r.source_kind] = (x.byKind[r.source_kind] ?? 0) + n;
        if (r.kind === 'direct') x.direct += n;
        else x.indirect += n;
      }
    }
    const share = (x: Omit<SourcingMonth, 'month'>) => {
      x.anonymousShare = x.attributions ? Math.round(((x.byKind.anonymous + x.byKind.vague) / x.attributions) * 1000) / 1000 : 0;
    };
    share(totals);
    for (const m of months.values()) share(m);
    const top = await this.db.all<{ label: string; kind: SourceKind; entity_id: number | null; n: number }>(
      `SELECT t.source_label AS label, t.source_kind AS kind, MAX(t.source_entity_id) AS entity_id, COUNT(*) AS n
       FROM attributions t JOIN articles a ON a.id = t.article_id ${w.sql()}
       GROUP BY t.source_label, t.source_kind ORDER BY COUNT(*) DESC, t.source_label ASC LIMIT 25`, w.params);
    return {
      outlet: q.outlet ?? null,
      totals,
      months: [...months.values()].sort((x, y) => x.month.localeCompare(y.month)),
      topSources: top.map((r) => ({ label: r.label, kind: r.kind, entityId: r.entity_id == null ? null : Number(r.entity_id), count: Number(r.n) })),
    };
  }

  async outlets(): Promise<OutletSummary[]> {
    const rows = await this.db.all<{ outlet: string; n: number; attr: number; lo: string | null; hi: string | null }>(
      `SELECT a.outlet, COUNT(*) AS n, SUM(a.n_attributions) AS attr, MIN(a.published) AS lo, MAX(a.published) AS hi
       FROM articles a WHERE a.outlet IS NOT NULL GROUP BY a.outlet ORDER BY COUNT(*) DESC, a.outlet ASC`);
    const anon = await this.db.all<{ outlet: string; anon: number; n: number }>(
      `SELECT a.outlet, SUM(CASE WHEN t.source_kind IN ('anonymous', 'vague') THEN 1 ELSE 0 END) AS anon, COUNT(*) AS n
       FROM attributions t JOIN articles a ON a.id = t.article_id WHERE a.outlet IS NOT NULL GROUP BY a.outlet`);
    const share = new Map(anon.map((r) => [r.outlet, Number(r.n) ? Math.round((Number(r.anon) / Number(r.n)) * 1000) / 1000 : 0]));
    return rows.map((r) => ({
      outlet: r.outlet, articles: Number(r.n), attributions: Number(r.attr ?? 0), anonymousShare: share.get(r.outlet) ?? 0,
      firstPublished: r.lo, lastPublished: r.hi,
    }));
  }

  // ── timelines / events / graph ──────────────────────────────────────────────────────────────────────

  private eventWhere(q: TimelineQuery & EventQuery, col: string): Where {
    const w = new Where();
    const type = q.eventType ?? q.type;
    if (type) w.add(`v.type = ?`, type);
    if (q.outlet) w.add(`a.outlet = ?`, q.outlet);
    w.range(col, q);
    if (q.entityId != null) w.add(`EXISTS (SELECT 1 FROM event_roles r WHERE r.article_id = v.article_id AND r.event_local = v.local_id AND r.entity_id = ?)`, q.entityId);
    return w;
  }

  async timeline(q: TimelineQuery = {}): Promise<TimelineBucket[]> {
    const col = q.granularity === 'day' ? 'v.day' : 'v.month';
    const w = this.eventWhere(q, 'v.date_value').add(`${col} IS NOT NULL`);
    const rows = await this.db.all<{ period: string; type: PloverType; n: number }>(`SELECT ${col} AS period, v.type, COUNT(*) AS n
      FROM events v JOIN articles a ON a.id = v.article_id ${w.sql()} GROUP BY ${col}, v.type ORDER BY 1`, w.params);
    const out = new Map<string, TimelineBucket>();
    for (const r of rows) {
      let b = out.get(r.period);
      if (!b) out.set(r.period, (b = { period: r.period, byType: {}, total: 0 }));
      b.byType[r.type] = (b.byType[r.type] ?? 0) + Number(r.n);
      b.total += Number(r.n);
    }
    return [...out.values()];
  }

  async events(q: EventQuery = {}): Promise<Page<EventRow>> {
    const w = this.eventWhere(q, 'v.date_value');
    const total = Number((await this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM events v JOIN articles a ON a.id = v.article_id ${w.sql()}`, w.params))?.n ?? 0);
    const items = await this.eventRows(`FROM events v JOIN articles a ON a.id = v.article_id ${w.sql()}`, w.params, q.limit ?? 50, q.offset ?? 0);
    return { total, items };
  }

  async entityGraph(q: GraphQuery = {}): Promise<EntityGraph> {
    const maxNodes = q.maxNodes ?? 100;
    const w = new Where();
    if (q.outlet) w.add(`a.outlet = ?`, q.outlet);
    w.range('a.published', q);
    const tw = new Where();
    if (q.types?.length) tw.add(`e.type IN (${placeholders(q.types.length)})`, ...q.types);
    let ids: number[];
    if (q.entityId != null) {
      const nb = await this.db.all<{ entity_id: number }>(`SELECT ae2.entity_id FROM article_entities ae1
        JOIN article_entities ae2 ON ae2.article_id = ae1.article_id AND ae2.entity_id <> ae1.entity_id
        JOIN articles a ON a.id = ae1.article_id JOIN entities e ON e.id = ae2.entity_id
        WHERE ae1.entity_id = ? ${w.sql('AND')} ${tw.sql('AND')}
        GROUP BY ae2.entity_id ORDER BY COUNT(DISTINCT ae2.article_id) DESC, ae2.entity_id ASC LIMIT ?`, [q.entityId, ...w.params, ...tw.params, maxNodes - 1]);
      ids = [q.entityId, ...nb.map((r) => Number(r.entity_id))];
    } else {
      const top = await this.db.all<{ entity_id: number }>(`SELECT ae.entity_id FROM article_entities ae JOIN articles a ON a.id = ae.article_id
        JOIN entities e ON e.id = ae.entity_id ${new Where().add('1 = 1').sql()} ${w.sql('AND')} ${tw.sql('AND')}
        GROUP BY ae.entity_id ORDER BY COUNT(DISTINCT ae.article_id) DESC, ae.entity_id ASC LIMIT ?`, [...w.params, ...tw.params, maxNodes]);
      ids = top.map((r) => Number(r.entity_id));
    }
    if (!ids.length) return { nodes: [], edges: [] };
    const counts = await this.db.all<{ entity_id: number; n: number }>(`SELECT ae.entity_id, COUNT(DISTINCT ae.article_id) AS n
      FROM article_entities ae JOIN articles a ON a.id = ae.article_id WHERE ae.entity_id IN (${placeholders(ids.length)}) ${w.sql('AND')}
      GROUP BY ae.entity_id`, [...ids, ...w.params]);
    const cnt = new Map(counts.map((r) => [Number(r.entity_id), Number(r.n)]));
    const ents = await this.db.all<{ id: number; name: string; type: EntityType; latin: string | null }>(
      `SELECT id, name, type, latin FROM entities WHERE id IN (${placeholders(ids.length)})`, ids);
    const nodes = ents.map((e) => ({ id: Number(e.id), name: e.name, type: e.type, latin: e.latin, articles: cnt.get(Number(e.id)) ?? 0 }))
      .sort((x, y) => y.articles - x.articles || x.id - y.id);
    const edgeRows = await this.db.all<{ s: number; t: number; n: number }>(`SELECT ae1.entity_id AS s, ae2.entity_id AS t, COUNT(DISTINCT ae1.article_id) AS n
      FROM article_entities ae1 JOIN article_entities ae2 ON ae2.article_id = ae1.article_id AND ae1.entity_id < ae2.entity_id
      JOIN articles a ON a.id = ae1.article_id
      WHERE ae1.entity_id IN (${placeholders(ids.length)}) AND ae2.entity_id IN (${placeholders(ids.length)}) ${w.sql('AND')}
      GROUP BY ae1.entity_id, ae2.entity_id HAVING COUNT(DISTINCT ae1.article_id) >= ?`, [...ids, ...ids, ...w.params, q.minWeight ?? 1]);
    return { nodes, edges: edgeRows.map((r) => ({ source: Number(r.s), target: Number(r.t), weight: Number(r.n) })) };
  }

  async *exportAnalyses(q: ExportQuery = {}): AsyncIterable<Analysis> {
    const w = new Where();
    if (q.outlet) w.add(`a.outlet = ?`, q.outlet);
    w.range('a.published', q);
    if (q.ids?.length) w.add(`a.doc_id IN (${placeholders(q.ids.length)})`, ...q.ids);
    let last = 0;
    for (;;) {
      const rows = await this.db.all<{ id: number } & StoredAnalysisRow>(`SELECT a.id, ${this.analysisCols('a.')} FROM articles a WHERE a.id > ? ${w.sql('AND')}
        ORDER BY a.id LIMIT 200`, [last, ...w.params]);
      if (!rows.length) return;
      for (const r of rows) yield unpackAnalysis(r);
      last = Number(rows[rows.length - 1].id);
    }
  }

  /** Rebuild the search index from the stored texts (after a stemmer change). Returns articles reindexed. */
  async reindex(onProgress?: (done: number) => void): Promise<number> {
    let last = 0;
    let done = 0;
    for (;;) {
      const rows = await this.db.all<{ id: number; title: string | null; text: string }>(
        `SELECT id, title, ${this.textSql()} AS text FROM articles WHERE id > ? ORDER BY id LIMIT 500`, [last]);
      if (!rows.length) break;
      await this.db.tx(async (t) => {
        for (const r of rows) {
          const ti = indexText(r.title ?? '');
          const bi = indexText(r.text ?? '');
          const alt = [ti.alts, bi.alts].filter(Boolean).join(' ');
          if (t.kind === 'sqlite') {
            await t.run(`DELETE FROM articles_fts WHERE rowid = ?`, [r.id]);
            await t.run(`INSERT INTO articles_fts (rowid, title, body, alt) VALUES (?, ?, ?, ?)`, [r.id, ti.stems, bi.stems, alt]);
          } else {
            await t.run(`DELETE FROM articles_fts WHERE article_id = ?`, [r.id]);
            await t.run(`INSERT INTO articles_fts (article_id, tsv) VALUES (?, setweight(to_tsvector('simple', ?), 'A') ||
              setweight(to_tsvector('simple', ?), 'B') || setweight(to_tsvector('simple', ?), 'C'))`, [r.id, ti.stems, bi.stems, alt]);
          }
        }
      });
      done += rows.length;
      last = Number(rows[rows.length - 1].id);
      onProgress?.(done);
    }
    await this.db.run(`UPDATE meta SET value = ? WHERE key = 'stemmer_version'`, [String(STEMMER_VERSION)]);
    return done;
  }

  /**
   * Rewrite rows stored by schema v1 (the whole analysis as JSON text) in the v2 form (text column + compressed
   * analysis), in batches of one transaction each. A row whose rewrite would not give back the same JSON is left
   * as it is (readers accept both forms). Returns the rows rewritten.
   */
  async compactStorage(onProgress?: (done: number) => void): Promise<number> {
    if (this.schemaVersion < 2) return 0;
    let last = 0;
    let done = 0;
    for (;;) {
      const rows = await this.db.all<{ id: number; analysis: string }>(
        `SELECT id, analysis FROM articles WHERE id > ? AND analysis_z IS NULL ORDER BY id LIMIT 200`, [last]);
      if (!rows.length) break;
      await this.serial(() => this.db.tx(async (t) => {
        for (const r of rows) {
          let a: Analysis;
          try {
            a = JSON.parse(r.analysis) as Analysis;
          } catch {
            continue; // not JSON: left exactly as it is
          }
          const z = packAnalysis(a);
          if (JSON.stringify(unpackAnalysis({ analysis: '', analysis_z: z, text: a.text })) !== r.analysis) continue;
          done += await t.run(`UPDATE articles SET analysis = '', text = ?, analysis_z = ? WHERE id = ? AND analysis_z IS NULL`, [a.text, z, r.id]);
        }
      }));
      last = Number(rows[rows.length - 1].id);
      onProgress?.(done);
    }
    return done;
  }

  /**
   * Archives written before undated events were kept undated stored the publication date for them. Set those
   * event rows back to NULL where the stored analysis has no date for the event (only articles with an event
   * dated exactly at publication are read). The analysis itself is never changed. Returns the rows fixed.
   */
  async repairUndatedEvents(): Promise<number> {
    const zcol = this.schemaVersion >= 2 ? ', a.analysis_z' : '';
    let last = 0;
    let done = 0;
    for (;;) {
      const rows = await this.db.all<{ id: number; analysis: string | null; analysis_z?: Uint8Array | null }>(
        `SELECT a.id, a.analysis${zcol} FROM articles a WHERE a.id > ? AND EXISTS (SELECT 1 FROM events v
         WHERE v.article_id = a.id AND v.date_value = a.published) ORDER BY a.id LIMIT 200`, [last]);
      if (!rows.length) break;
      await this.serial(() => this.db.tx(async (t) => {
        for (const r of rows) {
          let a: Analysis;
          try {
            a = unpackAnalysis(r);
          } catch {
            continue; // unreadable: left as it is
          }
          for (const v of a.events ?? []) {
            if (v.date?.value) continue;
            done += await t.run(`UPDATE events SET date_value = NULL, day = NULL, month = NULL WHERE article_id = ? AND local_id = ?
              AND date_value IS NOT NULL`, [r.id, v.id]);
          }
        }
      }));
      last = Number(rows[rows.length - 1].id);
    }
    return done;
  }

  /** Rows still in the v1 form (see compactStorage). */
  async uncompacted(): Promise<number> {
    if (this.schemaVersion < 2) return Number((await this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM articles`))?.n ?? 0);
    return Number((await this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM articles WHERE analysis_z IS NULL`))?.n ?? 0);
  }

  /** The stemmer version the index was built with. */
  async indexVersion(): Promise<number> {
    return Number((await this.db.get<{ value: string }>(`SELECT value FROM meta WHERE key = 'stemmer_version'`))?.value ?? 0);
  }

  async check(): Promise<{ ok: boolean; messages: string[] }> {
    const messages: string[] = [];
    if (this.backend === 'sqlite') {
      const rows = await this.db.all<{ integrity_check: string }>(`PRAGMA integrity_check`);
      for (const r of rows) if (r.integrity_check !== 'ok') messages.push(r.integrity_check);
    }
    if (this.backend === 'postgres') {
      const missing = await this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM articles_fts f WHERE f.article_id = a.id)`);
      if (Number(missing?.n)) messages.push(`${missing?.n} articles missing from the search index`);
    }
    const orphans = await this.db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM article_entities ae WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = ae.article_id)`);
    if (Number(orphans?.n)) messages.push(`${orphans?.n} entity links to missing articles`);
    // ingest before session 7 stored feed dates such as "2026-13-45" as they were (contract-invalid analyses)
    const days = await this.db.all<{ published: string; n: number }>(`SELECT published, COUNT(*) AS n FROM articles WHERE published IS NOT NULL GROUP BY published`);
    const bad = days.filter((d) => !isRealDay(d.published));
    if (bad.length) {
      messages.push(`${bad.reduce((n, d) => n + Number(d.n), 0)} articles with an impossible publication date (e.g. "${bad[0].published}"): ingest their inputs again to repair them`);
    }
    return { ok: messages.length === 0, messages };
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
