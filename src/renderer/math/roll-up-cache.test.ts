import { describe, expect, it } from 'vitest';
import { mathInputsFrom } from '../../shared/math/from-workspace';
import { rollUp, type RollUp } from '../../shared/math/roll-up';
import { applyOperations, type TreeOperation } from '../../shared/metrics/operations';
import { createWorkspace } from '../../shared/workspace/create';
import type { Workspace } from '../../shared/workspace/schema';
import { boxMathOf, hasMathRow, parentIdsOf, sameBoxMath } from './box-math';
import { changeBetween, createRollUpCache } from './roll-up-cache';

function plan(): { workspace: Workspace; root: string } {
  const base = createWorkspace({
    name: 'Plan',
    locale: 'en',
    northStarName: 'Revenue',
    now: new Date('2027-01-05T08:00:00.000Z'),
  });
  const root = base.metrics[0]!.id;
  const workspace = apply(base, [
    { kind: 'update', id: root, patch: { target: 150, decomposition: 'sum' } },
    {
      kind: 'add',
      parentId: root,
      fields: { id: 'a', name: 'East', target: 60, baseline: { value: 50, period: '' } },
    },
    {
      kind: 'add',
      parentId: root,
      fields: { id: 'b', name: 'West', target: 78, baseline: { value: 40, period: '' } },
    },
  ]);
  return { workspace, root };
}

function apply(workspace: Workspace, operations: TreeOperation[]): Workspace {
  const result = applyOperations(workspace, operations);
  if (!result.ok) throw new Error(result.error);
  return result.workspace;
}

/** Every metric's figures; lists of inputs sorted (after a move they follow arrival order). */
function figures(value: RollUp, workspace: Workspace) {
  return workspace.metrics.map((m) => {
    const math = value.of(m.id);
    return math?.units
      ? { ...math, units: { ...math.units, unknown: [...math.units.unknown].sort() } }
      : math;
  });
}

describe('the roll-up cache', () => {
  it('gives the same roll-up for the same document, and a full one’s figures after edits', () => {
    const cache = createRollUpCache();
    const { workspace, root } = plan();
    const first = cache.of(workspace);
    expect(cache.of(workspace)).toBe(first);
    expect(first.of(root)?.gap?.absolute).toBe(12);

    const edited = apply(workspace, [{ kind: 'update', id: 'b', patch: { target: 90 } }]);
    const next = cache.of(edited);
    // Incremental: only the edited metric and its way up are recomputed.
    expect([...next.touched].sort()).toEqual(['b', root].sort());
    expect(figures(next, edited)).toEqual(figures(rollUp(mathInputsFrom(edited)), edited));
    expect(next.of(root)?.gap).toBeNull();

    const added = apply(edited, [
      { kind: 'add', parentId: root, fields: { id: 'c', name: 'North', target: 5 } },
    ]);
    expect(figures(cache.of(added), added)).toEqual(figures(rollUp(mathInputsFrom(added)), added));
    const removed = apply(added, [{ kind: 'delete', id: 'a' }]);
    expect(figures(cache.of(removed), removed)).toEqual(
      figures(rollUp(mathInputsFrom(removed)), removed),
    );
    expect(cache.of(removed).of('a')).toBeUndefined();
    const moved = apply(removed, [
      { kind: 'add', parentId: root, fields: { id: 'd', name: 'Stores', target: 1 } },
      { kind: 'move', id: 'c', parentId: 'd' },
      { kind: 'reorder', id: 'd', index: 0 },
    ]);
    expect(figures(cache.of(moved), moved)).toEqual(figures(rollUp(mathInputsFrom(moved)), moved));
  });

  it('comes back to the roll-up of a document seen before (undo), and follows a new tolerance', () => {
    const cache = createRollUpCache();
    const { workspace, root } = plan();
    const first = cache.of(workspace);
    const edited = apply(workspace, [{ kind: 'update', id: 'a', patch: { target: 72 } }]);
    cache.of(edited);
    expect(cache.of(workspace)).toBe(first);
    const loose = { ...workspace, settings: { gapTolerance: { percent: 10, absolute: 0 } } };
    expect(cache.of(loose).of(root)?.gap).toBeNull();
  });

  it('tells what changed by reference, and rolls up in full when most did', () => {
    const { workspace } = plan();
    const before = workspace.metrics;
    const edited = apply(workspace, [{ kind: 'update', id: 'a', patch: { target: 1 } }]);
    expect(changeBetween(before, edited.metrics)?.changed.map((m) => m.id)).toEqual(['a']);
    expect(changeBetween(before, edited.metrics)?.remove).toBeUndefined();
    const removed = apply(workspace, [{ kind: 'delete', id: 'b' }]);
    expect(changeBetween(before, removed.metrics)?.remove).toEqual(['b']);
    const all = apply(
      workspace,
      workspace.metrics.map(
        (m) => ({ kind: 'update', id: m.id, patch: { name: `${m.name}!` } }) as TreeOperation,
      ),
    );
    expect(changeBetween(before, all.metrics)).toBeNull();
  });
});

