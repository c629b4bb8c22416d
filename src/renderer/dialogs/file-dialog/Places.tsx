import { useTranslation } from 'react-i18next';
import type { Place } from '../../../shared/ipc/contract';
import { fileNameOf } from '../../commands/paths';

/** Home, the allowed folders, the workspace folder and the folders of recent files: one click away. */
export function Places({
  places,
  current,
  onGo,
}: {
  places: Place[];
  current: string | undefined;
  onGo(path: string): void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="file-places" aria-label={t('dialogs.path.places')}>
      <h3>{t('dialogs.path.places')}</h3>
      <ul>
        {places.map((place) => (
          <li key={`${place.kind}:${place.path}`}>
            <button
              type="button"
              className={`file-place${place.path === current ? ' current' : ''}`}
              data-testid="file-place"
              data-kind={place.kind}
              title={place.path}
              onClick={() => onGo(place.path)}
            >
              <span className="file-place-kind">{t(`dialogs.path.place.${place.kind}`)}</span>
              {place.kind !== 'home' && (
                <span className="file-place-name">{fileNameOf(place.path) || place.path}</span>
              )}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
