// `isnad analyze [FILE...|-]`: analyse articles (UTF-8 text or HTML) and print a report, the contract
// JSON (--json / --jsonl) or PLOVER event records (--events-jsonl).
import { Option, type Command } from 'commander';
import { CliError } from '../errors.ts';
import { analyze } from '../../analyze.ts';
import type { Analysis, Event } from '../../contract.ts';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { articleFromBytes, checkCountry, decodeUtf8Strict, InputError, isValidDay, readArticleFile, type ArticleInput, type ArticleMeta } from '../../input/index.ts';
import { looksLikeFeed, parseFeed, readFileItems, type RawItem } from '../../archive/read.ts';
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
  progress: 'auto' | 'lines' | 'none';
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

const MULTI_EXT = new Set(['.json', '.jsonl', '.ndjson', '.xml', '.rss', '.atom']);

/** Does this file hold several articles (JSON, JSONL, an RSS/Atom feed) rather than one text or page? */
function holdsItems(path: string): boolean {
  if (MULTI_EXT.has(extname(path).toLowerCase())) return true;
  try {
    // a feed saved as .html or without extension: sniff the first bytes
    const fd = openSync(path, 'r');
    const head = Buffer.alloc(2048);
    const n = readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
    return looksLikeFeed(head.subarray(0, n).toString('utf8'));
  } catch {
    return false;
  }
}

/**
 * The articles of a JSON/JSONL file or RSS/Atom feed (the same reader as `isnad ingest`). A bad item is one
 * stderr line and is skipped; the others are analysed.
 */
function readItems(path: string, onBad: (msg: string) => void, onWarn: (msg: string) => void): ArticleInput[] {
  let items;
  try {
    items = readFileItems(path, (origin, error) => onBad(`${origin}: ${error}`));
  } catch (e) {
    if (e instanceof InputError) throw e;
    const msg = (e as Error).message;
    throw new CliError(msg.startsWith(path) ? msg : `${path}: ${msg}`, 1);
  }
  return itemsToInputs(items, onBad, onWarn);
}

function itemsToInputs(items: RawItem[], onBad: (msg: string) => void, onWarn: (msg: string) => void): ArticleInput[] {
  return items.map((it) => {
    const meta: ArticleMeta = {};
    if (it.title) meta.title = it.title;
    if (it.outlet) meta.outlet = it.outlet;
    if (it.url) meta.url = it.url;
    if (it.country) meta.country = it.country;
    // the reader's warnings (an impossible or unreadable date it left out)
    for (const w of it.warnings ?? []) onWarn(`${it.origin}: warning: ${w}`);
    if (it.published) {
      // a feed's "2026-13-45" would anchor relative dates to a day that does not exist
      if (isValidDay(it.published)) meta.published = it.published;
      else onWarn(`${it.origin}: warning: ignoring the impossible publication date "${it.published}"`);
    }
    return { text: it.text, meta, format: 'text' as const, origin: it.origin };
  }).filter((a) => {
    if (a.text.trim()) return true;
    onBad(`${a.origin}: no text`);
    return false;
  });
}

/** stdin: one text or HTML article, or an RSS/Atom feed piped in (`curl … | isnad analyze -`). */
async function readStdin(onBad: (msg: string) => void, onWarn: (msg: string) => void): Promise<ArticleInput[]> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const buf = Buffer.concat(chunks);
  if (buf.length && looksLikeFeed(buf.subarray(0, 2048).toString('utf8'))) {
    const s = decodeUtf8Strict(buf, 'stdin');
    return itemsToInputs(parseFeed(s, 'stdin'), onBad, onWarn);
  }
  return [articleFromBytes(buf, 'stdin')];
}

async function read(path: string, onBad: (msg: string) => void, onWarn: (msg: string) => void): Promise<ArticleInput[]> {
  try {
    if (path !== '-' && existsSync(path) && statSync(path).isFile() && holdsItems(path)) return readItems(path, onBad, onWarn);
    if (path === '-') return await readStdin(onBad, onWarn);
    return [await readArticleFile(path)];
  } catch (e) {
    if (e instanceof InputError) throw new CliError(e.message, 1);
    throw e;
  }
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse Arabic news articles (UTF-8 text or HTML); "-" or no file reads stdin')
    .argument('[files...]', 'article files (.txt with optional STEM.meta.json, .html; .json, .jsonl and RSS/Atom feeds give one analysis per item)')
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
    .addOption(new Option('--progress <mode>', 'progress on stderr for many or long articles: auto (a status line on a terminal), lines, none')
      .choices(['auto', 'lines', 'none']).default('auto'))
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
      let bad = 0;
      const onBad = (msg: string) => {
        bad++;
        process.stderr.write(`isnad: ${msg}\n`);
      };
      const onWarn = (msg: string) => process.stderr.write(`isnad: ${msg}\n`);
      for (const p of paths) inputs.push(...(await read(p, onBad, onWarn)));
      if (!inputs.length) throw new CliError(`no article to analyse in ${paths.join(', ')}`, 1);
      // a skipped item (bad JSONL line, empty feed entry) makes the exit status non-zero once the rest is done
      if (bad) process.exitCode = 1;
      const jsonArray: Analysis[] = [];
      // long work gets a status line: several articles, or one long enough to take seconds (≈ 100k chars/s)
      const totalChars = inputs.reduce((n, x) => n + x.text.length, 0);
      const mode = o.progress === 'auto' ? (process.stderr.isTTY && (inputs.length > 1 || totalChars > 200_000) ? 'tty' : 'none') : o.progress;
      const t0 = performance.now();
      let doneChars = 0;
      const status = (i: number, input: ArticleInput) => {
        if (mode === 'none') return;
        const el = (performance.now() - t0) / 1000;
        const eta = doneChars > 0 ? Math.round(((totalChars - doneChars) * el) / doneChars) : null;
        const line = `analyse ${i + 1}/${inputs.length} ${input.origin ?? ''} (${Math.round(input.text.length / 1000)}k chars${eta != null ? `, ETA ${eta}s` : ''})`;
        process.stderr.write(mode === 'tty' ? `\r\x1b[K${line}` : `${line}\n`);
      };
      for (const [i, input] of inputs.entries()) {
        status(i, input);
        const meta = { ...input.meta };
        delete meta.byline;
        if (o.published) meta.published = o.published;
        if (o.outlet) meta.outlet = o.outlet;
        if (o.title) meta.title = o.title;
        if (o.url) meta.url = o.url;
        if (o.country) meta.country = o.country;
        // a publication date in the future anchors "أمس" and "الأحد الماضي" to days that have not happened yet
        if (meta.published && meta.published > new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)) {
          process.stderr.write(`isnad: ${input.origin ?? 'input'}: warning: the publication date ${meta.published} is in the future; relative dates are resolved against it\n`);
        }
        const a = analyze({ text: input.text, meta }, nerModel ? { model: nerModel } : {});
        doneChars += input.text.length;
        if (mode === 'tty') process.stderr.write('\r\x1b[K');
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
