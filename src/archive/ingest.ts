// Ingest: inputs → items → (skip known content) → analyse (inline or worker pool) → store, each article
// all-or-nothing (several per transaction: the store's group commit). A bad item is reported and skipped; the
// batch goes on. Re-running skips what is stored, so a killed run resumes where it stopped. The same text with
// corrected metadata (a new date, title, outlet…) is re-analysed and replaces the stored article in place.
import cliProgress from 'cli-progress';
import type { DocMeta } from '../contract.ts';
import { isValidDay } from '../input/index.ts';
import { inlineAnalyzer, sharedPool, type Analyzer, type WorkerPool } from './pool.ts';
import { expandInputs, readFileItems, readUrlItems, type RawItem } from './read.ts';
import { contentHash } from './sqlstore.ts';
import type { PutResult, PutStatus, Store } from './store.ts';

/** Group commit during ingest: a batch waits up to HOLD_MS for HOLD_SIZE analyses (Store.holdBatches). */
const HOLD_MS = 100;
const HOLD_SIZE = 8;

export interface IngestOptions {
  /** Analyse in up to N worker threads (default 1: in-process). Workers start as the amount of work calls for
   * (pool.ts) and stay warm for the next ingest in this process. */
  jobs?: number;
  /** The worker pool to use with jobs > 1 (default: the process' shared pool). */
  pool?: WorkerPool;
  /** 'auto': a bar on a TTY, plain lines otherwise (stderr). */
  progress?: 'auto' | 'bar' | 'lines' | 'none';
  /** Outlet for items that carry none. */
  outlet?: string;
  /** Re-analyse and update even when the content is already stored. */
  force?: boolean;
  /** Called after every item. */
  onItem?: (r: IngestItemReport) => void;
  /** Where progress goes (default process.stderr). */
  stream?: NodeJS.WriteStream;
}

export interface IngestItemReport {
  origin: string;
  status: PutStatus | 'failed';
  id?: string;
  title?: string;
  error?: string;
  /** Problems that did not stop the item (an impossible date left out, a copy of a stored text…). */
  warnings?: string[];
  /** Stored text re-analysed because its metadata changed: what changed ("published 2024-03-05 → 2024-03-07"). */
  corrected?: string;
}

export interface IngestSummary {
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
  total: number;
  seconds: number;
  failures: IngestItemReport[];
  /** Every item warning, in the order reported. */
  warnings: { origin: string; warning: string }[];
}

/** Metadata fields a re-ingest compares with the stored article's. */
const META_FIELDS = ['title', 'outlet', 'url', 'published', 'country'] as const;
type MetaFields = Partial<Pick<DocMeta, (typeof META_FIELDS)[number]>>;

function metaOf(o: MetaFields | undefined): MetaFields {
  const out: MetaFields = {};
  for (const k of META_FIELDS) if (o?.[k]) out[k] = o[k];
  return out;
}

/** "published 2024-03-05 → 2024-03-07; title added" (empty when nothing differs). */
function metaChanges(before: MetaFields, after: MetaFields): string {
  const out: string[] = [];
  for (const k of META_FIELDS) {
    if (before[k] === after[k]) continue;
    out.push(before[k] === undefined ? `${k} "${after[k]}" added` : after[k] === undefined ? `${k} removed` : `${k} "${before[k]}" → "${after[k]}"`);
  }
  return out.join('; ');
}

