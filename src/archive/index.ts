// Public entry points of the archive (used by the CLI and by `isnad serve` / `isnad demo`).
export type * from './store.ts';
export { openStore, resolveDbLocation } from './open.ts';
export { ingestPaths, type IngestOptions, type IngestSummary, type IngestItemReport } from './ingest.ts';
