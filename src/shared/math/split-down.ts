import type { Relation } from './model';
import { coefficientOf, combine, type RollUpDiagnostic } from './relation';
import type { RollUp } from './roll-up';
import { roundKeepingTotal, roundTo } from './rounding';
import { solve } from './solve';

/**
 * Split-down (拆解): from a metric's target, the targets its inputs need so that
 * they imply it. Returns a proposal and never applies it: the UI previews it
 * and applies all of it as one undo step.
 */
export type SplitMethod =
  /** Sum: T/n each; average: T each; weighted sum: T/Σc each. */
  | { readonly kind: 'equal' }
  /** Sum-like: the baselines scaled so that they imply T (every input grows by the same factor). */
  | { readonly kind: 'proportional-to-baseline' }
  /** Sum-like: in proportion to the given weights (input id → weight). */
  | { readonly kind: 'by-weights'; readonly weights: Readonly<Record<string, number>> }
  /** Product or formula: every input grows from its baseline by the same rate g. Sum-like: as proportional. */
  | { readonly kind: 'equal-growth' }
  /** Ratio: keep one side's target, set the other. */
  | { readonly kind: 'ratio'; readonly keep: 'denominator' | 'numerator' }
  /** Any relation: set one input, the others keep their targets. */
  | { readonly kind: 'solve-for'; readonly inputId: string };

export interface SplitOptions {
  /** The target to split; by default the metric's own. */
  readonly target?: number;
  /** Decimal places for every proposed target; by default each input's own precision. */
  readonly precision?: number;
  /** Inputs that keep their target (already agreed); the others share what is left. */
  readonly fixed?: readonly string[];
}

export type SplitDownReason =
  | { readonly kind: 'unknown-metric' }
  | { readonly kind: 'no-target' }
  | { readonly kind: 'no-inputs' }
  | {
      readonly kind: 'method-not-for-relation';
      readonly method: SplitMethod['kind'];
      readonly relation: Relation;
    }
  | { readonly kind: 'not-an-input'; readonly id: string }
  | { readonly kind: 'all-fixed' }
  | { readonly kind: 'missing-baselines'; readonly ids: readonly string[] }
  | { readonly kind: 'baselines-not-positive'; readonly ids: readonly string[] }
  | { readonly kind: 'missing-weights'; readonly ids: readonly string[] }
  /** Inputs that keep their target but have none. */
  | { readonly kind: 'missing-targets'; readonly ids: readonly string[] }
  | { readonly kind: 'zero-total'; readonly of: 'baselines' | 'weights' | 'coefficients' }
  | { readonly kind: 'division-by-zero' }
  /** No value (or growth rate) makes the inputs imply the target. */
  | { readonly kind: 'no-solution' }
  /** The relation itself cannot be computed (ratio without a denominator, a broken formula, a cycle). */
  | { readonly kind: 'relation-incomplete'; readonly diagnostic: RollUpDiagnostic };

export interface ProposedTarget {
  readonly id: string;
  readonly target: number;
  readonly previous: number | null;
}

export type SplitDownResult =
  | {
      readonly ok: true;
      readonly targets: readonly ProposedTarget[];
      /** What the proposal, rounded, implies for the metric. */
      readonly implied: number;
      /** target − implied: what rounding could not keep (0 where the total could be kept). */
      readonly residual: number;
      /** equal-growth (and proportional): the rate every free input grows by from its baseline. */
      readonly growthRate?: number;
    }
  | { readonly ok: false; readonly reason: SplitDownReason };

const SUM_LIKE: readonly Relation[] = ['sum', 'weighted-sum', 'average'];

const fail = (reason: SplitDownReason): SplitDownResult => ({ ok: false, reason });

