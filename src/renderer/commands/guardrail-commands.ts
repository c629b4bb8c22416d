import { treeViewStore } from '../canvas/big-tree/tree-view-store';
import { newId } from '../../shared/ids';
import { createGuardrail, type GuardrailPatch } from '../../shared/metrics/guardrails';
import type { TreeOperation } from '../../shared/metrics/operations';
import type { StepLabel } from '../document/history';
import type { StudioContext } from './context';

/**
 * Guardrails (护栏指标) beside the North Star: add, edit, delete, each one
 * undo step (shared/metrics/guardrails.ts). Selecting one shows it in the
 * inspector in place of a metric.
 */

/** A new guardrail, selected, its name field ready for typing. Returns its id, or null. */
export function addGuardrail(ctx: StudioContext, name: string): string | null {
  const guardrail = createGuardrail({ id: newId('g'), name });
  if (!edit(ctx, 'addGuardrail', { kind: 'add-guardrail', guardrail })) return null;
  selectGuardrail(ctx, guardrail.id);
  ctx.ui.getState().requestFocus('metric-name');
  return guardrail.id;
}

export const updateGuardrail = (ctx: StudioContext, id: string, patch: GuardrailPatch) =>
  edit(ctx, 'editGuardrail', { kind: 'update-guardrail', id, patch });

export function deleteGuardrail(ctx: StudioContext, id: string): boolean {
  const done = edit(ctx, 'deleteGuardrail', { kind: 'delete-guardrail', id });
  if (done) treeViewStore.getState().selectGuardrail(null);
  return done;
}

/** One selection on the canvas: a guardrail or a metric, never both. */
export function selectGuardrail(ctx: StudioContext, id: string | null): void {
  ctx.ui.getState().select(null);
  treeViewStore.getState().selectGuardrail(id);
}

function edit(ctx: StudioContext, label: StepLabel, operation: TreeOperation): boolean {
  const result = ctx.documents.getState().transact(label, [operation]);
  if (!result.ok) ctx.ui.getState().toast({ key: `errors:tree.${result.error}` }, 'error');
  return result.ok;
}
