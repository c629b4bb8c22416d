import type { RawCell } from '../../../shared/import/types';
import type { CellBudget } from './cell-budget';

/**
 * CSV / tab-separated text → rows of text cells, in one pass, stopping once
 * the limits are reached.
 *
 * Our own parser rather than `XLSX.read(text, { type: 'string', raw: true })`:
 * SheetJS decides what a string is from its first characters, so a CSV whose
 * first cell begins with `<` is read as an HTML table (and comes back with no
 * sheet), one that begins with `ID` is tried as SYLK, `TABL` as DIF; and it
 * builds every cell of a million-row file before we could stop it. RFC 4180
 * quoting is all a CSV needs, and doing it here also keeps `=1+1` and `007`
 * as the text they are (a CSV has no types; the values stage reads the text).
 */

export type Delimiter = ',' | '\t' | ';';
const CANDIDATES: readonly Delimiter[] = [',', '\t', ';'];

/** Enough lines to see the separator, few enough to stay instant on 100 MB. */
const SNIFF_CHARS = 64 * 1024;

/**
 * Excel's `sep=;` first line names the separator; otherwise the candidate
 * seen most often outside quotes in the first lines wins, and a tie goes to
 * the default of the kind of file (tab for .txt, comma for .csv).
 */
export function chooseDelimiter(text: string, kind: 'csv' | 'txt'): Delimiter {
  const fallback: Delimiter = kind === 'txt' ? '\t' : ',';
  const counts = new Map<number, number>();
  let quoted = false;
  const end = Math.min(text.length, SNIFF_CHARS);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) quoted = !quoted;
    else if (!quoted && (code === 0x2c || code === 0x09 || code === 0x3b))
      counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best: Delimiter = fallback;
  let bestCount = counts.get(fallback.charCodeAt(0)) ?? 0;
  for (const candidate of CANDIDATES) {
    const count = counts.get(candidate.charCodeAt(0)) ?? 0;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

const SEP_LINE = /^sep=([,;\t|])\r?\n/i;

/** Whether anything but separators and line breaks follows: blank lines past the limit lose nothing. */
function hasTextFrom(text: string, start: number): boolean {
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      code !== 0x0a &&
      code !== 0x0d &&
      code !== 0x2c &&
      code !== 0x09 &&
      code !== 0x3b &&
      code !== 0x20
    )
      return true;
  }
  return false;
}

export interface DelimitedRows {
  rows: (RawCell | null)[][];
  truncated: boolean;
}

function cell(text: string): RawCell | null {
  return text === '' ? null : { value: text, text };
}

export function parseDelimited(
  source: string,
  kind: 'csv' | 'txt',
  limits: { maxRows: number; maxColumns: number },
  budget: CellBudget,
): DelimitedRows {
  let text = source;
  let delimiterCode: number;
  const sepLine = SEP_LINE.exec(text);
  if (sepLine) {
    delimiterCode = (sepLine[1] as string).charCodeAt(0);
    text = text.slice(sepLine[0].length);
  } else {
    delimiterCode = chooseDelimiter(text, kind).charCodeAt(0);
  }

  const rows: (RawCell | null)[][] = [];
  let row: (RawCell | null)[] = [];
  let truncated = false;
  let i = 0;
  const length = text.length;

  const pushCell = (value: string) => {
    if (row.length >= limits.maxColumns) {
      if (value !== '') truncated = true;
      return;
    }
    const made = cell(value);
    if (made && !budget.take()) {
      truncated = true;
      row.push(null);
      return;
    }
    row.push(made);
  };

  while (i < length) {
    if (rows.length >= limits.maxRows || budget.exhausted) {
      truncated ||= hasTextFrom(text, i);
      break;
    }
    let value: string;
    if (text.charCodeAt(i) === 0x22) {
      // Quoted field: "" is a quote; the field ends at a lone quote.
      let parts = '';
      let start = i + 1;
      i = start;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) {
          // An unclosed quote takes the rest of the file, as Excel does.
          parts += text.slice(start);
          i = length;
          break;
        }
        if (text.charCodeAt(quote + 1) === 0x22) {
          parts += text.slice(start, quote + 1);
          i = start = quote + 2;
          continue;
        }
        parts += text.slice(start, quote);
        i = quote + 1;
        break;
      }
      // Anything between the closing quote and the separator belongs to the field too.
      const restStart = i;
      while (i < length) {
        const code = text.charCodeAt(i);
        if (code === delimiterCode || code === 0x0a || code === 0x0d) break;
        i++;
      }
      value = parts + text.slice(restStart, i);
    } else {
      const start = i;
      while (i < length) {
        const code = text.charCodeAt(i);
        if (code === delimiterCode || code === 0x0a || code === 0x0d) break;
        i++;
      }
      value = text.slice(start, i);
    }
    pushCell(value);

    if (i >= length) break;
    const code = text.charCodeAt(i);
    i++;
    if (code === delimiterCode) {
      // A separator at the very end still opens an (empty) last field.
      if (i >= length) pushCell('');
      continue;
    }
    if (code === 0x0d && text.charCodeAt(i) === 0x0a) i++;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return { rows, truncated };
}
