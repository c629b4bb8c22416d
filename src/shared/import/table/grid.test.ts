import { describe, expect, it } from 'vitest';
import { buildGrid, cellText, looksNumeric } from './grid';
import { cell, sheet } from './test-sheet';

describe('buildGrid', () => {
  const grid = buildGrid(
    sheet(
      [
        ['部门', '指标', '目标'],
        ['销售部', '销售额', 100],
        [null, '回款', 80],
        [null, null, null],
        ['  市场部 ', '', ''],
      ],
      { merges: ['A2:A3', 'B4:C4'] },
    ),
  );

  it('gives every cell of a merged area the area’s value, and only the top-left its own text', () => {
    expect(grid.text(2, 0)).toBe('');
    expect(grid.areaText(2, 0)).toBe('销售部');
    expect(grid.areaCell(2, 0)?.value).toBe('销售部');
    expect(grid.mergeAt(1, 0)).toEqual({ top: 1, left: 0, bottom: 2, right: 0 });
    expect(grid.mergeAt(1, 1)).toBeNull();
  });

  it('counts own filled cells per row, trimmed', () => {
    expect(grid.filledCount(1)).toBe(3);
    expect(grid.filledCount(2)).toBe(2);
    expect(grid.filledCount(3)).toBe(0);
    expect(grid.filledColumns(4)).toEqual([0]);
    expect(grid.text(4, 0)).toBe('市场部');
    expect(grid.columnCount).toBe(3);
    expect(grid.rowCount).toBe(5);
  });

  it('answers outside the sheet with nothing', () => {
    expect(grid.text(99, 99)).toBe('');
    expect(grid.cell(-1, 0)).toBeNull();
    expect(grid.filledCount(99)).toBe(0);
  });

  it('ignores merges that point outside the rows or are a single cell', () => {
    const odd = buildGrid({
      name: 'x',
      rows: [[cell('a')]],
      merges: [
        { top: 0, left: 0, bottom: 0, right: 0 },
        { top: 5, left: 0, bottom: 900, right: 3 },
        { top: 2, left: 3, bottom: 1, right: 1 },
      ],
      hidden: false,
      truncated: false,
    });
    expect(odd.mergeAt(0, 0)).toBeNull();
    expect(odd.areaText(0, 0)).toBe('a');
  });
});

describe('cellText and looksNumeric', () => {
  it('prefers the shown text and falls back to the value', () => {
    expect(cellText({ value: 0.2, text: '20%' })).toBe('20%');
    expect(cellText({ value: 12, text: '' })).toBe('12');
    expect(cellText(null)).toBe('');
  });

  it('tells amounts from words', () => {
    for (const text of ['≥98%', '95%~99%', '12次', '1,200万', '0.2', '-5']) {
      expect(looksNumeric({ value: text, text }, text)).toBe(true);
    }
    for (const text of ['销售额', 'Q1 target', '按计划完成', '']) {
      expect(looksNumeric({ value: text, text }, text)).toBe(false);
    }
    expect(looksNumeric({ value: 3, text: '3' }, '3')).toBe(true);
    expect(looksNumeric({ value: '2024-01-01', text: '2024-01-01', isDate: true }, 'x')).toBe(
      false,
    );
  });
});
