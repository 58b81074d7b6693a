// `isnad eval ner|attributions|events`: each subcommand's logic lives in src/eval/*.
import type { Command } from 'commander';
import { registerNerEval } from '../../eval/ner.ts';
import { registerAttributionsEval } from '../../eval/attributions.ts';
import { registerEventsEval } from '../../eval/events.ts';
import { registerEntitiesEval } from '../../eval/entities.ts';

export function registerEval(program: Command): void {
  const evalCmd = program.command('eval').description('measure accuracy against gold data');
  registerNerEval(evalCmd);
  registerAttributionsEval(evalCmd);
  registerEventsEval(evalCmd);
  registerEntitiesEval(evalCmd);
}
