/**
 * Numbers as people type them in a Chinese or English meeting room: "2.6",
 * "1,234.5", full-width "２.６" from a Chinese IME, "−3", "12%". Empty means
 * "no value". Anything else is refused — never guessed — so a typo cannot
 * silently become a target.
 */
export type ParsedNumber = { ok: true; value: number | null } | { ok: false };

// Full-width forms (U+FF01–FF5E) sit exactly 0xFEE0 above their ASCII twins.
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const MINUS_SIGNS = /[\u2212\u2012\u2013\uFE63]/g;
const IDEOGRAPHIC_COMMA_OR_SPACE = /[\u3000\s]/g;
const PLAIN = /^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$|^[+-]?\.\d+$/;

export function parseNumberInput(input: string): ParsedNumber {
  const normalised = input
    .replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(MINUS_SIGNS, '-')
    .replace(/\u3002/g, '.') // 。 typed for a decimal point with the Chinese IME on
    .replace(IDEOGRAPHIC_COMMA_OR_SPACE, '')
    .replace(/%$/, '');
  if (normalised === '') return { ok: true, value: null };
  if (!PLAIN.test(normalised)) return { ok: false };
  const value = Number(normalised.replace(/,/g, ''));
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}

/** The text an input shows for a stored value: plain, no grouping, so it parses back unchanged. */
export function numberToInput(value: number | null): string {
  if (value === null) return '';
  const plain = String(value);
  // 1e-7 and 1e21 print in exponent form, which the parser (rightly) does not take from people.
  return /e/i.test(plain)
    ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
    : plain;
}
