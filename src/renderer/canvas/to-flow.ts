import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { Metric, Workspace } from '../../shared/workspace/schema';
import { boxMathOf, hasMathRow, parentIdsOf, sameBoxMath, type BoxMath } from '../math/box-math';
import { rollUpCache } from '../math/roll-up-cache';
import { departmentColours, type DepartmentColour } from './department-colours';
import { cachedLayout, NODE_WIDTH, type PlacedMetric } from './layout';

/**
 * The canvas view of a document: React Flow nodes and edges derived from the
 * metrics and the selection. Nothing here is ever written back; the canvas
 * owns no data.
 */
export type MetricNodeData = {
  metric: Metric;
  ownerName: string | null;
  isNorthStar: boolean;
  stacked: boolean;
  /** The metric's department as the box shows it: its name and colour (department-colours.ts). */
  department: { name: string; colour: DepartmentColour | null } | null;
  /** Font size of the name when zoomed out (box-size.ts). */
  overviewFontSize: number;
  /** The math row: gap, implied value, unit warning (renderer/math/box-math.ts); null = none. */
  math: BoxMath | null;
  /** A box with children: its collapse toggle; `hidden` = how many it hides (big-tree/), 0 = open. */
  branch?: { hidden: number };
};
export type MetricFlowNode = Node<MetricNodeData, 'metric'>;

/** Where a stacked group's connector leaves its parent: near the left edge, clear of the boxes. */
export const STACK_HANDLE_X = 20;

// Boxes have a known size (layout.ts), so the handles are declared rather than
// measured: edges draw in the first frame and a document change never waits on
// the DOM. One array per box height, shared by the boxes of that height.
const handlesByHeight = new Map<number, NodeHandle[]>();
function handlesFor(height: number): NodeHandle[] {
  let handles = handlesByHeight.get(height);
  if (handles) return handles;
  const middle = height / 2;
  handles = [
    { id: 'top', type: 'target', position: Position.Top, x: NODE_WIDTH / 2, y: 0 },
    { id: 'left', type: 'target', position: Position.Left, x: 0, y: middle },
    { id: 'bottom', type: 'source', position: Position.Bottom, x: NODE_WIDTH / 2, y: height },
    { id: 'stack', type: 'source', position: Position.Bottom, x: STACK_HANDLE_X, y: height },
    // Cross-bound links run sideways, between columns, rather than through the boxes below.
    { id: 'right-out', type: 'source', position: Position.Right, x: NODE_WIDTH, y: middle },
    { id: 'left-out', type: 'source', position: Position.Left, x: 0, y: middle },
    { id: 'right-in', type: 'target', position: Position.Right, x: NODE_WIDTH, y: middle },
    // The one handle a person uses: drag a new child out of the box (canvas/drag/use-grow-drag.ts).
    { id: 'grow', type: 'source', position: Position.Bottom, x: NODE_WIDTH / 2, y: height },
  ];
  handlesByHeight.set(height, handles);
  return handles;
}

/** Which sides a cross-bound link leaves and enters by, from where the two boxes sit. */
function crossLinkHandles(
  source: PlacedMetric | undefined,
  target: PlacedMetric | undefined,
): { sourceHandle: string; targetHandle: string } {
  if (source && target) {
    if (target.x >= source.x + NODE_WIDTH)
      return { sourceHandle: 'right-out', targetHandle: 'left' };
    if (target.x + NODE_WIDTH <= source.x)
      return { sourceHandle: 'left-out', targetHandle: 'right-in' };
  }
  return { sourceHandle: 'bottom', targetHandle: 'top' };
}

/**
 * The last node built for each metric. Metrics are immutable, so a metric
 * object that comes back unchanged can reuse its node object, and React Flow
 * skips re-rendering it: an edit re-renders one box, not two thousand.
 */
const lastNodes = new WeakMap<Metric, MetricFlowNode>();

