import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DECOMPOSITIONS, type Metric } from '../../shared/workspace/schema';
import { setRelation } from '../commands/target-math-commands';
import { useStudio } from '../shell/studio-context';
import { DraftField, type Validation } from './DraftField';
import { FormulaField } from './FormulaField';
import { inputsInFileOrder, type MathSectionProps } from './math-text';
import { numberToInput, parseNumberInput } from './parse-number';

/**
 * How the metric relates to its inputs, and what that relation needs: a
 * coefficient per input (weighted sum), a numerator and a denominator
 * (ratio), or a formula. Each change is one undo step (setRelation).
 */
export function RelationSection({ metric, workspace, rollUp }: MathSectionProps) {
  const { t } = useTranslation();
  const studio = useStudio();
  const id = useId();
  const inputs = inputsInFileOrder(rollUp, workspace, metric.id);
  const hasCrossInputs = workspace.metrics.some((m) => m.crossParentIds.includes(metric.id));
  const { relation } = metric;
  const edit = (change: Parameters<typeof setRelation>[2]) =>
    setRelation(studio, metric.id, change);
  const parseCoefficient = (text: string): Validation<number> => {
    const parsed = parseNumberInput(text);
    return parsed.ok && parsed.value !== null
      ? { ok: true, value: parsed.value }
      : { ok: false, message: { key: 'ui:targetMath.notANumber' } };
  };

  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-relation`}>{t('targetMath.relation')}</label>
        <select
          id={`${id}-relation`}
          data-testid="field-relation"
          value={metric.decomposition}
          onChange={(event) =>
            edit({ decomposition: event.target.value as Metric['decomposition'] })
          }
        >
          {DECOMPOSITIONS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`targetMath.relations.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {metric.decomposition === 'aligned' && (
        <p className="field-hint">{t('targetMath.alignedHint')}</p>
      )}
      {hasCrossInputs && (
        <label className="field-row">
          <input
            type="checkbox"
            data-testid="field-include-cross-links"
            checked={relation.includeCrossLinks}
            onChange={(event) => edit({ relation: { includeCrossLinks: event.target.checked } })}
          />
          {t('targetMath.includeCrossLinks')}
        </label>
      )}
      {metric.decomposition === 'weighted-sum' && (
        <fieldset className="input-fields">
          <legend>{t('targetMath.coefficients')}</legend>
          {inputs.map((input) => (
            <DraftField
              key={input.id}
              label={input.name || t('metric.unnamed')}
              value={numberToInput(relation.coefficients[input.id] ?? 1)}
              parse={parseCoefficient}
              onCommit={(value) =>
                edit({
                  relation: { coefficients: { ...relation.coefficients, [input.id]: value } },
                })
              }
              testId={`coefficient-${input.id}`}
              inputMode="decimal"
            />
          ))}
        </fieldset>
      )}
      {metric.decomposition === 'ratio' &&
        (['numeratorId', 'denominatorId'] as const).map((side) => (
          <div className="field" key={side}>
            <label htmlFor={`${id}-${side}`}>
              {t(side === 'numeratorId' ? 'targetMath.numerator' : 'targetMath.denominator')}
            </label>
            <select
              id={`${id}-${side}`}
              data-testid={`field-${side === 'numeratorId' ? 'numerator' : 'denominator'}`}
              value={relation[side] ?? ''}
              onChange={(event) => edit({ relation: { [side]: event.target.value || null } })}
            >
              <option value="">{t('targetMath.choose')}</option>
              {inputs.map((input) => (
                <option key={input.id} value={input.id}>
                  {input.name || t('metric.unnamed')}
                </option>
              ))}
            </select>
          </div>
        ))}
      {metric.decomposition === 'formula' && (
        <FormulaField
          metric={metric}
          rollUp={rollUp}
          onCommit={(formula) => edit({ relation: { formula } })}
        />
      )}
    </>
  );
}
