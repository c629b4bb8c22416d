import { createMetric, createWorkspace } from '../../src/shared/workspace/create';
import type { Metric, Workspace } from '../../src/shared/workspace/schema';

/**
 * A workspace ten times the size of a large real workshop: a real day produces
 * a North Star, 5–10 department metrics and 100–250 metrics in all with 15–40
 * people; this builds `metricCount` metrics (default 2,500) under 50 department
 * metrics, and 400 people as owners.
 */
export function buildBigWorkspace(metricCount = 2_500, peopleCount = 400): Workspace {
  const base = createWorkspace({
    name: '基准测试工作区',
    locale: 'zh-CN',
    northStarName: '每活跃用户月均下单数',
    now: new Date('2026-11-23T00:00:00Z'),
  });
  const people = Array.from({ length: peopleCount }, (_, i) => ({
    id: `p_${i}`,
    name: `员工${i}`,
    departmentId: null,
    positionId: null,
  }));
  const northStar = base.metrics[0] as Metric;
  const metrics: Metric[] = [northStar];
  const departmentCount = 50;
  const departments: Metric[] = [];
  for (let d = 0; d < departmentCount; d++) {
    const department = createMetric({
      id: `m_d${d}`,
      name: `部门指标 ${d}`,
      layer: 'department',
      parentId: northStar.id,
      target: 100 + d,
      ownerId: `p_${d % peopleCount}`,
    });
    departments.push(department);
    metrics.push(department);
  }
  for (let i = metrics.length; i < metricCount; i++) {
    const parent = departments[i % departmentCount] as Metric;
    metrics.push(
      createMetric({
        id: `m_${i}`,
        name: `个人指标 ${i}`,
        layer: 'individual',
        parentId: parent.id,
        baseline: { value: i, period: '2026' },
        target: i * 1.1,
        weight: 20,
        ownerId: `p_${i % peopleCount}`,
        definition: {
          description: '按月统计的个人指标，口径见数据字典第 3 节。',
          formula: '完成数 ÷ 计划数',
          unit: '%',
          dataSource: '经营分析平台',
          period: 'month',
          aggregation: 'ratio',
          direction: 'higher',
          precision: 1,
        },
      }),
    );
  }
  return { ...base, people, metrics };
}