export function toFlowNodes(
  workspace: Workspace,
  selectedId: string | null,
  /** The whole document, when `workspace` shows only part of it (big-tree/): the math counts all. */
  mathSource: Workspace = workspace,
): MetricFlowNode[] {
  const placed = cachedLayout(workspace);
  const people = new Map(workspace.people.map((p) => [p.id, p.name]));
  const colours = departmentColours(workspace.departments);
  const departments = new Map(
    workspace.departments.map((d) => [d.id, { name: d.name, colour: colours.get(d.id) ?? null }]),
  );
  // The roll-up once per document change (incremental), read per box as a small value.
  const rollUp = rollUpCache.of(mathSource);
  // From the whole document: a collapsed box still has its children, and still its gap.
  const parents = parentIdsOf(mathSource.metrics);
  const nodes: MetricFlowNode[] = [];
  for (const metric of workspace.metrics) {
    const spot = placed.get(metric.id);
    if (!spot) continue; // unreachable from the North Star; loadWorkspace refuses such files
    const ownerName = metric.ownerId ? (people.get(metric.ownerId) ?? null) : null;
    const selected = metric.id === selectedId;
    const department = metric.departmentId ? (departments.get(metric.departmentId) ?? null) : null;
    const fresh = hasMathRow(metric, parents.has(metric.id)) ? boxMathOf(rollUp, metric.id) : null;
    const before = lastNodes.get(metric);
    const math = before && sameBoxMath(before.data.math, fresh) ? before.data.math : fresh;
    if (before && unchanged(before, spot, selected, ownerName, department, math)) {
      nodes.push(before);
      continue;
    }
    const node: MetricFlowNode = {
      id: metric.id,
      type: 'metric',
      position: { x: spot.x, y: spot.y },
      width: NODE_WIDTH,
      height: spot.height,
      // Known, not measured: a fit counts every box, drawn or not (culled, or hidden in the overview).
      measured: { width: NODE_WIDTH, height: spot.height },
      handles: handlesFor(spot.height),
      selected,
      connectable: false,
      data: {
        metric,
        ownerName,
        isNorthStar: metric.parentId === null,
        stacked: spot.stacked,
        department,
        overviewFontSize: spot.overviewFontSize,
        math,
      },
    };
    lastNodes.set(metric, node);
    nodes.push(node);
  }
  return nodes;
}

function unchanged(
  node: MetricFlowNode,
  spot: PlacedMetric,
  selected: boolean,
  ownerName: string | null,
  department: MetricNodeData['department'],
  math: BoxMath | null,
): boolean {
  return (
    node.data.math === math &&
    node.data.ownerName === ownerName &&
    node.data.department?.name === department?.name &&
    node.data.department?.colour?.fill === department?.colour?.fill &&
    node.height === spot.height &&
    node.data.overviewFontSize === spot.overviewFontSize &&
    node.data.stacked === spot.stacked &&
    node.position.x === spot.x &&
    node.position.y === spot.y &&
    node.selected === selected
  );
}

/** Tree edges parent → child; cross-bound links (交叉绑定) as dashed extra edges. */
export function toFlowEdges(workspace: Workspace): Edge[] {
  const placed = cachedLayout(workspace);
  // A box placed by hand (canvas/drag) is reached by a curve, sideways when it
  // sits beside its parent: the layout's right-angled links would run along
  // the others' and hide which is which.
  const byHand = new Set(workspace.metrics.filter((m) => m.position).map((m) => m.id));
  const edges: Edge[] = [];
  for (const metric of workspace.metrics) {
    const stacked = placed.get(metric.id)?.stacked ?? false;
    const loose =
      metric.parentId !== null && (byHand.has(metric.id) || byHand.has(metric.parentId));
    // Sideways links depend on where the boxes sit; the others only on the metric.
    const sides = loose || metric.crossParentIds.length > 0 ? sidesKey(metric, placed) : '';
    const before = lastEdges.get(metric);
    if (before && before.stacked === stacked && before.loose === loose && before.sides === sides) {
      edges.push(...before.edges);
      continue;
    }
    const own: Edge[] = [];
    if (metric.parentId !== null) {
      own.push({
        id: `tree:${metric.parentId}->${metric.id}`,
        source: metric.parentId,
        target: metric.id,
        ...(loose
          ? crossLinkHandles(placed.get(metric.parentId), placed.get(metric.id))
          : {
              sourceHandle: stacked ? 'stack' : 'bottom',
              targetHandle: stacked ? 'left' : 'top',
            }),
        type: loose ? 'default' : 'smoothstep',
        className: 'tree-link',
        focusable: false,
        selectable: false,
      });
    }
    for (const crossId of metric.crossParentIds) {
      own.push({
        id: `cross:${crossId}->${metric.id}`,
        source: crossId,
        target: metric.id,
        ...crossLinkHandles(placed.get(crossId), placed.get(metric.id)),
        className: 'cross-link',
        focusable: false,
        selectable: false,
      });
    }
    lastEdges.set(metric, { stacked, loose, sides, edges: own });
    edges.push(...own);
  }
  return edges;
}

/**
 * The edges last built for each metric (its tree link and cross-links). An
 * edit hands React Flow the same edge objects for every metric it did not
 * touch, so only the touched links re-render.
 */
const lastEdges = new WeakMap<
  Metric,
  { stacked: boolean; loose: boolean; sides: string; edges: Edge[] }
>();

/** Which sides a metric's sideways links use now (crossLinkHandles), as one comparable string. */
function sidesKey(metric: Metric, placed: ReadonlyMap<string, PlacedMetric>): string {
  const target = placed.get(metric.id);
  const ends = metric.parentId === null ? [] : [metric.parentId];
  return [...ends, ...metric.crossParentIds]
    .map((id) => crossLinkHandles(placed.get(id), target).sourceHandle)
    .join(',');
}
