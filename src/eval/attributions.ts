// `isnad eval attributions GOLD_DIR`: score the attribution stage against hand-annotated articles
// (docs/gold-format.md). For every STEM.txt with a STEM.gold.json the article is analysed with its
// STEM.meta.json sidecar and predicted attributions are matched one-to-one to gold ones by content
// overlap (token Jaccard or character overlap over the union ≥ 0.5). Reported: precision/recall/F1 of
// attributions; over matched pairs, accuracy of kind, source kind and speaker; and pairwise
// source-coreference P/R/F1 (two matched attributions share a predicted source iff they share a gold one).
import type { Command } from 'commander';
import type { Analysis } from '../contract.ts';
import { loadGoldDir } from './gold.ts';
import { prf, ratio, round3, roundPrf } from './prf.ts';
import { normalize } from '../text/normalize.ts';

export interface GoldSource {
  id: string;
  kind: string;
  label: string;
  entity?: string | null;
}

export interface GoldAttribution {
  source: string;
  kind: 'direct' | 'indirect';
  cue?: string;
  content: string;
  occurrence?: number;
}

export interface GoldFile {
  sources?: GoldSource[];
  attributions?: GoldAttribution[];
}

export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
  kindCorrect: number;
  sourceKindCorrect: number;
  speakerCorrect: number;
  corefTp: number;
  corefPred: number;
  corefGold: number;
}

export interface DocScore {
  stem: string;
  counts: Counts;
  warnings: string[];
  errors: { type: 'missed' | 'spurious' | 'speaker' | 'kind'; text: string; detail?: string }[];
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  kindAccuracy: number;
  sourceKindAccuracy: number;
  speakerAccuracy: number;
  coref: { precision: number; recall: number; f1: number };
}


export function emptyCounts(): Counts {
  return { gold: 0, predicted: 0, matched: 0, kindCorrect: 0, sourceKindCorrect: 0, speakerCorrect: 0, corefTp: 0, corefPred: 0, corefGold: 0 };
}

export function scoresOf(c: Counts): Scores {
  // shared conventions (src/eval/prf.ts); values rounded to three decimals for the report and JSON
  return {
    ...roundPrf(prf(c.matched, c.predicted, c.gold)),
    kindAccuracy: round3(ratio(c.kindCorrect, c.matched)),
    sourceKindAccuracy: round3(ratio(c.sourceKindCorrect, c.matched)),
    speakerAccuracy: round3(ratio(c.speakerCorrect, c.matched)),
    coref: roundPrf(prf(c.corefTp, c.corefPred, c.corefGold)),
  };
}

/** Offsets of the k-th occurrence of `needle` in `text`, or null. */
export function locate(text: string, needle: string, occurrence = 0): { start: number; end: number } | null {
  let from = 0;
  for (let k = 0; k <= occurrence; k++) {
    const at = text.indexOf(needle, from);
    if (at < 0) return null;
    if (k === occurrence) return { start: at, end: at + needle.length };
    from = at + 1;
  }
  return null;
}

/** Word positions (start offsets) inside [start, end). */
function wordStarts(text: string, start: number, end: number): Set<number> {
  const out = new Set<number>();
  const re = /[\p{L}\p{N}\p{M}]+/gu;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    if (m.index + m[0].length <= end) out.add(m.index);
  }
  return out;
}

export function overlapScore(text: string, a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  const chars = union === 0 ? 0 : inter / union;
  const wa = wordStarts(text, a.start, a.end);
  const wb = wordStarts(text, b.start, b.end);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  const uni = wa.size + wb.size - shared;
  const jac = uni === 0 ? 0 : shared / uni;
  return Math.max(chars, jac);
}

const LABEL_STOP = new Set(['من', 'علي', 'في', 'عن', 'الي', 'هذا', 'هذه', 'الذي', 'التي', 'الذين', 'احد', 'احدي']);