function fmtSecs(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 60) return `${Math.round(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export async function ingestPaths(store: Store, inputs: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const stream = opts.stream ?? process.stderr;
  const mode = opts.progress === 'auto' || opts.progress == null ? (stream.isTTY ? 'bar' : 'lines') : opts.progress;
  const sum: IngestSummary = { added: 0, updated: 0, unchanged: 0, failed: 0, total: 0, seconds: 0, failures: [], warnings: [] };
  const { units, errors } = expandInputs(inputs);
  if (mode === 'lines') {
    // at once: the first item can take seconds (workers starting, a feed being fetched)
    const files = units.filter((u) => u.kind === 'file').length;
    const urls = units.length - files;
    const n = units.length + errors.length;
    stream.write(`ingest: ${n} input${n === 1 ? '' : 's'} (${files} file${files === 1 ? '' : 's'}, ${urls} URL${urls === 1 ? '' : 's'}${errors.length ? `; ${errors.length} not found` : ''}), reading and analysing…\n`);
  }
  let total = units.length + errors.length;
  let done = 0;
  let bar: cliProgress.SingleBar | null = null;
  let lastLine = 0;
  const status = () => `+${sum.added} ~${sum.updated} =${sum.unchanged} !${sum.failed}`;
  const tick = () => {
    const el = (performance.now() - t0) / 1000;
    const rate = done / Math.max(el, 1e-3);
    const eta = rate > 0 ? (total - done) / rate : Infinity;
    if (bar) {
      bar.setTotal(Math.max(total, done));
      bar.update(done, { rate: rate.toFixed(1), etaf: fmtSecs(eta), st: status() });
    } else if (mode === 'lines') {
      const now = performance.now();
      if (now - lastLine > 2000 || done === total) {
        lastLine = now;
        stream.write(`ingest: ${done}/${total} (${rate.toFixed(1)}/s, ETA ${fmtSecs(eta)}) ${status()}\n`);
      }
    }
  };
  const report = (r: IngestItemReport) => {
    done++;
    for (const w of r.warnings ?? []) {
      sum.warnings.push({ origin: r.origin, warning: w });
      if (!bar && mode !== 'none') stream.write(`ingest: warning ${r.origin}: ${w}\n`);
    }
    if (r.corrected && !bar && mode !== 'none') stream.write(`ingest: metadata corrected ${r.origin} (${r.id}): ${r.corrected}\n`);
    if (r.status === 'failed') {
      sum.failed++;
      sum.failures.push(r);
      if (!bar && mode !== 'none') stream.write(`ingest: failed ${r.origin}: ${r.error}\n`);
    } else sum[r.status]++;
    opts.onItem?.(r);
    tick();
  };
  if (mode === 'bar') {
    bar = new cliProgress.SingleBar({
      format: 'ingest {bar} {value}/{total} | {rate}/s | ETA {etaf} | {st}',
      stream, hideCursor: false, clearOnComplete: false, noTTYOutput: !stream.isTTY, etaBuffer: 50,
    }, cliProgress.Presets.shades_classic);
    bar.start(total, 0, { rate: '0', etaf: '?', st: status() });
  }
  for (const e of errors) report({ origin: e.origin, status: 'failed', error: e.error });

  const jobs = Math.max(1, opts.jobs ?? 1);
  const analyzer: Analyzer = jobs > 1 ? (opts.pool ?? sharedPool(jobs)).lease(jobs) : inlineAnalyzer();
  const inflight = new Set<Promise<void>>();
  // items in flight: enough that workers never wait for the store and the store commits several analyses at
  // once (its group commit), few enough to bound memory
  const window = jobs * 2 + 16;
  // and let it wait briefly for them: a few articles per commit instead of one (≈ 1 CPU-ms less per article)
  store.holdBatches?.(HOLD_MS, Math.min(HOLD_SIZE, window >> 1));

  const processItem = async (item: RawItem): Promise<void> => {
    const warnings = item.warnings?.length ? [...item.warnings] : undefined;
    const base = { origin: item.origin, title: item.title, ...(warnings ? { warnings } : {}) };
    try {
      if (!item.text || !item.text.trim()) throw new Error('no text');
      const hash = contentHash(item.text);
      const known = await store.findKnown(hash, item.url ?? null);
      const given = metaOf(item);
      let meta: MetaFields = { ...given };
      if (!meta.outlet && opts.outlet) meta.outlet = opts.outlet;
      let replace = !!opts.force;
      let corrected: string | undefined;
      if (known && known.contentHash === hash) {
        // the text is stored. Another address for it is another copy (syndicated wire copy): kept as stored.
        if (item.url && known.url && item.url !== known.url && !opts.force) {
          (base.warnings ??= []).push(`same text as the stored article ${known.id} (${known.url}): kept as stored (--force re-analyses it with this item's metadata)`);
          report({ ...base, status: 'unchanged', id: known.id });
          return;
        }
        // Metadata the item states and the stored article lacks or has otherwise is a correction: re-analyse with the
        // stored metadata overlaid by the item's (what the item does not state is kept; --outlet only fills a gap),
        // in place. The row's columns answer the common case; the stored doc is read only when something may differ.
        const cols = known.title !== undefined;
        const mayDiffer = !cols || given.country !== undefined || (!known.outlet && !!meta.outlet) ||
          // an impossible date stored before session 7 goes: re-ingesting the input repairs the article
          (!!known.published && !isValidDay(known.published)) ||
          (['title', 'outlet', 'url', 'published'] as const).some((k) => given[k] !== undefined && given[k] !== (known[k] ?? undefined));
        if (!mayDiffer && !opts.force) {
          report({ ...base, status: 'unchanged', id: known.id });
          return;
        }
        const stored = await store.getArticle(known.id);
        if (stored) {
          const before = metaOf(stored.analysis.doc);
          const kept = { ...before };
          if (kept.published && !isValidDay(kept.published)) delete kept.published;
          const merged: MetaFields = { ...kept, ...given };
          if (!merged.outlet && opts.outlet) merged.outlet = opts.outlet;
          const changes = metaChanges(before, merged);
          if (!changes && !opts.force) {
            report({ ...base, status: 'unchanged', id: known.id });
            return;
          }
          meta = merged;
          replace = true;
          if (changes) corrected = changes;
        }
      }
      // workers send the store's rows rather than the analysis when the store can take them (rows.ts)
      const prep = analyzer.analyzeForStore ? await analyzer.analyzeForStore(item.text, meta, { rows: !!store.putPrepared }) : null;
      // --force or corrected metadata: re-analysed stored content replaces the stored article in place (one transaction)
      const put = { contentHash: hash, replace };
      let r: PutResult;
      if (prep?.rows && prep.index && prep.packed && store.putPrepared) {
        r = await store.putPrepared({ rows: prep.rows, text: prep.text, index: prep.index, packed: prep.packed }, put);
      } else {
        const analysis = prep?.analysis ?? await analyzer.analyze(item.text, meta);
        r = await store.putAnalysis(analysis, { ...put, ...(prep?.index ? { index: prep.index } : {}), ...(prep?.packed ? { packed: prep.packed } : {}) });
      }
      report({ ...base, status: r.status, id: r.id, ...(corrected && r.status === 'updated' ? { corrected } : {}) });
    } catch (e) {
      report({ ...base, status: 'failed', error: (e as Error).message ?? String(e) });
    }
  };

  try {
    for (const unit of units) {
      let items: RawItem[];
      const itemErrors: { origin: string; error: string }[] = [];
      try {
        items = unit.kind === 'file'
          ? readFileItems(unit.ref, (origin, error) => itemErrors.push({ origin, error }), unit.implicit)
          : await readUrlItems(unit.ref);
      } catch (e) {
        report({ origin: unit.ref, status: 'failed', error: (e as Error).message.replace(`${unit.ref}: `, '') });
        continue;
      }
      total += items.length + itemErrors.length - 1;
      for (const e of itemErrors) report({ origin: e.origin, status: 'failed', error: e.error });
      if (!items.length) tick();
      for (const item of items) {
        // what is still to come sizes the worker pool (the count grows as files are read)
        analyzer.expect?.(total - done);
        const p = processItem(item).finally(() => inflight.delete(p));
        inflight.add(p);
        if (inflight.size >= window) await Promise.race(inflight);
      }
    }
    await Promise.all(inflight);
  } finally {
    store.holdBatches?.(0);
    await analyzer.close();
    if (bar) {
      bar.stop();
      for (const w of sum.warnings) stream.write(`ingest: warning ${w.origin}: ${w.warning}\n`);
      for (const f of sum.failures) stream.write(`ingest: failed ${f.origin}: ${f.error}\n`);
    }
  }
  sum.total = done;
  sum.seconds = (performance.now() - t0) / 1000;
  return sum;
}
