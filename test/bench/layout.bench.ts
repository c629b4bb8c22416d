import { stratify, tree } from 'd3-hierarchy';
import { bench, describe } from 'vitest';
import { layoutMetricTree, workspaceBoxSizes } from '../../src/renderer/canvas/layout';
import type { Metric } from '../../src/shared/workspace/schema';
import { buildBigWorkspace } from './big-workspace';

/**
 * The canvas layout of a 2,500-metric tree against d3-hierarchy's bare tidy
 * tree over the same metrics. Ours adds the stacked columns for leaf groups
 * and each box's height from its text (box-size.ts).
 */
const workspace = buildBigWorkspace();
const { metrics } = workspace;
// Box sizes are kept per unchanged metric, as between two edits in the app.
const sizesBetweenEdits = workspaceBoxSizes(workspace);

describe('lay out a 2,500-metric tree', () => {
  bench('bare d3 stratify + tree()', () => {
    const root = stratify<Metric>()
      .id((m) => m.id)
      .parentId((m) => m.parentId)(metrics);
    tree<Metric>().nodeSize([324, 228])(root);
  });
  bench('layoutMetricTree, every box measured from its text', () => {
    layoutMetricTree(metrics);
  });
  bench('layoutMetricTree, box sizes kept per unchanged metric (an edit)', () => {
    layoutMetricTree(metrics, sizesBetweenEdits);
  });
});
