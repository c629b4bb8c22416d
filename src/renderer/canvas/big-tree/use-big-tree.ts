import type { Edge } from '@xyflow/react';
import { useEffect, useMemo } from 'react';
import type { Workspace } from '../../../shared/workspace/schema';
import type { MetricFlowNode } from '../to-flow';
import { treeViewStore, useTreeView } from './tree-view-store';
import { ancestorsOf, descendantCount, filterDimmed, treeIndex, visibleMetrics } from './tree-view';

export interface BigTreeView {
  /** The document as the canvas lays it out: without the boxes collapsed or out of focus. */
  workspace: Workspace;
  /** The boxes with their collapse toggles (a node object per state, reused). */
  decorate(nodes: MetricFlowNode[]): MetricFlowNode[];
  /** Links whose both ends are on screen. */
  edges(edges: Edge[]): Edge[];
}

/**
 * The big-tree view of one document (collapse, focus) for MetricFlow. Derived
 * once per change of the document or of the view state; a box re-renders
 * only when its own toggle changes.
 */
export function useBigTree(document: Workspace, selectedId: string | null): BigTreeView {
  const collapsed = useTreeView((s) => s.collapsed);
  const focusId = useTreeView((s) => s.focusId);
  const filter = useTreeView((s) => s.filter);

  // A new document starts with everything open (the canvas remounts per document).
  useEffect(() => () => treeViewStore.getState().reset(), []);

  const view = useMemo(() => {
    const metrics = visibleMetrics(document.metrics, { collapsed, focusId });
    return metrics === document.metrics ? document : { ...document, metrics };
  }, [document, collapsed, focusId]);

  // Selecting a metric inside a collapsed branch opens the way to it.
  useEffect(() => {
    if (selectedId === null || view === document) return;
    const index = treeIndex(document.metrics);
    if (!index.byId.has(selectedId) || view.metrics.some((m) => m.id === selectedId)) return;
    const state = treeViewStore.getState();
    const ancestors = ancestorsOf(index, selectedId);
    state.expand(ancestors);
    if (state.focusId !== null && ![selectedId, ...ancestors].includes(state.focusId))
      state.setFocus(null);
  }, [selectedId, view, document]);

  // Once per change of the document or the filter, not per box.
  const dimmed = useMemo(
    () => filterDimmed(document.metrics, filter)?.dimmed ?? null,
    [document.metrics, filter],
  );

  return useMemo(() => {
    const index = treeIndex(document.metrics);
    const shown = view === document ? null : new Set(view.metrics.map((m) => m.id));
    const isDimmed = (id: string) => dimmed !== null && dimmed.has(id);
    return {
      workspace: view,
      decorate: (nodes) =>
        nodes.map((node) => {
          const parent = index.children.has(node.id);
          const dim = isDimmed(node.id);
          if (!parent && !dim) return node;
          const hidden = collapsed.has(node.id) ? descendantCount(index, node.id) : 0;
          return withView(node, parent ? hidden : null, dim);
        }),
      edges: (edges) => {
        const kept =
          shown === null ? edges : edges.filter((e) => shown.has(e.source) && shown.has(e.target));
        return dimmed === null ? kept : kept.map((e) => (isDimmed(e.target) ? dimEdge(e) : e));
      },
    };
  }, [document, view, collapsed, dimmed]);
}

/** The decorated node last made from each base node, so an unchanged box keeps its object. */
const decorated = new WeakMap<MetricFlowNode, MetricFlowNode>();

function withView(node: MetricFlowNode, hidden: number | null, dimmed: boolean): MetricFlowNode {
  const before = decorated.get(node);
  const className = dimmed ? 'dimmed' : undefined;
  if (before && (before.data.branch?.hidden ?? null) === hidden && before.className === className)
    return before;
  const next: MetricFlowNode = {
    ...node,
    className,
    data: hidden === null ? node.data : { ...node.data, branch: { hidden } },
  };
  decorated.set(node, next);
  return next;
}

const dimmedEdges = new WeakMap<Edge, Edge>();

/** A link into a dimmed box dims with it (one object per edge, reused). */
function dimEdge(edge: Edge): Edge {
  let dim = dimmedEdges.get(edge);
  if (!dim) {
    dim = { ...edge, className: `${edge.className ?? ''} dimmed` };
    dimmedEdges.set(edge, dim);
  }
  return dim;
}
