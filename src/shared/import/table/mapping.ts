import { suggestMapping } from '../columns/suggest-field';
import type { ColumnMapping, ImportColumn, ImportField } from '../types';
import { IMPORT_FIELDS } from '../types';
import { isPlaceholder } from '../values/placeholder';
import type { Grid } from './grid';
import { looksNumeric } from './grid';
import type { FieldOf, HeaderChoice } from './header';

/** Rows sampled to judge what a column holds. */
const SAMPLE = 60;
const KNOWN_FIELDS: ReadonlySet<string> = new Set(IMPORT_FIELDS);

/** 1, 2, 一级, 二级指标, L1, Level 2: a level, not a name. */
export const LEVEL_WORD =
  /^(?:\d{1,2}|[一二三四五六七八九]级(?:指标)?|l\d{1,2}|level\s*\d{1,2}|cấp\s*\d{1,2})$/i;

/** Whether a column's cells below the header are names (一级指标: 财务, 客户) rather than levels or numbers. */
export function columnHoldsNames(grid: Grid, column: number, start: number): boolean {
  let names = 0;
  let other = 0;
  for (let r = start; r < grid.rowCount && names + other < SAMPLE; r++) {
    const text = grid.text(r, column);
    if (text === '') continue;
    if (isPlaceholder(text) || LEVEL_WORD.test(text) || looksNumeric(grid.cell(r, column), text))
      other++;
    else names++;
  }
  return names > other;
}

/** The first unmapped column whose cells are short, mostly distinct texts: the names, when no header says so. */
function guessNameColumn(grid: Grid, mapping: ColumnMapping, start: number): number {
  for (let column = 0; column < mapping.length; column++) {
    if (mapping[column]) continue;
    let texts = 0;
    let numbers = 0;
    const distinct = new Set<string>();
    for (let r = start; r < grid.rowCount && texts + numbers < SAMPLE; r++) {
      const text = grid.text(r, column);
      if (text === '') continue;
      if (looksNumeric(grid.cell(r, column), text) || text.length > 60) numbers++;
      else {
        texts++;
        distinct.add(text);
      }
    }
    if (texts >= 2 && texts > numbers && distinct.size >= 0.6 * texts) return column;
  }
  return -1;
}

/**
 * A name header merged over several columns (评价项目 over 基本工作 | 工作效果):
 * the columns under it that hold names are levels of one name, the last the
 * leaf, the others level columns.
 */
function splitMergedNameHeader(
  grid: Grid,
  header: HeaderChoice,
  mapping: ColumnMapping,
  suggestedBy: ImportColumn['suggestedBy'][],
  start: number,
): void {
  const column = mapping.indexOf('name');
  if (column < 0) return;
  const merge = grid.mergeAt(header.row, column);
  if (!merge || merge.right === merge.left) return;
  const named: number[] = [];
  for (let c = merge.left; c <= merge.right; c++) {
    if ((c === column || mapping[c] === null) && columnHoldsNames(grid, c, start)) named.push(c);
  }
  if (named.length < 2) return;
  const leaf = named[named.length - 1] as number;
  for (const c of named) {
    mapping[c] = c === leaf ? 'name' : 'level';
    suggestedBy[c] = 'values';
  }
}

export interface ChosenMapping {
  mapping: ColumnMapping;
  columns: ImportColumn[];
}

/**
 * The mapping: the user's when given (cut or padded to the sheet's width,
 * unknown fields dropped), else suggestMapping's, refined from the values:
 * 一级指标 / 二级指标 (two level columns of names) become level + name,
 * and a table with no name header gets its first column of distinct texts.
 */
export function chooseMapping(
  grid: Grid,
  header: HeaderChoice,
  fieldOf: FieldOf,
  userMapping: ColumnMapping | undefined,
): ChosenMapping {
  const width = header.texts.length;
  const suggestedBy: ImportColumn['suggestedBy'][] = new Array(width).fill(null);
  let mapping: ColumnMapping;
  if (userMapping) {
    mapping = Array.from({ length: width }, (_, c) => {
      const field = userMapping[c];
      return typeof field === 'string' && KNOWN_FIELDS.has(field) ? (field as ImportField) : null;
    });
    mapping.forEach((field, c) => {
      if (field) suggestedBy[c] = 'user';
    });
  } else {
    mapping = suggestMapping(header.texts);
    mapping.forEach((field, c) => {
      if (field) suggestedBy[c] = 'synonym';
    });
    const start = header.row + header.rows;
    splitMergedNameHeader(grid, header, mapping, suggestedBy, start);
    if (!mapping.includes('name')) {
      const levels = header.texts
        .map((text, c) =>
          fieldOf(text)?.field === 'level' && columnHoldsNames(grid, c, start) ? c : -1,
        )
        .filter((c) => c >= 0);
      const leaf = levels[levels.length - 1];
      if (leaf !== undefined) {
        for (const c of levels) {
          mapping[c] = c === leaf ? 'name' : 'level';
          suggestedBy[c] = c === leaf ? 'values' : (suggestedBy[c] ?? 'values');
        }
      } else {
        const guess = guessNameColumn(grid, mapping, start);
        if (guess >= 0) {
          mapping[guess] = 'name';
          suggestedBy[guess] = 'values';
        }
      }
    }
  }
  const columns: ImportColumn[] = header.texts.map((text, index) => ({
    index,
    header: text,
    field: mapping[index] ?? null,
    suggestedBy: mapping[index] ? (suggestedBy[index] ?? null) : null,
  }));
  return { mapping, columns };
}
