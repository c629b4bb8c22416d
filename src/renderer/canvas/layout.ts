import { hierarchy, tree } from 'd3-hierarchy';
import type { Metric, Workspace } from '../../shared/workspace/schema';
import { BOX_WIDTH, metricBoxSize, type BoxLabels, type BoxSize } from './box-size';
import { hasMathRow, parentIdsOf } from '../math/box-math';
import { reuseLayout } from './layout-reuse';
import { ownerLine } from './owner-line';

/**
 * Every box is as wide as the others and as tall as its text needs
 * (box-size.ts, computed from the document), so the layout never waits for
 * the DOM to measure.
 */
export const NODE_WIDTH = BOX_WIDTH;
/** The height of a box whose texts each fit one line: the shortest box. Use `PlacedMetric.height`. */
export const NODE_HEIGHT = 126;
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
  /** The box's height (its width is NODE_WIDTH). */
  height: number;
  /** Font size of the name when zoomed out (box-size.ts). */
  overviewFontSize: number;
  /**
   * Hangs in a column below its parent, entered from the left (an org-chart
   * "compact" group) instead of fanning out side by side.
   */
  stacked: boolean;
}

interface LayoutItem {
  id: string;
  metric: Metric;
  children: LayoutItem[];
}

/** The size of each metric's box. */
export type BoxSizeOf = (metric: Metric) => BoxSize;
/** Sized by the metric alone, without its department's and owner's names. */
const sizeWithoutLabels: BoxSizeOf = (metric) =>
  metricBoxSize(metric, { department: null, owner: null });

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
 *
 * Boxes differ in height. Every depth of d3's tree (a stacked box counts at
 * its depth in the chain) is as tall as its tallest box, so siblings line up;
 * a stacked box sits below the one above it. A stack step (box + STACK_GAP)
 * is never taller than a level (tallest box + LEVEL_GAP), so the k-th box of
 * a stack ends within the level of chain depth k, where d3 keeps the column
 * free: whole boxes never overlap.
 */
