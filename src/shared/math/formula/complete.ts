import { nameKey, writtenName } from './names';
import type { FormulaInput } from './references';
import { NAME_PART, NAME_START, signOf } from './tokens';

export interface ReferenceCandidate {
  readonly id: string;
  readonly name: string;
  /** What replaces `from…to`: the name as a formula writes it, or `{id}` when a name would not do. */
  readonly insert: string;
}

export interface ReferenceCompletion {
  /** The span the chosen candidate replaces (UTF-16 offsets, as selectionStart counts). */
  readonly from: number;
  readonly to: number;
  /** What the room has typed of the name so far. */
  readonly prefix: string;
  /** Names that start with the prefix first, then names that contain it; each group in input order. */
  readonly candidates: readonly ReferenceCandidate[];
}

/**
 * Candidates for the reference at the cursor: the bare word around it, or the
 * text after an unclosed `[`, `【` or `「` (names with spaces are typed there).
 * An empty prefix lists every input, for a room that does not remember the
 * names. Matching uses nameKey, so `gmv` finds `GMV` and `ＧＭＶ`.
 */
export function completeReference(
  text: string,
  cursor: number,
  inputs: readonly FormulaInput[],
): ReferenceCompletion {
  const at = Math.max(0, Math.min(cursor, text.length));
  const span = openBracketAt(text, at) ?? bareWordAt(text, at);
  const prefix = text.slice(span.prefixStart, at);
  const key = nameKey(prefix);
  const keyCount = new Map<string, number>();
  for (const input of inputs)
    keyCount.set(nameKey(input.name), (keyCount.get(nameKey(input.name)) ?? 0) + 1);
  const starting: ReferenceCandidate[] = [];
  const containing: ReferenceCandidate[] = [];
  for (const input of inputs) {
    const name = nameKey(input.name);
    const list = name.startsWith(key) ? starting : name.includes(key) ? containing : null;
    if (!list) continue;
    const written = keyCount.get(name) === 1 ? writtenName(input.name) : null;
    list.push({ id: input.id, name: input.name, insert: written ?? `{${input.id}}` });
  }
  return { from: span.from, to: span.to, prefix, candidates: [...starting, ...containing] };
}

interface Span {
  from: number;
  to: number;
  prefixStart: number;
}

/** The bracket the cursor is in, if it was opened and not closed before the cursor. */
function openBracketAt(text: string, cursor: number): Span | null {
  let open: { at: number; close: string } | null = null;
  for (let i = 0; i < cursor; i++) {
    const char = text[i] as string;
    const sign = signOf(char);
    if (open === null) {
      if (sign === '[' || sign === '{') open = { at: i, close: sign === '[' ? ']' : '}' };
      else if (char === '「') open = { at: i, close: '」' };
    } else if ((open.close === '」' ? char : sign) === open.close || char === '\n') {
      open = null;
    }
  }
  if (open === null) return null;
  let to = cursor;
  while (to < text.length && text[to] !== '\n') {
    const char = text[to] as string;
    if ((open.close === '」' ? char : signOf(char)) === open.close) {
      to++;
      break;
    }
    to++;
  }
  return { from: open.at, to, prefixStart: open.at + 1 };
}

/** The run of name characters around the cursor, starting at its first letter. */
function bareWordAt(text: string, cursor: number): Span {
  const before = [...text.slice(0, cursor)];
  let from = cursor;
  for (let k = before.length - 1; k >= 0 && NAME_PART.test(before[k] as string); k--)
    from -= (before[k] as string).length;
  // `2x`: the digits are a number, the word starts at the letter.
  while (from < cursor) {
    const point = String.fromCodePoint(text.codePointAt(from) as number);
    if (NAME_START.test(point)) break;
    from += point.length;
  }
  let to = cursor;
  for (const point of text.slice(cursor)) {
    if (!NAME_PART.test(point)) break;
    to += point.length;
  }
  return { from, to, prefixStart: from };
}
