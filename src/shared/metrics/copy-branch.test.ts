import { describe, expect, it } from 'vitest';
import { deepFreeze, smallWorkspace } from '../../../test/unit/fixtures/workspaces';
import { findViolations } from '../workspace/invariants';
import type { Metric, Workspace } from '../workspace/schema';
import { addMetrics } from './add-metrics';
import { branchCopies, copyBranch, type BranchCopy } from './copy-branch';
import { childrenOf, moveMetric, updateMetric } from './tree';

/** Ids a reader can follow: copy_1, copy_2… in the order they were asked for. */
function counter() {
  let next = 0;
  return (prefix: string) => `${prefix}_copy_${++next}`;
}

function copyOf(workspace: Workspace, id: string): BranchCopy {
  const copy = copyBranch(workspace, id);
  if (!copy) throw new Error(`no metric ${id}`);
  return copy;
}

function pasted(workspace: Workspace, copy: BranchCopy, parentId: string, rootName?: string) {
  const { rootId, items } = branchCopies(copy, workspace, parentId, {
    newId: counter(),
    ...(rootName === undefined ? {} : { rootName }),
  });
  const result = addMetrics(workspace, items);
  if (!result.ok) throw new Error(`paste refused at ${result.index}: ${result.error}`);
  return { workspace: result.workspace, rootId };
}

const byId = (workspace: Workspace, id: string) =>
  workspace.metrics.find((m) => m.id === id) as Metric;

function edit(workspace: Workspace, id: string, patch: Parameters<typeof updateMetric>[2]) {
  const result = updateMetric(workspace, id, patch);
  if (!result.ok) throw new Error(result.error);
  return result.workspace;
}

describe('copyBranch', () => {
  it('takes the metric and everything below it, parents first, siblings in order', () => {
    const copy = copyOf(smallWorkspace(), 'm_product');
    expect(copy.metrics.map((m) => m.id)).toEqual(['m_product', 'm_conversion', 'm_new_gmv']);
    expect(copyBranch(smallWorkspace(), 'nowhere')).toBeNull();
  });

  it('puts a parent before its children even when a move left a child earlier in the array', () => {
    // m_east moves under m_new_gmv, which comes later in the array; then m_sales under m_east.
    let workspace = smallWorkspace();
    for (const [id, parent] of [
      ['m_east', 'm_new_gmv'],
      ['m_conversion', 'm_east'],
    ] as const) {
      const moved = moveMetric(workspace, id, parent);
      if (!moved.ok) throw new Error(moved.error);
      workspace = moved.workspace;
    }
    const order = copyOf(workspace, 'm_product').metrics.map((m) => m.id);
    expect(order).toEqual(['m_product', 'm_new_gmv', 'm_east', 'm_conversion']);
    expect(() => pasted(workspace, copyOf(workspace, 'm_product'), 'm_sales')).not.toThrow();
  });
});

