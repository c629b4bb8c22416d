import { describe, expect, it } from 'vitest';
import { workshopPlan } from '../../../test/e2e/seed-files';
import type { Metric, Workspace } from '../../shared/workspace/schema';
import { cachedLayout, layoutMetricTree, workspaceBoxSizes } from './layout';
import { reuseLayout } from './layout-reuse';

const workspace = workshopPlan();
const sizeOf = workspaceBoxSizes(workspace);
const placed = layoutMetricTree(workspace.metrics, sizeOf);
const leaf = workspace.metrics.at(-1)!;

function edited(patch: Partial<Metric>, id = leaf.id): Metric[] {
  return workspace.metrics.map((m) => (m.id === id ? { ...m, ...patch } : m));
}

describe('reuseLayout', () => {
  it('keeps the layout for a new target that fits its box, and it is the full layout', () => {
    const next = edited({ target: 130 });
    const kept = reuseLayout(workspace.metrics, placed, next, sizeOf);
    expect(kept).toBe(placed);
    expect(layoutMetricTree(next, sizeOf)).toEqual(placed);
  });

  it('lays out again when a box grows, a metric moves, is placed by hand, added or reordered', () => {
    const longName = '一个很长很长的指标名称，长到需要在框里折成好几行才放得下的那一种';
    expect(reuseLayout(workspace.metrics, placed, edited({ name: longName }), sizeOf)).toBeNull();
    const otherParent = workspace.metrics[2]!.id;
    expect(
      reuseLayout(workspace.metrics, placed, edited({ parentId: otherParent }), sizeOf),
    ).toBeNull();
    expect(
      reuseLayout(workspace.metrics, placed, edited({ position: { x: 5, y: 9 } }), sizeOf),
    ).toBeNull();
    expect(
      reuseLayout(
        workspace.metrics,
        placed,
        [...workspace.metrics, { ...leaf, id: 'm_new' }],
        sizeOf,
      ),
    ).toBeNull();
    const swapped = [...workspace.metrics];
    [swapped[3], swapped[4]] = [swapped[4]!, swapped[3]!];
    expect(reuseLayout(workspace.metrics, placed, swapped, sizeOf)).toBeNull();
  });
});

describe('cachedLayout after an edit', () => {
  it('gives the same boxes as a layout from scratch, whether it kept the last one or not', () => {
    const base: Workspace = { ...workspace, metrics: [...workspace.metrics] };
    cachedLayout(base);
    for (const metrics of [
      edited({ target: 99 }),
      edited({ name: '一个很长很长的指标名称，长到需要在框里折成好几行才放得下的那一种' }),
    ]) {
      const next = { ...base, metrics };
      expect(cachedLayout(next)).toEqual(layoutMetricTree(metrics, workspaceBoxSizes(next)));
    }
  });
});
