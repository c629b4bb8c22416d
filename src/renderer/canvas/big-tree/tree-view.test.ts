import { describe, expect, it } from 'vitest';
import { smallWorkspace } from '../../../../test/unit/fixtures/workspaces';
import {
  ancestorsOf,
  descendantCount,
  filterDimmed,
  searchMetrics,
  treeIndex,
  visibleMetrics,
} from './tree-view';

const ids = (metrics: readonly { id: string }[]) => metrics.map((m) => m.id);

describe('which metrics a big tree shows', () => {
  const workspace = smallWorkspace();
  const index = treeIndex(workspace.metrics);
  const root = workspace.metrics.find((m) => m.parentId === null)!;
  const parent = workspace.metrics.find((m) => m.parentId !== null && index.children.has(m.id))!;

  it('nothing collapsed: the same array, so the layout cache keeps hitting', () => {
    expect(visibleMetrics(workspace.metrics, { collapsed: new Set(), focusId: null })).toBe(
      workspace.metrics,
    );
  });

  it('a collapsed box stays, everything below it goes', () => {
    const shown = ids(
      visibleMetrics(workspace.metrics, { collapsed: new Set([parent.id]), focusId: null }),
    );
    expect(shown).toContain(parent.id);
    const below = workspace.metrics.filter((m) => ancestorsOf(index, m.id).includes(parent.id));
    expect(below.length).toBe(descendantCount(index, parent.id));
    expect(below.length).toBeGreaterThan(0);
    for (const metric of below) expect(shown).not.toContain(metric.id);
    expect(shown.length).toBe(workspace.metrics.length - below.length);
  });

  it('a focused branch: the branch and its path to the North Star only', () => {
    const shown = ids(
      visibleMetrics(workspace.metrics, { collapsed: new Set(), focusId: parent.id }),
    );
    expect(shown).toContain(root.id);
    expect(shown).toContain(parent.id);
    for (const metric of workspace.metrics) {
      const onPath = metric.id === parent.id || ancestorsOf(index, parent.id).includes(metric.id);
      const inBranch = ancestorsOf(index, metric.id).includes(parent.id);
      expect(shown.includes(metric.id)).toBe(onPath || inBranch);
    }
  });

  it('search: by name or owner, full-width typed as half-width, any case', () => {
    const owned = workspace.metrics.find((m) => m.ownerId !== null)!;
    const owner = workspace.people.find((p) => p.id === owned.ownerId)!;
    expect(ids(searchMetrics(workspace, owner.name))).toContain(owned.id);
    const named = { ...workspace.metrics[1]!, name: 'Ｚｅｂｒａ Growth' };
    const renamed = { ...workspace, metrics: workspace.metrics.with(1, named) };
    expect(ids(searchMetrics(renamed, 'zebra'))).toEqual([named.id]);
    expect(searchMetrics(renamed, '  ')).toEqual([]);
  });
});

describe('a filter', () => {
  const workspace = smallWorkspace();
  const index = treeIndex(workspace.metrics);

  it('dims all but the matches and their path to the North Star', () => {
    const owned = workspace.metrics.find((m) => m.ownerId !== null && m.parentId !== null)!;
    const result = filterDimmed(workspace.metrics, { kind: 'owner', id: owned.ownerId! })!;
    const matches = workspace.metrics.filter((m) => m.ownerId === owned.ownerId);
    expect(result.matches).toBe(matches.length);
    for (const metric of matches) {
      expect(result.dimmed.has(metric.id)).toBe(false);
      for (const id of ancestorsOf(index, metric.id)) expect(result.dimmed.has(id)).toBe(false);
    }
    // Exactly the rest is dimmed.
    const lit = new Set(matches.flatMap((m) => [m.id, ...ancestorsOf(index, m.id)]));
    expect([...result.dimmed].sort()).toEqual(
      workspace.metrics
        .filter((m) => !lit.has(m.id))
        .map((m) => m.id)
        .sort(),
    );
    expect(result.dimmed.size).toBeGreaterThan(0);
    expect(filterDimmed(workspace.metrics, null)).toBeNull();
  });

  it('by layer; a filter nothing matches dims everything', () => {
    const byLayer = filterDimmed(workspace.metrics, { kind: 'layer', id: 'strategy' })!;
    expect(byLayer.matches).toBe(workspace.metrics.filter((m) => m.layer === 'strategy').length);
    const none = filterDimmed(workspace.metrics, { kind: 'department', id: 'd_nowhere' })!;
    expect(none.matches).toBe(0);
    expect(none.dimmed.size).toBe(workspace.metrics.length);
  });
});
