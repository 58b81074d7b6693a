// The archive Store: one interface, two backends (SQLite by default, PostgreSQL for `postgres://` URLs).
// Everything the CLI (ingest, search, entity, sources, export) and the HTTP API read or write goes through
// this interface. All methods are async so both backends share it. Keep this file stable: H7 (server/UI)
// codes against it.
import type { Analysis, EntityType, PloverType, SourceKind } from '../contract.ts';
import type { ArticleRows } from './rows.ts';

export type BackendKind = 'sqlite' | 'postgres';

/** Outcome of storing one analysis. */
export type PutStatus = 'added' | 'updated' | 'unchanged';

export interface PutResult {
  status: PutStatus;
  /** Public article id (the stored analysis' doc.id; stable across in-place URL updates). */
  id: string;
}

/** What the store already knows about an article before analysing it (for skipping work on re-ingest). */
export interface KnownArticle {
  id: string;
  contentHash: string;
  url: string | null;
  /** The stored metadata (columns of the article row), so a re-ingest can tell corrected metadata apart. */
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
}

/** Inclusive date bounds, 'YYYY-MM-DD' (a 'YYYY-MM' or 'YYYY' prefix also works). Compared with doc.published. */
export interface DateRange {
  from?: string;
  to?: string;
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  language: string;
  /** Characters of text. */
  chars: number;
  entities: number;
  attributions: number;
  events: number;
  /** Share of attributions whose source is anonymous or vague (contract metric). */
  anonymousShare: number;
  ingestedAt: string;
}

export interface StoredArticle extends ArticleSummary {
  contentHash: string;
  analysis: Analysis;
}

export interface ArticleQuery extends DateRange {
  outlet?: string;
  /** Archive entity id: only articles mentioning it. */
  entityId?: number;
  limit?: number;
  offset?: number;
  /** Newest first by default. */
  order?: 'published-desc' | 'published-asc' | 'ingested-desc';
}

export interface Page<T> {
  total: number;
  items: T[];
}

// ── search ────────────────────────────────────────────────────────────────────────────────────────────

export interface SearchQuery extends DateRange {
  /** Free text (Arabic folded and light-stemmed in code, same as the index). May be empty when filters are given. */
  q: string;
  /** Entity name or key (resolved with `findEntities`) or archive entity id: only articles mentioning it. */
  entity?: string | number;
  /** Entity type: restricts `entity` resolution; alone, only articles with at least one entity of that type. */
  type?: EntityType;
  outlet?: string;
  /** Only articles with at least one attribution whose source has this kind. */
  sourceKind?: SourceKind;
  /** Only articles with at least one event of this PLOVER type. */
  eventType?: PloverType;
  limit?: number;
  offset?: number;
}

/** A highlighted excerpt of the ORIGINAL text. `highlights` are offsets into `text` (the excerpt). */
export interface Snippet {
  text: string;
  /** Offset of the excerpt in the article text (title excerpts: field 'title', offset into the title). */
  offset: number;
  field: 'title' | 'text';
  highlights: { start: number; end: number }[];
}

export interface SearchHit {
  article: ArticleSummary;
  /** Higher is better (negated bm25 on SQLite, ts_rank on PostgreSQL; not comparable across backends). */
  score: number;
  snippets: Snippet[];
  /** Matched spans in the original article text: text.slice(start,end) === text. */
  matches: { start: number; end: number; text: string }[];
}

export interface SearchResult {
  /** Matching articles; exact up to 10,000 (then 10,000 with `totalIsLowerBound`). */
  total: number;
  totalIsLowerBound?: boolean;
  /** Folded/stemmed terms the query was turned into (for display/debugging). */
  terms: string[];
  hits: SearchHit[];
  /** When `entity` was given: the archive entities it resolved to. */
  entities?: EntitySummary[];
}

// ── entities ──────────────────────────────────────────────────────────────────────────────────────────

