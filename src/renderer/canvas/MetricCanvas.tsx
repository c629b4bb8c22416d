import '@xyflow/react/dist/style.css';
import {
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore as useFlowStore,
  type NodeMouseHandler,
  type NodeTypes,
} from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../shared/workspace/schema';
import { shownWorkspace } from '../document/document-store';
import { useDocument, useStudio, useUi } from '../shell/studio-context';
import { DropMarker } from './drag/DropMarker';
import { GrowOrLinkLine } from './drag/GrowOrLinkLine';
import { useBoxDrag, withBoxDrag } from './drag/use-box-drag';
import { useGrowDrag } from './drag/use-grow-drag';
import { cachedLayout, NODE_HEIGHT, NODE_WIDTH } from './layout';
import { useClipboardEvents } from './use-clipboard-events';
import { FilterBar } from './big-tree/FilterBar';
import { FocusBar } from './big-tree/FocusBar';
import { minimapColour } from './big-tree/minimap-colour';
import { SearchPanel } from './big-tree/SearchPanel';
import { useBigTree } from './big-tree/use-big-tree';
import { ViewRequests } from './big-tree/ViewRequests';
import { GuardrailStrip } from './guardrails/GuardrailStrip';
import { CanvasDetail, useDetail } from './detail-level';
import { useOverview } from './overview/use-overview';
import { FIT_VIEW, MAX_ZOOM, MIN_ZOOM } from './view-options';
import { MetricNode } from './MetricNode';
import { toFlowEdges, toFlowNodes, type MetricFlowNode } from './to-flow';

// Module level: a nodeTypes object created during render remounts every node.
const nodeTypes: NodeTypes = { metric: MetricNode };

/**
 * The metric tree. A view of the document store: nodes and edges are derived
 * with useMemo, clicks select, and every keyboard command lives in the shell
 * (shell/use-shortcuts.ts) so that it works the same from anywhere. Drags
 * (drag/): a box onto, beside or away from the others, and a new child out of
 * a box's grow handle; each is one gesture of the document store.
 */
export function MetricCanvas() {
  const { t } = useTranslation();
  const workspace = useDocument(shownWorkspace);
  const loadId = useDocument((s) => s.loadId);
  const focusRequest = useUi((s) => s.focusRequest);
  const regionRef = useRef<HTMLDivElement>(null);
  useClipboardEvents(useStudio());

  useEffect(() => {
    if (focusRequest?.target === 'canvas') regionRef.current?.focus({ preventScroll: true });
  }, [focusRequest]);

  return (
    <div
      ref={regionRef}
      className="canvas"
      role="region"
      aria-label={t('canvas.label')}
      data-testid="canvas"
      // Focusable: a click on the canvas takes the focus out of the inspector
      // (committing its draft) and the tree keys apply again; keyboard users
      // reach it with Tab and leave it with Shift+Tab.
      tabIndex={0}
      onPointerDownCapture={() => regionRef.current?.focus({ preventScroll: true })}
    >
      {workspace && (
        // A new document is a new flow: it mounts fresh and fits the view to the tree.
        <ReactFlowProvider key={loadId}>
          <CanvasDetail>
            <MetricFlow workspace={workspace} />
          </CanvasDetail>
        </ReactFlowProvider>
      )}
    </div>
  );
}

/**
 * Within this many screen pixels a press is a click (it selects), beyond it a
 * drag: a hand on a trackpad in front of a room shakes a little.
 */
const CLICK_SLACK = 4;

