import { mathInputsFrom, mathMetricFrom } from '../../shared/math/from-workspace';
import { rollUp, updateRollUp, type RollUp } from '../../shared/math/roll-up';
import type { Metric, Workspace } from '../../shared/workspace/schema';

/**
 * The roll-up of the document the canvas shows, kept incrementally. Documents
 * are immutable and the tree operations copy only the metrics they change, so
 * comparing metrics by reference tells exactly what changed: those become one
 * `updateRollUp` (the cost of the edit's path to the North Star, not of the
 * tree). A document with most of its metrics new (a load, a different file)
 * is rolled up in full, which also starts a fresh interner.
 */
export interface RollUpCache {
  /** The roll-up of `workspace`; the same object for the same metrics and tolerance. */
  of(workspace: Workspace): RollUp;
}

interface Entry {
  metrics: readonly Metric[];
  tolerance: Workspace['settings']['gapTolerance'];
  rollUp: RollUp;
}

/** Beyond this share of changed metrics an update costs more than a full roll-up. */
const FULL_ABOVE = 0.5;

export function createRollUpCache(): RollUpCache {
  let last: Entry | null = null;
  // Undo and redo come back to documents seen before: their roll-ups are kept with them.
  const seen = new WeakMap<readonly Metric[], Entry>();

  const full = (workspace: Workspace): Entry => ({
    metrics: workspace.metrics,
    tolerance: workspace.settings.gapTolerance,
    rollUp: rollUp(mathInputsFrom(workspace)),
  });

  const next = (previous: Entry, workspace: Workspace): Entry => {
    const change = changeBetween(previous.metrics, workspace.metrics);
    if (change === null) return full(workspace);
    const tolerance = workspace.settings.gapTolerance;
    const toleranceChanged =
      tolerance.percent !== previous.tolerance.percent ||
      tolerance.absolute !== previous.tolerance.absolute;
    return {
      metrics: workspace.metrics,
      tolerance,
      rollUp: updateRollUp(previous.rollUp, {
        upsert: change.changed.map(mathMetricFrom),
        ...(change.remove ? { remove: change.remove } : {}),
        ...(toleranceChanged ? { gapTolerance: { ...tolerance } } : {}),
      }),
    };
  };

  return {
    of(workspace) {
      const tolerance = workspace.settings.gapTolerance;
      const same = (entry: Entry | null | undefined): entry is Entry =>
        !!entry &&
        entry.metrics === workspace.metrics &&
        entry.tolerance.percent === tolerance.percent &&
        entry.tolerance.absolute === tolerance.absolute;
      if (same(last)) return last.rollUp;
      const known = seen.get(workspace.metrics);
      const entry = same(known) ? known : last ? next(last, workspace) : full(workspace);
      seen.set(workspace.metrics, entry);
      last = entry;
      return entry.rollUp;
    },
  };
}

export interface MetricsChange {
  changed: Metric[];
  remove?: string[];
}

/**
 * The metrics of `after` that differ from `before` (by reference) and the ids
 * gone; null = roll up in full. An edit keeps the array's order, so a walk
 * side by side answers without a lookup; a move, add or delete changes the
 * order and is answered by id.
 */
export function changeBetween(
  before: readonly Metric[],
  after: readonly Metric[],
): MetricsChange | null {
  const limit = FULL_ABOVE * Math.max(after.length, before.length);
  if (before.length === after.length) {
    const changed: Metric[] = [];
    let aligned = true;
    for (let i = 0; i < after.length && aligned; i++) {
      const old = before[i]!;
      const metric = after[i]!;
      if (old === metric) continue;
      if (old.id !== metric.id) aligned = false;
      else changed.push(metric);
    }
    if (aligned) return changed.length > limit ? null : { changed };
  }
  const byId = new Map(before.map((m) => [m.id, m]));
  const changed: Metric[] = [];
  const present = new Set<string>();
  for (const metric of after) {
    present.add(metric.id);
    if (byId.get(metric.id) !== metric) changed.push(metric);
  }
  if (changed.length > limit) return null;
  const remove = before.filter((m) => !present.has(m.id)).map((m) => m.id);
  return remove.length > 0 ? { changed, remove } : { changed };
}

/** The app's cache, shared by the canvas and the inspector (they show the same document). */
export const rollUpCache = createRollUpCache();
