import { NAME_PART, NAME_START, signOf } from './tokens';

/**
 * How a name is matched and how it is written in a formula.
 *
 * Matching is by a key that forgives what a keyboard does differently from the
 * name on the box: Unicode compatibility forms (full-width `ＧＭＶ` = `GMV`),
 * case, and runs of spaces. Two inputs whose keys are equal are ambiguous, and
 * a formula that uses that name is refused rather than guessed.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** True when the name can stand in a formula as it is: `访客数`, `GMV`, `new_users_2026`. */
export function isBareName(name: string): boolean {
  const points = [...name];
  if (points.length === 0 || !NAME_START.test(points[0] as string)) return false;
  return points.every((point) => NAME_PART.test(point));
}

/**
 * The name as the editor writes it: bare when it can be, else in `[…]`, else
 * in `「…」` (a name holding a `]`). Null when neither bracket can hold it (both
 * closers, or a line break): the editor then writes the `{id}`.
 */
export function writtenName(name: string): string | null {
  // The parser trims what is inside brackets, so the trimmed name is the one that reads back.
  const trimmed = name.trim();
  if (trimmed === '' || /[\r\n]/.test(trimmed)) return null;
  if (isBareName(trimmed)) return trimmed;
  if (![...trimmed].some((char) => signOf(char) === ']')) return `[${trimmed}]`;
  if (!trimmed.includes('」')) return `「${trimmed}」`;
  return null;
}
