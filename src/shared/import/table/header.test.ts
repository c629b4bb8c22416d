import { describe, expect, it } from 'vitest';
import { createFieldOf } from './fields';
import { buildGrid } from './grid';
import { detectHeader, flattenHeader, subHeaderKind } from './header';
import { sheet } from './test-sheet';

const fieldOf = createFieldOf();

describe('detectHeader', () => {
  it('skips a merged title and a metadata block of label: value pairs', () => {
    const grid = buildGrid(
      sheet(
        [
          ['2025年销售部KPI考核表'],
          ['部门：销售部', null, '负责人：张三'],
          ['Full name:', 'Nguyen Van A', 'Dept:', 'Sales'],
          [],
          ['序号', '指标名称', '权重', '目标值', '单位'],
          ['1', '销售额', '30%', '1200', '万元'],
          ['2', '回款率', '20%', '98%', '%'],
        ],
        { merges: ['A1:E1'] },
      ),
    );
    const header = detectHeader(grid, fieldOf);
    expect(header.row).toBe(4);
    expect(header.rows).toBe(1);
    expect(header.texts).toEqual(['序号', '指标名称', '权重', '目标值', '单位']);
  });

  it('skips a section label between the metadata and the header', () => {
    const grid = buildGrid(
      sheet([
        ['Employee Code:', 'E001'],
        ['2025 TARGETS SETTING'],
        ['KPI Name', 'Target', 'Unit', 'Weight'],
        ['Revenue', '100', 'USD', '50%'],
      ]),
    );
    expect(detectHeader(grid, fieldOf).row).toBe(2);
  });

  it('flattens a two-row header: a group label merged over its sub-headers, other cells merged down', () => {
    const grid = buildGrid(
      sheet(
        [
          ['序号', '指标名称', '目标值', null, '权重'],
          [null, null, '上半年', '下半年', null],
          ['1', '销售额', '500', '700', '40%'],
        ],
        { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2'] },
      ),
    );
    const header = detectHeader(grid, fieldOf);
    expect(header).toMatchObject({ row: 0, rows: 2 });
    expect(header.texts).toEqual([
      '序号',
      '指标名称',
      '目标值 / 上半年',
      '目标值 / 下半年',
      '权重',
    ]);
  });

  it('flattens a bilingual group header (PHÂN BỔ KPI over Mục tiêu năm / Mục tiêu QUÝ)', () => {
    const grid = buildGrid(
      sheet(
        [
          [null, 'STT', 'TÊN KPI/\nName of KPI', 'Đơn vị tính/\nUnit', 'PHÂN BỔ KPI', null],
          [null, null, null, null, 'Mục tiêu năm', 'Mục tiêu QUÝ'],
          [null, '1', 'Tỷ lệ hoàn thành', '%', '100', '25'],
        ],
        { merges: ['B1:B2', 'C1:C2', 'D1:D2', 'E1:F1'] },
      ),
    );
    const header = detectHeader(grid, fieldOf);
    expect(header).toMatchObject({ row: 0, rows: 2 });
    expect(header.texts[2]).toBe('TÊN KPI/\nName of KPI');
    expect(header.texts[4]).toBe('PHÂN BỔ KPI / Mục tiêu năm');
    expect(header.texts[5]).toBe('PHÂN BỔ KPI / Mục tiêu QUÝ');
  });

  it('does not take a title merged over the header as a group label', () => {
    const grid = buildGrid(
      sheet(
        [
          ['休食事业中心总监2026财年KPI指标库', null, null, null],
          ['序号', '岗位', '指标名称', '目标值'],
          ['1', '总监', '销售额', '100'],
        ],
        { merges: ['A1:D1'] },
      ),
    );
    expect(detectHeader(grid, fieldOf)).toMatchObject({ row: 1, rows: 1 });
  });

  it('does not take a section label over part of the header as a group label', () => {
    const grid = buildGrid(
      sheet(
        [
          ['II. KPI ĐƯỢC GIAO', null, null, null, null, null],
          ['STT', 'KPI', 'Đơn vị tính', 'Trọng số', 'Mục tiêu', null],
          [null, null, null, null, 'Ngưỡng', 'Cơ bản'],
          ['1', 'Doanh thu', 'tỷ', '30', '10', '12'],
        ],
        { merges: ['A1:C1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:F2'] },
      ),
    );
    expect(detectHeader(grid, fieldOf)).toMatchObject({ row: 1, rows: 2 });
  });

  it('reads a two-row header without merges when sub-labels repeat under group labels (CSV)', () => {
    const grid = buildGrid(
      sheet([
        ['部门', '销售额', null, '回款', null],
        [null, '权重', '目标值', '权重', '目标值'],
        ['销售一部', '30%', '500', '20%', '400'],
      ]),
    );
    expect(subHeaderKind(grid, 0)).toBe('repeating');
    expect(flattenHeader(grid, 0, 2)).toEqual([
      '部门',
      '销售额 / 权重',
      '销售额 / 目标值',
      '回款 / 权重',
      '回款 / 目标值',
    ]);
  });

  it('keeps headers whose months or years look like numbers', () => {
    const grid = buildGrid(
      sheet([
        ['部门：北部区域', null, '责任人：张三'],
        ['KPI序号', 'KPI指标', '填写部门', '计算公式', '1月', '2月', '3月'],
        ['1', '核算达标率', '财务部', 'a/b', '100%', '100%', '100%'],
      ]),
    );
    expect(detectHeader(grid, fieldOf).row).toBe(1);
  });

  it('falls back to the widest text row when no header cell names a field', () => {
    const grid = buildGrid(
      sheet([['Quarterly numbers'], ['Alpha', 'Beta', 'Gamma'], ['x', '1', '2'], ['y', '3', '4']]),
    );
    expect(detectHeader(grid, fieldOf).row).toBe(1);
  });

  it('lets the user fix the row and the number of rows', () => {
    const grid = buildGrid(
      sheet([
        ['指标名称', '目标值'],
        ['销售额', '100'],
        ['回款', '90'],
      ]),
    );
    expect(detectHeader(grid, fieldOf, { headerRow: 1 })).toMatchObject({
      row: 1,
      rows: 1,
      texts: ['销售额', '100'],
    });
    expect(detectHeader(grid, fieldOf, { headerRow: 0, headerRows: 2 }).texts).toEqual([
      '指标名称 / 销售额',
      '目标值 / 100',
    ]);
    expect(detectHeader(grid, fieldOf, { headerRow: 999 }).row).toBe(2);
  });

  it('gives an empty sheet row 0 and no texts', () => {
    expect(detectHeader(buildGrid(sheet([])), fieldOf)).toMatchObject({
      row: 0,
      rows: 1,
      texts: [],
    });
  });
});
