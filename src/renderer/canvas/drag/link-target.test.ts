import { describe, expect, it } from 'vitest';
import { smallWorkspace } from '../../../../test/unit/fixtures/workspaces';
import { layoutMetricTree, NODE_WIDTH } from '../layout';
import { linkTargetAt } from './link-target';

describe('a line from a grow handle over a box', () => {
  const workspace = smallWorkspace();
  const placed = layoutMetricTree(workspace.metrics);
  const middle = (id: string) => {
    const spot = placed.get(id)!;
    return { x: spot.x + NODE_WIDTH / 2, y: spot.y + spot.height / 2 };
  };

  it('with Shift, cross-links the box under it to the one it came from', () => {
    expect(linkTargetAt(workspace, placed, 'm_product', middle('m_east'), true)).toEqual({
      kind: 'link',
      metricId: 'm_east',
    });
  });

  it('says why not: a loop, its tree parent, an existing link, the North Star', () => {
    expect(linkTargetAt(workspace, placed, 'm_east', middle('m_sales'), true)).toEqual({
      kind: 'refused',
      metricId: 'm_sales',
      error: 'cross-link-cycle',
    });
    expect(linkTargetAt(workspace, placed, 'm_sales', middle('m_east'), true)).toMatchObject({
      error: 'cross-link-tree-parent',
    });
    expect(linkTargetAt(workspace, placed, 'm_sales', middle('m_new_gmv'), true)).toMatchObject({
      error: 'cross-link-exists',
    });
    expect(linkTargetAt(workspace, placed, 'm_sales', middle('m_ns'), true)).toMatchObject({
      error: 'cross-link-north-star',
    });
  });

  it('without Shift only hints; over its own box or empty canvas, nothing', () => {
    expect(linkTargetAt(workspace, placed, 'm_product', middle('m_east'), false)).toEqual({
      kind: 'hint',
      metricId: 'm_east',
    });
    expect(linkTargetAt(workspace, placed, 'm_product', middle('m_product'), true)).toBeNull();
    expect(linkTargetAt(workspace, placed, 'm_product', { x: -5000, y: 0 }, true)).toBeNull();
  });
});
