import type { SheetSummary } from '../types';
import type { Grid } from './grid';
import { looksNumeric } from './grid';
import type { FieldOf, HeaderChoice } from './header';
import { detectHeader } from './header';

export const PREVIEW_ROWS = 8;
export const PREVIEW_COLUMNS = 10;
/** Rows below the header looked at for the score; enough to see a table's shape. */
const SAMPLE_ROWS = 60;

export interface ScoredSheet {
  summary: SheetSummary;
  header: HeaderChoice;
}

/**
 * How much a sheet looks like a KPI table, 0–1: a header whose cells name KPI
 * fields (name, target, weight, unit weigh most), then rows that have a name
 * and numbers. Instruction and job-description sheets (long text, one cell a
 * row), chart-only and empty sheets score low; a hidden sheet counts half.
 */
export function scoreSheet(grid: Grid, fieldOf: FieldOf): ScoredSheet {
  const header = detectHeader(grid, fieldOf);
  const summary: SheetSummary = {
    name: grid.name,
    rows: grid.rowCount,
    columns: grid.columnCount,
    score: 0,
    hidden: grid.hidden,
    preview: preview(grid),
  };
  if (grid.rowCount === 0) return { summary, header };

  const start = header.row + header.rows;
  const end = Math.min(grid.rowCount, start + SAMPLE_ROWS);
  let nonEmpty = 0;
  let tableRows = 0;
  let kpiRows = 0;
  let filledCells = 0;
  let longCells = 0;
  for (let r = start; r < end; r++) {
    const columns = grid.filledColumns(r);
    if (columns.length === 0) continue;
    nonEmpty++;
    if (columns.length >= 3) tableRows++;
    let text = false;
    let number = false;
    for (const c of columns) {
      const value = grid.text(r, c);
      filledCells++;
      if (value.length > 80) longCells++;
      if (looksNumeric(grid.cell(r, c), value)) number = true;
      else if (value.length <= 80) text = true;
    }
    if (text && number) kpiRows++;
  }

  const headerPart = Math.min(1, header.score / 4);
  const dataPart = Math.min(1, kpiRows / 5);
  const shapePart = nonEmpty === 0 ? 0 : tableRows / nonEmpty;
  let score = 0.5 * headerPart + 0.3 * dataPart + 0.2 * shapePart;
  // Paragraphs: instructions, job descriptions.
  if (filledCells > 0 && longCells / filledCells > 0.25) score *= 0.4;
  if (nonEmpty === 0) score *= 0.2;
  if (grid.hidden) score *= 0.5;
  summary.score = Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000;
  return { summary, header };
}

/** The top-left of what is written: leading empty rows and columns left out. */
function preview(grid: Grid): string[][] {
  let firstRow = -1;
  let firstColumn = Number.POSITIVE_INFINITY;
  const scanEnd = Math.min(grid.rowCount, 30);
  for (let r = 0; r < scanEnd; r++) {
    const columns = grid.filledColumns(r);
    if (columns.length === 0) continue;
    if (firstRow < 0) firstRow = r;
    if ((columns[0] as number) < firstColumn) firstColumn = columns[0] as number;
  }
  if (firstRow < 0) return [];
  const rows: string[][] = [];
  for (let r = firstRow; r < Math.min(grid.rowCount, firstRow + PREVIEW_ROWS); r++) {
    const line: string[] = [];
    for (let c = firstColumn; c < Math.min(grid.columnCount, firstColumn + PREVIEW_COLUMNS); c++) {
      line.push(grid.text(r, c));
    }
    rows.push(line);
  }
  return rows;
}

/** The sheet to suggest: the highest score, the first of equals. */
export function bestSheet(scored: readonly ScoredSheet[]): number {
  let best = -1;
  for (let i = 0; i < scored.length; i++) {
    const score = (scored[i] as ScoredSheet).summary.score;
    if (best < 0 || score > (scored[best] as ScoredSheet).summary.score) best = i;
  }
  return best;
}
