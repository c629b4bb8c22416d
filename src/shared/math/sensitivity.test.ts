import { describe, expect, it } from 'vitest';
import { rollUp } from './roll-up';
import { sensitivity } from './sensitivity';
import { mathInput, metric, type MetricFields } from './test-fixtures';

function levers(parent: MetricFields, targets: number[]) {
  const result = sensitivity(
    rollUp(
      mathInput([
        metric('m_p', parent),
        ...targets.map((target, i) =>
          metric(`m_${i}`, { parentId: 'm_p', target, baseline: target / 2 }),
        ),
      ]),
    ),
    'm_p',
  );
  if (!result.ok) throw new Error(result.diagnostic.kind);
  return result.levers.map((lever) => [lever.id, Number((lever.percent as number).toFixed(4))]);
}

describe('sensitivity', () => {
  it('a product moves 1 % for every factor', () => {
    expect(levers({ relation: 'product' }, [100_000, 0.02, 50])).toEqual([
      ['m_0', 1],
      ['m_1', 1],
      ['m_2', 1],
    ]);
  });

  it('a ratio: +1 % for the numerator, −0.99 % for the denominator', () => {
    const ratio = {
      relation: 'ratio',
      parameters: { numeratorId: 'm_1', denominatorId: 'm_0' },
    } as const;
    expect(levers(ratio, [200, 30])).toEqual([
      ['m_1', 1],
      ['m_0', -0.9901],
    ]);
  });

  it('a sum by each input’s share, biggest lever first', () => {
    expect(levers({}, [10, 60, 30])).toEqual([
      ['m_1', 0.6],
      ['m_2', 0.3],
      ['m_0', 0.1],
    ]);
    expect(
      levers({ relation: 'weighted-sum', parameters: { coefficients: { m_0: 9 } } }, [10, 60, 30]),
    ).toEqual([
      ['m_0', 0.5],
      ['m_1', 0.3333],
      ['m_2', 0.1667],
    ]);
  });

  it('a formula, numerically', () => {
    expect(
      levers(
        { relation: 'formula', parameters: { formula: '{m_0} * {m_1} / 100 + {m_2}' } },
        [200, 50, 0],
      ),
    ).toEqual([
      ['m_0', 1],
      ['m_1', 1],
      ['m_2', 0],
    ]);
  });

  it('on baselines too, and typed reasons when it cannot', () => {
    const tree = rollUp(
      mathInput([
        metric('m_p'),
        metric('m_0', { parentId: 'm_p', target: 1, baseline: 3 }),
        metric('m_1', { parentId: 'm_p', target: 3, baseline: 1 }),
      ]),
    );
    const result = sensitivity(tree, 'm_p', { basis: 'baseline' });
    expect(result.ok && result.levers[0]?.id).toBe('m_0');
    expect(sensitivity(tree, 'm_0')).toEqual({ ok: false, diagnostic: { kind: 'no-inputs' } });
    const missing = rollUp(mathInput([metric('m_p'), metric('m_0', { parentId: 'm_p' })]));
    expect(sensitivity(missing, 'm_p')).toMatchObject({
      ok: false,
      diagnostic: { kind: 'missing-input' },
    });
    const zero = rollUp(mathInput([metric('m_p'), metric('m_0', { parentId: 'm_p', target: 0 })]));
    expect(sensitivity(zero, 'm_p')).toMatchObject({
      ok: true,
      levers: [{ percent: null, absolute: 0 }],
    });
  });
});
