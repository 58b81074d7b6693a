// Worker threads for `ingest --jobs N`. What a fresh worker costs was measured (session 6, CPU time on one
// worker, seed-sized articles): loading the pipeline ≈ 0.4 CPU-s through tsx (≈ 0.04 s from the prebuilt bundle,
// see bundle.ts), its first article ≈ 0.5 s (lexicons, cold code), and then V8's JIT warm-up: the first 100
// articles cost ≈ 3× the steady rate (TurboFan compiling in background threads; one huge function alone takes
// seconds to compile), ≈ 4–5 CPU-s per worker over its first few hundred articles. That is paid again by every
// worker and every process, so:
//  - workers are started only as the work needs them: one per `perWorker` articles still to do, up to `max`
//    (a 5-article ingest starts one; with 2 cores, a second worker's warm-up pays for itself only on long runs);
//  - the pool outlives an ingest: `sharedPool()` keeps its warm workers for the next ingest in the same process
//    (server, repeated calls); idle workers do not keep the process alive and stop after `idleMs`;
//  - items wait in one queue here and each worker holds at most 2, so a worker started late takes work at once
//    and the batch ends evenly.
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { Analysis, DocMeta } from '../contract.ts';
import { analyze } from '../analyze.ts';
import { workerEntry, type WorkerEntry } from './bundle.ts';
import type { ArticleRows } from './rows.ts';
import type { PutOptions } from './store.ts';

export interface Analyzer {
  analyze(text: string, meta: Partial<DocMeta>): Promise<Analysis>;
  /**
   * Like analyze, plus the FTS text and the stored form when prepared off the main thread. With `rows`, a worker may
   * answer with the article's store rows (rows.ts) instead of the analysis (Prepared.rows set, analysis absent).
   */
  analyzeForStore?(text: string, meta: Partial<DocMeta>, o?: { rows?: boolean }): Promise<Prepared>;
  /** How many items the caller still expects to send (lets a pool size itself). */
  expect?(remaining: number): void;
  close(): Promise<void>;
}

export function inlineAnalyzer(): Analyzer {
  return {
    async analyze(text, meta) {
      return analyze({ text, meta });
    },
    async close() {},
  };
}

type Index = PutOptions['index'];

export interface Prepared {
  /** The analysis (absent when the worker sent its rows instead). */
  analysis?: Analysis;
  /** The store's rows of the analysis (rows.ts), when asked for and the worker prepared them. */
  rows?: ArticleRows;
  /** The analysed text (analysis.text). */
  text: string;
  index?: Index;
  packed?: Uint8Array;
}

export interface PoolOptions {
  /** Most worker threads. */
  max: number;
  /** Start one more worker per this many articles still expected (default PER_WORKER). */
  perWorker?: number;
  /** Stop workers idle this long, ms (default 10 minutes; 0: never). */
  idleMs?: number;
  /** Where workers load the pipeline from (default: the bundle, else tsx). */
  entry?: () => Promise<WorkerEntry>;
}

export interface PoolStats {
  /** Workers started since the pool was made. */
  started: number;
  /** Workers running now. */
  alive: number;
  /** Articles analysed. */
  done: number;
  /** Articles analysed by each worker running now, in start order. */
  perWorker: number[];
  /** Where the workers' code came from (once known). */
  entry?: WorkerEntry['kind'];
}

/**
 * Articles a worker must have ahead of it to be worth starting. Measured on the 2-core machine with the seed-sized
 * bench (CPU per article): one worker ≈ 30 CPU-ms/article over 300 articles, two ≈ 45; a second worker
 * only shortens a run that is long enough for its ≈ 5 CPU-s warm-up to amortise.
 */
export const PER_WORKER = 400;
/** Items posted to one worker at a time: one running, one waiting (no idle gap while a result travels back). */
const PER_SLOT = 2;
const IDLE_MS = 600_000;

/**
 * TurboFan skips functions of more than 16 KB of bytecode. A few rule functions are that big (coref's resolve ≈ 20 KB,
 * the event role functions ≈ 19 KB); optimising one took seconds of background CPU per worker, and was redone after
 * a deopt, for no measurable gain later: with the cap, a worker's first 300 articles cost ≈ 2 CPU-s less and its
 * steady state is unchanged (±10%, measured over 1,500 articles). V8 flags are per process, so this applies to the
 * whole process once a pool starts a worker (set before the worker's isolate exists). ISNAD_JIT_TUNE=0 leaves V8 alone.
 */
