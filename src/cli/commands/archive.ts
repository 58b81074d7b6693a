// Archive commands: ingest, search, entity, sources, export, db (info/check). The store lives in
// src/archive (SQLite file by default: --db, ISNAD_DB, ./isnad.db; PostgreSQL with --db postgres://…).
import { createWriteStream, type WriteStream } from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import { CliError } from '../errors.ts';
import { PLOVER_TYPES, type EntityType, type PloverType, type SourceKind } from '../../contract.ts';
import { openStore, resolveDbLocation, ArchiveFormatError, isPgUrl } from '../../archive/open.ts';
import { ingestPaths } from '../../archive/ingest.ts';
import { exportArchive, EXPORT_FORMATS, type ExportFormat } from '../../archive/export.ts';
import { renderSnippet } from '../../archive/snippet.ts';
import type { Store } from '../../archive/store.ts';
import type { SqlStore } from '../../archive/sqlstore.ts';
import { isValidDatePrefix } from '../../input/index.ts';
import { eventsGeoJson, placesGeoJson } from '../../server/geojson.ts';

const ENTITY_TYPES: EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
const SOURCE_KINDS: SourceKind[] = ['named', 'anonymous', 'document', 'media', 'vague'];

function dateOpt(v: string | undefined, name: string): string | undefined {
  if (v == null) return undefined;
  if (!isValidDatePrefix(v)) throw new CliError(`--${name} expects a real date written YYYY, YYYY-MM or YYYY-MM-DD, got "${v}"`, 2);
  return v;
}

function intOpt(v: string | undefined, name: string, min = 1): number | undefined {
  if (v == null) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new CliError(`--${name} expects an integer ≥ ${min}, got "${v}"`, 2);
  return n;
}

/** Map store/driver errors to one-line user errors. */
function dbError(e: unknown): never {
  if (e instanceof CliError) throw e;
  if (e instanceof ArchiveFormatError) throw new CliError(e.message, 3);
  const code = (e as { code?: string })?.code ?? '';
  if (/^SQLITE_(NOTADB|CORRUPT)/.test(code)) throw new CliError(`the archive database is corrupt or not an Isnad archive (${(e as Error).message})`, 3);
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) throw new CliError(`the archive database is busy (${(e as Error).message})`, 3);
  throw e;
}

async function withStore<T>(db: string | undefined, readonly: boolean, fn: (s: Store) => Promise<T>): Promise<T> {
  let store: Store;
  try {
    // PostgreSQL has no read-only open mode here; SQLite read commands never create a file
    store = await openStore(resolveDbLocation(db), { readonly: readonly && !isPgUrl(resolveDbLocation(db)) });
  } catch (e) {
    dbError(e);
  }
  try {
    return await fn(store);
  } catch (e) {
    dbError(e);
  } finally {
    await store.close().catch(() => {});
  }
}

/** An outlet name with a typo gives an empty result: say which outlets exist (stderr). */
async function warnUnknownOutlet(s: Store, outlet: string, cmd: string): Promise<void> {
  const known = (await s.outlets()).map((x) => x.outlet);
  if (!known.includes(outlet)) process.stderr.write(`${cmd}: no outlet "${outlet}" in the archive${known.length ? `; outlets: ${known.slice(0, 20).join('، ')}` : ''}\n`);
}

