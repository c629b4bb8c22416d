import { describe, expect, it } from 'vitest';
import { parseWeight, weightsLookLikeFractions } from './parse-weight';
import { numberCell, textCell } from './test-cells';

describe('parseWeight', () => {
  it('reads written percentages as percent points, scale not guessed', () => {
    expect(parseWeight(textCell('20%'))).toEqual({ value: 20, text: '20%', guessed: false });
    expect(parseWeight(textCell('２０％')).value).toBe(20);
    expect(parseWeight(numberCell(0.2, '20%', '0%'))).toEqual({
      value: 20,
      text: '20%',
      guessed: false,
    });
    expect(parseWeight(numberCell(0.07, '7%', '0%')).value).toBe(7);
    expect(parseWeight(textCell('200‰')).value).toBe(20);
  });

  it('drops the comparator of a weight', () => {
    expect(parseWeight(textCell('≧20%'))).toEqual({ value: 20, text: '≧20%', guessed: false });
    expect(parseWeight(textCell('不低于10%')).value).toBe(10);
  });

  it('reads bare numbers by the column: fractions ×100, points as they are', () => {
    expect(parseWeight(numberCell(0.2), { columnFractions: true })).toEqual({
      value: 20,
      text: '0.2',
      guessed: true,
    });
    expect(parseWeight(textCell('0.2'), { columnFractions: true }).value).toBe(20);
    expect(parseWeight(numberCell(1), { columnFractions: true }).value).toBe(100);
    expect(parseWeight(numberCell(20), { columnFractions: false })).toEqual({
      value: 20,
      text: '20',
      guessed: false,
    });
    expect(parseWeight(numberCell(1), { columnFractions: false })).toMatchObject({
      value: 1,
      guessed: false,
    });
  });

  it('without a column, reads 0 < x ≤ 1 as a fraction (guessed) and more as points', () => {
    expect(parseWeight(numberCell(0.25))).toMatchObject({ value: 25, guessed: true });
    expect(parseWeight(numberCell(30))).toMatchObject({ value: 30, guessed: false });
    expect(parseWeight(numberCell(0))).toMatchObject({ value: 0, guessed: false });
  });

  it('undoes float noise of the scaling', () => {
    expect(parseWeight(numberCell(0.07), { columnFractions: true }).value).toBe(7);
    expect(parseWeight(numberCell(0.35), { columnFractions: true }).value).toBe(35);
  });

  it('keeps a value out of 0–100 for the caller to warn about', () => {
    expect(parseWeight(textCell('120%')).value).toBe(120);
    expect(parseWeight(textCell('-5%')).value).toBe(-5);
  });

  it('reads score points (20分) as percent points, marked guessed', () => {
    expect(parseWeight(textCell('20分'))).toMatchObject({ value: 20, guessed: true });
  });

  it('gives null for what is not one weight', () => {
    for (const text of ['—', '待定', '12次', '10%~20%', '持续提升', '']) {
      expect(parseWeight(textCell(text))).toEqual({ value: null, text, guessed: false });
    }
    expect(parseWeight(numberCell(1e307), { columnFractions: true }).value).toBeNull();
    expect(parseWeight(null)).toEqual({ value: null, text: '', guessed: false });
    expect(parseWeight({ value: '#DIV/0!', text: '#DIV/0!', isError: true }).value).toBeNull();
  });
});

describe('weightsLookLikeFractions', () => {
  it('is true for a column of fractions, with blanks and headings in it', () => {
    expect(weightsLookLikeFractions([numberCell(0.3), null, numberCell(0.2), textCell('—')])).toBe(
      true,
    );
    expect(weightsLookLikeFractions([textCell('0.5'), textCell('0.5')])).toBe(true);
  });

  it('is true for several sets of fractions in one column (sum above 1)', () => {
    const cells = [0.5, 0.3, 0.2, 0.6, 0.4].map((value) => numberCell(value));
    expect(weightsLookLikeFractions(cells)).toBe(true);
  });

  it('is true for a lone 1 (100%), false for 1, 1, 1 (equal points)', () => {
    expect(weightsLookLikeFractions([numberCell(1)])).toBe(true);
    expect(weightsLookLikeFractions([numberCell(1), numberCell(1), numberCell(1)])).toBe(false);
  });

  it('is false when any bare number is above 1, or there is none', () => {
    expect(weightsLookLikeFractions([numberCell(0.2), numberCell(30)])).toBe(false);
    expect(weightsLookLikeFractions([numberCell(20), numberCell(30), numberCell(50)])).toBe(false);
    expect(weightsLookLikeFractions([])).toBe(false);
    expect(weightsLookLikeFractions([null, textCell('—')])).toBe(false);
    expect(weightsLookLikeFractions([numberCell(0), numberCell(0)])).toBe(false);
  });

  it('ignores cells that write their scale', () => {
    const cells = [numberCell(0.2, '20%', '0%'), textCell('30%'), numberCell(0.5)];
    expect(weightsLookLikeFractions(cells)).toBe(true);
    expect(weightsLookLikeFractions([textCell('20%'), textCell('80%')])).toBe(false);
  });
});
