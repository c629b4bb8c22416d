import { useTranslation } from 'react-i18next';
import type { WizardAction, WizardState, WizardWay } from './wizard-state';

const WAYS: readonly WizardWay[] = ['departments', 'formula', 'steps'];
const FORMULAS = ['product', 'ratio', 'parts'] as const;
const STEP_RELATIONS = ['aligned', 'product'] as const;

/**
 * How to split, as radio groups (arrow keys move within a group, Tab to the
 * next): the way, then what that way asks (the formula template, or what the
 * steps mean for the parent).
 */
export function WayOptions({
  state,
  dispatch,
  hasDepartments,
}: {
  state: WizardState;
  dispatch(action: WizardAction): void;
  hasDepartments: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="split-ways">
        <legend>{t('splitWizard.way')}</legend>
        <div className="split-way-options">
          {WAYS.map((way) => (
            <label
              key={way}
              className={`split-way${state.way === way ? ' checked' : ''}`}
              data-testid={`split-way-${way}`}
            >
              <input
                type="radio"
                name="split-way"
                value={way}
                checked={state.way === way}
                disabled={way === 'departments' && !hasDepartments}
                onChange={() => dispatch({ type: 'way', way })}
              />
              <span>{t(`splitWizard.ways.${way}`)}</span>
            </label>
          ))}
        </div>
        <p className="dialog-hint split-way-hint">{t(`splitWizard.wayHints.${state.way}`)}</p>
      </fieldset>

      {state.way === 'formula' && (
        <RadioChoices
          legend={t('splitWizard.formula')}
          name="split-formula"
          options={FORMULAS}
          checked={state.formula}
          label={(formula) => t(`splitWizard.formulas.${formula}`)}
          testId={(formula) => `split-formula-${formula}`}
          onChoose={(formula) => dispatch({ type: 'formula', formula })}
        />
      )}

      {state.way === 'steps' && (
        <RadioChoices
          legend={t('splitWizard.stepRelation')}
          name="split-step-relation"
          options={STEP_RELATIONS}
          checked={state.stepRelation}
          label={(relation) => t(`splitWizard.stepRelations.${relation}`)}
          testId={(relation) => `split-step-relation-${relation}`}
          onChoose={(relation) => dispatch({ type: 'step-relation', relation })}
        />
      )}
    </>
  );
}

/** One labelled group of radio buttons: what a way of splitting asks. */
function RadioChoices<Option extends string>({
  legend,
  name,
  options,
  checked,
  label,
  testId,
  onChoose,
}: {
  legend: string;
  name: string;
  options: readonly Option[];
  checked: Option;
  label(option: Option): string;
  testId(option: Option): string;
  onChoose(option: Option): void;
}) {
  return (
    <fieldset className="split-choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} data-testid={testId(option)}>
          <input
            type="radio"
            name={name}
            checked={checked === option}
            onChange={() => onChoose(option)}
          />
          <span>{label(option)}</span>
        </label>
      ))}
    </fieldset>
  );
}
