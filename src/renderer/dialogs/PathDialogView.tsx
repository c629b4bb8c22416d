import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileNameOf, folderOf } from '../commands/paths';
import type { PathDialog } from '../ui/ui-store';
import { Dialog } from './Dialog';

/**
 * The browser host has no native file dialogs: the facilitator types a path
 * (prefilled with a sensible folder and name) or, for Open, picks a recent file.
 */
export function PathDialogView({
  spec,
  onAnswer,
}: {
  spec: PathDialog;
  onAnswer(path: string | null): void;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const [path, setPath] = useState(spec.initialPath);
  const [missing, setMissing] = useState(false);
  const opening = spec.mode === 'open';
  const inputRef = useRef<HTMLInputElement>(null);

  // Save As: select just the name, as native dialogs do, so typing renames
  // the file and keeps the folder.
  useEffect(() => {
    const input = inputRef.current;
    if (opening || !input) return;
    const folder = folderOf(spec.initialPath);
    const start = folder === '' ? 0 : folder.length + 1;
    const dot = spec.initialPath.lastIndexOf('.');
    input.setSelectionRange(start, dot > start ? dot : spec.initialPath.length);
  }, [opening, spec.initialPath]);

  const submit = () => {
    const chosen = path.trim();
    if (chosen === '') setMissing(true);
    else onAnswer(chosen);
  };

  return (
    <Dialog
      title={t(opening ? 'dialogs.path.openTitle' : 'dialogs.path.saveAsTitle')}
      testId={opening ? 'open-dialog' : 'save-as-dialog'}
      onCancel={() => onAnswer(null)}
      initialFocus="input"
    >
      <form
        className="dialog-body"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <p className="dialog-hint">
          {t(opening ? 'dialogs.path.openHint' : 'dialogs.path.saveAsHint')}
        </p>
        <label htmlFor={inputId}>{t('dialogs.path.label')}</label>
        <input
          ref={inputRef}
          id={inputId}
          className="path-input"
          data-testid="path-input"
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={path}
          aria-invalid={missing}
          onChange={(event) => {
            setPath(event.target.value);
            setMissing(false);
          }}
        />
        {missing && (
          <div className="field-error" role="alert">
            {t('dialogs.path.required')}
          </div>
        )}
        {opening && (
          <section className="recent" aria-label={t('dialogs.path.recent')}>
            <h3>{t('dialogs.path.recent')}</h3>
            {spec.recent.length === 0 ? (
              <p className="dialog-hint">{t('dialogs.path.noRecent')}</p>
            ) : (
              <ul>
                {spec.recent.map((entry) => (
                  <li key={entry.path}>
                    <button
                      type="button"
                      className={`recent-entry${entry.exists ? '' : ' missing'}`}
                      data-testid="recent-entry"
                      title={entry.path}
                      onClick={() => onAnswer(entry.path)}
                    >
                      <span className="recent-name">{entry.name || fileNameOf(entry.path)}</span>
                      <span className="recent-path">{entry.path}</span>
                      {!entry.exists && (
                        <span className="recent-missing">{t('dialogs.path.missing')}</span>
                      )}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
        <div className="dialog-buttons">
          <button type="submit" className="primary">
            {t(opening ? 'dialogs.path.open' : 'dialogs.path.save')}
          </button>
          <button type="button" onClick={() => onAnswer(null)}>
            {t('dialogs.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
