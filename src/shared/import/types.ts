/**
 * The shapes an import passes through, from the bytes of a KPI sheet to the
 * metrics it holds. Three stages, three owners:
 *
 *   bytes ──(src/main/services/import: read)──▶ RawWorkbook
 *   RawWorkbook ──(src/shared/import: analyse)──▶ ImportAnalysis
 *   ImportAnalysis ──(renderer wizard / CLI)──▶ workspace operations
 *
 * Everything here is plain data (structured-clone safe), so it crosses a
 * worker boundary and IPC unchanged. Row and column numbers are 0-based
 * everywhere in code; only text shown to people says 「第 3 行」 (1-based).
 */

/** The file formats an import reads (by content, not only by extension). */
export type SpreadsheetFormat = 'xlsx' | 'xlsm' | 'xls' | 'ods' | 'csv' | 'txt';

/** Text encodings a CSV/TXT may be in; `auto` lets the reader decide. */
export const TEXT_ENCODINGS = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'] as const;
export type TextEncoding = (typeof TEXT_ENCODINGS)[number];

/**
 * One cell as the reader found it. `value` is the stored value (a number
 * stays a number: 0.98 for a cell shown as 98%), `text` what Excel shows,
 * `format` the number format when the workbook has one ('0%', 'yyyy-mm-dd').
 * A date cell has `value` = ISO date text and `isDate` = true. An error cell
 * (#DIV/0!) has `value` = its text and `isError` = true. A formula keeps its
 * cached result as `value`, never the formula.
 */
export interface RawCell {
  value: string | number | boolean;
  text: string;
  format?: string;
  isDate?: true;
  isError?: true;
}

/** A rectangle of merged cells, inclusive, 0-based. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface RawSheet {
  name: string;
  /** Row-major; `null` is an empty cell. Rows may differ in length. */
  rows: (RawCell | null)[][];
  /** As the workbook states them; the value sits in the top-left cell only. */
  merges: MergedRange[];
  hidden: boolean;
  /** The sheet had more rows or columns than the reader keeps (limits.ts). */
  truncated: boolean;
}

export interface RawWorkbook {
  fileName: string;
  format: SpreadsheetFormat;
  /** For CSV/TXT: the encoding used (detected or chosen); null for workbooks. */
  encoding: TextEncoding | null;
  /** Whether the encoding was detected (true) or chosen by the user (false). */
  encodingDetected: boolean;
  sheets: RawSheet[];
}

/** Why a file could not be read at all. Shown through errors:import.read.<reason>. */
export type ReadFailure =
  | { reason: 'not-a-spreadsheet' }
  | { reason: 'damaged'; detail?: string }
  | { reason: 'password-protected' }
  | { reason: 'empty-workbook' }
  | { reason: 'too-large'; bytes: number; limitBytes: number }
  | { reason: 'too-many-cells'; limitCells: number }
  | { reason: 'expands-too-much' }
  | { reason: 'undecodable-text'; encoding: TextEncoding }
  | { reason: 'timed-out'; seconds: number }
  | { reason: 'cancelled' };

export type ReadResult = { ok: true; workbook: RawWorkbook } | { ok: false; failure: ReadFailure };

// ── Analysis ────────────────────────────────────────────────────────────

/** How the sheet lays its metrics out. */
export type TableLayout =
  /** One metric per row, fields across (the usual). */
  | 'rows'
  /** Departments or people down the side, metrics across the top, each with sub-columns (权重 / 目标值). */
  | 'cross-tab'
  /** Metrics across the top, people down; a header cell may hold name, note and weight on separate lines. */
  | 'transposed';

