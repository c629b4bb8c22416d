import { useTranslation } from 'react-i18next';
import { MetricCanvas } from '../canvas/MetricCanvas';
import { DialogHost } from '../dialogs/DialogHost';
import { Inspector } from '../inspector/Inspector';
import { PeoplePanel } from '../people-panel/PeoplePanel';
import { Toasts } from './Toasts';
import { Toolbar } from './Toolbar';
import { useOpenRequests } from './use-open-requests';
import { useShortcuts } from './use-shortcuts';
import { useDocumentTitle, useUnsavedGuard } from './use-window-effects';
import { useStudio, useUi } from './studio-context';

/**
 * The window: toolbar on top, the tree in the middle, the selected metric's
 * details on the right. data-app-state="ready" once a document is on screen,
 * "asking" while start-up waits for an answer (crash recovery): the e2e fixture
 * waits for either.
 */
export function App() {
  const { t } = useTranslation();
  const studio = useStudio();
  const appState = useUi((s) => s.appState);
  const bootFailure = useUi((s) => s.bootFailure);
  const peoplePanelOpen = useUi((s) => s.peoplePanelOpen);
  useShortcuts(studio);
  useOpenRequests(studio);
  useDocumentTitle();
  useUnsavedGuard(studio);

  return (
    <div className="app" data-app-state={appState}>
      {appState === 'ready' && (
        <>
          <Toolbar />
          <main className={`workbench${peoplePanelOpen ? ' with-people-panel' : ''}`}>
            <PeoplePanel />
            <MetricCanvas />
            <Inspector />
          </main>
          <footer className="key-hints" aria-hidden="true">
            {t('canvas.hints')}
          </footer>
        </>
      )}
      {(appState === 'loading' || appState === 'asking') && (
        <p className="app-message">{t('app.loading')}</p>
      )}
      {appState === 'failed' && (
        <div className="app-message failed" role="alert">
          <p>{t('app.bootFailed')}</p>
          <p className="detail">{t('app.bootFailedHint', { detail: bootFailure ?? '' })}</p>
        </div>
      )}
      <DialogHost />
      <Toasts />
    </div>
  );
}
