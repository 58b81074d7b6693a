// `isnad eval attributions`: see the owning stage's README section.
import type { Command } from 'commander';

export function registerAttributionsEval(_evalCmd: Command): void {}
