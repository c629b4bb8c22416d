import { canLink, type CrossLinkError } from '../../../shared/metrics/cross-links';
import type { Workspace } from '../../../shared/workspace/schema';
import { NODE_WIDTH, type PlacedMetric } from '../layout';

/**
 * A line drawn out of a box's grow handle, over another box (pure; the
 * connection line asks it on every pointer move): with Shift held, letting
 * go cross-links that box to the one the line came from (交叉绑定: it also
 * feeds it), or says why not; without Shift it says that Shift would.
 */
export type LinkTarget =
  | { kind: 'link'; metricId: string }
  | { kind: 'refused'; metricId: string; error: CrossLinkError }
  /** Over a box without Shift: letting go there does nothing, and the caption says what Shift does. */
  | { kind: 'hint'; metricId: string };

export function linkTargetAt(
  workspace: Workspace,
  placed: ReadonlyMap<string, PlacedMetric>,
  parentId: string,
  pointer: { x: number; y: number },
  withShift: boolean,
): LinkTarget | null {
  const metricId = boxAt(placed, pointer);
  // Over its own box the line has not left yet: nothing to say.
  if (metricId === null || metricId === parentId) return null;
  if (!withShift) return { kind: 'hint', metricId };
  const check = canLink(workspace, metricId, parentId);
  return check.ok ? { kind: 'link', metricId } : { kind: 'refused', metricId, error: check.error };
}

/** The box under a canvas point; of boxes placed by hand on top of each other, the one drawn last. */
export function boxAt(
  placed: ReadonlyMap<string, PlacedMetric>,
  pointer: { x: number; y: number },
): string | null {
  let hit: string | null = null;
  for (const spot of placed.values()) {
    if (
      pointer.x >= spot.x &&
      pointer.x <= spot.x + NODE_WIDTH &&
      pointer.y >= spot.y &&
      pointer.y <= spot.y + spot.height
    )
      hit = spot.id;
  }
  return hit;
}
