// Session 6, ingest speed: the worker pool starts workers as the work calls for them, keeps them for the next
// ingest, survives workers that die, and the prebuilt worker bundle analyses exactly as the main thread does.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.ts';
import { buildBundle, CACHE_DIR, loadEsbuild, upToDate, type WorkerEntry } from '../../src/archive/bundle.ts';
import { ingestPaths } from '../../src/archive/ingest.ts';
import { WorkerPool, workerPool } from '../../src/archive/pool.ts';
import { indexText, STEMMER_VERSION } from '../../src/archive/stem.ts';
import { packAnalysis } from '../../src/archive/storage.ts';
import { BACKENDS } from './backends.ts';

const FAKE = pathToFileURL(join(import.meta.dirname, 'fixtures', 's6', 'worker.mjs'));
const fake = (mode: 'echo' | 'real' | 'start') => async (): Promise<WorkerEntry> => ({ url: FAKE, data: { mode } as never, kind: 'tsx' });
const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');

/** A directory of n small distinct articles (a serial in each). */
function articleDir(n: number, tag: string, special: Record<number, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), `isnad-s6-${tag}-`));
  for (let i = 0; i < n; i++) {
    const body = special[i] ?? `قال وزير الخارجية في بغداد إن الاجتماع رقم ${i + 1} من سلسلة ${tag} انتهى بنجاح.`;
    writeFileSync(join(dir, `a${String(i).padStart(2, '0')}.txt`), body);
  }
  return dir;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('worker pool: how many workers, and for how long', () => {
  it('two ingests in one process start workers once; a small ingest starts one of its --jobs', async () => {
    const f = await BACKENDS[0].fresh();
    cleanups.push(f.cleanup);
    const pool = new WorkerPool({ max: 4 });
    cleanups.push(() => pool.close());
    const d1 = articleDir(5, 'one');
    const d2 = articleDir(3, 'two');
    cleanups.push(() => rmSync(d1, { recursive: true, force: true }), () => rmSync(d2, { recursive: true, force: true }));
    const s1 = await ingestPaths(f.store, [d1], { jobs: 4, pool, progress: 'none' });
    expect(s1).toMatchObject({ added: 5, failed: 0 });
    expect(pool.stats()).toMatchObject({ started: 1, alive: 1, done: 5 });
    const s2 = await ingestPaths(f.store, [d2], { jobs: 4, pool, progress: 'none' });
    expect(s2).toMatchObject({ added: 3, failed: 0 });
    // the same (warm) worker did the second ingest
    expect(pool.stats()).toMatchObject({ started: 1, alive: 1, done: 8, perWorker: [8] });
    expect((await f.store.stats()).articles).toBe(8);
  });

  it('starts one more worker per perWorker articles expected, up to max, and a late one takes work at once', async () => {
    const pool = new WorkerPool({ max: 3, perWorker: 4, entry: fake('echo') });
    cleanups.push(() => pool.close());
    const small = pool.lease(3);
    small.expect!(3);
    await Promise.all([1, 2, 3].map((i) => small.analyze(`نص ${i}`, {})));
    await small.close();
    expect(pool.stats().started).toBe(1);
    const big = pool.lease(3);
    big.expect!(40);
    const texts = Array.from({ length: 40 }, (_, i) => `نص ${i}`);
    const out = await Promise.all(texts.map((t) => big.analyze(t, {})));
    await big.close();
    expect(out.map((a) => a.text)).toEqual(texts);
    const st = pool.stats();
    expect(st.started).toBe(3);
    // every worker analysed some of the 40 (the queue is shared, not pre-assigned)
    expect(st.perWorker.length).toBe(3);
    expect(Math.min(...st.perWorker)).toBeGreaterThan(0);
  });

  it("an ingest's --jobs caps the workers it starts, whatever the pool's max", async () => {
    const pool = new WorkerPool({ max: 3, perWorker: 1, entry: fake('echo') });
    cleanups.push(() => pool.close());
    const one = pool.lease(1);
    one.expect!(20);
    await Promise.all(Array.from({ length: 20 }, (_, i) => one.analyze(`نص ${i}`, {})));
    await one.close();
    expect(pool.stats().started).toBe(1);
  });

  it('a worker that dies fails only the article it was analysing; nothing else is lost', async () => {
    const f = await BACKENDS[0].fresh();
    cleanups.push(f.cleanup);
    const pool = new WorkerPool({ max: 1, entry: fake('real') });
    cleanups.push(() => pool.close());
    const dir = articleDir(6, 'crash', { 1: 'قال الوزير @@crash@@ في بغداد.', 4: 'قال الوزير @@throw@@ في عمان.' });
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const sum = await ingestPaths(f.store, [dir], { jobs: 2, pool, progress: 'none' });
    expect(sum).toMatchObject({ added: 4, failed: 2, total: 6 });
    const failed = Object.fromEntries(sum.failures.map((x) => [x.origin.split('/').pop(), x.error]));
    expect(Object.keys(failed).sort()).toEqual(['a01.txt', 'a04.txt']);
    expect(failed['a01.txt']).toMatch(/exit code 7/);
    expect(failed['a04.txt']).toBe('analysis failed (test)');
    // the crashed worker was replaced (the item queued behind the crash was analysed by the new one)
    expect(pool.stats().started).toBe(2);
    const stored = (await f.store.listArticles({ limit: 10 })).items;
    expect(stored.length).toBe(4);
    // and a re-run stores the rest without analysing the stored ones again
    const again = await ingestPaths(f.store, [dir], { jobs: 2, pool, progress: 'none' });
    expect(again).toMatchObject({ added: 0, unchanged: 4, failed: 2 });
  });

  it('a worker that cannot start fails the ingest per article with its error, without a storm of workers', async () => {
    const f = await BACKENDS[0].fresh();
    cleanups.push(f.cleanup);
    const pool = new WorkerPool({ max: 2, perWorker: 1, entry: fake('start') });
    cleanups.push(() => pool.close());
    const dir = articleDir(5, 'nostart');
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const sum = await ingestPaths(f.store, [dir], { jobs: 2, pool, progress: 'none' });
    expect(sum).toMatchObject({ added: 0, failed: 5 });
    for (const x of sum.failures) expect(x.error).toMatch(/cannot load the pipeline/);
    expect(pool.stats().started).toBeLessThanOrEqual(2);
    expect((await f.store.stats()).articles).toBe(0);
  });

  it('close() fails queued items and stops the workers', async () => {
    const pool = new WorkerPool({ max: 1, entry: fake('echo') });
    const lease = pool.lease();
    await lease.analyze('نص', {});
    expect(pool.stats().alive).toBe(1);
    const pending = lease.analyze('نص آخر', {}).then(() => 'done', (e: Error) => e.message);
    await pool.close();
    expect(['done', 'worker pool closed']).toContain(await pending);
    expect(pool.stats().alive).toBe(0);
    await expect(lease.analyze('نص', {})).rejects.toThrow(/closed/);
  });
});

