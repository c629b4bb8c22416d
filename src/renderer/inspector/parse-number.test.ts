import { describe, expect, it } from 'vitest';
import { numberToInput, parseNumberInput } from './parse-number';

describe('parseNumberInput', () => {
  it.each([
    ['2.6', 2.6],
    ['42', 42],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['２.６', 2.6],
    ['４２', 42],
    ['１，２３４．５', 1234.5],
    ['-3', -3],
    ['−3', -3],
    ['+7', 7],
    ['.5', 0.5],
    ['  18  ', 18],
    ['12%', 12],
    ['0', 0],
    ['2。6', 2.6],
  ])('reads %j as %d', (input, value) => {
    expect(parseNumberInput(input)).toEqual({ ok: true, value });
  });

  it.each(['', '   ', '\u3000'])('reads %j as no value', (input) => {
    expect(parseNumberInput(input)).toEqual({ ok: true, value: null });
  });

  it.each([
    'abc',
    '2.6.1',
    '1,23',
    '12,34.5',
    '1e400',
    '1e3',
    'NaN',
    'Infinity',
    '--1',
    '3 元',
    '二',
  ])('refuses %j', (input) => {
    expect(parseNumberInput(input)).toEqual({ ok: false });
  });

  it('round-trips what it shows', () => {
    for (const value of [0, 2.6, -3, 1234.5, 0.000001, 123456789]) {
      expect(parseNumberInput(numberToInput(value))).toEqual({ ok: true, value });
    }
    expect(numberToInput(null)).toBe('');
  });
});
