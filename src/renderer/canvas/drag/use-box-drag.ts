import { useReactFlow, type NodeChange, type OnNodeDrag, type XYPosition } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { subtreeIds } from '../../../shared/metrics/tree';
import type { Workspace } from '../../../shared/workspace/schema';
import type { StudioContext } from '../../commands/context';
import { beginDrag, cancelDrag, finishDrag, refuseDrop } from '../../commands/drag-commands';
import { cachedLayout } from '../layout';
import type { MetricFlowNode } from '../to-flow';
import { dropChange, findDropTarget, sameTarget, type DropTarget } from './drop-target';
import { clientPoint } from './pointer';
import { useEscape } from './use-escape';

/**
 * Dragging a box. React Flow moves it (the canvas feeds the position it
 * reports back into the node, as a controlled flow must); the drop target is
 * worked out from the pointer on every move, from the layout the canvas
 * already has; the document changes once, when the box is let go
 * (commands/drag-commands.ts). A pointer move costs a hit test and a new
 * node array with one node replaced: no layout, no edge rebuilt, no other box
 * re-rendered.
 */

/** What the canvas draws differently while a box is dragged. */
export interface BoxDragView {
  id: string;
  /** Where React Flow has moved the box to (top-left, canvas coordinates). */
  position: XYPosition;
  target: DropTarget;
}

interface Session {
  id: string;
  /** The dragged metric and what hangs below it: a drop there is a cycle. */
  branch: ReadonlySet<string>;
  target: DropTarget;
}

export function useBoxDrag(studio: StudioContext, workspace: Workspace) {
  const flow = useReactFlow<MetricFlowNode>();
  const [view, setView] = useState<BoxDragView | null>(null);
  const session = useRef<Session | null>(null);

  // The gesture ended under the drag (Ctrl+Z, a document loaded, Escape):
  // the box goes back, and the rest of this drag is ignored.
  useEffect(
    () =>
      studio.documents.subscribe((state, previous) => {
        if (previous.gesture && !state.gesture && session.current) {
          session.current = null;
          setView(null);
        }
      }),
    [studio],
  );

  // Escape puts the box back; the subscription above does the rest.
  useEscape(
    view !== null,
    useCallback(() => cancelDrag(studio), [studio]),
  );

  const targetAt = useCallback(
    (current: Session, event: MouseEvent | TouchEvent): DropTarget => {
      const screen = clientPoint(event);
      if (Number.isNaN(screen.x)) return { kind: 'home' };
      return findDropTarget({
        workspace,
        placed: cachedLayout(workspace),
        draggedId: current.id,
        branch: current.branch,
        pointer: flow.screenToFlowPosition(screen),
      });
    },
    [flow, workspace],
  );

  const onNodeDragStart: OnNodeDrag<MetricFlowNode> = (_event, node) => {
    if (!beginDrag(studio, 'moveBranch')) return;
    const target: DropTarget = { kind: 'home' };
    session.current = { id: node.id, branch: subtreeIds(workspace, node.id), target };
    // The box in hand is the selected one: the inspector shows what is moving.
    studio.ui.getState().select(node.id);
    setView({ id: node.id, position: node.position, target });
  };

  const onNodesChange = (changes: NodeChange<MetricFlowNode>[]) => {
    const current = session.current;
    if (!current) return;
    for (const change of changes) {
      if (change.type !== 'position' || change.id !== current.id || !change.position) continue;
      const position = change.position;
      setView((shown) => (shown && shown.id === current.id ? { ...shown, position } : shown));
    }
  };

  const onNodeDrag: OnNodeDrag<MetricFlowNode> = (event, _node) => {
    const current = session.current;
    if (!current) return;
    const target = targetAt(current, event);
    if (sameTarget(target, current.target)) return;
    current.target = target;
    setView((shown) => (shown && shown.id === current.id ? { ...shown, target } : shown));
  };

  const onNodeDragStop: OnNodeDrag<MetricFlowNode> = (event, node) => {
    const current = session.current;
    if (!current) return;
    session.current = null;
    setView(null);
    const target = targetAt(current, event);
    if (target.kind === 'refused') refuseDrop(studio, target.error);
    else finishDrag(studio, dropChange(workspace, current.id, target, node.position));
  };

  return { view, onNodeDragStart, onNodeDrag, onNodeDragStop, onNodesChange };
}

/**
 * The nodes as drawn while a box is dragged: the dragged one where the
 * pointer has it, the box it would land on marked. Every other node object is
 * the one to-flow.ts built, so React Flow re-renders only these two.
 */
export function withBoxDrag(nodes: MetricFlowNode[], view: BoxDragView | null): MetricFlowNode[] {
  if (!view) return nodes;
  const shown = nodes.slice();
  const dragged = shown.findIndex((node) => node.id === view.id);
  const draggedNode = shown[dragged];
  if (draggedNode) {
    // Its own class, not React Flow's `dragging`: that one stays on after Escape until the mouse is let go.
    shown[dragged] = {
      ...draggedNode,
      position: view.position,
      className: 'box-in-hand',
      zIndex: 1000,
    };
  }
  const { target } = view;
  if (target.kind === 'onto' || target.kind === 'refused') {
    const at = shown.findIndex((node) => node.id === target.targetId);
    const targetNode = shown[at];
    if (targetNode) {
      shown[at] = {
        ...targetNode,
        className: target.kind === 'onto' ? 'drop-onto' : 'drop-refused',
      };
    }
  }
  return shown;
}
