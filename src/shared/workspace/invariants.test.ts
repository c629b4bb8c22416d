import { describe, expect, it } from 'vitest';
import { deepFreeze, smallWorkspace } from '../../../test/unit/fixtures/workspaces';
import { findViolations } from './invariants';
import type { Metric, Workspace } from './schema';

/** The small workspace with one metric changed. */
function withMetric(id: string, patch: Partial<Metric>): Workspace {
  const workspace = smallWorkspace();
  return {
    ...workspace,
    metrics: workspace.metrics.map((m) => (m.id === id ? { ...m, ...patch } : m)),
  };
}

describe('findViolations', () => {
  it('finds nothing wrong with a sound workspace, and does not modify it', () => {
    expect(findViolations(deepFreeze(smallWorkspace()))).toEqual([]);
  });

  it('duplicate-id: within a collection and across collections', () => {
    const workspace = smallWorkspace();
    const twin = { ...(workspace.metrics[2] as Metric) };
    expect(findViolations({ ...workspace, metrics: [...workspace.metrics, twin] })).toEqual([
      { rule: 'duplicate-id', id: 'm_east' },
    ]);
    // A person sharing an id with a metric would make every reference ambiguous.
    const clash = { id: 'm_ns', name: '撞号', departmentId: null, positionId: null };
    expect(findViolations({ ...workspace, people: [...workspace.people, clash] })).toEqual([
      { rule: 'duplicate-id', id: 'm_ns' },
    ]);
  });

  it('no-north-star: every metric has a parent', () => {
    const violations = findViolations(withMetric('m_ns', { parentId: 'm_sales' }));
    expect(violations).toContainEqual({ rule: 'no-north-star', id: '' });
  });

  it('several-north-stars: a second metric without a parent', () => {
    expect(findViolations(withMetric('m_product', { parentId: null }))).toEqual([
      { rule: 'several-north-stars', id: 'm_product' },
    ]);
  });

  it('north-star-not-strategy: the root sits in a lower layer', () => {
    expect(findViolations(withMetric('m_ns', { layer: 'department' }))).toEqual([
      { rule: 'north-star-not-strategy', id: 'm_ns' },
    ]);
  });

  it('missing-parent: the parent id points nowhere', () => {
    expect(findViolations(withMetric('m_west', { parentId: 'm_deleted' }))).toEqual([
      { rule: 'missing-parent', id: 'm_west' },
    ]);
  });

  it('cycle: metrics that are each other’s ancestors', () => {
    const workspace = withMetric('m_sales', { parentId: 'm_east' });
    const cycles = findViolations(workspace).filter((v) => v.rule === 'cycle');
    // m_sales → m_east → m_sales, and m_west hangs below the loop.
    expect(cycles.map((v) => v.id).sort()).toEqual(['m_east', 'm_sales', 'm_west']);
    expect(findViolations(withMetric('m_east', { parentId: 'm_east' }))).toContainEqual({
      rule: 'cycle',
      id: 'm_east',
    });
  });

  it('bad-cross-parent: to itself, to its own tree parent, or to nothing', () => {
    for (const crossParentIds of [['m_new_gmv'], ['m_product'], ['m_nowhere']]) {
      expect(
        findViolations(withMetric('m_new_gmv', { crossParentIds })),
        String(crossParentIds),
      ).toEqual([{ rule: 'bad-cross-parent', id: 'm_new_gmv' }]);
    }
  });

  it('cross-link-cycle: a cross-link from a metric to one below it makes a loop', () => {
    // 华东 (m_east) sits under 销售 (m_sales): 销售 also feeding 华东 loops.
    const violations = findViolations(withMetric('m_sales', { crossParentIds: ['m_east'] }));
    expect(violations).toHaveLength(1);
    expect(violations[0]!.rule).toBe('cross-link-cycle');
    expect(['m_sales', 'm_east']).toContain(violations[0]!.id);
    // A cross-link to a metric elsewhere in the tree is no loop.
    expect(findViolations(withMetric('m_east', { crossParentIds: ['m_product'] }))).toEqual([]);
  });

  it('unknown-person: an owner or a collaborator who is not on the list', () => {
    expect(findViolations(withMetric('m_east', { ownerId: 'p_ghost' }))).toEqual([
      { rule: 'unknown-person', id: 'm_east' },
    ]);
    expect(findViolations(withMetric('m_east', { collaboratorIds: ['p_li', 'p_ghost'] }))).toEqual([
      { rule: 'unknown-person', id: 'm_east' },
    ]);
    // Nobody assigned yet is allowed: the workshop fills owners in as it goes.
    expect(findViolations(withMetric('m_east', { ownerId: null }))).toEqual([]);
  });

  it('unknown-department: of a person, of a position, of a department’s parent', () => {
    const workspace = smallWorkspace();
    const [wang, li] = workspace.people;
    expect(
      findViolations({
        ...workspace,
        people: [{ ...wang!, departmentId: 'd_gone' }, li!],
      }),
    ).toEqual([{ rule: 'unknown-department', id: 'p_wang' }]);
    expect(
      findViolations({
        ...workspace,
        positions: workspace.positions.map((p) =>
          p.id === 'pos_sales' ? { ...p, departmentId: 'd_gone' } : p,
        ),
      }),
    ).toEqual([{ rule: 'unknown-department', id: 'pos_sales' }]);
    expect(
      findViolations({
        ...workspace,
        departments: [
          ...workspace.departments,
          { id: 'd_lost', name: '孤儿', parentId: 'd_gone', color: null },
        ],
      }),
    ).toEqual([{ rule: 'unknown-department', id: 'd_lost' }]);
    expect(
      findViolations({
        ...workspace,
        metrics: workspace.metrics.map((m) =>
          m.id === 'm_sales' ? { ...m, departmentId: 'd_gone' } : m,
        ),
        guardrails: [
          {
            id: 'g_refunds',
            name: '退款率',
            unit: '%',
            direction: 'lower',
            limit: 3,
            baseline: 2.4,
            ownerId: 'p_nobody',
            note: '',
          },
        ],
      }),
    ).toEqual([
      { rule: 'unknown-person', id: 'g_refunds' },
      { rule: 'unknown-department', id: 'm_sales' },
    ]);
  });

  it('unknown-position: a person in a position that does not exist', () => {
    const workspace = smallWorkspace();
    const [wang, li] = workspace.people;
    expect(
      findViolations({ ...workspace, people: [wang!, { ...li!, positionId: 'pos_gone' }] }),
    ).toEqual([{ rule: 'unknown-position', id: 'p_li' }]);
  });

  it('reports every violation, not just the first', () => {
    const workspace = withMetric('m_east', { ownerId: 'p_ghost', parentId: 'm_gone' });
    expect(findViolations(workspace)).toEqual([
      { rule: 'missing-parent', id: 'm_east' },
      { rule: 'unknown-person', id: 'm_east' },
    ]);
  });
});
