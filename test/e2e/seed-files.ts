import { addChildMetric } from '../../src/shared/metrics/tree';
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
