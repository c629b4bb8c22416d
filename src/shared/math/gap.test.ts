import { describe, expect, it } from 'vitest';
import { gapOf, unitCheck, type UnitOf } from './gap';
import { unitKey } from './graph';
import { rollUp } from './roll-up';
import { mathInput, metric } from './test-fixtures';

const ok = (value: number) => ({ ok: true, value }) as const;
const none = { percent: 0, absolute: 0 };

describe('gapOf', () => {
  it('measures the own target against the implied one, both ways', () => {
    expect(gapOf(110, ok(100), 'higher', none)).toEqual({
      target: 110,
      implied: 100,
      absolute: 10,
      percent: 10,
      side: 'above',
      shortfall: true,
    });
    expect(gapOf(90, ok(100), 'higher', none)).toMatchObject({
      absolute: -10,
      side: 'below',
      shortfall: false,
    });
    // For a complaint rate, inputs adding up to more than the target fall short.
    expect(gapOf(90, ok(100), 'lower', none)).toMatchObject({ shortfall: true });
    expect(gapOf(90, ok(100), 'range', none)).toMatchObject({ shortfall: null });
  });

  it('shows no gap within the percent OR the absolute tolerance', () => {
    expect(gapOf(104, ok(100), 'higher', { percent: 5, absolute: 0 })).toBeNull();
    expect(gapOf(106, ok(100), 'higher', { percent: 5, absolute: 0 })).not.toBeNull();
    expect(gapOf(1_000_003, ok(1_000_000), 'higher', { percent: 0, absolute: 5 })).toBeNull();
    expect(gapOf(106, ok(100), 'higher', { percent: 5, absolute: 6 })).toBeNull();
  });

  it('treats the same number computed two ways as no gap, even at zero tolerance', () => {
    expect(gapOf(0.3, ok(0.1 + 0.2), 'higher', none)).toBeNull();
  });

  it('has no percent when the inputs imply zero, and no gap without both figures', () => {
    expect(gapOf(5, ok(0), 'higher', none)).toMatchObject({ absolute: 5, percent: null });
    expect(gapOf(5, ok(0), 'higher', { percent: 50, absolute: 0 })).not.toBeNull();
    expect(gapOf(null, ok(1), 'higher', none)).toBeNull();
    expect(gapOf(1, { ok: false, diagnostic: { kind: 'not-finite' } }, 'higher', none)).toBeNull();
    expect(gapOf(1, null, 'higher', none)).toBeNull();
  });
});

describe('unitCheck', () => {
  const unit = (text: string): UnitOf => ({ unit: text, key: unitKey(text) });
  const check = (relation: Parameters<typeof unitCheck>[0], own: string, units: string[]) =>
    unitCheck(
      relation,
      unit(own),
      units.map((_, i) => `m_${i}`),
      (i) => unit(units[i] as string),
    );

  it('ignores case, compatibility forms and spaces', () => {
    expect(check('sum', '%', ['%', '％', ' % '])).toBeNull();
    expect(check('sum', 'KG', ['kg', 'Kg'])).toBeNull();
  });

  it('flags different units in a sum, an average and a weighted sum', () => {
    for (const relation of ['sum', 'average', 'weighted-sum'] as const)
      expect(check(relation, '', ['元', '万元', '元'])?.mixed, relation).toEqual(['元', '万元']);
    expect(check('product', '', ['人', '%', '元'])).toBeNull();
    expect(check('ratio', '', ['人', '%'])).toBeNull();
  });

  it('lists inputs without a unit apart, never as a different unit', () => {
    expect(check('sum', '元', ['元', '', '元'])).toEqual({
      mixed: null,
      parentDiffers: null,
      unknown: ['m_1'],
    });
  });

  it('flags a sum whose inputs share a unit the metric does not have, but not a weighted sum', () => {
    expect(check('sum', '万元', ['元', '元'])?.parentDiffers).toEqual({
      own: '万元',
      inputs: '元',
    });
    expect(check('weighted-sum', '万元', ['元', '元'])).toBeNull();
    expect(check('sum', '', ['元', '元'])).toBeNull();
  });

  it('reaches the roll-up', () => {
    const result = rollUp(
      mathInput([
        metric('m_p', { unit: '元' }),
        metric('m_a', { parentId: 'm_p', unit: '元', target: 1 }),
        metric('m_b', { parentId: 'm_p', unit: '件', target: 1 }),
      ]),
    );
    expect(result.of('m_p')?.units?.mixed).toEqual(['元', '件']);
  });
});
