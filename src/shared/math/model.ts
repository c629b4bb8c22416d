import { DECOMPOSITIONS } from '../workspace/schema';

/**
 * What the target math computes over: a small, stable picture of a metric,
 * independent of the workspace schema (which changes by format version). The
 * adapter `mathInputsFrom` (from-workspace.ts) builds it from a workspace.
 */

/**
 * The relation of a metric to its inputs (its children, plus cross-linked
 * metrics when asked): the file's list of decompositions, by the math's name.
 */
export const RELATIONS = DECOMPOSITIONS;
export type Relation = (typeof RELATIONS)[number];

export type Direction = 'higher' | 'lower' | 'range';

/** The parameters of a relation; only the ones the relation uses matter. */
export interface RelationParameters {
  /** Weighted sum: input id → coefficient; an input not listed counts 1. */
  readonly coefficients: Readonly<Record<string, number>>;
  /** Ratio: the metric = numerator ÷ denominator, two of its inputs. */
  readonly numeratorId: string | null;
  readonly denominatorId: string | null;
  /** Formula over the inputs in the stored form (`{id}` references). */
  readonly formula: string;
  /** Whether metrics cross-linked to this one count among its inputs. */
  readonly includeCrossLinks: boolean;
}

export interface MathMetric {
  readonly id: string;
  readonly name: string;
  /** The tree parent; null for the North Star. */
  readonly parentId: string | null;
  /** Further parents (交叉绑定): this metric is an input of them when they include cross-links. */
  readonly crossParentIds: readonly string[];
  readonly target: number | null;
  readonly baseline: number | null;
  readonly unit: string;
  readonly direction: Direction;
  /** Decimal places the room works in (definition.precision): split-down rounds to it. */
  readonly precision: number;
  readonly relation: Relation;
  readonly parameters: RelationParameters;
}

/** A target within either bound of what its inputs imply shows no gap. */
export interface GapTolerance {
  /** Percent of the implied value (5 = 5 %). */
  readonly percent: number;
  /** In the metric's own unit. */
  readonly absolute: number;
}

export interface MathInput {
  /** Sibling order is the order in this array (as in the workspace). */
  readonly metrics: readonly MathMetric[];
  readonly gapTolerance: GapTolerance;
}

/** Parameters of a relation that uses none: for tests and new metrics. */
export const NO_PARAMETERS: RelationParameters = {
  coefficients: {},
  numeratorId: null,
  denominatorId: null,
  formula: '',
  includeCrossLinks: false,
};

/** `-0` prints as "-0" in Intl; no figure of ours should. */
export function noNegativeZero(value: number): number {
  return value === 0 ? 0 : value;
}
