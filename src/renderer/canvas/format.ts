import type { Locale } from '../../shared/workspace/schema';

const formats = new Map<string, Intl.NumberFormat>();

/** A value as the room reads it: grouped digits, at most the metric's precision. */
export function formatValue(value: number, precision: number, locale: Locale): string {
  const key = `${locale}:${precision}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: precision });
    formats.set(key, format);
  }
  return format.format(value);
}

/** "3.2%", "120万元", "45 orders": CJK units and % sit tight, words get a space. */
export function withUnit(text: string, unit: string): string {
  if (unit === '') return text;
  return /^[%‰\u3000-\u9fff\uff00-\uffef]/.test(unit) ? `${text}${unit}` : `${text} ${unit}`;
}
