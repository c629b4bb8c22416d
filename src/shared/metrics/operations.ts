import type { Guardrail, Workspace } from '../workspace/schema';
import { addMetrics, type NewMetric } from './add-metrics';
import { addCollaborator, assignDepartment, assignOwner, removeCollaborator } from './assignments';
import { linkMetric, unlinkMetric } from './cross-links';
import { setGapTolerance, type GapTolerance } from './gap-tolerance';
import { addGuardrail, deleteGuardrail, updateGuardrail, type GuardrailPatch } from './guardrails';
import type { MetricPatch, NewMetricFields } from './metric-patch';
import {
  addChildMetric,
  deleteSubtree,
  moveMetric,
  reorderMetric,
  updateMetric,
  type TreeError,
} from './tree';

/**
 * The tree operations as data: what a transaction (document store) or a
 * gesture preview is made of.
 *
 * Data, not closures, because a transaction is more than something to run
 * once: a gesture whose document changed under it is re-applied to the new
 * one, a failure names the operation that failed, and the change log the
 * method needs (who changed which target, and why) can record the very
 * operations that were applied. A closure can do none of that. An operation
 * that creates a metric carries its id, so that applying it twice gives the
 * same document (a preview and its commit agree on what is selected).
 */
export type TreeOperation =
  /** One child, at the end of its siblings or at `index` among them. */
  | { kind: 'add'; parentId: string; fields: NewMetricFields & { id: string }; index?: number }
  /** Many metrics in one linear pass (an import, a split): `addMetrics`. */
  | { kind: 'add-many'; items: readonly (NewMetric & { id: string })[] }
  | { kind: 'update'; id: string; patch: MetricPatch }
  /** Re-parent a metric with its subtree; `index` among the new siblings. */
  | { kind: 'move'; id: string; parentId: string; index?: number }
  | { kind: 'reorder'; id: string; index: number }
  /** The metric with everything below it, and every reference to them. */
  | { kind: 'delete'; id: string }
  /** Cross-bound (交叉绑定, cross-links.ts): metric `id` also feeds `parentId`, or no longer does. */
  | { kind: 'link'; id: string; parentId: string }
  | { kind: 'unlink'; id: string; parentId: string }
  /** Owner, collaborators and department (assignments.ts): a person is never both owner and collaborator. */
  | { kind: 'assign-owner'; id: string; personId: string | null }
  | { kind: 'add-collaborator'; id: string; personId: string }
  | { kind: 'remove-collaborator'; id: string; personId: string }
  | { kind: 'assign-department'; id: string; departmentId: string | null }
  /** Guardrails (护栏指标, guardrails.ts): beside the North Star, outside the tree's math. */
  | { kind: 'add-guardrail'; guardrail: Guardrail; index?: number }
  | { kind: 'update-guardrail'; id: string; patch: GuardrailPatch }
  | { kind: 'delete-guardrail'; id: string }
  /** The workspace's gap tolerance (gap-tolerance.ts). */
  | { kind: 'set-gap-tolerance'; tolerance: GapTolerance };

export type OperationsResult =
  | { ok: true; workspace: Workspace }
  /** `failedAt`: the index of the operation that was refused; none of them is applied. */
  | { ok: false; error: TreeError; failedAt: number };

/** Apply the operations in order, all or nothing: the first refusal aborts the lot. */
export function applyOperations(
  workspace: Workspace,
  operations: readonly TreeOperation[],
): OperationsResult {
  let current = workspace;
  for (const [failedAt, operation] of operations.entries()) {
    const result = applyOne(current, operation);
    if (!result.ok) return { ok: false, error: result.error, failedAt };
    current = result.workspace;
  }
  return { ok: true, workspace: current };
}

function applyOne(
  workspace: Workspace,
  operation: TreeOperation,
): { ok: true; workspace: Workspace } | { ok: false; error: TreeError } {
  switch (operation.kind) {
    case 'add': {
      const { parentId, fields, index } = operation;
      const added = addChildMetric(workspace, parentId, fields);
      if (!added.ok || index === undefined) return added;
      return moveMetric(added.workspace, added.metric.id, parentId, index);
    }
    case 'add-many':
      return addMetrics(workspace, operation.items);
    case 'update':
      return updateMetric(workspace, operation.id, operation.patch);
    case 'move':
      return moveMetric(workspace, operation.id, operation.parentId, operation.index);
    case 'reorder':
      return reorderMetric(workspace, operation.id, operation.index);
    case 'delete':
      return deleteSubtree(workspace, operation.id);
    case 'link':
      return linkMetric(workspace, operation.id, operation.parentId);
    case 'unlink':
      return unlinkMetric(workspace, operation.id, operation.parentId);
    case 'assign-owner':
      return assignOwner(workspace, operation.id, operation.personId);
    case 'add-collaborator':
      return addCollaborator(workspace, operation.id, operation.personId);
    case 'remove-collaborator':
      return removeCollaborator(workspace, operation.id, operation.personId);
    case 'assign-department':
      return assignDepartment(workspace, operation.id, operation.departmentId);
    case 'add-guardrail':
      return addGuardrail(workspace, operation.guardrail, operation.index);
    case 'update-guardrail':
      return updateGuardrail(workspace, operation.id, operation.patch);
    case 'delete-guardrail':
      return deleteGuardrail(workspace, operation.id);
    case 'set-gap-tolerance':
      return setGapTolerance(workspace, operation.tolerance);
  }
}
