import { createMetric } from '../workspace/create';
import { LAYERS, type Layer, type Metric, type Workspace } from '../workspace/schema';
import {
  checkNewMetricFields,
  checkPatch,
  type MetricPatch,
  type NewMetricFields,
} from './metric-patch';
import type { AssignmentError } from './assignments';
import { inputsOf, type CrossLinkError } from './cross-links';
import type { GuardrailError } from './guardrails';
import type { ToleranceError } from './gap-tolerance';

export type { MetricPatch, NewMetricFields } from './metric-patch';

/**
 * Operations on the metric tree. Each takes a workspace and returns a new one
 * (the input is never mutated), or a typed refusal the UI turns into a message.
 * Invariants kept: exactly one North Star root; no cycles; a child's layer is
 * never above its parent's (an individual metric cannot carry a department one).
 */

export type TreeError =
  | 'unknown-metric'
  | 'north-star-is-fixed'
  | 'into-own-subtree'
  | 'index-out-of-range'
  /** A field of a patch or a new metric is not what the schema allows (`metric-patch.ts`). */
  | 'invalid-patch'
  /** A new metric's id is taken, in the workspace or earlier in the same batch. */
  | 'duplicate-id'
  /** Cross-links and owners, departments (cross-links.ts, assignments.ts). */
  | CrossLinkError
  | AssignmentError
  | GuardrailError
  | ToleranceError;

export type TreeResult = { ok: true; workspace: Workspace } | { ok: false; error: TreeError };

const refuse = (error: TreeError): TreeResult => ({ ok: false, error });

export function northStarOf(workspace: Workspace): Metric {
  const root = workspace.metrics.find((m) => m.parentId === null);
  // loadWorkspace refuses documents without one; reaching this is a bug.
  if (!root) throw new Error('workspace has no North Star');
  return root;
}

export function childrenOf(workspace: Workspace, parentId: string): Metric[] {
  return workspace.metrics.filter((m) => m.parentId === parentId);
}

/** Ids of the metric and everything below it (tree edges only). */
export function subtreeIds(workspace: Workspace, rootId: string): Set<string> {
  const byParent = new Map<string, Metric[]>();
  for (const metric of workspace.metrics) {
    if (metric.parentId === null) continue;
    const siblings = byParent.get(metric.parentId) ?? [];
    siblings.push(metric);
    byParent.set(metric.parentId, siblings);
  }
  const ids = new Set<string>([rootId]);
  const stack = [rootId];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    for (const child of byParent.get(current) ?? []) {
      if (!ids.has(child.id)) {
        ids.add(child.id);
        stack.push(child.id);
      }
    }
  }
  return ids;
}

/**
 * Every id in use: metrics, people, departments and positions share one id
 * space (findViolations refuses a duplicate across them).
 */
export function takenIds(workspace: Workspace): Set<string> {
  const ids = new Set<string>();
  const collections = [
    workspace.metrics,
    workspace.people,
    workspace.departments,
    workspace.positions,
  ];
  for (const collection of collections) for (const entity of collection) ids.add(entity.id);
  return ids;
}

export const layerRank = (layer: Layer): number => LAYERS.indexOf(layer);

/** The layer a new child of `parent` starts in: one step down, stopping at individual. */
export function childLayer(parent: Metric): Layer {
  return LAYERS[Math.min(layerRank(parent.layer) + 1, LAYERS.length - 1)] as Layer;
}

/**
 * The layer a new child gets: the caller may ask for a lower one (an
 * individual metric straight under the North Star), never a higher one: that
 * would break the layer order that moveMetric keeps, e.g. a second
 * strategy-layer metric under the North Star.
 */
export function newChildLayer(parent: Metric, asked: Layer | undefined): Layer {
  const highest = childLayer(parent);
  return asked !== undefined && layerRank(asked) > layerRank(highest) ? asked : highest;
}

export function addChildMetric(
  workspace: Workspace,
  parentId: string,
  fields: NewMetricFields,
): { ok: true; workspace: Workspace; metric: Metric } | { ok: false; error: TreeError } {
  const parent = workspace.metrics.find((m) => m.id === parentId);
  if (!parent) return { ok: false, error: 'unknown-metric' };
  const checked = checkNewMetricFields(fields);
  if (!checked) return { ok: false, error: 'invalid-patch' };
  if (checked.id !== undefined && takenIds(workspace).has(checked.id))
    return { ok: false, error: 'duplicate-id' };
  const layer = newChildLayer(parent, checked.layer);
  // Same rule as moveMetric: a cross-link may not repeat the tree edge, and may
  // only point at a metric that exists, or the document no longer loads.
  const crossParentIds = (checked.crossParentIds ?? []).filter(
    (p) => p !== parentId && workspace.metrics.some((m) => m.id === p),
  );
  const metric = createMetric({ ...checked, layer, parentId, crossParentIds });
  // New children go after their last sibling, so the array order stays the sibling order.
  const lastFamilyIndex = lastIndexOfSubtree(workspace, parentId);
  const metrics = [...workspace.metrics];
  metrics.splice(lastFamilyIndex + 1, 0, metric);
  return { ok: true, workspace: { ...workspace, metrics }, metric };
}

/** Change fields of a metric; the patch is validated first (`metric-patch.ts`). */
export function updateMetric(workspace: Workspace, id: string, patch: MetricPatch): TreeResult {
  const index = workspace.metrics.findIndex((m) => m.id === id);
  if (index < 0) return refuse('unknown-metric');
  const checked = checkPatch(patch);
  if (!checked) return refuse('invalid-patch');
  const current = workspace.metrics[index] as Metric;
  if (current.parentId === null && checked.layer !== undefined && checked.layer !== 'strategy')
    return refuse('north-star-is-fixed');
  const metrics = [...workspace.metrics];
  metrics[index] = { ...current, ...checked };
  return { ok: true, workspace: { ...workspace, metrics } };
}

