import { beforeEach, describe, expect, it } from 'vitest';
import { canUndo, isDirty, nextUndo } from '../document/document-store';
import { createHarness, northStarId, sampleWorkspace } from '../testing/studio-harness';
import type { StudioContext } from './context';
import {
  beginDrag,
  cancelDrag,
  finishAddChildByDrag,
  finishDrag,
  isDragging,
} from './drag-commands';
import { redo, undo } from './metric-commands';

let ctx: StudioContext;
const state = () => ctx.documents.getState();
const children = (id: string) =>
  state()
    .workspace!.metrics.filter((m) => m.parentId === id)
    .map((m) => m.id);
const moveEastUnderProduct = {
  label: 'moveBranch',
  operations: [{ kind: 'move', id: 'm_sales_east', parentId: 'm_product' }],
} as const;

beforeEach(() => {
  ctx = createHarness();
  state().load({ workspace: sampleWorkspace(), path: null, revision: null, fromVersion: 2 });
});

describe('a box drag', () => {
  it('is no step while it lasts, and one step named after what the drop did', () => {
    const before = state().workspace;
    expect(beginDrag(ctx, 'moveBranch')).toBe(true);
    expect(isDragging(ctx)).toBe(true);
    expect(state().workspace).toBe(before);
    expect(isDirty(state())).toBe(false);

    expect(
      finishDrag(ctx, {
        label: 'reorder',
        operations: [{ kind: 'reorder', id: 'm_product', index: 0 }],
      }),
    ).toBe(true);
    expect(isDragging(ctx)).toBe(false);
    expect(children(northStarId(state().workspace!))).toEqual(['m_product', 'm_sales']);
    expect(state().history.past).toHaveLength(1);
    expect(nextUndo(state())).toBe('reorder');

    undo(ctx);
    expect(state().workspace).toBe(before);
    redo(ctx);
    expect(children(northStarId(state().workspace!))).toEqual(['m_product', 'm_sales']);
  });

  it('a drop that changes nothing, or Escape, leaves no trace', () => {
    const before = state().workspace;
    beginDrag(ctx, 'moveBranch');
    expect(finishDrag(ctx, null)).toBe(false);
    beginDrag(ctx, 'moveBranch');
    cancelDrag(ctx);
    expect(isDragging(ctx)).toBe(false);
    expect(state().workspace).toBe(before);
    expect(canUndo(state())).toBe(false);
  });

  it('ended by Ctrl+Z on the way, its drop no longer applies', () => {
    state().updateMetric('m_product', { name: '转化率' });
    beginDrag(ctx, 'moveBranch');
    undo(ctx);
    expect(isDragging(ctx)).toBe(false);
    expect(finishDrag(ctx, moveEastUnderProduct)).toBe(false);
    expect(children('m_product')).toEqual([]);
    expect(canUndo(state())).toBe(false);
  });

  it('a drop the tree refuses changes nothing and says why', () => {
    beginDrag(ctx, 'moveBranch');
    const before = state().workspace;
    expect(
      finishDrag(ctx, {
        label: 'moveBranch',
        operations: [{ kind: 'move', id: 'm_sales', parentId: 'm_sales_east' }],
      }),
    ).toBe(false);
    expect(state().workspace).toBe(before);
    expect(isDragging(ctx)).toBe(false);
    expect(canUndo(state())).toBe(false);
    expect(ctx.ui.getState().toasts.map((toast) => [toast.text.key, toast.tone])).toEqual([
      ['errors:tree.into-own-subtree', 'error'],
    ]);
  });
});

describe('a drag from a handle', () => {
  it('let go on empty canvas adds a child there, placed by hand, selected and waiting for its name', () => {
    beginDrag(ctx, 'addChildByDrag');
    const id = finishAddChildByDrag(ctx, 'm_product', { x: 612.4, y: 380.6 });
    expect(state().workspace!.metrics.find((m) => m.id === id)).toMatchObject({
      parentId: 'm_product',
      name: '新指标',
      layer: 'individual',
      position: { x: 612, y: 381 },
    });
    expect(ctx.ui.getState().selectedId).toBe(id);
    expect(ctx.ui.getState().focusRequest?.target).toBe('metric-name');
    expect(nextUndo(state())).toBe('addChildByDrag');
    undo(ctx);
    expect(children('m_product')).toEqual([]);
    expect(ctx.ui.getState().selectedId).toBe('m_product');
  });
});
