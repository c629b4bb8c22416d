import type { MetricPatch, NewMetricFields } from '../../src/shared/metrics/metric-patch';
import { addChildMetric, updateMetric } from '../../src/shared/metrics/tree';
import { createWorkspace } from '../../src/shared/workspace/create';
import type { Workspace } from '../../src/shared/workspace/schema';
import { serializeWorkspace } from '../../src/shared/workspace/serialize';

/**
 * Workspace files for specs to seed or write, built with the same code the app
 * uses, so they are valid by construction. Names differ from the sample's, so
 * that a test can tell the file's tree from the sample's at a glance.
 */

export const STORE_PLAN = {
  file: '门店增长-2027.northstar',
  name: '门店增长 2027',
  northStar: '年度复购用户数',
  department: '会员续费率',
  otherDepartment: '门店到店转化率',
  individual: '华东门店到店转化率',
} as const;

/** North Star → two department metrics → one individual metric, with a target or two. */
export function storePlan(): Workspace {
  let workspace = createWorkspace({
    name: STORE_PLAN.name,
    locale: 'zh-CN',
    northStarName: STORE_PLAN.northStar,
    now: new Date('2027-01-05T08:00:00.000Z'),
  });
  const add = (parentId: string, name: string, target: number | null): string => {
    const added = addChildMetric(workspace, parentId, { name, target });
    if (!added.ok) throw new Error(`storePlan: ${added.error}`);
    workspace = added.workspace;
    return added.metric.id;
  };
  const northStarId = workspace.metrics[0]!.id;
  add(northStarId, STORE_PLAN.department, 30);
  const stores = add(northStarId, STORE_PLAN.otherDepartment, 12);
  add(stores, STORE_PLAN.individual, null);
  return workspace;
}

/** The exact bytes the app would write for `workspace`. */
export function fileText(workspace: Workspace): string {
  return serializeWorkspace(workspace);
}

/** What a parsed workspace file looks like to a spec that reads it back. */
export interface SavedFile {
  workspace: {
    meta: { name: string };
    metrics: Array<{ id: string; name: string; parentId: string | null; target: number | null }>;
  };
}

/** A tree large enough that the canvas draws only the boxes in view (above 400 metrics). */
export const LARGE_PLAN = {
  file: '集团目标-大型.northstar',
  departments: 12,
  perDepartment: 40,
  firstDepartment: '事业部指标 1',
  lastDepartment: '事业部指标 12',
} as const;

/** North Star → 12 department metrics → 40 individual metrics each: 493 metrics. */
export function largePlan(): Workspace {
  let workspace = createWorkspace({
    name: '集团 2027',
    locale: 'zh-CN',
    northStarName: '年度活跃客户数',
    now: new Date('2027-01-05T08:00:00.000Z'),
  });
  const northStarId = workspace.metrics[0]!.id;
  for (let d = 1; d <= LARGE_PLAN.departments; d++) {
    const department = addChildMetric(workspace, northStarId, { name: `事业部指标 ${d}` });
    if (!department.ok) throw new Error(`largePlan: ${department.error}`);
    workspace = department.workspace;
    for (let i = 1; i <= LARGE_PLAN.perDepartment; i++) {
      const individual = addChildMetric(workspace, department.metric.id, {
        name: `岗位指标 ${d}-${i}`,
      });
      if (!individual.ok) throw new Error(`largePlan: ${individual.error}`);
      workspace = individual.workspace;
    }
  }
  return workspace;
}

/** A full-day workshop at its largest (PRODUCT.md): 250 metrics under 8 departments. */
export const WORKSHOP_PLAN = {
  file: '全渠道增长-2027.northstar',
  departments: ['销售部', '产品部', '研发部', '运营部', '客服部', '市场部', '供应链部', '财务部'],
  teams: 3,
  perTeam: 9,
  metrics: 250,
} as const;

/**
 * North Star → one metric per department → three team metrics → nine
 * individual metrics each (and one more under the first team), every metric
 * in its department: 250 metrics, the size the canvas must stay readable at.
 */
