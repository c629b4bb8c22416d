import { describe, expect, it } from 'vitest';
import { analyseWorkbook } from '../analyse';
import { createFieldOf } from './fields';
import { buildGrid } from './grid';
import { scoreSheet } from './sheet-score';
import { sheet, workbook } from './test-sheet';

const kpiRows = [
  ['部门KPI指标库'],
  ['序号', '指标名称', '权重', '目标值', '单位'],
  ['1', '销售额', '30%', '1200', '万元'],
  ['2', '回款率', '20%', '98%', '%'],
  ['3', '新客户数', '20%', '50', '个'],
  ['4', '客户满意度', '15%', '90', '分'],
  ['5', '人均产值', '15%', '80', '万元'],
];
const instructions = [
  ['填表规则'],
  [
    '1. 请在“员工自评”页填写本季度的自评分数，分数范围为 1 到 5 分，可以保留一位小数，并写明理由与事例。',
  ],
  [
    '2. 直属上级会在收到自评后五个工作日内完成复核，并与员工进行一次面谈，面谈记录由人力资源部存档。',
  ],
  ['3. 如对结果有异议，可以在十个工作日内向人力资源部提出书面申诉，逾期视为认可本次考核结果。'],
];
const jobDescription = [
  ['岗位说明书'],
  ['岗位名称', '销售总监', '所属部门', '销售中心'],
  [
    '岗位职责',
    '负责公司整体销售目标的制定与分解，组织销售团队完成年度销售任务，建立并维护重点客户关系，监控市场动态并及时调整销售策略，定期向总经理汇报销售工作。',
  ],
  [
    '任职资格',
    '本科及以上学历，市场营销或相关专业，八年以上快消品销售经验，其中三年以上团队管理经验，熟悉渠道建设与大客户管理，具备优秀的沟通协调能力。',
  ],
];

describe('scoreSheet', () => {
  const fieldOf = createFieldOf();
  const score = (rows: (string | null)[][], hidden = false) =>
    scoreSheet(buildGrid(sheet(rows, { hidden })), fieldOf).summary.score;

  it('scores a KPI table high and instructions, job descriptions and empty sheets low', () => {
    const kpi = score(kpiRows);
    expect(kpi).toBeGreaterThan(0.8);
    expect(score(instructions)).toBeLessThan(0.3);
    expect(score(jobDescription)).toBeLessThan(0.4);
    expect(score([])).toBe(0);
    expect(score(kpiRows, true)).toBeLessThan(kpi * 0.6);
  });

  it('previews the top-left 8 × 10 of what is written, leading blank rows and columns left out', () => {
    const wide = [
      [],
      [null, null, ...Array.from({ length: 14 }, (_, i) => `h${i}`)],
      ...Array.from({ length: 12 }, (_, r) => [
        null,
        null,
        ...Array.from({ length: 14 }, (_, c) => `${r}-${c}`),
      ]),
    ];
    const summary = scoreSheet(buildGrid(sheet(wide)), fieldOf).summary;
    expect(summary.preview).toHaveLength(8);
    expect(summary.preview[0]).toHaveLength(10);
    expect(summary.preview[0]?.[0]).toBe('h0');
    expect(summary.preview[1]?.[0]).toBe('0-0');
  });
});

describe('sheet choice', () => {
  it('suggests the sheet that holds the KPIs among instructions, job descriptions and an empty sheet', () => {
    const analysis = analyseWorkbook(
      workbook(
        sheet(instructions, { name: '填表规则' }),
        sheet(jobDescription, { name: '岗位说明书' }),
        sheet(kpiRows, { name: '指标库' }),
        sheet([], { name: 'Sheet5' }),
      ),
    );
    expect(analysis.sheet).toBe('指标库');
    expect(analysis.sheets.map((s) => s.name)).toEqual([
      '填表规则',
      '岗位说明书',
      '指标库',
      'Sheet5',
    ]);
    expect(analysis.metrics.map((m) => m.name)).toEqual([
      '销售额',
      '回款率',
      '新客户数',
      '客户满意度',
      '人均产值',
    ]);
  });

  it('reads the sheet the user picks instead', () => {
    const analysis = analyseWorkbook(
      workbook(
        sheet(kpiRows, { name: 'A' }),
        sheet(
          [
            ['KPI', 'Target'],
            ['Uptime', '99%'],
          ],
          { name: 'B' },
        ),
      ),
      { sheet: 'B' },
    );
    expect(analysis.sheet).toBe('B');
    expect(analysis.metrics.map((m) => m.name)).toEqual(['Uptime']);
  });
});
