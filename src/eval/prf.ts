// Shared scoring arithmetic for the evaluators (attributions, entities, events).
//
// Conventions (one for every evaluator):
// - precision = matched / predicted, recall = matched / gold. An empty denominator scores 1 when the other
//   side is empty too (nothing to find and nothing claimed is a perfect result), else 0 (a document with gold
//   items and no prediction has precision 0, not 1).
// - F1 is the harmonic mean of the UNROUNDED precision and recall (0 when both are 0).
// - accuracy (`ratio`) over an empty set is 0.
// - Values are kept unrounded; `round3` rounds to three decimals for reports and JSON.

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** a / b, or 0 when b is 0. */
export function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/** Harmonic mean of precision and recall (0 when both are 0). */
export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

/** Precision, recall and F1 from counts (see the conventions above). */
export function prf(matched: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : matched / predicted;
  const recall = gold === 0 ? (predicted === 0 ? 1 : 0) : matched / gold;
  return { precision, recall, f1: f1(precision, recall) };
}

/** Round to three decimals (for reports and JSON). */
export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** A Prf with every value rounded to three decimals. */
export function roundPrf(s: Prf): Prf {
  return { precision: round3(s.precision), recall: round3(s.recall), f1: round3(s.f1) };
}
