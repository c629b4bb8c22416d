import { describe, expect, it } from 'vitest';
import { analyseWorkbook } from '../analyse';
import type { RowFate } from '../types';
import { sheet, workbook } from './test-sheet';

function fates(rows: (string | number | null)[][], merges: string[] = []): RowFate[] {
  return analyseWorkbook(workbook(sheet(rows, { merges }))).rows;
}
const reasons = (list: RowFate[]) => list.map((f) => (f.fate === 'skipped' ? f.reason : f.fate));

const header = ['序号', '指标名称', '权重', '目标值', '单位'];

describe('row fates', () => {
  it('skips empty rows, section headings, subtotals, notes and sign-off lines, and says so', () => {
    const list = fates(
      [
        header,
        ['一、财务指标'],
        ['1', '销售额', '30%', '1200', '万元'],
        [],
        ['Part Ⅱ'],
        ['2', '回款率', '20%', '98%', '%'],
        ['', '小 计', '50%', '', ''],
        ['', 'Total', '100%', '', ''],
        ['TỔNG', '', '', '', ''],
        ['', 'Итого', '', '', ''],
        ['注：权重合计应为100%'],
        ['Note: targets are yearly'],
        ['审核人：', '', '批准：', ''],
        ['签字', '', '日期：', ''],
        ['Người lập', '', 'ĐỀ XUẤT', ''],
        ['Подпись', '', '', ''],
      ],
      ['A2:E2', 'A5:E5'],
    );
    expect(reasons(list)).toEqual([
      'section-heading',
      'imported',
      'empty',
      'section-heading',
      'imported',
      'subtotal',
      'subtotal',
      'subtotal',
      'subtotal',
      'note',
      'note',
      'signature',
      'signature',
      'signature',
      'signature',
    ]);
    const subtotal = list[5];
    expect(subtotal).toMatchObject({ fate: 'skipped', text: '小 计 | 50%' });
  });

  it('treats a numbered section label with its share and no name as a section heading', () => {
    const list = fates([
      ['KPI Group', 'KPI Name', 'Target', 'Unit', 'Weight'],
      ['1. BUSINESS OBJECTIVES (Max 5)', null, null, null, '80%'],
      [null, 'Revenue', '100', 'USD', '50%'],
    ]);
    expect(reasons(list)).toEqual(['section-heading', 'imported']);
  });

  it('marks label: blank pairs after the table as sign-off', () => {
    const list = fates([
      header,
      ['1', '销售额', '30%', '1200', '万元'],
      ['Line manager:', '', 'Employee:', ''],
    ]);
    expect(reasons(list)).toEqual(['imported', 'signature']);
  });

  it('keeps metric names that only start like a sign-off word', () => {
    const list = fates([
      header,
      ['1', '审核通过率', '30%', '98%', '%'],
      ['2', '确认及时率', '20%', '95%', '%'],
    ]);
    expect(reasons(list)).toEqual(['imported', 'imported']);
  });

  it('skips a repeated header, rows of placeholders and unfilled template fields', () => {
    const list = fates([
      header,
      ['1', '销售额', '30%', '1200', '万元'],
      header,
      ['2', '回款率', '20%', '98%', '%'],
      ['—', '—', '--', '-', '/'],
      ['${stt}', '${kpiName}', '${percent}', '${m1}', '${unit}'],
    ]);
    expect(reasons(list)).toEqual(['imported', 'header', 'imported', 'empty', 'empty']);
  });

  it('skips a numbered row with no name, and duplicates of an earlier row', () => {
    const list = fates([
      header,
      ['1', '销售额', '30%', '1200', '万元'],
      ['2', '', '', '', ''],
      ['3', '', '20%', '50', ''],
      ['4', '销售额', '30%', '1200', '万元'],
    ]);
    expect(reasons(list)).toEqual(['imported', 'no-name', 'no-name', 'duplicate']);
    expect(list[2]).toMatchObject({ reason: 'no-name', text: '3 | 20% | 50' });
  });

  it('skips a second stacked table (a different header further down) as header rows, keeping totals and sign-off', () => {
    const list = fates([
      header,
      ['1', '销售额', '30%', '1200', '万元'],
      [],
      ['二、标准参数库'],
      ['产品', '指标名称', '数据来源', '负责人'],
      ['9500', '良品率', 'MES', '张三'],
      ['9600', '人时产出', 'MES', '李四'],
      ['合计', '', '', ''],
      ['审核：', '', '', ''],
    ]);
    expect(reasons(list)).toEqual([
      'imported',
      'empty',
      'section-heading',
      'header',
      'header',
      'header',
      'subtotal',
      'signature',
    ]);
  });

  it('accounts for every row below the header, in order', () => {
    const list = fates([
      ['title'],
      header,
      ['1', '销售额', '30%', '1200', '万元'],
      [],
      ['2', '回款', '', '', ''],
    ]);
    expect(list.map((f) => f.row)).toEqual([2, 3, 4]);
  });
});
