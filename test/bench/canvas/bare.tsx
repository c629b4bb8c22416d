import '@xyflow/react/dist/style.css';
import { ReactFlow, type Edge, type Node } from '@xyflow/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { cachedLayout, NODE_WIDTH } from '../../../src/renderer/canvas/layout';
import { FIT_VIEW, MAX_ZOOM, MIN_ZOOM } from '../../../src/renderer/canvas/view-options';
import { buildBigWorkspace } from '../big-workspace';
import type { CanvasBench } from './probe';

/**
 * Bare React Flow: default nodes and edges, placed by the same layout as ours,
 * with the same fit, zoom limits and culling as MetricCanvas. Uncontrolled
 * (`defaultNodes`), so its default draggable nodes move under the mouse with
 * React Flow's own state: what the drag benchmark compares our box drag with.
 */
export function mount(container: HTMLElement, bench: CanvasBench): void {
  const workspace = buildBigWorkspace();
  // The same layout, box heights included, as MetricCanvas shows.
  const placed = cachedLayout(workspace);
  const nodes: Node[] = [];
  const edges: Edge[] = [];
  for (const metric of workspace.metrics) {
    const spot = placed.get(metric.id);
    if (!spot) continue;
    nodes.push({
      id: metric.id,
      position: { x: spot.x, y: spot.y },
      width: NODE_WIDTH,
      height: spot.height,
      data: { label: metric.name },
    });
    if (metric.parentId !== null)
      edges.push({
        id: `${metric.parentId}->${metric.id}`,
        source: metric.parentId,
        target: metric.id,
      });
  }
  bench.renderStartedAt = performance.now();
  createRoot(container).render(
    <StrictMode>
      <div style={{ width: '100vw', height: '100vh' }}>
        <ReactFlow
          defaultNodes={nodes}
          defaultEdges={edges}
          fitView
          fitViewOptions={FIT_VIEW}
          minZoom={MIN_ZOOM}
          maxZoom={MAX_ZOOM}
          nodesDraggable
          nodesConnectable={false}
          elementsSelectable={false}
          onlyRenderVisibleElements
        />
      </div>
    </StrictMode>,
  );
}
