import { describe, expect, it } from 'vitest';
import { workshopPlan } from '../../../test/e2e/seed-files';
import type { Workspace } from '../../shared/workspace/schema';
import { toFlowEdges } from './to-flow';

const workspace = workshopPlan();
const leaf = workspace.metrics.at(-1)!;
const withLeaf = (patch: object): Workspace => ({
  ...workspace,
  metrics: workspace.metrics.map((m) => (m.id === leaf.id ? { ...m, ...patch } : m)),
});

describe('toFlowEdges after an edit', () => {
  it('hands back the same edge objects for every metric the edit did not touch', () => {
    const before = toFlowEdges(workspace);
    const after = toFlowEdges(withLeaf({ target: 999 }));
    expect(after).toHaveLength(before.length);
    const changed = after.filter((edge, i) => edge !== before[i]);
    expect(changed.map((e) => e.target)).toEqual([leaf.id]);
    expect(changed[0]).toEqual(before.find((e) => e.target === leaf.id));
  });

  it('rebuilds a link whose box was placed by hand: it turns into a curve', () => {
    const before = toFlowEdges(workspace);
    const after = toFlowEdges(withLeaf({ position: { x: 5_000, y: 0 } }));
    const link = after.find((e) => e.target === leaf.id)!;
    expect(link).not.toBe(before.find((e) => e.target === leaf.id));
    expect(link.type).toBe('default');
    expect(link.sourceHandle).toBe('right-out');
  });
});
