import { newId } from '../../shared/ids';
import { branchCopies, copyBranch, type BranchCopy } from '../../shared/metrics/copy-branch';
import type { TreeOperation } from '../../shared/metrics/operations';
import type { TreeError } from '../../shared/metrics/tree';
import type { Metric } from '../../shared/workspace/schema';
import { t } from '../i18n/i18n';
import type { StudioContext } from './context';

/**
 * Copy (Ctrl+C), paste (Ctrl+V) and duplicate (Ctrl+D) of a branch: the
 * selected metric with everything below it. What a copy keeps is decided in
 * shared/metrics/copy-branch.ts. The clipboard is the app's own (UI store):
 * it holds metrics, not text, and outlives a document switch.
 */

/** The longest name the schema allows (metricSchema.name). */
const NAME_MAX = 200;

function selectedMetric(ctx: StudioContext): Metric | null {
  const id = ctx.ui.getState().selectedId;
  const workspace = ctx.documents.getState().workspace;
  return (id && workspace?.metrics.find((m) => m.id === id)) || null;
}

function refuse(ctx: StudioContext, error: TreeError): void {
  ctx.ui.getState().toast({ key: `errors:tree.${error}` }, 'error');
}

/** Ctrl+C: the selected branch goes to the clipboard; a toast says what was copied. */
export function copySelected(ctx: StudioContext): BranchCopy | null {
  const metric = selectedMetric(ctx);
  const workspace = ctx.documents.getState().workspace;
  if (!metric || !workspace) {
    ctx.ui.getState().toast({ key: 'ui:canvas.selectFirst' });
    return null;
  }
  const copy = copyBranch(workspace, metric.id);
  if (!copy) return null;
  ctx.ui.getState().setClipboard(copy);
  ctx.ui.getState().toast({
    key: 'ui:canvas.copied',
    params: { name: metric.name, count: copy.metrics.length },
  });
  return copy;
}

/** Ctrl+V: the copied branch as the last children of the selected metric; the copy is selected. */
export function pasteBranch(ctx: StudioContext): string | null {
  const copy = ctx.ui.getState().clipboard;
  if (!copy) {
    ctx.ui.getState().toast({ key: 'ui:canvas.nothingToPaste' });
    return null;
  }
  const parent = selectedMetric(ctx);
  const workspace = ctx.documents.getState().workspace;
  if (!parent || !workspace) {
    ctx.ui.getState().toast({ key: 'ui:canvas.selectFirst' });
    return null;
  }
  const { rootId, items } = branchCopies(copy, workspace, parent.id, { newId });
  return apply(ctx, 'paste', [{ kind: 'add-many', items }], rootId);
}

/** Ctrl+D: a copy of the selected branch right after it, under the same parent, named 「…（副本）」. */
export function duplicateSelected(ctx: StudioContext): string | null {
  const metric = selectedMetric(ctx);
  const workspace = ctx.documents.getState().workspace;
  if (!metric || !workspace) {
    ctx.ui.getState().toast({ key: 'ui:canvas.selectFirst' });
    return null;
  }
  if (metric.parentId === null) {
    ctx.ui.getState().toast({ key: 'ui:canvas.northStarIsUnique' }, 'error');
    return null;
  }
  const copy = copyBranch(workspace, metric.id);
  if (!copy) return null;
  const { rootId, items } = branchCopies(copy, workspace, metric.parentId, {
    newId,
    rootName: copyName(ctx, metric.name),
  });
  const siblings = workspace.metrics.filter((m) => m.parentId === metric.parentId);
  return apply(
    ctx,
    'duplicate',
    // add-many puts the copy last among its siblings; the reorder puts it
    // right after the original. One transaction: one undo step.
    [
      { kind: 'add-many', items },
      { kind: 'reorder', id: rootId, index: siblings.indexOf(metric) + 1 },
    ],
    rootId,
  );
}

function apply(
  ctx: StudioContext,
  label: 'paste' | 'duplicate',
  operations: TreeOperation[],
  rootId: string,
): string | null {
  const result = ctx.documents.getState().transact(label, operations);
  if (!result.ok) {
    refuse(ctx, result.error);
    return null;
  }
  ctx.ui.getState().select(rootId);
  ctx.ui.getState().requestFocus('canvas');
  return rootId;
}

/** 「名称（副本）」, shortened so that it still fits the schema's limit. */
function copyName(ctx: StudioContext, name: string): string {
  const lng = ctx.ui.getState().locale;
  const suffixLength = t('ui:canvas.copyName', { name: '', lng }).length;
  let fitted = '';
  // By code point, so that a name is never cut inside a character.
  for (const character of name) {
    if (fitted.length + character.length > NAME_MAX - suffixLength) break;
    fitted += character;
  }
  return t('ui:canvas.copyName', { name: fitted, lng });
}
