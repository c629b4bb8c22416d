import { describe, expect, it } from 'vitest';
import {
  chineseNumeral,
  isOutlineParent,
  parseOutline,
  parseOutlineNumber,
  splitOutlinePrefix,
} from './outline-number';

describe('parseOutlineNumber', () => {
  it.each([
    ['1', [1]],
    ['12', [12]],
    ['1.1', [1, 1]],
    ['1.1.1', [1, 1, 1]],
    ['1.2.10', [1, 2, 10]],
    ['1.', [1]],
    ['1.1.', [1, 1]],
    ['1、', [1]],
    ['1)', [1]],
    ['(1)', [1]],
    ['（1）', [1]],
    ['1-2', [1, 2]],
    ['1,1,1', [1, 1, 1]],
    ['１．２', [1, 2]],
    ['一、', [1]],
    ['十', [10]],
    ['十二、', [12]],
    ['二十', [20]],
    ['九十九', [99]],
    ['（二）', [2]],
    ['(三)', [3]],
    ['①', [1]],
    ['⑳', [20]],
    ['A', [1]],
    ['c', [3]],
    ['A1', [1, 1]],
    ['A.2', [1, 2]],
    ['B1.2', [2, 1, 2]],
    ['a)', [1]],
  ])('%j → %j', (text, path) => {
    expect(parseOutlineNumber(text)).toEqual(path);
  });

  it.each([
    '',
    'KPI',
    'AB',
    '2025',
    '3.14159',
    '0',
    '0.5',
    '1.0',
    '一百',
    '十十',
    '二二',
    '1.1 销售额',
    '一、财务指标',
    '98%',
    '1..2',
    '1.2.3.4.5.6.7.8.9',
  ])('%j → null', (text) => {
    expect(parseOutlineNumber(text)).toBeNull();
  });

  it('tells the styles apart, since Chinese documents nest by style', () => {
    expect(parseOutline('一、')?.style).toBe('chinese');
    expect(parseOutline('（一）')?.style).toBe('chinese-bracketed');
    expect(parseOutline('1.')?.style).toBe('arabic');
    expect(parseOutline('(1)')?.style).toBe('arabic-bracketed');
    expect(parseOutline('1)')?.style).toBe('arabic-bracketed');
    expect(parseOutline('①')?.style).toBe('circled');
    expect(parseOutline('A1')?.style).toBe('letter');
  });
});

describe('chineseNumeral', () => {
  it('reads 一 … 九十九 in the standard forms', () => {
    expect(chineseNumeral('一')).toBe(1);
    expect(chineseNumeral('十')).toBe(10);
    expect(chineseNumeral('十五')).toBe(15);
    expect(chineseNumeral('三十')).toBe(30);
    expect(chineseNumeral('四十二')).toBe(42);
    expect(chineseNumeral('零')).toBeNull();
    expect(chineseNumeral('一百')).toBeNull();
  });
});

describe('isOutlineParent', () => {
  it('is true only for the direct parent', () => {
    expect(isOutlineParent([1], [1, 2])).toBe(true);
    expect(isOutlineParent([1, 2], [1, 2, 3])).toBe(true);
    expect(isOutlineParent([1], [1, 2, 3])).toBe(false);
    expect(isOutlineParent([1], [2, 1])).toBe(false);
    expect(isOutlineParent([1, 2], [1, 2])).toBe(false);
    expect(isOutlineParent([1, 2], [1])).toBe(false);
    expect(isOutlineParent([], [3])).toBe(true);
  });
});

describe('splitOutlinePrefix', () => {
  it.each([
    ['一、财务指标', [1], '财务指标'],
    ['（二）客户维度', [2], '客户维度'],
    ['1.1 销售额', [1, 1], '销售额'],
    ['1.2.3销售额增长率', [1, 2, 3], '销售额增长率'],
    ['1、协助GM做好日常营运', [1], '协助GM做好日常营运'],
    ['2. BUSINESS OBJECTIVE', [2], 'BUSINESS OBJECTIVE'],
    ['(1)回款率', [1], '回款率'],
    ['A. Finance', [1], 'Finance'],
    ['① 收案率 ≥ 70%', [1], '收案率 ≥ 70%'],
  ])('%j → %j + %j', (text, path, rest) => {
    expect(splitOutlinePrefix(text)).toMatchObject({ outline: { path }, rest });
  });

  it.each([
    '2025年目标',
    'A级客户',
    '一级指标',
    '1200万元',
    '98%达成',
    '销售额',
    '1.1',
    '一、',
    '',
  ])('%j has no outline prefix', (text) => {
    expect(splitOutlinePrefix(text)).toBeNull();
  });
});
