import type {
  ColumnMapping,
  ImportField,
  ImportedMetric,
  ParsedAmount,
  RawCell,
  RowWarning,
} from '../types';
import { parseAmount } from '../values/parse-amount';
import { splitPeople } from '../values/parse-people';
import { parseWeight, weightsLookLikeFractions } from '../values/parse-weight';
import type { FilledColumns } from './fill-down';
import type { Grid } from './grid';
import { columnHoldsNames } from './mapping';
import type { RowStructure } from './rows';
import { isNothing } from './rows';

/** A metric with every field at its empty value. */
export function emptyMetric(
  name: string,
  sourceRow: number,
  sourceColumn: number | null = null,
): ImportedMetric {
  return {
    name,
    department: null,
    position: null,
    owner: null,
    collaborators: [],
    unit: null,
    formula: null,
    dataSource: null,
    period: null,
    baseline: null,
    target: null,
    targetText: null,
    targetLow: null,
    targetHigh: null,
    comparator: null,
    weight: null,
    parent: null,
    category: null,
    note: null,
    sourceRow,
    sourceColumn,
    warnings: [],
  };
}

/** A grid text (normalised already), or null for empty and "nothing here" cells (--, 无, N/A, ${field}). */
export function meaningful(text: string): string | null {
  return isNothing(text) ? null : text;
}

/** A name cell (grid text, normalised): the first line is the name, further lines are its note. */
export function splitName(text: string): { name: string; note: string | null } {
  const normal = text.trim();
  const lineBreak = normal.indexOf('\n');
  if (lineBreak < 0) return { name: normal, note: null };
  return {
    name: normal.slice(0, lineBreak).trim(),
    note: normal.slice(lineBreak + 1).trim() || null,
  };
}

/** Columns by field, in sheet order. */
export function columnsByField(mapping: ColumnMapping): Map<ImportField, number[]> {
  const byField = new Map<ImportField, number[]>();
  mapping.forEach((field, column) => {
    if (field) {
      const list = byField.get(field);
      if (list) list.push(column);
      else byField.set(field, [column]);
    }
  });
  return byField;
}

/** An amount read from a cell, with the doubts about it. */
export interface AmountRead {
  amount: ParsedAmount | null;
  warnings: RowWarning[];
}

/** The amount in a target or baseline cell, and what to warn about: errors, dates, formulas, text. */
export function readAmount(
  cell: RawCell | null,
  text: string,
  field: ImportField,
  percentField: boolean,
): AmountRead {
  const warnings: RowWarning[] = [];
  if (text === '' || !cell) return { amount: null, warnings };
  if (cell.isError) return { amount: null, warnings: [{ code: 'error-cell', field, text }] };
  if (cell.isDate) return { amount: null, warnings: [{ code: 'date-value', field, text }] };
  if (typeof cell.value === 'string' && cell.value.startsWith('=')) {
    return { amount: null, warnings: [{ code: 'formula-cell', field, text }] };
  }
  const amount = parseAmount(cell, { percentField });
  const readable = amount.value !== null || amount.low !== undefined || amount.high !== undefined;
  if (!readable && !isNothing(text)) warnings.push({ code: 'unreadable-number', field, text });
  return { amount: readable ? amount : null, warnings };
}

function sameUnit(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  // "万" and "万元", "%" and "% ": one spelling inside the other is the same unit.
  return x === y || x.includes(y) || y.includes(x);
}

/** Apply a target or baseline amount to the metric. */
export function applyAmount(
  metric: ImportedMetric,
  field: 'target' | 'baseline',
  amount: ParsedAmount,
): void {
  if (field === 'baseline') {
    metric.baseline = amount.value;
    return;
  }
  metric.target = amount.value;
  metric.comparator = amount.comparator;
  if (amount.comparator === 'range') {
    metric.targetLow = amount.low ?? null;
    metric.targetHigh = amount.high ?? null;
  }
}

/** A weight cell in percent points, with its doubts. */
export function readWeight(
  cell: RawCell | null,
  text: string,
  columnFractions: boolean | undefined,
): { value: number | null; warnings: RowWarning[] } {
  const warnings: RowWarning[] = [];
  if (text === '' || !cell) return { value: null, warnings };
  if (cell.isError)
    return { value: null, warnings: [{ code: 'error-cell', field: 'weight', text }] };
  const weight = parseWeight(cell, columnFractions === undefined ? {} : { columnFractions });
  if (weight.value === null) {
    if (!isNothing(text)) warnings.push({ code: 'unreadable-number', field: 'weight', text });
    return { value: null, warnings };
  }
  if (weight.guessed) warnings.push({ code: 'percent-guessed', field: 'weight', text });
  if (weight.value < 0 || weight.value > 100)
    warnings.push({ code: 'weight-out-of-range', field: 'weight', text });
  return { value: weight.value, warnings };
}

