import { Handle, Position, useStore, type NodeProps, type ReactFlowState } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { addChild } from '../commands/metric-commands';
import { useStudio, useUi } from '../shell/studio-context';
import { formatValue, withUnit } from './format';
import { STACK_HANDLE_X, type MetricFlowNode } from './to-flow';

/**
 * Below this zoom the box's text is under ~7 px on screen: nobody can read it,
 * and drawing it for a thousand boxes makes panning stutter. The box is then
 * drawn as a plain coloured card (level of detail; see docs/benchmarks.md).
 */
export const DETAIL_MIN_ZOOM = 0.3;
const isZoomedOut = (state: ReactFlowState) => state.transform[2] < DETAIL_MIN_ZOOM;

/**
 * One metric box on the canvas. Defined at module level and memoised: React
 * Flow re-renders a node only when its node object changes (see to-flow.ts).
 */
export const MetricNode = memo(function MetricNode({ data, selected }: NodeProps<MetricFlowNode>) {
  const { t } = useTranslation();
  const studio = useStudio();
  const locale = useUi((s) => s.locale);
  const { metric, ownerName, isNorthStar } = data;
  const { unit, precision } = metric.definition;
  const show = (value: number | null) =>
    value === null ? t('metric.noValue') : formatValue(value, precision, locale);
  const hasNumbers = metric.baseline.value !== null || metric.target !== null;
  // A boolean selector: the box re-renders only when the zoom crosses the threshold.
  const zoomedOut = useStore(isZoomedOut);
  const className = `metric-node layer-${metric.layer}${isNorthStar ? ' north-star' : ''}${selected ? ' selected' : ''}`;

  if (zoomedOut) {
    return (
      <div
        className={`${className} overview`}
        data-testid="metric-node"
        data-metric-id={metric.id}
        data-layer={metric.layer}
        title={metric.name}
      >
        <MetricHandles />
      </div>
    );
  }

  return (
    <div
      className={className}
      data-testid="metric-node"
      data-metric-id={metric.id}
      data-layer={metric.layer}
      title={metric.name}
    >
      <MetricHandles />
      <div className="metric-node-name" data-testid="metric-node-name">
        {metric.name || t('metric.unnamed')}
      </div>
      <div className={`metric-node-numbers${hasNumbers ? '' : ' empty'}`}>
        <span className="baseline">{show(metric.baseline.value)}</span>
        <span className="arrow" aria-hidden="true">
          {' → '}
        </span>
        <span className="target" data-testid="metric-node-target">
          {withUnit(show(metric.target), metric.target === null ? '' : unit)}
        </span>
      </div>
      {/* Owner and layer share the last row: the name gets the room, the projector the size. */}
      <div className="metric-node-foot">
        {/* The name alone: with "Owner:" in front it no longer fits beside the badge. */}
        <span
          className={`metric-node-owner${ownerName ? '' : ' empty'}`}
          title={ownerName ? t('metric.owner', { name: ownerName }) : undefined}
        >
          {ownerName ?? t('metric.noOwner')}
        </span>
        {isNorthStar ? (
          <span className="north-star-badge">
            <span aria-hidden="true">★ </span>
            {t('northStar')}
          </span>
        ) : (
          <span className="layer-badge">{t(`layers.${metric.layer}`)}</span>
        )}
      </div>
      {selected && (
        <button
          type="button"
          className="add-child nodrag nopan"
          data-testid="add-child"
          aria-label={t('canvas.addChild')}
          title={t('canvas.addChild')}
          onClick={(event) => {
            event.stopPropagation();
            addChild(studio, metric.id);
          }}
        >
          +
        </button>
      )}
    </div>
  );
});

/** Edge anchors only (see to-flow.ts); nothing on the canvas is connectable by hand. */
function MetricHandles() {
  return (
    <>
      <Handle type="target" id="top" position={Position.Top} isConnectable={false} />
      <Handle type="target" id="left" position={Position.Left} isConnectable={false} />
      <Handle type="source" id="bottom" position={Position.Bottom} isConnectable={false} />
      <Handle
        type="source"
        id="stack"
        position={Position.Bottom}
        isConnectable={false}
        style={{ left: STACK_HANDLE_X }}
      />
      <Handle type="source" id="right-out" position={Position.Right} isConnectable={false} />
      <Handle type="source" id="left-out" position={Position.Left} isConnectable={false} />
      <Handle type="target" id="right-in" position={Position.Right} isConnectable={false} />
    </>
  );
}
