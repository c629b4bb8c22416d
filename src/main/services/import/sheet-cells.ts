import * as XLSX from 'xlsx';
import type { MergedRange, RawCell, RawSheet } from '../../../shared/import/types';
import type { CellBudget } from './cell-budget';

/**
 * A SheetJS worksheet (dense mode) → RawSheet: stored values, Excel's shown
 * text, number formats, dates as ISO text, error cells marked, merges, the
 * limits applied, trailing empty rows and cells trimmed. One pass over the
 * cells SheetJS kept.
 */

export interface SheetLimits {
  maxRows: number;
  maxColumns: number;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/**
 * An Excel serial date → 'YYYY-MM-DD' (with 'THH:MM:SS' when it has a time),
 * or null when the number is not a day (a bare time such as 0.5 = 12:00, or a
 * serial out of range): those keep their number.
 */
export function isoDate(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
  const parts = XLSX.SSF.parse_date_code(serial, { date1904 });
  if (!parts || parts.y < 1900) return null;
  const day = `${pad(parts.y, 4)}-${pad(parts.m)}-${pad(parts.d)}`;
  if (parts.H === 0 && parts.M === 0 && parts.S === 0) return day;
  return `${day}T${pad(parts.H)}:${pad(parts.M)}:${pad(parts.S)}`;
}

/** Whether a format is a date format; cached, since a sheet has a handful of formats and many cells. */
function dateFormatTest(): (format: string) => boolean {
  const known = new Map<string, boolean>();
  return (format) => {
    const seen = known.get(format);
    if (seen !== undefined) return seen;
    const date = XLSX.SSF.is_date(format);
    known.set(format, date);
    return date;
  };
}

export function cellOf(
  source: XLSX.CellObject,
  isDateFormat: (format: string) => boolean,
  date1904: boolean,
): RawCell | null {
  const format = typeof source.z === 'string' && source.z !== 'General' ? source.z : undefined;
  const shown = typeof source.w === 'string' ? source.w : undefined;
  const value = source.v;
  switch (source.t) {
    case 'e': {
      const text =
        shown ?? (typeof value === 'number' ? (XLSX.utils.format_cell(source) ?? '#N/A') : '#N/A');
      return { value: text, text, isError: true };
    }
    case 'n': {
      if (typeof value !== 'number') return null;
      const raw: RawCell = { value, text: shown ?? String(value) };
      if (format) {
        raw.format = format;
        const iso = isDateFormat(format) ? isoDate(value, date1904) : null;
        if (iso) {
          raw.value = iso;
          raw.isDate = true;
        }
      }
      return raw;
    }
    case 'b':
      return typeof value === 'boolean'
        ? { value, text: shown ?? (value ? 'TRUE' : 'FALSE') }
        : null;
    case 'd': {
      // Only with cellDates (not our setting), but a reader never trusts its own options.
      if (!(value instanceof Date) || Number.isNaN(value.getTime())) return null;
      const iso = value.toISOString().slice(0, 10);
      return { value: iso, text: shown ?? iso, isDate: true, ...(format ? { format } : {}) };
    }
    case 's': {
      const text = typeof value === 'string' ? value : value === undefined ? '' : String(value);
      if (text === '') return null;
      const raw: RawCell = { value: text, text: shown ?? text };
      if (format && format !== '@') raw.format = format;
      return raw;
    }
    default:
      return null; // 'z' stubs: a formatted empty cell is empty.
  }
}

/** Drops trailing empty cells of each row and trailing empty rows. */
export function trimRows(rows: (RawCell | null)[][]): void {
  for (const row of rows) {
    let end = row.length;
    while (end > 0 && row[end - 1] === null) end--;
    row.length = end;
  }
  let last = rows.length;
  while (last > 0 && (rows[last - 1] as unknown[]).length === 0) last--;
  rows.length = last;
}

/** The workbook's merges, clipped to the limits only: trimming empty cells does not shorten a merge. */
function mergesOf(sheet: XLSX.WorkSheet, rows: number, columns: number): MergedRange[] {
  const merges: MergedRange[] = [];
  for (const merge of sheet['!merges'] ?? []) {
    const top = merge.s.r;
    const left = merge.s.c;
    if (top >= rows || left >= columns || top < 0 || left < 0) continue;
    const bottom = Math.min(merge.e.r, rows - 1);
    const right = Math.min(merge.e.c, columns - 1);
    if (bottom < top || right < left || (bottom === top && right === left)) continue;
    merges.push({ top, left, bottom, right });
  }
  return merges;
}

/**
 * Whether SheetJS itself stopped early (the `sheetRows` option): it keeps the
 * real range in `!fullref` when the sheet states one.
 */
function cutBySheetJs(sheet: XLSX.WorkSheet, maxRows: number): boolean {
  const full = sheet['!fullref'];
  if (typeof full !== 'string') return false;
  return XLSX.utils.decode_range(full).e.r >= maxRows;
}

export function sheetOf(
  name: string,
  sheet: XLSX.WorkSheet,
  hidden: boolean,
  options: { limits: SheetLimits; budget: CellBudget; date1904: boolean },
): RawSheet {
  const { limits, budget, date1904 } = options;
  const isDateFormat = dateFormatTest();
  const data = (sheet as XLSX.DenseSheet)['!data'] ?? [];
  let truncated = cutBySheetJs(sheet, limits.maxRows);
  const rows: (RawCell | null)[][] = [];
  const rowCount = Math.min(data.length, limits.maxRows);
  if (data.slice(limits.maxRows).some((row) => row?.some((cell) => cell && cell.t !== 'z')))
    truncated = true;

  for (let r = 0; r < rowCount; r++) {
    const source = data[r];
    const row: (RawCell | null)[] = [];
    rows.push(row);
    if (!source) continue;
    if (budget.exhausted) {
      truncated = true;
      break;
    }
    const columnCount = Math.min(source.length, limits.maxColumns);
    for (let c = 0; c < columnCount; c++) {
      const cellSource = source[c];
      const cell = cellSource ? cellOf(cellSource, isDateFormat, date1904) : null;
      if (cell && !budget.take()) {
        truncated = true;
        row.length = c;
        break;
      }
      row.push(cell);
    }
    if (source.length > limits.maxColumns && !truncated)
      truncated = source
        .slice(limits.maxColumns)
        .some((rest: XLSX.CellObject | undefined) => rest && rest.t !== 'z');
  }
  trimRows(rows);
  const merges = mergesOf(sheet, limits.maxRows, limits.maxColumns);
  return { name, rows, merges, hidden, truncated };
}
