import {
  useStore,
  ViewportPortal,
  type ConnectionLineComponentProps,
  type ReactFlowState,
} from '@xyflow/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shownWorkspace } from '../../document/document-store';
import { useDocument } from '../../shell/studio-context';
import { cachedLayout, NODE_WIDTH } from '../layout';
import type { MetricFlowNode } from '../to-flow';
import { GrowLine } from './GrowLine';
import { linkTargetAt } from './link-target';
import './link-line.css';

const zoomOf = (state: ReactFlowState) => state.transform[2];
/** Whether a canvas x is in the right half of the screen: the caption then runs leftwards (as DropMarker's). */
const rightHalf = (x: number) => (state: ReactFlowState) =>
  x * state.transform[2] + state.transform[0] > state.width / 2;
/** How far the ring stands off the box (canvas units). */
const RING = 8;

/**
 * The line drawn out of a grow handle. Over empty canvas: the new box to be
 * (GrowLine.tsx). Over another box: a dashed cross-link line to it, the box
 * ringed, and a caption — with Shift held, what letting go does (「…」另计入
 * 「…」) or why not; without, that Shift would (link-target.ts). Module
 * level: React Flow takes it as a component; mounted only during the drag.
 */
export function GrowOrLinkLine(props: ConnectionLineComponentProps<MetricFlowNode>) {
  const { t } = useTranslation();
  const workspace = useDocument(shownWorkspace);
  const shift = useShiftHeld();
  const zoom = useStore(zoomOf);
  const { fromNode, fromX, fromY, toX, toY } = props;
  // Hooks before any return: the pointer's side stands in for the box's (they are close).
  const leftwards = useStore(rightHalf(toX));
  if (!workspace) return <GrowLine {...props} />;
  const placed = cachedLayout(workspace);
  const target = linkTargetAt(workspace, placed, fromNode.id, { x: toX, y: toY }, shift);
  const spot = target ? placed.get(target.metricId) : undefined;
  if (!target || !spot) return <GrowLine {...props} />;

  const name = (id: string) =>
    workspace.metrics.find((m) => m.id === id)?.name || t('metric.unnamed');
  const caption =
    target.kind === 'refused'
      ? t(`errors:tree.${target.error}`)
      : target.kind === 'link'
        ? t('peoplePanel.linkCaption', { metric: name(target.metricId), parent: name(fromNode.id) })
        : t('peoplePanel.linkHint');
  return (
    <g className={`link-line ${target.kind}`} data-testid="link-line" data-kind={target.kind}>
      {target.kind === 'hint' ? (
        // Without Shift the line is still the grow line; letting go over a box does nothing.
        <GrowLine {...props} />
      ) : (
        <path
          className="link-line-path"
          d={`M ${fromX} ${fromY} C ${fromX} ${fromY + 80}, ${toX} ${toY - 80}, ${toX} ${toY}`}
          fill="none"
        />
      )}
      <rect
        className="link-line-target"
        data-testid="link-target"
        data-title={name(target.metricId)}
        x={spot.x - RING}
        y={spot.y - RING}
        width={NODE_WIDTH + 2 * RING}
        height={spot.height + 2 * RING}
        rx={14}
      />
      <ViewportPortal>
        <div
          className={`drop-caption link-caption ${target.kind}`}
          data-testid="link-caption"
          style={{
            left: leftwards ? spot.x + NODE_WIDTH : spot.x,
            top: spot.y - RING,
            transform: `translate(${leftwards ? '-100%' : '0'}, -100%) scale(${1 / zoom}) translateY(-10px)`,
            transformOrigin: leftwards ? '100% 100%' : '0 100%',
          }}
        >
          {caption}
        </div>
      </ViewportPortal>
    </g>
  );
}

/** Whether Shift is held, from the keys and from every pointer move (which carries it). */
function useShiftHeld(): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Shift') setHeld(event.type === 'keydown');
    };
    const onMove = (event: MouseEvent) => setHeld(event.shiftKey);
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKey);
    window.addEventListener('mousemove', onMove);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKey);
      window.removeEventListener('mousemove', onMove);
    };
  }, []);
  return held;
}
