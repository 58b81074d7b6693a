// How an analysis is kept in the `articles` row (schema v2): the text in its own column (search snippets and
// reindexing read it without touching the analysis) and the rest of the contract JSON compressed with zlib, its
// "text" emptied so the text is not stored twice. Rows written by schema v1 hold the whole JSON in `analysis`;
// `unpackAnalysis` reads both forms, and `SqlStore.compactStorage` rewrites v1 rows in the v2 form.
import { deflateSync, inflateSync } from 'node:zlib';
import type { Analysis } from '../contract.ts';

/** zlib level: 1 is 2.5× faster than the default 6 and costs ~20% more bytes on analysis JSON. */
const LEVEL = 1;

/** The compressed analysis JSON without its text (key order kept: "text" stays in place, as ""). */
export function packAnalysis(a: Analysis): Buffer {
  return deflateSync(JSON.stringify({ ...a, text: '' }), { level: LEVEL });
}

/** The stored form of the same analysis under another doc id (key order kept: byte-identical to packing it so). */
export function repackWithId(packed: Uint8Array, id: string): Buffer {
  const a = JSON.parse(inflateSync(asBuffer(packed)).toString('utf8')) as Analysis;
  a.doc.id = id;
  return packAnalysis(a);
}

/** A Buffer view of bytes that crossed a worker boundary (structured clone gives a plain Uint8Array). */
export function asBuffer(b: Uint8Array): Buffer {
  return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

export interface StoredAnalysisRow {
  /** v1 rows: the whole analysis JSON; v2 rows: ''. */
  analysis: string | null;
  analysis_z?: Uint8Array | null;
  text?: string | null;
}

/** The analysis of a stored row, whichever form it was written in. */
export function unpackAnalysis(row: StoredAnalysisRow): Analysis {
  if (row.analysis_z && row.analysis_z.length) {
    const a = JSON.parse(inflateSync(asBuffer(row.analysis_z)).toString('utf8')) as Analysis;
    a.text = row.text ?? '';
    return a;
  }
  return JSON.parse(row.analysis ?? '') as Analysis;
}
