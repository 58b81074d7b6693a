// The ingest workers' code as one prebuilt JavaScript file. Loading the pipeline through tsx costs a fresh worker
// ≈ 0.4 CPU-s (a loader-hooks thread, a resolve/transform round trip per module); one esbuild bundle of the same
// modules loads in ≈ 0.04 s. The bundle is built on first use into node_modules/.cache/isnad/ and rebuilt
// whenever one of its source files changes (a manifest holds each input's hash), so it never runs stale code.
// Anything unusual (esbuild missing, a read-only tree, a failed build, ISNAD_WORKER_BUNDLE=0) falls back to
// the tsx bootstrap, which runs the same sources.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface WorkerEntry {
  /** What `new Worker()` is given. */
  url: URL;
  /** Passed as workerData (the tsx bootstrap reads the TypeScript entry from it). */
  data?: { entry: string };
  kind: 'bundle' | 'tsx';
  /** Why the bundle is not used (kind 'tsx'). */
  reason?: string;
}

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const ENTRY_TS = join(HERE, 'worker.ts');
export const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'isnad');

interface Manifest {
  node: string;
  esbuild: string;
  bundle: string;
  /** input path (relative to the project root) → sha1 of its content */
  inputs: Record<string, string>;
}

const sha1 = (b: Buffer | string) => createHash('sha1').update(b).digest('hex');

export function tsxEntry(reason?: string): WorkerEntry {
  return {
    url: new URL('./worker-boot.mjs', import.meta.url),
    data: { entry: pathToFileURL(ENTRY_TS).href },
    kind: 'tsx',
    ...(reason ? { reason } : {}),
  };
}

/** The manifest's bundle when every input still has the hash it was built from. */
export function upToDate(cacheDir: string, esbuildVersion: string): string | null {
  try {
    const m = JSON.parse(readFileSync(join(cacheDir, 'worker.json'), 'utf8')) as Manifest;
    if (m.node !== process.version || m.esbuild !== esbuildVersion) return null;
    const bundle = join(cacheDir, m.bundle);
    if (!existsSync(bundle)) return null;
    for (const [rel, h] of Object.entries(m.inputs)) {
      const p = join(ROOT, rel);
      if (!existsSync(p) || sha1(readFileSync(p)) !== h) return null;
    }
    return bundle;
  } catch {
    return null;
  }
}

export type Esbuild = typeof import('esbuild');

/** Bundle worker.ts and what it imports into cacheDir; returns the bundle's path. */
export async function buildBundle(esbuild: Esbuild, cacheDir: string): Promise<string> {
  mkdirSync(cacheDir, { recursive: true });
  const tmp = join(cacheDir, `worker-${process.pid}-${Date.now()}.tmp.mjs`);
  const r = await esbuild.build({
    entryPoints: [ENTRY_TS],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    // packages resolve from node_modules at run time, as they do under tsx (the bundle sits inside the tree)
    packages: 'external',
    // as tsx compiles: function and class names kept
    keepNames: true,
    absWorkingDir: ROOT,
    outfile: tmp,
    write: true,
    metafile: true,
    logLevel: 'silent',
    plugins: [{
      name: 'isnad-meta-url',
      setup(b) {
        // each module keeps its own import.meta.url (data/ and package lookups are relative to the source file)
        b.onLoad({ filter: /\.[cm]?ts$/ }, async (a) => {
          const src = await readFile(a.path, 'utf8');
          return { contents: src.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(a.path).href)), loader: 'ts' };
        });
      },
    }],
  });
  const inputs: Record<string, string> = {};
  for (const p of Object.keys(r.metafile!.inputs)) {
    const abs = resolve(ROOT, p);
    inputs[relative(ROOT, abs)] = sha1(readFileSync(abs));
  }
  const code = readFileSync(tmp);
  const name = `worker-${sha1(code).slice(0, 16)}.mjs`;
  renameSync(tmp, join(cacheDir, name));
  const m: Manifest = { node: process.version, esbuild: esbuild.version, bundle: name, inputs };
  const manifest = join(cacheDir, 'worker.json');
  const mtmp = `${manifest}.${process.pid}.tmp`;
  writeFileSync(mtmp, JSON.stringify(m, null, 1));
  renameSync(mtmp, manifest);
  // old bundles: removed once nobody can still be starting workers from them
  for (const f of readdirSync(cacheDir)) {
    if (f === name || !/^worker-.*\.mjs$/.test(f)) continue;
    const p = join(cacheDir, f);
    try {
      if (Date.now() - statSync(p).mtimeMs > 3600_000) unlinkSync(p);
    } catch { /* another process removed it */ }
  }
  return join(cacheDir, name);
}

/** esbuild, resolved from the project (it comes with tsx, which compiles with it). */
export function loadEsbuild(): Esbuild {
  return createRequire(join(ROOT, 'package.json'))('esbuild') as Esbuild;
}

let memo: Promise<WorkerEntry> | null = null;

/** Where ingest workers load the pipeline from: the cached bundle (built when missing or stale), else tsx. */
export function workerEntry(): Promise<WorkerEntry> {
  memo ??= (async (): Promise<WorkerEntry> => {
    if (process.env.ISNAD_WORKER_BUNDLE === '0') return tsxEntry('disabled by ISNAD_WORKER_BUNDLE=0');
    let esbuild: Esbuild;
    try {
      esbuild = loadEsbuild();
    } catch (e) {
      return tsxEntry(`esbuild not available (${(e as Error).message.split('\n')[0]})`);
    }
    try {
      const file = upToDate(CACHE_DIR, esbuild.version) ?? (await buildBundle(esbuild, CACHE_DIR));
      return { url: pathToFileURL(file), kind: 'bundle' };
    } catch (e) {
      return tsxEntry(`bundle not built (${(e as Error).message.split('\n')[0]})`);
    }
  })();
  return memo;
}

/** Forget the memoised entry (tests; a long-running process after its sources changed). */
export function resetWorkerEntry(): void {
  memo = null;
}
