import { Panel, useStoreApi } from '@xyflow/react';
import {
  memo,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type RefObject,
} from 'react';
import { useTranslation } from 'react-i18next';
import { drawOverview } from './draw-overview';
import { placeLabels, type OverviewScene, type PlacedLabel } from './overview-geometry';
import './overview.css';

/**
 * The whole tree as one drawing, shown instead of the DOM boxes when zoomed
 * out past reading (detail-level.ts): a single <canvas> of plain cards and
 * links (draw-overview.ts), and over it the names of the North Star and the
 * department metrics as map labels in screen-sized type (overview-geometry.ts
 * placeLabels), so the upper layers read from the back of the room at any zoom.
 *
 * It watches React Flow's viewport once, through the store's subscribe (no
 * React render per pan step), and repaints in the next animation frame. A pan
 * only moves the labels' container; a zoom re-places the labels. Pointer
 * events go through to React Flow's pane, which keeps panning and zooming;
 * clicks are hit-tested by the canvas (use-overview.ts).
 */
export const OverviewLayer = memo(function OverviewLayer({
  scene,
  selectedId,
  labelsOut,
}: {
  scene: OverviewScene;
  selectedId: string | null;
  /** Where the labels on screen are written, for the click's hit test. */
  labelsOut: RefObject<readonly PlacedLabel[]>;
}) {
  const { t } = useTranslation();
  const store = useStoreApi();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const labelsRef = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState(() => store.getState().transform[2]);
  const labels = useMemo(() => placeLabels(scene, zoom), [scene, zoom]);

  useEffect(() => {
    labelsOut.current = labels;
  }, [labels, labelsOut]);

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    let frame = 0;
    const paint = () => {
      frame = 0;
      const { transform, width, height } = store.getState();
      const [x, y, z] = transform;
      const dpr = window.devicePixelRatio || 1;
      const pixelWidth = Math.round(width * dpr);
      const pixelHeight = Math.round(height * dpr);
      // Resizing clears the canvas, so only when the pane or the pixel ratio changed.
      if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
        canvas.width = pixelWidth;
        canvas.height = pixelHeight;
      }
      drawOverview(context, scene, {
        view: { x, y, zoom: z },
        width,
        height,
        devicePixelRatio: dpr,
        selectedId,
      });
      canvas.dataset.cards = String(scene.cards.length);
      if (labelsRef.current) labelsRef.current.style.transform = `translate(${x}px, ${y}px)`;
      setZoom(z);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(paint);
    };
    schedule();
    const unsubscribe = store.subscribe((state, previous) => {
      if (
        state.transform !== previous.transform ||
        state.width !== previous.width ||
        state.height !== previous.height
      )
        schedule();
    });
    // A move to a screen with another pixel ratio, or the browser's zoom, fires a resize.
    window.addEventListener('resize', schedule);
    return () => {
      unsubscribe();
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, [store, scene, selectedId]);

  return (
    <>
      <canvas
        ref={canvasRef}
        className="overview-canvas"
        data-testid="overview-canvas"
        role="img"
        aria-label={t('overview.label', { count: scene.cards.length })}
      />
      <div ref={labelsRef} className="overview-labels" aria-hidden="true">
        {labels.map((label) => (
          <div
            key={label.id}
            className={`overview-label ${label.kind}${label.id === selectedId ? ' selected' : ''}`}
            data-testid="overview-label"
            data-metric-id={label.id}
            data-leader={label.leader > 0 ? 'up' : label.leader < 0 ? 'down' : undefined}
            style={
              {
                '--leader': `${Math.abs(label.leader)}px`,
                left: label.left,
                top: label.top,
                width: label.width,
                fontSize: label.fontSize,
                background: label.fill,
                color: label.onFill,
              } as CSSProperties
            }
          >
            {label.name}
          </div>
        ))}
      </div>
      <Panel position="top-left" className="overview-hint" data-testid="overview-hint">
        {t('overview.hint')}
      </Panel>
    </>
  );
});
