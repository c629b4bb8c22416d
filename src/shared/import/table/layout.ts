import type { ColumnMapping, ImportField, TableLayout } from '../types';
import type { Grid } from './grid';
import { looksNumeric } from './grid';
import type { FieldOf, HeaderChoice } from './header';
import { subHeaderKind } from './header';
import { isTotalText } from './rows';

/** A metric of a cross-tab: its name over sub-columns (权重 / 目标值). */
export interface CrossTabGroup {
  name: string;
  left: number;
  right: number;
  /** Sub-column per field it names (the first of each). */
  columns: Partial<Record<ImportField, number>>;
}

/** A metric column of a transposed table: name, note and weight from its header cell. */
export interface TransposedColumn {
  column: number;
  name: string;
  note: string | null;
  /** The header line that gave the weight ("45%"), else null. */
  weightText: string | null;
}

export interface LayoutFit {
  layouts: TableLayout[];
  groups: CrossTabGroup[];
  transposed: TransposedColumn[];
  /** The columns down the side (departments or people) for cross-tab and transposed. */
  sideColumns: number[];
}

const VALUE_FIELDS: ReadonlySet<ImportField> = new Set(['weight', 'target', 'baseline', 'unit']);
/** A header line that is only a share: "45%", "(30%)", "权重20%". */
const WEIGHT_LINE =
  /^[(（]?\s*(?:权重|weight|tỷ trọng|trọng số)?\s*[:：]?\s*\d{1,3}(?:\.\d+)?\s*[%％]\s*[)）]?$/i;
/** Rows sampled to see whether a column holds numbers. */
const SAMPLE = 40;

/**
 * Metric groups of a two-row header: runs of columns under one group label
 * whose sub-labels name value fields (权重, 目标值). A group label that is a
 * field itself (目标值 over 上半年 / 下半年) is a two-row header of a 'rows'
 * table, not a metric; a totals group (合计) is never a metric.
 */
function crossTabGroups(grid: Grid, header: HeaderChoice, fieldOf: FieldOf): CrossTabGroup[] {
  if (header.rows !== 2) return [];
  const top = header.row;
  const repeating = subHeaderKind(grid, top) === 'repeating';
  const groups: CrossTabGroup[] = [];
  let c = 0;
  while (c < grid.columnCount) {
    const merge = grid.mergeAt(top, c);
    let right = merge && merge.top === top && merge.bottom === top ? merge.right : c;
    const label = grid.areaText(top, c);
    if (repeating && label !== '') {
      while (
        right + 1 < grid.columnCount &&
        grid.text(top, right + 1) === '' &&
        grid.text(top + 1, right + 1) !== ''
      )
        right++;
    }
    if (right > c && label !== '' && !isTotalText(label) && fieldOf(label) === null) {
      const columns: Partial<Record<ImportField, number>> = {};
      for (let k = c; k <= right; k++) {
        const field = fieldOf(grid.areaText(top + 1, k))?.field;
        if (field && VALUE_FIELDS.has(field) && columns[field] === undefined) columns[field] = k;
      }
      if (columns.weight !== undefined || columns.target !== undefined) {
        groups.push({ name: firstLine(label), left: c, right, columns });
      }
    }
    c = right + 1;
  }
  return groups;
}

function firstLine(text: string): string {
  const normal = text.trim();
  const lineBreak = normal.indexOf('\n');
  return lineBreak < 0 ? normal : normal.slice(0, lineBreak).trim();
}

/** A header cell as name / note / weight lines: "代码质量\n(代码逻辑，bug数量)\n45%". */
export function metricHeader(column: number, text: string): TransposedColumn {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  let weightText: string | null = null;
  const rest: string[] = [];
  for (const line of lines.slice(1)) {
    if (weightText === null && WEIGHT_LINE.test(line)) weightText = line;
    else rest.push(line);
  }
  return {
    column,
    name: lines[0] ?? '',
    note: rest.length > 0 ? rest.join('\n') : null,
    weightText,
  };
}

function mostlyNumbers(grid: Grid, column: number, start: number): boolean {
  let numbers = 0;
  let texts = 0;
  for (let r = start; r < Math.min(grid.rowCount, start + SAMPLE); r++) {
    const text = grid.text(r, column);
    if (text === '') continue;
    if (looksNumeric(grid.cell(r, column), text)) numbers++;
    else texts++;
  }
  return numbers > 0 && numbers >= texts;
}

function transposedColumns(
  grid: Grid,
  header: HeaderChoice,
  mapping: ColumnMapping,
): { columns: TransposedColumn[]; strong: number } {
  const start = header.row + header.rows;
  const columns: TransposedColumn[] = [];
  let strong = 0;
  // Without a name column, "目标销售额" headed by a target synonym is a metric too.
  const hasName = mapping.includes('name');
  header.texts.forEach((text, column) => {
    if (text === '' || isTotalText(firstLine(text))) return;
    if (looksNumeric(grid.cell(header.row, column), text)) return;
    const parsed = metricHeader(column, text);
    if (parsed.name === '') return;
    // A weight on its own line marks a metric even when its name is also a field's synonym (协作).
    if (parsed.weightText !== null) {
      strong++;
      columns.push(parsed);
      return;
    }
    const field = mapping[column];
    if (field && (hasName || !VALUE_FIELDS.has(field))) return;
    if (mostlyNumbers(grid, column, start)) columns.push(parsed);
  });
  return { columns, strong };
}

/**
 * Which layouts fit, the likeliest first. 'rows' always fits (it is what the
 * wizard falls back to). A cross-tab needs two metric groups with value
 * sub-columns; a transposed table needs metric columns (not field names)
 * holding numbers and no target or weight column of its own.
 */
export function fitLayouts(
  grid: Grid,
  header: HeaderChoice,
  mapping: ColumnMapping,
  fieldOf: FieldOf,
): LayoutFit {
  const groups = crossTabGroups(grid, header, fieldOf);
  const transposed = transposedColumns(grid, header, mapping);
  const layouts: TableLayout[] = [];
  const has = (field: ImportField): boolean => mapping.includes(field);
  const crossTab = groups.length >= 2;
  const transposedFits =
    transposed.columns.length >= 2 &&
    (transposed.strong >= 2 || !has('name') || (!has('target') && !has('weight')));
  if (crossTab) layouts.push('cross-tab');
  if (transposedFits && !crossTab && (transposed.strong >= 2 || !has('name')))
    layouts.push('transposed');
  layouts.push('rows');
  if (transposedFits && !layouts.includes('transposed')) layouts.push('transposed');

  const firstMetricColumn = Math.min(
    groups[0]?.left ?? Number.POSITIVE_INFINITY,
    layouts[0] === 'transposed'
      ? (transposed.columns[0]?.column ?? Number.POSITIVE_INFINITY)
      : Number.POSITIVE_INFINITY,
  );
  const inGroup = new Set<number>();
  for (const group of groups) for (let c = group.left; c <= group.right; c++) inGroup.add(c);
  const metricColumns = new Set(transposed.columns.map((t) => t.column));
  const sideColumns: number[] = [];
  header.texts.forEach((text, column) => {
    if (text === '' || inGroup.has(column) || metricColumns.has(column)) return;
    if (column < firstMetricColumn || mapping[column]) sideColumns.push(column);
  });
  return { layouts, groups, transposed: transposed.columns, sideColumns };
}