/** Content words of a label, normalised with clitics and the article stripped. */
export function labelWords(s: string): Set<string> {
  const out = new Set<string>();
  for (let w of normalize(s).split(/[^\p{L}\p{N}]+/u)) {
    if (!w || LABEL_STOP.has(w)) continue;
    if (w.length > 3 && (w[0] === 'و' || w[0] === 'ف') && !LABEL_STOP.has(w.slice(1))) w = w.slice(1);
    if (w.length > 4 && (w.startsWith('بال') || w.startsWith('لل'))) w = w.slice(w.startsWith('لل') ? 2 : 3);
    else if (w.startsWith('ال') && w.length > 3) w = w.slice(2);
    if (w.length >= 2) out.add(w);
  }
  return out;
}

/** Two descriptions/names refer alike: half of the smaller word set is shared. */
export function labelsOverlap(a: string, b: string): boolean {
  const wa = labelWords(a);
  const wb = labelWords(b);
  if (wa.size === 0 || wb.size === 0) return false;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.min(wa.size, wb.size) >= 0.5;
}

/** Score one analysed article against its gold annotation. */
export function scoreDocument(stem: string, analysis: Analysis, gold: GoldFile): DocScore {
  const text = analysis.text;
  const warnings: string[] = [];
  const errors: DocScore['errors'] = [];
  const goldSources = new Map((gold.sources ?? []).map((s) => [s.id, s]));
  const golds: { g: GoldAttribution; span: { start: number; end: number } }[] = [];
  for (const g of gold.attributions ?? []) {
    // `occurrence` may have been written for the cue; fall back to the first occurrence of the content
    const span = locate(text, g.content, g.occurrence ?? 0) ?? locate(text, g.content, 0);
    if (!span) {
      warnings.push(`${stem}: gold content not found in text: "${g.content.slice(0, 40)}…"`);
      continue;
    }
    golds.push({ g, span });
  }
  const preds = analysis.attributions;
  const predSources = new Map(analysis.sources.map((s) => [s.id, s]));
  const entityName = new Map(analysis.entities.map((e) => [e.id, e.name]));
  // one-to-one greedy matching by overlap score
  const cands: { gi: number; pi: number; score: number }[] = [];
  golds.forEach((g, gi) =>
    preds.forEach((p, pi) => {
      if (p.content.end <= g.span.start || p.content.start >= g.span.end) return;
      const score = overlapScore(text, g.span, p.content);
      if (score >= 0.5) cands.push({ gi, pi, score });
    }),
  );
  cands.sort((a, b) => b.score - a.score);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  const pairs: { gi: number; pi: number }[] = [];
  for (const c of cands) {
    if (gUsed.has(c.gi) || pUsed.has(c.pi)) continue;
    gUsed.add(c.gi);
    pUsed.add(c.pi);
    pairs.push(c);
  }
  const counts = emptyCounts();
  counts.gold = golds.length;
  counts.predicted = preds.length;
  counts.matched = pairs.length;
  for (const { gi, pi } of pairs) {
    const g = golds[gi].g;
    const p = preds[pi];
    const gs = goldSources.get(g.source);
    const ps = predSources.get(p.source);
    if (g.kind === p.kind) counts.kindCorrect++;
    else errors.push({ type: 'kind', text: p.content.text.slice(0, 60), detail: `gold ${g.kind}, predicted ${p.kind}` });
    if (gs && ps && gs.kind === ps.kind) counts.sourceKindCorrect++;
    let speaker = false;
    if (gs && ps) {
      const pe = ps.entity ? entityName.get(ps.entity) : undefined;
      if (gs.entity && pe) speaker = labelsOverlap(gs.entity, pe);
      if (!speaker) speaker = labelsOverlap(gs.label, ps.label) || (!!gs.entity && labelsOverlap(gs.entity, ps.label));
      if (!speaker && gs.kind === 'named') speaker = ps.mentions.some((m) => labelsOverlap(gs.entity ?? gs.label, m.text));
    }
    if (speaker) counts.speakerCorrect++;
    else errors.push({ type: 'speaker', text: p.content.text.slice(0, 60), detail: `gold "${gs?.label}", predicted "${ps?.label}"` });
  }
  for (let a = 0; a < pairs.length; a++) {
    for (let b = a + 1; b < pairs.length; b++) {
      const goldSame = golds[pairs[a].gi].g.source === golds[pairs[b].gi].g.source;
      const predSame = preds[pairs[a].pi].source === preds[pairs[b].pi].source;
      if (goldSame) counts.corefGold++;
      if (predSame) counts.corefPred++;
      if (goldSame && predSame) counts.corefTp++;
    }
  }
  golds.forEach((g, gi) => {
    if (!gUsed.has(gi)) errors.push({ type: 'missed', text: g.g.content.slice(0, 60) });
  });
  preds.forEach((p, pi) => {
    if (!pUsed.has(pi)) errors.push({ type: 'spurious', text: p.content.text.slice(0, 60) });
  });
  return { stem, counts, warnings, errors };
}