const JIT_FLAGS = '--max-optimized-bytecode-size=16384';
let jitTuned = false;
function tuneJit(): void {
  if (jitTuned) return;
  jitTuned = true;
  if (process.env.ISNAD_JIT_TUNE !== '0') setFlagsFromString(JIT_FLAGS);
}

interface Job {
  id: number;
  text: string;
  meta: Partial<DocMeta>;
  rows: boolean;
  resolve: (r: Prepared) => void;
  reject: (e: Error) => void;
}

interface Slot {
  w: Worker;
  jobs: Map<number, Job>;
  done: number;
  /** The worker loaded the pipeline (it said so). */
  ready: boolean;
  gone: boolean;
}

type Reply = { id: number; analysis?: Analysis; rows?: ArticleRows; text?: string; index?: Index; packed?: Uint8Array; error?: string } | { ready: true };

export class WorkerPool {
  readonly max: number;
  readonly perWorker: number;
  private readonly idleMs: number;
  private readonly entryOf: () => Promise<WorkerEntry>;
  private entry: WorkerEntry | null = null;
  private entryP: Promise<WorkerEntry> | null = null;
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private demand = new Map<object, { n: number; cap: number }>();
  private seq = 0;
  private broken: Error | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private closed = false;
  private stat = { started: 0, done: 0 };

  constructor(o: PoolOptions) {
    this.max = Math.max(1, Math.floor(o.max));
    this.perWorker = Math.max(1, o.perWorker ?? PER_WORKER);
    this.idleMs = o.idleMs ?? IDLE_MS;
    this.entryOf = o.entry ?? workerEntry;
  }

  stats(): PoolStats {
    return { started: this.stat.started, alive: this.slots.length, done: this.stat.done, perWorker: this.slots.map((s) => s.done), ...(this.entry ? { entry: this.entry.kind } : {}) };
  }

  /** Let the pool grow to `max` (a later ingest asking for more jobs). */
  raise(max: number): void {
    (this as { max: number }).max = Math.max(this.max, Math.floor(max));
  }

  /**
   * An Analyzer for one ingest, using up to `cap` workers (default max): its `expect()` sizes the pool; `close()`
   * ends the lease, not the workers.
   */
  lease(cap = this.max): Analyzer {
    const key = {};
    this.demand.set(key, { n: 0, cap: Math.max(1, Math.floor(cap)) });
    this.broken = null; // a new ingest tries again after a start-up failure
    return {
      analyze: async (text, meta) => {
        const r = await this.submit(text, meta, false);
        if (!r.analysis) throw new Error('analysis worker sent no analysis');
        return r.analysis;
      },
      analyzeForStore: (text, meta, o) => this.submit(text, meta, !!o?.rows),
      expect: (n) => {
        const d = this.demand.get(key);
        if (d) d.n = Math.max(0, n);
      },
      close: async () => {
        this.demand.delete(key);
        this.idleCheck();
      },
    };
  }

  /** Stop every worker; queued and running items fail. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const err = new Error('worker pool closed');
    for (const j of this.queue.splice(0)) j.reject(err);
    const slots = this.slots.splice(0);
    for (const s of slots) {
      s.gone = true;
      for (const j of s.jobs.values()) j.reject(err);
      s.jobs.clear();
    }
    await Promise.all(slots.map((s) => s.w.terminate()));
  }

  submit(text: string, meta: Partial<DocMeta>, rows = false): Promise<Prepared> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closed) return Promise.reject(new Error('worker pool closed'));
    if (this.idleTimer) {
      clearTimeout(this.idleTimer);
      this.idleTimer = null;
    }
    return new Promise<Prepared>((resolve, reject) => {
      this.queue.push({ id: ++this.seq, text, meta, rows, resolve, reject });
      if (this.entry) this.pump();
      else {
        this.entryP ??= this.entryOf().then((e) => (this.entry = e));
        this.entryP.then(() => this.pump(), (e: Error) => this.fail(e));
      }
    });
  }

  /** Workers wanted now: one per `perWorker` articles expected (at least one while there is work). */
  private wanted(): number {
    let expected = this.queue.length;
    for (const s of this.slots) expected += s.jobs.size;
    let hinted = 0;
    let cap = this.demand.size ? 1 : this.max;
    for (const d of this.demand.values()) {
      hinted += d.n;
      cap = Math.max(cap, d.cap);
    }
    return Math.min(this.max, cap, Math.max(1, Math.ceil(Math.max(expected, hinted) / this.perWorker)));
  }

