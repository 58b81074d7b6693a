// Learned NER commands: `isnad train ner`, `isnad tag` (see src/ner).
import type { Command } from 'commander';

export function registerNer(_program: Command): void {}
