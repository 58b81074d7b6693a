import type { Command } from 'commander';

export function registerAnalyze(program: Command): void {
  program.command('analyze').description('analyse Arabic articles (text or HTML)').argument('[files...]').action(() => {
    throw new Error('not implemented yet');
  });
}
