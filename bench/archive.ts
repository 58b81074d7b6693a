// Archive benchmark (not a test): `npm run bench:archive -- [--n 100000] [--ingest 200] [--jobs 2] [--queries 300] [--chars N] [--pg URL]
//   [--only sqlite|postgres] [--skip-ingest] [--skip-search] [--reuse] [--per-worker N] [--again N] [--entities N]`
// --per-worker N: start one analysis worker per N articles still to do (default: the pool's PER_WORKER);
// --again N: then ingest N more new articles in the same process (the warm workers are reused).
// --entities N: the ingest archive knows N (synthetic) entities before the ingest starts, as a large archive does:
//   entity linking must not cost more as the archive grows.
// --reuse keeps the search archive (a file in the temp directory / a schema named after --n) and reuses it on the
// next run, so the 100k archive is built once.
//  1. ingest rate: seed-sized articles (recombined example paragraphs) written as .txt files and ingested with
//     the real pipeline (`ingestPaths`, --jobs N worker threads), articles/s;
//  2. search latency p50/p95 on an archive of --n articles built by BULK INSERT of synthetic analyses
//     (recombined paragraphs, no pipeline run: the text layer only — fast to build, same index);
//  3. database bytes per article for both.
// The same on PostgreSQL when ISNAD_TEST_PG or --pg is given (a fresh schema, dropped afterwards).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { analyze } from '../src/analyze.ts';
import type { Analysis } from '../src/contract.ts';
import { openStore } from '../src/archive/open.ts';
import { ingestPaths } from '../src/archive/ingest.ts';
import { closeSharedPool, sharedPool, WorkerPool } from '../src/archive/pool.ts';
import type { SqlStore } from '../src/archive/sqlstore.ts';
import type { Store } from '../src/archive/store.ts';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : def;
};
const N = Number(opt('n', '100000'));
const INGEST = Number(opt('ingest', '200'));
const JOBS = Number(opt('jobs', '2'));
const QUERIES = Number(opt('queries', '300'));
const PG = opt('pg', process.env.ISNAD_TEST_PG ?? '');
const ONLY = opt('only', ''); // 'sqlite' | 'postgres'
const flag = (name: string) => args.includes(`--${name}`);
const REUSE = flag('reuse');
const SKIP_INGEST = flag('skip-ingest');
const SKIP_SEARCH = flag('skip-search');
const PER_WORKER = Number(opt('per-worker', '0'));
const AGAIN = Number(opt('again', '0'));
const ENTITIES = Number(opt('entities', '0'));

// ── corpus: paragraphs of examples/*.txt (and the seed) ─────────────────────────────────────────────
const root = join(import.meta.dirname, '..');
const files: string[] = [];
for (const d of [join(root, 'examples'), '/work/shared/seed']) {
  if (!existsSync(d)) continue;
  for (const f of readdirSync(d)) if (f.endsWith('.txt')) files.push(join(d, f));
}
const paragraphs = files.flatMap((f) => readFileSync(f, 'utf8').split(/\n+/).map((p) => p.trim()).filter((p) => p.length > 30));
// "seed-sized": the length of the seed article when it is there, else the mean example length
const SEED = '/work/shared/seed/000_60db55bcef7aaadf.txt';
const seedChars = Number(opt('chars', '0')) || (existsSync(SEED) ? readFileSync(SEED, 'utf8').length
  : Math.round(files.map((f) => readFileSync(f, 'utf8').length).reduce((a, b) => a + b, 0) / Math.max(1, files.length)));
if (!paragraphs.length) throw new Error('no example paragraphs found');

