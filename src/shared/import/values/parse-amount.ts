/**
 * What one cell's amount means: the number, the comparator and range written
 * around it, and the unit written in it. Nothing is scaled: "1,200万元" is
 * 1200 with unit 万元, because the workspace keeps what people wrote and the
 * room recognises 1200 (万), not 12000000. Only a percent *format* is undone
 * (a cell that stores 0.98 and shows 98% becomes 98 %), since there the stored
 * number is not the one anybody typed.
 *
 * Anything the grammar below cannot read whole (free text, dates written as
 * text, several amounts in one cell such as "①≥85% ②≤9%") gives value null
 * and keeps the text: a wrong number is worse than none, and the caller warns.
 */
import type { Comparator, ParsedAmount, RawCell } from '../types';
import { formatUnit } from './number-format';
import { isPlaceholder } from './placeholder';
import { normaliseText } from './normalise-text';
import { AMOUNT, COMPARATOR_WORDS, DASH_SEPARATOR, RANGE_ONLY_SUFFIX } from './amount-grammar';
import { readNumber, roundFloat } from './read-number';

export interface ParseAmountOptions {
  /**
   * The column holds percentages (its header says "%"): a bare number gets
   * unit '%'. Its value is kept as written; whether 0.98 means 98 % is the
   * caller's call (weights: parseWeight).
   */
  percentField?: boolean;
}

const MAX_AMOUNT_LENGTH = 60;
const PLAIN_NUMBER = /^-?\d{1,15}(?:\.\d{1,15})?$/;

const NOTHING: Omit<ParsedAmount, 'text'> = { value: null, comparator: null, unit: null };

function unreadable(text: string): ParsedAmount {
  return { ...NOTHING, text };
}

export function parseAmount(cell: RawCell | null, options: ParseAmountOptions = {}): ParsedAmount {
  if (cell === null || typeof cell !== 'object') return unreadable('');
  const shown = typeof cell.text === 'string' ? cell.text : '';
  const text = shown !== '' ? shown : cellValueText(cell.value);
  if (cell.isError === true || cell.isDate === true) return unreadable(text);
  if (typeof cell.value === 'number') return fromNumberCell(cell.value, cell.format, text, options);
  if (typeof cell.value !== 'string') return unreadable(text);
  return parseAmountText(cell.value !== '' ? cell.value : text, options, text);
}

function cellValueText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '';
}

function fromNumberCell(
  value: number,
  format: unknown,
  text: string,
  options: ParseAmountOptions,
): ParsedAmount {
  if (!Number.isFinite(value)) return unreadable(text);
  const shape = typeof format === 'string' ? formatUnit(format) : null;
  if (shape?.scalesToPercent) return percentOf(value, text);
  if (shape?.unit) return { value, comparator: null, unit: shape.unit, text };
  const shown = unitShownWithoutFormat(value, text);
  if (shown) return shown;
  return { value, comparator: null, unit: options.percentField ? '%' : null, text };
}

/** A stored fraction in percent points; 1e307 × 100 is no number. */
function percentOf(fraction: number, text: string): ParsedAmount {
  const points = roundFloat(fraction * 100);
  return Number.isFinite(points)
    ? { value: points, comparator: null, unit: '%', text }
    : unreadable(text);
}

/**
 * A reader that lost the format (a CSV typed "98%" that became 0.98, an old
 * .xls) still has the shown text: when it is this number with a unit, the
 * unit is taken from it. "Is this number" allows for the rounding of display.
 */
function unitShownWithoutFormat(value: number, text: string): ParsedAmount | null {
  if (text === '' || PLAIN_NUMBER.test(text)) return null;
  const shown = parseAmountText(text);
  if (shown.value === null || shown.unit === null || shown.comparator !== null) return null;
  if (shown.unit === '%' && shownAs(value * 100, shown.value)) return percentOf(value, text);
  if (shownAs(value, shown.value)) return { value, comparator: null, unit: shown.unit, text };
  return null;
}

