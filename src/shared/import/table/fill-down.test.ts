import { describe, expect, it } from 'vitest';
import { analyseWorkbook } from '../analyse';
import { sheet, workbook } from './test-sheet';

describe('fill-down', () => {
  it('gives a department merged down a column to every row it covers', () => {
    const { metrics } = analyseWorkbook(
      workbook(
        sheet(
          [
            ['部门', '岗位', '指标名称', '目标值'],
            ['销售部', '经理', '销售额', '1200'],
            [null, null, '回款率', '98%'],
            ['市场部', '专员', '品牌曝光', '500'],
          ],
          { merges: ['A2:A3', 'B2:B3'] },
        ),
      ),
    );
    expect(metrics.map((m) => [m.name, m.department, m.position])).toEqual([
      ['销售额', '销售部', '经理'],
      ['回款率', '销售部', '经理'],
      ['品牌曝光', '市场部', '专员'],
    ]);
  });

  it('fills blank department and category cells from the row above, never numbers', () => {
    const { metrics } = analyseWorkbook(
      workbook(
        sheet([
          ['部门', '考核维度', '指标名称', '目标值', '权重'],
          ['销售部', '财务', '销售额', '1200', '30%'],
          [null, null, '回款率', null, null],
          [null, '客户', '满意度', '90', '20%'],
        ]),
      ),
    );
    expect(metrics.map((m) => [m.department, m.category, m.target, m.weight])).toEqual([
      ['销售部', '财务', 1200, 30],
      ['销售部', '财务', null, null],
      ['销售部', '客户', 90, 20],
    ]);
  });

  it('stops at a section heading or a subtotal', () => {
    const { metrics } = analyseWorkbook(
      workbook(
        sheet([
          ['部门', '指标名称', '目标值'],
          ['销售部', '销售额', '1200'],
          [null, '合计', '1200'],
          [null, '满意度', '90'],
        ]),
      ),
    );
    expect(metrics.map((m) => [m.name, m.department])).toEqual([
      ['销售额', '销售部'],
      ['满意度', null],
    ]);
  });
});
