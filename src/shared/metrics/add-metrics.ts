import { newId } from '../ids';
import { createMetric } from '../workspace/create';
import type { Metric, Workspace } from '../workspace/schema';
import { checkNewMetricFields, type NewMetricFields } from './metric-patch';
import { newChildLayer, takenIds, type TreeError } from './tree';

/**
 * Many metrics added in one pass (an import, a split into several children).
 * The result is the document that the same items added one by one with
 * `addChildMetric` would give — same layers, same cross-links, same array
 * order — but in linear time: one add re-walks the whole tree to find where
 * its family ends, so 5,000 single adds are quadratic.
 */

/** One metric to add: its fields, and the parent it hangs under (existing, or earlier in the batch). */
export type NewMetric = NewMetricFields & { parentId: string };

export type AddMetricsResult =
  | { ok: true; workspace: Workspace; metrics: Metric[] }
  /** `index`: the item that was refused; nothing of the batch is applied. */
  | { ok: false; error: TreeError; index: number };

export function addMetrics(workspace: Workspace, items: readonly NewMetric[]): AddMetricsResult {
  if (items.length === 0) return { ok: true, workspace, metrics: [] };
  const existing = new Map(workspace.metrics.map((m) => [m.id, m]));
  const taken = takenIds(workspace);
  const added = new Map<string, Metric>();
  const created: Metric[] = [];

  for (const [index, item] of items.entries()) {
    const { parentId, ...fields } = item;
    const checked = checkNewMetricFields(fields);
    if (!checked) return { ok: false, error: 'invalid-patch', index };
    const id = checked.id ?? newId('m');
    if (taken.has(id) || added.has(id)) return { ok: false, error: 'duplicate-id', index };
    // Only parents that exist by now: a reference to a later item is refused,
    // as it would be when adding one by one.
    const parent = existing.get(parentId) ?? added.get(parentId);
    if (!parent) return { ok: false, error: 'unknown-metric', index };
    const crossParentIds = (checked.crossParentIds ?? []).filter(
      (p) => p !== parentId && (existing.has(p) || added.has(p)),
    );
    const metric = createMetric({
      ...checked,
      id,
      layer: newChildLayer(parent, checked.layer),
      parentId,
      crossParentIds,
    });
    added.set(id, metric);
    created.push(metric);
  }
  return {
    ok: true,
    workspace: { ...workspace, metrics: place(workspace, created) },
    metrics: created,
  };
}

/**
 * The array with the new metrics where one-by-one adds would have put them.
 * One add goes right after the last metric of its parent's family. So, for an
 * existing parent, its new children (each followed by its own new
 * descendants) go right after the last existing metric of its subtree; when
 * several existing parents end on the same metric (a leaf that is the last of
 * its parent's and grandparent's families), the deepest parent's new children
 * come first, since they belong to the shallower ones' families too.
 */
function place(workspace: Workspace, created: readonly Metric[]): Metric[] {
  const existing = workspace.metrics;
  const newChildren = new Map<string, Metric[]>();
  for (const metric of created) {
    const siblings = newChildren.get(metric.parentId as string);
    if (siblings) siblings.push(metric);
    else newChildren.set(metric.parentId as string, [metric]);
  }
  const { lastIndex, depth } = subtreeEnds(existing);
  /** Existing parents receiving children, by the index of the metric they come after. */
  const after = new Map<number, string[]>();
  for (const parentId of newChildren.keys()) {
    const end = lastIndex.get(parentId);
    if (end === undefined) continue; // a parent created in this batch
    const group = after.get(end);
    if (group) group.push(parentId);
    else after.set(end, [parentId]);
  }

  const result: Metric[] = [];
  const emitFamily = (metric: Metric) => {
    // Iterative: an import may nest deeply, and each new metric is emitted once.
    const stack = [metric];
    while (stack.length > 0) {
      const next = stack.pop() as Metric;
      result.push(next);
      const children = newChildren.get(next.id);
      if (children)
        for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Metric);
    }
  };
  existing.forEach((metric, index) => {
    result.push(metric);
    const parents = after.get(index);
    if (!parents) return;
    // A group holds ancestors of one metric, so it is a few entries long.
    parents.sort((a, b) => (depth.get(b) as number) - (depth.get(a) as number));
    for (const parentId of parents)
      for (const child of newChildren.get(parentId) ?? []) emitFamily(child);
  });
  return result;
}

/**
 * For every metric of the tree: the array index of the last metric of its
 * subtree, and its depth. One walk from the North Star, children before
 * parents, so each metric is visited once.
 */
function subtreeEnds(metrics: readonly Metric[]): {
  lastIndex: Map<string, number>;
  depth: Map<string, number>;
} {
  const position = new Map<string, number>();
  const children = new Map<string, string[]>();
  let root: string | null = null;
  metrics.forEach((metric, index) => {
    position.set(metric.id, index);
    if (metric.parentId === null) {
      root = metric.id;
      return;
    }
    const siblings = children.get(metric.parentId);
    if (siblings) siblings.push(metric.id);
    else children.set(metric.parentId, [metric.id]);
  });
  const lastIndex = new Map<string, number>();
  const depth = new Map<string, number>();
  if (root === null) return { lastIndex, depth };
  depth.set(root, 0);
  // Pre-order onto a stack, then fold the maxima up in reverse: children first.
  const order: string[] = [];
  const stack: string[] = [root];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    order.push(id);
    for (const child of children.get(id) ?? []) {
      depth.set(child, (depth.get(id) as number) + 1);
      stack.push(child);
    }
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i] as string;
    let last = position.get(id) as number;
    for (const child of children.get(id) ?? [])
      last = Math.max(last, lastIndex.get(child) as number);
    lastIndex.set(id, last);
  }
  return { lastIndex, depth };
}
