/**
 * One number as people write it, after normaliseText. The separator rule:
 *
 * - "1,200" / "12,345,678.5": a comma followed by groups of exactly three
 *   digits is a thousands separator. "1,200" is always 1200, never 1.2: these
 *   sheets come from Chinese and English offices first.
 * - "1 200": the same with a space.
 * - "1.234,5": dots in groups of three, then one comma: European, 1234.5.
 * - "1,5" / "12,25": one comma and not three digits after it: a decimal comma.
 * - "1234,567", "1,1,1", "1,20,000": ambiguous or malformed: null.
 * - "1.200" is 1.2 (a dot is a decimal point unless a comma follows later).
 */

const COMMA_THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const SPACE_THOUSANDS = /^\d{1,3}(?: \d{3})+(?:\.\d+)?$/;
const DOT_THOUSANDS_COMMA_DECIMAL = /^\d{1,3}(?:\.\d{3})+,\d+$/;
const DECIMAL_COMMA = /^\d+,(\d+)$/;
const PLAIN = /^(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?$/i;

export function readNumber(written: string): number | null {
  let sign = 1;
  let digits = written.trim();
  const first = digits[0];
  if (first === '-' || first === '\u2212' || first === '+') {
    if (first !== '+') sign = -1;
    digits = digits.slice(1);
  }
  let plain: string | null = null;
  if (PLAIN.test(digits)) plain = digits;
  else if (COMMA_THOUSANDS.test(digits)) plain = digits.replace(/,/g, '');
  else if (SPACE_THOUSANDS.test(digits)) plain = digits.replace(/ /g, '');
  else if (DOT_THOUSANDS_COMMA_DECIMAL.test(digits))
    plain = digits.replace(/\./g, '').replace(',', '.');
  else {
    const decimal = DECIMAL_COMMA.exec(digits);
    if (decimal && decimal[1]?.length !== 3) plain = digits.replace(',', '.');
  }
  if (plain === null) return null;
  const value = sign * Number(plain);
  // -0 would print as "0" but compare oddly in tests and JSON; keep one zero.
  if (!Number.isFinite(value)) return null;
  return value === 0 ? 0 : value;
}

/** Undo binary noise from scaling (0.07 × 100 = 7.000000000000001). */
export function roundFloat(value: number): number {
  const rounded = Number(value.toPrecision(15));
  return rounded === 0 ? 0 : rounded;
}
