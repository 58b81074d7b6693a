// `isnad` command line. Each command lives in its own module under ./commands and registers itself here.
import { Command, CommanderError } from 'commander';
import { CliError } from './errors.ts';
import { registerAnalyze } from './commands/analyze.ts';
import { registerArchive } from './commands/archive.ts';
import { registerEval } from './commands/eval.ts';
import { registerNer } from './commands/ner.ts';
import { registerServe } from './commands/serve.ts';

const program = new Command();
program
  .name('isnad')
  .description('Arabic news → checkable evidence: entities, attributions (isnad), PLOVER events, dates.')
  .version('0.1.0')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) })
  .showHelpAfterError(false);

registerAnalyze(program);
registerArchive(program);
registerEval(program);
registerNer(program);
registerServe(program);

function fail(message: string, code: number): never {
  process.stderr.write(`isnad: ${message.replace(/^error: /, '')}\n`);
  process.exit(code);
}

// `isnad … | head` closes the pipe early: stop quietly instead of an unhandled EPIPE stack trace
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') process.exit(0);
    // commander already printed its message
    process.exit(err.exitCode === 0 ? 2 : 2);
  }
  if (err instanceof CliError) fail(err.message, err.code);
  const e = err as NodeJS.ErrnoException;
  fail(e?.message ?? String(err), 1);
}
