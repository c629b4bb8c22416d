import { useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../../shared/workspace/schema';
import { NODE_WIDTH, type PlacedMetric } from '../layout';
import type { DropTarget } from './drop-target';

/** How thick the bar is, and how far past the box it reaches (canvas units). */
const BAR = 8;
const REACH = 10;
/** Half the gaps of layout.ts: the bar sits in the middle of the room between two boxes. */
const ROW_HALF_GAP = 20;
const COLUMN_HALF_GAP = 7;

const zoomOf = (state: ReactFlowState) => state.transform[2];
/** Whether a canvas x is in the right half of the screen (the caption then runs leftwards). */
const rightHalf = (x: number) => (state: ReactFlowState) =>
  x * state.transform[2] + state.transform[0] > state.width / 2;

/**
 * What a drop will do, drawn where it will happen, in canvas coordinates (it
 * pans and zooms with the boxes): beside a box, a bar in the gap before or
 * after it, in the row or the column its siblings stand in; and over the box
 * the drop is about, a caption that says it in words (「成为「…」的下级」, or
 * why not), because the box in hand covers much of the box under it.
 */
export function DropMarker({
  target,
  placed,
  workspace,
}: {
  target: DropTarget;
  placed: ReadonlyMap<string, PlacedMetric>;
  workspace: Workspace;
}) {
  const { t } = useTranslation();
  // The caption keeps its size on screen at any zoom: it is read, not drawn to scale.
  // Mounted only during a drag, so following the zoom costs nothing the rest of the time.
  const zoom = useStore(zoomOf);
  const spotOf = 'targetId' in target ? placed.get(target.targetId) : undefined;
  const leftwards = useStore(rightHalf((spotOf?.x ?? 0) + NODE_WIDTH / 2));
  if (target.kind !== 'beside' && target.kind !== 'onto' && target.kind !== 'refused') return null;
  const spot = placed.get(target.targetId);
  if (!spot) return null;
  const name = workspace.metrics.find((m) => m.id === target.targetId)?.name || t('metric.unnamed');
  const caption =
    target.kind === 'refused'
      ? t(`errors:tree.${target.error}`)
      : t(`canvas.drop.${target.kind === 'onto' ? 'onto' : target.side}`, { name });
  return (
    <ViewportPortal>
      {target.kind === 'beside' && (
        <div
          className={`drop-marker ${target.axis}`}
          data-testid="drop-marker"
          data-side={target.side}
          style={barStyle(spot, target.axis, target.side)}
          aria-hidden="true"
        />
      )}
      <div
        className={`drop-caption${target.kind === 'refused' ? ' refused' : ''}`}
        data-testid="drop-caption"
        // Over the box, running into the canvas rather than off its edge.
        style={{
          left: leftwards ? spot.x + NODE_WIDTH : spot.x,
          top: spot.y,
          transform: `translate(${leftwards ? '-100%' : '0'}, -100%) scale(${1 / zoom}) translateY(-10px)`,
          transformOrigin: leftwards ? '100% 100%' : '0 100%',
        }}
      >
        {caption}
      </div>
    </ViewportPortal>
  );
}

function barStyle(spot: PlacedMetric, axis: 'row' | 'column', side: 'before' | 'after') {
  if (axis === 'row') {
    const x = side === 'before' ? spot.x - ROW_HALF_GAP : spot.x + NODE_WIDTH + ROW_HALF_GAP;
    return { left: x - BAR / 2, top: spot.y - REACH, width: BAR, height: spot.height + 2 * REACH };
  }
  const y = side === 'before' ? spot.y - COLUMN_HALF_GAP : spot.y + spot.height + COLUMN_HALF_GAP;
  return { left: spot.x - REACH, top: y - BAR / 2, width: NODE_WIDTH + 2 * REACH, height: BAR };
}
