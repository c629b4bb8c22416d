/**
 * Weights in percent points, as the workspace keeps them: "20%", a percent
 * cell holding 0.2 and a bare 0.2 in a column of fractions are all 20.
 *
 * A bare number has no written scale, so the column decides
 * (weightsLookLikeFractions), and `guessed` says the scale was inferred: the
 * caller shows 'percent-guessed'. A comparator in a weight ("≧20%") is
 * dropped: a weight is a share, not a target. A value outside 0–100 is kept
 * as read; the caller warns ('weight-out-of-range').
 */
import type { RawCell } from '../types';
import { parseAmount } from './parse-amount';
import { roundFloat } from './read-number';

export interface ParsedWeight {
  /** Percent points, or null when the cell holds no single weight. */
  value: number | null;
  text: string;
  /** The percent scale was inferred from a bare number, not written. */
  guessed: boolean;
}

export interface WeightContext {
  /** The column's bare numbers are fractions of 1 (weightsLookLikeFractions). */
  columnFractions?: boolean;
}

/** Units that are a weight's scale by another name: score points of 100 (20分). */
const POINT_UNITS = new Set(['分', 'pt', 'pts', 'points', 'điểm']);

export function parseWeight(cell: RawCell | null, context: WeightContext = {}): ParsedWeight {
  const amount = parseAmount(cell);
  const text = amount.text;
  if (amount.value === null) return { value: null, text, guessed: false };
  const unit = amount.unit;
  if (unit === '%') return { value: amount.value, text, guessed: false };
  if (unit === '‰') return { value: roundFloat(amount.value / 10), text, guessed: false };
  if (unit !== null) {
    // "20分": points of a 100-point score read as percent points; that is an inference.
    return POINT_UNITS.has(unit.toLowerCase())
      ? { value: amount.value, text, guessed: true }
      : { value: null, text, guessed: false };
  }
  const fractions = context.columnFractions ?? looksLikeFraction(amount.value);
  if (fractions) {
    // The caller may call a column fractions that holds 1e307 too.
    const points = roundFloat(amount.value * 100);
    return Number.isFinite(points)
      ? { value: points, text, guessed: true }
      : { value: null, text, guessed: false };
  }
  return { value: amount.value, text, guessed: false };
}

/** Without a column to judge by: 0 < x ≤ 1 can only be a fraction (a 0.5-point weight is not a thing). */
function looksLikeFraction(value: number): boolean {
  return value > 0 && value <= 1;
}

/**
 * Whether a weight column writes its bare numbers as fractions of 1. The rule:
 * look only at bare numbers (no % cell format, no unit written; "20%" says
 * its own scale); true when there is at least one, every one is between 0
 * and 1, and either one is strictly between 0 and 1 or they sum to 1 (a lone
 * "1" is 100%). Not "sum ≈ 1" alone: a column may hold the weights of several
 * people or departments, each set summing to 1. A column of 1, 1, 1 reads as
 * points (equal shares written as 1 are more likely than 100% each).
 */
export function weightsLookLikeFractions(cells: readonly (RawCell | null)[]): boolean {
  let count = 0;
  let sum = 0;
  let strictFraction = false;
  for (const cell of cells) {
    const amount = parseAmount(cell);
    if (amount.value === null || amount.unit !== null) continue;
    if (amount.value < 0 || amount.value > 1) return false;
    count += 1;
    sum += amount.value;
    if (amount.value > 0 && amount.value < 1) strictFraction = true;
  }
  return count > 0 && (strictFraction || Math.abs(sum - 1) < 1e-6);
}
