import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze, smallWorkspace } from '../../../test/unit/fixtures/workspaces';
import type { Workspace } from '../workspace/schema';
import { findViolations } from '../workspace/invariants';
import {
  canLink,
  crossInputsOf,
  hasFeedCycle,
  inputsOf,
  linkCandidates,
  linkMetric,
  unlinkMetric,
} from './cross-links';
import { applyOperations, type TreeOperation } from './operations';
import { moveMetric } from './tree';

/*
 * smallWorkspace:
 *   m_ns ── m_sales ── m_east, m_west
 *        └─ m_product ── m_conversion, m_new_gmv (also feeds m_sales)
 */
const crossOf = (workspace: Workspace, id: string) =>
  workspace.metrics.find((m) => m.id === id)?.crossParentIds;

function linked(workspace: Workspace, id: string, parentId: string): Workspace {
  const result = linkMetric(workspace, id, parentId);
  if (!result.ok) throw new Error(result.error);
  return result.workspace;
}

describe('cross-links', () => {
  it('a metric also feeds a second parent, and no longer does once unlinked', () => {
    const before = deepFreeze(smallWorkspace());
    const after = linked(before, 'm_east', 'm_product');
    expect(crossOf(after, 'm_east')).toEqual(['m_product']);
    expect(crossInputsOf(after, 'm_product').map((m) => m.id)).toEqual(['m_east']);
    expect(findViolations(after)).toEqual([]);
    const back = unlinkMetric(after, 'm_east', 'm_product');
    expect(back.ok && crossOf(back.workspace, 'm_east')).toEqual([]);
    // Unlinking what is not linked changes nothing, by reference.
    const none = unlinkMetric(before, 'm_east', 'm_product');
    expect(none.ok && none.workspace).toBe(before);
  });

  it('refuses itself, its tree parent, a link it has, and the North Star as the one that feeds', () => {
    const workspace = smallWorkspace();
    expect(canLink(workspace, 'm_east', 'm_east')).toEqual({ ok: false, error: 'cross-link-self' });
    expect(canLink(workspace, 'm_east', 'm_sales')).toEqual({
      ok: false,
      error: 'cross-link-tree-parent',
    });
    expect(canLink(workspace, 'm_new_gmv', 'm_sales')).toEqual({
      ok: false,
      error: 'cross-link-exists',
    });
    expect(canLink(workspace, 'm_ns', 'm_sales')).toEqual({
      ok: false,
      error: 'cross-link-north-star',
    });
    expect(canLink(workspace, 'm_east', 'nowhere')).toEqual({ ok: false, error: 'unknown-metric' });
  });

  it('refuses a link that would loop: through the tree, and through other cross-links', () => {
    const workspace = smallWorkspace();
    // m_sales feeding its own child m_east: m_east already feeds m_sales.
    expect(canLink(workspace, 'm_sales', 'm_east')).toEqual({
      ok: false,
      error: 'cross-link-cycle',
    });
    // m_new_gmv feeds m_sales by a cross-link: m_sales may not feed m_new_gmv.
    expect(canLink(workspace, 'm_sales', 'm_new_gmv')).toEqual({
      ok: false,
      error: 'cross-link-cycle',
    });
    // Two steps: m_west feeds m_conversion, so m_conversion's parent chain may not feed m_west.
    const step = linked(workspace, 'm_west', 'm_conversion');
    expect(canLink(step, 'm_product', 'm_west')).toEqual({ ok: false, error: 'cross-link-cycle' });
    expect(canLink(step, 'm_product', 'm_east')).toEqual({ ok: true });
  });

  it('offers as possible parents exactly those canLink allows', () => {
    const workspace = linked(smallWorkspace(), 'm_west', 'm_conversion');
    for (const metric of workspace.metrics) {
      const offered = linkCandidates(workspace, metric.id).map((m) => m.id);
      const allowed = workspace.metrics
        .filter((p) => canLink(workspace, metric.id, p.id).ok)
        .map((p) => p.id);
      expect(offered).toEqual(allowed);
    }
    expect(linkCandidates(workspace, 'm_ns')).toEqual([]);
  });

  it('a move that would loop through a cross-link is refused', () => {
    const workspace = smallWorkspace();
    // m_new_gmv feeds m_sales by a cross-link: m_sales under m_new_gmv would feed itself.
    // Under m_conversion (which feeds nothing of m_sales) it may go.
    expect(moveMetric(workspace, 'm_sales', 'm_new_gmv')).toEqual({
      ok: false,
      error: 'cross-link-cycle',
    });
    expect(moveMetric(workspace, 'm_sales', 'm_conversion').ok).toBe(true);
    expect(inputsOf(workspace, 'm_sales')).toEqual(new Set(['m_east', 'm_west', 'm_new_gmv']));
  });

  it('through the operations, a refused link leaves the document as it was', () => {
    const workspace = smallWorkspace();
    const result = applyOperations(workspace, [
      { kind: 'link', id: 'm_east', parentId: 'm_product' },
      { kind: 'link', id: 'm_product', parentId: 'm_east' },
    ]);
    expect(result).toEqual({ ok: false, error: 'cross-link-cycle', failedAt: 1 });
  });
});

describe('cross-links and moves, at random', () => {
  const ids = ['m_ns', 'm_sales', 'm_east', 'm_west', 'm_product', 'm_conversion', 'm_new_gmv'];
  const id = fc.constantFrom(...ids);
  const operation: fc.Arbitrary<TreeOperation> = fc.oneof(
    fc.record({ kind: fc.constant('link' as const), id, parentId: id }),
    fc.record({ kind: fc.constant('unlink' as const), id, parentId: id }),
    fc.record({ kind: fc.constant('move' as const), id, parentId: id }),
  );

  it('no sequence of links, unlinks and moves ever makes a loop or a broken document', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (operations) => {
        let workspace = smallWorkspace();
        for (const op of operations) {
          const result = applyOperations(workspace, [op]);
          if (result.ok) workspace = result.workspace;
          expect(hasFeedCycle(workspace)).toBe(false);
        }
        expect(findViolations(workspace)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('the cycle check itself finds a loop someone wrote into a file', () => {
    const workspace = smallWorkspace();
    const looped: Workspace = {
      ...workspace,
      metrics: workspace.metrics.map((m) =>
        m.id === 'm_sales' ? { ...m, crossParentIds: ['m_east'] } : m,
      ),
    };
    expect(hasFeedCycle(workspace)).toBe(false);
    expect(hasFeedCycle(looped)).toBe(true);
  });
});
