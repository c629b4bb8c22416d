import { metricSchema, type Metric, type Relation, type Workspace } from '../workspace/schema';
import type { NewMetric } from './add-metrics';
import type { NewMetricFields } from './metric-patch';

/**
 * Copy and paste of a branch (a metric with everything below it), as pure
 * data: `copyBranch` takes a snapshot, `branchCopies` turns it into the items
 * of one `add-many` operation under a new parent, with fresh ids. Pasting is
 * then an ordinary transaction: all or nothing, one undo step, replayable
 * (the ids are in the items).
 *
 * What a copy keeps and what it does not, and why:
 * - Kept: name, layer (lowered under a lower parent, as a move does),
 *   definition, numbers, owner, collaborators, department, weight, kind,
 *   due date, milestones (fresh ids), tags, the relation to its children.
 * - Links inside the branch point at the copies: cross-links, a weighted
 *   sum's coefficients, a ratio's numerator and denominator, `{id}`
 *   references in a custom formula.
 * - Links out of the branch are dropped: a copy of a cross-bound metric is
 *   not cross-bound. A cross-link makes the metric count in a second
 *   parent's math, and a paste must not silently change the totals of
 *   metrics far away from where the copy lands; the room adds the link again
 *   if it wants it. A formula's text is the exception: it keeps its text (as
 *   deleteSubtree does), and the math reports the reference it cannot use.
 * - Reset: `position` (a copy is laid out automatically; on top of the
 *   original it would hide it), `status` (the room agreed on the original,
 *   not on the copy). Duty links and actuals stay with the original.
 * - People and departments the document does not have (a branch copied from
 *   another workspace) are left out rather than breaking the file.
 * - Fields this build does not know (a newer minor version's) are not
 *   copied: a copy is a new metric, and `add-many` accepts known fields only.
 */

/** A branch as copied: its metrics from the root down, parents before children, siblings in order. */
export interface BranchCopy {
  readonly rootId: string;
  readonly metrics: readonly Metric[];
}

export function copyBranch(workspace: Workspace, rootId: string): BranchCopy | null {
  const root = workspace.metrics.find((m) => m.id === rootId);
  if (!root) return null;
  const children = new Map<string, Metric[]>();
  for (const metric of workspace.metrics) {
    if (metric.parentId === null) continue;
    const siblings = children.get(metric.parentId);
    if (siblings) siblings.push(metric);
    else children.set(metric.parentId, [metric]);
  }
  // Pre-order by hand: the array order is the sibling order, but after a move
  // a child can sit before its parent in the array, and add-many needs
  // parents first. Iterative: a deep tree must not overflow the stack.
  const metrics: Metric[] = [];
  const seen = new Set<string>();
  const stack: Metric[] = [root];
  while (stack.length > 0) {
    const metric = stack.pop() as Metric;
    if (seen.has(metric.id)) continue;
    seen.add(metric.id);
    metrics.push(metric);
    const below = children.get(metric.id) ?? [];
    for (let i = below.length - 1; i >= 0; i--) stack.push(below[i] as Metric);
  }
  return { rootId, metrics };
}

export interface BranchCopyOptions {
  /** Fresh ids (`newId` from shared/ids in the app; a counter in tests). */
  newId: (prefix: string) => string;
  /** The root copy's name, e.g. 「…（副本）」 for a duplicate; the original's by default. */
  rootName?: string;
}

/** One item of the `add-many` that pastes a branch; its id is fixed, so the operation replays. */
export type CopiedMetric = NewMetric & { id: string };

/** The fields a new metric may be given: the schema's, less the structure that add-many sets. */
const COPIED_FIELDS = Object.keys(metricSchema.shape).filter(
  (key) => key !== 'id' && key !== 'parentId',
);

/**
 * The branch as new metrics under `parentId` of `target` (the document it is
 * pasted into, which may not be the one it was copied from). The root copy
 * comes first; apply with `{ kind: 'add-many', items }`.
 */
export function branchCopies(
  copy: BranchCopy,
  target: Workspace,
  parentId: string,
  options: BranchCopyOptions,
): { rootId: string; items: CopiedMetric[] } {
  const fresh = new Map<string, string>();
  for (const metric of copy.metrics) fresh.set(metric.id, options.newId('m'));
  const people = new Set(target.people.map((p) => p.id));
  const departments = new Set(target.departments.map((d) => d.id));
  const inside = (id: string | null): string | null =>
    id === null ? null : (fresh.get(id) ?? null);

  const items = copy.metrics.map((metric): CopiedMetric => {
    const known = Object.fromEntries(
      COPIED_FIELDS.filter((key) => key in metric).map((key) => [key, metric[key]]),
    ) as Partial<NewMetricFields>;
    const isRoot = metric.id === copy.rootId;
    return {
      ...known,
      id: fresh.get(metric.id) as string,
      parentId: isRoot ? parentId : (inside(metric.parentId) as string),
      name: isRoot && options.rootName !== undefined ? options.rootName : metric.name,
      crossParentIds: metric.crossParentIds.flatMap((id) => inside(id) ?? []),
      relation: remapRelation(metric.relation, fresh),
      ownerId: metric.ownerId !== null && people.has(metric.ownerId) ? metric.ownerId : null,
      collaboratorIds: metric.collaboratorIds.filter((id) => people.has(id)),
      departmentId:
        metric.departmentId !== null && departments.has(metric.departmentId)
          ? metric.departmentId
          : null,
      milestones: metric.milestones.map((milestone) => ({
        ...milestone,
        id: options.newId('ms'),
      })),
      position: null,
      status: 'draft',
    };
  });
  return { rootId: fresh.get(copy.rootId) as string, items };
}

function remapRelation(relation: Relation, fresh: ReadonlyMap<string, string>): Relation {
  const remap = (id: string | null) => (id === null ? null : (fresh.get(id) ?? null));
  return {
    ...relation,
    coefficients: Object.fromEntries(
      Object.entries(relation.coefficients).flatMap(([id, value]) => {
        const copied = fresh.get(id);
        return copied === undefined ? [] : [[copied, value]];
      }),
    ),
    numeratorId: remap(relation.numeratorId),
    denominatorId: remap(relation.denominatorId),
    formula: relation.formula.replace(/\{([^{}]+)\}/g, (reference: string, id: string) => {
      const copied = fresh.get(id);
      return copied === undefined ? reference : `{${copied}}`;
    }),
  };
}
