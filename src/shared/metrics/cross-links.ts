import type { Metric, Workspace } from '../workspace/schema';

/**
 * Cross-bound metrics (交叉绑定): a metric M may also feed a second parent P
 * (new-product revenue counted by sales and by product). M's tree parent is
 * `parentId`; the further ones are `crossParentIds`. Both kinds of edge mean
 * "M feeds P", and together they must never loop: a metric that ends up
 * feeding itself has no defined target.
 *
 * A new edge M → P loops exactly when P already feeds M (directly or through
 * others), so every check here is "is P among M's inputs".
 */

export type CrossLinkError =
  | 'unknown-metric'
  | 'cross-link-self'
  | 'cross-link-north-star'
  | 'cross-link-tree-parent'
  | 'cross-link-exists'
  | 'cross-link-cycle';

export type CrossLinkCheck = { ok: true } | { ok: false; error: CrossLinkError };

type LinkResult = { ok: true; workspace: Workspace } | { ok: false; error: CrossLinkError };

/**
 * Everything that feeds `id`, directly or not: its children and the metrics
 * cross-linked to it, then theirs. `id` itself is not included.
 */
export function inputsOf(workspace: Workspace, id: string): Set<string> {
  const fedBy = new Map<string, string[]>();
  const feed = (parent: string, child: string) => {
    const list = fedBy.get(parent);
    if (list) list.push(child);
    else fedBy.set(parent, [child]);
  };
  for (const metric of workspace.metrics) {
    if (metric.parentId !== null) feed(metric.parentId, metric.id);
    for (const parent of metric.crossParentIds) feed(parent, metric.id);
  }
  const inputs = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    for (const child of fedBy.get(current) ?? []) {
      if (child === id || inputs.has(child)) continue;
      inputs.add(child);
      stack.push(child);
    }
  }
  return inputs;
}

/** Whether `metricId` may also feed `parentId`, and if not, why. */
export function canLink(workspace: Workspace, metricId: string, parentId: string): CrossLinkCheck {
  const metric = workspace.metrics.find((m) => m.id === metricId);
  const parent = workspace.metrics.find((m) => m.id === parentId);
  if (!metric || !parent) return { ok: false, error: 'unknown-metric' };
  if (metricId === parentId) return { ok: false, error: 'cross-link-self' };
  if (metric.parentId === null) return { ok: false, error: 'cross-link-north-star' };
  if (metric.parentId === parentId) return { ok: false, error: 'cross-link-tree-parent' };
  if (metric.crossParentIds.includes(parentId)) return { ok: false, error: 'cross-link-exists' };
  if (inputsOf(workspace, metricId).has(parentId)) return { ok: false, error: 'cross-link-cycle' };
  return { ok: true };
}

/** `metricId` also feeds `parentId`; refused as canLink says. */
export function linkMetric(workspace: Workspace, metricId: string, parentId: string): LinkResult {
  const check = canLink(workspace, metricId, parentId);
  if (!check.ok) return check;
  return {
    ok: true,
    workspace: withMetric(workspace, metricId, (m) => ({
      ...m,
      crossParentIds: [...m.crossParentIds, parentId],
    })),
  };
}

/** `metricId` no longer feeds `parentId`; a link that is not there changes nothing. */
export function unlinkMetric(workspace: Workspace, metricId: string, parentId: string): LinkResult {
  const metric = workspace.metrics.find((m) => m.id === metricId);
  if (!metric) return { ok: false, error: 'unknown-metric' };
  if (!metric.crossParentIds.includes(parentId)) return { ok: true, workspace };
  return {
    ok: true,
    workspace: withMetric(workspace, metricId, (m) => ({
      ...m,
      crossParentIds: m.crossParentIds.filter((p) => p !== parentId),
    })),
  };
}

/**
 * The metrics `metricId` could also feed, in document order: one pass over
 * its inputs, then a filter (the inspector's picker, on thousands of metrics).
 */
export function linkCandidates(workspace: Workspace, metricId: string): Metric[] {
  const metric = workspace.metrics.find((m) => m.id === metricId);
  if (!metric || metric.parentId === null) return [];
  const inputs = inputsOf(workspace, metricId);
  return workspace.metrics.filter(
    (p) =>
      p.id !== metricId &&
      p.id !== metric.parentId &&
      !metric.crossParentIds.includes(p.id) &&
      !inputs.has(p.id),
  );
}

/** The metrics cross-linked into `parentId` (they also feed it). */
export function crossInputsOf(workspace: Workspace, parentId: string): Metric[] {
  return workspace.metrics.filter((m) => m.crossParentIds.includes(parentId));
}

/** Whether tree and cross edges together loop anywhere. */
export const hasFeedCycle = (workspace: Workspace): boolean => feedCycleAt(workspace) !== null;

/**
 * A metric on a loop of tree and cross edges together, or null when there is
 * none. The operations above never make one; a file from outside may bring
 * one, and findViolations refuses it (roll-ups follow cross-links).
 */
export function feedCycleAt(workspace: Workspace): string | null {
  const feeds = new Map<string, string[]>();
  for (const metric of workspace.metrics) {
    const parents = metric.parentId === null ? [] : [metric.parentId];
    feeds.set(metric.id, [...parents, ...metric.crossParentIds]);
  }
  // Iterative three-colour depth-first search: 1 = on the path, 2 = done.
  const state = new Map<string, 1 | 2>();
  for (const start of feeds.keys()) {
    if (state.has(start)) continue;
    const stack: Array<{ id: string; next: number }> = [{ id: start, next: 0 }];
    state.set(start, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const out = feeds.get(top.id) ?? [];
      if (top.next >= out.length) {
        state.set(top.id, 2);
        stack.pop();
        continue;
      }
      const next = out[top.next++]!;
      const seen = state.get(next);
      if (seen === 1) return next;
      if (seen === undefined) {
        state.set(next, 1);
        stack.push({ id: next, next: 0 });
      }
    }
  }
  return null;
}

function withMetric(workspace: Workspace, id: string, change: (m: Metric) => Metric): Workspace {
  return {
    ...workspace,
    metrics: workspace.metrics.map((m) => (m.id === id ? change(m) : m)),
  };
}
