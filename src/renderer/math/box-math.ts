import type { RollUp } from '../../shared/math/roll-up';
import type { Metric } from '../../shared/workspace/schema';

/**
 * What one box says about its math, in one small object a box compares
 * cheaply: the status line (gap, adds up, no own target, or why nothing can
 * be implied) and the implied value or a unit warning. Derived from the
 * roll-up once per document change (to-flow.ts) and reused while it is equal,
 * so a box re-renders only when its own figures change.
 */
export type BoxMath =
  | {
      readonly status: 'gap';
      readonly implied: number;
      /** implied − own target: negative when the inputs fall short of it ("Gap −12"). */
      readonly difference: number;
      /** difference ÷ |own target| × 100; null for a target of 0. */
      readonly percent: number | null;
      /** The inputs fall short in the direction that matters (higher is better and they are below). */
      readonly shortfall: boolean | null;
      readonly mixedUnits: boolean;
    }
  | {
      readonly status: 'adds-up' | 'no-target';
      readonly implied: number;
      readonly mixedUnits: boolean;
    }
  | {
      readonly status: 'missing-inputs';
      readonly count: number;
      readonly mixedUnits: boolean;
    }
  | { readonly status: 'division-by-zero' | 'cannot-compute'; readonly mixedUnits: boolean };

/** Whether a box reserves its math row: it has inputs and a relation that computes (box-size.ts). */
export function hasMathRow(metric: Pick<Metric, 'decomposition'>, hasChildren: boolean): boolean {
  return hasChildren && metric.decomposition !== 'aligned';
}

export function boxMathOf(rollUp: RollUp, id: string): BoxMath | null {
  const math = rollUp.of(id);
  const metric = rollUp.metric(id);
  if (!math?.implied || !metric) return null;
  const mixedUnits = math.units?.mixed != null || math.units?.parentDiffers != null;
  const implied = math.implied.target;
  if (!implied.ok) {
    const { diagnostic } = implied;
    if (diagnostic.kind === 'missing-input')
      return { status: 'missing-inputs', count: diagnostic.ids.length, mixedUnits };
    return {
      status: diagnostic.kind === 'division-by-zero' ? 'division-by-zero' : 'cannot-compute',
      mixedUnits,
    };
  }
  if (metric.target === null) return { status: 'no-target', implied: implied.value, mixedUnits };
  if (!math.gap) return { status: 'adds-up', implied: implied.value, mixedUnits };
  const difference = -math.gap.absolute;
  return {
    status: 'gap',
    implied: implied.value,
    difference,
    percent: metric.target === 0 ? null : (difference / Math.abs(metric.target)) * 100,
    shortfall: math.gap.shortfall,
    mixedUnits,
  };
}

/** Field by field: a box keeps its data object (and skips its render) while this holds. */
export function sameBoxMath(a: BoxMath | null, b: BoxMath | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a) as (keyof BoxMath)[];
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key])
  );
}

const parentsCache = new WeakMap<readonly Pick<Metric, 'parentId'>[], ReadonlySet<string>>();

/** The ids that have children, once per metrics array (the layout and the nodes both ask). */
export function parentIdsOf(metrics: readonly Pick<Metric, 'parentId'>[]): ReadonlySet<string> {
  let parents = parentsCache.get(metrics);
  if (!parents) {
    const ids = new Set<string>();
    for (const metric of metrics) if (metric.parentId !== null) ids.add(metric.parentId);
    parentsCache.set(metrics, (parents = ids));
  }
  return parents;
}