export function workshopPlan(): Workspace {
  let workspace = createWorkspace({
    name: '全渠道增长 2027',
    locale: 'zh-CN',
    northStarName: '每活跃用户月均下单数',
    now: new Date('2027-01-05T08:00:00.000Z'),
  });
  workspace = {
    ...workspace,
    departments: WORKSHOP_PLAN.departments.map((name, d) => ({
      id: `d_${d}`,
      name,
      parentId: null,
      color: null,
    })),
  };
  const add = (parentId: string, name: string, departmentId: string): string => {
    const added = addChildMetric(workspace, parentId, { name, departmentId, target: 120 });
    if (!added.ok) throw new Error(`workshopPlan: ${added.error}`);
    workspace = added.workspace;
    return added.metric.id;
  };
  const northStarId = workspace.metrics[0]!.id;
  WORKSHOP_PLAN.departments.forEach((department, d) => {
    const departmentMetric = add(northStarId, `${department}核心指标`, `d_${d}`);
    for (let t = 1; t <= WORKSHOP_PLAN.teams; t++) {
      const team = add(departmentMetric, `${department}第${t}组指标`, `d_${d}`);
      const leaves = WORKSHOP_PLAN.perTeam + (d === 0 && t === 1 ? 1 : 0);
      for (let l = 1; l <= leaves; l++) add(team, `${department}岗位指标 ${t}-${l}`, `d_${d}`);
    }
  });
  if (workspace.metrics.length !== WORKSHOP_PLAN.metrics)
    throw new Error(`workshopPlan: ${workspace.metrics.length} metrics`);
  return workspace;
}

/** Target math (target-math.spec.ts): a sum whose inputs fall 12 short, and a product that adds up. */
export const TARGET_PLAN = {
  'zh-CN': {
    file: '销售目标-2027.northstar',
    northStar: '年度销售额',
    offline: '线下销售额',
    east: '华东销售额',
    south: '华南销售额',
    online: '线上销售额',
    visitors: '访客数',
    conversion: '转化率',
    orderValue: '客单价',
  },
  en: {
    file: 'sales-targets-2027.northstar',
    northStar: 'Annual sales',
    offline: 'Store sales',
    east: 'East sales',
    south: 'South sales',
    online: 'Online sales',
    visitors: 'Visitors',
    conversion: 'Conversion',
    orderValue: 'Order value',
  },
} as const;

/**
 * 年度销售额 200 = 线下 150 + 线上 50; 线下 150 against 华东 60 + 华南 78 = 138
 * (a gap of −12, −8 %); 线上 50 = 访客数 100 × 转化率 0.05 × 客单价 10.
 */
export function targetPlan(locale: 'zh-CN' | 'en'): Workspace {
  const names = TARGET_PLAN[locale];
  let workspace = createWorkspace({
    name: names.northStar,
    locale,
    northStarName: names.northStar,
    now: new Date('2027-01-05T08:00:00.000Z'),
  });
  const root = workspace.metrics[0]!;
  const unit = locale === 'en' ? 'k' : '万元';
  const definition = (unitOf: string, precision: number) => ({
    ...root.definition,
    unit: unitOf,
    precision,
  });
  const set = (id: string, patch: MetricPatch) => {
    const updated = updateMetric(workspace, id, patch);
    if (!updated.ok) throw new Error(`targetPlan: ${updated.error}`);
    workspace = updated.workspace;
  };
  const add = (parentId: string, name: string, fields: Omit<NewMetricFields, 'name'>): string => {
    const added = addChildMetric(workspace, parentId, { name, ...fields });
    if (!added.ok) throw new Error(`targetPlan: ${added.error}`);
    workspace = added.workspace;
    return added.metric.id;
  };
  const money = (target: number, baseline: number) => ({
    target,
    baseline: { value: baseline, period: '2026' },
    definition: definition(unit, 0),
  });
  set(root.id, { target: 200, decomposition: 'sum', definition: definition(unit, 0) });
  const offline = add(root.id, names.offline, { ...money(150, 120), decomposition: 'sum' });
  add(offline, names.east, money(60, 50));
  add(offline, names.south, money(78, 70));
  const online = add(root.id, names.online, { ...money(50, 28.8), decomposition: 'product' });
  add(online, names.visitors, { target: 100, baseline: { value: 80, period: '2026' } });
  add(online, names.conversion, {
    target: 0.05,
    baseline: { value: 0.04, period: '2026' },
    definition: definition('', 3),
  });
  add(online, names.orderValue, {
    target: 10,
    baseline: { value: 9, period: '2026' },
    definition: definition(unit, 1),
  });
  return workspace;
}
