import { describe, expect, it } from 'vitest';
import { analyseWorkbook } from '../analyse';
import { sheet, workbook } from './test-sheet';

const parents = (rows: (string | number | null)[][], merges: string[] = []) =>
  analyseWorkbook(workbook(sheet(rows, { merges }))).metrics.map((m) => [m.name, m.parent]);

describe('hierarchy', () => {
  it('links 1 → 1.1 → 1.1.1 from the number column', () => {
    expect(
      parents([
        ['序号', '指标名称', '目标值'],
        ['1', '营业收入', '1000'],
        ['1.1', '产品收入', '800'],
        ['1.1.1', '华东产品收入', '300'],
        ['1.2', '服务收入', '200'],
        ['2', '利润', '100'],
        ['2.1', '毛利', '150'],
      ]),
    ).toEqual([
      ['营业收入', null],
      ['产品收入', '营业收入'],
      ['华东产品收入', '产品收入'],
      ['服务收入', '营业收入'],
      ['利润', null],
      ['毛利', '利润'],
    ]);
  });

  it('reads numbering written in front of the name when there is no number column', () => {
    expect(
      parents([
        ['指标名称', '目标值'],
        ['1 营业收入', '1000'],
        ['1.1 产品收入', '800'],
      ]),
    ).toEqual([
      ['营业收入', null],
      ['产品收入', '营业收入'],
    ]);
  });

  it('warns parent-not-found when a number points at nothing, and links the nearest ancestor', () => {
    const { metrics, rows } = analyseWorkbook(
      workbook(
        sheet([
          ['序号', '指标名称', '目标值'],
          ['1', '营业收入', '1000'],
          ['1.2.1', '华东收入', '300'],
          ['3.1', '人效', '10'],
        ]),
      ),
    );
    expect(metrics.map((m) => m.parent)).toEqual([null, '营业收入', null]);
    expect(metrics[1]?.warnings).toEqual([
      { code: 'parent-not-found', field: 'number', text: '1.2.1' },
    ]);
    expect(rows[2]).toMatchObject({
      fate: 'warning',
      warnings: [{ code: 'parent-not-found', text: '3.1' }],
    });
  });

  it('makes 一级指标 / 二级指标 columns into parent and child metrics, the level-1 name merged down', () => {
    const { metrics, rows } = analyseWorkbook(
      workbook(
        sheet(
          [
            ['一级指标', '二级指标', '权重', '目标值'],
            ['财务', '销售额', '30%', '1200'],
            [null, '回款率', '20%', '98%'],
            ['客户', '满意度', '50%', '90'],
          ],
          { merges: ['A2:A3'] },
        ),
      ),
    );
    expect(metrics.map((m) => [m.name, m.parent, m.weight])).toEqual([
      ['财务', null, null],
      ['销售额', '财务', 30],
      ['回款率', '财务', 20],
      ['客户', null, null],
      ['满意度', '客户', 50],
    ]);
    expect(rows.map((r) => (r.fate === 'skipped' ? r.reason : r.metrics))).toEqual([
      [0, 1],
      [2],
      [3, 4],
    ]);
  });

  it('follows a level column (1 / 2 / 3)', () => {
    expect(
      parents([
        ['层级', '指标名称', '目标值'],
        ['1', '收入', '1000'],
        ['2', '产品收入', '800'],
        ['3', '华东', '300'],
        ['2', '服务收入', '200'],
      ]),
    ).toEqual([
      ['收入', null],
      ['产品收入', '收入'],
      ['华东', '产品收入'],
      ['服务收入', '收入'],
    ]);
  });

  it('reads a name header merged over two columns as two levels', () => {
    expect(
      parents(
        [
          ['评价项目', null, '权重'],
          ['基本工作', '工作效果', '40%'],
          [null, '工作态度', '20%'],
        ],
        ['A1:B1', 'A2:A3'],
      ),
    ).toEqual([
      ['基本工作', null],
      ['工作效果', '基本工作'],
      ['工作态度', '基本工作'],
    ]);
  });
});
