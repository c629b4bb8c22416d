import { useTranslation } from 'react-i18next';
import type { RecentEntry } from '../../../shared/ipc/contract';
import { fileNameOf } from '../../commands/paths';

/** The Open dialog's one-click choices: the files worked on lately, newest first. */
export function RecentFiles({
  entries,
  onPick,
}: {
  entries: RecentEntry[];
  onPick(path: string): void;
}) {
  const { t } = useTranslation();
  return (
    <section className="recent" aria-label={t('dialogs.path.recent')}>
      <h3>{t('dialogs.path.recent')}</h3>
      {entries.length === 0 ? (
        <p className="dialog-hint">{t('dialogs.path.noRecent')}</p>
      ) : (
        <ul>
          {entries.map((entry) => (
            <li key={entry.path}>
              <button
                type="button"
                className={`recent-entry${entry.exists ? '' : ' missing'}`}
                data-testid="recent-entry"
                title={entry.path}
                onClick={() => onPick(entry.path)}
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
  );
}
