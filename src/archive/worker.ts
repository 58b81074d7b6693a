// worker_threads entry: analyse texts sent by the ingest pool (pool.ts). Loaded from the prebuilt bundle, or with
// tsx through worker-boot.mjs (bundle.ts decides).
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analyze.ts';
import type { DocMeta } from '../contract.ts';
import { articleRows } from './rows.ts';
import { indexText, STEMMER_VERSION } from './stem.ts';
import { packAnalysis } from './storage.ts';

/** `rows`: reply with the article's store rows (rows.ts) instead of the analysis (an ingest into a SqlStore). */
parentPort!.on('message', (msg: { id: number; text: string; meta: Partial<DocMeta>; rows?: boolean }) => {
  try {
    const analysis = analyze({ text: msg.text, meta: msg.meta });
    // FTS text preparation here too, so the main thread only writes rows
    const index = { stemmer: STEMMER_VERSION, title: indexText(analysis.doc.title ?? ''), body: indexText(analysis.text) };
    // and the stored (compressed) form of the analysis
    const packed = packAnalysis(analysis);
    if (msg.rows) {
      // the rows hold every value the store writes: the main thread receives a fraction of the analysis' bytes, and
      // the text only if the analysis changed it (it never does today: the main thread has it)
      parentPort!.postMessage({ id: msg.id, rows: articleRows(analysis), index, packed, ...(analysis.text !== msg.text ? { text: analysis.text } : {}) });
    } else parentPort!.postMessage({ id: msg.id, analysis, index, packed });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: (e as Error).message ?? String(e) });
  }
});
// the pipeline loaded: a worker that dies after this failed on an item, not at start-up
parentPort!.postMessage({ ready: true });
