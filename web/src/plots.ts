// Plot chart builders (loaded on demand by chart.tsx). Periods arrive as 'YYYY-MM' / 'YYYY-MM-DD' strings and are
// plotted as UTC dates on a band scale (Plot warns about date-like strings otherwise).
import * as Plot from '@observablehq/plot';

export type ChartSpec =
  | { kind: 'bars'; data: { x: string; y: number }[]; yLabel?: string }
  | { kind: 'stacked'; data: { x: string; y: number; key: string }[]; yLabel?: string }
  | { kind: 'lines'; data: { x: string; y: number; key: string }[]; yLabel?: string; max?: number };

const FONT = '"Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", sans-serif';
// 16 distinguishable colours (PLOVER has 16 event types)
const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac',
  '#1f3b73', '#8c2d04', '#2ca25f', '#756bb1', '#de2d26', '#636363'];

function toDate(s: string): Date | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(s);
  return m ? new Date(Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1)) : null;
}

export function renderChart(spec: ChartSpec, width: number): Element {
  const daily = spec.data.some((d) => d.x.length > 7);
  const fmt = (d: Date) => d.toISOString().slice(0, daily ? 10 : 7);
  const data = spec.data.map((d) => ({ ...d, x: toDate(d.x) })).filter((d) => d.x) as ({ x: Date; y: number; key?: string })[];
  const base = { width, height: 280, marginLeft: 50, marginBottom: 60, style: { fontFamily: FONT, fontSize: '12px', background: 'transparent', color: '#111' } };
  const x = { label: null, type: 'band' as const, tickFormat: fmt, tickRotate: data.length > 8 ? -45 : 0 };
  if (spec.kind === 'bars') {
    return Plot.plot({ ...base, x, y: { label: spec.yLabel ?? null, grid: true },
      marks: [Plot.barY(data, { x: 'x', y: 'y', fill: '#2f6fb3', tip: { format: { x: fmt } } }), Plot.ruleY([0])] });
  }
  if (spec.kind === 'stacked') {
    return Plot.plot({ ...base, x, y: { label: spec.yLabel ?? null, grid: true }, color: { legend: true, range: PALETTE },
      marks: [Plot.barY(data, { x: 'x', y: 'y', fill: 'key', tip: { format: { x: fmt } } }), Plot.ruleY([0])] });
  }
  return Plot.plot({ ...base, x: { label: null, type: 'utc', tickFormat: fmt }, y: { label: spec.yLabel ?? null, grid: true, domain: spec.max != null ? [0, spec.max] : undefined },
    color: { legend: true, range: PALETTE },
    marks: [Plot.lineY(data, { x: 'x', y: 'y', stroke: 'key', marker: 'circle', tip: { format: { x: fmt } } }), Plot.ruleY([0])] });
}
