import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createMetric, createWorkspace } from '../../shared/workspace/create';
import type { Metric, Workspace } from '../../shared/workspace/schema';
import { serializeWorkspace } from '../../shared/workspace/serialize';

/** Shared by the service, CLI and crash tests; never imported by app code. */

export async function makeTempDir(
  prefix = 'nss-',
): Promise<{ dir: string; dispose(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * A valid workspace with `metricCount` metrics: the North Star, department
 * metrics below it and individual metrics below those, like a real tree.
 * `descriptionLength` pads each 口径 description, to make a file large in
 * bytes without making it slow to validate.
 */
export function makeWorkspace(name: string, metricCount = 4, descriptionLength = 0): Workspace {
  const padding = '口径'.repeat(Math.ceil(descriptionLength / 2)).slice(0, descriptionLength);
  const workspace = createWorkspace({
    name,
    locale: 'zh-CN',
    northStarName: '年度成交额',
    now: new Date('2027-01-05T09:00:00.000Z'),
  });
  const northStar = workspace.metrics[0] as Metric;
  const metrics: Metric[] = [{ ...northStar, target: 1_000_000, decomposition: 'sum' }];
  const departments: Metric[] = [];
  const perDepartment = 50;
  for (let i = 1; i < metricCount; i++) {
    const needDepartment = departments.length === 0 || (i - 1) % (perDepartment + 1) === 0;
    const parent = departments[departments.length - 1];
    const metric =
      needDepartment || !parent
        ? createMetric({ name: `部门指标 ${i}`, layer: 'department', parentId: northStar.id })
        : createMetric({ name: `个人指标 ${i}`, layer: 'individual', parentId: parent.id });
    metric.target = i * 10;
    metric.definition = {
      ...metric.definition,
      description: `口径说明 ${i}${padding}`,
      unit: '万元',
    };
    if (metric.layer === 'department') departments.push(metric);
    metrics.push(metric);
  }
  return { ...workspace, metrics };
}

export function workspaceText(name: string, metricCount = 4): string {
  return serializeWorkspace(makeWorkspace(name, metricCount));
}

/** Bytes, mtime and folder listing: what "opening never modifies anything" promises. */
export async function snapshotOf(file: string): Promise<{
  bytes: Buffer;
  mtimeMs: number;
  listing: string[];
}> {
  const [bytes, info, listing] = await Promise.all([
    readFile(file),
    stat(file),
    readdir(path.dirname(file)),
  ]);
  return { bytes, mtimeMs: info.mtimeMs, listing: listing.sort() };
}
