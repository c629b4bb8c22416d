import { useReactFlow, useStoreApi, type OnConnectEnd, type OnConnectStart } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Workspace } from '../../../shared/workspace/schema';
import type { StudioContext } from '../../commands/context';
import { beginDrag, cancelDrag, finishAddChildByDrag } from '../../commands/drag-commands';
import { finishCrossLinkByDrag } from '../../commands/people-commands';
import { cachedLayout, NODE_HEIGHT, NODE_WIDTH } from '../layout';
import type { MetricFlowNode } from '../to-flow';
import { isOverABox } from './drop-target';
import { boxAt } from './link-target';
import { clientPoint } from './pointer';
import { useEscape } from './use-escape';

/** The handle at the foot of a box that new children are drawn out of (MetricNode.tsx). */
export const GROW_HANDLE = 'grow';

/**
 * Drawing a child out of a box: React Flow's connection drag from the box's
 * grow handle (the line and a ghost box follow the pointer, GrowLine.tsx),
 * let go on empty canvas = a new child there, placed by hand. Let go on a box
 * with Shift held, that box also feeds this one (a cross-link,
 * GrowOrLinkLine.tsx); without Shift, nothing.
 */
export function useGrowDrag(studio: StudioContext, workspace: Workspace) {
  const flow = useReactFlow<MetricFlowNode>();
  const flowStore = useStoreApi<MetricFlowNode>();
  const from = useRef<string | null>(null);
  const [growing, setGrowing] = useState(false);

  const stop = useCallback(() => {
    from.current = null;
    setGrowing(false);
  }, []);

  // Ctrl+Z, a load or Escape ended the gesture: take the line away too.
  useEffect(
    () =>
      studio.documents.subscribe((state, previous) => {
        if (previous.gesture && !state.gesture && from.current) {
          stop();
          flowStore.getState().cancelConnection();
        }
      }),
    [studio, flowStore, stop],
  );
  useEscape(
    growing,
    useCallback(() => cancelDrag(studio), [studio]),
  );

  const onConnectStart: OnConnectStart = (_event, { nodeId, handleId }) => {
    if (handleId !== GROW_HANDLE || !nodeId) return;
    if (!beginDrag(studio, 'addChildByDrag')) return;
    from.current = nodeId;
    setGrowing(true);
  };

  const onConnectEnd: OnConnectEnd = (event) => {
    const parentId = from.current;
    if (!parentId) return;
    stop();
    const screen = clientPoint(event);
    const pointer = flow.screenToFlowPosition(screen);
    // Let go with Shift over another box: that box also feeds this one (交叉绑定, link-target.ts).
    const over = Number.isNaN(screen.x) ? null : boxAt(cachedLayout(workspace), pointer);
    if (over !== null && over !== parentId && 'shiftKey' in event && event.shiftKey) {
      finishCrossLinkByDrag(studio, parentId, over);
      return;
    }
    if (Number.isNaN(screen.x) || isOverABox(cachedLayout(workspace), pointer)) {
      cancelDrag(studio);
      return;
    }
    // The new box sits centred under the pointer, as the ghost showed it.
    finishAddChildByDrag(studio, parentId, {
      x: pointer.x - NODE_WIDTH / 2,
      y: pointer.y - NODE_HEIGHT / 2,
    });
  };

  return { onConnectStart, onConnectEnd };
}
