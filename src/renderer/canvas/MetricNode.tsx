import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { addChild } from '../commands/metric-commands';
import { BranchToggle } from './big-tree/BranchToggle';
import { useStudio, useUi } from '../shell/studio-context';
import { useDetail } from './detail-level';
import { formatValue, withUnit } from './format';
import { MathRow } from './MathRow';
import { collaboratorsSuffix } from './owner-line';
import { STACK_HANDLE_X, type MetricFlowNode } from './to-flow';

const NEUTRAL: CSSProperties = {};

/**
 * One metric box on the canvas. Defined at module level and memoised: React
 * Flow re-renders a node only when its node object changes (see to-flow.ts).
 *
 * Layers read without reading (canvas.css): the North Star is a warm box with
 * a heavy gold frame; a department metric (战术层) a heavy frame in its
 * department's colour with the department's name on a solid band; an
 * individual metric (执行层) a thin grey frame with a stripe of that colour.
 */
export const MetricNode = memo(function MetricNode({ data, selected }: NodeProps<MetricFlowNode>) {
  const { t } = useTranslation();
  const locale = useUi((s) => s.locale);
  const { metric, ownerName, isNorthStar, department } = data;
  const { unit, precision } = metric.definition;
  const show = (value: number | null) =>
    value === null ? t('metric.noValue') : formatValue(value, precision, locale);
  const hasNumbers = metric.baseline.value !== null || metric.target !== null;
  // Levels of detail (detail-level.ts), from the canvas's one subscription to the zoom.
  const detail = useDetail();
  const colour = isNorthStar ? null : (department?.colour ?? null);
  const className =
    `metric-node layer-${metric.layer}${isNorthStar ? ' north-star' : ''}` +
    `${colour ? ' has-department' : ''}${selected ? ' selected' : ''}`;
  const style = colour
    ? ({
        '--dept': colour.fill,
        '--dept-on': colour.onFill,
        '--dept-ink': colour.ink,
        '--dept-wash': colour.wash,
      } as CSSProperties)
    : NEUTRAL;
  const name = metric.name || t('metric.unnamed');
  const box = {
    className,
    style,
    'data-testid': 'metric-node',
    'data-metric-id': metric.id,
    'data-layer': metric.layer,
    title: metric.name,
  };

  // The overview draws no boxes (they are hidden); a box still mounted shows its name.
  if (detail !== 'full') {
    return (
      <div {...box} className={`${className} names`}>
        <MetricHandles />
        <div
          className="metric-node-name"
          data-testid="metric-node-name"
          style={{ fontSize: data.overviewFontSize }}
        >
          {name}
        </div>
        <GrowHandle selected={selected} metricId={metric.id} />
        {data.branch && <BranchToggle metricId={metric.id} hidden={data.branch.hidden} />}
      </div>
    );
  }

  return (
    <div {...box}>
      <MetricHandles />
      {/* Whose and which layer, first: the band the room reads from the back. */}
      <div className="metric-node-tag">
        {isNorthStar ? (
          <span className="north-star-badge">
            <span aria-hidden="true">★ </span>
            {t('northStar')}
          </span>
        ) : (
          <span
            className={`metric-node-department${department ? '' : ' empty'}`}
            data-testid="metric-node-department"
          >
            {department?.name ?? (metric.layer === 'individual' ? '' : t('canvas.noDepartment'))}
          </span>
        )}
        <span className="layer-badge">{t(`layers.${metric.layer}`)}</span>
      </div>
      <div className="metric-node-name" data-testid="metric-node-name">
        {name}
      </div>
      <div
        className={`metric-node-numbers${hasNumbers ? '' : ' empty'}`}
        data-testid="metric-node-numbers"
      >
        <span className="baseline">{show(metric.baseline.value)}</span>
        <span className="arrow" aria-hidden="true">
          {' → '}
        </span>
        <span className="target" data-testid="metric-node-target">
          {withUnit(show(metric.target), metric.target === null ? '' : unit)}
        </span>
      </div>
      {data.math && <MathRow math={data.math} precision={precision} locale={locale} />}
      <div
        className={`metric-node-owner${ownerName ? '' : ' empty'}`}
        data-testid="metric-node-owner"
      >
        {ownerName ?? t('metric.noOwner')}
        {metric.collaboratorIds.length > 0 && (
          // How many share it; their names are in the inspector (owner-line.ts).
          <span className="collaborator-count" data-testid="metric-node-collaborators">
            {collaboratorsSuffix(metric.collaboratorIds.length)}
          </span>
        )}
      </div>
      <GrowHandle selected={selected} metricId={metric.id} />
      {data.branch && <BranchToggle metricId={metric.id} hidden={data.branch.hidden} />}
    </div>
  );
});

/** The grow handle (canvas/drag), with the add-child button of the selected box. */
function GrowHandle({ selected, metricId }: { selected: boolean; metricId: string }) {
  const { t } = useTranslation();
  const studio = useStudio();
  // Drag it out into empty canvas: a new child there (canvas/drag); click the +: one below.
  return (
    <Handle
      type="source"
      id="grow"
      position={Position.Bottom}
      isConnectableEnd={false}
      className="grow-handle"
      data-testid="grow-handle"
      title={t('canvas.growHandle')}
    >
      {selected && (
        <button
          type="button"
          className="add-child nodrag nopan"
          data-testid="add-child"
          aria-label={t('canvas.addChild')}
          title={t('canvas.addChild')}
          onClick={(event) => {
            event.stopPropagation();
            addChild(studio, metricId);
          }}
        >
          +
        </button>
      )}
    </Handle>
  );
}

/** Edge anchors only (see to-flow.ts); the grow handle is the only one a person drags. */
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
