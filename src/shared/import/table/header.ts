import type { ImportField } from '../types';
import type { Grid } from './grid';
import { looksNumeric } from './grid';

/** A header text → the field it names, with how sure (0–1); memoised by the caller. */
export type FieldOf = (text: string) => { field: ImportField; confidence: number } | null;

/** One filled area of a row: a cell, or a merged area that starts in this row. */
export interface RowArea {
  left: number;
  right: number;
  text: string;
}

/** Where the header is and what each column's header says. */
export interface HeaderChoice {
  /** 0-based first header row. */
  row: number;
  rows: 1 | 2;
  /** One text per column (two rows flattened "parent / child"); '' for none. */
  texts: string[];
  /** How well the header matched field synonyms; 0 when nothing did. */
  score: number;
}

/** Rows the header is looked for in: titles and metadata rarely take more. */
export const HEADER_SEARCH_ROWS = 30;

/** Fields that make a table a KPI table: they weigh more in the score. */
const FIELD_WEIGHT: Partial<Record<ImportField, number>> = {
  name: 1.5,
  target: 1.25,
  weight: 1.25,
  unit: 0.75,
  baseline: 1,
};

/** "部门：", "Full name: ", "Dept: 北部区域": a label and its value, not a header. */
const LABEL_VALUE = /^[^:：]{1,24}[:：]/;
/** Header cells are short; a paragraph is an instruction or a job description. */
const LONG_TEXT = 60;

export function rowAreas(grid: Grid, row: number): RowArea[] {
  const areas: RowArea[] = [];
  for (const column of grid.filledColumns(row)) {
    const merge = grid.mergeAt(row, column);
    areas.push({ left: column, right: merge ? merge.right : column, text: grid.text(row, column) });
  }
  return areas;
}

/** Score one set of header texts: distinct fields matched, weighted; penalties for what headers are not. */
function scoreTexts(
  grid: Grid,
  row: number,
  texts: readonly (readonly [number, string])[],
  fieldOf: FieldOf,
): number {
  if (texts.length < 2) return 0;
  const seen = new Set<ImportField>();
  let score = 0;
  let penalty = 0;
  let numbers = 0;
  for (const [column, text] of texts) {
    if (text.length > LONG_TEXT) {
      penalty += 0.5;
      continue;
    }
    // Metadata ("部门：北部区域") names a field but is no header.
    if (LABEL_VALUE.test(text) && !text.includes('\n')) {
      penalty += 0.75;
      continue;
    }
    // Stored numbers are data; a header of months or years ("1月", "2024") is text.
    const cell = grid.cell(row, column);
    if (typeof cell?.value === 'number' && !cell.isDate) {
      numbers++;
      continue;
    }
    const match = fieldOf(text);
    if (match && !seen.has(match.field)) {
      seen.add(match.field);
      score += match.confidence * (FIELD_WEIGHT[match.field] ?? 1);
    }
  }
  penalty += Math.min(1.5, 0.3 * numbers);
  return Math.max(0, score - penalty);
}

/** Rows with at least two filled cells among the next few: a header has data below it. */
function dataRowsBelow(grid: Grid, from: number): number {
  let count = 0;
  const end = Math.min(grid.rowCount, from + 8);
  for (let r = from; r < end; r++) if (grid.filledCount(r) >= 2) count++;
  return count;
}

/**
 * How the row after `parent` continues it as a second header row:
 * 'merged' when a merge in `parent` spans sub-headers below it (目标值 over
 * 上半年 / 下半年) or header cells merged down over both rows frame sub-headers;
 * 'repeating' when, without merges, the same sub-labels repeat under group
 * labels followed by blanks (a CSV cross-tab: 权重, 目标值, 权重, 目标值).
 */
export function subHeaderKind(grid: Grid, parent: number): 'merged' | 'repeating' | null {
  const child = parent + 1;
  if (child >= grid.rowCount) return null;
  const childColumns = grid.filledColumns(child);
  if (childColumns.length < 2) return null;
  const parentAreas = rowAreas(grid, parent);
  if (parentAreas.length === 0) return null;
  let spanning = 0;
  let mergedDown = 0;
  for (const area of parentAreas) {
    const merge = grid.mergeAt(parent, area.left);
    if (!merge || merge.top !== parent) continue;
    if (merge.bottom >= child) mergedDown++;
    else if (merge.right > merge.left) {
      let under = 0;
      for (let c = merge.left; c <= merge.right; c++) if (grid.text(child, c) !== '') under++;
      if (under >= 2) spanning++;
    }
  }
  // Header cells merged down over both rows: the second row is header by construction.
  if (mergedDown > 0) return 'merged';
  // Without cells merged down, a row with amounts in it is data, not sub-headers.
  if (childColumns.some((c) => looksNumeric(grid.cell(child, c), grid.text(child, c)))) return null;
  if (spanning > 0) {
    // One label over the start of the table is a title or a section ("II. KPI …"), not a group.
    const only = parentAreas.length === 1 ? parentAreas[0] : undefined;
    if (only && only.left <= (childColumns[0] as number)) return null;
    return 'merged';
  }
  // No merges: group labels with blanks after them, sub-labels repeating below.
  if (parentAreas.length >= 2 && childColumns.length >= 4) {
    const counts = new Map<string, number>();
    for (const c of childColumns)
      counts.set(grid.text(child, c), (counts.get(grid.text(child, c)) ?? 0) + 1);
    const repeated = [...counts.values()].some((n) => n >= 2);
    const gaps = parentAreas.some((area, i) => {
      const next = parentAreas[i + 1];
      return next !== undefined && next.left - area.left >= 2;
    });
    if (repeated && gaps) return 'repeating';
  }
  return null;
}

