import { describe, expect, it } from 'vitest';
import { deepFreeze, seededRandom, smallWorkspace } from '../../../test/unit/fixtures/workspaces';
import { findViolations } from '../workspace/invariants';
import { LAYERS, type Metric, type Workspace } from '../workspace/schema';
import { addMetrics, type NewMetric } from './add-metrics';
import { addChildMetric, childrenOf, moveMetric } from './tree';

const ids = (metrics: Metric[]) => metrics.map((m) => m.id);

function added(result: ReturnType<typeof addMetrics>): Workspace {
  if (!result.ok) throw new Error(`batch refused at ${result.index}: ${result.error}`);
  return result.workspace;
}

/** The same batch done the slow way, one addChildMetric per item. */
function oneByOne(workspace: Workspace, items: readonly NewMetric[]): Workspace {
  let current = workspace;
  for (const { parentId, ...fields } of items) {
    const result = addChildMetric(current, parentId, fields);
    if (!result.ok) throw new Error(result.error);
    current = result.workspace;
  }
  return current;
}

describe('addMetrics', () => {
  it('adds a batch in sibling order, with parents created earlier in the batch', () => {
    const items: NewMetric[] = [
      { id: 'm_repeat', name: '复购率', parentId: 'm_ns', target: 30 },
      { id: 'm_repeat_east', name: '华东复购率', parentId: 'm_repeat' },
      { id: 'm_south', name: '华南新客首单数', parentId: 'm_sales' },
      { id: 'm_repeat_west', name: '华西复购率', parentId: 'm_repeat', ownerId: 'p_li' },
    ];
    const after = added(addMetrics(smallWorkspace(), items));
    expect(ids(childrenOf(after, 'm_ns'))).toEqual(['m_sales', 'm_product', 'm_repeat']);
    expect(ids(childrenOf(after, 'm_repeat'))).toEqual(['m_repeat_east', 'm_repeat_west']);
    expect(ids(childrenOf(after, 'm_sales'))).toEqual(['m_east', 'm_west', 'm_south']);
    expect(after.metrics.find((m) => m.id === 'm_repeat')).toMatchObject({
      layer: 'department',
      target: 30,
    });
    expect(after.metrics.find((m) => m.id === 'm_repeat_east')?.layer).toBe('individual');
    expect(findViolations(after)).toEqual([]);
  });

  it('gives exactly what one addChildMetric per item gives', () => {
    const items: NewMetric[] = [
      { id: 'a', name: 'a', parentId: 'm_ns' },
      { id: 'b', name: 'b', parentId: 'm_west' },
      { id: 'c', name: 'c', parentId: 'm_sales', layer: 'strategy' },
      { id: 'd', name: 'd', parentId: 'a', crossParentIds: ['m_sales', 'a', 'nowhere', 'e'] },
      { id: 'e', name: 'e', parentId: 'm_ns', layer: 'individual' },
      { id: 'f', name: 'f', parentId: 'b', crossParentIds: ['d'] },
    ];
    expect(added(addMetrics(smallWorkspace(), items))).toEqual(oneByOne(smallWorkspace(), items));
  });

  it('refuses the whole batch at the first bad item, and says which', () => {
    const workspace = deepFreeze(smallWorkspace());
    const cases: [NewMetric[], string, number][] = [
      [
        [
          { id: 'x', name: 'x', parentId: 'm_ns' },
          { id: 'm_east', name: 'y', parentId: 'm_ns' },
        ],
        'duplicate-id',
        1,
      ],
      [
        [
          { id: 'x', name: 'x', parentId: 'm_ns' },
          { id: 'x', name: 'y', parentId: 'm_ns' },
        ],
        'duplicate-id',
        1,
      ],
      [[{ id: 'p_li', name: 'x', parentId: 'm_ns' }], 'duplicate-id', 0],
      // A parent later in the batch does not exist yet.
      [
        [
          { id: 'x', name: 'x', parentId: 'y' },
          { id: 'y', name: 'y', parentId: 'm_ns' },
        ],
        'unknown-metric',
        0,
      ],
      [
        [
          { id: 'x', name: 'x', parentId: 'm_ns' },
          { id: 'y', name: 'y', parentId: 'm_ns', target: 'ten' } as never,
        ],
        'invalid-patch',
        1,
      ],
    ];
    for (const [items, error, index] of cases) {
      expect(addMetrics(workspace, items), JSON.stringify(items)).toEqual({
        ok: false,
        error,
        index,
      });
    }
  });

  it('gives every item without an id a fresh one', () => {
    const result = addMetrics(smallWorkspace(), [
      { name: 'x', parentId: 'm_ns' },
      { name: 'y', parentId: 'm_ns' },
    ]);
    if (!result.ok) throw new Error(result.error);
    const [x, y] = result.metrics;
    expect(x?.id).toMatch(/^m_/);
    expect(x?.id).not.toBe(y?.id);
    expect(findViolations(result.workspace)).toEqual([]);
  });

  it('returns the same workspace for an empty batch', () => {
    const workspace = smallWorkspace();
    expect(added(addMetrics(workspace, []))).toBe(workspace);
  });

  it('adds 5,000 metrics, deeply nested too, and the document stays sound', () => {
    const items: NewMetric[] = [];
    for (let i = 0; i < 5_000; i++) {
      // Every tenth a new branch; others under the previous item or a department.
      const parentId = i % 10 === 0 ? 'm_product' : i % 3 === 0 ? 'm_sales' : `m_bulk_${i - 1}`;
      items.push({ id: `m_bulk_${i}`, name: `导入指标 ${i}`, parentId, target: i });
    }
    const after = added(addMetrics(smallWorkspace(), items));
    expect(after.metrics).toHaveLength(smallWorkspace().metrics.length + 5_000);
    expect(findViolations(after)).toEqual([]);
  });
});

/**
 * Property-style: on random trees (made by random adds and moves, so the array
 * is not in a tidy order), random batches give exactly the one-by-one result.
 */
describe('addMetrics equals one add per item, on random trees', () => {
  for (const seed of [7, 2027, 99_991]) {
    it(`seed ${seed}`, () => {
      const random = seededRandom(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
      let workspace = smallWorkspace();
      for (let i = 0; i < 40; i++) {
        const parent = pick(workspace.metrics);
        const result = addChildMetric(workspace, parent.id, { id: `m_t${i}`, name: `t${i}` });
        if (result.ok) workspace = result.workspace;
        const moving = pick(workspace.metrics);
        const moved = moveMetric(workspace, moving.id, pick(workspace.metrics).id);
        if (moved.ok) workspace = moved.workspace;
      }
      for (let round = 0; round < 20; round++) {
        const items: NewMetric[] = [];
        const known = workspace.metrics.map((m) => m.id);
        for (let i = 0; i < 15; i++) {
          const id = `m_b${round}_${i}`;
          items.push({
            id,
            name: id,
            parentId: pick(known),
            ...(random() < 0.3 ? { layer: pick(LAYERS) } : {}),
            ...(random() < 0.3 ? { crossParentIds: [pick(known), pick(known)] } : {}),
          });
          known.push(id);
        }
        const bulk = added(addMetrics(workspace, items));
        expect(bulk, `seed ${seed}, round ${round}`).toEqual(oneByOne(workspace, items));
        expect(findViolations(bulk)).toEqual([]);
        workspace = bulk;
      }
    });
  }
});
