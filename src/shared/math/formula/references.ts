import type { FormulaSyntaxError, ReferenceNode } from './ast';
import { referenceNodes } from './ast';
import { nameKey, writtenName } from './names';
import { parseFormula } from './parse';
import { printFormula } from './print';

/**
 * The two forms of a formula. The editor shows names (`访客数 × 转化率`), the
 * file stores ids (`{m_ab12} * {m_cd34}`), so renaming a metric never breaks a
 * formula and a formula never silently points at a different metric.
 */

export interface FormulaInput {
  readonly id: string;
  readonly name: string;
}

export interface FormulaContext {
  /** The metric whose formula this is. */
  readonly self: FormulaInput;
  /** Its inputs (children, and cross-linked metrics when it includes them), in order. */
  readonly inputs: readonly FormulaInput[];
  /**
   * The ids from the input back to `self` through the metrics each one is
   * computed from, when there is such a path (then using it would close a
   * cycle); null when there is none. Without it, no cycle check is made.
   */
  readonly pathBackToSelf?: (inputId: string) => readonly string[] | null;
}

export type FormulaReferenceError =
  | { readonly kind: 'unknown-reference'; readonly name: string; readonly position: number }
  | {
      readonly kind: 'ambiguous-reference';
      readonly name: string;
      readonly position: number;
      readonly ids: readonly string[];
    }
  | { readonly kind: 'self-reference'; readonly position: number }
  | {
      readonly kind: 'cycle';
      readonly position: number;
      /** From self, through the referenced input, back to self. */
      readonly path: readonly string[];
    }
  | { readonly kind: 'unstorable-id'; readonly id: string; readonly position: number };

export type FormulaError = FormulaSyntaxError | FormulaReferenceError;

export type StoredFormulaResult =
  | { readonly ok: true; readonly stored: string; readonly references: readonly string[] }
  | { readonly ok: false; readonly error: FormulaError };

/** Ids the lexer reads inside `{…}`. */
const STORABLE_ID = /^[A-Za-z0-9_\-.:]+$/;

/**
 * Editor text → stored text, or the first problem in reading order. A name
 * must match exactly one input (by nameKey); `{id}` in the editor is accepted
 * when it is an input's id. Refused: an unknown name, a name two inputs share,
 * the metric itself, and an input whose own inputs lead back to the metric.
 */
export function toStoredFormula(text: string, context: FormulaContext): StoredFormulaResult {
  const parsed = parseFormula(text);
  if (!parsed.ok) return parsed;
  const byKey = new Map<string, FormulaInput[]>();
  for (const input of context.inputs) {
    const key = nameKey(input.name);
    byKey.set(key, [...(byKey.get(key) ?? []), input]);
  }
  const inputIds = new Set(context.inputs.map((input) => input.id));
  const resolved = new Map<ReferenceNode, string>();
  for (const node of referenceNodes(parsed.ast)) {
    const id = resolve(node, byKey, inputIds, context);
    if (typeof id !== 'string') return { ok: false, error: id };
    resolved.set(node, id);
  }
  const references = [...new Set(resolved.values())];
  for (const id of references) {
    const path = context.pathBackToSelf?.(id);
    if (path) {
      const node = [...resolved].find(([, value]) => value === id)?.[0] as ReferenceNode;
      return { ok: false, error: { kind: 'cycle', position: node.start, path } };
    }
  }
  const stored = printFormula(parsed.ast, {
    reference: (node) => `{${resolved.get(node) ?? node.ref}}`,
  });
  return { ok: true, stored, references };
}

function resolve(
  node: ReferenceNode,
  byKey: ReadonlyMap<string, readonly FormulaInput[]>,
  inputIds: ReadonlySet<string>,
  context: FormulaContext,
): string | FormulaReferenceError {
  const position = node.start;
  if (node.form === 'id') {
    if (inputIds.has(node.ref)) return node.ref;
    if (node.ref === context.self.id) return { kind: 'self-reference', position };
    return { kind: 'unknown-reference', name: node.ref, position };
  }
  const matches = byKey.get(nameKey(node.ref)) ?? [];
  if (matches.length > 1)
    return { kind: 'ambiguous-reference', name: node.ref, position, ids: matches.map((m) => m.id) };
  const [match] = matches;
  if (match) {
    if (!STORABLE_ID.test(match.id)) return { kind: 'unstorable-id', id: match.id, position };
    return match.id;
  }
  if (nameKey(node.ref) === nameKey(context.self.name)) return { kind: 'self-reference', position };
  return { kind: 'unknown-reference', name: node.ref, position };
}

export type EditorFormulaResult =
  | {
      readonly ok: true;
      readonly text: string;
      /** Ids that are no longer inputs (a deleted or moved child): left as `{id}` for the room to fix. */
      readonly unknownIds: readonly string[];
    }
  | { readonly ok: false; readonly error: FormulaSyntaxError };

/**
 * Stored text → what the editor shows. Each id becomes its input's name as
 * written in a formula, except where the name would not read back as that
 * same input (two inputs share it, or no bracket can hold it): then the
 * `{id}` stays, so that editor → stored → editor never changes a reference.
 */
export function toEditorFormula(stored: string, context: FormulaContext): EditorFormulaResult {
  if (stored.trim() === '') return { ok: true, text: '', unknownIds: [] };
  const parsed = parseFormula(stored);
  if (!parsed.ok) return parsed;
  const keyCount = new Map<string, number>();
  for (const input of context.inputs)
    keyCount.set(nameKey(input.name), (keyCount.get(nameKey(input.name)) ?? 0) + 1);
  const byId = new Map(context.inputs.map((input) => [input.id, input]));
  const unknownIds = new Set<string>();
  const text = printFormula(parsed.ast, {
    operators: 'math',
    reference: (node) => {
      if (node.form === 'name') return writtenName(node.ref) ?? `[${node.ref}]`;
      const input = byId.get(node.ref);
      if (!input) {
        unknownIds.add(node.ref);
        return `{${node.ref}}`;
      }
      const written = writtenName(input.name);
      return written !== null && keyCount.get(nameKey(input.name)) === 1
        ? written
        : `{${node.ref}}`;
    },
  });
  return { ok: true, text, unknownIds: [...unknownIds] };
}
