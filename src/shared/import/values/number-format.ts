/**
 * What an Excel number format says about the unit of the number it shows:
 * '0%' scales by 100 and shows "%"; '0"%"' shows "%" without scaling;
 * '#,##0"万元"', '[$¥-804]#,##0', '¥#,##0' name a unit. Only the first
 * section (positive numbers) is read. Formats repeat across a sheet, so each
 * distinct one is read once.
 */

export interface FormatUnit {
  /** An unquoted %: the stored 0.98 is shown as 98%. */
  scalesToPercent: boolean;
  /** The unit the format writes next to the number, or null. */
  unit: string | null;
}

/**
 * One pass over the format, in order: quoted text, an escaped character, a
 * [$¥-804] currency, other [brackets] (colours, conditions), padding or fill
 * (_x, *x: layout, not text), a %, a currency sign or Han character written
 * bare (WPS writes 0.00万 without quotes).
 */
const FORMAT_TOKEN =
  /"([^"]*)"|\\(.)|\[\$([^\]-]*)(?:-[^\]]*)?\]|\[[^\]]*\]|[_*].|(%)|([$¥€£₩₫\p{Script=Han}])/gu;

const cache = new Map<string, FormatUnit>();
const CACHE_LIMIT = 256;

export function formatUnit(format: string): FormatUnit {
  const known = cache.get(format);
  if (known) return known;
  const read = readFormat(format);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(format, read);
  return read;
}

function readFormat(format: string): FormatUnit {
  let scalesToPercent = false;
  let written = '';
  for (const token of firstSection(format).matchAll(FORMAT_TOKEN)) {
    const [, quoted, escaped, currency, percent, bare] = token;
    if (percent !== undefined) scalesToPercent = true;
    written += quoted ?? escaped ?? currency ?? bare ?? '';
  }
  if (scalesToPercent) return { scalesToPercent, unit: '%' };
  written = written.trim();
  return { scalesToPercent, unit: written === '' ? null : written };
}

/** Up to the first ';' that is not inside quotes. */
function firstSection(format: string): string {
  let quoted = false;
  for (let i = 0; i < format.length; i += 1) {
    const char = format[i];
    if (char === '"') quoted = !quoted;
    else if (char === '\\') i += 1;
    else if (char === ';' && !quoted) return format.slice(0, i);
  }
  return format;
}
