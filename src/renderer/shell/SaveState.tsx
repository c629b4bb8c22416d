import { useTranslation } from 'react-i18next';
import { isDirty } from '../document/document-store';
import { useDocument, useUi } from './studio-context';

/**
 * Whether what is on screen is safe on disk. data-state is for tests and
 * styling: "unsaved" whenever closing now would lose something; an untitled
 * document nobody has touched (the sample, a fresh New) has nothing to lose.
 * "Backed up" follows once the crash-recovery journal holds the changes.
 */
export function SaveState() {
  const { t } = useTranslation();
  const dirty = useDocument(isDirty);
  const untitled = useDocument((s) => s.path === null);
  const saving = useUi((s) => s.saving);
  // Unsaved, but safe from a crash: the journal holds the changes as they are now.
  const backup = useUi((s) => s.backup);
  const backedUp = dirty && !saving && backup === 'written';
  const label = saving
    ? t('saveState.saving')
    : dirty
      ? t('saveState.unsaved')
      : untitled
        ? t('saveState.untitled')
        : t('saveState.saved');
  return (
    <>
      <span
        className={`save-state ${dirty ? 'unsaved' : 'saved'}`}
        data-testid="save-state"
        data-state={dirty ? 'unsaved' : 'saved'}
        role="status"
      >
        <span className="save-dot" aria-hidden="true" />
        {label}
      </span>
      {backedUp && (
        <span
          className="backup-state"
          data-testid="backup-state"
          title={t('saveState.backedUpHint')}
        >
          {t('saveState.backedUp')}
        </span>
      )}
    </>
  );
}
