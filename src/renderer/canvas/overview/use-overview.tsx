import { useReactFlow, useStoreApi, type Edge, type Node } from '@xyflow/react';
import { useCallback, useMemo, useRef, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../../shared/workspace/schema';
import { useDetail } from '../detail-level';
import { cachedLayout, NODE_WIDTH } from '../layout';
import { buildOverviewScene, hitTest, type PlacedLabel } from './overview-geometry';
import { OverviewLayer } from './OverviewLayer';

/** Where a double-click in the overview takes the view: reading zoom. */
const READING_ZOOM = 1;
const NO_EDGES: Edge[] = [];

export interface Overview {
  /** The boxes to hand React Flow: in the overview all hidden, so none is in the DOM. */
  nodesFor<N extends Node>(nodes: N[]): N[];
  edgesFor(edges: Edge[]): Edge[];
  /** In the overview a click on a card or its label selects that metric, elsewhere clears it. */
  onPaneClick(event: MouseEvent): void;
  onDoubleClick: ((event: MouseEvent) => void) | undefined;
  layer: ReactNode;
}

/**
 * The overview (OverviewLayer.tsx) wired into the canvas, at the level of
 * detail the zoom asks for (detail-level.tsx): the nodes and edges React Flow
 * keeps (hidden, so that fit-to-window, the selection's scroll-into-view and
 * a minimap still know every box; none is in the DOM), and the clicks the
 * drawing answers.
 */
export function useOverview(
  workspace: Workspace,
  selectedId: string | null,
  select: (id: string | null) => void,
): Overview {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const store = useStoreApi();
  const detail = useDetail();
  const active = detail === 'overview';
  const hideBoxes = active || detail === 'fitting';
  // Built only while shown: at reading zoom an edit does not pay for it.
  const shownWorkspace = active ? workspace : null;
  const unnamed = t('metric.unnamed');
  const scene = useMemo(
    () =>
      shownWorkspace && buildOverviewScene(shownWorkspace, cachedLayout(shownWorkspace), unnamed),
    [shownWorkspace, unnamed],
  );
  const labels = useRef<readonly PlacedLabel[]>([]);

  const metricAt = useCallback(
    (event: MouseEvent): { id: string | null; flowPoint: { x: number; y: number } } => {
      const { transform, domNode } = store.getState();
      const pane = domNode?.getBoundingClientRect();
      const point = { x: event.clientX - (pane?.left ?? 0), y: event.clientY - (pane?.top ?? 0) };
      const [x, y, zoom] = transform;
      const flowPoint = { x: (point.x - x) / zoom, y: (point.y - y) / zoom };
      return {
        id: scene ? hitTest(scene, labels.current, { x, y, zoom }, point) : null,
        flowPoint,
      };
    },
    [store, scene],
  );

  const onPaneClick = useCallback(
    (event: MouseEvent) => select(active ? metricAt(event).id : null),
    [active, metricAt, select],
  );

  const onDoubleClick = useCallback(
    (event: MouseEvent) => {
      // On the picture only: a quick double press of the zoom buttons is not a double-click on a card.
      if (!(event.target instanceof Element) || !event.target.closest('.react-flow__pane')) return;
      const { id, flowPoint } = metricAt(event);
      const spot = id ? cachedLayout(workspace).get(id) : undefined;
      if (id) select(id);
      const centre = spot ? { x: spot.x + NODE_WIDTH / 2, y: spot.y + spot.height / 2 } : flowPoint;
      void flow.setCenter(centre.x, centre.y, { zoom: READING_ZOOM, duration: 300 });
    },
    [metricAt, workspace, select, flow],
  );

  const nodesFor = useCallback(
    <N extends Node>(nodes: N[]): N[] => (hideBoxes ? nodes.map(hidden) : nodes),
    [hideBoxes],
  );
  const edgesFor = useCallback((edges: Edge[]) => (hideBoxes ? NO_EDGES : edges), [hideBoxes]);

  return {
    nodesFor,
    edgesFor,
    onPaneClick,
    onDoubleClick: active ? onDoubleClick : undefined,
    layer: scene && <OverviewLayer scene={scene} selectedId={selectedId} labelsOut={labels} />,
  };
}

/** One hidden copy per node object: unchanged boxes stay the same objects for React Flow. */
const hiddenCopies = new WeakMap<Node, Node>();
function hidden<N extends Node>(node: N): N {
  let copy = hiddenCopies.get(node);
  if (!copy) hiddenCopies.set(node, (copy = { ...node, hidden: true }));
  return copy as N;
}
