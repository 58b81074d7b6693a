// The pipeline: text → tokens/sentences/paragraphs → entities → attributions → dates → events → metrics.
// Each stage is a plain function over the immutable Doc; this file only wires them and times them.
import { createHash } from 'node:crypto';
import { SCHEMA_ID, type Analysis, type DocMeta } from './contract.ts';
import { createDoc } from './doc.ts';
import { extractEntities, type EntityOptions } from './entities/index.ts';
import { extractAttributions } from './attributions/index.ts';
import { extractDates } from './dates/index.ts';
import { extractEvents } from './events/index.ts';
import { computeMetrics } from './metrics.ts';
import { arabicShare } from './text/normalize.ts';

export interface AnalyzeInput {
  text: string;
  meta?: Partial<DocMeta>;
}

export interface AnalyzeOptions extends EntityOptions {
  /** Filled with per-stage milliseconds when given (for the benchmark). */
  timings?: Record<string, number>;
}

export const STAGES = ['text', 'entities', 'attributions', 'dates', 'events', 'metrics'] as const;

export function docId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): Analysis {
  const t = options.timings;
  let clock = performance.now();
  const lap = (stage: string) => {
    if (!t) return;
    const now = performance.now();
    t[stage] = (t[stage] ?? 0) + (now - clock);
    clock = now;
  };
  const text = input.text;
  const meta: DocMeta = { ...input.meta, id: input.meta?.id ?? docId(text), language: input.meta?.language ?? 'ar' };
  const warnings: string[] = [];
  const doc = createDoc(text, meta);
  lap('text');
  const entities = extractEntities(doc, options);
  lap('entities');
  const attributions = extractAttributions(doc, entities);
  lap('attributions');
  const dates = extractDates(doc);
  lap('dates');
  const events = extractEvents(doc, entities, attributions, dates);
  lap('events');
  const metrics = computeMetrics(attributions.sources, attributions.attributions);
  lap('metrics');
  if (text.trim().length === 0) warnings.push('text is empty');
  else if (arabicShare(text) < 0.5) warnings.push('text is mostly not Arabic');
  const analysis: Analysis = {
    schema: SCHEMA_ID,
    doc: meta,
    text,
    paragraphs: doc.paragraphs,
    sentences: doc.sentences,
    entities: entities.entities,
    sources: attributions.sources,
    attributions: attributions.attributions,
    events,
    dates,
    metrics,
  };
  if (warnings.length) analysis.warnings = warnings;
  return analysis;
}