// independent generators: the ingest files, the search archive and the queries do not depend on which steps run
const makeRng = (seed: number) => {
  let r = seed;
  return () => ((r = (r * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
};
const pickWith = (rand: () => number) => <T>(a: T[]) => a[Math.floor(rand() * a.length)];

function article(chars: number, i: number, rand: () => number): string {
  const pick = pickWith(rand);
  const out: string[] = [];
  let n = 0;
  while (n < chars) {
    const p = pick(paragraphs);
    out.push(p);
    n += p.length;
  }
  // a serial keeps every article's content distinct
  out.push(`(${i})`);
  return out.join('\n\n');
}

const outlets = ['عربي بوست', 'الجزيرة نت', 'العربية', 'الشرق الأوسط', 'هسبريس', 'المدى', 'النهار', 'الأهرام'];
const dayOf = (i: number) => new Date(Date.UTC(2019, 0, 1) + (i % 1500) * 86400000).toISOString().slice(0, 10);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const fmt = (x: number) => x.toFixed(1);

interface Result { backend: string; analyzeMs?: number; ingestCpuMs?: number; ingestMainCpuMs?: number; putMs?: number; ingestRate?: number; ingestBytesPerArticle?: number; buildSeconds?: number; p50?: number; p95?: number; p99?: number;
  bytesPerArticle?: number; articles?: number }

async function freshStore(kind: 'sqlite' | 'postgres', dir: string, name: string): Promise<{ store: Store; drop(): Promise<void> }> {
  const keep = REUSE && name === 'search';
  if (kind === 'sqlite') {
    const p = keep ? join(tmpdir(), `isnad-bench-search-${N}.db`) : join(dir, `${name}.db`);
    const store = await openStore(p);
    return { store, drop: async () => { await store.close(); } };
  }
  const schema = keep ? `isnad_bench_search_${N}` : `isnad_bench_${name}_${process.pid}`;
  const u = new URL(PG);
  u.searchParams.set('schema', schema);
  const store = await openStore(u.toString());
  return {
    store,
    drop: async () => {
      await store.close();
      if (keep) return;
      const c = new pg.Client({ connectionString: PG });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    },
  };
}

type QueryKind = 'word' | 'clitic' | 'pair';

function queryWords(): { q: string; kind: QueryKind }[] {
  // words from the corpus (long enough to be content words), a few with clitics added, and some pairs
  const rand = makeRng(7);
  const pick = pickWith(rand);
  const words = paragraphs.flatMap((p) => p.split(/[\s،.:؛"«»()]+/)).filter((w) => /^[\u0621-\u064A]{4,}$/.test(w));
  const qs: { q: string; kind: QueryKind }[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const r = rand();
    if (r < 0.5) qs.push({ q: pick(words), kind: 'word' });
    else if (r < 0.7) qs.push({ q: `و${pick(words)}`, kind: 'clitic' });
    else qs.push({ q: `${pick(words)} ${pick(words)}`, kind: 'pair' });
  }
  return qs;
}

const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
/** CPU ms of this process' main thread alone (Linux /proc; 0 elsewhere): the store's share of the ingest. */
const mainThreadCpuMs = (): number => {
  try {
    const f = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const v = f.slice(f.lastIndexOf(')') + 2).split(' ');
    return ((Number(v[11]) + Number(v[12])) * 1000) / 100; // utime + stime, in clock ticks (USER_HZ 100)
  } catch {
    return 0;
  }
};

/** n synthetic entities (all four types, names unlike any in the corpus) stored before an ingest. */
async function knownEntities(store: SqlStore, n: number): Promise<void> {
  const types = ['PER', 'ORG', 'LOC', 'MISC'];
  const per = 200;
  await store.db.tx(async (t) => {
    for (let i = 0; i < n; i += per) {
      const rows: (string | number)[] = [];
      const k = Math.min(per, n - i);
      for (let j = i; j < i + k; j++) rows.push(types[j % 4], `bench-${j}`, `كيان ${j}`, `كيان ${j}`);
      await t.run(`INSERT INTO entities (type, key, name, norm_name) VALUES ${Array.from({ length: k }, () => '(?, ?, ?, ?)').join(', ')}`, rows);
    }
  });
  if (store.backend === 'postgres') await store.db.exec('ANALYZE entities');
  console.log(`[${store.backend}] ingest archive: ${n} entities known before the ingest`);
}

async function run(kind: 'sqlite' | 'postgres'): Promise<Result> {
  const res: Result = { backend: kind };
  const dir = mkdtempSync(join(tmpdir(), 'isnad-bench-'));
  try {
    if (!SKIP_INGEST) {
      // 1. ingest rate with the real pipeline
      const rand = makeRng(42);
      const inDir = join(dir, 'in');
      mkdirSync(inDir);
      for (let i = 0; i < INGEST; i++) writeFileSync(join(inDir, `a${i}.txt`), article(seedChars, i, rand));
      {
        const { store, drop } = await freshStore(kind, dir, 'ingest');
        if (ENTITIES > 0) await knownEntities(store as unknown as SqlStore, ENTITIES);
        const c0 = process.cpuUsage();
        const m0 = mainThreadCpuMs();
        const t0 = performance.now();
        const pool = PER_WORKER ? new WorkerPool({ max: JOBS, perWorker: PER_WORKER }) : sharedPool(JOBS);
        const sum = await ingestPaths(store, [inDir], { jobs: JOBS, progress: 'none', outlet: 'bench', pool });
        const secs = (performance.now() - t0) / 1000;
        const ps = pool.stats();
        res.ingestMainCpuMs = (mainThreadCpuMs() - m0) / Math.max(1, sum.added);
        // CPU of the whole process (main thread and analysis workers) per article
        res.ingestCpuMs = cpuMs(process.cpuUsage(c0)) / Math.max(1, sum.added);
        res.ingestRate = sum.added / secs;
        if (kind === 'sqlite') await (store as SqlStore).db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
        const st = await store.stats();
        res.ingestBytesPerArticle = st.bytes / Math.max(1, st.articles);
        console.log(`[${kind}] ingest: ${sum.added} seed-sized articles (${seedChars} chars) in ${fmt(secs)}s with --jobs ${JOBS}: ${fmt(res.ingestRate)} articles/s `
          + `(${fmt(res.ingestCpuMs)} CPU-ms/article, worker start-up included; main thread ${fmt(res.ingestMainCpuMs)}), ${Math.round(res.ingestBytesPerArticle)} bytes/article (failed ${sum.failed})`
          + (JOBS > 1 ? `; ${ps.started} worker(s) started, code from ${ps.entry}` : ''));
        if (AGAIN > 0) {
          // a second ingest in the same process: the pool's workers are warm already
          const again = join(dir, 'again');
          mkdirSync(again);
          for (let i = 0; i < AGAIN; i++) writeFileSync(join(again, `b${i}.txt`), article(seedChars, 50000 + i, rand));
          const c1 = process.cpuUsage();
          const m1 = mainThreadCpuMs();
          const t1 = performance.now();
          const s2 = await ingestPaths(store, [again], { jobs: JOBS, progress: 'none', outlet: 'bench', pool });
          const secs2 = (performance.now() - t1) / 1000;
          const cpu2 = cpuMs(process.cpuUsage(c1)) / Math.max(1, s2.added);
          console.log(`[${kind}] ingest again (same process, warm workers): ${s2.added} articles in ${fmt(secs2)}s: ${fmt(s2.added / secs2)} articles/s `
            + `(${fmt(cpu2)} CPU-ms/article; main thread ${fmt((mainThreadCpuMs() - m1) / Math.max(1, s2.added))}); workers started in all: ${pool.stats().started}`);
        }
        if (PER_WORKER) await pool.close();
        else await closeSharedPool();
        await drop();
      }
      // 1b. where the ingest time goes: the pipeline alone vs the store alone (after a warm-up)
      {
        const texts = Array.from({ length: 60 }, (_, i) => article(seedChars, 100000 + i, rand));
        for (const text of texts.slice(0, 20)) analyze({ text, meta: { outlet: 'bench' } });
        const t1 = performance.now();
        const analyses = texts.slice(20).map((text) => analyze({ text, meta: { outlet: 'bench' } }));
        res.analyzeMs = (performance.now() - t1) / analyses.length;
        const { store, drop } = await freshStore(kind, dir, 'put');
        const t2 = performance.now();
        for (const a of analyses) await store.putAnalysis(a);
        res.putMs = (performance.now() - t2) / analyses.length;
        console.log(`[${kind}] per seed-sized article: analyze() ${fmt(res.analyzeMs)} ms (one thread, warm), store.putAnalysis ${fmt(res.putMs)} ms (one at a time)`);
        await drop();
      }
    }
    if (SKIP_SEARCH) return res;
    // 2. search latency on a bulk-built archive
    const { store, drop } = await freshStore(kind, dir, 'search');
    const have = (await store.stats()).articles;
    if (have && have !== N) throw new Error(`the reused search archive has ${have} articles, not ${N}: delete it first`);
    const t0 = performance.now();
    if (!have) {
      const rand = makeRng(4242);
      const pick = pickWith(rand);
      const base = analyze({ text: 'نص' });
      const BATCH = 1000;
      for (let i = 0; i < N; i += BATCH) {
        const batch: Analysis[] = [];
        for (let k = i; k < Math.min(N, i + BATCH); k++) {
          // synthetic analyses: article-sized text (2–5 paragraphs), metadata, no extraction layers
          const text = article(800 + Math.floor(rand() * 2400), k, rand);
          batch.push({ ...base, doc: { id: `b${k}`, title: pick(paragraphs).slice(0, 60), outlet: outlets[k % outlets.length], published: dayOf(k), language: 'ar' },
            text, paragraphs: [], sentences: [] });
        }
        await (store as SqlStore).putMany(batch);
        if ((i / BATCH) % 10 === 9) process.stderr.write(`[${kind}] built ${i + BATCH}/${N} (${fmt((i + BATCH) / ((performance.now() - t0) / 1000))}/s)\n`);
      }
      res.buildSeconds = (performance.now() - t0) / 1000;
      if (kind === 'sqlite') {
        await (store as SqlStore).db.exec(`INSERT INTO articles_fts(articles_fts) VALUES ('optimize')`);
        await (store as SqlStore).db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
      }
      else await (store as SqlStore).db.exec('VACUUM ANALYZE'); // what autovacuum does on a live server
    }
    const st = await store.stats();
    res.articles = st.articles;
    res.bytesPerArticle = st.bytes / st.articles;
    const qs = queryWords();
    for (const { q } of qs.slice(0, 20)) await store.search({ q, limit: 20 }); // warm-up
    const lat: number[] = [];
    const byKind = new Map<QueryKind, number[]>();
    let hits = 0;
    for (const { q, kind: k } of qs) {
      const t = performance.now();
      const r = await store.search({ q, limit: 20 });
      const ms = performance.now() - t;
      lat.push(ms);
      byKind.set(k, [...(byKind.get(k) ?? []), ms]);
      hits += r.total;
    }
    res.p50 = pct(lat, 50);
    res.p95 = pct(lat, 95);
    res.p99 = pct(lat, 99);
    console.log(`[${kind}] archive: ${st.articles} articles${have ? ' (reused)' : ` built in ${fmt(res.buildSeconds!)}s (bulk insert of synthetic analyses)`}, ${Math.round(res.bytesPerArticle)} bytes/article`);
    console.log(`[${kind}] search (${qs.length} queries, limit 20, with total count and snippets): p50 ${fmt(res.p50)} ms, p95 ${fmt(res.p95)} ms, p99 ${fmt(res.p99)} ms; mean hits/query ${Math.round(hits / qs.length)}`);
    console.log(`[${kind}]   by query kind (p50/p95 ms): ${[...byKind].map(([k, xs]) => `${k} ${fmt(pct(xs, 50))}/${fmt(pct(xs, 95))} (${xs.length})`).join(', ')}`);
    await drop();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return res;
}

console.log(`paragraph pool: ${paragraphs.length} paragraphs from ${files.length} files; archive size ${N}`);
const results: Result[] = [];
if (ONLY !== 'postgres') results.push(await run('sqlite'));
if (PG && ONLY !== 'sqlite') results.push(await run('postgres'));
console.log(JSON.stringify(results));
