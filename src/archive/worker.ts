// worker_threads entry: analyse texts sent by the ingest pool (pool.ts). Loaded from the prebuilt bundle, or with
// tsx through worker-boot.mjs (bundle.ts decides).
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analyze.ts';
import type { DocMeta } from '../contract.ts';
import { indexText, STEMMER_VERSION } from './stem.ts';
import { packAnalysis } from './storage.ts';

parentPort!.on('message', (msg: { id: number; text: string; meta: Partial<DocMeta> }) => {
  try {
    const analysis = analyze({ text: msg.text, meta: msg.meta });
    // FTS text preparation here too, so the main thread only writes rows
    const index = { stemmer: STEMMER_VERSION, title: indexText(analysis.doc.title ?? ''), body: indexText(analysis.text) };
    // and the stored (compressed) form of the analysis
    const packed = packAnalysis(analysis);
    parentPort!.postMessage({ id: msg.id, analysis, index, packed });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: (e as Error).message ?? String(e) });
  }
});
// the pipeline loaded: a worker that dies after this failed on an item, not at start-up
parentPort!.postMessage({ ready: true });
