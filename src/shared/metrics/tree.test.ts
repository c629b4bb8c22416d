import { describe, expect, it } from 'vitest';
import { deepFreeze, seededRandom, smallWorkspace } from '../../../test/unit/fixtures/workspaces';
import { findViolations } from '../workspace/invariants';
import { LAYERS, type Metric, type Workspace } from '../workspace/schema';
import {
  addChildMetric,
  childLayer,
  childrenOf,
  deleteSubtree,
  moveMetric,
  northStarOf,
  reorderMetric,
  subtreeIds,
  updateMetric,
  type TreeResult,
} from './tree';

/** The workspace of a successful operation; a refusal fails the test with its reason. */
function ok(result: TreeResult | { ok: false; error: string }): Workspace {
  if (!result.ok) throw new Error(`operation refused: ${result.error}`);
  return result.workspace;
}

const ids = (metrics: Metric[]) => metrics.map((m) => m.id);
const byId = (workspace: Workspace, id: string) => {
  const metric = workspace.metrics.find((m) => m.id === id);
  if (!metric) throw new Error(`no metric ${id}`);
  return metric;
};

describe('reading the tree', () => {
  const workspace = smallWorkspace();

  it('finds the North Star, children in order, and a subtree', () => {
    expect(northStarOf(workspace).id).toBe('m_ns');
    expect(ids(childrenOf(workspace, 'm_ns'))).toEqual(['m_sales', 'm_product']);
    expect([...subtreeIds(workspace, 'm_product')].sort()).toEqual([
      'm_conversion',
      'm_new_gmv',
      'm_product',
    ]);
    // Cross-links are not tree edges: m_new_gmv is not in m_sales's subtree.
    expect(subtreeIds(workspace, 'm_sales').has('m_new_gmv')).toBe(false);
  });

  it('puts a child one layer down, stopping at individual', () => {
    expect(childLayer(byId(workspace, 'm_ns'))).toBe('department');
    expect(childLayer(byId(workspace, 'm_sales'))).toBe('individual');
    expect(childLayer(byId(workspace, 'm_east'))).toBe('individual');
  });
});

