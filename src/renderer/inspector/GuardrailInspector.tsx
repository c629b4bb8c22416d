import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuardrailPatch } from '../../shared/metrics/guardrails';
import type { Guardrail, Workspace } from '../../shared/workspace/schema';
import { deleteGuardrail, updateGuardrail } from '../commands/guardrail-commands';
import { useStudio, useUi } from '../shell/studio-context';
import { DraftField } from './DraftField';
import { OwnerField } from './OwnerField';
import { parseAmount, parseName, parseText } from './field-parsers';
import { numberToInput } from './parse-number';

const NAME_MAX = 200;
const UNIT_MAX = 50;

/** The inspector for a guardrail (护栏指标): its seven fields, each commit one undo step. */
export function GuardrailInspector({
  guardrail,
  workspace,
}: {
  guardrail: Guardrail;
  workspace: Workspace;
}) {
  const { t } = useTranslation();
  const studio = useStudio();
  const focusRequest = useUi((s) => s.focusRequest);
  const clearFocusRequest = useUi((s) => s.clearFocusRequest);
  const directionId = useId();
  const update = (patch: GuardrailPatch) => updateGuardrail(studio, guardrail.id, patch);
  const backToCanvas = useCallback(() => studio.ui.getState().requestFocus('canvas'), [studio]);

  const parseGuardrailName = parseName(NAME_MAX);

  return (
    <div className="metric-details guardrail-details" data-testid="guardrail-inspector">
      <div className="inspector-head">
        <span className="guardrail-badge">◆ {t('guardrails.heading')}</span>
      </div>
      <DraftField
        label={t('guardrails.name')}
        value={guardrail.name}
        parse={parseGuardrailName}
        onCommit={(name) => update({ name })}
        testId="guardrail-field-name"
        maxLength={NAME_MAX}
        focusNow={focusRequest?.target === 'metric-name'}
        onFocused={clearFocusRequest}
        onDone={backToCanvas}
        onLeave={backToCanvas}
      />
      <DraftField
        label={t('guardrails.unit')}
        value={guardrail.unit}
        parse={parseText(UNIT_MAX)}
        onCommit={(unit) => update({ unit })}
        testId="guardrail-field-unit"
        maxLength={UNIT_MAX}
        onLeave={backToCanvas}
      />
      <div className="field">
        <label htmlFor={directionId}>{t('guardrails.direction')}</label>
        <div className="field-input">
          <select
            id={directionId}
            data-testid="guardrail-field-direction"
            value={guardrail.direction}
            onChange={(event) =>
              update({ direction: event.target.value === 'higher' ? 'higher' : 'lower' })
            }
          >
            <option value="lower">{t('guardrails.lower')}</option>
            <option value="higher">{t('guardrails.higher')}</option>
          </select>
        </div>
      </div>
      <DraftField
        label={`${t('guardrails.limit')} (${guardrail.direction === 'lower' ? '≤' : '≥'})`}
        value={numberToInput(guardrail.limit)}
        parse={parseAmount}
        onCommit={(limit) => update({ limit })}
        testId="guardrail-field-limit"
        inputMode="decimal"
        suffix={guardrail.unit}
        onLeave={backToCanvas}
      />
      <DraftField
        label={t('guardrails.baseline')}
        value={numberToInput(guardrail.baseline)}
        parse={parseAmount}
        onCommit={(baseline) => update({ baseline })}
        testId="guardrail-field-baseline"
        inputMode="decimal"
        suffix={guardrail.unit}
        onLeave={backToCanvas}
      />
      <OwnerField
        ownerId={guardrail.ownerId}
        workspace={workspace}
        onChange={(ownerId) => update({ ownerId })}
      />
      <DraftField
        label={t('guardrails.note')}
        value={guardrail.note}
        parse={parseText(10_000)}
        onCommit={(note) => update({ note })}
        testId="guardrail-field-note"
        onLeave={backToCanvas}
      />
      <p className="field-hint">{t('guardrails.hint')}</p>
      <div className="inspector-actions">
        <button
          type="button"
          className="danger"
          data-testid="delete-guardrail"
          onClick={() => deleteGuardrail(studio, guardrail.id)}
        >
          {t('guardrails.delete')}
        </button>
      </div>
    </div>
  );
}
