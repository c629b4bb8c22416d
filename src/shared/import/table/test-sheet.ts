import type { MergedRange, RawCell, RawSheet, RawWorkbook } from '../types';

/**
 * Builders for the tests: a RawSheet from rows of plain values, merges in
 * A1 notation ("A1:C1"). Not used by the app.
 */
export type TestValue = string | number | RawCell | null;

export function cell(value: TestValue): RawCell | null {
  if (value === null || value === '') return null;
  if (typeof value === 'object') return value;
  return { value, text: String(value) };
}

/** A cell that stores a fraction and shows a percent, as Excel does for 20%. */
export function percentCell(fraction: number): RawCell {
  return { value: fraction, text: `${Math.round(fraction * 10000) / 100}%`, format: '0%' };
}

function columnIndex(letters: string): number {
  let index = 0;
  for (const ch of letters.toUpperCase()) index = index * 26 + (ch.charCodeAt(0) - 64);
  return index - 1;
}

function address(ref: string): { row: number; column: number } {
  const match = /^([A-Za-z]+)(\d+)$/.exec(ref);
  if (!match) throw new Error(`bad cell reference ${ref}`);
  return { row: Number(match[2]) - 1, column: columnIndex(match[1] as string) };
}

export function range(ref: string): MergedRange {
  const [from, to] = ref.split(':') as [string, string];
  const a = address(from);
  const b = address(to ?? from);
  return { top: a.row, left: a.column, bottom: b.row, right: b.column };
}

export function sheet(
  rows: readonly (readonly TestValue[])[],
  options: { name?: string; merges?: readonly string[]; hidden?: boolean } = {},
): RawSheet {
  return {
    name: options.name ?? 'Sheet1',
    rows: rows.map((row) => row.map(cell)),
    merges: (options.merges ?? []).map(range),
    hidden: options.hidden ?? false,
    truncated: false,
  };
}

export function workbook(...sheets: RawSheet[]): RawWorkbook {
  return { fileName: 'test.xlsx', format: 'xlsx', encoding: null, encodingDetected: false, sheets };
}
