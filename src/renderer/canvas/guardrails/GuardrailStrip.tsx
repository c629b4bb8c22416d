import { ViewportPortal } from '@xyflow/react';
import { memo, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { limitSign } from '../../../shared/metrics/guardrails';
import type { Guardrail, Workspace } from '../../../shared/workspace/schema';
import { addGuardrail, selectGuardrail } from '../../commands/guardrail-commands';
import { useStudio, useUi } from '../../shell/studio-context';
import { treeViewStore, useTreeView } from '../big-tree/tree-view-store';
import { formatValue, withUnit } from '../format';
import { cachedLayout, NODE_WIDTH } from '../layout';
import './guardrails.css';

/** Room between the North Star and the first guardrail card. */
const GAP = 48;

/**
 * Guardrails (护栏指标) drawn beside the North Star, on its right, where its
 * level of the tree is empty: cards in the canvas's coordinates (they pan and
 * zoom with the boxes) in two rows, so they stay within the North Star's level.
 * Not nodes: no links, no drag, no part of the tree's math.
 */
export const GuardrailStrip = memo(function GuardrailStrip({
  workspace,
}: {
  workspace: Workspace;
}) {
  const { t } = useTranslation();
  const studio = useStudio();
  const selectedId = useUi((s) => s.selectedId);
  const guardrailId = useTreeView((s) => s.guardrailId);
  const root = workspace.metrics.find((m) => m.parentId === null);
  const spot = root ? cachedLayout(workspace).get(root.id) : undefined;

  // Selecting a metric takes the selection off the guardrail.
  useEffect(() => {
    if (selectedId !== null) treeViewStore.getState().selectGuardrail(null);
  }, [selectedId]);

  if (!spot) return null;
  return (
    <ViewportPortal>
      <section
        className="guardrail-strip nodrag nopan"
        data-testid="guardrails"
        aria-label={t('guardrails.region')}
        style={{
          transform: `translate(${spot.x + NODE_WIDTH + GAP}px, ${spot.y}px)`,
        }}
      >
        {workspace.guardrails.map((guardrail) => (
          <GuardrailCard
            key={guardrail.id}
            guardrail={guardrail}
            ownerName={workspace.people.find((p) => p.id === guardrail.ownerId)?.name ?? null}
            selected={guardrail.id === guardrailId}
            onSelect={() => selectGuardrail(studio, guardrail.id)}
          />
        ))}
        <button
          type="button"
          className="guardrail-add"
          data-testid="add-guardrail"
          onClick={() => addGuardrail(studio, t('guardrails.newName'))}
        >
          {t('guardrails.add')}
        </button>
      </section>
    </ViewportPortal>
  );
});

function GuardrailCard({
  guardrail,
  ownerName,
  selected,
  onSelect,
}: {
  guardrail: Guardrail;
  ownerName: string | null;
  selected: boolean;
  onSelect(): void;
}) {
  const { t } = useTranslation();
  const locale = useUi((s) => s.locale);
  const limit =
    guardrail.limit === null
      ? t('guardrails.noLimit')
      : `${limitSign(guardrail)} ${withUnit(formatValue(guardrail.limit, 4, locale), guardrail.unit)}`;
  return (
    <button
      type="button"
      className={`guardrail-card${selected ? ' selected' : ''}`}
      data-testid="guardrail"
      data-guardrail-id={guardrail.id}
      aria-pressed={selected}
      onClick={onSelect}
    >
      <span className="guardrail-head">
        <span className="guardrail-badge">
          <span aria-hidden="true">◆ </span>
          {t('guardrails.badge')}
        </span>
        <span className="guardrail-limit" data-testid="guardrail-limit">
          {limit}
        </span>
      </span>
      <span className="guardrail-name" data-testid="guardrail-name">
        {guardrail.name}
      </span>
      <span className={`guardrail-owner${ownerName ? '' : ' empty'}`}>
        {ownerName ?? t('guardrails.noOwner')}
      </span>
    </button>
  );
}
