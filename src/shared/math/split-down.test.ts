import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MathMetric, Relation } from './model';
import { rollUp, updateRollUp } from './roll-up';
import { splitDown, type SplitDownResult, type SplitMethod } from './split-down';
import { mathInput, metric, type MetricFields } from './test-fixtures';

function family(parent: MetricFields, children: MetricFields[]) {
  return rollUp(
    mathInput([
      metric('m_p', parent),
      ...children.map((fields, i) => metric(`m_${i}`, { parentId: 'm_p', ...fields })),
    ]),
  );
}

const targets = (result: SplitDownResult) =>
  result.ok ? Object.fromEntries(result.targets.map((t) => [t.id, t.target])) : result.reason;

describe('splitDown on sums', () => {
  const three = [{ baseline: 10 }, { baseline: 30 }, { baseline: 60 }];

  it('equal: 100 in three at 0 decimals keeps the total (largest remainder)', () => {
    const result = splitDown(
      family(
        { target: 100 },
        three.map((c) => ({ ...c, precision: 0 })),
      ),
      'm_p',
      {
        kind: 'equal',
      },
    );
    expect(targets(result)).toEqual({ m_0: 34, m_1: 33, m_2: 33 });
    expect(result).toMatchObject({ ok: true, implied: 100, residual: 0 });
  });

  it('equal, with 2 decimals: 33.34 + 33.33 + 33.33', () => {
    const result = splitDown(family({ target: 100 }, three), 'm_p', { kind: 'equal' });
    expect(targets(result)).toEqual({ m_0: 33.34, m_1: 33.33, m_2: 33.33 });
  });

  it('in proportion to the baselines, reporting the common growth', () => {
    const result = splitDown(family({ target: 120 }, three), 'm_p', {
      kind: 'proportional-to-baseline',
    });
    expect(targets(result)).toEqual({ m_0: 12, m_1: 36, m_2: 72 });
    expect(result.ok && result.growthRate).toBeCloseTo(0.2, 12);
  });

  it('by weights, and with one input kept as agreed', () => {
    const byWeights = splitDown(family({ target: 90 }, three), 'm_p', {
      kind: 'by-weights',
      weights: { m_0: 1, m_1: 1, m_2: 1 },
    });
    expect(targets(byWeights)).toEqual({ m_0: 30, m_1: 30, m_2: 30 });
    const kept = splitDown(
      family({ target: 100 }, [{ target: 40 }, { baseline: 1 }, { baseline: 2 }]),
      'm_p',
      { kind: 'proportional-to-baseline' },
      { fixed: ['m_0'] },
    );
    expect(targets(kept)).toEqual({ m_1: 20, m_2: 40 });
  });

  it('average: each gets T; weighted sum: each gets T ÷ Σc', () => {
    expect(
      targets(
        splitDown(family({ target: 7, relation: 'average' }, three), 'm_p', { kind: 'equal' }),
      ),
    ).toEqual({
      m_0: 7,
      m_1: 7,
      m_2: 7,
    });
    const weighted = family(
      { target: 100, relation: 'weighted-sum', parameters: { coefficients: { m_0: 2, m_1: 2 } } },
      three,
    );
    expect(targets(splitDown(weighted, 'm_p', { kind: 'equal' }))).toEqual({
      m_0: 20,
      m_1: 20,
      m_2: 20,
    });
  });

  it('says why it cannot', () => {
    const reason = (result: SplitDownResult) => (result.ok ? 'ok' : result.reason);
    expect(reason(splitDown(family({}, three), 'm_p', { kind: 'equal' }))).toEqual({
      kind: 'no-target',
    });
    expect(reason(splitDown(family({ target: 1 }, []), 'm_p', { kind: 'equal' }))).toEqual({
      kind: 'no-inputs',
    });
    expect(reason(splitDown(family({ target: 1 }, three), 'm_gone', { kind: 'equal' }))).toEqual({
      kind: 'unknown-metric',
    });
    expect(
      reason(
        splitDown(family({ target: 1 }, [{ baseline: 1 }, {}, {}]), 'm_p', {
          kind: 'proportional-to-baseline',
        }),
      ),
    ).toEqual({ kind: 'missing-baselines', ids: ['m_1', 'm_2'] });
    expect(
      reason(
        splitDown(family({ target: 1 }, [{ baseline: 0 }, { baseline: 0 }]), 'm_p', {
          kind: 'proportional-to-baseline',
        }),
      ),
    ).toEqual({ kind: 'zero-total', of: 'baselines' });
    expect(
      reason(
        splitDown(family({ target: 1 }, three), 'm_p', { kind: 'by-weights', weights: { m_0: 1 } }),
      ),
    ).toEqual({
      kind: 'missing-weights',
      ids: ['m_1', 'm_2'],
    });
    expect(
      reason(splitDown(family({ target: 1 }, three), 'm_p', { kind: 'ratio', keep: 'numerator' })),
    ).toEqual({
      kind: 'method-not-for-relation',
      method: 'ratio',
      relation: 'sum',
    });
    expect(
      reason(
        splitDown(
          family({ target: 1 }, three),
          'm_p',
          { kind: 'equal' },
          { fixed: ['m_0', 'm_1', 'm_2'] },
        ),
      ),
    ).toMatchObject({ kind: 'all-fixed' });
    expect(
      reason(splitDown(family({ target: 1 }, three), 'm_p', { kind: 'equal' }, { fixed: ['m_0'] })),
    ).toEqual({
      kind: 'missing-targets',
      ids: ['m_0'],
    });
    expect(
      reason(splitDown(family({ target: 1 }, three), 'm_p', { kind: 'solve-for', inputId: 'm_x' })),
    ).toEqual({
      kind: 'not-an-input',
      id: 'm_x',
    });
    expect(
      reason(
        splitDown(family({ target: 1, relation: 'aligned' }, three), 'm_p', { kind: 'equal' }),
      ),
    ).toEqual({
      kind: 'no-inputs',
    });
  });
});

