import type { ImportField } from '../types';
import type { Grid } from './grid';
import type { RowStructure } from './rows';

/**
 * Fields whose value holds for the rows below until the next value: people
 * merge or leave blank a department, category or position once for its
 * block. Never numbers: a blank target is no target, not the one above.
 */
export const FILL_DOWN_FIELDS: ReadonlySet<ImportField> = new Set([
  'department',
  'category',
  'position',
]);

/** Per filled-down column: the text each row below the header reads there ('' for none). */
export type FilledColumns = Map<number, string[]>;

/** Why the carried value stops: a new block starts after these rows. */
const RESETS = new Set(['section-heading', 'subtotal', 'header']);

/**
 * One pass per column: merged areas give their value to every cell they cover
 * (Grid.areaText), and a blank cell of a data row takes the value from the
 * data row above it. A section heading, a total or a header ends the block.
 */
export function fillDown(
  grid: Grid,
  start: number,
  structure: RowStructure,
  columns: readonly number[],
): FilledColumns {
  const filled: FilledColumns = new Map();
  for (const column of columns) {
    const values = new Array<string>(structure.length);
    let carried = '';
    for (let i = 0; i < structure.length; i++) {
      const fate = structure[i];
      const own = grid.areaText(start + i, column);
      if (fate && RESETS.has(fate.reason)) {
        carried = '';
        values[i] = own;
        continue;
      }
      if (own !== '') carried = own;
      values[i] = fate ? own : own || carried;
    }
    filled.set(column, values);
  }
  return filled;
}
