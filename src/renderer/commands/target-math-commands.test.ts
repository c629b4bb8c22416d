import { beforeEach, describe, expect, it } from 'vitest';
import { applyOperations } from '../../shared/metrics/operations';
import { createWorkspace } from '../../shared/workspace/create';
import type { Workspace } from '../../shared/workspace/schema';
import { nextUndo, shownWorkspace } from '../document/document-store';
import { createHarness } from '../testing/studio-harness';
import type { StudioContext } from './context';
import { applySplit, cancelSplit, previewSplit, setRelation } from './target-math-commands';

let ctx: StudioContext;
let root: string;
const targets = (workspace: Workspace | null) =>
  workspace?.metrics.filter((m) => m.parentId === root).map((m) => m.target);

beforeEach(() => {
  ctx = createHarness();
  const base = createWorkspace({
    name: 'Plan',
    locale: 'en',
    northStarName: 'Revenue',
    now: new Date('2027-01-05T08:00:00.000Z'),
  });
  root = base.metrics[0]!.id;
  const result = applyOperations(base, [
    { kind: 'update', id: root, patch: { target: 150, decomposition: 'sum' } },
    { kind: 'add', parentId: root, fields: { id: 'a', name: 'East', target: 60 } },
    { kind: 'add', parentId: root, fields: { id: 'b', name: 'West', target: 78 } },
  ]);
  if (!result.ok) throw new Error(result.error);
  ctx.documents
    .getState()
    .load({ workspace: result.workspace, path: null, revision: null, fromVersion: 2 });
});

describe('split-down', () => {
  it('previews on the shown document only, and applies as one undo step', () => {
    const committed = ctx.documents.getState().workspace;
    const result = previewSplit(ctx, root, { kind: 'equal' });
    expect(result.ok).toBe(true);
    expect(targets(shownWorkspace(ctx.documents.getState()))).toEqual([75, 75]);
    expect(ctx.documents.getState().workspace).toBe(committed);
    // A second preview replaces the first, still one gesture.
    previewSplit(ctx, root, { kind: 'by-weights', weights: { a: 1, b: 2 } });
    expect(targets(shownWorkspace(ctx.documents.getState()))).toEqual([50, 100]);
    expect(applySplit(ctx)).toBe(true);
    expect(targets(ctx.documents.getState().workspace)).toEqual([50, 100]);
    expect(nextUndo(ctx.documents.getState())).toBe('splitTarget');
    ctx.documents.getState().undo();
    expect(targets(ctx.documents.getState().workspace)).toEqual([60, 78]);
  });

  it('cancel leaves no trace; a refusal ends the preview and says why', () => {
    const committed = ctx.documents.getState().workspace;
    previewSplit(ctx, root, { kind: 'equal' });
    cancelSplit(ctx);
    expect(shownWorkspace(ctx.documents.getState())).toBe(committed);
    expect(ctx.documents.getState().history.past).toHaveLength(0);
    previewSplit(ctx, root, { kind: 'equal' });
    const refused = previewSplit(ctx, root, { kind: 'proportional-to-baseline' });
    expect(refused).toEqual({ ok: false, reason: { kind: 'missing-baselines', ids: ['a', 'b'] } });
    expect(ctx.documents.getState().gesture).toBeNull();
  });
});

describe('setRelation', () => {
  it('changes the relation as one step, and names a formula edit apart', () => {
    const { includeCrossLinks } = ctx.documents.getState().workspace!.metrics[0]!.relation;
    setRelation(ctx, root, { decomposition: 'product' });
    expect(nextUndo(ctx.documents.getState())).toBe('setRelation');
    setRelation(ctx, root, { relation: { formula: '{a} * {b}' } });
    expect(nextUndo(ctx.documents.getState())).toBe('editFormula');
    const metric = ctx.documents.getState().workspace!.metrics[0]!;
    expect(metric.decomposition).toBe('product');
    expect(metric.relation.formula).toBe('{a} * {b}');
    expect(metric.relation.includeCrossLinks).toBe(includeCrossLinks);
  });
});