describe('splitDown on products, ratios and formulas', () => {
  // GMV = visitors × conversion × order value.
  const gmv = (target: number) =>
    family({ target, relation: 'product' }, [
      { baseline: 100_000, precision: 0 },
      { baseline: 0.02, precision: 4 },
      { baseline: 50, precision: 1 },
    ]);

  it('equal growth: every factor grows by the same rate', () => {
    const result = splitDown(gmv(100_000 * 0.02 * 50 * 1.331), 'm_p', { kind: 'equal-growth' });
    expect(result.ok && result.growthRate).toBeCloseTo(0.1, 12);
    expect(targets(result)).toEqual({ m_0: 110_000, m_1: 0.022, m_2: 55 });
  });

  it('equal growth needs baselines above zero', () => {
    const result = splitDown(
      family({ target: 10, relation: 'product' }, [{ baseline: 2 }, { baseline: -1 }]),
      'm_p',
      { kind: 'equal-growth' },
    );
    expect(result).toEqual({ ok: false, reason: { kind: 'baselines-not-positive', ids: ['m_1'] } });
    const negative = splitDown(
      family({ target: -10, relation: 'product' }, [{ baseline: 2 }, { baseline: 1 }]),
      'm_p',
      {
        kind: 'equal-growth',
      },
    );
    expect(negative).toEqual({ ok: false, reason: { kind: 'no-solution' } });
    expect(splitDown(gmv(1), 'm_p', { kind: 'equal' })).toMatchObject({
      reason: { kind: 'method-not-for-relation' },
    });
  });

  it('solve for one factor, the others kept', () => {
    const tree = family({ target: 1000, relation: 'product' }, [{ target: 10 }, { target: 4 }]);
    expect(targets(splitDown(tree, 'm_p', { kind: 'solve-for', inputId: 'm_1' }))).toEqual({
      m_1: 100,
    });
  });

  const ratio = (target: number) =>
    family(
      { target, relation: 'ratio', parameters: { numeratorId: 'm_0', denominatorId: 'm_1' } },
      [{ target: 30 }, { target: 200 }],
    );

  it('ratio: keep the denominator and set the numerator, or the reverse', () => {
    expect(targets(splitDown(ratio(0.25), 'm_p', { kind: 'ratio', keep: 'denominator' }))).toEqual({
      m_0: 50,
    });
    expect(targets(splitDown(ratio(0.25), 'm_p', { kind: 'ratio', keep: 'numerator' }))).toEqual({
      m_1: 120,
    });
    expect(splitDown(ratio(0), 'm_p', { kind: 'ratio', keep: 'numerator' })).toEqual({
      ok: false,
      reason: { kind: 'division-by-zero' },
    });
    const incomplete = family({ target: 1, relation: 'ratio' }, [{ target: 1 }]);
    expect(splitDown(incomplete, 'm_p', { kind: 'ratio', keep: 'numerator' })).toMatchObject({
      reason: { kind: 'relation-incomplete', diagnostic: { kind: 'ratio-incomplete' } },
    });
  });

  it('formula: equal growth and solve-for, numerically', () => {
    const tree = family(
      { target: 0, relation: 'formula', parameters: { formula: '{m_0} * {m_1} / 100 + {m_2}' } },
      [
        { baseline: 200, target: 200, precision: 6 },
        { baseline: 50, target: 50, precision: 6 },
        { baseline: 20, target: 20, precision: 6 },
      ],
    );
    const growth = splitDown(tree, 'm_p', { kind: 'equal-growth' }, { target: 150 });
    expect(growth.ok && growth.residual).toBeCloseTo(0, 4);
    const solved = splitDown(tree, 'm_p', { kind: 'solve-for', inputId: 'm_2' }, { target: 150 });
    expect(targets(solved)).toEqual({ m_2: 50 });
  });
});

