import { describe, expect, it } from 'vitest';
import { smallWorkspace } from '../../../../test/unit/fixtures/workspaces';
import { applyOperations } from '../../../shared/metrics/operations';
import { childrenOf, subtreeIds, updateMetric } from '../../../shared/metrics/tree';
import type { Workspace } from '../../../shared/workspace/schema';
import { layoutMetricTree, NODE_WIDTH } from '../layout';
import { dropChange, findDropTarget, type DropTarget } from './drop-target';

/*
 * smallWorkspace laid out:
 *
 *                      m_ns
 *        m_sales                 m_product          (a row)
 *          m_east                  m_conversion     (stacked columns)
 *          m_west                  m_new_gmv
 */

function drag(workspace: Workspace, draggedId: string) {
  const placed = layoutMetricTree(workspace.metrics);
  const branch = subtreeIds(workspace, draggedId);
  /** The pointer at a fraction of `id`'s box: (0.5, 0.5) is its centre. */
  const over = (id: string, fx: number, fy: number): DropTarget => {
    const spot = placed.get(id)!;
    const pointer = { x: spot.x + fx * NODE_WIDTH, y: spot.y + fy * spot.height };
    return findDropTarget({ workspace, placed, draggedId, branch, pointer });
  };
  const at = (pointer: { x: number; y: number }) =>
    findDropTarget({ workspace, placed, draggedId, branch, pointer });
  /** The document after the drop, and the step's name. */
  const drop = (target: DropTarget, droppedAt: { x: number; y: number } | null = null) => {
    const change = dropChange(workspace, draggedId, target, droppedAt);
    if (!change) return null;
    const result = applyOperations(workspace, change.operations);
    if (!result.ok) throw new Error(result.error);
    return { label: change.label, workspace: result.workspace };
  };
  return { over, at, drop, placed };
}

const names = (workspace: Workspace, parentId: string) =>
  childrenOf(workspace, parentId).map((m) => m.id);

function placedByHand(workspace: Workspace, id: string): Workspace {
  const result = updateMetric(workspace, id, { position: { x: 900, y: 900 } });
  if (!result.ok) throw new Error(result.error);
  return result.workspace;
}

