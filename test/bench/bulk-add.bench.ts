import { bench, describe } from 'vitest';
import { addMetrics, type NewMetric } from '../../src/shared/metrics/add-metrics';
import { addChildMetric } from '../../src/shared/metrics/tree';
import { createMetric } from '../../src/shared/workspace/create';
import type { Metric, Workspace } from '../../src/shared/workspace/schema';
import { buildBigWorkspace } from './big-workspace';

/**
 * An import of 5,000 rows into a workspace that has its North Star and 50
 * department metrics: one `addMetrics` call against the same rows added with
 * 5,000 `addChildMetric` calls (what an import would do without a bulk add),
 * and against the bare work — creating the same metrics and pushing them onto
 * a copy of the array, with no checks and no placement. Same rows in all
 * three; docs/benchmarks.md records the ratios.
 */
const ROWS = 5_000;
const workspace: Workspace = buildBigWorkspace(51, 50); // North Star + 50 departments
const rows = (count: number): NewMetric[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `m_import_${i}`,
    name: `导入指标 ${i}`,
    // Four rows in five hang under a department, every fifth under the row before it.
    parentId: i % 5 === 4 ? `m_import_${i - 1}` : `m_d${i % 50}`,
    target: i * 1.5,
    ownerId: `p_${i % 50}`,
  }));
const items = rows(ROWS);
const twice = rows(2 * ROWS);
/** Enough runs of the fast ones for a stable mean on a busy machine. */
const steady = { time: 3_000, warmupTime: 500 };

describe(`add ${ROWS.toLocaleString('en')} metrics (an import)`, () => {
  bench(
    'bare: createMetric + push onto a copy of the array',
    () => {
      const metrics: Metric[] = [...workspace.metrics];
      for (const { parentId, ...fields } of items)
        metrics.push(createMetric({ ...fields, layer: 'individual', parentId }));
    },
    steady,
  );

  bench(
    'addMetrics (one call)',
    () => {
      const result = addMetrics(workspace, items);
      if (!result.ok) throw new Error(result.error);
    },
    steady,
  );

  // Linear time: twice the rows, about twice the time.
  bench(
    `addMetrics, twice the rows (${(2 * ROWS).toLocaleString('en')})`,
    () => {
      const result = addMetrics(workspace, twice);
      if (!result.ok) throw new Error(result.error);
    },
    steady,
  );

  bench(
    `addChildMetric × ${ROWS.toLocaleString('en')}`,
    () => {
      let current = workspace;
      for (const { parentId, ...fields } of items) {
        const result = addChildMetric(current, parentId, fields);
        if (!result.ok) throw new Error(result.error);
        current = result.workspace;
      }
    },
    // Seconds per run: a few runs are enough to see the quadratic cost.
    { iterations: 3, time: 0 },
  );
});
