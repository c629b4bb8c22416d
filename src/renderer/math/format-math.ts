import type { Locale } from '../../shared/workspace/schema';
import { formatValue } from '../canvas/format';

/** Most decimals a difference is shown with when the metric's precision would round it to 0. */
const MAX_PRECISION = 6;

/**
 * "−12", "+3.5": a difference always carries its sign, with a true minus
 * (U+2212). A difference the metric's precision would print as 0 gets more
 * decimals: a gap badge reading "Gap 0" would contradict itself.
 */
export function signed(value: number, precision: number, locale: Locale): string {
  const zero = formatValue(0, precision, locale);
  let places = precision;
  let text = formatValue(Math.abs(value), places, locale);
  while (text === formatValue(0, places, locale) && value !== 0 && places < MAX_PRECISION)
    text = formatValue(Math.abs(value), ++places, locale);
  if (value === 0 || text === zero) return text;
  return `${value < 0 ? '−' : '+'}${text}`;
}

/** "−8%", "+0.5%": a share of a figure, one decimal at most unless asked. */
export function signedPercent(value: number, locale: Locale, decimals = 1): string {
  return `${signed(value, decimals, locale)}%`;
}
