import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawCell } from '../types';
import { normaliseText } from './normalise-text';
import { parseAmount } from './parse-amount';
import { splitPeople } from './parse-people';
import { parseWeight, weightsLookLikeFractions } from './parse-weight';
import { parseOutlineNumber, splitOutlinePrefix } from './outline-number';

/** Text made of the characters these sheets are made of, so the grammar is reached, not just refused. */
const sheetText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ...'0123456789０１２３４５６７８９.,，-—~～至到%％‰≥≤><=≧≦ 　\n万亿元次天人/$¥①②一二十、()（）以上以内不低于'.split(
          '',
        ),
      ),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), sheetText);

/** Any RawCell, and things that only pretend to be one (the reader is trusted, but not that much). */
const anyCell: fc.Arbitrary<RawCell | null> = fc.oneof(
  fc.constant(null),
  fc.record(
    {
      value: fc.oneof(anyText, fc.double(), fc.boolean(), fc.integer()),
      text: anyText,
      format: fc.oneof(
        fc.string(),
        fc.constantFrom('0%', '0.00%', '#,##0"万元"', '[$¥-804]#,##0', '"'),
      ),
      isDate: fc.constant(true as const),
      isError: fc.constant(true as const),
    },
    { requiredKeys: ['value', 'text'] },
  ),
  fc.anything().map((thing) => thing as unknown as RawCell),
);

const finiteOrNull = (value: number | null | undefined) =>
  value === null || value === undefined || Number.isFinite(value);

describe('values: properties', () => {
  it('parseAmount never throws and never returns NaN or Infinity', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const amount = parseAmount(cell);
        expect(finiteOrNull(amount.value)).toBe(true);
        expect(finiteOrNull(amount.low)).toBe(true);
        expect(finiteOrNull(amount.high)).toBe(true);
        expect(typeof amount.text).toBe('string');
        if (amount.comparator === 'range') expect(amount.low! <= amount.high!).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('parseAmount of text never throws and never returns NaN or Infinity', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const amount = parseAmount({ value: text, text });
        expect(finiteOrNull(amount.value)).toBe(true);
        expect(amount.text).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });

  it('parseWeight and weightsLookLikeFractions never throw, never NaN', () => {
    fc.assert(
      fc.property(
        fc.array(anyCell, { maxLength: 8 }),
        fc.option(fc.boolean()),
        (cells, fractions) => {
          const columnFractions = weightsLookLikeFractions(cells);
          expect(typeof columnFractions).toBe('boolean');
          for (const cell of cells) {
            const context = fractions === null ? undefined : { columnFractions: fractions };
            expect(finiteOrNull(parseWeight(cell, context).value)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('parseOutlineNumber, splitOutlinePrefix, splitPeople and normaliseText never throw', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const path = parseOutlineNumber(text);
        if (path) expect(path.every((part) => Number.isInteger(part) && part >= 1)).toBe(true);
        splitOutlinePrefix(text);
        for (const person of splitPeople(text)) expect(person).toBe(person.trim());
        const normal = normaliseText(text);
        expect(normaliseText(normal)).toBe(normal);
      }),
      { numRuns: 2000 },
    );
  });
});

const COMPARATOR_WRITINGS = [
  ['', null, ''],
  ['≥', '>=', ''],
  ['≧', '>=', ''],
  ['>=', '>=', ''],
  ['不低于', '>=', ''],
  ['≤', '<=', ''],
  ['不超过', '<=', ''],
  ['>', '>', ''],
  ['<', '<', ''],
  ['', '>=', '以上'],
  ['', '<=', '以内'],
] as const;

function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

const FULL_WIDTH_OFFSET = 0xff10 - 0x30;
const toFullWidth = (text: string) =>
  text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + FULL_WIDTH_OFFSET));

describe('parseAmount: a written number comes back', () => {
  it('gives back a number written with separators, %, a comparator, full-width digits', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.option(fc.integer({ min: 0, max: 9999 })),
        fc.constantFrom('', ',', ' ', '，'),
        fc.constantFrom('', '%', ' %', '％', '万元', '次'),
        fc.constantFrom(...COMPARATOR_WRITINGS),
        fc.boolean(),
        (negative, whole, fraction, separator, unit, [before, comparator, after], fullWidth) => {
          const decimals = fraction === null ? '' : `.${String(fraction).padStart(4, '0')}`;
          const written = `${negative ? '-' : ''}${groupThousands(String(whole), separator)}${decimals}`;
          let text = `${before}${written}${unit}${after}`;
          if (fullWidth) text = toFullWidth(text);
          const expected = Number(`${negative ? '-' : ''}${whole}${decimals}`);
          const amount = parseAmount({ value: text, text });
          expect(amount.value).toBe(expected === 0 ? 0 : expected);
          expect(amount.comparator).toBe(comparator);
          expect(amount.unit).toBe(unit === '' ? null : unit.trim().replace('％', '%'));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives back a number cell with a percent format as percent points', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (points) => {
        const amount = parseAmount({ value: points / 100, text: `${points}%`, format: '0%' });
        expect(amount).toMatchObject({ value: points === 0 ? 0 : points, unit: '%' });
      }),
      { numRuns: 1000 },
    );
  });
});
