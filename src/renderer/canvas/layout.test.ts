import { describe, expect, it } from 'vitest';
import { createMetric } from '../../shared/workspace/create';
import type { Layer, Metric } from '../../shared/workspace/schema';
import {
  cachedLayout,
  layoutMetricTree,
  NODE_HEIGHT,
  NODE_WIDTH,
  STACK_INDENT,
  type PlacedMetric,
} from './layout';

/** Names of every length, so that boxes of a tree differ in height as in a real workshop. */
const NAMES = [
  '下单失败率',
  'P1 incidents',
  '技术创新提案落地数',
  'Technical innovation proposals delivered',
  '首屏加载时间（P90）与核心交易链路可用性的综合得分',
  'Negative reviews closed within 48 h, weighted by order value and region',
];

function metric(id: string, parentId: string | null, layer: Layer = 'department'): Metric {
  const name = `${id} ${NAMES[id.length % NAMES.length]!}`;
  return createMetric({ id, name, parentId, layer });
}

function overlaps(a: PlacedMetric, b: PlacedMetric): boolean {
  return (
    a.x < b.x + NODE_WIDTH && b.x < a.x + NODE_WIDTH && a.y < b.y + b.height && b.y < a.y + a.height
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
    expect(a!.y).toBeGreaterThan(ns!.y + ns!.height);
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
    expect(leaves[0]!.y).toBeGreaterThan(d.y + d.height);
    expect(leaves[1]!.y).toBeGreaterThan(leaves[0]!.y + leaves[0]!.height);
    expect(leaves[2]!.y).toBeGreaterThan(leaves[1]!.y + leaves[1]!.height);
  });

  it('gives a box with a longer name a taller box, and lines up siblings at the top', () => {
    const placed = layoutMetricTree([
      metric('ns', null, 'strategy'),
      { ...metric('a', 'ns'), name: '下单失败率' },
      { ...metric('b', 'ns'), name: 'Negative reviews closed within 48 h, by region and channel' },
      metric('a1', 'a', 'individual'),
      metric('b1', 'b', 'individual'),
    ]);
    const [a, b] = [placed.get('a')!, placed.get('b')!];
    expect(a.height).toBe(NODE_HEIGHT);
    expect(b.height).toBeGreaterThan(a.height);
    expect(a.y).toBe(b.y);
    // A taller box pushes the stack below it down.
    expect(placed.get('b1')!.y).toBeGreaterThan(b.y + b.height);
    expect(placed.get('b1')!.y - (b.y + b.height)).toBe(placed.get('a1')!.y - (a.y + a.height));
  });

  it('sizes boxes with their department and owner names, and follows a rename', () => {
    const metrics = [
      metric('ns', null, 'strategy'),
      { ...metric('a', 'ns'), name: 'a', departmentId: 'd1', ownerId: 'p1' },
    ];
    const short = { metrics, departments: [{ id: 'd1', name: 'Sales' }], people: [] };
    const long = {
      ...short,
      departments: [{ id: 'd1', name: 'Customer Service and After-sales Operations' }],
    };
    const before = cachedLayout(short).get('a')!;
    expect(cachedLayout(short)).toBe(cachedLayout(short));
    const after = cachedLayout(long).get('a')!;
    expect(after.height).toBeGreaterThan(before.height);
    // Older callers with the metrics alone get the layout the canvas shows.
    expect(cachedLayout(metrics).get('a')).toEqual(after);
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
        // Real heights: the names above make boxes of one to four lines.
        if (overlaps(boxes[i]!, boxes[j]!))
          throw new Error(`${boxes[i]!.id} overlaps ${boxes[j]!.id}`);
      }
    }
  });
});