/** What one row of a 'rows' table says, before hierarchy links. */
export interface RowRead {
  metric: ImportedMetric;
  /** The number column's text (or the number in front of the name), for outline numbering. */
  outline: string | null;
  /** A level column's text (1 / 2 / 一级 / L2). */
  level: string | null;
  /** The name one level up (一级指标 over 二级指标, filled down) or a parent column's name. */
  parentName: string | null;
  /**
   * Upper-level names that start on this row (the first row of their merged
   * block), top first, each with its own parent: they become metrics too.
   */
  ancestors: { name: string; parent: string | null }[];
}

export interface RowReader {
  /** The row's metric, or null when it has no name. */
  read(row: number, index: number): RowRead | null;
}

/** "1.1 销售额", "2、客户满意度": an outline number written in front of the name. */
const LEADING_OUTLINE =
  /^((?:\d{1,3}(?:[.．]\d{1,3})+|\d{1,3}(?=[.、．]?\s)|\d{1,3}(?=、)|[一二三四五六七八九十]{1,3}(?=、))[.、．]?)\s*(\S[\s\S]*)$/;

export interface ReaderSetup {
  grid: Grid;
  mapping: ColumnMapping;
  headerTexts: readonly string[];
  start: number;
  structure: RowStructure;
}

/**
 * Precompute what is per column (fraction rule of each weight column, which
 * columns hold percentages, which are filled down), so that reading a row is
 * a constant amount of work per mapped column.
 */
