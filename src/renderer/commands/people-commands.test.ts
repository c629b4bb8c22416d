import { beforeEach, describe, expect, it } from 'vitest';
import { smallWorkspace } from '../../../test/unit/fixtures/workspaces';
import { canUndo, nextUndo } from '../document/document-store';
import { createHarness } from '../testing/studio-harness';
import type { StudioContext } from './context';
import { beginDrag } from './drag-commands';
import { redo, undo } from './metric-commands';
import {
  addCollaborator,
  assignOwner,
  dropOnMetric,
  finishCrossLinkByDrag,
  linkMetric,
  removeCollaborator,
  unlinkMetric,
} from './people-commands';

let ctx: StudioContext;
const state = () => ctx.documents.getState();
const metric = (id: string) => state().workspace!.metrics.find((m) => m.id === id)!;
const toasts = () => ctx.ui.getState().toasts.map((t) => t.text.key);

beforeEach(() => {
  ctx = createHarness();
  state().load({ workspace: smallWorkspace(), path: null, revision: null, fromVersion: 2 });
});

describe('dropping a person or a department on a box', () => {
  it('a person becomes the owner: one undo step, the box selected', () => {
    beginDrag(ctx, 'assignOwner');
    expect(dropOnMetric(ctx, { kind: 'person', id: 'p_li' }, 'm_sales', false)).toBe(true);
    expect(metric('m_sales').ownerId).toBe('p_li');
    expect(nextUndo(state())).toBe('assignOwner');
    expect(ctx.ui.getState().selectedId).toBe('m_sales');
    undo(ctx);
    expect(metric('m_sales').ownerId).toBe('p_wang');
    expect(canUndo(state())).toBe(false);
    redo(ctx);
    expect(metric('m_sales').ownerId).toBe('p_li');
  });

  it('with Shift, a collaborator; the owner as collaborator is refused with a message', () => {
    beginDrag(ctx, 'assignOwner');
    expect(dropOnMetric(ctx, { kind: 'person', id: 'p_li' }, 'm_sales', true)).toBe(true);
    expect(metric('m_sales').collaboratorIds).toEqual(['p_li']);
    expect(nextUndo(state())).toBe('addCollaborator');

    beginDrag(ctx, 'assignOwner');
    expect(dropOnMetric(ctx, { kind: 'person', id: 'p_wang' }, 'm_sales', true)).toBe(false);
    expect(toasts()).toContain('errors:tree.collaborator-is-owner');
    expect(state().gesture).toBeNull();
  });

  it('a department sets the metric’s; the same again leaves no step', () => {
    beginDrag(ctx, 'assignOwner');
    dropOnMetric(ctx, { kind: 'department', id: 'd_product' }, 'm_east', false);
    expect(metric('m_east').departmentId).toBe('d_product');
    expect(nextUndo(state())).toBe('assignDepartment');
    const before = state().workspace;
    beginDrag(ctx, 'assignOwner');
    expect(dropOnMetric(ctx, { kind: 'department', id: 'd_product' }, 'm_east', false)).toBe(false);
    expect(state().workspace).toBe(before);
    expect(state().gesture).toBeNull();
  });
});

describe('cross-links and collaborators', () => {
  it('a line from a handle let go with Shift over a box cross-links it: one step, said in a toast', () => {
    beginDrag(ctx, 'addChildByDrag');
    expect(finishCrossLinkByDrag(ctx, 'm_product', 'm_east')).toBe(true);
    expect(metric('m_east').crossParentIds).toEqual(['m_product']);
    expect(nextUndo(state())).toBe('crossLink');
    expect(toasts()).toContain('ui:peoplePanel.linked');
    // A loop is refused: m_east now feeds m_product, so m_product may not feed m_east.
    beginDrag(ctx, 'addChildByDrag');
    expect(finishCrossLinkByDrag(ctx, 'm_east', 'm_product')).toBe(false);
    expect(toasts()).toContain('errors:tree.cross-link-cycle');
    expect(state().gesture).toBeNull();
  });

  it('from the inspector: link, unlink, add and remove a collaborator, one step each', () => {
    expect(linkMetric(ctx, 'm_east', 'm_product')).toBe(true);
    expect(unlinkMetric(ctx, 'm_new_gmv', 'm_sales')).toBe(true);
    expect(metric('m_new_gmv').crossParentIds).toEqual([]);
    expect(nextUndo(state())).toBe('removeCrossLink');
    expect(addCollaborator(ctx, 'm_east', 'p_li')).toBe(true);
    expect(removeCollaborator(ctx, 'm_conversion', 'p_wang')).toBe(true);
    expect(metric('m_conversion').collaboratorIds).toEqual([]);
    expect(state().history.past.map((s) => s.label)).toEqual([
      'crossLink',
      'removeCrossLink',
      'addCollaborator',
      'removeCollaborator',
    ]);
    expect(linkMetric(ctx, 'm_east', 'm_east')).toBe(false);
    expect(toasts()).toContain('errors:tree.cross-link-self');
  });

  it('from the owner list: a collaborator made owner is no longer also a collaborator', () => {
    expect(metric('m_conversion').collaboratorIds).toEqual(['p_wang']);
    expect(assignOwner(ctx, 'm_conversion', 'p_wang')).toBe(true);
    expect(metric('m_conversion').ownerId).toBe('p_wang');
    expect(metric('m_conversion').collaboratorIds).toEqual([]);
    expect(nextUndo(state())).toBe('assignOwner');
    expect(assignOwner(ctx, 'm_conversion', 'p_nobody')).toBe(false);
    expect(toasts()).toContain('errors:tree.unknown-person');
  });
});
