import type { Metric, Workspace } from '../../../shared/workspace/schema';

/**
 * Which metrics a big tree shows: pure functions over the document and the
 * view state (collapsed branches, a focused branch, a search, a filter). No
 * React and no store, so they are unit-tested and each runs once per change.
 */

export interface TreeIndex {
  byId: ReadonlyMap<string, Metric>;
  children: ReadonlyMap<string, readonly Metric[]>;
}

const indexCache = new WeakMap<readonly Metric[], TreeIndex>();

/** Parent → children, once per metrics array (documents are immutable). */
export function treeIndex(metrics: readonly Metric[]): TreeIndex {
  const hit = indexCache.get(metrics);
  if (hit) return hit;
  const byId = new Map<string, Metric>();
  const children = new Map<string, Metric[]>();
  for (const metric of metrics) {
    byId.set(metric.id, metric);
    if (metric.parentId === null) continue;
    const list = children.get(metric.parentId);
    if (list) list.push(metric);
    else children.set(metric.parentId, [metric]);
  }
  const index = { byId, children };
  indexCache.set(metrics, index);
  return index;
}

/** The metric's ancestors, nearest first (tree parents only). */
export function ancestorsOf(index: TreeIndex, id: string): string[] {
  const ancestors: string[] = [];
  const seen = new Set<string>([id]);
  let parent = index.byId.get(id)?.parentId ?? null;
  while (parent !== null && !seen.has(parent)) {
    ancestors.push(parent);
    seen.add(parent);
    parent = index.byId.get(parent)?.parentId ?? null;
  }
  return ancestors;
}

/** How many metrics sit below `id` (all levels). */
export function descendantCount(index: TreeIndex, id: string): number {
  let count = 0;
  const stack = [id];
  while (stack.length > 0) {
    for (const child of index.children.get(stack.pop()!) ?? []) {
      count++;
      stack.push(child.id);
    }
  }
  return count;
}

export interface ViewState {
  collapsed: ReadonlySet<string>;
  /** Only this branch and its path to the North Star, or everything (null). */
  focusId: string | null;
}

/**
 * The metrics on screen, in document order (sibling order is array order).
 * Nothing hidden gives back the same array, so the layout cache still hits.
 */
export function visibleMetrics(metrics: Metric[], view: ViewState): Metric[] {
  if (view.collapsed.size === 0 && view.focusId === null) return metrics;
  const index = treeIndex(metrics);
  const shown = new Set<string>();
  const root = metrics.find((m) => m.parentId === null);
  const focus = view.focusId !== null && index.byId.has(view.focusId) ? view.focusId : null;
  const start = focus ?? root?.id;
  if (start === undefined) return metrics;
  if (focus) for (const id of ancestorsOf(index, focus)) shown.add(id);
  // Walk down from the start; a collapsed box is shown, its children are not.
  const stack = [start];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (shown.has(id) && id !== start) continue;
    shown.add(id);
    if (view.collapsed.has(id)) continue;
    for (const child of index.children.get(id) ?? []) stack.push(child.id);
  }
  if (shown.size === metrics.length) return metrics;
  return metrics.filter((m) => shown.has(m.id));
}

/** Compare names the way a person types them: full-width = half-width, any case. */
export const searchKey = (text: string): string =>
  text.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();

/** Metrics whose name or owner's name contains the query, in document (tree) order. */
export function searchMetrics(workspace: Workspace, query: string): Metric[] {
  const key = searchKey(query);
  if (key === '') return [];
  const owners = new Map(workspace.people.map((p) => [p.id, searchKey(p.name)]));
  return workspace.metrics.filter(
    (m) =>
      searchKey(m.name).includes(key) ||
      (m.ownerId !== null && (owners.get(m.ownerId) ?? '').includes(key)),
  );
}

export interface FilterSpec {
  kind: 'department' | 'owner' | 'layer';
  id: string;
}

/**
 * The metrics a filter dims: all but its matches and the path from each match
 * up to the North Star (so the room still sees what a match feeds). null = no
 * filter; `matches` counts the matches alone.
 */
export function filterDimmed(
  metrics: readonly Metric[],
  filter: FilterSpec | null,
): { dimmed: ReadonlySet<string>; matches: number } | null {
  if (filter === null) return null;
  const index = treeIndex(metrics);
  const lit = new Set<string>();
  let matches = 0;
  for (const metric of metrics) {
    const hit =
      filter.kind === 'department'
        ? metric.departmentId === filter.id
        : filter.kind === 'owner'
          ? metric.ownerId === filter.id
          : metric.layer === filter.id;
    if (!hit) continue;
    matches++;
    lit.add(metric.id);
    for (const id of ancestorsOf(index, metric.id)) {
      if (lit.has(id)) break;
      lit.add(id);
    }
  }
  const dimmed = new Set(metrics.filter((m) => !lit.has(m.id)).map((m) => m.id));
  return { dimmed, matches };
}