export interface EntitySummary {
  id: number;
  type: EntityType;
  name: string;
  key: string;
  latin: string | null;
  geo: { lat: number; lon: number; country?: string } | null;
  /** ISO alpha-2 country of a place or of a state institution keyed by country (Entity.country), when known. */
  country?: string;
  /** Articles mentioning it. */
  articles: number;
  mentions: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface EntityQuery {
  /** Name, alias or key; folded before matching. Prefix match when `prefix` is true. */
  name?: string;
  prefix?: boolean;
  type?: EntityType;
  limit?: number;
  offset?: number;
}

export interface MonthCount {
  /** 'YYYY-MM', or 'unknown' for articles without a publication date. */
  month: string;
  count: number;
}

export interface StatementRow {
  articleId: string;
  articleTitle: string | null;
  published: string | null;
  outlet: string | null;
  kind: 'direct' | 'indirect';
  sourceKind: SourceKind;
  sourceLabel: string;
  /** Archive id of the source entity, if linked. */
  sourceEntityId: number | null;
  cue: string;
  content: string;
  /** Offsets of content in the article text. */
  contentStart: number;
  contentEnd: number;
}

export interface EventRow {
  articleId: string;
  articleTitle: string | null;
  published: string | null;
  outlet: string | null;
  localId: string;
  type: PloverType;
  mode: string | null;
  trigger: string;
  triggerStart: number;
  triggerEnd: number;
  /** Event date (from the text or the publication date), 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY'; null for an undated event. */
  date: string | null;
  negated: boolean;
  actors: { id: number; name: string; type: EntityType }[];
  targets: { id: number; name: string; type: EntityType }[];
  place: { id: number; name: string } | null;
}

export interface EntityProfile {
  entity: EntitySummary;
  titles: string[];
  /** Distinct surface names/mention texts with counts, most frequent first. */
  aliases: { text: string; count: number }[];
  mentionsByMonth: MonthCount[];
  cooccurring: { entity: EntitySummary; articles: number }[];
  /** Attributions whose source is this entity. */
  statementsBy: StatementRow[];
  /** Attributions whose content mentions this entity. */
  statementsAbout: StatementRow[];
  eventsAsActor: EventRow[];
  eventsAsTarget: EventRow[];
  articles: ArticleSummary[];
}

export interface ProfileOptions extends DateRange {
  /** Max rows per list (default 50). */
  limit?: number;
}

// ── sources / outlets ─────────────────────────────────────────────────────────────────────────────────

export interface SourcingMonth {
  month: string;
  articles: number;
  attributions: number;
  byKind: Record<SourceKind, number>;
  direct: number;
  indirect: number;
  /** Share of attributions whose source is anonymous or vague. */
  anonymousShare: number;
}

export interface SourcingProfile {
  outlet: string | null;
  totals: Omit<SourcingMonth, 'month'>;
  months: SourcingMonth[];
  /** Most frequent source labels (folded label → display label), anonymous ones included. */
  topSources: { label: string; kind: SourceKind; entityId: number | null; count: number }[];
}

export interface OutletSummary {
  outlet: string;
  articles: number;
  attributions: number;
  anonymousShare: number;
  firstPublished: string | null;
  lastPublished: string | null;
}

// ── timelines / graph ─────────────────────────────────────────────────────────────────────────────────

export interface TimelineQuery extends DateRange {
  granularity?: 'day' | 'month';
  eventType?: PloverType;
  /** Only events with this archive entity as actor or target. */
  entityId?: number;
  outlet?: string;
}

export interface TimelineBucket {
  /** 'YYYY-MM-DD' or 'YYYY-MM'. */
  period: string;
  /** Counts per PLOVER type. */
  byType: Partial<Record<PloverType, number>>;
  total: number;
}

export interface GraphQuery extends DateRange {
  types?: EntityType[];
  /** Keep the `maxNodes` entities with most articles (default 100). */
  maxNodes?: number;
  /** Minimum articles shared for an edge (default 1). */
  minWeight?: number;
  /** Only the neighbourhood of this entity. */
  entityId?: number;
  outlet?: string;
}

export interface GraphNode {
  id: number;
  name: string;
  type: EntityType;
  latin: string | null;
  articles: number;
}

export interface GraphEdge {
  source: number;
  target: number;
  /** Articles in which both are mentioned. */
  weight: number;
}

export interface EntityGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface EventQuery extends DateRange {
  type?: PloverType;
  entityId?: number;
  outlet?: string;
  limit?: number;
  offset?: number;
}

export interface ArchiveStats {
  backend: BackendKind;
  /** Path or URL without password. */
  location: string;
  schemaVersion: number;
  articles: number;
  entities: number;
  mentions: number;
  sources: number;
  attributions: number;
  events: number;
  dates: number;
  outlets: number;
  firstPublished: string | null;
  lastPublished: string | null;
  /** Database size in bytes (file size for SQLite incl. WAL, pg_database_size / schema size for PostgreSQL). */
  bytes: number;
}

export interface ExportQuery extends DateRange {
  outlet?: string;
  /** Only these article ids. */
  ids?: string[];
}

export interface PutOptions {
  /** Folded-text content hash (see `contentHash` in ingest); computed from analysis.text when absent. */
  contentHash?: string;
  /** Replace the stored article with the same content (re-analysis), in place. */
  replace?: boolean;
  /**
   * FTS text prepared off the main thread (ingest workers): `indexText(title)` and `indexText(text)`.
   * Used only when `stemmer` equals the current STEMMER_VERSION; recomputed otherwise.
   */
  index?: { stemmer: number; title: { stems: string; alts: string }; body: { stems: string; alts: string } };
  /**
   * The stored (compressed) form of this analysis, `packAnalysis(analysis)` from storage.ts, prepared off the main
   * thread by ingest workers. Used only when the analysis is stored unchanged (same doc id).
   */
  packed?: Uint8Array;
}

/**
 * An article as an ingest worker prepares it (worker.ts): its rows (rows.ts), text, FTS text and stored form. The
 * store writes the same rows from it as from the analysis itself, and never needs the analysis object.
 */
export interface PreparedArticle {
  rows: ArticleRows;
  text: string;
  index: NonNullable<PutOptions['index']>;
  /** packAnalysis(analysis) (storage.ts). */
  packed: Uint8Array;
}

export interface Store {
  readonly backend: BackendKind;
  readonly location: string;

