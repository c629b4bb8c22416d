import { splitDown, type SplitDownResult, type SplitMethod } from '../../shared/math/split-down';
import type { GapTolerance } from '../../shared/metrics/gap-tolerance';
import type { TreeOperation } from '../../shared/metrics/operations';
import type { Decomposition, Relation } from '../../shared/workspace/schema';
import { rollUpCache } from '../math/roll-up-cache';
import type { StudioContext } from './context';

/**
 * The inspector's target-math edits: a metric's relation to its inputs (one
 * undo step each) and the split-down of its target (a gesture: the preview is
 * shown on the canvas, Apply makes it one step, Cancel leaves no trace).
 */

export type RelationEdit = { decomposition?: Decomposition; relation?: Partial<Relation> };

/** Change the relation or its parameters; `formula` edits get their own step name. */
export function setRelation(studio: StudioContext, id: string, edit: RelationEdit): boolean {
  const documents = studio.documents.getState();
  const metric = documents.workspace?.metrics.find((m) => m.id === id);
  if (!metric) return false;
  const patch = {
    ...(edit.decomposition ? { decomposition: edit.decomposition } : {}),
    ...(edit.relation ? { relation: { ...metric.relation, ...edit.relation } } : {}),
  };
  const onlyFormula =
    !edit.decomposition && edit.relation && Object.keys(edit.relation).join() === 'formula';
  const result = documents.transact(onlyFormula ? 'editFormula' : 'setRelation', [
    { kind: 'update', id, patch },
  ]);
  if (!result.ok) studio.ui.getState().toast({ key: `errors:tree.${result.error}` }, 'error');
  return result.ok;
}

/** The workspace's gap tolerance: one step, 「撤销修改缺口容差」. */
export function setGapTolerance(studio: StudioContext, tolerance: GapTolerance): boolean {
  const result = studio.documents
    .getState()
    .transact('editTolerance', [{ kind: 'set-gap-tolerance', tolerance }]);
  if (!result.ok) studio.ui.getState().toast({ key: `errors:tree.${result.error}` }, 'error');
  return result.ok;
}

/** The split step's label: a gesture of this label is the split-down's preview. */
export const SPLIT_STEP = 'splitTarget' as const;

/**
 * Compute the split-down on the committed document (never on a preview of an
 * earlier split) and show it on the canvas. A refusal ends any preview and is
 * returned for the inspector to word.
 */
export function previewSplit(
  studio: StudioContext,
  id: string,
  method: SplitMethod,
): SplitDownResult {
  const documents = studio.documents.getState();
  const workspace = documents.workspace;
  if (!workspace) return { ok: false, reason: { kind: 'unknown-metric' } };
  const result = splitDown(rollUpCache.of(workspace), id, method);
  if (!result.ok) {
    cancelSplit(studio);
    return result;
  }
  const operations: TreeOperation[] = result.targets.map((proposed) => ({
    kind: 'update',
    id: proposed.id,
    patch: { target: proposed.target },
  }));
  if (documents.gesture?.label !== SPLIT_STEP) documents.beginGesture(SPLIT_STEP);
  const preview = studio.documents.getState().previewGesture(operations);
  if (!preview.ok) {
    cancelSplit(studio);
    return { ok: false, reason: { kind: 'unknown-metric' } };
  }
  return result;
}

/** The preview becomes one undo step. */
export function applySplit(studio: StudioContext): boolean {
  const documents = studio.documents.getState();
  if (documents.gesture?.label !== SPLIT_STEP) return false;
  return documents.commitGesture().ok;
}

/** No trace: the committed document stays. Only a split's own preview is ended. */
export function cancelSplit(studio: StudioContext): void {
  const documents = studio.documents.getState();
  if (documents.gesture?.label === SPLIT_STEP) documents.cancelGesture();
}
