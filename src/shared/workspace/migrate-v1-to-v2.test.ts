import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../test/unit/fixtures/workspaces';
import { STEP_V1_TO_V2 } from './migrate-v1-to-v2';

/** A v1 document as the foundation build wrote it: metrics without departments or relations. */
function v1Document(): Record<string, unknown> {
  const metric = (id: string, parentId: string | null, layer: string, ownerId: string | null) => ({
    id,
    name: id,
    layer,
    parentId,
    crossParentIds: [],
    decomposition: 'sum',
    ownerId,
  });
  return {
    meta: { id: 'ws' },
    departments: [
      { id: 'd_sales', name: '销售部', parentId: null },
      { id: 'd_east', name: '华东', parentId: 'd_sales' },
    ],
    people: [
      { id: 'p_boss', departmentId: null },
      { id: 'p_wang', departmentId: 'd_sales' },
      { id: 'p_liu', departmentId: 'd_east' },
    ],
    metrics: [
      metric('ns', null, 'strategy', 'p_wang'),
      metric('sales', 'ns', 'department', 'p_wang'),
      metric('east', 'sales', 'individual', 'p_liu'),
      metric('east-unowned', 'east', 'individual', null),
      metric('sales-unowned', 'sales', 'individual', null),
      metric('unowned', 'ns', 'department', null),
      metric('boss', 'ns', 'department', 'p_boss'),
    ],
  };
}

const migrated = (document: Record<string, unknown>) => STEP_V1_TO_V2.migrate(deepFreeze(document));

function departments(document: Record<string, unknown>): Record<string, unknown> {
  const metrics = migrated(document).metrics as Array<{ id: string; departmentId: unknown }>;
  return Object.fromEntries(metrics.map((m) => [m.id, m.departmentId]));
}

describe('v1 → v2: departments and relations', () => {
  it('puts each metric in its owner’s department, else its nearest ancestor’s; the North Star in none', () => {
    expect(departments(v1Document())).toEqual({
      ns: null,
      sales: 'd_sales',
      east: 'd_east',
      'east-unowned': 'd_east',
      'sales-unowned': 'd_sales',
      unowned: null,
      boss: null,
    });
  });

  it('gives every metric an empty relation, departments no colour, the workspace its settings', () => {
    const result = migrated(v1Document());
    for (const metric of result.metrics as Array<Record<string, unknown>>) {
      expect(metric.relation).toEqual({
        coefficients: {},
        numeratorId: null,
        denominatorId: null,
        formula: '',
        includeCrossLinks: false,
      });
    }
    expect((result.departments as Array<Record<string, unknown>>).map((d) => d.color)).toEqual([
      null,
      null,
    ]);
    expect(result.guardrails).toEqual([]);
    expect(result.settings).toEqual({ gapTolerance: { percent: 1, absolute: 0 } });
  });

  it('keeps what a document already carries', () => {
    const document = v1Document();
    const metrics = document.metrics as Array<Record<string, unknown>>;
    metrics[1] = { ...metrics[1], departmentId: 'd_east', relation: { formula: 'x' } };
    const result = migrated(document).metrics as Array<Record<string, unknown>>;
    expect(result[1]).toMatchObject({ departmentId: 'd_east', relation: { formula: 'x' } });
  });

  it('never throws on a broken file and never loops on a cycle: the schema explains it later', () => {
    const cyclic = v1Document();
    cyclic.metrics = [
      { id: 'a', parentId: 'b', layer: 'department', ownerId: null },
      { id: 'b', parentId: 'a', layer: 'individual', ownerId: null },
      'not a metric',
    ];
    expect(departments({ ...cyclic, metrics: (cyclic.metrics as unknown[]).slice(0, 2) })).toEqual({
      a: null,
      b: null,
    });
    expect((migrated(cyclic).metrics as unknown[])[2]).toBe('not a metric');
    expect(migrated({ metrics: 'oops', people: 7, departments: {} })).toMatchObject({
      metrics: 'oops',
      departments: {},
    });
  });
});
