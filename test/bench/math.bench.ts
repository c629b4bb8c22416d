import { bench, describe } from 'vitest';
import type { MathMetric } from '../../src/shared/math/model';
import { rollUp, updateRollUp, type RollUp } from '../../src/shared/math/roll-up';
import { flatTree, mathInput, workshopTree } from '../../src/shared/math/test-fixtures';

/**
 * The target math (src/shared/math), pure computation, no UI:
 *
 * - a full roll-up (implied targets and baselines, gaps, unit checks, cycle
 *   search) at 2,500 and 25,000 metrics;
 * - one edit recomputed incrementally (`updateRollUp`) at 200 and 2,000
 *   metrics (and 25,000): a new target on the last individual, and a move of
 *   that individual to another parent of its level (a structural edit: the
 *   cycle check runs too). Each run edits the same starting roll-up, alternating two
 *   values so that every run changes something.
 *
 * Two shapes, both from src/shared/math/test-fixtures.ts, every level a sum:
 * `workshopTree` (North Star → 10 departments → teams of 8 individuals) and
 * `flatTree` (the shape of big-workspace.ts: 50 departments, individuals
 * directly under them, so a department's inputs grow with the tree). The goal
 * is edit-2000 ≤ 2 × edit-200: an edit costs the path to the North Star and
 * the inputs along it, not the tree. docs/benchmarks.md records the figures.
 */
const steady = { time: 2_000, warmupTime: 300 };

describe('full roll-up + gaps', () => {
  for (const size of [2_500, 25_000]) {
    const input = mathInput(workshopTree(size));
    bench(
      `rollUp, ${size.toLocaleString('en')} metrics`,
      () => {
        rollUp(input);
      },
      steady,
    );
  }
});

type Shape = (count: number) => MathMetric[];

function targetEdit(shape: Shape, size: number): () => void {
  const metrics = shape(size);
  const base: RollUp = rollUp(mathInput(metrics));
  const last = metrics[metrics.length - 1] as MathMetric;
  let flip = false;
  return () => {
    flip = !flip;
    updateRollUp(base, { upsert: [{ ...last, target: flip ? 11 : 12 }] });
  };
}

function moveEdit(shape: Shape, size: number): () => void {
  const metrics = shape(size);
  const base: RollUp = rollUp(mathInput(metrics));
  const last = metrics[metrics.length - 1] as MathMetric;
  // Two other parents of the same level (the parents of the two metrics before it, which
  // the shapes put elsewhere): every run is a real move from the base.
  const to = [metrics.length - 2, metrics.length - 3].map(
    (i) => (metrics[i] as MathMetric).parentId,
  );
  let flip = false;
  return () => {
    flip = !flip;
    updateRollUp(base, {
      upsert: [{ ...last, parentId: flip ? (to[0] ?? null) : (to[1] ?? null) }],
    });
  };
}

for (const [name, shape] of [
  ['workshop tree', workshopTree],
  ['flat tree', flatTree],
] as const) {
  describe(`one target edit, ${name}`, () => {
    for (const size of [200, 2_000, 25_000])
      bench(`target edit at ${size.toLocaleString('en')} metrics`, targetEdit(shape, size), steady);
  });
  describe(`one move, ${name}`, () => {
    for (const size of [200, 2_000])
      bench(`move at ${size.toLocaleString('en')} metrics`, moveEdit(shape, size), steady);
  });
}
