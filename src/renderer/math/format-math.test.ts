import { describe, expect, it } from 'vitest';
import { signed, signedPercent } from './format-math';

describe('signed figures', () => {
  it('carry a true minus or a plus, grouped as the locale groups', () => {
    expect(signed(-12, 0, 'zh-CN')).toBe('−12');
    expect(signed(12000, 0, 'en')).toBe('+12,000');
    expect(signed(0, 0, 'en')).toBe('0');
    expect(signedPercent(-8, 'en')).toBe('−8%');
    expect(signedPercent(-0.990099, 'en', 2)).toBe('−0.99%');
  });

  it('show more decimals rather than a gap of 0', () => {
    expect(signed(-0.3, 0, 'en')).toBe('−0.3');
    expect(signed(0.004, 1, 'en')).toBe('+0.004');
    expect(signed(1e-12, 0, 'en')).toBe('0');
  });
});
