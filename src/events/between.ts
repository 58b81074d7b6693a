// Tests over a bounded token range between two positions (a trigger and a participant, two triggers): the stage asks
// the same few questions in many rules, so they live in one place.
import type { Ctx } from './context.ts';
import { newClauseBetween } from './roles.ts';
import { words } from './words.ts';

/** A temporal relation word between two tokens (function-words `temporal-relation`: بعد، قبل، عقب، منذ). */
export function temporalBetween(c: Ctx, from: number, to: number): boolean {
  const t = words('temporal-relation');
  for (let k = from; k < to; k++) if (t.has(c.bare(k))) return true;
  return false;
}

export const COPULA = words('copula');
export function copulaBetween(c: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (COPULA.has(c.bare(k))) return true;
  return false;
}

/** A verb trigger between two tokens (quotation marks around the alleged act do not end the accusation). */
export function verbBetween(verbToks: Set<number>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (verbToks.has(k)) return true;
  return false;
}

export function commaBetween(c: Ctx, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (c.isComma(k)) return true;
  return false;
}

/** Another clause starts between two tokens: a comma before a و-word, or a boundary word (فيما، بينما): «…، فيما
 * أعلنت النقابة إضراباً» — the accusative there is an object, no adverbial restating the protest before. */
export function clauseCut(c: Ctx, from: number, to: number): boolean {
  if (newClauseBetween(c, from, to)) return true;
  for (let k = from; k < to; k++) if (c.isBoundary(k) || c.prepsAt(k).some((p) => p.values[0].role === 'boundary' && p.length === 1)) return true;
  return false;
}
