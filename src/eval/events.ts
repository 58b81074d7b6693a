// `isnad eval events`: see the owning stage's README section.
import type { Command } from 'commander';

export function registerEventsEval(_evalCmd: Command): void {}
