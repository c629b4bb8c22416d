import type { SkipReason } from '../types';
import { isPlaceholder } from '../values/placeholder';
import type { Grid } from './grid';
import { looksNumeric } from './grid';
import type { FieldOf, HeaderChoice, RowArea } from './header';
import { rowAreas } from './header';
import { NOTE, ORDINAL, SECTION, SIGNATURE, TOTAL } from './row-words';

/** A row below the header that is not data, and why. */
export interface RowSkip {
  reason: SkipReason;
  text: string;
}

/** Per row below the header: a skip, or null for a data row (its name decides the rest). */
export type RowStructure = (RowSkip | null)[];

/** Grid texts are normalised already; matching is case-blind. */
function key(text: string): string {
  return text.toLowerCase();
}

export function isTotalText(text: string): boolean {
  return TOTAL.test(text);
}

/** "审核：" or "Line manager: ______": a label waiting for a value. */
function isBlankLabel(text: string): boolean {
  return /^[^:：]{1,24}[:：][\s_.…-]*$/.test(text);
}

function joinRow(grid: Grid, row: number): string {
  const parts: string[] = [];
  for (const c of grid.filledColumns(row)) parts.push(grid.text(row, c));
  const text = parts.join(' | ');
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

export interface StructureContext {
  grid: Grid;
  header: HeaderChoice;
  /** Column of the metric (or person/department) names; -1 if none. */
  nameColumn: number;
  fieldOf: FieldOf;
}

/**
 * The first pass over the rows below the header: which are not data and why
 * (empty, a repeat of the header, a second table's header, a section label,
 * a total, a sign-off, a note). One look at each row's own cells.
 *
 * A second table stacked below (a header that is not a repeat of ours) ends
 * the table: its header and every row after it are skipped as 'header' until
 * our own header comes back, because its columns mean something else. The
 * wizard can pick that header row to import the second table instead.
 */
export function classifyRows(context: StructureContext): RowStructure {
  const { grid, header, nameColumn, fieldOf } = context;
  const start = header.row + header.rows;
  const fates: RowStructure = [];
  const headerKeys = header.texts.map((t) => key(t));
  const headerChildKeys = header.texts.map((_, c) =>
    header.rows === 2 ? key(grid.areaText(header.row + 1, c)) : (headerKeys[c] as string),
  );
  let dataSeen = false;
  let foreignFrom = -1;

  for (let r = start; r < grid.rowCount; r++) {
    const columns = grid.filledColumns(r);
    if (columns.length === 0) {
      fates.push({ reason: 'empty', text: '' });
      continue;
    }
    const skip = (reason: SkipReason): void => {
      fates.push({ reason, text: joinRow(grid, r) });
    };
    // "—" everywhere, or a template's "${kpiName}" fields left unfilled: nothing in it.
    if (columns.every((c) => isNothing(grid.text(r, c)))) {
      skip('empty');
      continue;
    }
    if (isRepeatedHeader(grid, r, columns, headerKeys, headerChildKeys)) {
      foreignFrom = -1;
      skip('header');
      continue;
    }
    const areas = rowAreas(grid, r);
    let total = false;
    for (let i = 0; i < areas.length && i < 3 && !total; i++)
      total = isTotalText((areas[i] as RowArea).text);
    if (total) {
      skip('subtotal');
      continue;
    }
    const hasNumber = columns.some((c) => looksNumeric(grid.cell(r, c), grid.text(r, c)));
    if (
      areas.some((a) => SIGNATURE.test(a.text)) ||
      (dataSeen && !hasNumber && areas.every((a) => isBlankLabel(a.text)))
    ) {
      skip('signature');
      continue;
    }
    if (areas.length <= 2 && NOTE.test((areas[0] as RowArea).text)) {
      skip('note');
      continue;
    }
    if (
      foreignFrom >= 0 ||
      (!hasNumber && areas.length >= 3 && looksLikeOtherHeader(areas, fieldOf))
    ) {
      if (foreignFrom < 0) foreignFrom = r;
      skip('header');
      continue;
    }
    if (isSection(areas, nameColumn, hasNumber) || numberedSection(grid, r, areas, nameColumn)) {
      skip('section-heading');
      continue;
    }
    dataSeen = true;
    fates.push(null);
  }
  return fates;
}

/** A template field ("${kpiName}", "{{name}}"): a form nobody filled in. */
const TEMPLATE_FIELD = /^(?:\$\{[^}]*\}|\{\{[^}]*\}\})$/;

/** A cell that says nothing: a placeholder (--, 无, N/A) or an unfilled template field. */
export function isNothing(text: string): boolean {
  if (text === '') return true;
  // Placeholders are short words or punctuation; a name or an amount is neither (the common case, kept cheap).
  if (text.length > 4 && WORD_START.test(text)) return false;
  return isPlaceholder(text) || TEMPLATE_FIELD.test(text);
}
const WORD_START = /^[\p{L}\p{N}]/u;

function isRepeatedHeader(
  grid: Grid,
  row: number,
  columns: readonly number[],
  headerKeys: readonly string[],
  childKeys: readonly string[],
): boolean {
  if (columns.length < 2) return false;
  let same = 0;
  for (const c of columns) {
    const text = grid.text(row, c);
    // Lower-case only what could match: most cells differ in length already.
    if (text.length !== headerKeys[c]?.length && text.length !== childKeys[c]?.length) continue;
    const k = key(text);
    if (k === headerKeys[c] || k === childKeys[c]) same++;
  }
  return same >= 2 && same >= 0.6 * columns.length;
}

/** Three or more short text cells naming fields: a new table's header. */
function looksLikeOtherHeader(areas: readonly { text: string }[], fieldOf: FieldOf): boolean {
  const fields = new Set<string>();
  for (const area of areas) {
    if (area.text.length > 40) return false;
    const match = fieldOf(area.text);
    if (match && match.confidence >= 0.6) fields.add(match.field);
  }
  return fields.size >= 3 || (fields.size >= 2 && fields.has('name'));
}

/** "1. BUSINESS OBJECTIVES (Max 5) | 80%": a numbered section label with its share, and no name. */
function numberedSection(
  grid: Grid,
  row: number,
  areas: readonly { left: number; text: string }[],
  nameColumn: number,
): boolean {
  const first = areas[0];
  if (!first || first.left === nameColumn) return false;
  if (nameColumn >= 0 && grid.areaText(row, nameColumn) !== '') return false;
  return SECTION.test(key(first.text));
}

function isSection(
  areas: readonly { left: number; right: number; text: string }[],
  nameColumn: number,
  hasNumber: boolean,
): boolean {
  const first = areas[0];
  if (!first) return false;
  const firstKey = key(first.text);
  if (areas.length === 1) {
    // Merged across a few columns: a label laid over the table, not a name cell merged over two.
    if (first.right - first.left >= 2) return true;
    // A lone number is a numbered row left empty (no-name), not a label.
    if (hasNumber) return false;
    return first.left !== nameColumn || SECTION.test(firstKey);
  }
  // An ordinal and a label, nothing else: "一 | 财务维度".
  return areas.length === 2 && !hasNumber && first.left !== nameColumn && ORDINAL.test(first.text);
}
