import { bench, describe } from 'vitest';
import { addChildMetric, deleteSubtree, moveMetric } from '../../src/shared/metrics/tree';
import { loadWorkspace } from '../../src/shared/workspace/load';
import { serializeWorkspace } from '../../src/shared/workspace/serialize';
import { buildBigWorkspace } from './big-workspace';

/**
 * Our document code against the bare work it wraps, in the same run, so the
 * ratio — not the machine — is what docs/benchmarks.md records.
 */
const workspace = buildBigWorkspace();
const text = serializeWorkspace(workspace);

describe('open a 2,500-metric workspace (text → validated document)', () => {
  bench('bare JSON.parse', () => {
    JSON.parse(text);
  });
  bench('loadWorkspace (parse + migrate + schema + invariants)', () => {
    const result = loadWorkspace(text);
    if (!result.ok) throw new Error('benchmark workspace failed to load');
  });
});

describe('serialize a 2,500-metric workspace', () => {
  bench('bare JSON.stringify', () => {
    JSON.stringify(workspace, null, 2);
  });
  bench('serializeWorkspace', () => {
    serializeWorkspace(workspace);
  });
});

describe('one tree edit on a 2,500-metric workspace', () => {
  bench('bare array copy + push', () => {
    const metrics = [...workspace.metrics];
    metrics.push({ ...(workspace.metrics[1] as (typeof metrics)[number]), id: 'x' });
  });
  bench('addChildMetric', () => {
    addChildMetric(workspace, 'm_d7', { name: '新指标' });
  });
  bench('moveMetric (subtree to another department)', () => {
    moveMetric(workspace, 'm_d3', 'm_d4');
  });
  bench('deleteSubtree (a department with 49 metrics)', () => {
    deleteSubtree(workspace, 'm_d9');
  });
});
