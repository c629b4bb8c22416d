import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { completeReference, type ReferenceCompletion } from '../../shared/math/formula/complete';
import { toEditorFormula, toStoredFormula } from '../../shared/math/formula/references';
import { formulaContextFor } from '../../shared/math/formula-context';
import { formulaErrorMessage, type MathMessage } from '../../shared/math/messages';
import type { RollUp } from '../../shared/math/roll-up';
import type { Metric } from '../../shared/workspace/schema';
import { nameIn, useMathText } from './math-text';

const FORMULA_MAX = 2000;

/**
 * The custom formula, written with the inputs' names and stored with their
 * ids (`{m_ab12}`), so a rename never breaks it. Completion offers the inputs
 * whose names match the word at the cursor: arrows move, Tab or Enter
 * accepts, Escape closes the list. Enter (with no list) or leaving the field
 * saves; a formula that does not read is kept in the field with its message.
 */
export function FormulaField({
  metric,
  rollUp,
  onCommit,
}: {
  metric: Metric;
  rollUp: RollUp;
  onCommit(stored: string): void;
}) {
  const { t } = useTranslation();
  const mathText = useMathText();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const context = formulaContextFor(rollUp, metric.id);
  const shown = toEditorFormula(metric.relation.formula, context);
  const committedText = shown.ok ? shown.text : metric.relation.formula;
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<MathMessage | null>(null);
  const [completion, setCompletion] = useState<ReferenceCompletion | null>(null);
  const [active, setActive] = useState(0);
  const text = draft ?? committedText;

  const suggest = (value: string, cursor: number) => {
    const found = completeReference(value, cursor, context.inputs);
    const worth = found.candidates.length > 0 && found.prefix.trim() !== '';
    setCompletion(worth ? found : null);
    setActive(0);
  };

  const accept = (index: number) => {
    const candidate = completion?.candidates[index];
    if (!completion || !candidate) return;
    const next = text.slice(0, completion.from) + candidate.insert + text.slice(completion.to);
    const cursor = completion.from + candidate.insert.length;
    setDraft(next);
    setError(null);
    setCompletion(null);
    requestAnimationFrame(() => inputRef.current?.setSelectionRange(cursor, cursor));
  };

  const commit = (): boolean => {
    setCompletion(null);
    if (draft === null) return true;
    const stored = toStoredFormula(draft, context);
    if (!stored.ok) {
      setError(formulaErrorMessage(stored.error, nameIn(rollUp)));
      return false;
    }
    onCommit(stored.stored);
    setDraft(null);
    setError(null);
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    const open = completion !== null && completion.candidates.length > 0;
    if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const count = completion.candidates.length;
      setActive((index) => (index + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
    } else if (open && (event.key === 'Tab' || event.key === 'Enter')) {
      event.preventDefault();
      accept(active);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (open) setCompletion(null);
      else {
        setDraft(null);
        setError(null);
      }
    }
  };

  const errorId = `${id}-error`;
  const listId = `${id}-list`;
  return (
    <div className={`field formula-field${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{t('targetMath.formula')}</label>
      <input
        ref={inputRef}
        id={id}
        data-testid="field-formula"
        type="text"
        role="combobox"
        aria-expanded={completion !== null}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        maxLength={FORMULA_MAX}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
          suggest(event.target.value, event.target.selectionStart ?? event.target.value.length);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          commit();
        }}
      />
      {completion && (
        <ul
          id={listId}
          role="listbox"
          className="formula-suggestions"
          aria-label={t('targetMath.suggestions')}
          data-testid="formula-suggestions"
        >
          {completion.candidates.map((candidate, index) => (
            <li
              key={candidate.id}
              role="option"
              aria-selected={index === active}
              // Keep the focus in the field: a blur would save the half-typed formula.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => accept(index)}
            >
              {candidate.name}
            </li>
          ))}
        </ul>
      )}
      {error ? (
        <div id={errorId} className="field-error" role="alert" data-testid="field-formula-error">
          {mathText(error)}
        </div>
      ) : (
        <p className="field-hint">{t('targetMath.formulaHint')}</p>
      )}
    </div>
  );
}
