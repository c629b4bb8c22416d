import { describe, expect, it } from 'vitest';
import type { MathMetric } from './model';
import { rollUp, updateRollUp, type RollUp } from './roll-up';
import { mathInput, metric, type MetricFields } from './test-fixtures';

const implied = (result: RollUp, id: string) => result.of(id)?.implied?.target;
const value = (result: RollUp, id: string) => {
  const target = implied(result, id);
  return target?.ok ? target.value : target?.diagnostic;
};

/** A parent over three inputs with targets 10, 20, 30 and baselines 5, 10, 15. */
function family(parent: MetricFields) {
  return [
    metric('m_p', parent),
    metric('m_a', { parentId: 'm_p', target: 10, baseline: 5 }),
    metric('m_b', { parentId: 'm_p', target: 20, baseline: 10 }),
    metric('m_c', { parentId: 'm_p', target: 30, baseline: 15 }),
  ];
}

describe('roll-up by relation', () => {
  it('sum, average, weighted sum, product', () => {
    expect(value(rollUp(mathInput(family({ relation: 'sum' }))), 'm_p')).toBe(60);
    expect(value(rollUp(mathInput(family({ relation: 'average' }))), 'm_p')).toBe(20);
    const weighted = family({
      relation: 'weighted-sum',
      parameters: { coefficients: { m_a: 0.5, m_c: -1 } },
    });
    expect(value(rollUp(mathInput(weighted)), 'm_p')).toBe(5 + 20 - 30);
    expect(value(rollUp(mathInput(family({ relation: 'product' }))), 'm_p')).toBe(6000);
  });

  it('implies the baseline the same way', () => {
    const result = rollUp(mathInput(family({ relation: 'sum' })));
    expect(result.of('m_p')?.implied?.baseline).toEqual({ ok: true, value: 30 });
  });

  it('ratio: numerator ÷ denominator; incomplete or zero is a diagnostic', () => {
    const ratio = (parameters: MetricFields['parameters']) =>
      value(rollUp(mathInput(family({ relation: 'ratio', parameters }))), 'm_p');
    expect(ratio({ numeratorId: 'm_a', denominatorId: 'm_b' })).toBe(0.5);
    expect(ratio({ numeratorId: 'm_a' })).toEqual({
      kind: 'ratio-incomplete',
      missing: ['denominator'],
    });
    expect(ratio({ numeratorId: 'm_x', denominatorId: 'm_b' })).toEqual({
      kind: 'ratio-incomplete',
      missing: ['numerator'],
    });
    const zero = family({
      relation: 'ratio',
      parameters: { numeratorId: 'm_a', denominatorId: 'm_b' },
    });
    zero[2] = metric('m_b', { parentId: 'm_p', target: 0 });
    expect(value(rollUp(mathInput(zero)), 'm_p')).toEqual({ kind: 'division-by-zero' });
  });

  it('formula over the inputs by id', () => {
    const formula = (text: string) =>
      value(
        rollUp(mathInput(family({ relation: 'formula', parameters: { formula: text } }))),
        'm_p',
      );
    expect(formula('{m_a} * {m_b} / 100 + {m_c}')).toBe(32);
    expect(formula('({m_a} - {m_a}) / ({m_b} - {m_b})')).toEqual({ kind: 'division-by-zero' });
    expect(formula('')).toEqual({ kind: 'formula-empty' });
    expect(formula('{m_a} *')).toMatchObject({
      kind: 'formula-invalid',
      error: { kind: 'syntax' },
    });
    expect(formula('{m_a} + {m_gone}')).toEqual({
      kind: 'formula-unknown-reference',
      ids: ['m_gone'],
    });
  });

  it('names every input without a target, and no number', () => {
    const metrics = family({ relation: 'sum' });
    metrics[1] = metric('m_a', { parentId: 'm_p' });
    metrics[3] = metric('m_c', { parentId: 'm_p' });
    expect(value(rollUp(mathInput(metrics)), 'm_p')).toEqual({
      kind: 'missing-input',
      ids: ['m_a', 'm_c'],
    });
  });

  it('implies nothing for a leaf or an aligned metric', () => {
    const result = rollUp(mathInput(family({ relation: 'aligned', target: 1 })));
    expect(result.of('m_p')?.implied).toBeNull();
    expect(result.of('m_a')?.implied).toBeNull();
    expect(result.of('m_p')?.gap).toBeNull();
  });
});

