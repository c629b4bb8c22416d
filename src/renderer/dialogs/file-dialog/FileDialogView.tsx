import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FolderEntry } from '../../../shared/ipc/contract';
import { fileNameOf, folderOf, joinPath } from '../../commands/paths';
import { useStudio } from '../../shell/studio-context';
import type { PathDialog } from '../../ui/ui-store';
import { Dialog } from '../Dialog';
import { EntryList } from './EntryList';
import { resolveTyped } from './location';
import { Places } from './Places';
import { RecentFiles } from './RecentFiles';
import { useFolder } from './use-folder';

/**
 * The browser host's file dialog (Electron shows native ones): browse the
 * folders the host allows, see the files of this purpose only, go up, jump
 * home or to recent places, open with Enter or a double-click — or type a
 * name or a full path, as in any desktop dialog.
 *
 * It answers a path; whether the file can really be opened or written is the
 * host's call, and its refusal is explained by the command that asked.
 */
export function FileDialogView({
  spec,
  onAnswer,
}: {
  spec: PathDialog;
  onAnswer(path: string | null): void;
}) {
  const { t } = useTranslation();
  const { host } = useStudio();
  const inputId = useId();
  const opening = spec.mode === 'open';
  const access = opening ? 'open' : 'save';
  const initialFolder = opening ? spec.initialPath : folderOf(spec.initialPath);
  const [typed, setTyped] = useState(opening ? '' : fileNameOf(spec.initialPath));
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const folder = useFolder(host, spec.purpose, access, initialFolder.replace(/[\\/]$/, '') || null);
  const listing = folder.listing;
  const entries = listing?.entries ?? [];

  // A new folder on screen: after going up, the folder we came from is picked
  // (Enter goes back in); otherwise the first row when opening, nothing when saving.
  const cameFrom = useRef<string | null>(null);
  useEffect(() => {
    const from = cameFrom.current;
    cameFrom.current = null;
    const index = from === null ? -1 : entries.findIndex((entry) => entry.name === from);
    setActive(index >= 0 ? index : opening && entries.length > 0 ? 0 : -1);
    // Only a new folder resets the pick, not a re-render with the same rows.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [listing]);

  // Save As: select just the name, as native dialogs do, so typing renames the file.
  useEffect(() => {
    const input = inputRef.current;
    if (opening || !input) return;
    const dot = input.value.lastIndexOf('.');
    input.setSelectionRange(0, dot > 0 ? dot : input.value.length);
  }, [opening]);

  const enter = async (path: string) => {
    const shown = await folder.go(path);
    if (shown?.ok && opening) setTyped('');
  };

  const openEntry = (entry: FolderEntry) => {
    if (!listing) return;
    const path = joinPath(listing.folder, entry.name);
    if (entry.kind === 'folder') void enter(path);
    else onAnswer(path);
  };

  const pick = (index: number) => {
    setActive(index);
    const entry = entries[index];
    // Saving over an existing file starts from its name, as in a desktop dialog.
    if (!opening && entry?.kind === 'file') setTyped(entry.name);
  };

  const goUp = () => {
    if (!listing?.parent) return;
    cameFrom.current = fileNameOf(listing.folder);
    void enter(listing.parent);
  };

  /** Enter in the name field, or the primary button: a folder goes in, anything else is the answer. */
  const submit = async () => {
    const text = typed.trim();
    if (text === '') {
      const entry = entries[active];
      if (entry) openEntry(entry);
      else folder.setProblem({ key: 'ui:dialogs.path.required' });
      return;
    }
    const target = resolveTyped(text, listing?.folder ?? '');
    const probe = await folder.probe(target);
    if (probe?.ok) {
      await enter(target);
      if (!opening) setTyped(fileNameOf(spec.initialPath));
      return;
    }
    if (probe && !probe.ok && probe.error.reason === 'not-allowed') {
      folder.setProblem({ key: 'ui:dialogs.path.outside', params: { path: target } });
      return;
    }
    // A file, or a name not there yet: the command that asked opens or writes it.
    onAnswer(target);
  };

  return (
    <Dialog
      title={t(`dialogs.path.title.${access}.${spec.purpose}`)}
      testId={opening ? 'open-dialog' : 'save-as-dialog'}
      onCancel={() => onAnswer(null)}
      initialFocus={opening ? '.file-entries' : 'input'}
      wide
    >
      <div className="dialog-body file-dialog">
        <p className="dialog-hint">{t(`dialogs.path.hint.${access}`)}</p>
        <div className="file-location">
          <button
            type="button"
            className="file-up"
            data-testid="file-up"
            title={t('dialogs.path.upTitle')}
            disabled={!listing?.parent}
            onClick={goUp}
          >
            ↑ {t('dialogs.path.up')}
          </button>
          <span className="file-folder" title={listing?.folder}>
            <span className="file-folder-path" data-testid="file-folder">
              {listing?.folder ?? t('dialogs.path.loading')}
            </span>
          </span>
        </div>
        <div className="file-browser">
          <Places
            places={listing?.places ?? []}
            current={listing?.folder}
            onGo={(path) => void enter(path)}
          />
          <div className="file-list-pane">
            <EntryList
              entries={entries}
              active={active}
              label={t('dialogs.path.folders')}
              onActivate={pick}
              onOpen={openEntry}
              onUp={goUp}
            />
            {listing && entries.length === 0 && !folder.loading && (
              <p className="dialog-hint file-empty">{t('dialogs.path.empty')}</p>
            )}
            {listing?.truncated && (
              <p className="dialog-hint">
                {t('dialogs.path.truncated', { count: entries.length })}
              </p>
            )}
          </div>
        </div>
        {folder.problem && (
          <div className="field-error" role="alert" data-testid="file-problem">
            {t(folder.problem.key, folder.problem.params)}
          </div>
        )}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <label htmlFor={inputId}>{t('dialogs.path.label')}</label>
          <input
            ref={inputRef}
            id={inputId}
            className="path-input"
            data-testid="path-input"
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={typed}
            onChange={(event) => {
              setTyped(event.target.value);
              folder.setProblem(null);
            }}
          />
          {opening && <RecentFiles entries={spec.recent} onPick={onAnswer} />}
          <div className="dialog-buttons">
            <button type="submit" className="primary" data-testid="file-confirm">
              {t(opening ? 'dialogs.path.open' : 'dialogs.path.save')}
            </button>
            <button type="button" onClick={() => onAnswer(null)}>
              {t('dialogs.cancel')}
            </button>
          </div>
        </form>
      </div>
    </Dialog>
  );
}
