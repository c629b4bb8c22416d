import { useTranslation } from 'react-i18next';
import { canRedo, canUndo, nextRedo, nextUndo } from '../document/document-store';
import { fileNameOf } from '../commands/paths';
import { LanguageSwitch } from './LanguageSwitch';
import { PeoplePanelButton } from '../people-panel/PeoplePanelButton';
import { runCommand } from './run-command';
import type { Command } from './shortcuts';
import { SaveState } from './SaveState';
import { useDocument, useStudio } from './studio-context';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

export function Toolbar() {
  const { t } = useTranslation();
  const studio = useStudio();
  const name = useDocument((s) => s.workspace?.meta.name ?? '');
  const path = useDocument((s) => s.path);
  const undoable = useDocument(canUndo);
  const redoable = useDocument(canRedo);
  // Labels are keys: the tooltip follows a language switch ("撤销拆分" / "Undo split").
  const undoStep = useDocument(nextUndo);
  const redoStep = useDocument(nextRedo);

  const button = (
    command: Command,
    label: string,
    keys: string,
    enabled = true,
    action = label,
  ) => (
    <button
      type="button"
      data-testid={`toolbar-${command}`}
      disabled={!enabled}
      title={t('toolbar.withShortcut', { action, keys })}
      onClick={() => void runCommand(studio, command)}
    >
      {label}
    </button>
  );

  return (
    <header className="toolbar">
      <div className="toolbar-identity">
        <span className="app-name">
          <span className="app-star" aria-hidden="true">
            ★
          </span>
          {t('app.name')}
        </span>
        <div className="document-identity">
          <span className="workspace-name" data-testid="workspace-name" title={name}>
            {name}
          </span>
          <span className="document-status">
            <span className="file-name" data-testid="file-name" title={path ?? undefined}>
              {path ? fileNameOf(path) : t('toolbar.untitled')}
            </span>
            <SaveState />
          </span>
        </div>
      </div>
      <nav className="toolbar-actions" aria-label={t('toolbar.label')}>
        <div className="button-group">
          {button('new', t('toolbar.new'), `${mod}N`)}
          {button('open', t('toolbar.open'), `${mod}O`)}
          {button('save', t('toolbar.save'), `${mod}S`)}
          {button('save-as', t('toolbar.saveAs'), `${mod}Shift+S`)}
        </div>
        <div className="button-group">
          {button(
            'undo',
            t('toolbar.undo'),
            `${mod}Z`,
            undoable,
            undoStep ? t('toolbar.undoStep', { step: t(`history.${undoStep}`) }) : undefined,
          )}
          {button(
            'redo',
            t('toolbar.redo'),
            `${mod}Shift+Z`,
            redoable,
            redoStep ? t('toolbar.redoStep', { step: t(`history.${redoStep}`) }) : undefined,
          )}
        </div>
        <PeoplePanelButton />
        <LanguageSwitch />
      </nav>
    </header>
  );
}