export function layoutMetricTree(
  metrics: readonly Metric[],
  sizeOf: BoxSizeOf = sizeWithoutLabels,
): Map<string, PlacedMetric> {
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
  const rootItem: LayoutItem = { id: root.id, metric: root, children: [] };
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
        const link: LayoutItem = { id: child.id, metric: child, children: [] };
        holder.children.push(link);
        holder = link;
      }
    } else {
      for (const child of children) {
        const childItem: LayoutItem = { id: child.id, metric: child, children: [] };
        item.children.push(childItem);
        pending.push({ item: childItem, isRoot: false });
      }
    }
  }

  const laidOut = tree<LayoutItem>()
    .nodeSize([NODE_WIDTH + COLUMN_GAP, 1])
    .separation(() => 1)(hierarchy(rootItem, (item) => item.children));

  // The top of each depth: levels as tall as their tallest box.
  const levelHeights: number[] = [];
  const sizes = new Map<string, BoxSize>();
  laidOut.each((node) => {
    const size = sizeOf(node.data.metric);
    sizes.set(node.data.id, size);
    const height = size.height;
    if (!(levelHeights[node.depth]! >= height)) levelHeights[node.depth] = height;
  });
  const levelTops = [0];
  for (let depth = 1; depth < levelHeights.length; depth++)
    levelTops.push(levelTops[depth - 1]! + levelHeights[depth - 1]! + LEVEL_GAP);

  // d3 places centres; parents come before children in this walk.
  laidOut.each((node) => {
    const id = node.data.id;
    const { height, overviewFontSize } = sizes.get(id)!;
    const parent = node.parent ? placed.get(node.parent.data.id) : undefined;
    if (parent && stackedIds.has(id)) {
      const x = parent.stacked ? parent.x : parent.x + STACK_INDENT;
      const y = parent.y + parent.height + STACK_GAP;
      placed.set(id, { id, x, y, height, overviewFontSize, stacked: true });
    } else {
      const x = node.x - NODE_WIDTH / 2;
      placed.set(id, {
        id,
        x,
        y: levelTops[node.depth]!,
        height,
        overviewFontSize,
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

/** What a box's size depends on: its metric, its department's name and its owner's name. */
export interface LayoutSource {
  metrics: readonly Metric[];
  departments: readonly Pick<Workspace['departments'][number], 'id' | 'name'>[];
  people: readonly Pick<Workspace['people'][number], 'id' | 'name'>[];
}

/** Box sizes of a workspace's metrics (box-size.ts), reused per unchanged metric. */
export function workspaceBoxSizes(
  workspace: Omit<LayoutSource, 'metrics'> & { metrics?: LayoutSource['metrics'] },
): BoxSizeOf {
  const departments = new Map(workspace.departments.map((d) => [d.id, d.name]));
  const people = new Map(workspace.people.map((p) => [p.id, p.name]));
  // Which boxes are parents, for the math row (without the metrics: none reserved).
  const parents = workspace.metrics ? parentIdsOf(workspace.metrics) : null;
  return (metric) => {
    const labels: BoxLabels = {
      mathRow: parents !== null && hasMathRow(metric, parents.has(metric.id)),
      department: metric.departmentId ? (departments.get(metric.departmentId) ?? null) : null,
      // With the collaborators' count, as the box shows it (owner-line.ts).
      owner: ownerLine(
        metric.ownerId ? (people.get(metric.ownerId) ?? null) : null,
        metric.collaboratorIds.length,
      ),
    };
    const before = sizeCache.get(metric);
    if (
      before &&
      before.department === labels.department &&
      before.owner === labels.owner &&
      before.mathRow === labels.mathRow
    )
      return before.size;
    const size = metricBoxSize(metric, labels);
    sizeCache.set(metric, { ...labels, size });
    return size;
  };
}

const sizeCache = new WeakMap<Metric, BoxLabels & { size: BoxSize }>();

interface CachedLayout {
  departments: LayoutSource['departments'];
  people: LayoutSource['people'];
  placed: Map<string, PlacedMetric>;
}
const cache = new WeakMap<readonly Metric[], CachedLayout>();
/** The layout computed last, which the next edit may keep (held until the next one). */
let last: (CachedLayout & { metrics: readonly Metric[] }) | null = null;

/**
 * The layout the canvas shows, cached: documents are immutable, so the same
 * metrics, departments and people arrays mean the same layout.
 *
 * Given only the metrics array (older callers), the layout last computed for
 * that array is returned: the one the canvas shows, since the canvas lays out
 * every workspace it draws. A metrics array no workspace was laid out for
 * gets boxes sized without department and owner names.
 */
export function cachedLayout(source: LayoutSource | readonly Metric[]): Map<string, PlacedMetric> {
  if (isMetrics(source)) {
    const last = cache.get(source);
    if (last) return last.placed;
    return cachedLayout({ metrics: source, departments: [], people: [] });
  }
  const hit = cache.get(source.metrics);
  if (hit && hit.departments === source.departments && hit.people === source.people)
    return hit.placed;
  const sizeOf = workspaceBoxSizes(source);
  // An edit that kept the tree's shape keeps its layout (layout-reuse.ts).
  const reused =
    last && last.departments === source.departments && last.people === source.people
      ? reuseLayout(last.metrics, last.placed, source.metrics, sizeOf)
      : null;
  const placed = reused ?? layoutMetricTree(source.metrics, sizeOf);
  cache.set(source.metrics, { departments: source.departments, people: source.people, placed });
  last = {
    metrics: source.metrics,
    departments: source.departments,
    people: source.people,
    placed,
  };
  return placed;
}

function isMetrics(source: LayoutSource | readonly Metric[]): source is readonly Metric[] {
  return Array.isArray(source);
}
