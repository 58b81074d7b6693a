// `isnad analyze [FILE...|-]`: analyse articles (UTF-8 text or HTML) and print a report, the contract
// JSON (--json / --jsonl) or PLOVER event records (--events-jsonl).
import type { Command } from 'commander';
import { CliError } from '../errors.ts';
import { analyze } from '../../analyze.ts';
import type { Analysis, Event } from '../../contract.ts';
import { checkCountry, InputError, isValidDay, readArticleFile, readArticleStdin, type ArticleInput } from '../../input/index.ts';
import { formatReport } from '../report.ts';

interface AnalyzeCliOptions {
  json?: boolean;
  compact?: boolean;
  jsonl?: boolean;
  eventsJsonl?: boolean;
  published?: string;
  outlet?: string;
  title?: string;
  url?: string;
  country?: string;
  model?: string;
}

type ToPlover = (event: Event, analysis: Analysis) => unknown;

async function loadPlover(): Promise<ToPlover> {
  try {
    const mod = (await import('../../events/plover.ts')) as { toPloverRecord?: ToPlover };
    if (typeof mod.toPloverRecord === 'function') return mod.toPloverRecord;
  } catch {
    // fall through
  }
  throw new CliError('--events-jsonl: the PLOVER exporter (src/events/plover.ts) is not available', 1);
}

function parseDay(v: string): string {
  if (!isValidDay(v)) throw new CliError(`--published must be a real date written YYYY-MM-DD, got "${v}"`, 2);
  return v;
}

function parseCountry(v: string): string {
  try {
    return checkCountry(v, '--country');
  } catch (e) {
    throw new CliError((e as Error).message, 2);
  }
}

async function read(path: string): Promise<ArticleInput> {
  try {
    return path === '-' ? await readArticleStdin() : await readArticleFile(path);
  } catch (e) {
    if (e instanceof InputError) throw new CliError(e.message, 1);
    throw e;
  }
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse Arabic news articles (UTF-8 text or HTML); "-" or no file reads stdin')
    .argument('[files...]', 'article files (.txt with optional STEM.meta.json, or .html)')
    .option('--json', 'print the analysis as JSON (contract isnad.analysis/1), pretty-printed; an array for several files')
    .option('--compact', 'with --json: one line, no indentation')
    .option('--jsonl', 'print one compact JSON analysis per line (for many files)')
    .option('--events-jsonl', 'print one PLOVER record per event, one JSON a line')
    .option('--published <date>', 'publication date YYYY-MM-DD (anchors relative dates)', parseDay)
    .option('--outlet <name>', 'the outlet that published the article')
    .option('--title <title>', 'article title')
    .option('--url <url>', 'article URL')
    .option('--country <code>', 'ISO country code of the story (JO, IQ…): a context hint for place names such as عمان', parseCountry)
    .option('--model <path>', 'learned NER model to combine with the rules')
    .action(async (files: string[], o: AnalyzeCliOptions) => {
      if (!files.length && process.stdin.isTTY) throw new CliError('no input: give article files, or pipe text to stdin ("-")', 2);
      const paths = files.length ? files : ['-'];
      if (paths.filter((p) => p === '-').length > 1) throw new CliError('stdin ("-") can be read only once', 2);
      const modes = [o.json, o.jsonl, o.eventsJsonl].filter(Boolean).length;
      if (modes > 1) throw new CliError('use only one of --json, --jsonl and --events-jsonl', 2);
      if (o.compact && !o.json) throw new CliError('--compact goes with --json', 2);
      if (o.model !== undefined) {
        const { existsSync } = await import('node:fs');
        if (!existsSync(o.model)) throw new CliError(`--model: ${o.model}: no such file`, 1);
      }
      // no --model: $ISNAD_NER_MODEL or isnad.config.json "nerModel" (src/ner/index.ts); a bad file is a CliError
      const nerModel = o.model ?? (await import('../../ner/index.ts')).resolveNerModelPath() ?? undefined;
      const toPlover = o.eventsJsonl ? await loadPlover() : undefined;
      // read every input first so a bad path fails before any output
      const inputs: ArticleInput[] = [];
      for (const p of paths) inputs.push(await read(p));
      const jsonArray: Analysis[] = [];
      for (const input of inputs) {
        const meta = { ...input.meta };
        delete meta.byline;
        if (o.published) meta.published = o.published;
        if (o.outlet) meta.outlet = o.outlet;
        if (o.title) meta.title = o.title;
        if (o.url) meta.url = o.url;
        if (o.country) meta.country = o.country;
        const a = analyze({ text: input.text, meta }, nerModel ? { model: nerModel } : {});
        if (o.jsonl) process.stdout.write(JSON.stringify(a) + '\n');
        else if (toPlover) for (const ev of a.events) process.stdout.write(JSON.stringify(toPlover(ev, a)) + '\n');
        else if (o.json) jsonArray.push(a);
        else {
          if (inputs.length > 1) process.stdout.write(`\n=== ${input.origin ?? ''}\n`);
          process.stdout.write(formatReport(a));
        }
        for (const w of a.warnings ?? []) process.stderr.write(`isnad: ${input.origin ?? 'input'}: warning: ${w}\n`);
      }
      if (o.json) {
        const value = jsonArray.length === 1 ? jsonArray[0] : jsonArray;
        process.stdout.write((o.compact ? JSON.stringify(value) : JSON.stringify(value, null, 2)) + '\n');
      }
    });
}
