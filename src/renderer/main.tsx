// First: configures zod before any schema is built (see zod-config.ts).
import './zod-config';
import './styles/base.css';
import './styles/toolbar.css';
import './styles/canvas.css';
import './styles/inspector.css';
import './styles/dialogs.css';
import './styles/file-dialog.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { resolveLocale } from '../shared/i18n';
import { boot } from './commands/workspace-commands';
import type { StudioContext } from './commands/context';
import { documentStore } from './document/document-store';
import { connectHost } from './host/host-api';
import { SessionGate } from './host/SessionGate';
import { pageSession } from './host/session';
import { applyLocale, i18n } from './i18n/i18n';
import { createJournal } from './journal/journal';
import { openStudioDatabase } from './journal/journal-db';
import { startJournalWriter } from './journal/journal-writer';
import { flushWhenHidden } from './journal/page-lifecycle';
import { App } from './shell/App';
import { StudioProvider } from './shell/studio-context';
import { uiStore } from './ui/ui-store';

const studio: StudioContext = {
  host: connectHost(),
  documents: documentStore,
  ui: uiStore,
  now: () => new Date(),
  browserLanguages: navigator.languages,
  journal: createJournal(openStudioDatabase()),
};

// Until the host says which language the user chose, speak the browser's:
// the loading line and a failed start are read in it.
const firstLocale = resolveLocale(navigator.language);
uiStore.getState().setLocale(firstLocale);
applyLocale(firstLocale);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <SessionGate session={pageSession()}>
        <StudioProvider value={studio}>
          <App />
        </StudioProvider>
      </SessionGate>
    </I18nextProvider>
  </StrictMode>,
);

// Journal only after boot has read (and maybe restored) what the last run left:
// the first document shown must not clear it before the user has answered.
void boot(studio).then(() => {
  const { journal } = studio;
  if (!journal || studio.ui.getState().appState !== 'ready') return;
  flushWhenHidden(startJournalWriter({ ...studio, journal }));
});
