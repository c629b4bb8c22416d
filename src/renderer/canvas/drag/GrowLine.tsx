import { getBezierPath, Position, type ConnectionLineComponentProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { NODE_HEIGHT, NODE_WIDTH } from '../layout';
import type { MetricFlowNode } from '../to-flow';

/**
 * The line drawn out of a box's grow handle, ending in the outline of the box
 * that a release will create there (centred on the pointer, as
 * use-grow-drag.ts places it). It runs the way the link to the new box will
 * (to-flow.ts: a curve, sideways when the new box is beside its parent).
 * Module level: React Flow takes it as a component.
 */
export function GrowLine({
  fromNode,
  fromX,
  fromY,
  toX,
  toY,
}: ConnectionLineComponentProps<MetricFlowNode>) {
  const { t } = useTranslation();
  const ghost = { x: toX - NODE_WIDTH / 2, y: toY - NODE_HEIGHT / 2 };
  const parent = fromNode.internals.positionAbsolute;
  const parentHeight = fromNode.measured.height ?? fromNode.height ?? NODE_HEIGHT;
  const [path] =
    ghost.x >= parent.x + NODE_WIDTH
      ? getBezierPath({
          sourceX: parent.x + NODE_WIDTH,
          sourceY: parent.y + parentHeight / 2,
          sourcePosition: Position.Right,
          targetX: ghost.x,
          targetY: toY,
          targetPosition: Position.Left,
        })
      : ghost.x + NODE_WIDTH <= parent.x
        ? getBezierPath({
            sourceX: parent.x,
            sourceY: parent.y + parentHeight / 2,
            sourcePosition: Position.Left,
            targetX: ghost.x + NODE_WIDTH,
            targetY: toY,
            targetPosition: Position.Right,
          })
        : getBezierPath({
            sourceX: fromX,
            sourceY: fromY,
            sourcePosition: Position.Bottom,
            targetX: toX,
            targetY: ghost.y,
            targetPosition: Position.Top,
          });
  return (
    <g className="grow-line" data-testid="grow-line">
      <path className="grow-line-path" d={path} fill="none" />
      <rect
        className="grow-ghost"
        x={ghost.x}
        y={ghost.y}
        width={NODE_WIDTH}
        height={NODE_HEIGHT}
        rx={10}
      />
      <text
        className="grow-ghost-text"
        x={toX}
        y={toY}
        textAnchor="middle"
        dominantBaseline="middle"
      >
        {t('metric.newName')}
      </text>
    </g>
  );
}
