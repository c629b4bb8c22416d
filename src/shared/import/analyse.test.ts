import { describe, expect, it } from 'vitest';
import { analyseWorkbook } from './analyse';
import type { RawSheet } from './types';
import { sheet, workbook } from './table/test-sheet';

const messy = sheet(
  [
    ['2025年度 销售中心 KPI 考核表'],
    ['部门：销售中心', null, '负责人：张三', null, null],
    [],
    ['序号', '指标名称', '权重', '目标值', '单位'],
    ['1', '销售额', '30%', '1,200万', null],
    ['1.1', '新客户销售额', '10%', '300万', null],
    ['2', '回款率', '20%', '≥98%', null],
    [null, '合计', '60%', null, null],
    ['审核：', null, '批准：', null, null],
  ],
  { merges: ['A1:E1'] },
);

describe('analyseWorkbook', () => {
  it('reads a messy sheet end to end', () => {
    const analysis = analyseWorkbook(workbook(messy));
    expect(analysis).toMatchObject({
      sheet: 'Sheet1',
      layout: 'rows',
      headerRow: 3,
      headerRows: 1,
    });
    expect(analysis.columns.map((c) => c.field)).toEqual([
      'number',
      'name',
      'weight',
      'target',
      'unit',
    ]);
    expect(analysis.columns.every((c) => c.suggestedBy === 'synonym')).toBe(true);
    expect(
      analysis.metrics.map((m) => [m.name, m.weight, m.target, m.unit, m.comparator, m.parent]),
    ).toEqual([
      ['销售额', 30, 1200, '万', null, null],
      ['新客户销售额', 10, 300, '万', null, '销售额'],
      ['回款率', 20, 98, '%', '>=', null],
    ]);
    expect(analysis.rows.map((r) => (r.fate === 'skipped' ? r.reason : r.fate))).toEqual([
      'imported',
      'imported',
      'imported',
      'subtotal',
      'signature',
    ]);
  });

  it('recomputes everything after a changed mapping', () => {
    const first = analyseWorkbook(workbook(messy));
    const mapping = first.columns.map((c) => c.field);
    mapping[3] = 'baseline';
    const again = analyseWorkbook(workbook(messy), { mapping });
    expect(again.columns[3]).toMatchObject({ field: 'baseline', suggestedBy: 'user' });
    expect(again.metrics[0]).toMatchObject({ name: '销售额', target: null, baseline: 1200 });
  });

  it('pads a short mapping and drops fields it does not know', () => {
    const analysis = analyseWorkbook(workbook(messy), {
      mapping: [null, 'name', 'nonsense' as never],
    });
    expect(analysis.columns.map((c) => c.field)).toEqual([null, 'name', null, null, null]);
    expect(analysis.metrics.map((m) => m.weight)).toEqual([null, null, null]);
  });

  it('takes the header row the user chooses and accounts for every row below it', () => {
    const analysis = analyseWorkbook(workbook(messy), { headerRow: 1 });
    expect(analysis.headerRow).toBe(1);
    expect(analysis.rows.map((r) => r.row)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });

  it('falls back to the best sheet when the named one does not exist', () => {
    expect(analyseWorkbook(workbook(messy), { sheet: 'missing' }).sheet).toBe('Sheet1');
  });

  it('gives an empty analysis for a workbook without sheets', () => {
    expect(analyseWorkbook(workbook())).toMatchObject({
      sheet: '',
      metrics: [],
      rows: [],
      sheets: [],
    });
  });

  it('analyses a 20,000-row sheet in linear time', () => {
    const rows: (string | number | null)[][] = [
      ['部门', '序号', '指标名称', '权重', '目标值', '单位', '负责人'],
    ];
    for (let i = 0; i < 20_000; i++) {
      rows.push([
        i % 50 === 0 ? `部门${i}` : null,
        `${1 + Math.floor(i / 10)}.${(i % 10) + 1}`,
        `指标${i}`,
        0.1,
        `≥${i % 100}%`,
        '%',
        '张三、李四',
      ]);
    }
    const big: RawSheet = sheet(rows);
    const started = performance.now();
    const analysis = analyseWorkbook(workbook(big));
    const elapsed = performance.now() - started;
    expect(analysis.metrics).toHaveLength(20_000);
    expect(analysis.metrics[1]).toMatchObject({ department: '部门0', weight: 10, target: 1 });
    // A quadratic step would take minutes here; linear passes take well under a second.
    expect(elapsed).toBeLessThan(5_000);
  });
});
