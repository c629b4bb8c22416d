import type { MergedRange, RawCell, RawSheet } from '../types';
import { normaliseText } from '../values/normalise-text';

/**
 * A read-only view of one RawSheet for the analysis: the trimmed text of every
 * cell, the merged area a cell belongs to, and how many cells of a row are
 * filled. Built once per sheet in one pass over the cells and one over the
 * merges, so every later stage can ask about any cell in constant (or
 * logarithmic, for merges) time instead of rescanning the sheet.
 */
export interface Grid {
  readonly name: string;
  readonly hidden: boolean;
  readonly rowCount: number;
  /** The longest row's length. */
  readonly columnCount: number;
  /** The cell as stored (a merged area's value sits in its top-left cell only). */
  cell(row: number, column: number): RawCell | null;
  /** The cell's own text, normalised (normaliseText); '' for an empty cell. */
  text(row: number, column: number): string;
  /** The merged area covering (row, column), if any. */
  mergeAt(row: number, column: number): MergedRange | null;
  /** The cell that holds the value shown at (row, column): the merge's top-left, else the cell. */
  areaCell(row: number, column: number): RawCell | null;
  /** The text shown at (row, column), merged areas included. */
  areaText(row: number, column: number): string;
  /** Cells of the row with their own text (covered cells of a merge do not count). */
  filledCount(row: number): number;
  /** Columns of the row's own filled cells, left to right. */
  filledColumns(row: number): number[];
}

/** What the cell says, trimmed: Excel's shown text, else the stored value. */
export function cellText(cell: RawCell | null | undefined): string {
  if (!cell) return '';
  const shown = cell.text !== '' ? cell.text : String(cell.value);
  return shown.trim();
}

const NO_MERGES: readonly MergedRange[] = [];
const NO_COLUMNS: number[] = [];

export function buildGrid(sheet: RawSheet): Grid {
  const rows = sheet.rows;
  const rowCount = rows.length;
  let columnCount = 0;
  for (let r = 0; r < rowCount; r++) {
    const length = rows[r]?.length ?? 0;
    if (length > columnCount) columnCount = length;
  }
  // Texts are normalised once per row, when a stage first asks about it:
  // sheet scoring reads only the top of each sheet, the chosen sheet is read
  // whole, and nothing downstream normalises a cell again.
  const texts: (string[] | undefined)[] = new Array<string[] | undefined>(rowCount);
  const filled: (number[] | undefined)[] = new Array<number[] | undefined>(rowCount);
  const rowTexts = (r: number): string[] => {
    let line = texts[r];
    if (line) return line;
    const row = rows[r] ?? [];
    line = new Array<string>(row.length);
    const rowFilled: number[] = [];
    for (let c = 0; c < row.length; c++) {
      const raw = cellText(row[c]);
      const text = raw === '' ? '' : normaliseText(raw);
      line[c] = text;
      if (text !== '') rowFilled.push(c);
    }
    texts[r] = line;
    filled[r] = rowFilled;
    return line;
  };
  const rowFilled = (r: number): number[] => {
    if (r < 0 || r >= rowCount) return NO_COLUMNS;
    if (!filled[r]) rowTexts(r);
    return filled[r] as number[];
  };

  // Merges by row, sorted by left edge: a lookup is a binary search over the
  // few merges crossing that row. Merges never overlap, so the lists hold at
  // most one entry per cell of the sheet.
  const mergesByRow: MergedRange[][] = new Array<MergedRange[]>(rowCount);
  for (const merge of sheet.merges) {
    if (merge.bottom < merge.top || merge.right < merge.left) continue;
    if (merge.bottom === merge.top && merge.right === merge.left) continue;
    const top = Math.max(0, merge.top);
    const bottom = Math.min(rowCount - 1, merge.bottom);
    for (let r = top; r <= bottom; r++) (mergesByRow[r] ??= []).push(merge);
  }
  for (const list of mergesByRow) if (list && list.length > 1) list.sort((a, b) => a.left - b.left);

  const cell = (row: number, column: number): RawCell | null => rows[row]?.[column] ?? null;
  const text = (row: number, column: number): string =>
    row >= 0 && row < rowCount ? (rowTexts(row)[column] ?? '') : '';
  const mergeAt = (row: number, column: number): MergedRange | null => {
    const list = mergesByRow[row] ?? NO_MERGES;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const merge = list[middle] as MergedRange;
      if (column < merge.left) high = middle - 1;
      else if (column > merge.right) low = middle + 1;
      else return merge;
    }
    return null;
  };
  const areaCell = (row: number, column: number): RawCell | null => {
    const merge = mergeAt(row, column);
    return merge ? cell(merge.top, merge.left) : cell(row, column);
  };
  const areaText = (row: number, column: number): string => {
    const merge = mergeAt(row, column);
    return merge ? text(merge.top, merge.left) : text(row, column);
  };

  return {
    name: sheet.name,
    hidden: sheet.hidden,
    rowCount,
    columnCount,
    cell,
    text,
    mergeAt,
    areaCell,
    areaText,
    filledCount: (row) => rowFilled(row).length,
    filledColumns: rowFilled,
  };
}

/**
 * Whether a cell reads as a number-like value (a number, a percentage, an
 * amount with a comparator or a short unit). Only for telling data rows from
 * header and text rows; the value itself is read by values/parseAmount.
 */
export function looksNumeric(cell: RawCell | null, text: string): boolean {
  if (!cell) return false;
  if (typeof cell.value === 'number' && !cell.isDate) return true;
  if (text === '' || text.length > 24) return false;
  return NUMBER_LIKE.test(text);
}

// A digit, wrapped at most in comparators, separators, percent signs and a
// short unit of a few letters: "≥98%", "1,200万", "12次", "95%~99%".
const NUMBER_LIKE =
  /^[\s≥≤≧≦<>=＜＞＝~～\-–—+±.,，。%％]*[0-9０-９][0-9０-９\s.,，%％~～\-–—+]*[^\s\d]{0,4}[\s]*$/u;
