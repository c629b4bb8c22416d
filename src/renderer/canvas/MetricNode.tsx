import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { addChild } from '../commands/metric-commands';
import { useStudio, useUi } from '../shell/studio-context';
import { formatValue, withUnit } from './format';
import { STACK_HANDLE_X, type MetricFlowNode } from './to-flow';

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

  return (
    <div
      className={`metric-node layer-${metric.layer}${isNorthStar ? ' north-star' : ''}${selected ? ' selected' : ''}`}
      data-testid="metric-node"
      data-metric-id={metric.id}
      data-layer={metric.layer}
      title={metric.name}
    >
      <Handle type="target" id="top" position={Position.Top} isConnectable={false} />
      <Handle type="target" id="left" position={Position.Left} isConnectable={false} />
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