/** Re-parent a metric with its subtree; `index` is its place among the new siblings. */
export function moveMetric(
  workspace: Workspace,
  id: string,
  newParentId: string,
  index?: number,
): TreeResult {
  const metric = workspace.metrics.find((m) => m.id === id);
  const newParent = workspace.metrics.find((m) => m.id === newParentId);
  if (!metric || !newParent) return refuse('unknown-metric');
  if (metric.parentId === null) return refuse('north-star-is-fixed');
  const moving = subtreeIds(workspace, id);
  if (moving.has(newParentId)) return refuse('into-own-subtree');
  // Not below itself through a cross-link either: the new parent may already
  // feed this metric by one (cross-links.ts), and the tree edge would close the loop.
  if (newParentId !== metric.parentId && inputsOf(workspace, id).has(newParentId))
    return refuse('cross-link-cycle');

  const siblings = childrenOf(workspace, newParentId).filter((m) => m.id !== id);
  const place = index ?? siblings.length;
  if (place < 0 || place > siblings.length) return refuse('index-out-of-range');

  // A metric moved under a lower layer drops to at least that layer, and so
  // does everything below it.
  const minimumRank = layerRank(childLayer(newParent));
  const relayer = (m: Metric): Metric =>
    layerRank(m.layer) < minimumRank ? { ...m, layer: LAYERS[minimumRank] as Layer } : m;

  const moved = { ...relayer(metric), parentId: newParentId };
  const rest = workspace.metrics
    .filter((m) => m.id !== id)
    .map((m) => (moving.has(m.id) ? relayer(m) : m));
  // a cross-link to the new tree parent would now duplicate the tree edge
  moved.crossParentIds = moved.crossParentIds.filter((p) => p !== newParentId);

  const anchor = siblings[place];
  const insertAt = anchor
    ? rest.findIndex((m) => m.id === anchor.id)
    : lastIndexOfSubtreeIn(rest, newParentId) + 1;
  rest.splice(insertAt, 0, moved);
  return { ok: true, workspace: { ...workspace, metrics: rest } };
}

/** Move a metric among its siblings without changing its parent. */
export function reorderMetric(workspace: Workspace, id: string, index: number): TreeResult {
  const metric = workspace.metrics.find((m) => m.id === id);
  if (!metric) return refuse('unknown-metric');
  if (metric.parentId === null) return refuse('north-star-is-fixed');
  return moveMetric(workspace, id, metric.parentId, index);
}

/**
 * Delete a metric and everything below it, with every reference to the deleted
 * metrics: cross-links, duty links, actuals.
 */
export function deleteSubtree(workspace: Workspace, id: string): TreeResult {
  const metric = workspace.metrics.find((m) => m.id === id);
  if (!metric) return refuse('unknown-metric');
  if (metric.parentId === null) return refuse('north-star-is-fixed');
  const gone = subtreeIds(workspace, id);
  return {
    ok: true,
    workspace: {
      ...workspace,
      metrics: workspace.metrics.filter((m) => !gone.has(m.id)).map((m) => forgetMetrics(m, gone)),
      positions: workspace.positions.map((position) => ({
        ...position,
        duties: position.duties.map((duty) => ({
          ...duty,
          metricIds: duty.metricIds.filter((metricId) => !gone.has(metricId)),
        })),
      })),
      actuals: workspace.actuals.filter((a) => !gone.has(a.metricId)),
    },
  };
}

/**
 * A remaining metric without its links to deleted ones: cross-links, and the
 * relation's coefficient and ratio roles. A custom formula keeps its text: the
 * math reports the reference as unknown, which tells the room what to fix,
 * where silently rewriting the formula would change its meaning.
 */
function forgetMetrics(metric: Metric, gone: ReadonlySet<string>): Metric {
  const { relation } = metric;
  const crossGone = metric.crossParentIds.some((p) => gone.has(p));
  const coefficientsGone = Object.keys(relation.coefficients).some((key) => gone.has(key));
  const roleGone =
    (relation.numeratorId !== null && gone.has(relation.numeratorId)) ||
    (relation.denominatorId !== null && gone.has(relation.denominatorId));
  if (!crossGone && !coefficientsGone && !roleGone) return metric;
  return {
    ...metric,
    crossParentIds: metric.crossParentIds.filter((p) => !gone.has(p)),
    relation: {
      ...relation,
      coefficients: Object.fromEntries(
        Object.entries(relation.coefficients).filter(([key]) => !gone.has(key)),
      ),
      numeratorId:
        relation.numeratorId !== null && gone.has(relation.numeratorId)
          ? null
          : relation.numeratorId,
      denominatorId:
        relation.denominatorId !== null && gone.has(relation.denominatorId)
          ? null
          : relation.denominatorId,
    },
  };
}

function lastIndexOfSubtree(workspace: Workspace, rootId: string): number {
  return lastIndexOfSubtreeIn(workspace.metrics, rootId);
}

/** Index in `metrics` of the last metric that is `rootId` or below it. */
function lastIndexOfSubtreeIn(metrics: Metric[], rootId: string): number {
  const family = subtreeIds({ metrics } as Workspace, rootId);
  let last = -1;
  metrics.forEach((m, i) => {
    if (family.has(m.id)) last = i;
  });
  return last;
}