/** Whether `shown` is `value` rounded to the decimals it shows. */
function shownAs(value: number, shown: number): boolean {
  const decimals = String(shown).split('.')[1]?.length ?? 0;
  return Math.abs(value - shown) <= 0.5 * 10 ** -decimals + 1e-9;
}

/**
 * The amount in a piece of text. `text` is what the result reports (the
 * cell's shown text); `source` is what is read.
 */
export function parseAmountText(
  source: string,
  options: ParseAmountOptions = {},
  text: string = source,
): ParsedAmount {
  // The common case, a plain number typed as text, needs no grammar.
  if (PLAIN_NUMBER.test(source)) {
    const value = Number(source);
    if (Number.isFinite(value))
      return {
        value: value === 0 ? 0 : value,
        comparator: null,
        unit: options.percentField ? '%' : null,
        text,
      };
  }
  if (source.length > 4 * MAX_AMOUNT_LENGTH) return unreadable(text);
  const normal = normaliseText(source).replace(/\n/g, ' ');
  // No amount is this long; a paragraph of scoring rules need not meet the grammar.
  if (normal === '' || normal.length > MAX_AMOUNT_LENGTH || isPlaceholder(normal))
    return unreadable(text);
  const match = AMOUNT.exec(normal);
  const parts = match?.groups;
  if (!parts) return unreadable(text);

  const before = parts.before ? comparatorOf(parts.before) : null;
  const after = parts.after ? comparatorOf(parts.after) : null;
  const unit = joinUnits(parts.currency, parts.unit, parts.currency2, parts.unit2);
  if (unit === false) return unreadable(text);
  const finalUnit = unit ?? (options.percentField ? '%' : null);

  const first = readNumber(parts.first ?? '');
  if (first === null) return unreadable(text);

  if (parts.second !== undefined) {
    const second = readNumber(parts.second);
    if (second === null) return unreadable(text);
    let low = first;
    let high = second;
    if (low > high) {
      // "2024-12" is a month, not a range from 2024 down to 12; "99~95" is a range written backwards.
      if (DASH_SEPARATOR.test(parts.separator ?? '')) return unreadable(text);
      [low, high] = [high, low];
    }
    return { value: null, low, high, comparator: 'range', unit: finalUnit, text };
  }

  if (parts.after && RANGE_ONLY_SUFFIX.test(parts.after)) return unreadable(text);
  // "≥5 以内" says two things; neither is safe to keep.
  if (before && after && before !== after) return unreadable(text);
  return { value: first, comparator: before ?? after ?? null, unit: finalUnit, text };
}

function comparatorOf(word: string): Comparator | null {
  return COMPARATOR_WORDS.get(word.toLowerCase()) ?? null;
}

/** A letter or a unit symbol; "-" or "/" alone is punctuation, not a unit. */
const UNIT_LIKE = /[\p{L}%‰‱°℃$¥€£₩₫]/u;
/** "100%完成", "95%覆盖": the unit is %, the word after it says what reaches it. */
const PERCENT_THEN_VERB = /^([%‰])\p{Script=Han}+$/u;

/**
 * The one unit of an amount, from a currency sign before it and a unit after
 * it (each end of a range may write them). false when they disagree or a unit
 * is only punctuation.
 */
function joinUnits(
  currency: string | undefined,
  unit: string | undefined,
  currency2: string | undefined,
  unit2: string | undefined,
): string | null | false {
  const sign = agree(currency, currency2);
  const word = agree(unit, unit2);
  if (sign === false || word === false) return false;
  if (word !== null && !UNIT_LIKE.test(word)) return false;
  const joined = (sign ?? '') + (word === null ? '' : word.replace(PERCENT_THEN_VERB, '$1'));
  return joined === '' ? null : joined;
}

function agree(a: string | undefined, b: string | undefined): string | null | false {
  const x = a?.trim() || null;
  const y = b?.trim() || null;
  if (x !== null && y !== null && x.toLowerCase() !== y.toLowerCase()) return false;
  return x ?? y;
}
