import { subtreeIds, type TreeError } from '../../shared/metrics/tree';
import type { Metric } from '../../shared/workspace/schema';
import { cachedLayout } from '../canvas/layout';
import { neighbourInDirection, type Direction } from '../canvas/navigation';
import { t } from '../i18n/i18n';
import type { StudioContext } from './context';

/**
 * Commands on the metric tree, as the facilitator triggers them from the
 * keyboard, a button or a menu. Each is one gesture and one undo step.
 */

function selectedMetric(ctx: StudioContext): Metric | null {
  const id = ctx.ui.getState().selectedId;
  const workspace = ctx.documents.getState().workspace;
  return (id && workspace?.metrics.find((m) => m.id === id)) || null;
}

function refuse(ctx: StudioContext, error: TreeError): void {
  ctx.ui.getState().toast({ key: `errors:tree.${error}` }, 'error');
}

/** Add a child below the selected metric (Tab / Insert / the + button) and start naming it. */
export function addChild(ctx: StudioContext, parentId?: string): string | null {
  const parent = parentId ?? ctx.ui.getState().selectedId;
  if (!parent) {
    ctx.ui.getState().toast({ key: 'ui:canvas.selectFirst' });
    return null;
  }
  return addAndEdit(ctx, parent);
}

/** Add a sibling right after the selected metric (Enter); on the North Star, a child. */
export function addSibling(ctx: StudioContext): string | null {
  const metric = selectedMetric(ctx);
  if (!metric) return addChild(ctx);
  if (metric.parentId === null) return addAndEdit(ctx, metric.id);
  const workspace = ctx.documents.getState().workspace;
  const siblings = workspace?.metrics.filter((m) => m.parentId === metric.parentId) ?? [];
  return addAndEdit(ctx, metric.parentId, siblings.indexOf(metric) + 1);
}

function addAndEdit(ctx: StudioContext, parentId: string, index?: number): string | null {
  const name = t('ui:metric.newName', { lng: ctx.ui.getState().locale });
  const result = ctx.documents.getState().addChildMetric(parentId, { name }, index);
  if (!result.ok) {
    refuse(ctx, result.error);
    return null;
  }
  ctx.ui.getState().select(result.id);
  ctx.ui.getState().requestFocus('metric-name');
  return result.id;
}

/** Delete the selected metric; with sub-metrics only after the user confirmed. */
export async function deleteSelected(ctx: StudioContext): Promise<void> {
  const metric = selectedMetric(ctx);
  const workspace = ctx.documents.getState().workspace;
  if (!metric || !workspace) return;
  if (metric.parentId === null) {
    refuse(ctx, 'north-star-is-fixed');
    return;
  }
  const below = subtreeIds(workspace, metric.id).size - 1;
  if (below > 0) {
    const choice = await ctx.ui.getState().askChoice<'delete' | 'cancel'>({
      kind: 'choice',
      tone: 'warning',
      title: { key: 'ui:dialogs.deleteMetric.title' },
      lines: [{ key: 'ui:dialogs.deleteMetric.body', params: { name: metric.name, count: below } }],
      choices: [
        { id: 'delete', label: { key: 'ui:dialogs.deleteMetric.confirm' }, danger: true },
        { id: 'cancel', label: { key: 'ui:dialogs.cancel' }, primary: true },
      ],
      cancel: 'cancel',
    });
    if (choice !== 'delete') return;
  }
  const result = ctx.documents.getState().deleteMetric(metric.id);
  if (!result.ok) return refuse(ctx, result.error);
  // Selection moves up, so that Delete, Delete... walks up a branch.
  ctx.ui.getState().select(metric.parentId);
  ctx.ui.getState().requestFocus('canvas');
}

export function undo(ctx: StudioContext): void {
  travel(ctx, () => ctx.documents.getState().undo());
}

export function redo(ctx: StudioContext): void {
  travel(ctx, () => ctx.documents.getState().redo());
}

/** Undo/redo, keeping the selection on something that still exists. */
function travel(ctx: StudioContext, step: () => boolean): void {
  const before = selectedMetric(ctx);
  if (!step()) return;
  const metrics = ctx.documents.getState().workspace?.metrics ?? [];
  if (!before || metrics.some((m) => m.id === before.id)) return;
  // The selected metric was just undone away: fall back to where it hung.
  const parent = metrics.find((m) => m.id === before.parentId);
  ctx.ui.getState().select(parent?.id ?? metrics.find((m) => m.parentId === null)?.id ?? null);
}

/** Arrow keys: move the selection to the nearest box in that direction. */
export function moveSelection(ctx: StudioContext, direction: Direction): void {
  const workspace = ctx.documents.getState().workspace;
  if (!workspace) return;
  const current = ctx.ui.getState().selectedId;
  if (!current) {
    ctx.ui.getState().select(workspace.metrics.find((m) => m.parentId === null)?.id ?? null);
    return;
  }
  const next = neighbourInDirection(cachedLayout(workspace.metrics), current, direction);
  if (next) ctx.ui.getState().select(next);
}
