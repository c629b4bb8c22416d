/** Cells for the tests, shaped as the reader makes them. */
import type { RawCell } from '../types';

/** A text cell: what was typed, shown as typed. */
export const textCell = (text: string): RawCell => ({ value: text, text });

/** A number cell, with the text Excel shows and its number format. */
export const numberCell = (value: number, text = String(value), format?: string): RawCell =>
  format === undefined ? { value, text } : { value, text, format };
