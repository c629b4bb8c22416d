import { describe, expect, it } from 'vitest';
import { deepFreeze, smallWorkspace } from '../../../test/unit/fixtures/workspaces';
import { rollUp } from '../math/roll-up';
import { mathInputsFrom } from '../math/from-workspace';
import { findViolations } from '../workspace/invariants';
import type { Metric, Workspace } from '../workspace/schema';
import { applyOperations } from './operations';
import { unitForFactor } from './split-lexicon';
import {
  departmentChildName,
  planSplit,
  previewSplit,
  splitProblems,
  type SplitChoices,
} from './split-plan';
import { updateMetric } from './tree';

function counter() {
  let next = 0;
  return () => `m_split_${++next}`;
}

const byId = (workspace: Workspace, id: string) =>
  workspace.metrics.find((m) => m.id === id) as Metric;

/** The workspace after the split, checked against the document's invariants. */
function split(workspace: Workspace, parentId: string, choices: SplitChoices) {
  const plan = planSplit(workspace, parentId, choices, counter());
  if (!plan.ok) throw new Error(`refused: ${JSON.stringify(plan.problems)}`);
  const applied = applyOperations(workspace, plan.operations);
  if (!applied.ok) throw new Error(`operation ${applied.failedAt} refused: ${applied.error}`);
  expect(findViolations(applied.workspace)).toEqual([]);
  return { workspace: applied.workspace, childIds: plan.childIds, operations: plan.operations };
}

function withDefinition(workspace: Workspace, id: string, patch: Partial<Metric['definition']>) {
  const metric = byId(workspace, id);
  const result = updateMetric(workspace, id, { definition: { ...metric.definition, ...patch } });
  if (!result.ok) throw new Error(result.error);
  return result.workspace;
}

describe('split by department', () => {
  it('makes one child per department, one layer down, as parts of a sum', () => {
    const start = deepFreeze(
      withDefinition(smallWorkspace(), 'm_ns', {
        unit: '单/人/月',
        direction: 'higher',
        precision: 1,
      }),
    );
    const northStar = byId(start, 'm_ns');
    const sales = start.departments[1]!;
    const product = start.departments[2]!;
    const { workspace, childIds } = split(start, 'm_ns', {
      way: 'departments',
      departments: [
        { departmentId: sales.id, name: departmentChildName(sales, northStar) },
        { departmentId: product.id, name: '产品部的目标' },
      ],
    });
    const children = childIds.map((id) => byId(workspace, id));
    expect(children.map((c) => [c.name, c.departmentId, c.layer, c.parentId])).toEqual([
      ['销售部 · 每活跃用户月均下单数', 'd_sales', 'department', 'm_ns'],
      ['产品部的目标', 'd_product', 'department', 'm_ns'],
    ]);
    expect(
      children.map((c) => [c.definition.unit, c.definition.direction, c.definition.precision]),
    ).toEqual([
      ['单/人/月', 'higher', 1],
      ['单/人/月', 'higher', 1],
    ]);
    expect(byId(workspace, 'm_ns').decomposition).toBe('sum');
  });

  it('under a department metric, the children are individual metrics', () => {
    const { workspace, childIds } = split(smallWorkspace(), 'm_sales', {
      way: 'departments',
      departments: [
        { departmentId: 'd_sales', name: 'A' },
        { departmentId: 'd_product', name: 'B' },
      ],
    });
    expect(childIds.map((id) => byId(workspace, id).layer)).toEqual(['individual', 'individual']);
    // After the parent's existing children, in the order chosen.
    const siblings = workspace.metrics.filter((m) => m.parentId === 'm_sales').map((m) => m.name);
    expect(siblings).toEqual(['华东新客首单数', '华西新客首单数', 'A', 'B']);
  });

  it('refuses a split with no department picked', () => {
    const start = smallWorkspace();
    expect(
      splitProblems(start, byId(start, 'm_ns'), { way: 'departments', departments: [] }),
    ).toEqual([{ kind: 'no-department' }]);
  });
});

