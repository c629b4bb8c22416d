import { describe, expect, it } from 'vitest';
import type { ParsedAmount } from '../types';
import { parseAmount, parseAmountText } from './parse-amount';
import { numberCell, textCell } from './test-cells';

const read = (text: string) => parseAmount(textCell(text));
const amount = (
  value: number | null,
  unit: string | null = null,
  comparator: ParsedAmount['comparator'] = null,
) => ({
  value,
  unit,
  comparator,
});
const range = (low: number, high: number, unit: string | null = null) => ({
  value: null,
  low,
  high,
  comparator: 'range',
  unit,
});

describe('parseAmount: plain numbers', () => {
  it.each([
    ['1200', 1200],
    ['1,200', 1200],
    ['1，200', 1200],
    ['1 200', 1200],
    ['12,345,678.5', 12345678.5],
    ['１２００', 1200],
    ['１，２００．５', 1200.5],
    ['-5', -5],
    ['−5', -5],
    ['－5', -5],
    ['+5', 5],
    ['.5', 0.5],
    ['0', 0],
    ['-0', 0],
    ['1.5e3', 1500],
    ['  42  ', 42],
  ])('%j → %d', (text, value) => {
    expect(read(text)).toMatchObject(amount(value));
  });

  it('reads a comma as a decimal only when it cannot be a thousands separator', () => {
    expect(read('1,5')).toMatchObject(amount(1.5));
    expect(read('12,25')).toMatchObject(amount(12.25));
    expect(read('1.234,5')).toMatchObject(amount(1234.5));
    // Three digits after one comma: thousands, never 1.2.
    expect(read('1,200')).toMatchObject(amount(1200));
    // Ambiguous or malformed: nothing rather than a wrong number.
    expect(read('1234,567').value).toBeNull();
    expect(read('1,1,1').value).toBeNull();
    expect(read('1,20,000').value).toBeNull();
  });

  it('keeps a dot as the decimal point', () => {
    expect(read('1.200')).toMatchObject(amount(1.2));
  });

  it('gives null, never Infinity, for a number too large to hold', () => {
    expect(read('1e999').value).toBeNull();
    expect(read('9'.repeat(400)).value).toBeNull();
  });
});

describe('parseAmount: percent and per-mille', () => {
  it.each([
    ['98%', 98],
    ['98 %', 98],
    ['98％', 98],
    ['98.5%', 98.5],
    ['-2%', -2],
  ])('%j → %d %', (text, value) => {
    expect(read(text)).toMatchObject(amount(value, '%'));
  });

  it('keeps % as the unit when a verb follows it', () => {
    expect(read('100%完成')).toMatchObject(amount(100, '%'));
    expect(read('≥95%覆盖')).toMatchObject(amount(95, '%', '>='));
    expect(read('50%/月')).toMatchObject(amount(50, '%/月'));
  });

  it('keeps per-mille as its own unit', () => {
    expect(read('5‰')).toMatchObject(amount(5, '‰'));
  });

  it('undoes a percent format: 0.98 shown as 98% is 98 %', () => {
    expect(parseAmount(numberCell(0.98, '98%', '0%'))).toMatchObject(amount(98, '%'));
    expect(parseAmount(numberCell(0.07, '7.00%', '0.00%'))).toMatchObject(amount(7, '%'));
    expect(parseAmount(numberCell(1.2345, '123.45%', '0.00%;[Red]-0.00%'))).toMatchObject(
      amount(123.45, '%'),
    );
  });

  it('reads the shown text when the format was lost (a CSV "98%" that became 0.98)', () => {
    expect(parseAmount(numberCell(0.98, '98%'))).toMatchObject(amount(98, '%'));
    expect(parseAmount(numberCell(0.9856, '98.6%'))).toMatchObject(amount(98.56, '%'));
    expect(parseAmount(numberCell(1200, '1,200万元'))).toMatchObject(amount(1200, '万元'));
    // The text is not this number: keep the number as stored, without a unit.
    expect(parseAmount(numberCell(0.5, '98%'))).toMatchObject(amount(0.5));
    expect(parseAmount(numberCell(0.98, '0.98'))).toMatchObject(amount(0.98));
  });

  it('does not scale a quoted or escaped % in the format', () => {
    expect(parseAmount(numberCell(98, '98%', '0"%"'))).toMatchObject(amount(98, '%'));
    expect(parseAmount(numberCell(98, '98%', '0\\%'))).toMatchObject(amount(98, '%'));
  });

  it('marks bare numbers of a percent column with %, value as written', () => {
    expect(parseAmount(textCell('98'), { percentField: true })).toMatchObject(amount(98, '%'));
    expect(parseAmount(numberCell(98), { percentField: true })).toMatchObject(amount(98, '%'));
    expect(parseAmount(textCell('12次'), { percentField: true })).toMatchObject(amount(12, '次'));
  });
});