/**
 * The header texts of every column. Two rows become "parent / child"; a cell
 * merged down over both rows is said once; multi-line cells are kept whole.
 */
export function flattenHeader(grid: Grid, row: number, rows: 1 | 2): string[] {
  const width = grid.columnCount;
  const texts = new Array<string>(width);
  if (rows === 1) {
    for (let c = 0; c < width; c++) texts[c] = grid.areaText(row, c);
    return texts;
  }
  const carry = subHeaderKind(grid, row) === 'repeating';
  const child = row + 1;
  let carried = '';
  for (let c = 0; c < width; c++) {
    let parentText = grid.areaText(row, c);
    const childMerge = grid.mergeAt(child, c);
    const childText = childMerge && childMerge.top <= row ? '' : grid.areaText(child, c);
    if (carry) {
      if (parentText !== '') carried = parentText;
      else if (childText !== '') parentText = carried;
      else carried = '';
    }
    texts[c] =
      parentText !== '' && childText !== '' && parentText !== childText
        ? `${parentText} / ${childText}`
        : parentText || childText;
  }
  return texts;
}

function headerScoreAt(grid: Grid, row: number, rows: 1 | 2, fieldOf: FieldOf): number {
  let texts: (readonly [number, string])[];
  if (rows === 1) {
    texts = rowAreas(grid, row).map((area) => [area.left, area.text] as const);
  } else {
    // A two-row header scores by its best reading of each column: the
    // sub-header, the group label or both (目标值 / 上半年 is a target).
    const flat = flattenHeader(grid, row, 2);
    texts = [];
    for (let c = 0; c < flat.length; c++) {
      const text = flat[c] as string;
      if (text === '') continue;
      const child = grid.areaText(row + 1, c);
      const parent = grid.areaText(row, c);
      const best = [child, parent, text].find((t) => t !== '' && fieldOf(t) !== null) ?? text;
      texts.push([c, best] as const);
    }
  }
  const score = scoreTexts(grid, row, texts, fieldOf);
  const data = dataRowsBelow(grid, row + rows);
  return data === 0 ? score * 0.25 : score;
}

/** The row within the first rows with the most distinct text cells and data below: for sheets no synonym matches. */
function plainHeader(grid: Grid, end: number): number {
  let best = -1;
  let bestCount = 1;
  for (let r = 0; r < end; r++) {
    const areas = rowAreas(grid, r);
    if (areas.length <= bestCount) continue;
    const textual = areas.every(
      (a) =>
        !looksNumeric(grid.cell(r, a.left), a.text) &&
        !LABEL_VALUE.test(a.text) &&
        a.text.length <= LONG_TEXT,
    );
    if (textual && dataRowsBelow(grid, r + 1) > 0) {
      best = r;
      bestCount = areas.length;
    }
  }
  return best;
}

export interface HeaderOverride {
  headerRow?: number;
  headerRows?: number;
}

/**
 * Find the header: the row (or pair of rows) in the first rows whose cells
 * best match field synonyms and that has data below. Title rows (one cell),
 * metadata (label: value) and section labels score nothing or are penalised,
 * so they are passed over. An override fixes the row and/or the row count.
 */
export function detectHeader(
  grid: Grid,
  fieldOf: FieldOf,
  override: HeaderOverride = {},
): HeaderChoice {
  const forcedRows = override.headerRows === 2 ? 2 : override.headerRows === 1 ? 1 : null;
  if (override.headerRow !== undefined && Number.isFinite(override.headerRow)) {
    const row = Math.max(
      0,
      Math.min(Math.floor(override.headerRow), Math.max(0, grid.rowCount - 1)),
    );
    const rows = forcedRows ?? (subHeaderKind(grid, row) ? 2 : 1);
    return {
      row,
      rows,
      texts: flattenHeader(grid, row, rows),
      score: headerScoreAt(grid, row, rows, fieldOf),
    };
  }
  const end = Math.min(grid.rowCount, HEADER_SEARCH_ROWS);
  let best: { row: number; rows: 1 | 2; score: number } | null = null;
  for (let r = 0; r < end; r++) {
    if (grid.filledCount(r) === 0) continue;
    const candidates: (1 | 2)[] = forcedRows ? [forcedRows] : subHeaderKind(grid, r) ? [2, 1] : [1];
    for (const rows of candidates) {
      const score = headerScoreAt(grid, r, rows, fieldOf);
      if (score > 0 && (!best || score > best.score + 1e-9)) best = { row: r, rows, score };
    }
  }
  if (!best || best.score < 0.5) {
    const plain = plainHeader(grid, end);
    if (plain >= 0) {
      const rows = forcedRows ?? 1;
      best = { row: plain, rows, score: best?.score ?? 0 };
    }
  }
  const row = best?.row ?? 0;
  const rows = best?.rows ?? forcedRows ?? 1;
  return { row, rows, texts: flattenHeader(grid, row, rows), score: best?.score ?? 0 };
}
