import { beforeEach, describe, expect, it } from 'vitest';
import type { Metric } from '../../shared/workspace/schema';
import { canUndo, nextUndo } from '../document/document-store';
import { createHarness, northStarId, sampleWorkspace } from '../testing/studio-harness';
import type { StudioContext } from './context';
import { redo, undo } from './metric-commands';
import { createSplit, openSplitWizard } from './split-commands';

/** The sample: North Star → 新客首单数 (m_sales) → 华东大区新客首单数; North Star → 下单转化率 (m_product). */
let ctx: StudioContext;
const workspace = () => ctx.documents.getState().workspace!;
const metric = (id: string) => workspace().metrics.find((m) => m.id === id) as Metric;
const childrenNames = (id: string) =>
  workspace()
    .metrics.filter((m) => m.parentId === id)
    .map((m) => m.name);

beforeEach(() => {
  ctx = createHarness();
  ctx.documents.getState().load({
    workspace: sampleWorkspace(),
    path: null,
    revision: null,
    fromVersion: 2,
  });
});

describe('the split wizard command', () => {
  it('opens on the selected metric, and keeps the parent selected when it closes', async () => {
    ctx.ui.getState().select('m_product');
    const closed = openSplitWizard(ctx);
    const request = ctx.ui.getState().dialogs[0];
    expect(request?.spec).toEqual({ kind: 'split', parentId: 'm_product' });
    ctx.ui.getState().answer(request!.id, null);
    await closed;
    expect(ctx.ui.getState().selectedId).toBe('m_product');
    expect(canUndo(ctx.documents.getState())).toBe(false);
  });

  it('asks for a selection first when nothing is selected', async () => {
    await openSplitWizard(ctx);
    expect(ctx.ui.getState().dialogs).toHaveLength(0);
    expect(ctx.ui.getState().toasts.at(-1)?.text.key).toBe('ui:canvas.selectFirst');
  });

  it('creates every child and the relation as one undo step named “split”', () => {
    const result = createSplit(ctx, 'm_product', {
      way: 'product',
      factors: ['访客数', '转化率', '客单价'],
    });
    expect(result.ok).toBe(true);
    expect(childrenNames('m_product')).toEqual(['访客数', '转化率', '客单价']);
    expect(metric('m_product').decomposition).toBe('product');
    expect(nextUndo(ctx.documents.getState())).toBe('split');
    expect(ctx.ui.getState().toasts.at(-1)?.text).toEqual({
      key: 'ui:splitWizard.done.product',
      params: { name: '下单转化率', count: 3, formula: '访客数 × 转化率 × 客单价' },
    });

    undo(ctx);
    expect(childrenNames('m_product')).toEqual([]);
    expect(metric('m_product').decomposition).toBe('aligned');
    redo(ctx);
    expect(childrenNames('m_product')).toEqual(['访客数', '转化率', '客单价']);
  });

  it('a refused split changes nothing and says why', () => {
    const before = workspace();
    const result = createSplit(ctx, northStarId(before), { way: 'departments', departments: [] });
    expect(result).toEqual({ ok: false, problems: [{ kind: 'no-department' }] });
    expect(workspace()).toBe(before);
    expect(canUndo(ctx.documents.getState())).toBe(false);
  });
});
