import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { MetricPatch } from '../../shared/metrics/tree';
import type { Metric, Workspace } from '../../shared/workspace/schema';
import { addChild, deleteSelected } from '../commands/metric-commands';
import { shownWorkspace } from '../document/document-store';
import { useDocument, useStudio, useUi } from '../shell/studio-context';
import { DraftField, type Validation } from './DraftField';
import { DepartmentField } from './DepartmentField';
import { OwnerField } from './OwnerField';
import { numberToInput, parseNumberInput } from './parse-number';

const NAME_MAX = 200;
const UNIT_MAX = 50;

/** The right-hand panel: the selected metric's details, edited field by field. */
export function Inspector() {
  const { t } = useTranslation();
  const workspace = useDocument(shownWorkspace);
  const selectedId = useUi((s) => s.selectedId);
  const metric = workspace?.metrics.find((m) => m.id === selectedId) ?? null;

  return (
    <aside className="inspector" aria-label={t('inspector.label')} data-testid="inspector">
      {metric && workspace ? (
        // Keyed by metric: drafts belong to one metric and never leak onto the next.
        <MetricDetails key={metric.id} metric={metric} workspace={workspace} />
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

  const update = (patch: MetricPatch) => {
    const result = studio.documents.getState().updateMetric(metric.id, patch);
    if (!result.ok) studio.ui.getState().toast({ key: `errors:tree.${result.error}` }, 'error');
  };
  const backToCanvas = useCallback(() => studio.ui.getState().requestFocus('canvas'), [studio]);

  const parseName = (text: string): Validation<string> => {
    const name = text.trim();
    if (name === '') return { ok: false, message: { key: 'ui:inspector.nameRequired' } };
    if (name.length > NAME_MAX)
      return { ok: false, message: { key: 'ui:inspector.tooLong', params: { max: NAME_MAX } } };
    return { ok: true, value: name };
  };
  const parseUnit = (text: string): Validation<string> => ({ ok: true, value: text.trim() });
  const parseAmount = (text: string): Validation<number | null> => {
    const parsed = parseNumberInput(text);
    return parsed.ok
      ? { ok: true, value: parsed.value }
      : { ok: false, message: { key: 'ui:inspector.notANumber' } };
  };
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
        parse={parseName}
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
        parse={parseUnit}
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
        onChange={(ownerId) => update({ ownerId })}
      />
      <p className="field-hint">{t('inspector.commitHint')}</p>
      <div className="inspector-actions">
        <button type="button" onClick={() => addChild(studio, metric.id)}>
          + {t('inspector.addChild')}
        </button>
        {!isNorthStar && (
          <button type="button" className="danger" onClick={() => void deleteSelected(studio)}>
            {t('inspector.delete')}
          </button>
        )}
      </div>
    </div>
  );
}