export function splitDown(
  rollUp: RollUp,
  metricId: string,
  method: SplitMethod,
  options: SplitOptions = {},
): SplitDownResult {
  const metric = rollUp.metric(metricId);
  if (!metric) return fail({ kind: 'unknown-metric' });
  const target = options.target ?? metric.target;
  if (target === null) return fail({ kind: 'no-target' });
  const node = rollUp.graph.node(metricId);
  const cycle = rollUp.cycles.find((ids) => ids.includes(metricId));
  if (cycle)
    return fail({ kind: 'relation-incomplete', diagnostic: { kind: 'cycle', ids: cycle } });
  const inputs = rollUp.inputsOf(metricId);
  const used = rollUp.graph.usedInputsOf(metricId);
  if (metric.relation === 'aligned' || inputs.length === 0) return fail({ kind: 'no-inputs' });

  const current = (id: string) => rollUp.of(id)?.effectiveTarget ?? null;
  const baseline = (id: string) => rollUp.of(id)?.effectiveBaseline ?? null;
  const precision = (id: string) => options.precision ?? rollUp.metric(id)?.precision ?? 0;
  const fixed = new Set(options.fixed ?? []);
  for (const id of fixed) if (!used.includes(id)) return fail({ kind: 'not-an-input', id });
  const notFor = () =>
    fail({ kind: 'method-not-for-relation', method: method.kind, relation: metric.relation });

  /** The proposal's implied value, its residual, as the result. */
  const finish = (proposed: ReadonlyMap<string, number>, growthRate?: number): SplitDownResult => {
    const implied = combine(metric, node?.formula ?? null, inputs, (id) =>
      proposed.has(id) ? (proposed.get(id) as number) : current(id),
    );
    if (!implied.ok)
      return implied.diagnostic.kind === 'division-by-zero'
        ? fail({ kind: 'division-by-zero' })
        : fail({ kind: 'relation-incomplete', diagnostic: implied.diagnostic });
    return {
      ok: true,
      targets: [...proposed].map(([id, value]) => ({
        id,
        target: value,
        previous: rollUp.metric(id)?.target ?? null,
      })),
      implied: implied.value,
      residual: target - implied.value,
      ...(growthRate === undefined ? {} : { growthRate }),
    };
  };
  const missingTargets = (ids: readonly string[]) => ids.filter((id) => current(id) === null);

  if (method.kind === 'solve-for') {
    if (!used.includes(method.inputId)) return fail({ kind: 'not-an-input', id: method.inputId });
    const others = used.filter((id) => id !== method.inputId);
    const missing = missingTargets(others);
    if (missing.length > 0) return fail({ kind: 'missing-targets', ids: missing });
    const f = (x: number) => {
      const value = combine(metric, node?.formula ?? null, inputs, (id) =>
        id === method.inputId ? x : current(id),
      );
      return value.ok ? value.value : null;
    };
    const x = solve(f, target, current(method.inputId) ?? baseline(method.inputId) ?? 1);
    if (x === null) return fail({ kind: 'no-solution' });
    return finish(new Map([[method.inputId, roundTo(x, precision(method.inputId))]]));
  }

  if (metric.relation === 'ratio') {
    if (method.kind !== 'ratio') return notFor();
    const { numeratorId, denominatorId } = metric.parameters;
    const probe = combine(metric, null, inputs, () => 1);
    if (!probe.ok && probe.diagnostic.kind === 'ratio-incomplete')
      return fail({ kind: 'relation-incomplete', diagnostic: probe.diagnostic });
    const kept = (method.keep === 'denominator' ? denominatorId : numeratorId) as string;
    const set = (method.keep === 'denominator' ? numeratorId : denominatorId) as string;
    const keptValue = current(kept);
    if (keptValue === null) return fail({ kind: 'missing-targets', ids: [kept] });
    if (method.keep === 'numerator' && target === 0) return fail({ kind: 'division-by-zero' });
    const value = method.keep === 'denominator' ? target * keptValue : keptValue / target;
    if (!Number.isFinite(value)) return fail({ kind: 'no-solution' });
    return finish(new Map([[set, roundTo(value, precision(set))]]));
  }

  const free = used.filter((id) => !fixed.has(id));
  if (free.length === 0) return fail({ kind: 'all-fixed' });
  const missingFixed = missingTargets([...fixed]);
  if (missingFixed.length > 0) return fail({ kind: 'missing-targets', ids: missingFixed });

  if (SUM_LIKE.includes(metric.relation)) {
    const share = shares(method, free, baseline);
    if ('kind' in share) return share.kind === 'not-for' ? notFor() : fail(share);
    const weight = (id: string) =>
      metric.relation === 'weighted-sum' ? coefficientOf(metric, id) : 1;
    // What the free inputs must add up to (weighted), once the fixed ones are counted.
    let required = metric.relation === 'average' ? target * used.length : target;
    for (const id of fixed) required -= weight(id) * (current(id) as number);
    let denominator = 0;
    free.forEach((id, i) => (denominator += weight(id) * (share.values[i] as number)));
    if (denominator === 0)
      return fail({ kind: 'zero-total', of: method.kind === 'equal' ? 'coefficients' : share.of });
    const scale = required / denominator;
    const rounded = roundKeepingTotal(
      free.map((id, i) => ({
        value: scale * (share.values[i] as number),
        precision: precision(id),
        weight: weight(id),
      })),
      required,
    );
    const growth =
      method.kind === 'proportional-to-baseline' || method.kind === 'equal-growth'
        ? scale - 1
        : undefined;
    return finish(new Map(free.map((id, i) => [id, rounded[i] as number])), growth);
  }

  // Product and formula: every free input grows by the same rate from its baseline.
  if (method.kind !== 'equal-growth') return notFor();
  const bases = free.map(baseline);
  const missing = free.filter((_, i) => bases[i] === null);
  if (missing.length > 0) return fail({ kind: 'missing-baselines', ids: missing });
  let growth: number | null;
  if (metric.relation === 'product') {
    const notPositive = free.filter((_, i) => (bases[i] as number) <= 0);
    if (notPositive.length > 0) return fail({ kind: 'baselines-not-positive', ids: notPositive });
    let kept = 1;
    for (const id of fixed) kept *= current(id) as number;
    if (kept === 0) return fail({ kind: 'division-by-zero' });
    let product = 1;
    for (const base of bases) product *= base as number;
    const factor = target / kept / product;
    // (1 + g)^n = factor has no real, meaningful g for factor ≤ 0.
    growth = factor > 0 && Number.isFinite(factor) ? factor ** (1 / free.length) - 1 : null;
  } else {
    const f = (g: number) => {
      const value = combine(metric, node?.formula ?? null, inputs, (id) => {
        const i = free.indexOf(id);
        return i >= 0 ? (bases[i] as number) * (1 + g) : current(id);
      });
      return value.ok ? value.value : null;
    };
    const probe = combine(metric, node?.formula ?? null, inputs, () => 1);
    if (
      !probe.ok &&
      probe.diagnostic.kind !== 'division-by-zero' &&
      probe.diagnostic.kind !== 'not-finite'
    )
      return fail({ kind: 'relation-incomplete', diagnostic: probe.diagnostic });
    growth = solve(f, target, 0);
  }
  if (growth === null) return fail({ kind: 'no-solution' });
  const rate = growth;
  return finish(
    new Map(free.map((id, i) => [id, roundTo((bases[i] as number) * (1 + rate), precision(id))])),
    rate,
  );
}

type Shares =
  | { values: number[]; of: 'baselines' | 'weights' }
  | { kind: 'not-for' }
  | Extract<SplitDownReason, { kind: 'missing-baselines' | 'missing-weights' }>;

function shares(
  method: SplitMethod,
  free: readonly string[],
  baseline: (id: string) => number | null,
): Shares {
  switch (method.kind) {
    case 'equal':
      return { values: free.map(() => 1), of: 'weights' };
    case 'proportional-to-baseline':
    case 'equal-growth': {
      const values = free.map(baseline);
      const ids = free.filter((_, i) => values[i] === null);
      if (ids.length > 0) return { kind: 'missing-baselines', ids };
      return { values: values as number[], of: 'baselines' };
    }
    case 'by-weights': {
      const { weights } = method;
      const has = (id: string) => Object.hasOwn(weights, id) && Number.isFinite(weights[id]);
      const ids = free.filter((id) => !has(id));
      if (ids.length > 0) return { kind: 'missing-weights', ids };
      return { values: free.map((id) => weights[id] as number), of: 'weights' };
    }
    default:
      return { kind: 'not-for' };
  }
}