describe('parseAmount: comparators', () => {
  it.each([
    ['≥98%', '>='],
    ['≧98%', '>='],
    ['>=98%', '>='],
    ['＞=98%', '>='],
    ['不低于98%', '>='],
    ['不少于 98%', '>='],
    ['至少98%', '>='],
    ['98%以上', '>='],
    ['98%及以上', '>='],
    ['98%+', '>='],
    ['≤98%', '<='],
    ['≦98%', '<='],
    ['<=98%', '<='],
    ['不高于98%', '<='],
    ['不超过98%', '<='],
    ['98%以内', '<='],
    ['98%以下', '<='],
    ['控制在98%以内', '<='],
    ['>98%', '>'],
    ['＞98%', '>'],
    ['大于98%', '>'],
    ['高于98%', '>'],
    ['超过98%', '>'],
    ['<98%', '<'],
    ['小于98%', '<'],
    ['低于98%', '<'],
    ['=98%', '='],
    ['等于98%', '='],
    ['at least 98%', '>='],
    ['no more than 98%', '<='],
    ['约98%', null],
  ])('%j → %s 98 %', (text, comparator) => {
    expect(read(text)).toMatchObject(amount(98, '%', comparator as ParsedAmount['comparator']));
  });

  it('reads a suffix comparator after a unit', () => {
    expect(read('5次以内')).toMatchObject(amount(5, '次', '<='));
    expect(read('3天内')).toMatchObject(amount(3, '天', '<='));
    expect(read('50人以上')).toMatchObject(amount(50, '人', '>='));
  });

  it('refuses a prefix and a suffix that disagree', () => {
    expect(read('≥5以内').value).toBeNull();
    expect(read('≥98%以上')).toMatchObject(amount(98, '%', '>='));
  });

  it('allows a short note in brackets after the amount', () => {
    expect(read('≥98%（含）')).toMatchObject(amount(98, '%', '>='));
  });
});

describe('parseAmount: ranges', () => {
  it.each([
    ['95%~99%', 95, 99, '%'],
    ['95%～99%', 95, 99, '%'],
    ['95%〜99%', 95, 99, '%'],
    ['95%-99%', 95, 99, '%'],
    ['95%—99%', 95, 99, '%'],
    ['95%–99%', 95, 99, '%'],
    ['95% 至 99%', 95, 99, '%'],
    ['95~99%', 95, 99, '%'],
    ['95%~99', 95, 99, '%'],
    ['95到99', 95, 99, null],
    ['95 to 99', 95, 99, null],
    ['5-10次', 5, 10, '次'],
    ['-5~-3', -5, -3, null],
    ['-5~5', -5, 5, null],
    ['1,200~1,500万元', 1200, 1500, '万元'],
    ['95%~99%之间', 95, 99, '%'],
  ])('%j → %d..%d', (text, low, high, unit) => {
    expect(read(text)).toMatchObject(range(low, high, unit));
  });

  it('tells a leading minus from a dash', () => {
    expect(read('-5')).toMatchObject(amount(-5));
    expect(read('-10--5')).toMatchObject(range(-10, -5));
    expect(read('-10~-5')).toMatchObject(range(-10, -5));
    // 5 down to -3, or 5 to 3 with a stray dash: not safe either way.
    expect(read('5--3').value).toBeNull();
    expect(read('5--3').comparator).toBeNull();
  });

  it('turns a backwards range round, unless its dash makes it a date', () => {
    expect(read('99%~95%')).toMatchObject(range(95, 99, '%'));
    expect(read('2024-12').value).toBeNull();
    expect(read('2024-12').comparator).toBeNull();
  });

  it('refuses ends in two different units', () => {
    expect(read('95%~99次')).toMatchObject(amount(null));
  });
});

