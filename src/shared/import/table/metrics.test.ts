import { describe, expect, it } from 'vitest';
import { analyseWorkbook } from '../analyse';
import type { ImportedMetric, RawCell } from '../types';
import { percentCell, sheet, workbook } from './test-sheet';

function metricsOf(rows: (string | number | RawCell | null)[][]): ImportedMetric[] {
  return analyseWorkbook(workbook(sheet(rows))).metrics;
}
const header = ['指标名称', '权重', '目标值', '单位'];

describe('metrics', () => {
  it('reads targets as structure: comparators, ranges, units in the cell, 万 kept as the unit', () => {
    const metrics = metricsOf([
      header,
      ['合格率', '20%', '≥98%', null],
      ['良品率', '20%', '95%~99%', null],
      ['培训次数', '20%', '12次', null],
      ['销售额', '20%', '1,200万', null],
      ['返工率', '20%', '≤0.5%', null],
    ]);
    expect(
      metrics.map((m) => [
        m.name,
        m.target,
        m.targetLow,
        m.targetHigh,
        m.comparator,
        m.unit,
        m.targetText,
      ]),
    ).toEqual([
      ['合格率', 98, null, null, '>=', '%', '≥98%'],
      ['良品率', null, 95, 99, 'range', '%', '95%~99%'],
      ['培训次数', 12, null, null, null, '次', '12次'],
      ['销售额', 1200, null, null, null, '万', '1,200万'],
      ['返工率', 0.5, null, null, '<=', '%', '≤0.5%'],
    ]);
  });

  it('reads weights "20%", a percent cell and a column of fractions all as percent points', () => {
    const written = metricsOf([
      header,
      ['A', '20%', '1', null],
      ['B', percentCell(0.3), '1', null],
    ]);
    expect(written.map((m) => m.weight)).toEqual([20, 30]);
    expect(written.flatMap((m) => m.warnings)).toEqual([]);

    const fractions = metricsOf([
      header,
      ['A', 0.2, '1', null],
      ['B', 0.5, '1', null],
      ['C', 0.3, '1', null],
    ]);
    expect(fractions.map((m) => m.weight)).toEqual([20, 50, 30]);
    expect(fractions[0]?.warnings).toEqual([
      { code: 'percent-guessed', field: 'weight', text: '0.2' },
    ]);
  });

  it('warns when a weight is outside 0–100', () => {
    const [metric] = metricsOf([header, ['A', '150%', '1', null]]);
    expect(metric?.weight).toBe(150);
    expect(metric?.warnings).toEqual([
      { code: 'weight-out-of-range', field: 'weight', text: '150%' },
    ]);
  });

  it('takes the unit column first and warns when the target cell says another unit', () => {
    const [same, conflict, fromCell] = metricsOf([
      header,
      ['销售额', '20%', '1,200万', '万元'],
      ['工时', '20%', '100%', 'Giờ'],
      ['次数', '20%', '12次', null],
    ]);
    expect(same?.unit).toBe('万元');
    expect(same?.warnings).toEqual([]);
    expect(conflict?.unit).toBe('Giờ');
    expect(conflict?.warnings).toEqual([{ code: 'unit-conflict', field: 'unit', text: 'Giờ ≠ %' }]);
    expect(fromCell?.unit).toBe('次');
  });

  it('keeps a target that is not a number as text, and warns', () => {
    const [text, placeholder] = metricsOf([
      header,
      ['制度建设', '10%', '按计划完成', null],
      ['其他', '10%', '--', null],
    ]);
    expect(text).toMatchObject({ target: null, targetText: '按计划完成' });
    expect(text?.warnings).toEqual([
      { code: 'unreadable-number', field: 'target', text: '按计划完成' },
    ]);
    expect(placeholder?.target).toBeNull();
    expect(placeholder?.warnings).toEqual([]);
  });

  it('warns about error cells, dates and formulas written as text', () => {
    const [error, date, formula] = metricsOf([
      header,
      ['达成率', '10%', { value: '#DIV/0!', text: '#DIV/0!', isError: true }, null],
      ['上线日期', '10%', { value: '2025-06-30', text: '2025-06-30', isDate: true }, null],
      ['人效', '10%', '=G10/F10', null],
    ]);
    expect(error?.warnings).toEqual([{ code: 'error-cell', field: 'target', text: '#DIV/0!' }]);
    expect(date?.warnings).toEqual([{ code: 'date-value', field: 'target', text: '2025-06-30' }]);
    expect(formula?.warnings).toEqual([
      { code: 'formula-cell', field: 'target', text: '=G10/F10' },
    ]);
  });

  it('takes the first line of a multi-line name as the name and keeps the rest as its note', () => {
    const [metric] = metricsOf([
      header,
      ['Name of target:\nIncrease output\n(per line)', '20%', '1', null],
    ]);
    expect(metric).toMatchObject({ name: 'Name of target:', note: 'Increase output\n(per line)' });
    expect(metric?.warnings[0]).toMatchObject({ code: 'name-trimmed', field: 'name' });
  });

  it('splits owners and collaborators into people', () => {
    const [metric] = metricsOf([
      ['指标名称', '负责人', '协作人'],
      ['销售额', '张三、李四', '王五/赵六'],
    ]);
    expect(metric).toMatchObject({ owner: '张三', collaborators: ['李四', '王五', '赵六'] });
  });

  it('reads baseline, formula, data source and period', () => {
    const [metric] = metricsOf([
      ['指标名称', '上年实际', '目标值', '计算公式', '数据来源', '考核周期'],
      ['回款率', '92%', '98%', '回款/应收', '财务部', '季度'],
    ]);
    expect(metric).toMatchObject({
      baseline: 92,
      target: 98,
      formula: '回款/应收',
      dataSource: '财务部',
      period: '季度',
    });
  });
});
