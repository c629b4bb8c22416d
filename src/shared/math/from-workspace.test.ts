import { describe, expect, it } from 'vitest';
import { mathInputsFrom, type MetricForMath, type WorkspaceForMath } from './from-workspace';
import { rollUp } from './roll-up';

/** A metric as format v2 stores it, with a field the math does not read (kept out of its picture). */
function v2Metric(
  id: string,
  fields: Partial<MetricForMath> = {},
): MetricForMath & { owner: string } {
  return {
    id,
    name: `名称 ${id}`,
    parentId: null,
    crossParentIds: [],
    target: null,
    baseline: { value: null },
    definition: { unit: '万元', direction: 'higher', precision: 1 },
    decomposition: 'sum',
    relation: {
      coefficients: {},
      numeratorId: null,
      denominatorId: null,
      formula: '',
      includeCrossLinks: false,
    },
    owner: 'p_wang',
    ...fields,
  };
}

describe('mathInputsFrom', () => {
  const workspace: WorkspaceForMath = {
    metrics: [
      v2Metric('m_ns', {
        target: 100,
        decomposition: 'formula',
        relation: {
          coefficients: {},
          numeratorId: null,
          denominatorId: null,
          formula: '{m_a} * 2',
          includeCrossLinks: true,
        },
      }),
      v2Metric('m_a', { parentId: 'm_ns', target: 40, baseline: { value: 30 } }),
      v2Metric('m_b', { parentId: 'm_ns', crossParentIds: ['m_a'], target: 5 }),
    ],
    settings: { gapTolerance: { percent: 5, absolute: 0 } },
  };

  it('maps every field the math reads', () => {
    const input = mathInputsFrom(workspace);
    expect(input.gapTolerance).toEqual({ percent: 5, absolute: 0 });
    expect(input.metrics[1]).toEqual({
      id: 'm_a',
      name: '名称 m_a',
      parentId: 'm_ns',
      crossParentIds: [],
      target: 40,
      baseline: 30,
      unit: '万元',
      direction: 'higher',
      precision: 1,
      relation: 'sum',
      parameters: {
        coefficients: {},
        numeratorId: null,
        denominatorId: null,
        formula: '',
        includeCrossLinks: false,
      },
    });
  });

  it('gives the roll-up what it needs', () => {
    const result = rollUp(mathInputsFrom(workspace));
    expect(result.of('m_ns')?.implied?.target).toEqual({ ok: true, value: 80 });
    expect(result.of('m_ns')?.gap).toMatchObject({ absolute: 20, percent: 25 });
  });
});
