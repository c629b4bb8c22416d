import type { Direction, MathInput, MathMetric, Relation } from './model';

/**
 * The adapter from a workspace (format v2) to what the math computes over.
 * Typed against the fields it reads, not against schema.ts, so the math does
 * not change when the schema gains fields; the v2 `Workspace` type is
 * assignable to `WorkspaceForMath` as it is.
 */
export interface MetricForMath {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
  readonly crossParentIds: readonly string[];
  readonly target: number | null;
  readonly baseline: { readonly value: number | null };
  readonly definition: {
    readonly unit: string;
    readonly direction: Direction;
    readonly precision: number;
  };
  readonly decomposition: Relation;
  readonly relation: {
    readonly coefficients: Readonly<Record<string, number>>;
    readonly numeratorId: string | null;
    readonly denominatorId: string | null;
    readonly formula: string;
    readonly includeCrossLinks: boolean;
  };
}

export interface WorkspaceForMath {
  readonly metrics: readonly MetricForMath[];
  readonly settings: {
    readonly gapTolerance: { readonly percent: number; readonly absolute: number };
  };
}

/** One metric, for an incremental update (`updateRollUp(previous, { upsert: [...] })`). */
export function mathMetricFrom(metric: MetricForMath): MathMetric {
  return {
    id: metric.id,
    name: metric.name,
    parentId: metric.parentId,
    crossParentIds: metric.crossParentIds,
    target: metric.target,
    baseline: metric.baseline.value,
    unit: metric.definition.unit,
    direction: metric.definition.direction,
    precision: metric.definition.precision,
    relation: metric.decomposition,
    parameters: {
      coefficients: metric.relation.coefficients,
      numeratorId: metric.relation.numeratorId,
      denominatorId: metric.relation.denominatorId,
      formula: metric.relation.formula,
      includeCrossLinks: metric.relation.includeCrossLinks,
    },
  };
}

/** The whole workspace, for a full roll-up (`rollUp(mathInputsFrom(workspace))`). */
export function mathInputsFrom(workspace: WorkspaceForMath): MathInput {
  const { percent, absolute } = workspace.settings.gapTolerance;
  return {
    metrics: workspace.metrics.map(mathMetricFrom),
    gapTolerance: { percent, absolute },
  };
}
