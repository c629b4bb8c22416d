import { describe, expect, it } from 'vitest';
import { analyseWorkbook } from '../analyse';
import { metricHeader } from './layout';
import { sheet, workbook } from './test-sheet';

describe('cross-tab', () => {
  const crossTab = sheet(
    [
      ['部门', '销售额', null, '回款率', null, '合计', null],
      [null, '权重', '目标值', '权重', '目标值', '权重', '目标值'],
      ['销售一部', '30%', '1200', '20%', '98%', '50%', null],
      ['销售二部', '--', '--', '40%', '95%', '40%', null],
      ['市场部', null, null, null, null, null, null],
      ['总计', '70%', '1200', '60%', null, null, null],
    ],
    { merges: ['A1:A2', 'B1:C1', 'D1:E1', 'F1:G1'] },
  );

  it('is found, and each filled weight/target pair becomes that department’s metric', () => {
    const analysis = analyseWorkbook(workbook(crossTab));
    expect(analysis.layout).toBe('cross-tab');
    expect(analysis.layouts).toContain('rows');
    expect(
      analysis.metrics.map((m) => [
        m.department,
        m.name,
        m.weight,
        m.target,
        m.sourceRow,
        m.sourceColumn,
      ]),
    ).toEqual([
      ['销售一部', '销售额', 30, 1200, 2, 1],
      ['销售一部', '回款率', 20, 98, 2, 3],
      ['销售二部', '回款率', 40, 95, 3, 3],
    ]);
    expect(analysis.rows.map((r) => (r.fate === 'skipped' ? r.reason : r.metrics))).toEqual([
      [0, 1],
      [2],
      'empty',
      'subtotal',
    ]);
  });

  it('can be read as rows when the user says so', () => {
    const analysis = analyseWorkbook(workbook(crossTab), { layout: 'rows' });
    expect(analysis.layout).toBe('rows');
    expect(analysis.layouts[0]).toBe('rows');
    expect(analysis.layouts).toContain('cross-tab');
  });
});

describe('transposed', () => {
  it('splits a header cell into name, note and weight', () => {
    expect(metricHeader(3, '代码质量\n(代码逻辑，bug数量)\n45%')).toEqual({
      column: 3,
      name: '代码质量',
      note: '(代码逻辑，bug数量)',
      weightText: '45%',
    });
    expect(metricHeader(0, '准时交付')).toEqual({
      column: 0,
      name: '准时交付',
      note: null,
      weightText: null,
    });
  });

  it('is found, and each person × metric with a value becomes a metric for that person; totals are not metrics', () => {
    const analysis = analyseWorkbook(
      workbook(
        sheet([
          [
            '姓名',
            '部门',
            '代码质量\n(代码逻辑，bug数量)\n45%',
            '进度\n(按时交付)\n35%',
            '协作\n20%',
            '总计',
          ],
          ['张三', '研发部', 4, 5, 3, 12],
          ['李四', '研发部', 5, null, '-', 5],
          ['合计', null, 9, 5, 3, 17],
        ]),
      ),
    );
    expect(analysis.layout).toBe('transposed');
    expect(
      analysis.metrics.map((m) => [m.owner, m.department, m.name, m.weight, m.target, m.note]),
    ).toEqual([
      ['张三', '研发部', '代码质量', 45, 4, '(代码逻辑,bug数量)'],
      ['张三', '研发部', '进度', 35, 5, '(按时交付)'],
      ['张三', '研发部', '协作', 20, 3, null],
      ['李四', '研发部', '代码质量', 45, 5, '(代码逻辑,bug数量)'],
    ]);
    expect(analysis.rows.map((r) => (r.fate === 'skipped' ? r.reason : r.fate))).toEqual([
      'imported',
      'imported',
      'subtotal',
    ]);
  });

  it('is found for a table with no name column: channels down, target columns across', () => {
    const analysis = analyseWorkbook(
      workbook(
        sheet([
          ['채널', '목표 비용', '목표 매출'],
          ['쿠팡', 450000000, 4705242873],
          ['othermall', 45100000, 49541667],
        ]),
      ),
    );
    expect(analysis.layout).toBe('transposed');
    expect(analysis.metrics).toHaveLength(4);
    expect(analysis.metrics[1]).toMatchObject({
      name: '목표 매출',
      department: '쿠팡',
      target: 4705242873,
    });
  });
});

describe('rows', () => {
  it('is the layout of an ordinary table, with no other layout listed', () => {
    const analysis = analyseWorkbook(
      workbook(
        sheet([
          ['指标名称', '权重', '目标值'],
          ['销售额', '30%', '1200'],
          ['回款率', '20%', '98%'],
        ]),
      ),
    );
    expect(analysis.layouts).toEqual(['rows']);
  });

  it('never reads a totals column as a metric in a two-row header of targets (目标值 over 上半年 / 下半年)', () => {
    const analysis = analyseWorkbook(
      workbook(
        sheet(
          [
            ['指标名称', '目标值', null, '合计'],
            [null, '上半年', '下半年', null],
            ['销售额', '500', '700', '1200'],
          ],
          { merges: ['A1:A2', 'B1:C1', 'D1:D2'] },
        ),
      ),
    );
    expect(analysis.layout).toBe('rows');
    expect(analysis.columns.map((c) => c.header)).toEqual([
      '指标名称',
      '目标值 / 上半年',
      '目标值 / 下半年',
      '合计',
    ]);
    expect(analysis.metrics).toHaveLength(1);
    expect(analysis.metrics[0]).toMatchObject({ name: '销售额', target: 500 });
  });
});
