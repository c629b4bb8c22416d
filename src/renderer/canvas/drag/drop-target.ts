import type { TreeOperation } from '../../../shared/metrics/operations';
import type { TreeError } from '../../../shared/metrics/tree';
import type { Metric, Workspace } from '../../../shared/workspace/schema';
import type { StepLabel } from '../../document/history';
import { NODE_WIDTH, type PlacedMetric } from '../layout';

/**
 * Where a dragged box would land, from the pointer alone (pure; the canvas
 * calls it on every pointer move, so it only reads the layout it already has
 * and never lays anything out).
 *
 * Zones of a box under the pointer, along the line its siblings stand in (a
 * row side by side, or a stacked column):
 *
 *     row:     | before |      onto      | after |      column:  before
 *              |  25 %  |      50 %      |  25 % |                onto
 *                                                                after
 *
 * plus half the gap to the next box on either side, so that the room between
 * two siblings means "between them". Onto = become its last child (a move
 * with the branch); before/after = take a place beside it, under its parent
 * (among the same siblings: a reorder). The North Star has no siblings: all
 * of it is "onto". No box under the pointer = empty canvas: the box stays
 * where it is dropped (placed by hand).
 */

/** Half the room between two boxes of a row (layout's column gap is 40) and of a stack (14). */
const ROW_MARGIN = 20;
const COLUMN_MARGIN = 7;
/** The share of a box, at each end, that means "beside it" rather than "onto it". */
const EDGE = 0.25;

export type DropTarget =
  /** Nothing under the pointer: the box is placed there by hand. */
  | { kind: 'empty' }
  /** Back over its own place, or a drop that would change nothing: it snaps back. */
  | { kind: 'home' }
  | { kind: 'onto'; targetId: string }
  | { kind: 'beside'; targetId: string; side: 'before' | 'after'; axis: 'row' | 'column' }
  /** A drop the tree refuses: onto its own branch (a cycle), or the North Star anywhere. */
  | { kind: 'refused'; targetId: string; error: TreeError };

/** What a drop does to the document: one transaction. */
export interface DropChange {
  label: StepLabel;
  operations: TreeOperation[];
}

export interface DropInput {
  workspace: Workspace;
  /** The layout the canvas shows (layout.ts `cachedLayout`): where each box is, and how tall. */
  placed: ReadonlyMap<string, PlacedMetric>;
  draggedId: string;
  /** The dragged metric and everything below it (computed once, when the drag starts). */
  branch: ReadonlySet<string>;
  /** The pointer, in canvas (flow) coordinates. */
  pointer: { x: number; y: number };
}

interface Hit {
  spot: PlacedMetric;
  /** Where along the box's sibling line the pointer is: 0 = its start, 1 = its end. */
  along: number;
  axis: 'row' | 'column';
}

export function findDropTarget(input: DropInput): DropTarget {
  const { workspace, placed, draggedId, branch, pointer } = input;
  const dragged = workspace.metrics.find((m) => m.id === draggedId);
  const home = placed.get(draggedId);
  if (!dragged || !home) return { kind: 'home' };
  // An automatically placed box brought back over its place goes back there;
  // one placed by hand moves freely (that is how it is nudged).
  if (dragged.position === null && inside(home, pointer, 0, 0)) return { kind: 'home' };

  const hit = boxUnder(input);
  if (!hit) return { kind: 'empty' };
  const target = workspace.metrics.find((m) => m.id === hit.spot.id);
  if (!target) return { kind: 'empty' };
  if (dragged.parentId === null) {
    return { kind: 'refused', targetId: target.id, error: 'north-star-is-fixed' };
  }
  const side =
    target.parentId === null
      ? null
      : hit.along < EDGE
        ? 'before'
        : hit.along > 1 - EDGE
          ? 'after'
          : null;
  // Beside a box is under its parent: inside the branch just as well.
  if (branch.has(target.id)) {
    return { kind: 'refused', targetId: target.id, error: 'into-own-subtree' };
  }
  const result: DropTarget =
    side === null
      ? { kind: 'onto', targetId: target.id }
      : { kind: 'beside', targetId: target.id, side, axis: hit.axis };
  return dropChange(workspace, draggedId, result, null) ? result : { kind: 'home' };
}

/**
 * The transaction a drop makes, or null when it would change nothing.
 * `droppedAt`: where the box was let go (its top-left corner), for a drop on
 * empty canvas.
 */
