import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Text } from '../ui/ui-store';

export type Validation<T> = { ok: true; value: T } | { ok: false; message: Text };

interface DraftFieldProps<T> {
  label: string;
  /** The committed value as text; shown whenever the user is not editing. */
  value: string;
  parse(text: string): Validation<T>;
  onCommit(value: T): void;
  testId: string;
  /** Shown after the input (the metric's unit next to a number). */
  suffix?: string;
  inputMode?: 'text' | 'decimal';
  maxLength?: number;
  /** Take the focus, text selected, when this changes to true. */
  focusNow?: boolean;
  onFocused?(): void;
  /** After Enter committed (the name field hands the keyboard back to the canvas). */
  onDone?(): void;
  /** Escape on an unedited field: leave it. */
  onLeave?(): void;
}

/**
 * An input with a local draft: typing changes only the draft; Enter or
 * leaving the field commits it as one undo step; Escape reverts. Invalid text
 * stays in the field with a message below it and is not committed, so nothing
 * typed is lost and nothing wrong reaches the document.
 */
export function DraftField<T>(props: DraftFieldProps<T>) {
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<Text | null>(null);
  const { focusNow, onFocused } = props;

  useEffect(() => {
    if (!focusNow) return;
    inputRef.current?.focus();
    inputRef.current?.select();
    onFocused?.();
  }, [focusNow, onFocused]);

  const commit = (): boolean => {
    if (draft === null) return true;
    const parsed = props.parse(draft);
    if (!parsed.ok) {
      setError(parsed.message);
      return false;
    }
    props.onCommit(parsed.value);
    setDraft(null);
    setError(null);
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      // Enter that confirms an IME candidate is not ours.
      event.preventDefault();
      if (commit()) props.onDone?.();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (draft === null) props.onLeave?.();
      setDraft(null);
      setError(null);
    }
  };

  const errorId = `${id}-error`;
  return (
    <div className={`field${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      <div className="field-input">
        <input
          ref={inputRef}
          id={id}
          data-testid={props.testId}
          type="text"
          inputMode={props.inputMode ?? 'text'}
          maxLength={props.maxLength}
          autoComplete="off"
          spellCheck={false}
          value={draft ?? props.value}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setDraft(event.target.value);
            if (error) setError(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            commit();
          }}
        />
        {props.suffix && <span className="field-suffix">{props.suffix}</span>}
      </div>
      {error && (
        <div
          id={errorId}
          className="field-error"
          role="alert"
          data-testid={`${props.testId}-error`}
        >
          {t(error.key, error.params)}
        </div>
      )}
    </div>
  );
}
