import { newId } from '../../shared/ids';
import type { TreeOperation } from '../../shared/metrics/operations';
import type { TreeError } from '../../shared/metrics/tree';
import type { StepLabel } from '../document/history';
import { t } from '../i18n/i18n';
import type { StudioContext } from './context';

/**
 * Drags on the canvas, as gestures of the document store: a drag opens one
 * when it starts and ends it when the mouse is let go, with one undo step
 * (or none). Nothing is previewed while the pointer moves: React Flow moves
 * the box on screen, the canvas works out the drop target from the pointer
 * (canvas/drag/drop-target.ts), and the document changes once, at the drop.
 * A live preview would re-lay the tree out under the pointer, moving the very
 * box it is over.
 *
 * Being a gesture is what makes a drag safe against the rest of the app:
 * Ctrl+Z, a document loaded, Escape end it (`cancelGesture`), and the canvas,
 * which watches the gesture, then lets the box snap back and ignores the drop.
 */

/** What a drop does: one transaction (canvas/drag/drop-target.ts `DropChange`). */
export interface DragChange {
  label: StepLabel;
  operations: readonly TreeOperation[];
}

/** A drag begins. The label is provisional: where the box lands decides the step's name. */
export function beginDrag(ctx: StudioContext, label: StepLabel): boolean {
  return ctx.documents.getState().beginGesture(label);
}

/** Escape, or a drag that lands nowhere: no trace. */
export function cancelDrag(ctx: StudioContext): void {
  ctx.documents.getState().cancelGesture();
}

/** Whether the drag that began is still on (Ctrl+Z or a load ends it). */
export function isDragging(ctx: StudioContext): boolean {
  return ctx.documents.getState().gesture !== null;
}

/**
 * The drag ends with `change` (null = nothing to do): one undo step named
 * after what the drop did. False when nothing changed or it was refused
 * (the toast says why).
 */
export function finishDrag(ctx: StudioContext, change: DragChange | null): boolean {
  const documents = ctx.documents.getState();
  const { gesture } = documents;
  if (!gesture) return false; // ended meanwhile (Ctrl+Z, a load): the drop no longer applies
  if (!change) {
    documents.cancelGesture();
    return false;
  }
  // The name is only known now (a box can leave its row for another parent on
  // the way); a new gesture replaces the open one, which had no preview.
  if (gesture.label !== change.label) documents.beginGesture(change.label);
  const previewed = ctx.documents.getState().previewGesture(change.operations);
  if (!previewed.ok) {
    ctx.documents.getState().cancelGesture();
    refuseDrop(ctx, previewed.error);
    return false;
  }
  ctx.documents.getState().commitGesture();
  return true;
}

/** A drop the tree refuses, said as the other tree commands say it. */
export function refuseDrop(ctx: StudioContext, error: TreeError): void {
  ctx.documents.getState().cancelGesture();
  ctx.ui.getState().toast({ key: `errors:tree.${error}` }, 'error');
}

/**
 * A drag from a box's handle let go on empty canvas: a new child of that box,
 * placed there by hand (`at` = its top-left corner), selected and waiting for
 * its name, as Tab does.
 */
export function finishAddChildByDrag(
  ctx: StudioContext,
  parentId: string,
  at: { x: number; y: number },
): string | null {
  const id = newId('m');
  const name = t('ui:metric.newName', { lng: ctx.ui.getState().locale });
  const position = { x: Math.round(at.x), y: Math.round(at.y) };
  const added = finishDrag(ctx, {
    label: 'addChildByDrag',
    operations: [{ kind: 'add', parentId, fields: { id, name, position } }],
  });
  if (!added) return null;
  ctx.ui.getState().select(id);
  ctx.ui.getState().requestFocus('metric-name');
  return id;
}
