import type { Attribution, Metrics, Source } from './contract.ts';

export function computeMetrics(sources: Source[], attributions: Attribution[]): Metrics {
  const kindOf = new Map(sources.map((s) => [s.id, s.kind]));
  const direct = attributions.filter((a) => a.kind === 'direct').length;
  const anonymousAttr = attributions.filter((a) => {
    const k = kindOf.get(a.source);
    return k === 'anonymous' || k === 'vague';
  }).length;
  return {
    attributions: attributions.length,
    direct,
    indirect: attributions.length - direct,
    sources: sources.length,
    namedSources: sources.filter((s) => s.kind === 'named').length,
    anonymousSources: sources.filter((s) => s.kind === 'anonymous' || s.kind === 'vague').length,
    anonymousShare: attributions.length === 0 ? 0 : Math.round((anonymousAttr / attributions.length) * 1000) / 1000,
  };
}
