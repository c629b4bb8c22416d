import { useTranslation } from 'react-i18next';
import { runCommand } from '../shell/run-command';
import { useStudio, useUi } from '../shell/studio-context';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

/** The toolbar's switch for the people and departments panel (Ctrl+Shift+P). */
export function PeoplePanelButton() {
  const { t } = useTranslation();
  const studio = useStudio();
  const open = useUi((s) => s.peoplePanelOpen);
  return (
    <button
      type="button"
      className="toolbar-people"
      data-testid="toolbar-people"
      aria-pressed={open}
      title={t('peoplePanel.toggleTitle', { keys: isMac ? '⌘Shift+P' : 'Ctrl+Shift+P' })}
      onClick={() => void runCommand(studio, 'toggle-people-panel')}
    >
      {t('peoplePanel.toggle')}
    </button>
  );
}