describe('findDropTarget', () => {
  it('the middle of a box is "onto": the dragged branch becomes its last child', () => {
    const { over, drop } = drag(smallWorkspace(), 'm_east');
    const target = over('m_product', 0.5, 0.5);
    expect(target).toEqual({ kind: 'onto', targetId: 'm_product' });
    const after = drop(target)!;
    expect(after.label).toBe('moveBranch');
    expect(names(after.workspace, 'm_product')).toEqual(['m_conversion', 'm_new_gmv', 'm_east']);
  });

  it('the ends of a box in a row mean before or after it, under its parent', () => {
    const { over, drop } = drag(smallWorkspace(), 'm_sales');
    expect(over('m_product', 0.9, 0.5)).toEqual({
      kind: 'beside',
      targetId: 'm_product',
      side: 'after',
      axis: 'row',
    });
    const after = drop(over('m_product', 0.9, 0.5))!;
    expect(after.label).toBe('reorder');
    expect(names(after.workspace, 'm_ns')).toEqual(['m_product', 'm_sales']);
    // Before m_product is where m_sales already is: nothing to do, it snaps back.
    expect(over('m_product', 0.1, 0.5)).toEqual({ kind: 'home' });
  });

  it('in a stacked column, the top and the bottom of a box mean before and after it', () => {
    const { over, drop } = drag(smallWorkspace(), 'm_west');
    const before = over('m_east', 0.5, 0.1);
    expect(before).toEqual({ kind: 'beside', targetId: 'm_east', side: 'before', axis: 'column' });
    expect(names(drop(before)!.workspace, 'm_sales')).toEqual(['m_west', 'm_east']);
    expect(over('m_east', 0.5, 0.5)).toEqual({ kind: 'onto', targetId: 'm_east' });
  });

  it('the gap between two boxes means between them', () => {
    const { at, drop, placed } = drag(smallWorkspace(), 'm_conversion');
    const east = placed.get('m_east')!;
    const target = at({ x: east.x + NODE_WIDTH / 2, y: east.y + east.height + 5 });
    expect(target).toEqual({ kind: 'beside', targetId: 'm_east', side: 'after', axis: 'column' });
    const after = drop(target)!;
    expect(after.label).toBe('moveBranch');
    expect(names(after.workspace, 'm_sales')).toEqual(['m_east', 'm_conversion', 'm_west']);
    // A department metric moved into a column of individual ones becomes one of them.
    const product = drag(smallWorkspace(), 'm_product').drop(target);
    expect(product?.workspace.metrics.find((m) => m.id === 'm_product')?.layer).toBe('individual');
  });

  it('a box that is not on the canvas never lands', () => {
    expect(drag(smallWorkspace(), 'nowhere').at({ x: 0, y: 0 })).toEqual({ kind: 'home' });
  });

  it('onto its own branch is refused: that would be a cycle', () => {
    const { over, drop } = drag(smallWorkspace(), 'm_sales');
    for (const [fx, fy] of [
      [0.5, 0.5],
      [0.5, 0.1],
      [0.5, 0.9],
    ] as const) {
      const target = over('m_west', fx, fy);
      expect(target).toEqual({ kind: 'refused', targetId: 'm_west', error: 'into-own-subtree' });
      expect(drop(target)).toBeNull();
    }
  });

  it('the North Star is refused on any box, and all of the North Star means "onto" it', () => {
    const ns = drag(smallWorkspace(), 'm_ns');
    expect(ns.over('m_sales', 0.5, 0.5)).toEqual({
      kind: 'refused',
      targetId: 'm_sales',
      error: 'north-star-is-fixed',
    });
    const west = drag(smallWorkspace(), 'm_west');
    expect(west.over('m_ns', 0.05, 0.5)).toEqual({ kind: 'onto', targetId: 'm_ns' });
    expect(names(west.drop(west.over('m_ns', 0.05, 0.5))!.workspace, 'm_ns')).toEqual([
      'm_sales',
      'm_product',
      'm_west',
    ]);
  });

  it('empty canvas places the box by hand where it was let go', () => {
    const { at, drop } = drag(smallWorkspace(), 'm_east');
    const target = at({ x: 2000, y: 50 });
    expect(target).toEqual({ kind: 'empty' });
    const after = drop(target, { x: 1880.4, y: -13.6 })!;
    expect(after.label).toBe('placeMetric');
    expect(after.workspace.metrics.find((m) => m.id === 'm_east')).toMatchObject({
      parentId: 'm_sales',
      position: { x: 1880, y: -14 },
    });
  });

  it('back over its own place, an automatically placed box snaps back; one placed by hand moves on', () => {
    const auto = drag(smallWorkspace(), 'm_east');
    expect(auto.over('m_east', 0.6, 0.4)).toEqual({ kind: 'home' });
    expect(auto.drop({ kind: 'home' })).toBeNull();

    const byHand = drag(placedByHand(smallWorkspace(), 'm_east'), 'm_east');
    expect(byHand.at({ x: 910, y: 910 })).toEqual({ kind: 'empty' });
    // Let go exactly where it already was: no step.
    expect(byHand.drop({ kind: 'empty' }, { x: 900.2, y: 899.8 })).toBeNull();
  });

  it('a box placed by hand that joins a row or a column goes back to the automatic layout', () => {
    const workspace = placedByHand(smallWorkspace(), 'm_east');
    const { over, drop } = drag(workspace, 'm_east');
    const moved = drop(over('m_product', 0.5, 0.5))!;
    expect(moved.workspace.metrics.find((m) => m.id === 'm_east')?.position).toBeNull();
    // Onto its own parent, where it already is first: only the placement changes.
    const back = drop(over('m_sales', 0.5, 0.5))!;
    expect(back.label).toBe('reorder');
    expect(names(back.workspace, 'm_sales')).toEqual(['m_west', 'm_east']);
    expect(back.workspace.metrics.find((m) => m.id === 'm_east')?.position).toBeNull();
  });

  it('onto its own parent when it is already the last child changes nothing', () => {
    const { over } = drag(smallWorkspace(), 'm_west');
    expect(over('m_sales', 0.5, 0.5)).toEqual({ kind: 'home' });
  });
});