export function addCounts(a: Counts, b: Counts): Counts {
  const out = { ...a };
  for (const k of Object.keys(b) as (keyof Counts)[]) out[k] += b[k];
  return out;
}

/** Evaluate every STEM.txt + STEM.gold.json pair in a directory. */
export function evaluateDir(dir: string): { docs: DocScore[]; total: Counts; scores: Scores } {
  const docs: DocScore[] = [];
  let total = emptyCounts();
  for (const { stem, gold, analysis } of loadGoldDir<GoldFile>(dir)) {
    const d = scoreDocument(stem, analysis, gold);
    docs.push(d);
    total = addCounts(total, d.counts);
  }
  return { docs, total, scores: scoresOf(total) };
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

export function registerAttributionsEval(evalCmd: Command): void {
  evalCmd
    .command('attributions')
    .description('score attributions against gold articles (STEM.txt + STEM.gold.json)')
    .argument('<goldDir>', 'directory of gold articles')
    .option('--json', 'print the scores as JSON')
    .option('--errors', 'list missed, spurious and wrong-speaker attributions')
    .action((goldDir: string, opts: { json?: boolean; errors?: boolean }) => {
      const r = evaluateDir(goldDir);
      if (opts.json) {
        const out = {
          dir: goldDir,
          documents: r.docs.map((d) => ({ stem: d.stem, counts: d.counts, scores: scoresOf(d.counts), warnings: d.warnings, ...(opts.errors ? { errors: d.errors } : {}) })),
          total: r.total,
          scores: r.scores,
        };
        process.stdout.write(JSON.stringify(out, null, 2) + '\n');
        return;
      }
      const lines: string[] = [];
      lines.push('document                         gold  pred match    P     R    F1  kind  srcK  speak coref-F1');
      for (const d of r.docs) {
        const s = scoresOf(d.counts);
        const c = d.counts;
        lines.push(
          `${d.stem.padEnd(32).slice(0, 32)} ${String(c.gold).padStart(4)} ${String(c.predicted).padStart(5)} ${String(c.matched).padStart(5)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${pct(s.kindAccuracy)} ${pct(s.sourceKindAccuracy)} ${pct(s.speakerAccuracy)} ${pct(s.coref.f1)}`,
        );
        for (const w of d.warnings) lines.push(`  warning: ${w}`);
        if (opts.errors) for (const e of d.errors) lines.push(`  ${e.type}: ${e.text}${e.detail ? ` (${e.detail})` : ''}`);
      }
      const s = r.scores;
      const c = r.total;
      lines.push(
        `${'TOTAL'.padEnd(32)} ${String(c.gold).padStart(4)} ${String(c.predicted).padStart(5)} ${String(c.matched).padStart(5)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${pct(s.kindAccuracy)} ${pct(s.sourceKindAccuracy)} ${pct(s.speakerAccuracy)} ${pct(s.coref.f1)}`,
      );
      lines.push(`attributions: P ${s.precision} R ${s.recall} F1 ${s.f1}; kind acc ${s.kindAccuracy}; source-kind acc ${s.sourceKindAccuracy}; speaker acc ${s.speakerAccuracy}; coref pairwise P ${s.coref.precision} R ${s.coref.recall} F1 ${s.coref.f1}`);
      process.stdout.write(lines.join('\n') + '\n');
    });
}
