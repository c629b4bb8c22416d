import { describe, expect, it } from 'vitest';
import { deepFreeze, smallWorkspace } from '../../../test/unit/fixtures/workspaces';
import { findViolations } from '../workspace/invariants';
import { addChildMetric, updateMetric } from './tree';

describe('a patch is checked by the type system', () => {
  it('refuses wrong values and structure fields at compile time', () => {
    const ws = smallWorkspace();
    // Each call below must be a type error: tsc fails on an unused expect-error
    // directive, so reverting MetricPatch to Omit<Metric, …> breaks the build.
    // @ts-expect-error a target is a number
    const wrongType = updateMetric(ws, 'm_east', { target: 'two' });
    // @ts-expect-error the parent changes through moveMetric only
    const parent = updateMetric(ws, 'm_east', { parentId: 'x' });
    // @ts-expect-error an id never changes
    const id = updateMetric(ws, 'm_east', { id: 'y' });
    // @ts-expect-error a layer is one of three
    const layer = updateMetric(ws, 'm_east', { layer: 'board' });
    // @ts-expect-error a new metric cannot name its parent in its fields
    const added = addChildMetric(ws, 'm_sales', { name: 'x', parentId: 'm_ns' });
    // …and the run-time check refuses the same patches when types are bypassed.
    for (const result of [wrongType, parent, id, layer, added])
      expect(result).toEqual({ ok: false, error: 'invalid-patch' });
  });
});

describe('a patch is checked at run time, before it is applied', () => {
  /** What JSON from an import, the CLI or a stale caller may hand over. */
  const badPatches: Record<string, unknown>[] = [
    { target: 'two' },
    { target: Number.POSITIVE_INFINITY },
    { weight: 120 },
    { parentId: 'm_product' },
    { id: 'm_other' },
    { unknownField: 1 },
    { target: undefined },
    { layer: 'board' },
    { definition: { unit: '%' } },
    { dueDate: '31/12/2027' },
    { tags: 'a,b' },
    { position: { x: 1 } },
  ];

  it.each(badPatches.map((patch) => [JSON.stringify(patch) ?? '', patch] as const))(
    'refuses %s and leaves the workspace as it was',
    (_name, patch) => {
      const workspace = deepFreeze(smallWorkspace());
      expect(updateMetric(workspace, 'm_east', patch as never)).toEqual({
        ok: false,
        error: 'invalid-patch',
      });
    },
  );

  it('accepts every field a plain edit may change, and the result still loads', () => {
    const result = updateMetric(smallWorkspace(), 'm_east', {
      name: '华东新客首单数（修订）',
      target: 120,
      stretchTarget: 150,
      weight: 30,
      baseline: { value: 80, period: '2026' },
      ownerId: 'p_li',
      collaboratorIds: ['p_wang'],
      dueDate: '2027-12-31',
      tags: ['新客'],
      status: 'agreed',
      kind: 'soft',
      position: { x: 10, y: 20 },
    });
    if (!result.ok) throw new Error(result.error);
    expect(findViolations(result.workspace)).toEqual([]);
    expect(result.workspace.metrics.find((m) => m.id === 'm_east')).toMatchObject({
      target: 120,
      ownerId: 'p_li',
      parentId: 'm_sales',
    });
  });

  it('checks the fields of a new metric the same way', () => {
    const workspace = deepFreeze(smallWorkspace());
    for (const fields of [{ name: 'x', target: 'two' }, { name: 'x', extra: 1 }, { name: 7 }]) {
      expect(addChildMetric(workspace, 'm_sales', fields as never)).toEqual({
        ok: false,
        error: 'invalid-patch',
      });
    }
  });

  it('refuses a new metric whose id is taken, by a metric or a person', () => {
    const workspace = smallWorkspace();
    expect(addChildMetric(workspace, 'm_sales', { name: 'x', id: 'm_east' })).toEqual({
      ok: false,
      error: 'duplicate-id',
    });
    expect(addChildMetric(workspace, 'm_sales', { name: 'x', id: 'p_wang' })).toEqual({
      ok: false,
      error: 'duplicate-id',
    });
  });
});
