// `isnad eval ner`: see the owning stage's README section.
import type { Command } from 'commander';

export function registerNerEval(_evalCmd: Command): void {}
