import { noNegativeZero } from './model';

/**
 * Rounding proposed targets to the decimals the room works in (a metric's
 * definition.precision) without losing the total: 100 split three ways is
 * 33, 33, 34, not 33, 33, 33.
 */

export interface ToRound {
  readonly value: number;
  /** Decimal places, 0–6. */
  readonly precision: number;
  /** What one unit of this value adds to the total: 1 in a sum, the coefficient in a weighted sum. */
  readonly weight: number;
}

/** The value × 10^precision, snapped to the integer it is meant to be (0.29 × 100 = 28.999999999999996). */
function scaled(value: number, precision: number): number {
  const units = value * 10 ** precision;
  const nearest = Math.round(units);
  return Math.abs(units - nearest) <= 1e-9 * Math.max(1, Math.abs(units)) ? nearest : units;
}

/**
 * To the nearest, halves away from zero, as the room rounds on paper: 1.005
 * is 1.01 (its double is 1.00499999999999989…, a half in decimal all the
 * same), −2.5 is −3.
 */
export function roundTo(value: number, precision: number): number {
  const units = Math.abs(value) * 10 ** precision;
  const half = Math.floor(units) + 0.5;
  const snapped = Math.abs(units - half) <= 1e-9 * Math.max(1, units) ? half : units;
  return noNegativeZero((Math.sign(value) * Math.round(snapped)) / 10 ** precision);
}

/**
 * Largest remainder, generalized to weights: every value goes down to its
 * precision, then, in order of the largest remainder first (values already
 * exact last), values go up one unit as long as that brings
 * Σ weight × value closer to `total`. With equal weights this is the classic
 * method (the sum is exact whenever `total` is a multiple of the unit, and
 * exact values stay as they are); each value stays within one unit of what
 * it was. Remainders that differ by binary noise only are ties, and ties go
 * to the first input, so the same split gives the same figures.
 */
export function roundKeepingTotal(items: readonly ToRound[], total: number): number[] {
  const down = items.map((item) => Math.floor(scaled(item.value, item.precision)));
  const result = items.map((item, i) => (down[i] as number) / 10 ** item.precision);
  let residual = total;
  items.forEach((item, i) => (residual -= item.weight * (result[i] as number)));
  const order = items
    .map((item, i) => ({ i, remainder: scaled(item.value, item.precision) - (down[i] as number) }))
    .sort((a, b) =>
      Math.abs(b.remainder - a.remainder) > 1e-9 ? b.remainder - a.remainder : a.i - b.i,
    );
  for (const { i } of order) {
    const item = items[i] as ToRound;
    const step = item.weight / 10 ** item.precision;
    // Strictly closer by more than noise: a residual of 1e-13 is already zero.
    if (Math.abs(residual - step) < Math.abs(residual) - 1e-12 * Math.max(1, Math.abs(total))) {
      result[i] = ((down[i] as number) + 1) / 10 ** item.precision;
      residual -= step;
    }
  }
  return result.map(noNegativeZero);
}