describe('worker bundle', () => {
  it('a worker running the bundle prepares byte-identical results to the main thread', async () => {
    const files = readdirSync(EXAMPLES).filter((x) => x.endsWith('.txt')).sort().slice(0, 4);
    const pool = workerPool(1);
    cleanups.push(() => pool.close());
    for (const file of files) {
      const text = readFileSync(join(EXAMPLES, file), 'utf8');
      const meta = { title: file, outlet: 'اختبار', published: '2021-05-01' };
      const r = await pool.analyzeForStore!(text, meta);
      const a = analyze({ text, meta });
      expect(JSON.stringify(r.analysis)).toBe(JSON.stringify(a));
      expect(Buffer.from(r.packed!)).toEqual(packAnalysis(a));
      expect(r.index).toEqual({ stemmer: STEMMER_VERSION, title: indexText(file), body: indexText(text) });
    }
    expect(pool.pool.stats().entry).toBe('bundle');
  });

  it('is rebuilt when a source it was built from changes (manifest hashes), reused otherwise', async () => {
    const esbuild = loadEsbuild();
    const dir = join(CACHE_DIR, '..', `isnad-test-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    expect(upToDate(dir, esbuild.version)).toBeNull();
    const file = await buildBundle(esbuild, dir);
    expect(upToDate(dir, esbuild.version)).toBe(file);
    const manifest = JSON.parse(readFileSync(join(dir, 'worker.json'), 'utf8')) as { inputs: Record<string, string> };
    const inputs = Object.keys(manifest.inputs);
    // the pipeline's sources are inputs (so editing any of them invalidates the bundle); packages are not bundled
    expect(inputs).toContain(join('src', 'analyze.ts'));
    expect(inputs).toContain(join('src', 'archive', 'worker.ts'));
    expect(inputs.some((p) => p.includes('node_modules'))).toBe(false);
    // each module keeps its own import.meta.url (data/ is found from src/lexicon/tsv.ts, not from the bundle)
    expect(readFileSync(file, 'utf8')).not.toMatch(/import\.meta\.url/);
    manifest.inputs[join('src', 'analyze.ts')] = '0'.repeat(40);
    writeFileSync(join(dir, 'worker.json'), JSON.stringify(manifest));
    expect(upToDate(dir, esbuild.version)).toBeNull();
    expect(upToDate(join(dir, 'missing'), esbuild.version)).toBeNull();
  });
});