/**
 * For every relation: split a random target down, apply the proposal, roll up
 * again, and the metric's implied target is the proposal's `implied` exactly
 * and the target within rounding. "Within rounding": every proposed value is
 * within one unit of its precision of the unrounded solution, whose image is
 * the target; the relations here are monotone in each input over positive
 * values, so the image of that box — spanned by its corners — holds both.
 */
describe('split-down then roll-up', () => {
  const positive = fc.double({ min: 0.5, max: 5000, noNaN: true });
  const scenario = fc.record({
    relation: fc.constantFrom<Relation>(
      'sum',
      'weighted-sum',
      'average',
      'product',
      'ratio',
      'formula',
    ),
    target: fc.double({ min: 1, max: 1e6, noNaN: true }),
    children: fc.array(
      fc.record({
        baseline: positive,
        target: positive,
        precision: fc.integer({ min: 0, max: 3 }),
      }),
      {
        minLength: 3,
        maxLength: 6,
      },
    ),
    coefficients: fc.array(fc.double({ min: 0.1, max: 5, noNaN: true }), {
      minLength: 6,
      maxLength: 6,
    }),
    weights: fc.array(fc.double({ min: 0.1, max: 10, noNaN: true }), {
      minLength: 6,
      maxLength: 6,
    }),
    method: fc.nat(),
    fixFirst: fc.boolean(),
  });

  function methodsFor(relation: Relation, weights: readonly number[]): SplitMethod[] {
    switch (relation) {
      case 'sum':
      case 'weighted-sum':
      case 'average':
        return [
          { kind: 'equal' },
          { kind: 'proportional-to-baseline' },
          { kind: 'equal-growth' },
          { kind: 'by-weights', weights: Object.fromEntries(weights.map((w, i) => [`m_${i}`, w])) },
          { kind: 'solve-for', inputId: 'm_1' },
        ];
      case 'product':
      case 'formula':
        return [{ kind: 'equal-growth' }, { kind: 'solve-for', inputId: 'm_2' }];
      case 'ratio':
        return [
          { kind: 'ratio', keep: 'denominator' },
          { kind: 'ratio', keep: 'numerator' },
        ];
      default:
        return [];
    }
  }

  it('gives back the target within rounding, for every relation', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const children = s.relation === 'ratio' ? s.children.slice(0, 2) : s.children;
        const parent: MetricFields = {
          target: s.target,
          relation: s.relation,
          parameters: {
            coefficients: Object.fromEntries(s.coefficients.map((c, i) => [`m_${i}`, c])),
            numeratorId: 'm_0',
            denominatorId: 'm_1',
            formula: '{m_0} * {m_1} / 100 + {m_2}',
          },
        };
        const before = family(parent, children);
        const methods = methodsFor(s.relation, s.weights);
        const method = methods[s.method % methods.length] as SplitMethod;
        const sumLike = ['sum', 'weighted-sum', 'average'].includes(s.relation);
        const fixed = s.fixFirst && sumLike && method.kind !== 'solve-for' ? ['m_0'] : [];
        const result = splitDown(before, 'm_p', method, { fixed });
        if (!result.ok) {
          // Only what the numbers can make impossible: no value reaches the target, or a
          // denominator rounds to zero at its precision.
          expect(['no-solution', 'division-by-zero']).toContain(result.reason.kind);
          return;
        }
        const upsert = result.targets.map((t) => ({
          ...(before.metric(t.id) as MathMetric),
          target: t.target,
        }));
        const after = updateRollUp(before, { upsert });
        const implied = after.of('m_p')?.implied?.target;
        expect(implied).toEqual({ ok: true, value: result.implied });

        // The box of ±1 unit around each proposed value; the kept inputs do not move.
        const proposed = new Map(result.targets.map((t) => [t.id, t.target]));
        const inputs = after.inputsOf('m_p');
        let low = Infinity;
        let high = -Infinity;
        for (let corner = 0; corner < 1 << inputs.length; corner++) {
          const values = new Map<string, number>();
          inputs.forEach((id, i) => {
            const value = after.of(id)?.effectiveTarget as number;
            const unit = 10 ** -(after.metric(id) as MathMetric).precision;
            values.set(id, proposed.has(id) ? value + ((corner >> i) & 1 ? unit : -unit) : value);
          });
          const moved = updateRollUp(after, {
            upsert: inputs.map((id) => ({
              ...(after.metric(id) as MathMetric),
              target: values.get(id) as number,
            })),
          }).of('m_p')?.implied?.target;
          if (moved?.ok) {
            low = Math.min(low, moved.value);
            high = Math.max(high, moved.value);
          }
        }
        // A product, ratio or formula is monotone in each input only while the box stays positive
        // (a denominator of 0.5 rounded to 0 decimals has a pole in its box): there, no bound.
        const positiveBox = [...proposed].every(
          ([id, value]) => value - 10 ** -(after.metric(id) as MathMetric).precision > 0,
        );
        const slack = 1e-9 * Math.max(1, Math.abs(s.target));
        if (sumLike || positiveBox)
          expect(Math.abs(result.residual)).toBeLessThanOrEqual(high - low + slack);
        expect(result.residual).toBeCloseTo(s.target - result.implied, 6);

        // Largest remainder: a plain sum of a whole-number target at 0 decimals is exact.
        if (
          s.relation === 'sum' &&
          children.every((c) => c.precision === 0) &&
          method.kind !== 'solve-for'
        ) {
          const whole = splitDown(before, 'm_p', method, {
            fixed: [],
            target: Math.round(s.target),
          });
          if (whole.ok) expect(Math.abs(whole.residual)).toBeLessThanOrEqual(1e-9 * s.target);
        }
      }),
      { numRuns: 400 },
    );
  });
});
