/**
 * The cells a workbook may still keep (limits.ts MAX_CELLS_PER_WORKBOOK),
 * shared by all its sheets: once spent, every later cell is left out and its
 * sheet marked `truncated`.
 */
export class CellBudget {
  private left: number;

  constructor(cells: number) {
    this.left = cells;
  }

  get exhausted(): boolean {
    return this.left <= 0;
  }

  /** Spends one cell; false when none is left. */
  take(): boolean {
    if (this.left <= 0) return false;
    this.left--;
    return true;
  }
}
