import { useReactFlow, useStore as useFlowStore } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { Workspace } from '../../../shared/workspace/schema';
import { cachedLayout, NODE_WIDTH, type PlacedMetric } from '../layout';
import { FIT_VIEW } from '../view-options';
import { useTreeView } from './tree-view-store';

/** A box jumped to is shown at least this large: its name readable from the back of the room. */
const JUMP_ZOOM = 0.9;
/** Room left around boxes brought into view, in screen pixels (the controls sit in the corners). */
const SHOW_MARGIN = 72;

/**
 * Carries out the view requests of tree-view-store (fit to window, centre on
 * a metric, bring a group of boxes into view). Inside <ReactFlow>. Positions
 * come from the layout, not from React Flow's measured nodes, so a box that a
 * collapsed branch hid, or a split created, until this very render is placed
 * at once.
 */
export function ViewRequests({ workspace }: { workspace: Workspace }) {
  const flow = useReactFlow();
  const width = useFlowStore((s) => s.width);
  const height = useFlowStore((s) => s.height);
  const request = useTreeView((s) => s.viewRequest);
  const nonce = useTreeView((s) => s.viewNonce);
  // A request made before this flow mounted belonged to the document before.
  const done = useRef(nonce);
  useEffect(() => {
    if (!request || done.current === nonce) return;
    if (request.kind === 'fit') {
      done.current = nonce;
      // After the nodes of this render reached React Flow's store.
      requestAnimationFrame(() => void flow.fitView({ ...FIT_VIEW, duration: 200 }));
      return;
    }
    const layout = cachedLayout(workspace);
    const ids = request.kind === 'centre' ? [request.id] : request.ids;
    const spots = ids.map((id) => layout.get(id));
    if (spots.some((spot) => !spot)) return; // not laid out yet: the next render of the view
    done.current = nonce;
    const box = boundsOf(spots as PlacedMetric[]);
    if (request.kind === 'centre') {
      const zoom = Math.max(flow.getZoom(), JUMP_ZOOM);
      void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom, duration: 250 });
      return;
    }
    const { x, y, zoom } = flow.getViewport();
    const inside =
      box.x * zoom + x >= 0 &&
      box.y * zoom + y >= 0 &&
      (box.x + box.width) * zoom + x <= width &&
      (box.y + box.height) * zoom + y <= height;
    if (inside || width === 0) return;
    // Never zoom in to show them: the room keeps the scale it is reading at.
    const fits = Math.min(
      (width - 2 * SHOW_MARGIN) / box.width,
      (height - 2 * SHOW_MARGIN) / box.height,
    );
    void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, {
      zoom: Math.min(zoom, fits),
      duration: 250,
    });
  }, [request, nonce, workspace, flow, width, height]);
  return null;
}

function boundsOf(spots: readonly PlacedMetric[]) {
  const left = Math.min(...spots.map((s) => s.x));
  const top = Math.min(...spots.map((s) => s.y));
  const right = Math.max(...spots.map((s) => s.x + NODE_WIDTH));
  const bottom = Math.max(...spots.map((s) => s.y + s.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}