describe('addChildMetric', () => {
  it('gives the child the next layer and places it after its siblings', () => {
    const result = addChildMetric(smallWorkspace(), 'm_ns', { name: '90天复购率' });
    if (!result.ok) throw new Error(result.error);
    expect(result.metric).toMatchObject({ layer: 'department', parentId: 'm_ns' });
    const after = result.workspace;
    expect(ids(childrenOf(after, 'm_ns'))).toEqual(['m_sales', 'm_product', result.metric.id]);
    // After the whole family, so that it also comes after the last sibling's subtree.
    expect(after.metrics.at(-1)?.id).toBe(result.metric.id);
  });

  it('lands after the last sibling even when that sibling sits last in the array', () => {
    const result = addChildMetric(smallWorkspace(), 'm_sales', { name: '华南新客首单数' });
    if (!result.ok) throw new Error(result.error);
    expect(ids(childrenOf(result.workspace, 'm_sales'))).toEqual([
      'm_east',
      'm_west',
      result.metric.id,
    ]);
    expect(result.metric.layer).toBe('individual');
  });

  it('keeps the given fields, but never a layer above where the tree allows', () => {
    const lower = addChildMetric(smallWorkspace(), 'm_ns', {
      name: '直属个人',
      layer: 'individual',
    });
    expect(lower.ok && lower.metric.layer).toBe('individual');
    const higher = addChildMetric(smallWorkspace(), 'm_sales', { name: '越级', layer: 'strategy' });
    expect(higher.ok && higher.metric.layer).toBe('individual');
    if (higher.ok) expect(findViolations(higher.workspace)).toEqual([]);
    const withTarget = addChildMetric(smallWorkspace(), 'm_sales', { name: '华南', target: 12 });
    expect(withTarget.ok && withTarget.metric.target).toBe(12);
  });

  it('drops a cross-link that repeats the tree edge or points nowhere', () => {
    const result = addChildMetric(smallWorkspace(), 'm_product', {
      name: '共担指标',
      crossParentIds: ['m_product', 'm_sales', 'm_nowhere'],
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.metric.crossParentIds).toEqual(['m_sales']);
    expect(findViolations(result.workspace)).toEqual([]);
  });

  it('refuses an unknown parent', () => {
    expect(addChildMetric(smallWorkspace(), 'm_nowhere', { name: 'x' })).toEqual({
      ok: false,
      error: 'unknown-metric',
    });
  });
});

describe('updateMetric', () => {
  it('changes the given fields only', () => {
    const after = ok(updateMetric(smallWorkspace(), 'm_east', { target: 66, weight: 100 }));
    expect(byId(after, 'm_east')).toEqual({
      ...byId(smallWorkspace(), 'm_east'),
      target: 66,
      weight: 100,
    });
    expect(ids(after.metrics)).toEqual(ids(smallWorkspace().metrics));
  });

  it('keeps the North Star in the strategy layer', () => {
    expect(updateMetric(smallWorkspace(), 'm_ns', { layer: 'department' })).toEqual({
      ok: false,
      error: 'north-star-is-fixed',
    });
    expect(updateMetric(smallWorkspace(), 'm_ns', { name: '新名字' }).ok).toBe(true);
  });

  it('refuses an unknown metric', () => {
    expect(updateMetric(smallWorkspace(), 'm_nowhere', { target: 1 }).ok).toBe(false);
  });
});

describe('moveMetric', () => {
  it('moves a metric with its whole subtree and drops layers as needed', () => {
    const after = ok(moveMetric(smallWorkspace(), 'm_sales', 'm_product'));
    expect(byId(after, 'm_sales')).toMatchObject({ parentId: 'm_product', layer: 'individual' });
    expect(ids(childrenOf(after, 'm_sales'))).toEqual(['m_east', 'm_west']);
    expect(ids(childrenOf(after, 'm_product'))).toEqual(['m_conversion', 'm_new_gmv', 'm_sales']);
    expect(after.metrics).toHaveLength(smallWorkspace().metrics.length);
    expect(findViolations(after)).toEqual([]);
  });

  it('keeps a lower layer when moving up', () => {
    const after = ok(moveMetric(smallWorkspace(), 'm_east', 'm_ns'));
    expect(byId(after, 'm_east')).toMatchObject({ parentId: 'm_ns', layer: 'individual' });
  });

  it('puts the metric at the requested place among its new siblings', () => {
    const after = ok(moveMetric(smallWorkspace(), 'm_conversion', 'm_sales', 1));
    expect(ids(childrenOf(after, 'm_sales'))).toEqual(['m_east', 'm_conversion', 'm_west']);
    const first = ok(moveMetric(smallWorkspace(), 'm_conversion', 'm_sales', 0));
    expect(ids(childrenOf(first, 'm_sales'))).toEqual(['m_conversion', 'm_east', 'm_west']);
  });

  it('drops the cross-link that would duplicate the new tree edge', () => {
    const after = ok(moveMetric(smallWorkspace(), 'm_new_gmv', 'm_sales'));
    expect(byId(after, 'm_new_gmv')).toMatchObject({ parentId: 'm_sales', crossParentIds: [] });
    expect(findViolations(after)).toEqual([]);
  });

  it('refuses to move a metric into its own subtree, or onto itself', () => {
    expect(moveMetric(smallWorkspace(), 'm_sales', 'm_east')).toEqual({
      ok: false,
      error: 'into-own-subtree',
    });
    expect(moveMetric(smallWorkspace(), 'm_sales', 'm_sales')).toEqual({
      ok: false,
      error: 'into-own-subtree',
    });
  });

  it('refuses to move the North Star', () => {
    expect(moveMetric(smallWorkspace(), 'm_ns', 'm_sales')).toEqual({
      ok: false,
      error: 'north-star-is-fixed',
    });
  });

  it('refuses unknown metrics and places out of range', () => {
    expect(moveMetric(smallWorkspace(), 'm_nowhere', 'm_ns').ok).toBe(false);
    expect(moveMetric(smallWorkspace(), 'm_east', 'm_nowhere').ok).toBe(false);
    expect(moveMetric(smallWorkspace(), 'm_east', 'm_product', 3)).toEqual({
      ok: false,
      error: 'index-out-of-range',
    });
    expect(moveMetric(smallWorkspace(), 'm_east', 'm_product', -1).ok).toBe(false);
  });
});

describe('reorderMetric', () => {
  it('moves a metric among its siblings', () => {
    const after = ok(reorderMetric(smallWorkspace(), 'm_west', 0));
    expect(ids(childrenOf(after, 'm_sales'))).toEqual(['m_west', 'm_east']);
    const back = ok(reorderMetric(after, 'm_west', 1));
    expect(ids(childrenOf(back, 'm_sales'))).toEqual(['m_east', 'm_west']);
    const departments = ok(reorderMetric(smallWorkspace(), 'm_product', 0));
    expect(ids(childrenOf(departments, 'm_ns'))).toEqual(['m_product', 'm_sales']);
  });

  it('refuses the North Star and places out of range', () => {
    expect(reorderMetric(smallWorkspace(), 'm_ns', 0)).toEqual({
      ok: false,
      error: 'north-star-is-fixed',
    });
    expect(reorderMetric(smallWorkspace(), 'm_west', 2)).toEqual({
      ok: false,
      error: 'index-out-of-range',
    });
  });
});

describe('deleteSubtree', () => {
  it('removes the metric, its descendants, and every reference to them', () => {
    const after = ok(deleteSubtree(smallWorkspace(), 'm_sales'));
    expect(ids(after.metrics)).toEqual(['m_ns', 'm_product', 'm_conversion', 'm_new_gmv']);
    // The cross-bound KPI stays, bound to Product only.
    expect(byId(after, 'm_new_gmv').crossParentIds).toEqual([]);
    const duties = after.positions.flatMap((p) => p.duties);
    expect(duties.find((d) => d.id === 'duty_regions')?.metricIds).toEqual([]);
    expect(duties.find((d) => d.id === 'duty_new')?.metricIds).toEqual([
      'm_new_gmv',
      'm_conversion',
    ]);
    expect(after.actuals.map((a) => a.metricId)).toEqual(['m_conversion']);
    expect(findViolations(after)).toEqual([]);
  });

  it('removes a cross-bound leaf from the duties that measured it', () => {
    const after = ok(deleteSubtree(smallWorkspace(), 'm_new_gmv'));
    const duty = after.positions.flatMap((p) => p.duties).find((d) => d.id === 'duty_new');
    expect(duty?.metricIds).toEqual(['m_conversion']);
  });

  it('forgets the deleted metrics in the relations of those that stay, but not in a formula', () => {
    const workspace = smallWorkspace();
    const withRelation = {
      ...workspace,
      metrics: workspace.metrics.map((m) =>
        m.id === 'm_ns'
          ? {
              ...m,
              decomposition: 'ratio' as const,
              relation: {
                ...m.relation,
                coefficients: { m_sales: 0.6, m_product: 0.4 },
                numeratorId: 'm_sales',
                denominatorId: 'm_product',
                formula: '{m_sales} * {m_product}',
              },
            }
          : m,
      ),
    };
    const after = ok(deleteSubtree(withRelation, 'm_sales'));
    expect(byId(after, 'm_ns').relation).toEqual({
      coefficients: { m_product: 0.4 },
      numeratorId: null,
      denominatorId: 'm_product',
      // Rewriting it would change what it means; the math reports the reference instead.
      formula: '{m_sales} * {m_product}',
      includeCrossLinks: false,
    });
    // A metric whose relation names nothing deleted is the same object as before.
    expect(byId(after, 'm_product')).toBe(byId(withRelation, 'm_product'));
  });

  it('refuses the North Star and unknown metrics', () => {
    expect(deleteSubtree(smallWorkspace(), 'm_ns')).toEqual({
      ok: false,
      error: 'north-star-is-fixed',
    });
    expect(deleteSubtree(smallWorkspace(), 'm_nowhere').ok).toBe(false);
  });
});

describe('operations never modify their input', () => {
  it('works on a deep-frozen workspace and leaves it as it was', () => {
    const frozen = deepFreeze(smallWorkspace());
    const before = JSON.stringify(frozen);
    // Any write to the frozen input throws in strict mode (ES modules are strict).
    ok(addChildMetric(frozen, 'm_sales', { name: '新增', crossParentIds: ['m_product'] }));
    ok(updateMetric(frozen, 'm_east', { target: 1, tags: ['x'] }));
    ok(moveMetric(frozen, 'm_sales', 'm_product'));
    ok(moveMetric(frozen, 'm_new_gmv', 'm_sales', 0));
    ok(reorderMetric(frozen, 'm_west', 0));
    ok(deleteSubtree(frozen, 'm_sales'));
    ok(deleteSubtree(frozen, 'm_product'));
    expect(JSON.stringify(frozen)).toBe(before);
  });
});

/**
 * Property-style check: a long run of random operations (valid and invalid)
 * never leaves a document that loadWorkspace would refuse, and each operation
 * does what it says. Seeded, so a failure names the seed and step to replay.
 */
describe('random operations keep the tree sound', () => {
  const rank = (m: Metric) => LAYERS.indexOf(m.layer);

  function checkSound(workspace: Workspace, context: string): void {
    expect(findViolations(workspace), context).toEqual([]);
    const index = new Map(workspace.metrics.map((m) => [m.id, m]));
    for (const metric of workspace.metrics) {
      if (metric.parentId === null) continue;
      const parent = index.get(metric.parentId) as Metric;
      // A child is one layer below its parent, or lower; individual may nest.
      expect(rank(metric), `${context}: layer of ${metric.id}`).toBeGreaterThanOrEqual(
        Math.min(rank(parent) + 1, LAYERS.length - 1),
      );
    }
  }

  function buildTree(random: () => number): Workspace {
    let workspace = smallWorkspace();
    for (let i = 0; i < 25; i++) {
      const parent = workspace.metrics[Math.floor(random() * workspace.metrics.length)] as Metric;
      const result = addChildMetric(workspace, parent.id, { id: `m_gen_${i}`, name: `指标${i}` });
      if (!result.ok) throw new Error(result.error);
      workspace = result.workspace;
    }
    return workspace;
  }

  for (const seed of [1, 2027, 424242]) {
    it(`500 operations, seed ${seed}`, () => {
      const random = seededRandom(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
      let workspace = buildTree(random);
      checkSound(workspace, `seed ${seed}, initial tree`);
      let counter = 0;
      let applied = 0;

      for (let step = 0; step < 500; step++) {
        const context = `seed ${seed}, step ${step}`;
        const before = workspace;
        const metric = pick(before.metrics);
        const other = pick(before.metrics);
        const roll = random();
        let result: TreeResult;
        let expectCount = before.metrics.length;

        if (roll < 0.3 || before.metrics.length < 5) {
          const layer = pick([undefined, ...LAYERS]);
          const crossParentIds = random() < 0.3 ? [other.id, metric.id] : [];
          const added = addChildMetric(before, metric.id, {
            id: `m_r${counter++}`,
            name: `随机${counter}`,
            ...(layer ? { layer } : {}),
            crossParentIds,
          });
          result = added;
          expectCount += 1;
          if (added.ok) {
            const siblings = childrenOf(added.workspace, metric.id);
            expect(siblings.at(-1)?.id, context).toBe(added.metric.id);
          }
        } else if (roll < 0.55) {
          const siblingCount = childrenOf(before, other.id).filter(
            (m) => m.id !== metric.id,
          ).length;
          const index = random() < 0.2 ? undefined : Math.floor(random() * (siblingCount + 2)) - 1;
          result = moveMetric(before, metric.id, other.id, index);
          const intoOwn = subtreeIds(before, metric.id).has(other.id);
          if (metric.parentId === null) expect(result, context).toMatchObject({ ok: false });
          else if (intoOwn)
            expect(result, context).toEqual({ ok: false, error: 'into-own-subtree' });
          if (result.ok) {
            const siblings = ids(childrenOf(result.workspace, other.id));
            expect(siblings.indexOf(metric.id), context).toBe(index ?? siblings.length - 1);
            // Everything below the moved metric came along.
            expect(subtreeIds(result.workspace, metric.id), context).toEqual(
              subtreeIds(before, metric.id),
            );
          }
        } else if (roll < 0.7) {
          const parentId = metric.parentId;
          const siblingCount = parentId ? childrenOf(before, parentId).length : 1;
          const index = Math.floor(random() * (siblingCount + 1));
          result = reorderMetric(before, metric.id, index);
          if (result.ok && parentId) {
            const siblings = ids(childrenOf(result.workspace, parentId));
            expect(siblings.indexOf(metric.id), context).toBe(index);
            expect([...siblings].sort(), context).toEqual(ids(childrenOf(before, parentId)).sort());
          }
        } else if (roll < 0.85) {
          const gone = subtreeIds(before, metric.id);
          result = deleteSubtree(before, metric.id);
          expectCount -= gone.size;
          if (result.ok) {
            const references = [
              ...result.workspace.metrics.flatMap((m) => m.crossParentIds),
              ...result.workspace.positions.flatMap((p) => p.duties.flatMap((d) => d.metricIds)),
              ...result.workspace.actuals.map((a) => a.metricId),
            ];
            expect(
              references.filter((id) => gone.has(id)),
              context,
            ).toEqual([]);
          }
        } else {
          const layer = pick(LAYERS);
          result = updateMetric(before, metric.id, {
            target: Math.round(random() * 1000) / 10,
            ...(metric.parentId === null ? { layer } : {}),
          });
        }

        if (result.ok) {
          applied++;
          expect(result.workspace.metrics, context).toHaveLength(expectCount);
          checkSound(result.workspace, context);
          workspace = result.workspace;
        } else {
          // A refusal leaves the document exactly as it was.
          expect(workspace, context).toBe(before);
        }
        // Keep the tree in a useful size range so every kind of operation keeps happening.
        if (workspace.metrics.length > 80) {
          const leaf = workspace.metrics.find(
            (m) => m.parentId !== null && childrenOf(workspace, m.id).length === 0,
          ) as Metric;
          workspace = ok(deleteSubtree(workspace, leaf.id));
        }
      }
      // Most operations should have gone through, or the test checks little.
      expect(applied).toBeGreaterThan(250);
    });
  }
});
