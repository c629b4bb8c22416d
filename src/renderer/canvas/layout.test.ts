import { describe, expect, it } from 'vitest';
import { createMetric } from '../../shared/workspace/create';
import type { Layer, Metric } from '../../shared/workspace/schema';
import {
  layoutMetricTree,
  NODE_HEIGHT,
  NODE_WIDTH,
  STACK_INDENT,
  type PlacedMetric,
} from './layout';

function metric(id: string, parentId: string | null, layer: Layer = 'department'): Metric {
  return createMetric({ id, name: id, parentId, layer });
}

function overlaps(a: PlacedMetric, b: PlacedMetric): boolean {
  return (
    a.x < b.x + NODE_WIDTH &&
    b.x < a.x + NODE_WIDTH &&
    a.y < b.y + NODE_HEIGHT &&
    b.y < a.y + NODE_HEIGHT
  );
}

/** A workshop-shaped tree: North Star, `departments`, each with a mix of leaves and sub-trees. */
function workshopTree(departments: number, seed = 7): Metric[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const metrics = [metric('ns', null, 'strategy')];
  for (let d = 0; d < departments; d++) {
    metrics.push(metric(`d${d}`, 'ns'));
    const teams = 1 + Math.floor(random() * 4);
    for (let t = 0; t < teams; t++) {
      metrics.push(metric(`d${d}t${t}`, `d${d}`, 'individual'));
      if (random() < 0.5) {
        const leaves = Math.floor(random() * 5);
        for (let l = 0; l < leaves; l++)
          metrics.push(metric(`d${d}t${t}l${l}`, `d${d}t${t}`, 'individual'));
      }
    }
  }
  return metrics;
}

describe('layoutMetricTree', () => {
  it('puts the North Star on top and departments side by side below it', () => {
    const placed = layoutMetricTree([
      metric('ns', null, 'strategy'),
      metric('a', 'ns'),
      metric('b', 'ns'),
    ]);
    const [ns, a, b] = ['ns', 'a', 'b'].map((id) => placed.get(id)!);
    expect(a!.y).toBe(b!.y);
    expect(a!.y).toBeGreaterThan(ns!.y + NODE_HEIGHT);
    expect(b!.x).toBeGreaterThan(a!.x + NODE_WIDTH);
    // The parent is centred over its children.
    expect(ns!.x).toBeCloseTo((a!.x + b!.x) / 2);
    expect([a!.stacked, b!.stacked]).toEqual([false, false]);
  });

  it('stacks the leaves of a department in a column, indented, in sibling order', () => {
    const placed = layoutMetricTree([
      metric('ns', null, 'strategy'),
      metric('d', 'ns'),
      metric('l1', 'd', 'individual'),
      metric('l2', 'd', 'individual'),
      metric('l3', 'd', 'individual'),
    ]);
    const d = placed.get('d')!;
    const leaves = ['l1', 'l2', 'l3'].map((id) => placed.get(id)!);
    for (const leaf of leaves) {
      expect(leaf.stacked).toBe(true);
      expect(leaf.x).toBe(d.x + STACK_INDENT);
    }
    expect(leaves[0]!.y).toBeGreaterThan(d.y + NODE_HEIGHT);
    expect(leaves[1]!.y).toBeGreaterThan(leaves[0]!.y + NODE_HEIGHT);
    expect(leaves[2]!.y).toBeGreaterThan(leaves[1]!.y + NODE_HEIGHT);
  });

  it('never lets two boxes overlap, stacked or not', () => {
    const metrics = workshopTree(40);
    const placed = [...layoutMetricTree(metrics).values()];
    expect(placed).toHaveLength(metrics.length);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        if (overlaps(placed[i]!, placed[j]!))
          throw new Error(`${placed[i]!.id} overlaps ${placed[j]!.id}`);
      }
    }
  });

  it('keeps a position placed by hand', () => {
    const moved = { ...metric('a', 'ns'), position: { x: 999, y: -5 } };
    const placed = layoutMetricTree([metric('ns', null, 'strategy'), moved]);
    expect(placed.get('a')).toMatchObject({ x: 999, y: -5 });
  });

  // Speed is measured in test/bench/layout.bench.ts, not here; this checks the
  // large tree is complete and has no overlapping boxes.
  it('places every one of 1,500+ metrics without overlap', () => {
    const metrics = workshopTree(300);
    expect(metrics.length).toBeGreaterThan(1500);
    const placed = layoutMetricTree(metrics);
    expect(placed.size).toBe(metrics.length);
    // Whole boxes, not corners: sweep left to right, comparing each box with
    // those that start before it ends.
    const boxes = [...placed.values()].sort((a, b) => a.x - b.x);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length && boxes[j]!.x < boxes[i]!.x + NODE_WIDTH; j++) {
        if (overlaps(boxes[i]!, boxes[j]!))
          throw new Error(`${boxes[i]!.id} overlaps ${boxes[j]!.id}`);
      }
    }
  });
});