  private pump(): void {
    while (this.queue.length && !this.broken && !this.closed) {
      let slot: Slot | null = null;
      for (const s of this.slots) if (s.jobs.size < PER_SLOT && (!slot || s.jobs.size < slot.jobs.size)) slot = s;
      // a free worker takes the item; when all are busy, start another if the work ahead calls for it
      if ((!slot || slot.jobs.size > 0) && this.slots.length < this.wanted()) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      if (slot.jobs.size === 0) slot.w.ref();
      slot.jobs.set(job.id, job);
      slot.w.postMessage({ id: job.id, text: job.text, meta: job.meta, ...(job.rows ? { rows: true } : {}) });
    }
  }

  private spawn(): Slot {
    const e = this.entry!;
    tuneJit();
    // a larger young generation: analysis allocates many short-lived objects; fewer scavenges cost ~6% less CPU
    const w = new Worker(e.url, { workerData: e.data, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
    const slot: Slot = { w, jobs: new Map(), done: 0, ready: false, gone: false };
    this.stat.started++;
    this.slots.push(slot);
    w.on('message', (m: Reply) => {
      if ('ready' in m) {
        slot.ready = true;
        return;
      }
      const job = slot.jobs.get(m.id);
      if (!job) return;
      slot.jobs.delete(m.id);
      slot.done++;
      this.stat.done++;
      if (slot.jobs.size === 0) w.unref();
      if (m.error != null) job.reject(new Error(m.error));
      else {
        job.resolve({
          text: m.text ?? m.analysis?.text ?? job.text, index: m.index, packed: m.packed,
          ...(m.analysis ? { analysis: m.analysis } : {}), ...(m.rows ? { rows: m.rows } : {}),
        });
      }
      this.pump();
      this.idleCheck();
    });
    w.on('error', (err) => this.lost(slot, err));
    w.on('exit', (code) => this.lost(slot, new Error(`analysis worker stopped (exit code ${code})`)));
    return slot;
  }

  /**
   * A worker died (an uncaught error, out of memory, killed). The item it was analysing fails (items are handled
   * in the order posted: the oldest); the one waiting behind it goes back to the queue for another worker.
   */
  private lost(slot: Slot, err: Error): void {
    if (slot.gone) return;
    slot.gone = true;
    this.slots = this.slots.filter((s) => s !== slot);
    const jobs = [...slot.jobs.values()].sort((a, b) => a.id - b.id);
    slot.jobs.clear();
    void slot.w.terminate();
    if (!slot.ready) {
      // it could not even load the pipeline: neither could the next one, so fail this ingest's items
      for (const j of jobs) j.reject(err);
      this.fail(err);
      return;
    }
    if (jobs.length) jobs.shift()!.reject(err);
    this.queue.unshift(...jobs);
    this.pump();
  }

  private fail(err: Error): void {
    this.broken = err;
    this.entryP = null;
    for (const j of this.queue.splice(0)) j.reject(err);
  }

  private idleCheck(): void {
    if (this.idleMs <= 0 || this.idleTimer || this.queue.length || this.demand.size) return;
    if (this.slots.some((s) => s.jobs.size)) return;
    if (!this.slots.length) return;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (!this.demand.size && !this.queue.length && !this.slots.some((s) => s.jobs.size)) {
        const slots = this.slots.splice(0);
        for (const s of slots) {
          s.gone = true;
          void s.w.terminate();
        }
      }
    }, this.idleMs);
    this.idleTimer.unref();
  }
}

let shared: WorkerPool | null = null;

/** The process' pool, created on first use and reused by every later ingest (its max raised when asked). */
export function sharedPool(max: number): WorkerPool {
  if (!shared) shared = new WorkerPool({ max });
  else shared.raise(max);
  return shared;
}

/** Stop the shared pool's workers (tests, shutdown). */
export async function closeSharedPool(): Promise<void> {
  const p = shared;
  shared = null;
  await p?.close();
}

/** A private pool of up to n workers, as one Analyzer; close() stops its workers. */
export function workerPool(n: number, o: Omit<PoolOptions, 'max'> = {}): Analyzer & { pool: WorkerPool } {
  const pool = new WorkerPool({ max: n, ...o });
  const lease = pool.lease();
  return {
    ...lease,
    pool,
    async close() {
      await lease.close();
      await pool.close();
    },
  };
}