/** What a column can mean. */
export const IMPORT_FIELDS = [
  'name',
  'department',
  'position',
  'owner',
  'collaborators',
  'unit',
  'formula',
  'dataSource',
  'period',
  'baseline',
  'target',
  'weight',
  'level',
  'parent',
  'category',
  'number',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Column index → field, or null for a column left out. */
export type ColumnMapping = (ImportField | null)[];

export interface ImportColumn {
  index: number;
  /** The header text, two-row headers flattened ("目标值 / 上半年"). */
  header: string;
  field: ImportField | null;
  /** Why this field was suggested: the synonym matched, or a guess from the values. */
  suggestedBy: 'synonym' | 'values' | 'user' | null;
}

export type Comparator = '>=' | '<=' | '>' | '<' | '=' | 'range';

/** A value read from a cell: the number, and what was written around it. */
export interface ParsedAmount {
  value: number | null;
  /** For 'range': the ends (value = null). */
  low?: number;
  high?: number;
  comparator: Comparator | null;
  /** Unit written in the cell ("次", "万元", "%"); 万 / 亿 stay in the unit, never multiplied. */
  unit: string | null;
  /** The cell's text as it was, for the report and the metric's note. */
  text: string;
}

export interface ImportedMetric {
  name: string;
  department: string | null;
  position: string | null;
  owner: string | null;
  collaborators: string[];
  unit: string | null;
  formula: string | null;
  dataSource: string | null;
  period: string | null;
  /** Last year's actual. */
  baseline: number | null;
  target: number | null;
  /**
   * The target cell's text as written ("≥98%", "12次", "按计划完成"), null when
   * the cell is empty: a target that is not a number is kept as text.
   */
  targetText: string | null;
  targetLow: number | null;
  targetHigh: number | null;
  comparator: Comparator | null;
  /** Percent points, as the workspace keeps weights: "20%" and 0.2 → 20. */
  weight: number | null;
  /** Name of the parent metric in the same import (level columns or 1 / 1.1 numbering), else null. */
  parent: string | null;
  category: string | null;
  /**
   * What was written next to the name: the lines after the first of a
   * multi-line name cell, a transposed header's "(代码逻辑，bug数量)"; else null.
   */
  note: string | null;
  /** 0-based sheet row the metric came from (cross-tab: the row of its department). */
  sourceRow: number;
  /** Cross-tab/transposed: 0-based column of the metric. */
  sourceColumn: number | null;
  warnings: RowWarning[];
}

/** Why a row was skipped. Shown through import:analysis.skip.<reason>. */
export type SkipReason =
  | 'empty'
  | 'header'
  | 'title'
  | 'section-heading'
  | 'subtotal'
  | 'signature'
  | 'note'
  | 'duplicate'
  | 'no-name';

/** A row imported with a doubt. Shown through import:analysis.warn.<code>. */
export interface RowWarning {
  code:
    | 'unreadable-number'
    | 'percent-guessed'
    | 'weight-out-of-range'
    | 'error-cell'
    | 'formula-cell'
    | 'unit-conflict'
    | 'parent-not-found'
    | 'name-trimmed'
    | 'date-value';
  field: ImportField | null;
  /** The cell text that caused it, for the message. */
  text: string;
}

export type RowFate =
  | { row: number; fate: 'imported'; metrics: number[] }
  | { row: number; fate: 'warning'; metrics: number[]; warnings: RowWarning[] }
  | { row: number; fate: 'skipped'; reason: SkipReason; text: string };

export interface SheetSummary {
  name: string;
  rows: number;
  columns: number;
  /** How much the sheet looks like a KPI table, 0–1 (highest is suggested). */
  score: number;
  hidden: boolean;
  /** The first rows as text, for the picker's preview. */
  preview: string[][];
}

/** What the user may override in the wizard (or the CLI); absent = detect. */
export interface AnalyseOptions {
  sheet?: string;
  /** 0-based index of the first header row. */
  headerRow?: number;
  /** How many header rows (1 or 2). */
  headerRows?: number;
  layout?: TableLayout;
  mapping?: ColumnMapping;
}

export interface ImportAnalysis {
  fileName: string;
  format: SpreadsheetFormat;
  encoding: TextEncoding | null;
  sheets: SheetSummary[];
  sheet: string;
  layout: TableLayout;
  /** The layouts that fit this sheet, the chosen one first. */
  layouts: TableLayout[];
  /** 0-based index of the first header row, and how many header rows. */
  headerRow: number;
  headerRows: number;
  columns: ImportColumn[];
  metrics: ImportedMetric[];
  /** Every row of the sheet below the header, in order: nothing is dropped silently. */
  rows: RowFate[];
}