export function createRowReader(
  setup: ReaderSetup,
  filledFor: (columns: readonly number[]) => FilledColumns,
): RowReader {
  const { grid, mapping, headerTexts, start, structure } = setup;
  const byField = columnsByField(mapping);
  // 一级指标 / 二级指标: the name columns and the level columns that hold
  // names, left to right, are the levels of the tree; the last is the leaf.
  const levelColumns = byField.get('level') ?? [];
  const namedLevels = levelColumns.filter((c) => columnHoldsNames(grid, c, start));
  const chain = [...new Set([...namedLevels, ...(byField.get('name') ?? [])])].sort(
    (a, b) => a - b,
  );
  const leaf = chain[chain.length - 1];
  const upper = chain.slice(0, -1);
  const inChain = new Set(chain);
  const levelNumberColumn = levelColumns.find((c) => !inChain.has(c));

  const fillDownFields: ImportField[] = ['department', 'category', 'position', 'parent'];
  const filled = filledFor([...fillDownFields.flatMap((f) => byField.get(f) ?? []), ...upper]);

  const fractions = new Map<number, boolean>();
  for (const column of byField.get('weight') ?? []) {
    const cells: (RawCell | null)[] = [];
    structure.forEach((fate, i) => {
      if (!fate) cells.push(grid.cell(start + i, column));
    });
    fractions.set(column, weightsLookLikeFractions(cells));
  }
  const percentColumn = headerTexts.map((text) => /[%％]/.test(text));
  // Per field, its columns outside the name levels: a row looks at the first that says something.
  const fieldColumns = new Map<ImportField, number[]>();
  for (const [field, columns] of byField)
    fieldColumns.set(
      field,
      columns.filter((c) => !inChain.has(c)),
    );
  const none: number[] = [];
  const columnsOf = (field: ImportField): number[] => fieldColumns.get(field) ?? none;
  const errorChecks: [ImportField, number][] = [];
  for (const [field, columns] of fieldColumns) {
    if (field !== 'target' && field !== 'baseline' && field !== 'weight')
      for (const c of columns) errorChecks.push([field, c]);
  }
  // Owner cells repeat down a column ("张三、李四" on every row): split each text once.
  const people = new Map<string, string[]>();
  const peopleIn = (text: string | null): string[] => {
    if (text === null) return none as unknown as string[];
    let list = people.get(text);
    if (!list) people.set(text, (list = splitPeople(text)));
    return list;
  };

  const textAt = (row: number, index: number, column: number): string =>
    filled.get(column)?.[index] ?? grid.text(row, column);
  /** The first column of the field with something in it on this row, or -1. */
  const firstColumn = (row: number, index: number, field: ImportField): number => {
    for (const column of columnsOf(field))
      if (!isNothing(textAt(row, index, column))) return column;
    return -1;
  };
  const firstText = (row: number, index: number, field: ImportField): string | null => {
    const column = firstColumn(row, index, field);
    return column < 0 ? null : textAt(row, index, column);
  };
  const levelName = (row: number, index: number, j: number): string | null => {
    const column = chain[j];
    return column === undefined ? null : meaningful(splitName(textAt(row, index, column)).name);
  };

  const read = (row: number, index: number): RowRead | null => {
    // The deepest level written on this row is its metric; the levels above
    // it that start here are metrics too; the one just above is the parent.
    let depth = -1;
    for (let j = chain.length - 1; j >= 0; j--) {
      if (!isNothing(grid.text(row, chain[j] as number))) {
        depth = j;
        break;
      }
    }
    if (depth < 0 && leaf !== undefined && !isNothing(grid.areaText(row, leaf)))
      depth = chain.length - 1;
    if (depth < 0) return null;
    const nameText =
      depth === chain.length - 1
        ? grid.areaText(row, leaf as number)
        : grid.text(row, chain[depth] as number);
    const split = splitName(nameText);
    let name = split.name;
    if (isNothing(name)) return null;
    const ancestors: { name: string; parent: string | null }[] = [];
    for (let j = 0; j < depth; j++) {
      const own = meaningful(grid.text(row, chain[j] as number));
      if (own !== null)
        ancestors.push({
          name: splitName(own).name,
          parent: j > 0 ? levelName(row, index, j - 1) : null,
        });
    }

    const warnings: RowWarning[] = [];
    let outline = firstText(row, index, 'number');
    if (outline === null) {
      const leading = LEADING_OUTLINE.exec(name);
      if (leading) {
        outline = leading[1] ?? null;
        name = (leading[2] ?? name).trim();
      }
    }
    const metric = emptyMetric(name, row);
    metric.note = split.note;
    if (split.note !== null) warnings.push({ code: 'name-trimmed', field: 'name', text: nameText });

    metric.department = firstText(row, index, 'department');
    metric.position = firstText(row, index, 'position');
    metric.category = firstText(row, index, 'category');
    metric.formula = firstText(row, index, 'formula');
    metric.dataSource = firstText(row, index, 'dataSource');
    metric.period = firstText(row, index, 'period');

    const owners = peopleIn(firstText(row, index, 'owner'));
    const helpers = peopleIn(firstText(row, index, 'collaborators'));
    metric.owner = owners[0] ?? null;
    if (owners.length > 1 || helpers.length > 0) {
      const collaborators = new Set(owners.slice(1));
      for (const person of helpers) if (person !== metric.owner) collaborators.add(person);
      metric.collaborators = [...collaborators];
    }

    let writtenUnit: string | null = null;
    for (const field of AMOUNT_FIELDS) {
      const column = firstColumn(row, index, field);
      if (column < 0) continue;
      const text = grid.text(row, column);
      if (field === 'target') metric.targetText = text;
      const read = readAmount(grid.cell(row, column), text, field, percentColumn[column] === true);
      for (const doubt of read.warnings) warnings.push(doubt);
      if (!read.amount) continue;
      applyAmount(metric, field, read.amount);
      writtenUnit ??= read.amount.unit;
    }
    const columnUnit = firstText(row, index, 'unit');
    if (columnUnit !== null && writtenUnit !== null && !sameUnit(columnUnit, writtenUnit)) {
      warnings.push({
        code: 'unit-conflict',
        field: 'unit',
        text: `${columnUnit} ≠ ${writtenUnit}`,
      });
    }
    metric.unit = columnUnit ?? writtenUnit;

    const weightColumn = firstColumn(row, index, 'weight');
    if (weightColumn >= 0) {
      const weight = readWeight(
        grid.cell(row, weightColumn),
        grid.text(row, weightColumn),
        fractions.get(weightColumn),
      );
      metric.weight = weight.value;
      for (const doubt of weight.warnings) warnings.push(doubt);
    }
    for (const [field, column] of errorChecks) {
      if (grid.cell(row, column)?.isError)
        warnings.push({ code: 'error-cell', field, text: grid.text(row, column) });
    }
    metric.warnings = warnings;

    const parentName =
      firstText(row, index, 'parent') ?? (depth > 0 ? levelName(row, index, depth - 1) : null);
    const levelText =
      levelNumberColumn === undefined ? null : meaningful(grid.text(row, levelNumberColumn));
    return { metric, outline, level: levelText, parentName, ancestors };
  };
  return { read };
}

const AMOUNT_FIELDS = ['target', 'baseline'] as const;
