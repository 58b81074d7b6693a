// `isnad serve` (HTTP API + web UI) and `isnad demo` (ingest examples/ into the embedded default, then serve).
import type { Command } from 'commander';

export function registerServe(_program: Command): void {}
