import { hierarchy, tree } from 'd3-hierarchy';
import type { Metric } from '../../shared/workspace/schema';

/** Every metric box has the same size, so the layout never waits for the DOM to measure. */
export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 128;
/** Room between columns; it also absorbs the indent of stacked boxes. */
const COLUMN_GAP = 40;
/** Room between levels of the tree. */
const LEVEL_GAP = 56;
/** Stacked boxes: vertical room between them and how far they sit right of their parent. */
const STACK_GAP = 14;
export const STACK_INDENT = 28;

export interface PlacedMetric {
  id: string;
  /** Top-left corner, in canvas coordinates. */
  x: number;
  y: number;
  /**
   * Hangs in a column below its parent, entered from the left (an org-chart
   * "compact" group) instead of fanning out side by side.
   */
  stacked: boolean;
}

interface LayoutItem {
  id: string;
  children: LayoutItem[];
}

/**
 * Top-down tidy tree (d3-hierarchy, ~1 ms for 2,000 metrics), with one change
 * made for the projector: the children of a metric whose children are all
 * leaves are stacked in a column instead of spread in a row. A workshop tree
 * ends in many individual metrics; side by side they make the tree so wide
 * that, fitted to the screen, nobody in the room can read it.
 *
 * The stack is handed to d3 as a chain (each stacked box the only child of
 * the one above it), so the tidy algorithm reserves its column on every level
 * it reaches and no neighbouring branch slides under it.
 */
export function layoutMetricTree(metrics: readonly Metric[]): Map<string, PlacedMetric> {
  const placed = new Map<string, PlacedMetric>();
  const root = metrics.find((m) => m.parentId === null);
  if (!root) return placed;

  const childrenByParent = new Map<string, Metric[]>();
  for (const metric of metrics) {
    if (metric.parentId === null) continue;
    const siblings = childrenByParent.get(metric.parentId);
    if (siblings) siblings.push(metric);
    else childrenByParent.set(metric.parentId, [metric]);
  }
  const childrenOf = (id: string) => childrenByParent.get(id) ?? [];

  const stackedIds = new Set<string>();
  // Iterative on purpose: a hand-edited file may nest deeper than the call stack.
  const rootItem: LayoutItem = { id: root.id, children: [] };
  const pending: Array<{ item: LayoutItem; isRoot: boolean }> = [{ item: rootItem, isRoot: true }];
  const seen = new Set<string>([root.id]);
  while (pending.length > 0) {
    const { item, isRoot } = pending.pop() as { item: LayoutItem; isRoot: boolean };
    const children = childrenOf(item.id).filter((child) => !seen.has(child.id));
    for (const child of children) seen.add(child.id);
    const stack = !isRoot && children.every((child) => childrenOf(child.id).length === 0);
    if (stack && children.length > 0) {
      let holder = item;
      for (const child of children) {
        stackedIds.add(child.id);
        const link: LayoutItem = { id: child.id, children: [] };
        holder.children.push(link);
        holder = link;
      }
    } else {
      for (const child of children) {
        const childItem: LayoutItem = { id: child.id, children: [] };
        item.children.push(childItem);
        pending.push({ item: childItem, isRoot: false });
      }
    }
  }

  const laidOut = tree<LayoutItem>()
    .nodeSize([NODE_WIDTH + COLUMN_GAP, NODE_HEIGHT + LEVEL_GAP])
    .separation(() => 1)(hierarchy(rootItem, (item) => item.children));

  // d3 places centres; parents come before children in this walk.
  laidOut.each((node) => {
    const id = node.data.id;
    const parent = node.parent ? placed.get(node.parent.data.id) : undefined;
    if (!parent) {
      placed.set(id, { id, x: node.x - NODE_WIDTH / 2, y: 0, stacked: false });
    } else if (stackedIds.has(id)) {
      const x = parent.stacked ? parent.x : parent.x + STACK_INDENT;
      placed.set(id, { id, x, y: parent.y + NODE_HEIGHT + STACK_GAP, stacked: true });
    } else {
      placed.set(id, {
        id,
        x: node.x - NODE_WIDTH / 2,
        y: parent.y + NODE_HEIGHT + LEVEL_GAP,
        stacked: false,
      });
    }
  });

  // A box the facilitator placed by hand stays where it was put.
  for (const metric of metrics) {
    const spot = placed.get(metric.id);
    if (metric.position && spot) placed.set(metric.id, { ...spot, ...metric.position });
  }
  return placed;
}

const cache = new WeakMap<readonly Metric[], Map<string, PlacedMetric>>();

/** Layout keyed by the metrics array: documents are immutable, so equal arrays mean equal layouts. */
export function cachedLayout(metrics: readonly Metric[]): Map<string, PlacedMetric> {
  let placed = cache.get(metrics);
  if (!placed) {
    placed = layoutMetricTree(metrics);
    cache.set(metrics, placed);
  }
  return placed;
}
