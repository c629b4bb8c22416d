import { combine, type RollUpDiagnostic } from './relation';
import type { RollUp } from './roll-up';

/**
 * Sensitivity (杠杆): for each input, how much the metric moves when that input
 * moves by 1 %, so the room sees which lever matters most. Measured by
 * moving the input, not by a derivative, so the figures are the ones the
 * room can check by hand: a product moves 1 % for every factor, a ratio
 * +1 % for its numerator and −0.99 % for its denominator (1/1.01 − 1), a sum
 * by the input's share of it.
 */
export interface Lever {
  readonly id: string;
  /** The input's value the move starts from. */
  readonly value: number;
  /** The metric's change, in percent of its value; null when the metric is 0 or the move cannot be computed. */
  readonly percent: number | null;
  /** The metric's change in its own unit; null when the move cannot be computed. */
  readonly absolute: number | null;
}

export type SensitivityResult =
  | {
      readonly ok: true;
      /** What the inputs imply for the metric, the figure the levers move. */
      readonly value: number;
      /** Biggest lever first (by |percent|, then |absolute|), ties in input order. */
      readonly levers: readonly Lever[];
    }
  | {
      readonly ok: false;
      readonly diagnostic: RollUpDiagnostic | { readonly kind: 'no-inputs' };
    };

export interface SensitivityOptions {
  /** Targets (default) or baselines: the levers this year, or where they stood. */
  readonly basis?: 'target' | 'baseline';
  /** The move of each input, in percent (default 1). */
  readonly stepPercent?: number;
}

export function sensitivity(
  rollUp: RollUp,
  metricId: string,
  options: SensitivityOptions = {},
): SensitivityResult {
  const metric = rollUp.metric(metricId);
  const node = rollUp.graph.node(metricId);
  const inputs = rollUp.inputsOf(metricId);
  if (!metric || !node || metric.relation === 'aligned' || inputs.length === 0)
    return { ok: false, diagnostic: { kind: 'no-inputs' } };
  const cycle = rollUp.cycles.find((ids) => ids.includes(metricId));
  if (cycle) return { ok: false, diagnostic: { kind: 'cycle', ids: cycle } };
  const which = options.basis === 'baseline' ? 'effectiveBaseline' : 'effectiveTarget';
  const valueOf = (id: string) => rollUp.of(id)?.[which] ?? null;
  const base = combine(metric, node.formula, inputs, valueOf);
  if (!base.ok) return base;
  const factor = 1 + (options.stepPercent ?? 1) / 100;
  const levers = rollUp.graph.usedInputsOf(metricId).map((id): Lever => {
    const value = valueOf(id) as number;
    const moved = combine(metric, node.formula, inputs, (input) =>
      input === id ? value * factor : valueOf(input),
    );
    if (!moved.ok) return { id, value, percent: null, absolute: null };
    const absolute = moved.value - base.value;
    const percent = base.value === 0 ? null : (absolute / Math.abs(base.value)) * 100;
    return { id, value, percent, absolute };
  });
  const size = (n: number | null) => (n === null ? -1 : Math.abs(n));
  // Array.prototype.sort is stable: equal levers keep the input order.
  levers.sort((a, b) => size(b.percent) - size(a.percent) || size(b.absolute) - size(a.absolute));
  return { ok: true, value: base.value, levers };
}