describe('split by formula', () => {
  it('a product: known factors get their units and “higher is better”', () => {
    const { workspace, childIds } = split(smallWorkspace(), 'm_product', {
      way: 'product',
      factors: ['访客数', '转化率', ' 客单价 ', '新品占位'],
    });
    const children = childIds.map((id) => byId(workspace, id));
    expect(children.map((c) => [c.name, c.definition.unit, c.definition.direction])).toEqual([
      ['访客数', '人', 'higher'],
      ['转化率', '%', 'higher'],
      ['客单价', '元', 'higher'],
      ['新品占位', '', 'higher'],
    ]);
    const parent = byId(workspace, 'm_product');
    expect(parent.decomposition).toBe('product');
    expect(parent.definition.formula).toBe('访客数 × 转化率 × 客单价 × 新品占位');
    // Children in a product take the parent's department, so the branch keeps its colour.
    expect(children.every((c) => c.departmentId === parent.departmentId)).toBe(true);
  });

  it('the unknown factor shows no inferred direction in the preview', () => {
    const start = smallWorkspace();
    const drafts = previewSplit(byId(start, 'm_ns'), {
      way: 'product',
      factors: ['Visitors', 'Conversion rate', 'Average order value', 'Mood'],
    });
    expect(drafts.map((d) => [d.unit, d.direction])).toEqual([
      ['visitors', 'higher'],
      ['%', 'higher'],
      ['¥', 'higher'],
      ['', null],
    ]);
  });

  it('keeps a formula the room already wrote', () => {
    const start = withDefinition(smallWorkspace(), 'm_product', { formula: '成交额 / 访问数' });
    const { workspace } = split(start, 'm_product', { way: 'product', factors: ['a', 'b'] });
    expect(byId(workspace, 'm_product').definition.formula).toBe('成交额 / 访问数');
  });

  it('a ratio names its numerator and denominator, and the math reads them', () => {
    const start = withDefinition(smallWorkspace(), 'm_ns', { direction: 'lower' });
    const { workspace, childIds } = split(start, 'm_ns', {
      way: 'ratio',
      numerator: '订单数',
      denominator: '活跃用户数',
    });
    const [numerator, denominator] = childIds.map((id) => byId(workspace, id));
    expect(numerator!.definition).toMatchObject({ unit: '单', direction: 'lower' });
    expect(denominator!.definition.unit).toBe('人');
    const parent = byId(workspace, 'm_ns');
    expect(parent.decomposition).toBe('ratio');
    expect(parent.relation).toMatchObject({ numeratorId: childIds[0], denominatorId: childIds[1] });

    // 1,200 orders over 400 users: the parent implies 3.
    let withTargets = workspace;
    for (const [id, target] of [
      [childIds[0]!, 1200],
      [childIds[1]!, 400],
    ] as const) {
      const result = updateMetric(withTargets, id, { target });
      if (!result.ok) throw new Error(result.error);
      withTargets = result.workspace;
    }
    expect(rollUp(mathInputsFrom(withTargets)).of('m_ns')?.implied?.target).toEqual({
      ok: true,
      value: 3,
    });
  });

  it('a sum over named parts inherits the parent’s unit and direction', () => {
    const start = withDefinition(smallWorkspace(), 'm_sales', {
      unit: '万单',
      direction: 'higher',
    });
    const { workspace, childIds } = split(start, 'm_sales', {
      way: 'parts',
      parts: ['线上渠道', '门店渠道', '分销渠道'],
    });
    expect(childIds.map((id) => byId(workspace, id).definition.unit)).toEqual([
      '万单',
      '万单',
      '万单',
    ]);
    expect(byId(workspace, 'm_sales').decomposition).toBe('sum');
  });
});

describe('split by process steps', () => {
  it('one child per step, in order; aligned unless the room asks for a funnel', () => {
    const steps = ['获客', '激活', '下单', '复购'];
    const aligned = split(smallWorkspace(), 'm_product', {
      way: 'steps',
      steps,
      relation: 'aligned',
    });
    expect(aligned.childIds.map((id) => byId(aligned.workspace, id).name)).toEqual(steps);
    expect(byId(aligned.workspace, 'm_product').decomposition).toBe('aligned');
    // Already aligned and no formula to write: the parent is left as it is.
    expect(aligned.operations).toHaveLength(1);

    const funnel = split(smallWorkspace(), 'm_product', {
      way: 'steps',
      steps,
      relation: 'product',
    });
    expect(byId(funnel.workspace, 'm_product').decomposition).toBe('product');
  });
});

describe('bad input is refused with the reason, row by row', () => {
  const start = smallWorkspace();
  const parent = byId(start, 'm_sales');

  it('fewer than two factors, parts or steps', () => {
    for (const choices of [
      { way: 'product', factors: ['访客数'] },
      { way: 'parts', parts: [] },
      { way: 'steps', steps: ['获客'], relation: 'aligned' },
    ] as const)
      expect(splitProblems(start, parent, choices)).toContainEqual({
        kind: 'too-few',
        way: choices.way,
        minimum: 2,
      });
  });

  it('empty, too long, repeated, or already a child of the parent', () => {
    expect(
      splitProblems(start, parent, {
        way: 'parts',
        parts: ['线上', '  ', 'x'.repeat(201), '线上 ', '华东新客首单数'],
      }),
    ).toEqual([
      { kind: 'empty-name', index: 1 },
      { kind: 'too-long', index: 2, max: 200 },
      { kind: 'duplicate-name', index: 3, name: '线上' },
      { kind: 'taken-name', index: 4, name: '华东新客首单数' },
    ]);
  });

  it('a refused plan has no operations', () => {
    const plan = planSplit(
      start,
      'm_sales',
      { way: 'ratio', numerator: 'a', denominator: 'A' },
      counter(),
    );
    expect(plan).toEqual({
      ok: false,
      problems: [{ kind: 'duplicate-name', index: 1, name: 'A' }],
    });
  });
});

describe('unitForFactor', () => {
  it('knows the common levers in both languages, and rates', () => {
    expect(unitForFactor('访客数')).toBe('人');
    expect(unitForFactor('ＵＶ')).toBe('人');
    expect(unitForFactor('Average Order Value')).toBe('¥');
    expect(unitForFactor('支付转化率')).toBe('%');
    expect(unitForFactor('Click-through rate')).toBe('%');
    expect(unitForFactor('Separate')).toBeNull();
    expect(unitForFactor('满意度')).toBeNull();
    expect(unitForFactor('  ')).toBeNull();
  });
});