  // writes
  /** Store one analysis in one transaction (idempotent: same content → 'unchanged'; same url → update in place). */
  putAnalysis(analysis: Analysis, opts?: PutOptions): Promise<PutResult>;
  /** Store a worker-prepared article: what putAnalysis of its analysis stores (ingest uses it when present). */
  putPrepared?(article: PreparedArticle, opts?: Omit<PutOptions, 'packed' | 'index'>): Promise<PutResult>;
  /**
   * Streaming-ingest hint: hold a group-commit batch open up to `ms` (until `size` analyses have joined) before
   * writing it, so a stream of puts commits several articles per transaction. 0 (the default) writes at once.
   */
  holdBatches?(ms: number, size?: number): void;
  /** Look up by content hash or url before analysing (null when unknown). */
  findKnown(contentHash: string, url?: string | null): Promise<KnownArticle | null>;
  deleteArticle(id: string): Promise<boolean>;

  // reads
  stats(): Promise<ArchiveStats>;
  listArticles(q?: ArticleQuery): Promise<Page<ArticleSummary>>;
  getArticle(id: string): Promise<StoredArticle | null>;
  search(q: SearchQuery): Promise<SearchResult>;
  findEntities(q: EntityQuery): Promise<EntitySummary[]>;
  getEntity(id: number): Promise<EntitySummary | null>;
  entityProfile(id: number, opts?: ProfileOptions): Promise<EntityProfile | null>;
  sourcingProfile(q?: { outlet?: string } & DateRange): Promise<SourcingProfile>;
  outlets(): Promise<OutletSummary[]>;
  timeline(q?: TimelineQuery): Promise<TimelineBucket[]>;
  events(q?: EventQuery): Promise<Page<EventRow>>;
  entityGraph(q?: GraphQuery): Promise<EntityGraph>;
  /** Stored analyses in ingest order (streams; safe on large archives). */
  exportAnalyses(q?: ExportQuery): AsyncIterable<Analysis>;

  /** Integrity check (SQLite: PRAGMA integrity_check + FTS5 integrity-check; PostgreSQL: row counts agree). */
  check(): Promise<{ ok: boolean; messages: string[] }>;

  close(): Promise<void>;
}
