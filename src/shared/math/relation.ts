import { evaluate } from './formula/evaluate';
import type { FormulaSyntaxError } from './formula/ast';
import type { ParsedStoredFormula } from './graph';
import { noNegativeZero, type MathMetric } from './model';

/** Why a metric has no implied value: a typed reason the UI words, never NaN or ∞ on a box. */
export type RollUpDiagnostic =
  /** These inputs have no target (nor anything implied for them). */
  | { readonly kind: 'missing-input'; readonly ids: readonly string[] }
  | { readonly kind: 'division-by-zero' }
  | { readonly kind: 'not-finite' }
  /** The metric reads itself through cross-links; these metrics form the loop. */
  | { readonly kind: 'cycle'; readonly ids: readonly string[] }
  /** Ratio without a numerator or denominator among its inputs. */
  | {
      readonly kind: 'ratio-incomplete';
      readonly missing: readonly ('numerator' | 'denominator')[];
    }
  | { readonly kind: 'formula-empty' }
  | { readonly kind: 'formula-invalid'; readonly error: FormulaSyntaxError }
  /** The stored formula names metrics that are no longer inputs (deleted, moved, unlinked). */
  | { readonly kind: 'formula-unknown-reference'; readonly ids: readonly string[] };

export type Implied =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly diagnostic: RollUpDiagnostic };

/** The value of an input as the relation sees it; null = none. */
export type ValueOf = (id: string) => number | null;

/** A weighted sum's coefficient; an input not listed counts 1 (looked up as an own property only). */
export function coefficientOf(metric: MathMetric, id: string): number {
  const { coefficients } = metric.parameters;
  return Object.hasOwn(coefficients, id) ? (coefficients[id] as number) : 1;
}

/**
 * What the inputs imply for a metric under its relation. `inputs` are all its
 * inputs (graph.inputsOf), in order.
 */
export function combine(
  metric: MathMetric,
  formula: ParsedStoredFormula | null,
  inputs: readonly string[],
  valueOf: ValueOf,
): Implied {
  return combineValues(metric, formula, inputs, inputs.map(valueOf));
}

/**
 * The same with the inputs' values given side by side with `inputs` (the
 * roll-up reads them by slot, without a lookup per id).
 *
 * Sums and products add and multiply in an order fixed by the values (sorted
 * by size), not by the order of the children, so the result is the same
 * after children are reordered or moved back and forth: an incremental
 * update gives exactly what a full one gives.
 */
export function combineValues(
  metric: MathMetric,
  formula: ParsedStoredFormula | null,
  inputs: readonly string[],
  values: readonly (number | null)[],
): Implied {
  switch (metric.relation) {
    case 'aligned':
      // Aligned (qualitative) implies nothing; the roll-up does not ask, and nothing is missing.
      return { ok: false, diagnostic: { kind: 'missing-input', ids: [] } };
    case 'ratio':
      return ratio(metric, inputs, values);
    case 'formula':
      return applyFormula(formula, inputs, values);
    default:
      break;
  }
  const terms: number[] = [];
  let missing: string[] | null = null;
  for (let i = 0; i < inputs.length; i++) {
    const value = values[i] ?? null;
    const id = inputs[i] as string;
    if (value === null) (missing ??= []).push(id);
    else terms.push(metric.relation === 'weighted-sum' ? coefficientOf(metric, id) * value : value);
  }
  if (missing !== null) return { ok: false, diagnostic: { kind: 'missing-input', ids: missing } };
  terms.sort(bySize);
  let result: number;
  if (metric.relation === 'product') {
    result = 1;
    for (const term of terms) result *= term;
  } else {
    result = 0;
    for (const term of terms) result += term;
    if (metric.relation === 'average') result /= terms.length;
  }
  return finite(result);
}

function bySize(a: number, b: number): number {
  return Math.abs(a) - Math.abs(b) || a - b;
}

export function finite(value: number): Implied {
  return Number.isFinite(value)
    ? { ok: true, value: noNegativeZero(value) }
    : { ok: false, diagnostic: { kind: 'not-finite' } };
}

function ratio(
  metric: MathMetric,
  inputs: readonly string[],
  values: readonly (number | null)[],
): Implied {
  const { numeratorId, denominatorId } = metric.parameters;
  const n = numeratorId === null ? -1 : inputs.indexOf(numeratorId);
  const d = denominatorId === null ? -1 : inputs.indexOf(denominatorId);
  const missing: ('numerator' | 'denominator')[] = [];
  if (n < 0) missing.push('numerator');
  if (d < 0) missing.push('denominator');
  if (missing.length > 0) return { ok: false, diagnostic: { kind: 'ratio-incomplete', missing } };
  const numerator = values[n] ?? null;
  const denominator = values[d] ?? null;
  const absent = [
    ...(numerator === null ? [numeratorId as string] : []),
    ...(denominator === null && d !== n ? [denominatorId as string] : []),
  ];
  if (absent.length > 0) return { ok: false, diagnostic: { kind: 'missing-input', ids: absent } };
  if (denominator === 0) return { ok: false, diagnostic: { kind: 'division-by-zero' } };
  return finite((numerator as number) / (denominator as number));
}

function applyFormula(
  formula: ParsedStoredFormula | null,
  inputs: readonly string[],
  values: readonly (number | null)[],
): Implied {
  if (formula === null || (!formula.ok && formula.error.kind === 'empty'))
    return { ok: false, diagnostic: { kind: 'formula-empty' } };
  if (!formula.ok)
    return { ok: false, diagnostic: { kind: 'formula-invalid', error: formula.error } };
  const at = formula.references.map((ref) => inputs.indexOf(ref));
  const unknown = formula.references.filter((_, i) => (at[i] as number) < 0);
  if (unknown.length > 0)
    return { ok: false, diagnostic: { kind: 'formula-unknown-reference', ids: unknown } };
  const byReference = new Map(formula.references.map((ref, i) => [ref, values[at[i] as number]]));
  const result = evaluate(formula.ast, byReference);
  if (result.ok) return result;
  const { diagnostic } = result;
  return {
    ok: false,
    diagnostic:
      diagnostic.kind === 'missing-input'
        ? { kind: 'missing-input', ids: diagnostic.references }
        : diagnostic,
  };
}