function MetricFlow({ workspace: document }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const selectedId = useUi((s) => s.selectedId);
  const select = useUi((s) => s.select);
  // Big trees (big-tree/): the canvas lays out and drags what is on screen, without
  // collapsed branches or what a focused branch leaves out; the math counts everything.
  const bigTree = useBigTree(document, selectedId);
  const workspace = bigTree.workspace;
  const documentNodes = useMemo(
    () => bigTree.decorate(toFlowNodes(workspace, selectedId, document)),
    [bigTree, workspace, selectedId, document],
  );
  const edges = useMemo(() => bigTree.edges(toFlowEdges(workspace)), [bigTree, workspace]);
  const boxDrag = useBoxDrag(studio, workspace);
  const growDrag = useGrowDrag(studio, workspace);
  const nodes = useMemo(
    () => withBoxDrag(documentNodes, boxDrag.view),
    [documentNodes, boxDrag.view],
  );

  const onNodeClick: NodeMouseHandler<MetricFlowNode> = (_event, node) => select(node.id);
  // Zoomed far out, one drawing of the whole tree instead of the boxes (overview/).
  const overview = useOverview(workspace, selectedId, select);
  // The overview already is the whole tree at a glance (and hides the nodes the minimap draws).
  const showMinimap = useDetail() !== 'overview';

  return (
    <ReactFlow<MetricFlowNode>
      nodes={overview.nodesFor(nodes)}
      edges={overview.edgesFor(edges)}
      nodeTypes={nodeTypes}
      onNodeClick={onNodeClick}
      onPaneClick={overview.onPaneClick}
      onDoubleClick={overview.onDoubleClick}
      onNodesChange={boxDrag.onNodesChange}
      onNodeDragStart={boxDrag.onNodeDragStart}
      onNodeDrag={boxDrag.onNodeDrag}
      onNodeDragStop={boxDrag.onNodeDragStop}
      onConnectStart={growDrag.onConnectStart}
      onConnectEnd={growDrag.onConnectEnd}
      connectionLineComponent={GrowOrLinkLine}
      fitView
      fitViewOptions={FIT_VIEW}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      nodesDraggable
      nodeDragThreshold={CLICK_SLACK}
      nodeClickDistance={CLICK_SLACK}
      paneClickDistance={CLICK_SLACK}
      // Needed for the grow handle's line; every other handle is an edge anchor only.
      nodesConnectable
      connectionDragThreshold={CLICK_SLACK}
      connectOnClick={false}
      nodesFocusable={false}
      edgesFocusable={false}
      elementsSelectable={false}
      // Keys belong to the app's own shortcuts (Delete deletes through the store, with confirmation).
      deleteKeyCode={null}
      selectionKeyCode={null}
      multiSelectionKeyCode={null}
      disableKeyboardA11y
      zoomOnDoubleClick={false}
      onlyRenderVisibleElements={nodes.length > 400}
      proOptions={{ hideAttribution: true }}
    >
      <Controls
        showInteractive={false}
        fitViewOptions={FIT_VIEW}
        position="bottom-left"
        aria-label={t('canvas.zoomControls')}
      />
      {boxDrag.view && (
        <DropMarker
          target={boxDrag.view.target}
          placed={cachedLayout(workspace)}
          workspace={workspace}
        />
      )}
      <KeepSelectionInView
        selectedId={selectedId}
        workspace={workspace}
        // A drag selects the box in hand: scrolling then would pull the canvas from under the pointer.
        paused={boxDrag.view !== null}
      />
      {overview.layer}
      {showMinimap && (
        <MiniMap
          pannable
          zoomable
          position="bottom-right"
          nodeColor={minimapColour}
          nodeStrokeWidth={0}
          ariaLabel={t('bigTree.minimap')}
          className="tree-minimap"
          // Small: at 1280×720 it must not cover the boxes the room is reading.
          style={{ width: 150, height: 100 }}
        />
      )}
      <GuardrailStrip workspace={workspace} />
      <SearchPanel document={document} />
      <FocusBar workspace={document} />
      <FilterBar workspace={document} />
      <ViewRequests workspace={workspace} />
    </ReactFlow>
  );
}

/** When the selection lands outside the visible area (a new child, arrow keys), bring it in. */
function KeepSelectionInView({
  selectedId,
  workspace,
  paused,
}: {
  selectedId: string | null;
  workspace: Workspace;
  paused: boolean;
}) {
  const flow = useReactFlow();
  const width = useFlowStore((s) => s.width);
  const height = useFlowStore((s) => s.height);
  // The first frame belongs to fitView; panning then would fight it.
  const settled = useRef(false);
  useEffect(() => {
    if (!settled.current) {
      settled.current = true;
      return;
    }
    if (!selectedId || width === 0 || paused) return;
    const node = flow.getInternalNode(selectedId);
    if (!node) return;
    const { x, y, zoom } = flow.getViewport();
    const margin = 32;
    const left = node.internals.positionAbsolute.x * zoom + x;
    const top = node.internals.positionAbsolute.y * zoom + y;
    const right = left + NODE_WIDTH * zoom;
    const bottom = top + NODE_HEIGHT * zoom;
    // Scroll just far enough, as a list scrolls to its selected row: the rest of
    // the tree the room is looking at stays where it was.
    const dx = left < margin ? margin - left : right > width - margin ? width - margin - right : 0;
    const dy =
      top < margin ? margin - top : bottom > height - margin ? height - margin - bottom : 0;
    if (dx === 0 && dy === 0) return;
    void flow.setViewport({ x: x + dx, y: y + dy, zoom }, { duration: 200 });
    // Only a change of selection or document moves the view, not a resize of the window.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId, workspace, flow]);
  return null;
}
