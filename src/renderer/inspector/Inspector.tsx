import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricPatch } from '../../shared/metrics/tree';
import type { Metric, Workspace } from '../../shared/workspace/schema';
import { addChild, deleteSelected } from '../commands/metric-commands';
import { assignOwner } from '../commands/people-commands';
import { openSplitWizard } from '../commands/split-commands';
import { shownWorkspace } from '../document/document-store';
import { useDocument, useStudio, useUi } from '../shell/studio-context';
import { DraftField } from './DraftField';
import { DepartmentField } from './DepartmentField';
import { GuardrailInspector } from './GuardrailInspector';
import { useTreeView } from '../canvas/big-tree/tree-view-store';
import { toggleFocusBranch } from '../canvas/big-tree/tree-view-commands';
import { OwnerField } from './OwnerField';
import { CollaboratorsField } from './CollaboratorsField';
import { CrossLinksField } from './CrossLinksField';
import { TargetMathSection } from './TargetMathSection';
import { parseAmount, parseName, parseText } from './field-parsers';
import { numberToInput } from './parse-number';

const NAME_MAX = 200;
const UNIT_MAX = 50;

/** The right-hand panel: the selected metric's details, edited field by field. */
export function Inspector() {
  const { t } = useTranslation();
  const workspace = useDocument(shownWorkspace);
  const selectedId = useUi((s) => s.selectedId);
  const metric = workspace?.metrics.find((m) => m.id === selectedId) ?? null;
  // A guardrail selected beside the North Star (canvas/guardrails) when no metric is.
  const guardrailId = useTreeView((s) => s.guardrailId);
  const guardrail = metric ? null : workspace?.guardrails.find((g) => g.id === guardrailId);

  return (
    <aside className="inspector" aria-label={t('inspector.label')} data-testid="inspector">
      {metric && workspace ? (
        // Keyed by metric: drafts belong to one metric and never leak onto the next.
        <MetricDetails key={metric.id} metric={metric} workspace={workspace} />
      ) : guardrail && workspace ? (
        <GuardrailInspector key={guardrail.id} guardrail={guardrail} workspace={workspace} />
      ) : (
        <p className="inspector-empty">{t('inspector.empty')}</p>
      )}
    </aside>
  );
}

function MetricDetails({ metric, workspace }: { metric: Metric; workspace: Workspace }) {
  const { t } = useTranslation();
  const studio = useStudio();
  const focusRequest = useUi((s) => s.focusRequest);
  const clearFocusRequest = useUi((s) => s.clearFocusRequest);
  const isNorthStar = metric.parentId === null;
  const focusId = useTreeView((s) => s.focusId);

  const update = (patch: MetricPatch) => {
    const result = studio.documents.getState().updateMetric(metric.id, patch);
    if (!result.ok) studio.ui.getState().toast({ key: `errors:tree.${result.error}` }, 'error');
  };
  const backToCanvas = useCallback(() => studio.ui.getState().requestFocus('canvas'), [studio]);

  const parseMetricName = parseName(NAME_MAX);
  const unit = metric.definition.unit;

  return (
    <div className="metric-details">
      <div className="inspector-head">
        <span className={`layer-badge layer-${metric.layer}`}>{t(`layers.${metric.layer}`)}</span>
        {isNorthStar && <span className="north-star-badge">★ {t('northStar')}</span>}
      </div>
      <DraftField
        label={t('inspector.name')}
        value={metric.name}
        parse={parseMetricName}
        onCommit={(name) => update({ name })}
        testId="field-name"
        maxLength={NAME_MAX}
        focusNow={focusRequest?.target === 'metric-name'}
        onFocused={clearFocusRequest}
        onDone={backToCanvas}
        onLeave={backToCanvas}
      />
      <DraftField
        label={t('inspector.unit')}
        value={unit}
        parse={parseText(UNIT_MAX)}
        onCommit={(value) => update({ definition: { ...metric.definition, unit: value } })}
        testId="field-unit"
        maxLength={UNIT_MAX}
        onLeave={backToCanvas}
      />
      <DraftField
        label={t('inspector.baseline')}
        value={numberToInput(metric.baseline.value)}
        parse={parseAmount}
        onCommit={(value) => update({ baseline: { ...metric.baseline, value } })}
        testId="field-baseline"
        inputMode="decimal"
        suffix={unit}
        onLeave={backToCanvas}
      />
      <DraftField
        label={t('inspector.target')}
        value={numberToInput(metric.target)}
        parse={parseAmount}
        onCommit={(target) => update({ target })}
        testId="field-target"
        inputMode="decimal"
        suffix={unit}
        onLeave={backToCanvas}
      />
      <DraftField
        label={t('inspector.stretchTarget')}
        value={numberToInput(metric.stretchTarget)}
        parse={parseAmount}
        onCommit={(stretchTarget) => update({ stretchTarget })}
        testId="field-stretch"
        inputMode="decimal"
        suffix={unit}
        onLeave={backToCanvas}
      />
      {!isNorthStar && (
        <DepartmentField
          departmentId={metric.departmentId}
          workspace={workspace}
          onChange={(departmentId) => update({ departmentId })}
        />
      )}
      <OwnerField
        ownerId={metric.ownerId}
        workspace={workspace}
        onChange={(ownerId) => assignOwner(studio, metric.id, ownerId)}
      />
      <CollaboratorsField metric={metric} workspace={workspace} />
      <CrossLinksField metric={metric} workspace={workspace} />
      <p className="field-hint">{t('inspector.commitHint')}</p>
      <TargetMathSection metric={metric} workspace={workspace} />
      <div className="inspector-actions">
        <button type="button" onClick={() => addChild(studio, metric.id)}>
          + {t('inspector.addChild')}
        </button>
        <button
          type="button"
          className="split-open"
          data-testid="split-open"
          title={t('splitWizard.openTitle')}
          onClick={() => void openSplitWizard(studio, metric.id)}
        >
          {t('splitWizard.open')}
        </button>
        {!isNorthStar && (
          // Only this branch and its path to the North Star (F on the canvas; Esc leaves).
          <button
            type="button"
            data-testid="focus-branch"
            onClick={() => toggleFocusBranch(studio, metric.id)}
          >
            {focusId === metric.id ? t('bigTree.exitFocus') : t('bigTree.focus')}
          </button>
        )}
        {!isNorthStar && (
          <button type="button" className="danger" onClick={() => void deleteSelected(studio)}>
            {t('inspector.delete')}
          </button>
        )}
      </div>
    </div>
  );
}
