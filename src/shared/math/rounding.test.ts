import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundKeepingTotal, roundTo } from './rounding';

describe('roundTo', () => {
  it('rounds to decimals, not to binary noise', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(0.29, 2)).toBe(0.29);
    expect(roundTo(-0.4, 0)).toBe(0);
    expect(Object.is(roundTo(-0.4, 0), -0)).toBe(false);
    expect(roundTo(123.456, 0)).toBe(123);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(2.5, 0)).toBe(3);
  });
});

describe('roundKeepingTotal', () => {
  const plain = (values: number[], precision = 0) =>
    values.map((value) => ({ value, precision, weight: 1 }));

  it('is the largest remainder method for plain sums', () => {
    expect(roundKeepingTotal(plain([100 / 3, 100 / 3, 100 / 3]), 100)).toEqual([34, 33, 33]);
    expect(roundKeepingTotal(plain([10.4, 20.4, 69.2]), 100)).toEqual([11, 20, 69]);
    expect(roundKeepingTotal(plain([1 / 3, 1 / 3, 1 / 3], 2), 1)).toEqual([0.34, 0.33, 0.33]);
    expect(roundKeepingTotal(plain([-1.5, -1.5]), -3)).toEqual([-1, -2]);
  });

  it('keeps a weighted total as close as one unit step allows', () => {
    const items = [
      { value: 12.5, precision: 0, weight: 2 },
      { value: 25, precision: 0, weight: 1 },
    ];
    expect(roundKeepingTotal(items, 50)).toEqual([12, 26]);
  });

  it('keeps a whole-number total exact and every value within one unit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e5, max: 1e5, noNaN: true }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 0, max: 4 }),
        (raw, precision) => {
          const unit = 10 ** -precision;
          // Values that add up to a multiple of the unit, as a split's do.
          const total = Math.round(raw.reduce((a, b) => a + b, 0) / unit) * unit;
          const shift = (total - raw.reduce((a, b) => a + b, 0)) / raw.length;
          const values = raw.map((v) => v + shift);
          const rounded = roundKeepingTotal(plain(values, precision), total);
          const sum = rounded.reduce((a, b) => a + b, 0);
          expect(Math.abs(sum - total)).toBeLessThanOrEqual(
            1e-9 * Math.max(1, Math.abs(total)) + 1e-6 * unit,
          );
          rounded.forEach((r, i) =>
            expect(Math.abs(r - (values[i] as number))).toBeLessThan(unit * (1 + 1e-9)),
          );
        },
      ),
    );
  });
});
