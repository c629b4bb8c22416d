import { newId } from '../../shared/ids';
import {
  formulaInWords,
  planSplit,
  previewSplit,
  relationOf,
  type SplitChoices,
  type SplitProblem,
} from '../../shared/metrics/split-plan';
import type { TreeError } from '../../shared/metrics/tree';
import { treeViewStore } from '../canvas/big-tree/tree-view-store';
import type { StudioContext } from './context';

/**
 * The split wizard (拆解) as commands: open it on the selected metric (the
 * inspector's button, the S key), and make the split it was asked for as one
 * transaction, one undo step 「撤销拆分」/ "Undo split".
 */

/** Open the wizard on `parentId` (or the selected metric); afterwards the parent stays selected. */
export async function openSplitWizard(ctx: StudioContext, parentId?: string): Promise<void> {
  const ui = ctx.ui.getState();
  const id = parentId ?? ui.selectedId;
  const workspace = ctx.documents.getState().workspace;
  if (!id || !workspace?.metrics.some((m) => m.id === id)) {
    ui.toast({ key: 'ui:canvas.selectFirst' });
    return;
  }
  await ui.askSplit({ kind: 'split', parentId: id });
  // Created or not, the parent stays selected: the inspector shows its new
  // relation, and the room sees its new children right under it.
  ctx.ui.getState().select(id);
  ctx.ui.getState().requestFocus('canvas');
}

export type SplitResult =
  | { ok: true; childIds: string[] }
  | { ok: false; problems: SplitProblem[] }
  | { ok: false; error: TreeError };

/**
 * Create the children and set the parent's relation, all in one step. The
 * wizard calls this on Create and stays open with the reasons when it is
 * refused, so nothing typed is lost.
 */
export function createSplit(
  ctx: StudioContext,
  parentId: string,
  choices: SplitChoices,
): SplitResult {
  const workspace = ctx.documents.getState().workspace;
  if (!workspace) return { ok: false, error: 'unknown-metric' };
  const plan = planSplit(workspace, parentId, choices, () => newId('m'));
  if (!plan.ok) {
    return plan.problems.length > 0
      ? { ok: false, problems: plan.problems }
      : { ok: false, error: 'unknown-metric' };
  }
  const result = ctx.documents.getState().transact('split', plan.operations);
  if (!result.ok) return { ok: false, error: result.error };
  // The room should see what it just made: the new boxes may have landed below the fold.
  const view = treeViewStore.getState();
  view.expand([parentId]);
  view.requestView({ kind: 'show', ids: [parentId, ...plan.childIds] });

  const parent = workspace.metrics.find((m) => m.id === parentId);
  if (parent) {
    const words = formulaInWords(choices, previewSplit(parent, choices));
    ctx.ui.getState().toast({
      key: `ui:splitWizard.done.${relationOf(choices)}`,
      params: { name: parent.name, count: plan.childIds.length, formula: words ?? '' },
    });
  }
  return { ok: true, childIds: plan.childIds };
}