describe('branchCopies, pasted with add-many', () => {
  it('adds the whole branch under the new parent with fresh ids, and leaves the original as it was', () => {
    const before = deepFreeze(smallWorkspace());
    const { workspace, rootId } = pasted(before, copyOf(before, 'm_product'), 'm_sales');

    expect(workspace.metrics).toHaveLength(before.metrics.length + 3);
    for (const metric of before.metrics) expect(byId(workspace, metric.id)).toEqual(metric);
    const root = byId(workspace, rootId);
    expect(root).toMatchObject({ name: '下单转化率', parentId: 'm_sales', ownerId: 'p_li' });
    expect(childrenOf(workspace, rootId).map((m) => m.name)).toEqual(['结算完成率', '新品GMV']);
    expect(findViolations(workspace)).toEqual([]);
  });

  it('keeps owners, collaborators, department, definition and numbers', () => {
    let workspace = edit(smallWorkspace(), 'm_conversion', {
      departmentId: 'd_product',
      target: 42.5,
      baseline: { value: 40, period: '2026' },
      definition: {
        description: '完成支付的结算次数 ÷ 进入结算页的次数',
        formula: 'paid / checkout',
        unit: '%',
        dataSource: '交易库',
        period: 'month',
        aggregation: 'ratio',
        direction: 'higher',
        precision: 1,
      },
      weight: 30,
      milestones: [{ id: 'ms_q1', date: '2027-03-31', label: 'Q1', value: 41 }],
    });
    const original = byId(workspace, 'm_conversion');
    ({ workspace } = pasted(workspace, copyOf(workspace, 'm_conversion'), 'm_sales'));
    const copy = childrenOf(workspace, 'm_sales').at(-1) as Metric;
    expect(copy.id).not.toBe(original.id);
    expect(copy).toMatchObject({
      ownerId: 'p_li',
      collaboratorIds: ['p_wang'],
      departmentId: 'd_product',
      target: 42.5,
      baseline: original.baseline,
      definition: original.definition,
      weight: 30,
    });
    // A milestone is the copy's own.
    expect(copy.milestones).toEqual([
      { ...original.milestones[0], id: expect.not.stringMatching(/^ms_q1$/) },
    ]);
  });

  it('points links inside the branch at the copies and drops links out of it', () => {
    let workspace = smallWorkspace();
    // Inside the branch: m_new_gmv also feeds m_conversion; the relation of
    // m_product names both children. Outside: m_new_gmv feeds m_sales.
    workspace = edit(workspace, 'm_new_gmv', { crossParentIds: ['m_sales', 'm_conversion'] });
    workspace = edit(workspace, 'm_product', {
      decomposition: 'formula',
      relation: {
        coefficients: { m_conversion: 2, m_new_gmv: 0.5, m_sales: 3 },
        numeratorId: 'm_new_gmv',
        denominatorId: 'm_sales',
        formula: '{m_conversion} * {m_new_gmv} + {m_sales}',
        includeCrossLinks: true,
      },
    });
    const { workspace: after, rootId } = pasted(workspace, copyOf(workspace, 'm_product'), 'm_ns');
    const [conversion, newGmv] = childrenOf(after, rootId) as [Metric, Metric];
    expect(newGmv.crossParentIds).toEqual([conversion.id]);
    expect(byId(after, rootId).relation).toEqual({
      coefficients: { [conversion.id]: 2, [newGmv.id]: 0.5 },
      numeratorId: newGmv.id,
      denominatorId: null,
      formula: `{${conversion.id}} * {${newGmv.id}} + {m_sales}`,
      includeCrossLinks: true,
    });
    expect(findViolations(after)).toEqual([]);
  });

  it('lowers the layers under a lower parent, as a move does', () => {
    const { workspace, rootId } = pasted(
      smallWorkspace(),
      copyOf(smallWorkspace(), 'm_product'),
      'm_east',
    );
    expect(byId(workspace, rootId).layer).toBe('individual');
    expect(childrenOf(workspace, rootId).map((m) => m.layer)).toEqual(['individual', 'individual']);
  });

  it('names the root copy as asked, and lays the copies out automatically as drafts', () => {
    let workspace = edit(smallWorkspace(), 'm_sales', {
      position: { x: 400, y: 80 },
      status: 'agreed',
    });
    workspace = edit(workspace, 'm_east', { position: { x: 420, y: 300 } });
    const { workspace: after, rootId } = pasted(
      workspace,
      copyOf(workspace, 'm_sales'),
      'm_ns',
      '新客首单数（副本）',
    );
    const root = byId(after, rootId);
    expect(root).toMatchObject({ name: '新客首单数（副本）', position: null, status: 'draft' });
    expect(childrenOf(after, rootId).map((m) => [m.name, m.position])).toEqual([
      ['华东新客首单数', null],
      ['华西新客首单数', null],
    ]);
  });

  it('into another workspace: leaves out people and departments it does not have', () => {
    const source = edit(smallWorkspace(), 'm_conversion', { departmentId: 'd_product' });
    const target: Workspace = { ...smallWorkspace(), people: [], departments: [], positions: [] };
    const emptied = target.metrics.map((m) => ({ ...m, ownerId: null, collaboratorIds: [] }));
    const { workspace, rootId } = pasted(
      { ...target, metrics: emptied },
      copyOf(source, 'm_product'),
      'm_ns',
    );
    for (const metric of [byId(workspace, rootId), ...childrenOf(workspace, rootId)]) {
      expect(metric).toMatchObject({ ownerId: null, collaboratorIds: [], departmentId: null });
    }
    expect(findViolations(workspace)).toEqual([]);
  });

  it('a pasted branch is a replayable add-many: the same items give the same document', () => {
    const workspace = smallWorkspace();
    const { items } = branchCopies(copyOf(workspace, 'm_sales'), workspace, 'm_product', {
      newId: counter(),
    });
    const once = addMetrics(workspace, items);
    const again = addMetrics(workspace, items);
    expect(once.ok && again.ok && once.workspace).toEqual(again.ok && again.workspace);
  });
});
