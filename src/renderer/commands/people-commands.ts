import type { TreeOperation } from '../../shared/metrics/operations';
import type { StepLabel } from '../document/history';
import { paletteDrop, type PaletteItem } from '../people-panel/palette-drop';
import type { StudioContext } from './context';
import { finishDrag } from './drag-commands';

/**
 * Owner, collaborators, department and cross-links (交叉绑定): from the
 * people and departments panel (a drag, one gesture: drag-commands.ts), from
 * a box's grow handle with Shift (a cross-link), and from the inspector (one
 * transaction). A refusal is said in a toast, as the other tree commands do.
 */

/**
 * A person or department let go over `metricId` (the drag's gesture is open):
 * one undo step, or none when it changes nothing or is refused.
 */
export function dropOnMetric(
  ctx: StudioContext,
  item: PaletteItem,
  metricId: string,
  withShift: boolean,
): boolean {
  const workspace = ctx.documents.getState().workspace;
  if (!workspace) return false;
  const drop = paletteDrop(workspace, item, metricId, withShift);
  if (drop.kind === 'refused') {
    ctx.documents.getState().cancelGesture();
    ctx.ui.getState().toast(drop.caption, 'error');
    return false;
  }
  if (!finishDrag(ctx, drop.kind === 'change' ? drop : null)) return false;
  // The box that changed is the one the inspector shows.
  ctx.ui.getState().select(metricId);
  return true;
}

/**
 * A line drawn out of `parentId`'s grow handle let go over `metricId` with
 * Shift held: `metricId` also feeds `parentId` (the drag's gesture is open).
 */
export function finishCrossLinkByDrag(
  ctx: StudioContext,
  parentId: string,
  metricId: string,
): boolean {
  const linked = finishDrag(ctx, {
    label: 'crossLink',
    operations: [{ kind: 'link', id: metricId, parentId }],
  });
  if (linked) announceLink(ctx, metricId, parentId);
  return linked;
}

export const linkMetric = (ctx: StudioContext, metricId: string, parentId: string) => {
  const linked = edit(ctx, 'crossLink', { kind: 'link', id: metricId, parentId });
  if (linked) announceLink(ctx, metricId, parentId);
  return linked;
};

export const unlinkMetric = (ctx: StudioContext, metricId: string, parentId: string) =>
  edit(ctx, 'removeCrossLink', { kind: 'unlink', id: metricId, parentId });

/** From the inspector's owner list: a collaborator made owner leaves the collaborators. */
export const assignOwner = (ctx: StudioContext, metricId: string, personId: string | null) =>
  edit(ctx, 'assignOwner', { kind: 'assign-owner', id: metricId, personId });

export const addCollaborator = (ctx: StudioContext, metricId: string, personId: string) =>
  edit(ctx, 'addCollaborator', { kind: 'add-collaborator', id: metricId, personId });

export const removeCollaborator = (ctx: StudioContext, metricId: string, personId: string) =>
  edit(ctx, 'removeCollaborator', { kind: 'remove-collaborator', id: metricId, personId });

function edit(ctx: StudioContext, label: StepLabel, operation: TreeOperation): boolean {
  const result = ctx.documents.getState().transact(label, [operation]);
  if (!result.ok) ctx.ui.getState().toast({ key: `errors:tree.${result.error}` }, 'error');
  return result.ok;
}

/** Said once it is done: the dashed line alone is easy to miss from the back of the room. */
function announceLink(ctx: StudioContext, metricId: string, parentId: string): void {
  ctx.ui.getState().select(metricId);
  const metrics = ctx.documents.getState().workspace?.metrics ?? [];
  const name = (id: string) => metrics.find((m) => m.id === id)?.name ?? '';
  ctx.ui.getState().toast({
    key: 'ui:peoplePanel.linked',
    params: { metric: name(metricId), parent: name(parentId) },
  });
}