describe('through the tree', () => {
  const tree = [
    metric('m_ns', { target: 100, relation: 'sum' }),
    metric('m_sales', { parentId: 'm_ns' }),
    metric('m_east', { parentId: 'm_sales', target: 30 }),
    metric('m_west', { parentId: 'm_sales', target: 40 }),
    metric('m_product', { parentId: 'm_ns', target: 20 }),
  ];

  it('a metric without a target passes up what its inputs imply', () => {
    const result = rollUp(mathInput(tree));
    expect(result.of('m_sales')?.effectiveTarget).toBe(70);
    expect(value(result, 'm_ns')).toBe(90);
    expect(result.of('m_ns')?.gap).toMatchObject({ absolute: 10, side: 'above', shortfall: true });
  });

  it('counts cross-linked metrics where the relation says so, once', () => {
    const withCross = [
      ...tree,
      metric('m_shared', { parentId: 'm_product', target: 5, crossParentIds: ['m_sales'] }),
    ];
    expect(value(rollUp(mathInput(withCross)), 'm_sales')).toBe(70);
    withCross[1] = metric('m_sales', { parentId: 'm_ns', parameters: { includeCrossLinks: true } });
    const result = rollUp(mathInput(withCross));
    expect(value(result, 'm_sales')).toBe(75);
    expect(result.inputsOf('m_sales')).toEqual(['m_east', 'm_west', 'm_shared']);
    // A cross-parent that is also the tree parent counts the metric once.
    const twice = [
      metric('m_p', { parameters: { includeCrossLinks: true } }),
      metric('m_a', { parentId: 'm_p', target: 1, crossParentIds: ['m_p'] }),
    ];
    expect(value(rollUp(mathInput(twice)), 'm_p')).toBe(1);
  });

  it('reports a loop through cross-links and computes around it', () => {
    const loop = [
      metric('m_ns', { target: 10, parameters: { includeCrossLinks: true } }),
      metric('m_a', { parentId: 'm_ns' }),
      metric('m_b', {
        parentId: 'm_a',
        crossParentIds: [],
        parameters: { includeCrossLinks: true },
      }),
      metric('m_leaf', { parentId: 'm_b', target: 3 }),
      metric('m_other', { parentId: 'm_ns', target: 4 }),
      metric('m_top', { target: 1, crossParentIds: ['m_b'] }),
    ];
    // m_ns is a cross-child of m_b: m_b reads m_ns, which reads m_a, which reads m_b.
    loop[0] = metric('m_ns', { target: 10, crossParentIds: ['m_b'] });
    const result = rollUp(mathInput(loop));
    expect(result.cycles).toEqual([['m_a', 'm_b', 'm_ns']]);
    expect(value(result, 'm_a')).toEqual({ kind: 'cycle', ids: ['m_a', 'm_b', 'm_ns'] });
    expect(result.of('m_ns')?.effectiveTarget).toBe(10);
    expect(result.of('m_leaf')?.effectiveTarget).toBe(3);
    // Breaking the loop clears it, incrementally.
    const fixed = updateRollUp(result, { upsert: [metric('m_ns', { target: 10 })] });
    expect(fixed.cycles).toEqual([]);
    expect(value(fixed, 'm_b')).toBe(4); // m_leaf 3 + m_top 1 (cross-linked)
    expect(value(fixed, 'm_ns')).toBe(8);
  });

  // A recursive walk would overflow Node's stack at around ten thousand frames.
  it('handles a chain 12,000 deep without recursion', () => {
    const chain = Array.from({ length: 12_000 }, (_, i) =>
      metric(`m_${i}`, {
        parentId: i === 0 ? null : `m_${i - 1}`,
        target: i === 11_999 ? 7 : null,
      }),
    );
    const result = rollUp(mathInput(chain));
    expect(value(result, 'm_0')).toBe(7);
    const edited = updateRollUp(result, {
      upsert: [{ ...(chain[11_999] as MathMetric), target: 8 }],
    });
    expect(value(edited, 'm_0')).toBe(8);
    expect(value(result, 'm_0')).toBe(7);
  });
});

describe('updateRollUp', () => {
  const tree = [
    metric('m_ns', { target: 100 }),
    metric('m_d1', { parentId: 'm_ns', target: 50 }),
    metric('m_d2', { parentId: 'm_ns', target: 50 }),
    metric('m_a', { parentId: 'm_d1', target: 20 }),
    metric('m_b', { parentId: 'm_d1', target: 30 }),
    metric('m_c', { parentId: 'm_d2', target: 50 }),
  ];

  it('recomputes the edited metric and its ancestors only, and leaves the old result as it was', () => {
    const before = rollUp(mathInput(tree));
    const after = updateRollUp(before, {
      upsert: [metric('m_a', { parentId: 'm_d1', target: 25 })],
    });
    expect([...after.touched].sort()).toEqual(['m_a', 'm_d1', 'm_ns']);
    expect(after.of('m_d1')?.gap).toMatchObject({ absolute: -5 });
    expect(before.of('m_d1')?.gap).toBeNull();
    expect(after.of('m_c')).toBe(before.of('m_c'));
  });

  it('moves: the old parent and the new one both change', () => {
    const before = rollUp(mathInput(tree));
    const after = updateRollUp(before, {
      upsert: [metric('m_b', { parentId: 'm_d2', target: 30 })],
    });
    expect(value(after, 'm_d1')).toBe(20);
    expect(value(after, 'm_d2')).toBe(80);
    expect(after.inputsOf('m_d2')).toEqual(['m_c', 'm_b']);
  });

  it('adds and removes', () => {
    const before = rollUp(mathInput(tree));
    const added = updateRollUp(before, {
      upsert: [metric('m_new', { parentId: 'm_d2', target: 1 })],
    });
    expect(value(added, 'm_d2')).toBe(51);
    const removed = updateRollUp(added, { remove: ['m_c', 'm_new'] });
    expect(removed.of('m_c')).toBeUndefined();
    expect(removed.of('m_d2')?.implied).toBeNull();
    expect(removed.metric('m_c')).toBeNull();
  });

  it('a new tolerance re-judges every gap', () => {
    const before = rollUp(mathInput(tree));
    const after = updateRollUp(before, {
      upsert: [metric('m_a', { parentId: 'm_d1', target: 21 })],
    });
    expect(after.of('m_d1')?.gap).not.toBeNull();
    const tolerant = updateRollUp(after, { gapTolerance: { percent: 2, absolute: 0 } });
    expect(tolerant.of('m_d1')?.gap).toBeNull();
    expect(tolerant.touched).toHaveLength(tree.length);
  });
});
