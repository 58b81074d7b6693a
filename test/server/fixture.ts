// A demo archive for server and e2e tests: examples/ (+ the shared seed when present) and an article whose
// text carries HTML injection attempts (it must always render as text).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyze } from '../../src/analyze.ts';
import { ingestPaths, openStore, type Store } from '../../src/archive/index.ts';
import { exampleInputs } from '../../src/server/index.ts';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const SEED = '/work/shared/seed/000_60db55bcef7aaadf.txt';
export const INJECT_MARK = 'المتسللون';
export const INJECT_TEXT = [
  `قال مسؤول في وزارة الداخلية المصرية إن ${INJECT_MARK} حاولوا إدخال هذا النص <script>window.__pwned = 1</script> إلى الموقع.`,
  `وأضاف المسؤول أن الصورة <img src=x onerror="window.__pwned = 2"> لم تظهر في القاهرة، بحسب بيان الوزارة.`,
].join('\n');

export interface Fixture {
  dir: string;
  dbPath: string;
  store: Store;
  injectedId: string;
  cleanup(): Promise<void>;
}

export async function demoArchive(): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-h7-'));
  const dbPath = join(dir, 'demo.db');
  const store = await openStore(dbPath);
  const inputs = exampleInputs(join(ROOT, 'examples'));
  if (existsSync(SEED)) inputs.push(SEED);
  await ingestPaths(store, inputs, { progress: 'none' });
  const a = analyze({ text: INJECT_TEXT, meta: { title: 'عنوان <b>مُحقن</b> <img src=x onerror="window.__pwned=3">', outlet: 'منفذ الاختبار', published: '2024-05-01' } });
  const put = await store.putAnalysis(a);
  return {
    dir, dbPath, store, injectedId: put.id,
    cleanup: async () => {
      await store.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
