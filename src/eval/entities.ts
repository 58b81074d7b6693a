// `isnad eval entities GOLD_DIR [--json] [--errors]`: entity-level precision/recall/F1 of the analyser's
// entities against hand-written gold (docs/gold-format.md), per type and overall. A predicted entity
// matches a gold entity of the same type when their normalised names are equal, or a gold mention equals
// (or, from 4 letters, contains or is contained in) one of the predicted mention texts; each gold entity is
// matched at most once. Articles are analysed with their sidecar metadata (published date, country).
import type { Command } from 'commander';
import type { AnalyzeOptions } from '../analyze.ts';
import type { Entity } from '../contract.ts';
import { normalize } from '../text/normalize.ts';
import { loadGoldDir } from './gold.ts';
import { prf } from './prf.ts';

export interface GoldEntity { type: string; name: string; mentions?: (string | { text: string; occurrence?: number })[] }
export interface Counts { gold: number; predicted: number; matched: number }
export interface EntityScore extends Counts { precision: number; recall: number; f1: number; missed: string[]; spurious: string[] }

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC'];

// P/R/F1 with the shared conventions (src/eval/prf.ts)
const prfOf = (c: Counts) => prf(c.matched, c.predicted, c.gold);

const mentionText = (m: string | { text: string }) => (typeof m === 'string' ? m : m.text);

/** Score one article's predicted entities against its gold entities. */
export function scoreEntities(predicted: Entity[], gold: GoldEntity[], types = ENTITY_TYPES): EntityScore & { byType: Record<string, Counts> } {
  const pred = predicted.filter((e) => types.includes(e.type));
  const g = gold.filter((e) => types.includes(e.type));
  const byType: Record<string, Counts> = Object.fromEntries(types.map((t) => [t, { gold: 0, predicted: 0, matched: 0 }]));
  for (const x of g) byType[x.type].gold++;
  const used = new Set<number>();
  let matched = 0;
  const spurious: string[] = [];
  for (const p of pred) {
    byType[p.type].predicted++;
    const pn = normalize(p.name);
    const pms = [...new Set(p.mentions.map((m) => normalize(m.text)))];
    // same name, a shared mention, or one mention contained in the other ("فرانس برس" ⊂ "وكالة فرانس برس")
    const near = (m: string) => pms.some((q) => q === m || (q.length >= 4 && m.includes(q)) || (m.length >= 4 && q.includes(m)));
    const k = g.findIndex((x, i) => !used.has(i) && x.type === p.type && (normalize(x.name) === pn || (x.mentions ?? []).some((m) => near(normalize(mentionText(m))))));
    if (k >= 0) {
      used.add(k);
      matched++;
      byType[p.type].matched++;
    } else spurious.push(`${p.type}:${p.name}`);
  }
  const missed = g.filter((_, i) => !used.has(i)).map((x) => `${x.type}:${x.name}`);
  const counts = { gold: g.length, predicted: pred.length, matched };
  return { ...counts, ...prfOf(counts), missed, spurious, byType };
}

export interface EntitiesReport {
  files: (EntityScore & { file: string })[];
  byType: Record<string, Counts & { precision: number; recall: number; f1: number }>;
  total: Counts;
  precision: number;
  recall: number;
  f1: number;
}

/** Score every STEM.txt with a STEM.gold.json in `dir`; micro-averaged totals, per type and per file. */
export function evaluateEntities(dir: string, types = ENTITY_TYPES, options: AnalyzeOptions = {}): EntitiesReport {
  const files: (EntityScore & { file: string })[] = [];
  const sum: Record<string, Counts> = Object.fromEntries(types.map((t) => [t, { gold: 0, predicted: 0, matched: 0 }]));
  for (const a of loadGoldDir<{ entities?: GoldEntity[] }>(dir, options)) {
    const { byType, ...s } = scoreEntities(a.analysis.entities, a.gold.entities ?? [], types);
    files.push({ file: a.stem, ...s });
    for (const t of types) for (const k of ['gold', 'predicted', 'matched'] as const) sum[t][k] += byType[t][k];
  }
  const total = { gold: 0, predicted: 0, matched: 0 };
  for (const t of types) for (const k of ['gold', 'predicted', 'matched'] as const) total[k] += sum[t][k];
  const byType = Object.fromEntries(types.map((t) => [t, { ...sum[t], ...prfOf(sum[t]) }]));
  return { files, byType, total, ...prfOf(total) };
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(6);

export function formatEntitiesReport(r: EntitiesReport, errors = false): string {
  const lines = ['document                          gold  pred match      P      R     F1'];
  const row = (name: string, c: Counts & { precision: number; recall: number; f1: number }) =>
    `${name.padEnd(32).slice(0, 32)} ${String(c.gold).padStart(5)} ${String(c.predicted).padStart(5)} ${String(c.matched).padStart(5)} ${pct(c.precision)} ${pct(c.recall)} ${pct(c.f1)}`;
  for (const f of r.files) {
    lines.push(row(f.file, f));
    if (errors) for (const m of f.missed) lines.push(`  missed: ${m}`);
    if (errors) for (const s of f.spurious) lines.push(`  spurious: ${s}`);
  }
  for (const [t, c] of Object.entries(r.byType)) lines.push(row(t, c));
  lines.push(row('TOTAL', { ...r.total, precision: r.precision, recall: r.recall, f1: r.f1 }));
  lines.push(`entities: P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)}`);
  return lines.join('\n');
}

export function registerEntitiesEval(evalCmd: Command): void {
  evalCmd
    .command('entities')
    .description('entity precision/recall/F1 (PER, ORG, LOC) against a gold directory: same type and the same name or a shared mention')
    .argument('<goldDir>', 'directory of STEM.txt + STEM.gold.json (+ STEM.meta.json)')
    .option('--json', 'print the report as JSON')
    .option('--errors', 'list missed and spurious entities per article')
    .option('--model <file>', 'combine a learned NER model with the rules, as `analyze --model` does (default: $ISNAD_NER_MODEL or isnad.config.json "nerModel"; merge: $ISNAD_NER_MERGE)')
    .action((goldDir: string, opts: { json?: boolean; errors?: boolean; model?: string }) => {
      const r = evaluateEntities(goldDir, ENTITY_TYPES, { model: opts.model });
      process.stdout.write(opts.json ? `${JSON.stringify(r, null, 2)}\n` : `${formatEntitiesReport(r, opts.errors)}\n`);
    });
}
