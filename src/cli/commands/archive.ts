// Archive commands: ingest, search, entity, sources, export, serve, demo (see src/archive, src/server).
import type { Command } from 'commander';

export function registerArchive(_program: Command): void {}
