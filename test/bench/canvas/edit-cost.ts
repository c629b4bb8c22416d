import { cachedLayout } from '../../../src/renderer/canvas/layout';
import { toFlowEdges, toFlowNodes } from '../../../src/renderer/canvas/to-flow';
import { mathInputsFrom, mathMetricFrom } from '../../../src/shared/math/from-workspace';
import { rollUp, updateRollUp, type RollUp } from '../../../src/shared/math/roll-up';
import type { Metric, Workspace } from '../../../src/shared/workspace/schema';
import { buildBigWorkspace } from '../big-workspace';

/**
 * The cost of one edit at a size, in Node (run.ts): a new target on the last
 * individual metric, then what the app recomputes for it — the roll-up and
 * gaps (`updateRollUp`, src/shared/math) and the canvas layout
 * (`cachedLayout`, which keeps the last layout when the tree kept its shape,
 * layout-reuse.ts). Optionally also the canvas's derivation of nodes and
 * edges (to-flow.ts), reported beside it.
 *
 * The edited workspaces are built before the clock starts (the document
 * store's copy of the metrics array is not what is measured), each a fresh
 * array, so no cache can answer an edit it has seen.
 */

const EDITS_PER_BATCH = 200;

export interface EditCost {
  /** Roll-up, gaps and layout, ms per edit. */
  mathAndLayoutMs: number;
  /** The same plus toFlowNodes and toFlowEdges, ms per edit. */
  withCanvasMs: number;
}

/** The bench workspace with sums on the North Star and department metrics, so the math has work. */
function summedWorkspace(size: number): Workspace {
  const workspace = buildBigWorkspace(size);
  return {
    ...workspace,
    metrics: workspace.metrics.map((m) =>
      m.layer === 'individual' ? m : { ...m, decomposition: 'sum' as const },
    ),
  };
}

function chainOfEdits(start: Workspace, count: number): Workspace[] {
  const index = start.metrics.length - 1;
  const chain: Workspace[] = [];
  for (let i = 0; i < count; i++) {
    const metrics = [...start.metrics];
    metrics[index] = { ...(metrics[index] as Metric), target: 1_000 + i };
    chain.push({ ...start, metrics });
  }
  return chain;
}

/** One batch of edits at `size`: ms per edit. */
function batch(size: number, withCanvas: boolean): number {
  const start = summedWorkspace(size);
  let math: RollUp = rollUp(mathInputsFrom(start));
  cachedLayout(start);
  if (withCanvas) {
    toFlowNodes(start, null);
    toFlowEdges(start);
  }
  const chain = chainOfEdits(start, EDITS_PER_BATCH);
  const began = performance.now();
  for (const workspace of chain) {
    const edited = workspace.metrics[workspace.metrics.length - 1] as Metric;
    math = updateRollUp(math, { upsert: [mathMetricFrom(edited)] });
    cachedLayout(workspace);
    if (withCanvas) {
      toFlowNodes(workspace, null);
      toFlowEdges(workspace);
    }
  }
  return (performance.now() - began) / EDITS_PER_BATCH;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Medians of `batches` interleaved batches at each size (after a warm-up of each). */
export function measureEditCost(sizes: readonly number[], batches = 15): Map<number, EditCost> {
  for (const size of sizes) {
    batch(size, false);
    batch(size, true);
  }
  const samples = new Map(
    sizes.map((size) => [size, { plain: [] as number[], canvas: [] as number[] }]),
  );
  for (let run = 0; run < batches; run++)
    for (const size of run % 2 ? [...sizes].reverse() : sizes) {
      samples.get(size)!.plain.push(batch(size, false));
      samples.get(size)!.canvas.push(batch(size, true));
    }
  return new Map(
    [...samples].map(([size, { plain, canvas }]) => [
      size,
      { mathAndLayoutMs: median(plain), withCanvasMs: median(canvas) },
    ]),
  );
}
