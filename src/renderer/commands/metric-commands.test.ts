import { beforeEach, describe, expect, it } from 'vitest';
import type { StudioContext } from './context';
import {
  answer,
  createHarness,
  northStarId,
  sampleWorkspace,
  showingChoice,
  waitForDialog,
} from '../testing/studio-harness';
import { addChild, addSibling, deleteSelected, moveSelection, redo, undo } from './metric-commands';

let ctx: StudioContext;
const metrics = () => ctx.documents.getState().workspace!.metrics;
const selected = () => ctx.ui.getState().selectedId;

beforeEach(() => {
  ctx = createHarness();
  ctx.documents.getState().load({
    workspace: sampleWorkspace(),
    path: null,
    revision: null,
    fromVersion: 1,
  });
});

describe('addChild', () => {
  it('adds below the selection, selects the new metric and asks for its name', () => {
    ctx.ui.getState().select('m_product');
    const id = addChild(ctx);
    expect(metrics().find((m) => m.id === id)).toMatchObject({
      parentId: 'm_product',
      name: '新指标',
    });
    expect(selected()).toBe(id);
    expect(ctx.ui.getState().focusRequest?.target).toBe('metric-name');
  });

  it('without a selection, says what to do', () => {
    expect(addChild(ctx)).toBeNull();
    expect(ctx.ui.getState().toasts[0]?.text.key).toBe('ui:canvas.selectFirst');
  });
});

describe('addSibling', () => {
  it('adds right after the selection', () => {
    ctx.ui.getState().select('m_sales');
    const id = addSibling(ctx);
    const ns = northStarId(ctx.documents.getState().workspace!);
    expect(
      metrics()
        .filter((m) => m.parentId === ns)
        .map((m) => m.id),
    ).toEqual(['m_sales', id, 'm_product']);
  });

  it('on the North Star adds a child instead', () => {
    const ns = northStarId(ctx.documents.getState().workspace!);
    ctx.ui.getState().select(ns);
    const id = addSibling(ctx);
    expect(metrics().find((m) => m.id === id)?.parentId).toBe(ns);
  });
});

describe('deleteSelected', () => {
  it('refuses the North Star with the reason', async () => {
    ctx.ui.getState().select(northStarId(ctx.documents.getState().workspace!));
    await deleteSelected(ctx);
    expect(metrics()).toHaveLength(4);
    expect(ctx.ui.getState().toasts[0]?.text.key).toBe('errors:tree.north-star-is-fixed');
  });

  it('deletes a leaf at once and selects its parent', async () => {
    ctx.ui.getState().select('m_sales_east');
    await deleteSelected(ctx);
    expect(metrics().some((m) => m.id === 'm_sales_east')).toBe(false);
    expect(selected()).toBe('m_sales');
  });

  it('asks before deleting a metric with sub-metrics', async () => {
    ctx.ui.getState().select('m_sales');
    const cancelled = deleteSelected(ctx);
    await waitForDialog(ctx, 'choice');
    expect(showingChoice(ctx).lines[0]).toEqual({
      key: 'ui:dialogs.deleteMetric.body',
      params: { name: '新客首单数', count: 1 },
    });
    answer(ctx, 'cancel');
    await cancelled;
    expect(metrics()).toHaveLength(4);

    const confirmed = deleteSelected(ctx);
    await waitForDialog(ctx, 'choice');
    answer(ctx, 'delete');
    await confirmed;
    expect(metrics()).toHaveLength(2);
    expect(ctx.documents.getState().history.past).toHaveLength(1);
  });
});

describe('undo and redo', () => {
  it('undoing an add moves the selection back to where the metric hung', () => {
    ctx.ui.getState().select('m_product');
    const id = addChild(ctx)!;
    undo(ctx);
    expect(metrics().some((m) => m.id === id)).toBe(false);
    expect(selected()).toBe('m_product');
    redo(ctx);
    expect(metrics().some((m) => m.id === id)).toBe(true);
  });
});

describe('moveSelection', () => {
  it('arrows walk the tree as it is drawn', () => {
    const ns = northStarId(ctx.documents.getState().workspace!);
    ctx.ui.getState().select(ns);
    // The two departments sit at the same distance below the North Star, one
    // on each side; down lands on the first in reading order, the left one.
    moveSelection(ctx, 'down');
    expect(selected()).toBe('m_sales');
    ctx.ui.getState().select('m_sales');
    moveSelection(ctx, 'right');
    expect(selected()).toBe('m_product');
    moveSelection(ctx, 'left');
    expect(selected()).toBe('m_sales');
    moveSelection(ctx, 'down');
    expect(selected()).toBe('m_sales_east');
    moveSelection(ctx, 'up');
    expect(selected()).toBe('m_sales');
    moveSelection(ctx, 'up');
    expect(selected()).toBe(ns);
  });

  it('down from the North Star follows the sibling order, not a fixed metric', () => {
    const ns = northStarId(ctx.documents.getState().workspace!);
    ctx.documents.getState().moveMetric('m_product', ns, 0);
    ctx.ui.getState().select(ns);
    moveSelection(ctx, 'down');
    expect(selected()).toBe('m_product');
  });
});
