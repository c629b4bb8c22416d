import { beforeEach, describe, expect, it } from 'vitest';
import type { Metric } from '../../shared/workspace/schema';
import { canUndo, isDirty, nextUndo } from '../document/document-store';
import { createHarness, northStarId, sampleWorkspace } from '../testing/studio-harness';
import { copySelected, duplicateSelected, pasteBranch } from './branch-commands';
import type { StudioContext } from './context';
import { redo, undo } from './metric-commands';

/**
 * The sample: North Star → 新客首单数 (m_sales) → 华东大区新客首单数 (m_sales_east);
 * North Star → 下单转化率 (m_product).
 */
let ctx: StudioContext;
const workspace = () => ctx.documents.getState().workspace!;
const metric = (id: string) => workspace().metrics.find((m) => m.id === id) as Metric;
const childrenNames = (id: string) =>
  workspace()
    .metrics.filter((m) => m.parentId === id)
    .map((m) => m.name);
const toastKeys = () => ctx.ui.getState().toasts.map((toast) => toast.text.key);

beforeEach(() => {
  ctx = createHarness();
  ctx.documents.getState().load({
    workspace: sampleWorkspace(),
    path: null,
    revision: null,
    fromVersion: 2,
  });
});

describe('copy and paste', () => {
  it('Ctrl+C copies the selected branch and says so; nothing in the document changes', () => {
    ctx.ui.getState().select('m_sales');
    const before = workspace();
    const copy = copySelected(ctx);
    expect(copy?.metrics.map((m) => m.id)).toEqual(['m_sales', 'm_sales_east']);
    expect(ctx.ui.getState().clipboard).toBe(copy);
    expect(ctx.ui.getState().toasts.at(-1)?.text).toEqual({
      key: 'ui:canvas.copied',
      params: { name: '新客首单数', count: 2 },
    });
    expect(workspace()).toBe(before);
    expect(isDirty(ctx.documents.getState())).toBe(false);
  });

  it('Ctrl+V pastes the branch below the selected metric as one undo step, and selects the copy', () => {
    ctx.ui.getState().select('m_sales');
    copySelected(ctx);
    ctx.ui.getState().select('m_product');
    const id = pasteBranch(ctx);

    expect(childrenNames('m_product')).toEqual(['新客首单数']);
    expect(id).not.toBe('m_sales');
    expect(childrenNames(id!)).toEqual(['华东大区新客首单数']);
    expect(ctx.ui.getState().selectedId).toBe(id);
    expect(nextUndo(ctx.documents.getState())).toBe('paste');
    // The copy under a department metric drops to the individual layer.
    expect(metric(id!).layer).toBe('individual');

    undo(ctx);
    expect(childrenNames('m_product')).toEqual([]);
    expect(canUndo(ctx.documents.getState())).toBe(false);
    // The copy is gone: the selection falls back to where it hung.
    expect(ctx.ui.getState().selectedId).toBe('m_product');
    redo(ctx);
    expect(childrenNames('m_product')).toEqual(['新客首单数']);
  });

  it('pasting twice gives two copies, each with its own ids', () => {
    ctx.ui.getState().select('m_sales_east');
    copySelected(ctx);
    ctx.ui.getState().select('m_product');
    const first = pasteBranch(ctx);
    ctx.ui.getState().select('m_product');
    const second = pasteBranch(ctx);
    expect(first).not.toBe(second);
    expect(childrenNames('m_product')).toEqual(['华东大区新客首单数', '华东大区新客首单数']);
  });

  it('the clipboard outlives a document switch', () => {
    ctx.ui.getState().select('m_sales');
    copySelected(ctx);
    ctx.documents.getState().load({
      workspace: sampleWorkspace(),
      path: '/other.northstar',
      revision: null,
      fromVersion: 2,
    });
    const ns = northStarId(workspace());
    ctx.ui.getState().select(ns);
    expect(pasteBranch(ctx)).not.toBeNull();
    expect(childrenNames(ns)).toEqual(['新客首单数', '下单转化率', '新客首单数']);
  });

  it('says what to do with nothing copied or nothing selected, and changes nothing', () => {
    ctx.ui.getState().select('m_product');
    expect(pasteBranch(ctx)).toBeNull();
    ctx.ui.getState().select(null);
    expect(copySelected(ctx)).toBeNull();
    expect(toastKeys()).toEqual(['ui:canvas.nothingToPaste', 'ui:canvas.selectFirst']);
    expect(canUndo(ctx.documents.getState())).toBe(false);
  });
});

describe('duplicate', () => {
  it('Ctrl+D puts a copy of the branch right after the original, named as a copy, as one undo step', () => {
    ctx.ui.getState().select('m_sales');
    const id = duplicateSelected(ctx);
    const ns = northStarId(workspace());

    expect(childrenNames(ns)).toEqual(['新客首单数', '新客首单数（副本）', '下单转化率']);
    expect(childrenNames(id!)).toEqual(['华东大区新客首单数']);
    expect(metric(id!).layer).toBe('department');
    expect(ctx.ui.getState().selectedId).toBe(id);
    expect(nextUndo(ctx.documents.getState())).toBe('duplicate');

    undo(ctx);
    expect(childrenNames(ns)).toEqual(['新客首单数', '下单转化率']);
    expect(ctx.ui.getState().selectedId).toBe(ns);
    redo(ctx);
    expect(childrenNames(ns)).toEqual(['新客首单数', '新客首单数（副本）', '下单转化率']);
  });

  it('names the copy in the language of the app, within the length a name may have', () => {
    ctx.ui.getState().setLocale('en');
    ctx.documents.getState().updateMetric('m_product', { name: 'x'.repeat(200) });
    ctx.ui.getState().select('m_product');
    const id = duplicateSelected(ctx);
    expect(metric(id!).name).toBe(`${'x'.repeat(193)} (copy)`);
  });

  it('refuses the North Star: there is only one', () => {
    ctx.ui.getState().select(northStarId(workspace()));
    const before = workspace();
    expect(duplicateSelected(ctx)).toBeNull();
    expect(toastKeys()).toEqual(['ui:canvas.northStarIsUnique']);
    expect(workspace()).toBe(before);
  });
});