describe('parseAmount: units', () => {
  it.each([
    ['12次', 12, '次'],
    ['1,200万元', 1200, '万元'],
    ['1,200万', 1200, '万'],
    ['3亿', 3, '亿'],
    ['5千', 5, '千'],
    ['2百万', 2, '百万'],
    ['3.5天', 3.5, '天'],
    ['50人', 50, '人'],
    ['2.6单/人/月', 2.6, '单/人/月'],
    ['$1,200', 1200, '$'],
    ['¥1,200', 1200, '¥'],
    ['￥1,200', 1200, '¥'],
    ['1200元', 1200, '元'],
    ['USD 1,200', 1200, 'USD'],
    ['1200 USD', 1200, 'USD'],
    ['12 hours', 12, 'hours'],
    ['20 m²', 20, 'm²'],
  ])('%j → %d %s (万 / 亿 never multiplied)', (text, value, unit) => {
    expect(read(text)).toMatchObject(amount(value, unit));
  });

  it('takes the unit a number format writes', () => {
    expect(parseAmount(numberCell(1200, '1,200万元', '#,##0"万元"'))).toMatchObject(
      amount(1200, '万元'),
    );
    expect(parseAmount(numberCell(1200, '¥1,200', '[$¥-804]#,##0'))).toMatchObject(
      amount(1200, '¥'),
    );
    expect(parseAmount(numberCell(1200, '$1,200', '$#,##0_);($#,##0)'))).toMatchObject(
      amount(1200, '$'),
    );
    expect(parseAmount(numberCell(3, '3.00万', '0.00万'))).toMatchObject(amount(3, '万'));
    expect(parseAmount(numberCell(1200, '1,200', '#,##0'))).toMatchObject(amount(1200));
    expect(parseAmount(numberCell(1200, '1200', 'General'))).toMatchObject(amount(1200));
  });

  it('refuses a "unit" that is only punctuation', () => {
    expect(read('5-').value).toBeNull();
    expect(read('5/').value).toBeNull();
  });
});

describe('parseAmount: what is not an amount', () => {
  it.each(['—', '--', '-', '——', '/', 'N/A', 'n/a', '无', '暂无', '待定', 'TBD', '…'])(
    'placeholder %j → null, text kept',
    (text) => {
      expect(read(text)).toEqual({ value: null, comparator: null, unit: null, text });
    },
  );

  it.each([
    '持续提升',
    '提升5%',
    '同比增长10%',
    '2024/12/31',
    '2024年12月',
    'Q1',
    '8:30',
    '#DIV/0!',
    '①≥85% ②≤9%',
    '≥85%；≤9%',
    '收案≥67%；A1c<7%≥34%',
    '95%±2%',
  ])('free text %j → null, comparator null, unit null, text kept', (text) => {
    expect(read(text)).toEqual({ value: null, comparator: null, unit: null, text });
  });

  it('gives null for error cells and dates, keeping their text', () => {
    const error = parseAmount({ value: '#DIV/0!', text: '#DIV/0!', isError: true });
    expect(error).toEqual({ value: null, comparator: null, unit: null, text: '#DIV/0!' });
    const date = parseAmount({ value: '2025-01-31', text: '2025/1/31', isDate: true });
    expect(date).toEqual({ value: null, comparator: null, unit: null, text: '2025/1/31' });
  });

  it('gives null for empty, boolean and non-finite cells', () => {
    expect(parseAmount(null)).toEqual({ value: null, comparator: null, unit: null, text: '' });
    expect(parseAmount(textCell('')).value).toBeNull();
    expect(parseAmount({ value: true, text: 'TRUE' })).toMatchObject({ value: null, text: 'TRUE' });
    expect(parseAmount(numberCell(Number.NaN, 'NaN')).value).toBeNull();
    expect(parseAmount(numberCell(Infinity, '')).value).toBeNull();
    // Finite as stored, infinite as percent points.
    expect(parseAmount(numberCell(1e307, '', '0%')).value).toBeNull();
  });

  it('keeps the cell text as shown, and falls back to the value', () => {
    expect(parseAmount(numberCell(0.98, '98%', '0%')).text).toBe('98%');
    expect(parseAmount({ value: 12, text: '' }).text).toBe('12');
  });

  it('refuses long text without trying the grammar on it', () => {
    expect(read(`${'很长的说明'.repeat(20)}98%`).value).toBeNull();
  });
});

describe('parseAmountText', () => {
  it('reads a line of a header cell ("45%" under a metric name)', () => {
    expect(parseAmountText('45%')).toMatchObject(amount(45, '%'));
    expect(parseAmountText('代码质量').value).toBeNull();
  });
});