describe('box math', () => {
  it('says the gap as inputs − own target, against the own target', () => {
    const { workspace, root } = plan();
    const math = boxMathOf(rollUp(mathInputsFrom(workspace)), root);
    expect(math).toEqual({
      status: 'gap',
      implied: 138,
      difference: -12,
      percent: -8,
      shortfall: true,
      mixedUnits: false,
    });
  });

  it('names a missing input, a division by zero, no own target, and never gives NaN', () => {
    const { workspace, root } = plan();
    const missing = apply(workspace, [{ kind: 'update', id: 'a', patch: { target: null } }]);
    expect(boxMathOf(rollUp(mathInputsFrom(missing)), root)).toEqual({
      status: 'missing-inputs',
      count: 1,
      mixedUnits: false,
    });
    const ratio = apply(workspace, [
      { kind: 'update', id: 'b', patch: { target: 0 } },
      {
        kind: 'update',
        id: root,
        patch: {
          decomposition: 'ratio',
          relation: { ...workspace.metrics[0]!.relation, numeratorId: 'a', denominatorId: 'b' },
        },
      },
    ]);
    expect(boxMathOf(rollUp(mathInputsFrom(ratio)), root)?.status).toBe('division-by-zero');
    const untargeted = apply(workspace, [{ kind: 'update', id: root, patch: { target: null } }]);
    const math = boxMathOf(rollUp(mathInputsFrom(untargeted)), root);
    expect(math).toEqual({ status: 'no-target', implied: 138, mixedUnits: false });
    expect(JSON.stringify(math)).not.toMatch(/NaN|Infinity|null/);
  });

  it('flags a sum over mixed units; leaves and aligned parents have no math row', () => {
    const { workspace, root } = plan();
    const mixed = apply(workspace, [
      {
        kind: 'update',
        id: 'a',
        patch: { definition: { ...workspace.metrics[0]!.definition, unit: 'CNY' } },
      },
      {
        kind: 'update',
        id: 'b',
        patch: { definition: { ...workspace.metrics[0]!.definition, unit: 'orders' } },
      },
    ]);
    expect(boxMathOf(rollUp(mathInputsFrom(mixed)), root)?.mixedUnits).toBe(true);
    const parents = parentIdsOf(workspace.metrics);
    expect([...parents]).toEqual([root]);
    expect(hasMathRow(workspace.metrics[0]!, true)).toBe(true);
    expect(hasMathRow({ decomposition: 'aligned' }, true)).toBe(false);
    expect(hasMathRow({ decomposition: 'sum' }, false)).toBe(false);
  });

  it('compares field by field', () => {
    const a = { status: 'adds-up', implied: 1, mixedUnits: false } as const;
    expect(sameBoxMath(a, { ...a })).toBe(true);
    expect(sameBoxMath(a, { ...a, implied: 2 })).toBe(false);
    expect(sameBoxMath(a, null)).toBe(false);
    expect(sameBoxMath(null, null)).toBe(true);
  });
});
