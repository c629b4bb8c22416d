import type { Validation } from './DraftField';
import { parseNumberInput } from './parse-number';

/**
 * How the inspector reads what was typed, shared by the metric's and the
 * guardrail's fields: a message in the user's language for bad input, and
 * the typed text kept (DraftField) until it is fixed or reverted.
 */

/** A name: trimmed, not empty, at most `max` characters. */
export const parseName =
  (max: number) =>
  (text: string): Validation<string> => {
    const name = text.trim();
    if (name === '') return { ok: false, message: { key: 'ui:inspector.nameRequired' } };
    if (name.length > max)
      return { ok: false, message: { key: 'ui:inspector.tooLong', params: { max } } };
    return { ok: true, value: name };
  };

/** Free text, trimmed, at most `max` characters; empty is fine (a unit, a note). */
export const parseText =
  (max: number) =>
  (text: string): Validation<string> =>
    text.trim().length > max
      ? { ok: false, message: { key: 'ui:inspector.tooLong', params: { max } } }
      : { ok: true, value: text.trim() };

/** A number as people type it (parse-number.ts); empty = no value. */
export function parseAmount(text: string): Validation<number | null> {
  const parsed = parseNumberInput(text);
  return parsed.ok
    ? { ok: true, value: parsed.value }
    : { ok: false, message: { key: 'ui:inspector.notANumber' } };
}