/** A write stream on FILE, opened before any export work so a bad path is one clear error. */
async function openOutput(path: string): Promise<WriteStream> {
  const file = createWriteStream(path);
  try {
    await new Promise<void>((res, rej) => {
      file.once('open', () => res());
      file.once('error', rej);
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such directory' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? (e as Error).message);
    throw new CliError(`--output: cannot write ${path} (${why})`, 1);
  }
  return file;
}

const dbOption = () => new Option('--db <path|url>', 'archive: SQLite file or postgres:// URL (default $ISNAD_DB or ./isnad.db)');
const useColor = () => !!process.stdout.isTTY && !process.env.NO_COLOR;
const bold = (s: string) => (useColor() ? `\x1b[1m${s}\x1b[22m` : s);
const dim = (s: string) => (useColor() ? `\x1b[2m${s}\x1b[22m` : s);
const out = (s = '') => process.stdout.write(`${s}\n`);

export function registerArchive(program: Command): void {
  program.command('ingest')
    .description('analyse and store articles: files (.txt [+ .meta.json], .html, .json, .jsonl, RSS/Atom), directories, feed/page URLs')
    .argument('<inputs...>', 'files, directories or http(s) URLs')
    .addOption(dbOption())
    .option('-j, --jobs <n>', 'analyse in N worker threads', '1')
    .option('--outlet <name>', 'outlet for items that carry none')
    .option('--force', 're-analyse articles already stored')
    .addOption(new Option('--progress <mode>', 'progress display on stderr').choices(['auto', 'bar', 'lines', 'none']).default('auto'))
    .option('--json', 'print the summary as JSON on stdout')
    .action(async (inputs: string[], o: { db?: string; jobs: string; outlet?: string; force?: boolean; progress: 'auto' | 'bar' | 'lines' | 'none'; json?: boolean }) => {
      const jobs = intOpt(o.jobs, 'jobs')!;
      const sum = await withStore(o.db, false, (s) => ingestPaths(s, inputs, { jobs, outlet: o.outlet, force: o.force, progress: o.progress }));
      if (o.json) out(JSON.stringify({ added: sum.added, updated: sum.updated, unchanged: sum.unchanged, failed: sum.failed, total: sum.total, seconds: Math.round(sum.seconds * 1000) / 1000, failures: sum.failures, warnings: sum.warnings }));
      // --progress none prints no per-item lines: still say what failed and why (the --json summary carries it too)
      if (o.progress === 'none' && !o.json) {
        for (const w of sum.warnings) process.stderr.write(`ingest: warning ${w.origin}: ${w.warning}\n`);
        for (const f of sum.failures) process.stderr.write(`ingest: failed ${f.origin}: ${f.error}\n`);
      }
      process.stderr.write(`ingest: ${sum.total} items in ${sum.seconds.toFixed(1)}s: ${sum.added} added, ${sum.updated} updated, ${sum.unchanged} unchanged, ${sum.failed} failed\n`);
      if (sum.failed > 0 && sum.added + sum.updated + sum.unchanged === 0) process.exitCode = 1;
    });

  program.command('search')
    .description('full-text search (Arabic-aware: hamza/ta marbuta/harakat folded, clitics و ب ل ال stripped), ranked with highlighted snippets')
    .argument('[query]', 'words (all must match); may be empty when filters are given', '')
    .addOption(dbOption())
    .option('--entity <name|id>', 'only articles mentioning this entity')
    .addOption(new Option('--type <type>', 'entity type (qualifies --entity; alone: articles with an entity of that type)').choices(ENTITY_TYPES))
    .option('--from <date>', 'published on or after (YYYY[-MM[-DD]])')
    .option('--to <date>', 'published on or before')
    .option('--outlet <name>', 'only this outlet')
    .addOption(new Option('--source-kind <kind>', 'only articles citing a source of this kind').choices(SOURCE_KINDS))
    .addOption(new Option('--event-type <type>', 'only articles with a PLOVER event of this type').choices([...PLOVER_TYPES]))
    .option('-n, --limit <n>', 'results', '20')
    .option('--offset <n>', 'skip results', '0')
    .option('--json', 'JSON output (snippets with highlight offsets)')
    .action(async (query: string, o: Record<string, string | undefined> & { json?: boolean }) => {
      const limit = intOpt(o.limit, 'limit')!;
      const offset = intOpt(o.offset, 'offset', 0)!;
      const from = dateOpt(o.from, 'from');
      const to = dateOpt(o.to, 'to');
      if (!query.trim() && !o.entity && !o.type && !o.outlet && !o.sourceKind && !o.eventType && !from && !to) throw new CliError('search: give a query or at least one filter', 2);
      const r = await withStore(o.db, true, async (s) => {
        const res = await s.search({
          q: query, entity: o.entity, type: o.type as EntityType | undefined, from, to, outlet: o.outlet,
          sourceKind: o.sourceKind as SourceKind | undefined, eventType: o.eventType as PloverType | undefined, limit, offset,
        });
        if (o.outlet && res.total === 0) await warnUnknownOutlet(s, o.outlet, 'search');
        return res;
      });
      if (o.json) {
        out(JSON.stringify(r));
        return;
      }
      if (r.entities && !r.entities.length) {
        process.stderr.write(`search: no entity matches "${o.entity}"\n`);
      }
      out(dim(`${r.totalIsLowerBound ? 'more than ' : ''}${r.total} result${r.total === 1 ? '' : 's'}${r.terms.length ? ` for ${r.terms.join(' ')}` : ''}`));
      r.hits.forEach((h, i) => {
        const a = h.article;
        out(`${offset + i + 1}. ${bold(a.title ?? '(untitled)')} — ${[a.outlet, a.published].filter(Boolean).join(', ')}  ${dim(a.id)}`);
        for (const sn of h.snippets) if (sn.field === 'text') out(`   ${renderSnippet(sn, useColor())}`);
      });
    });

  program.command('entity')
    .description('profile of an entity across the archive: aliases, mentions per month, co-occurring entities, statements, events')
    .argument('<name>', 'name, alias or key (or #ID)')
    .addOption(dbOption())
    .addOption(new Option('--type <type>', 'entity type').choices(ENTITY_TYPES))
    .option('--from <date>', 'articles published on or after')
    .option('--to <date>', 'articles published on or before')
    .option('-n, --limit <n>', 'rows per list', '10')
    .option('--json', 'JSON output')
    .action(async (name: string, o: Record<string, string | undefined> & { json?: boolean }) => {
      if (!name.trim()) throw new CliError('entity: give a name, an alias or #ID', 2);
      const limit = intOpt(o.limit, 'limit')!;
      const from = dateOpt(o.from, 'from');
      const to = dateOpt(o.to, 'to');
      await withStore(o.db, true, async (s) => {
        const byId = /^#?\d+$/.test(name) ? await s.getEntity(Number(name.replace('#', ''))) : null;
        const found = byId ? [byId] : await s.findEntities({ name, type: o.type as EntityType | undefined, limit: 10 });
        const cands = found.length ? found : await s.findEntities({ name, type: o.type as EntityType | undefined, prefix: true, limit: 10 });
        if (!cands.length) throw new CliError(`no entity matches "${name}"`, 1);
        const p = await s.entityProfile(cands[0].id, { from, to, limit });
        if (!p) throw new CliError(`no entity matches "${name}"`, 1);
        if (o.json) {
          out(JSON.stringify({ ...p, alternatives: cands.slice(1) }));
          return;
        }
        const e = p.entity;
        out(`${bold(e.name)} (${e.type}${e.latin ? `, ${e.latin}` : ''}${e.country ? `, ${e.country}` : ''})  #${e.id}`);
        out(`  ${e.articles} articles, ${e.mentions} mentions, ${e.firstSeen ?? '?'} … ${e.lastSeen ?? '?'}`);
        if (p.titles.length) out(`  titles: ${p.titles.join('، ')}`);
        out(`  aliases: ${p.aliases.map((a) => `${a.text} (${a.count})`).join('، ')}`);
        if (cands.length > 1) out(dim(`  also matching: ${cands.slice(1).map((c) => `${c.name} (${c.type}${c.country ? `, ${c.country}` : ''}) #${c.id}`).join('، ')}`));
        out(bold('mentions per month'));
        const max = Math.max(1, ...p.mentionsByMonth.map((m) => m.count));
        for (const m of p.mentionsByMonth) out(`  ${m.month.padEnd(7)} ${'█'.repeat(Math.max(1, Math.round((m.count / max) * 30)))} ${m.count}`);
        if (p.cooccurring.length) {
          out(bold('co-occurring'));
          for (const c of p.cooccurring) out(`  ${c.entity.name} (${c.entity.type}) — ${c.articles} articles`);
        }
        const stmt = (title: string, rows: typeof p.statementsBy) => {
          if (!rows.length) return;
          out(bold(title));
          for (const r of rows) out(`  ${r.published ?? '?'} ${r.outlet ?? ''}: [${r.sourceKind}: ${r.sourceLabel}] ${r.cue} «${r.content}»`);
        };
        stmt('statements by it', p.statementsBy);
        stmt('statements about it', p.statementsAbout);
        const ev = (title: string, rows: typeof p.eventsAsActor) => {
          if (!rows.length) return;
          out(bold(title));
          for (const r of rows) {
            out(`  ${r.date ?? 'undated'} ${r.type}${r.mode ? `/${r.mode}` : ''}${r.negated ? ' (negated)' : ''} «${r.trigger}» ${r.actors.map((x) => x.name).join('، ') || '—'} → ${r.targets.map((x) => x.name).join('، ') || '—'}`);
          }
        };
        ev('events as actor', p.eventsAsActor);
        ev('events as target', p.eventsAsTarget);
      });
    });

  program.command('sources')
    .description('sourcing profile over time (per month: attributions by source kind, anonymous share)')
    .addOption(dbOption())
    .option('--outlet <name>', 'only this outlet (default: all)')
    .option('--from <date>', 'published on or after')
    .option('--to <date>', 'published on or before')
    .option('--json', 'JSON output')
    .action(async (o: Record<string, string | undefined> & { json?: boolean }) => {
      const from = dateOpt(o.from, 'from');
      const to = dateOpt(o.to, 'to');
      await withStore(o.db, true, async (s) => {
        const p = await s.sourcingProfile({ outlet: o.outlet, from, to });
        if (o.outlet && p.totals.articles === 0) await warnUnknownOutlet(s, o.outlet, 'sources');
        if (o.json) {
          out(JSON.stringify(p));
          return;
        }
        out(bold(`sourcing profile: ${p.outlet ?? 'all outlets'}`));
        const head = ['month', 'articles', 'attrib', ...SOURCE_KINDS, 'direct', 'anon%'];
        out(head.map((h) => h.padStart(10)).join(''));
        const row = (m: string, x: typeof p.totals) => out([m, x.articles, x.attributions, ...SOURCE_KINDS.map((k) => x.byKind[k]), x.direct,
          `${Math.round(x.anonymousShare * 100)}%`].map((v) => String(v).padStart(10)).join(''));
        for (const m of p.months) row(m.month, m);
        row('total', p.totals);
        if (p.topSources.length) {
          out(bold('most cited sources'));
          for (const t of p.topSources.slice(0, 10)) out(`  ${t.count}× [${t.kind}] ${t.label}`);
        }
      });
    });

  program.command('export')
    .description('export the archive: jsonl (contract analyses), csv (one row per attribution; --csv-rows mentions: per entity mention), plover (JSONL, one record per event), gexf (GEXF 1.3 entity co-occurrence network), geojson (RFC 7946 places or --geo events)')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...EXPORT_FORMATS, 'geojson']).default('jsonl'))
    .addOption(new Option('--geo <layer>', 'GeoJSON: places (with mention counts) or events (PLOVER events at their place)').choices(['places', 'events']).default('places'))
    .option('-o, --output <file>', 'write to FILE (default stdout)')
    .addOption(dbOption())
    .option('--outlet <name>', 'only this outlet')
    .option('--from <date>', 'published on or after')
    .option('--to <date>', 'published on or before')
    .addOption(new Option('--csv-rows <rows>', 'CSV granularity').choices(['attributions', 'mentions']).default('attributions'))
    .addOption(new Option('--types <types>', 'GEXF: entity types, comma-separated (e.g. PER,ORG)'))
    .option('--max-nodes <n>', 'GEXF: keep the N entities in most articles', '500')
    .option('--min-weight <n>', 'GEXF: minimum shared articles for an edge', '1')
    .action(async (o: Record<string, string | undefined>) => {
      const from = dateOpt(o.from, 'from');
      const to = dateOpt(o.to, 'to');
      const types = o.types?.split(',').map((t) => t.trim().toUpperCase()).filter(Boolean) as EntityType[] | undefined;
      if (types?.some((t) => !ENTITY_TYPES.includes(t))) throw new CliError(`--types: expected some of ${ENTITY_TYPES.join(',')}`, 2);
      const maxNodes = intOpt(o.maxNodes, 'max-nodes')!;
      const minWeight = intOpt(o.minWeight, 'min-weight')!;
      await withStore(o.db, true, async (s) => {
        const file = o.output ? await openOutput(o.output) : null;
        const sink = file ?? process.stdout;
        const write = (chunk: string) => (sink.write(chunk) ? undefined : new Promise<void>((r) => sink.once('drain', () => r())));
        let n: number;
        if (o.format === 'geojson') {
          const fc = o.geo === 'events' ? await eventsGeoJson(s, { outlet: o.outlet, from, to }) : await placesGeoJson(s);
          await write(`${JSON.stringify(fc)}\n`);
          n = fc.features.length;
        } else {
          n = await exportArchive(s, o.format as ExportFormat, write, {
            outlet: o.outlet, from, to, csvRows: o.csvRows as 'attributions' | 'mentions', graph: { types, maxNodes, minWeight },
          });
        }
        if (file) await new Promise<void>((res, rej) => file.end((err?: Error | null) => (err ? rej(err) : res())));
        const what = o.format === 'jsonl' ? 'analyses' : o.format === 'csv' ? `${o.csvRows} rows` : o.format === 'plover' ? 'events' : o.format === 'geojson' ? `${o.geo} features` : 'nodes';
        process.stderr.write(`export: ${n} ${what}${o.output ? ` → ${o.output}` : ''}\n`);
      });
    });

  const db = program.command('db').description('archive maintenance');
  db.command('info').description('archive statistics').addOption(dbOption()).option('--json', 'JSON output')
    .action(async (o: { db?: string; json?: boolean }) => {
      const st = await withStore(o.db, true, (s) => s.stats());
      if (o.json) out(JSON.stringify(st));
      else for (const [k, v] of Object.entries(st)) out(`${k.padEnd(15)} ${v ?? ''}`);
    });
  db.command('reindex').description('rebuild the search index from stored texts').addOption(dbOption())
    .action(async (o: { db?: string }) => {
      const n = await withStore(o.db, false, (s) => (s as SqlStore).reindex());
      process.stderr.write(`reindex: ${n} articles\n`);
    });
  db.command('check').description('integrity check (SQLite: PRAGMA integrity_check)').addOption(dbOption())
    .action(async (o: { db?: string }) => {
      await withStore(o.db, true, async (s) => {
        const r = await s.check();
        out(r.ok ? 'ok' : r.messages.join('\n'));
        if (!r.ok) process.exitCode = 1;
      });
    });
}
