import type {
  AnalyseOptions,
  ImportAnalysis,
  ImportedMetric,
  RawWorkbook,
  RowFate,
  RowWarning,
  TableLayout,
} from './types';
import type { RowOutcome } from './table/cross-tab';
import { readCrossTab, readTransposed, sideReader } from './table/cross-tab';
import { createFieldOf } from './table/fields';
import { fillDown } from './table/fill-down';
import type { Grid } from './table/grid';
import { buildGrid } from './table/grid';
import type { HeaderChoice } from './table/header';
import { detectHeader } from './table/header';
import type { HierarchyEntry } from './table/hierarchy';
import { linkParents } from './table/hierarchy';
import { fitLayouts } from './table/layout';
import { chooseMapping } from './table/mapping';
import { createRowReader, emptyMetric } from './table/metrics';
import type { RowStructure } from './table/rows';
import { classifyRows } from './table/rows';
import { bestSheet, scoreSheet } from './table/sheet-score';

/**
 * RawWorkbook → ImportAnalysis: pick the sheet, find the header, map the
 * columns, choose the layout, then give every row below the header its fate
 * and read the metrics. Each option replaces one decision and everything
 * after it is recomputed; the wizard calls this again after every change, so
 * every stage is one linear pass over the sheet (see table/README.md).
 *
 * Never throws on any workbook shape: a sheet with nothing in it gives an
 * analysis with no metrics, not an error.
 */
export function analyseWorkbook(book: RawWorkbook, options: AnalyseOptions = {}): ImportAnalysis {
  const fieldOf = createFieldOf();
  const grids = book.sheets.map(buildGrid);
  const scored = grids.map((grid) => scoreSheet(grid, fieldOf));
  const sheets = scored.map((s) => s.summary);
  let index =
    options.sheet === undefined ? -1 : book.sheets.findIndex((s) => s.name === options.sheet);
  if (index < 0) index = bestSheet(scored);
  const grid = grids[index];
  const base = { fileName: book.fileName, format: book.format, encoding: book.encoding, sheets };
  if (!grid) {
    return {
      ...base,
      sheet: '',
      layout: 'rows',
      layouts: ['rows'],
      headerRow: 0,
      headerRows: 1,
      columns: [],
      metrics: [],
      rows: [],
    };
  }

  const header: HeaderChoice =
    options.headerRow !== undefined || options.headerRows !== undefined
      ? detectHeader(grid, fieldOf, options)
      : (scored[index]?.header ?? detectHeader(grid, fieldOf));
  const { mapping, columns } = chooseMapping(grid, header, fieldOf, options.mapping);
  const fit = fitLayouts(grid, header, mapping, fieldOf);
  const layout: TableLayout = options.layout ?? fit.layouts[0] ?? 'rows';
  const layouts = [layout, ...fit.layouts.filter((l) => l !== layout)];

  const start = header.row + header.rows;
  const leafName = lastIndexOf(mapping, 'name');
  const nameColumn = layout === 'rows' ? leafName : (fit.sideColumns[0] ?? -1);
  const structure = classifyRows({ grid, header, nameColumn, fieldOf });
  const filledFor = (cols: readonly number[]) => fillDown(grid, start, structure, cols);

  let outcomes: RowOutcome[];
  let entries: HierarchyEntry[] = [];
  if (layout === 'rows') {
    ({ outcomes, entries } = readRows(grid, header, mapping, structure, filledFor));
  } else {
    const side = sideReader(
      mapping,
      fit.sideColumns,
      layout === 'cross-tab' ? 'department' : 'person',
      () => filledFor(fit.sideColumns),
      grid,
    );
    outcomes =
      layout === 'cross-tab'
        ? readCrossTab(grid, start, structure, fit.groups, side)
        : readTransposed(grid, start, structure, fit.transposed, side);
  }
  linkParents(entries);
  const { metrics, rows } = assemble(outcomes, start);
  return {
    ...base,
    sheet: grid.name,
    layout,
    layouts,
    headerRow: header.row,
    headerRows: header.rows,
    columns,
    metrics,
    rows,
  };
}

function lastIndexOf<T>(list: readonly T[], value: T): number {
  for (let i = list.length - 1; i >= 0; i--) if (list[i] === value) return i;
  return -1;
}

/** 'rows': one metric per data row, plus the upper levels (一级指标) that start on it. */
function readRows(
  grid: Grid,
  header: HeaderChoice,
  mapping: ImportAnalysis['columns'][number]['field'][],
  structure: RowStructure,
  filledFor: Parameters<typeof createRowReader>[1],
): { outcomes: RowOutcome[]; entries: HierarchyEntry[] } {
  const start = header.row + header.rows;
  const reader = createRowReader(
    { grid, mapping, headerTexts: header.texts, start, structure },
    filledFor,
  );
  const entries: HierarchyEntry[] = [];
  const outcomes = structure.map((fate, i): RowOutcome => {
    if (fate) return fate;
    const row = start + i;
    const read = reader.read(row, i);
    if (!read) return { reason: 'no-name', text: rowText(grid, row) };
    const metrics: ImportedMetric[] = [];
    for (const ancestor of read.ancestors) {
      const metric = emptyMetric(ancestor.name, row);
      metric.department = read.metric.department;
      metric.category = read.metric.category;
      metric.position = read.metric.position;
      metrics.push(metric);
      entries.push({ metric, outline: null, level: null, parentName: ancestor.parent });
    }
    metrics.push(read.metric);
    entries.push({
      metric: read.metric,
      outline: read.outline,
      level: read.level,
      parentName: read.parentName,
    });
    return metrics;
  });
  return { outcomes, entries };
}

function rowText(grid: Grid, row: number): string {
  const text = grid
    .filledColumns(row)
    .map((c) => grid.text(row, c))
    .join(' | ');
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

function metricKey(metric: ImportedMetric): string {
  return [
    metric.name.toLowerCase(),
    metric.department,
    metric.position,
    metric.owner,
    metric.parent,
  ].join('\u0000');
}

/**
 * Outcomes → metrics and one fate per row. A row whose own metric (the last
 * it gives) repeats an earlier one (same name, department, position, owner
 * and parent) is a duplicate; an upper level met again is just not repeated.
 */
function assemble(
  outcomes: readonly RowOutcome[],
  start: number,
): { metrics: ImportedMetric[]; rows: RowFate[] } {
  const metrics: ImportedMetric[] = [];
  const rows: RowFate[] = [];
  const seen = new Set<string>();
  outcomes.forEach((outcome, i) => {
    const row = start + i;
    if (!Array.isArray(outcome)) {
      rows.push({ row, fate: 'skipped', reason: outcome.reason, text: outcome.text });
      return;
    }
    const own = outcome[outcome.length - 1];
    if (!own || seen.has(metricKey(own))) {
      rows.push({ row, fate: 'skipped', reason: 'duplicate', text: own?.name ?? '' });
      return;
    }
    const indexes: number[] = [];
    const warnings: RowWarning[] = [];
    for (const metric of outcome) {
      const key = metricKey(metric);
      if (seen.has(key)) continue;
      seen.add(key);
      indexes.push(metrics.length);
      metrics.push(metric);
      warnings.push(...metric.warnings);
    }
    rows.push(
      warnings.length > 0
        ? { row, fate: 'warning', metrics: indexes, warnings }
        : { row, fate: 'imported', metrics: indexes },
    );
  });
  return { metrics, rows };
}