export function dropChange(
  workspace: Workspace,
  draggedId: string,
  target: DropTarget,
  droppedAt: { x: number; y: number } | null,
): DropChange | null {
  const dragged = workspace.metrics.find((m) => m.id === draggedId);
  if (!dragged) return null;
  switch (target.kind) {
    case 'home':
    case 'refused':
      return null;
    case 'empty': {
      if (!droppedAt) return null;
      const position = { x: Math.round(droppedAt.x), y: Math.round(droppedAt.y) };
      if (dragged.position?.x === position.x && dragged.position.y === position.y) return null;
      return {
        label: 'placeMetric',
        operations: [{ kind: 'update', id: draggedId, patch: { position } }],
      };
    }
    case 'onto':
      return placeAmong(workspace, dragged, target.targetId, null);
    case 'beside': {
      const anchor = workspace.metrics.find((m) => m.id === target.targetId);
      if (!anchor || anchor.parentId === null) return null;
      const siblings = siblingsWithout(workspace, anchor.parentId, draggedId);
      const at = siblings.findIndex((m) => m.id === anchor.id);
      return placeAmong(
        workspace,
        dragged,
        anchor.parentId,
        target.side === 'before' ? at : at + 1,
      );
    }
  }
}

/**
 * Under `parentId` at `index` among the siblings (null = last), back in the
 * automatic layout: a box that joins a row or a column takes its place there,
 * wherever it had been put by hand.
 */
function placeAmong(
  workspace: Workspace,
  dragged: Metric,
  parentId: string,
  index: number | null,
): DropChange | null {
  const siblings = siblingsWithout(workspace, parentId, dragged.id);
  const place = index ?? siblings.length;
  const sameParent = dragged.parentId === parentId;
  const unplace: TreeOperation[] =
    dragged.position === null
      ? []
      : [{ kind: 'update', id: dragged.id, patch: { position: null } }];
  if (sameParent) {
    const now = siblingsWithout(workspace, parentId, '').findIndex((m) => m.id === dragged.id);
    if (now === place && unplace.length === 0) return null;
    return {
      label: 'reorder',
      operations: [{ kind: 'reorder', id: dragged.id, index: place }, ...unplace],
    };
  }
  return {
    label: 'moveBranch',
    operations: [{ kind: 'move', id: dragged.id, parentId, index: place }, ...unplace],
  };
}

function siblingsWithout(workspace: Workspace, parentId: string, id: string): Metric[] {
  return workspace.metrics.filter((m) => m.parentId === parentId && m.id !== id);
}

/**
 * The box under the pointer, the dragged one aside: a box itself first (the
 * one drawn last, on top, if boxes placed by hand overlap), then the margins
 * between boxes. A linear scan: a few thousand rectangles take microseconds.
 */
function boxUnder({ workspace, placed, draggedId, pointer }: DropInput): Hit | null {
  let direct: PlacedMetric | null = null;
  let margin: PlacedMetric | null = null;
  for (const metric of workspace.metrics) {
    if (metric.id === draggedId) continue;
    const spot = placed.get(metric.id);
    if (!spot) continue;
    if (inside(spot, pointer, 0, 0)) direct = spot;
    else if (metric.parentId !== null) {
      const [dx, dy] = spot.stacked ? [0, COLUMN_MARGIN] : [ROW_MARGIN, 0];
      if (inside(spot, pointer, dx, dy)) margin = spot;
    }
  }
  const spot = direct ?? margin;
  if (!spot) return null;
  const axis = spot.stacked ? 'column' : 'row';
  const along =
    axis === 'row' ? (pointer.x - spot.x) / NODE_WIDTH : (pointer.y - spot.y) / spot.height;
  return { spot, along, axis };
}

function inside(
  spot: { x: number; y: number; height: number },
  pointer: { x: number; y: number },
  dx: number,
  dy: number,
): boolean {
  return (
    pointer.x >= spot.x - dx &&
    pointer.x <= spot.x + NODE_WIDTH + dx &&
    pointer.y >= spot.y - dy &&
    pointer.y <= spot.y + spot.height + dy
  );
}

/** Whether any box is under the pointer (a handle let go there does not add a child). */
export function isOverABox(
  placed: ReadonlyMap<string, PlacedMetric>,
  pointer: { x: number; y: number },
): boolean {
  for (const spot of placed.values()) if (inside(spot, pointer, 0, 0)) return true;
  return false;
}

/** Same target, same highlight: the canvas re-renders only when this changes. */
export function sameTarget(a: DropTarget, b: DropTarget): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
