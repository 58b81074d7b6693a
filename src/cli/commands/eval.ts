// `isnad eval ner|attributions|events`: each subcommand's logic lives in src/eval/*.
import type { Command } from 'commander';

export function registerEval(program: Command): void {
  program.command('eval').description('measure accuracy against gold data');
}
