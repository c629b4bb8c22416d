import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { splitDownReasonMessage } from '../../shared/math/messages';
import type { SplitDownResult, SplitMethod } from '../../shared/math/split-down';
import type { Metric } from '../../shared/workspace/schema';
import { formatValue, withUnit } from '../canvas/format';
import {
  applySplit,
  cancelSplit,
  previewSplit,
  SPLIT_STEP,
} from '../commands/target-math-commands';
import { signedPercent } from '../math/format-math';
import { useDocument, useStudio, useUi } from '../shell/studio-context';
import { inputsInFileOrder, nameIn, useMathText, type MathSectionProps } from './math-text';
import { parseNumberInput } from './parse-number';

type MethodChoice = keyof typeof METHODS;

/** The ways to split, by the math's method; only the ones the relation takes are offered. */
const METHODS = {
  equal: { kind: 'equal' },
  'proportional-to-baseline': { kind: 'proportional-to-baseline' },
  'by-weights': { kind: 'by-weights', weights: {} },
  'equal-growth': { kind: 'equal-growth' },
  'ratio-denominator': { kind: 'ratio', keep: 'denominator' },
  'ratio-numerator': { kind: 'ratio', keep: 'numerator' },
} as const satisfies Record<string, SplitMethod>;

function methodsFor(relation: Metric['decomposition']): MethodChoice[] {
  switch (relation) {
    case 'sum':
    case 'average':
    case 'weighted-sum':
      return ['equal', 'proportional-to-baseline', 'by-weights'];
    case 'product':
    case 'formula':
      return ['equal-growth'];
    case 'ratio':
      return ['ratio-denominator', 'ratio-numerator'];
    default:
      return [];
  }
}

/**
 * Split-down (拆解目标): from the metric's own target, the targets its inputs
 * need. Preview shows them in the list and on the canvas (a gesture: the
 * boxes show the new numbers, nothing is history yet); Apply makes them one
 * undo step; Cancel or Escape leaves no trace. Leaving the metric cancels.
 */
export function SplitDownSection({ metric, workspace, rollUp }: MathSectionProps) {
  const { t } = useTranslation();
  const studio = useStudio();
  const mathText = useMathText();
  const locale = useUi((s) => s.locale);
  const previewing = useDocument((s) => s.gesture?.label === SPLIT_STEP);
  const id = useId();
  const choices = methodsFor(metric.decomposition);
  const [choice, setChoice] = useState<MethodChoice | null>(null);
  const method = choice && choices.includes(choice) ? choice : (choices[0] ?? null);
  const [weights, setWeights] = useState<Record<string, string>>({});
  const [result, setResult] = useState<SplitDownResult | null>(null);

  // A preview belongs to this metric's section: leaving it (another box, another document) ends it.
  useEffect(() => () => cancelSplit(studio), [studio]);

  if (!method) return null;
  const inputs = inputsInFileOrder(rollUp, workspace, metric.id);
  const nameOf = nameIn(rollUp);
  const byId = new Map(inputs.map((input) => [input.id, input]));
  const show = (value: number, of: Metric | undefined) =>
    withUnit(formatValue(value, of?.definition.precision ?? 2, locale), of?.definition.unit ?? '');

  const splitMethod = (): SplitMethod => {
    if (method !== 'by-weights') return METHODS[method];
    const parsed: Record<string, number> = {};
    for (const input of inputs) {
      const value = parseNumberInput(weights[input.id] ?? '1');
      if (value.ok && value.value !== null) parsed[input.id] = value.value;
    }
    return { kind: 'by-weights', weights: parsed };
  };
  const preview = () => setResult(previewSplit(studio, metric.id, splitMethod()));
  const cancel = () => {
    cancelSplit(studio);
    setResult(null);
  };
  const apply = () => {
    if (!applySplit(studio)) return;
    setResult(null);
    studio.ui.getState().toast({
      key: 'ui:targetMath.applied',
      params: { name: metric.name || t('metric.unnamed') },
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && previewing) {
      event.preventDefault();
      event.stopPropagation();
      cancel();
    }
  };
  const shown = previewing || (result !== null && !result.ok) ? result : null;

  return (
    <div className="split-down" data-testid="split-down" onKeyDown={onKeyDown}>
      <h3>{t('targetMath.split')}</h3>
      {metric.target !== null && (
        <p className="field-hint">
          {t('targetMath.splitHint', { target: show(metric.target, metric) })}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-method`}>{t('targetMath.method')}</label>
        <select
          id={`${id}-method`}
          data-testid="split-method"
          value={method}
          onChange={(event) => {
            setChoice(event.target.value as MethodChoice);
            cancel();
          }}
        >
          {choices.map((kind) => (
            <option key={kind} value={kind}>
              {t(`targetMath.methods.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {method === 'by-weights' && (
        <fieldset className="input-list">
          <legend>{t('targetMath.weights')}</legend>
          {inputs.map((input) => (
            <label key={input.id} className="field-row">
              <span>{input.name || t('metric.unnamed')}</span>
              <input
                type="text"
                inputMode="decimal"
                data-testid={`split-weight-${input.id}`}
                value={weights[input.id] ?? '1'}
                onChange={(event) => setWeights({ ...weights, [input.id]: event.target.value })}
              />
            </label>
          ))}
        </fieldset>
      )}
      {shown && !shown.ok && (
        <p className="math-message" role="alert" data-testid="split-refusal">
          {mathText(splitDownReasonMessage(shown.reason, nameOf))}
        </p>
      )}
      {shown?.ok && (
        <>
          <ul className="split-preview" data-testid="split-preview">
            {shown.targets.map((proposed) => (
              <li key={proposed.id}>
                <span>{nameOf(proposed.id)}</span>
                <span>
                  {proposed.previous !== null && proposed.previous !== proposed.target && (
                    <span className="was">{show(proposed.previous, byId.get(proposed.id))}</span>
                  )}{' '}
                  <strong>{show(proposed.target, byId.get(proposed.id))}</strong>
                </span>
              </li>
            ))}
          </ul>
          {shown.growthRate !== undefined && (
            <p className="field-hint">
              {t('targetMath.growth', {
                percent: signedPercent(shown.growthRate * 100, locale),
              })}
            </p>
          )}
          {shown.residual !== 0 && (
            <p className="field-hint">
              {t('targetMath.residual', { value: show(shown.residual, metric) })}
            </p>
          )}
          <p className="field-hint" data-testid="split-previewing">
            {t('targetMath.previewing')}
          </p>
        </>
      )}
      <div className="inspector-actions">
        {previewing ? (
          <>
            <button
              type="button"
              className="primary"
              data-testid="split-apply"
              onClick={apply}
              // Focus follows the Preview button it replaces, so Escape reaches this section.
              autoFocus
            >
              {t('targetMath.apply')}
            </button>
            <button type="button" data-testid="split-cancel" onClick={cancel}>
              {t('targetMath.cancel')}
            </button>
          </>
        ) : (
          <button type="button" data-testid="split-preview-button" onClick={preview}>
            {t('targetMath.preview')}
          </button>
        )}
      </div>
    </div>
  );
}
