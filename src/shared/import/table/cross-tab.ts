import type { ColumnMapping, ImportField, ImportedMetric, RawCell, RowWarning } from '../types';
import { weightsLookLikeFractions } from '../values/parse-weight';
import type { FilledColumns } from './fill-down';
import type { Grid } from './grid';
import type { CrossTabGroup, TransposedColumn } from './layout';
import { applyAmount, emptyMetric, meaningful, readAmount, readWeight, splitName } from './metrics';
import type { RowSkip, RowStructure } from './rows';

/** Per row below the header: a skip, or the metrics it holds. */
export type RowOutcome = RowSkip | ImportedMetric[];

/** Who a side row is about: department and/or person, from the side columns. */
export interface SideReader {
  department(row: number, index: number): string | null;
  person(row: number, index: number): string | null;
  /** The side columns whose blanks are filled from above. */
  readonly fillDown: readonly number[];
}

/**
 * The side of a cross-tab or transposed table. A column mapped to department
 * gives the department, one mapped to owner (or name: 姓名 is a person here)
 * the person; with neither, the first side column is the department in a
 * cross-tab and the person in a transposed table.
 */
export function sideReader(
  mapping: ColumnMapping,
  sideColumns: readonly number[],
  defaultRole: 'department' | 'person',
  filled: () => FilledColumns,
  grid: Grid,
): SideReader {
  const find = (fields: ImportField[]): number | undefined =>
    sideColumns.find((c) => fields.includes(mapping[c] as ImportField));
  let departmentColumn = find(['department']);
  let personColumn = find(['owner', 'name']);
  if (
    departmentColumn === undefined &&
    personColumn === undefined &&
    sideColumns[0] !== undefined
  ) {
    if (defaultRole === 'department') departmentColumn = sideColumns[0];
    else personColumn = sideColumns[0];
  }
  const fillDown = departmentColumn === undefined ? [] : [departmentColumn];
  let cache: FilledColumns | null = null;
  const at = (
    column: number | undefined,
    row: number,
    index: number,
    fill: boolean,
  ): string | null => {
    if (column === undefined) return null;
    if (fill) {
      cache ??= filled();
      const text = cache.get(column)?.[index];
      if (text !== undefined) return meaningful(text);
    }
    return meaningful(grid.areaText(row, column));
  };
  return {
    department: (row, index) => at(departmentColumn, row, index, true),
    person: (row, index) => {
      const text = at(personColumn, row, index, false);
      return text === null ? null : splitName(text).name;
    },
    fillDown,
  };
}

/** Whether every cell of a column (data rows only) reads as fractions of 1. */
function fractionColumns(
  grid: Grid,
  columns: Iterable<number>,
  start: number,
  structure: RowStructure,
): Map<number, boolean> {
  const result = new Map<number, boolean>();
  for (const column of columns) {
    const cells: (RawCell | null)[] = [];
    structure.forEach((fate, i) => {
      if (!fate) cells.push(grid.cell(start + i, column));
    });
    result.set(column, weightsLookLikeFractions(cells));
  }
  return result;
}

function withSide(metric: ImportedMetric, side: SideReader, row: number, index: number): void {
  metric.department = side.department(row, index);
  metric.owner = side.person(row, index);
}

/**
 * Cross-tab: each data row is a department (or person); each metric group
 * whose weight or target cell is filled ("--" and blanks are none) becomes
 * that row's metric.
 */
export function readCrossTab(
  grid: Grid,
  start: number,
  structure: RowStructure,
  groups: readonly CrossTabGroup[],
  side: SideReader,
): RowOutcome[] {
  const weightColumns = groups
    .map((g) => g.columns.weight)
    .filter((c): c is number => c !== undefined);
  const fractions = fractionColumns(grid, weightColumns, start, structure);
  return structure.map((fate, index) => {
    if (fate) return fate;
    const row = start + index;
    if (side.department(row, index) === null && side.person(row, index) === null) {
      return { reason: 'no-name', text: rowText(grid, row) };
    }
    const metrics: ImportedMetric[] = [];
    for (const group of groups) {
      const metric = emptyMetric(group.name, row, group.left);
      const warnings: RowWarning[] = [];
      let any = false;
      for (const field of ['target', 'baseline'] as const) {
        const column = group.columns[field];
        if (column === undefined) continue;
        const text = grid.text(row, column);
        if (meaningful(text) === null) continue;
        any = true;
        if (field === 'target') metric.targetText = meaningful(text);
        const read = readAmount(grid.cell(row, column), text, field, false);
        warnings.push(...read.warnings);
        if (read.amount) {
          applyAmount(metric, field, read.amount);
          metric.unit ??= read.amount.unit;
        }
      }
      const unitColumn = group.columns.unit;
      if (unitColumn !== undefined)
        metric.unit = meaningful(grid.text(row, unitColumn)) ?? metric.unit;
      const weightColumn = group.columns.weight;
      if (weightColumn !== undefined && meaningful(grid.text(row, weightColumn)) !== null) {
        any = true;
        const weight = readWeight(
          grid.cell(row, weightColumn),
          grid.text(row, weightColumn),
          fractions.get(weightColumn),
        );
        metric.weight = weight.value;
        warnings.push(...weight.warnings);
      }
      if (!any) continue;
      withSide(metric, side, row, index);
      metric.warnings = warnings;
      metrics.push(metric);
    }
    return metrics.length > 0 ? metrics : { reason: 'empty', text: rowText(grid, row) };
  });
}

/**
 * Transposed: each data row is a person (or department); each metric column
 * with a value in that row becomes their metric, named, noted and weighted by
 * the column's header cell. The value is the target.
 */
export function readTransposed(
  grid: Grid,
  start: number,
  structure: RowStructure,
  columns: readonly TransposedColumn[],
  side: SideReader,
): RowOutcome[] {
  const headerWeights = columns.map((column) =>
    column.weightText === null
      ? null
      : readWeight(
          { value: column.weightText, text: column.weightText },
          column.weightText,
          undefined,
        ),
  );
  return structure.map((fate, index) => {
    if (fate) return fate;
    const row = start + index;
    if (side.department(row, index) === null && side.person(row, index) === null) {
      return { reason: 'no-name', text: rowText(grid, row) };
    }
    const metrics: ImportedMetric[] = [];
    columns.forEach((column, k) => {
      const text = grid.text(row, column.column);
      if (meaningful(text) === null) return;
      const metric = emptyMetric(column.name, row, column.column);
      metric.note = column.note;
      metric.targetText = meaningful(text);
      const read = readAmount(grid.cell(row, column.column), text, 'target', false);
      if (read.amount) {
        applyAmount(metric, 'target', read.amount);
        metric.unit = read.amount.unit;
      }
      const weight = headerWeights[k];
      metric.weight = weight?.value ?? null;
      metric.warnings = [...read.warnings, ...(weight?.warnings ?? [])];
      withSide(metric, side, row, index);
      metrics.push(metric);
    });
    return metrics.length > 0 ? metrics : { reason: 'empty', text: rowText(grid, row) };
  });
}

function rowText(grid: Grid, row: number): string {
  return grid
    .filledColumns(row)
    .map((c) => grid.text(row, c))
    .join(' | ')
    .slice(0, 120);
}
