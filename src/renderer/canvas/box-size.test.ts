import { describe, expect, it } from 'vitest';
import { createMetric } from '../../shared/workspace/create';
import { metricBoxSize, numbersText, OVERVIEW_FONT_SIZES, wrapText } from './box-size';
import { NODE_HEIGHT } from './layout';

const metric = (
  name: string,
  fields: Parameters<typeof createMetric>[0] extends infer F ? Partial<F> : never = {},
) => createMetric({ name, layer: 'individual', parentId: 'ns', ...fields });
const noLabels = { department: null, owner: null };

describe('wrapText', () => {
  it('fits nine 22 px CJK characters on a 208 px line and wraps the tenth', () => {
    expect(wrapText('技术创新提案落地数', 22, 208).lines).toBe(1);
    expect(wrapText('每活跃用户月均下单数', 22, 208).lines).toBe(2);
  });

  it('wraps Latin text at spaces, never inside a word that fits a line', () => {
    const wrapped = wrapText('Technical innovation proposals delivered', 22, 208);
    // As Chromium draws it: Technical / innovation / proposals / delivered.
    expect(wrapped).toEqual({ lines: 4, brokeWord: false });
    expect(wrapText('Orders', 22, 208).lines).toBe(1);
  });

  it('keeps closing punctuation with the character before it', () => {
    // Eight characters, then "）" would start the second line: it takes "间" with it.
    expect(wrapText('首屏加载时间时间）', 22, 176).lines).toBe(2);
  });

  it('breaks a word wider than the line, and says so', () => {
    expect(wrapText('Supercalifragilisticexpialidocious', 22, 208)).toMatchObject({
      lines: 2,
      brokeWord: true,
    });
  });
});

describe('metricBoxSize', () => {
  it('gives a box whose texts fit one line each the shortest height', () => {
    const size = metricBoxSize(metric('下单失败率', { target: 1.2 }), noLabels);
    expect(size.height).toBe(NODE_HEIGHT);
  });

  it('grows with the name, the numbers, the department and the owner', () => {
    const base = metricBoxSize(metric('P1'), noLabels).height;
    expect(metricBoxSize(metric('Technical innovation proposals delivered'), noLabels).height).toBe(
      base + 3 * 28,
    );
    const numbers = metric('P1', {
      baseline: { value: 12_345_678.9, period: '' },
      target: 98_765_432.1,
      definition: { ...metric('x').definition, unit: 'orders per user per month', precision: 1 },
    });
    expect(numbersText(numbers)).toBe('12,345,678.9 → 98,765,432.1 orders per user per month');
    expect(metricBoxSize(numbers, noLabels).height).toBeGreaterThan(base);
    const labels = { department: 'Customer Service and After-sales', owner: null };
    expect(metricBoxSize(metric('P1'), labels).height).toBeGreaterThan(base);
  });

  it('zoomed out, gives the name the largest size at which it still fits the box', () => {
    expect(metricBoxSize(metric('P1级'), noLabels).overviewFontSize).toBe(OVERVIEW_FONT_SIZES[0]);
    const long = metricBoxSize(metric('Technical innovation proposals delivered'), noLabels);
    expect(long.overviewFontSize).toBeLessThan(OVERVIEW_FONT_SIZES[0]);
    // No word of it is broken at that size.
    expect(
      wrapText('Technical innovation proposals delivered', long.overviewFontSize, 208).brokeWord,
    ).toBe(false);
  });
});
