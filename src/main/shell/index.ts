import { app, dialog, session, type BrowserWindow } from 'electron';
import type { HostHandlers } from '../../shared/ipc/contract';
import { resolveLocale } from '../../shared/i18n';
import type { Locale } from '../../shared/workspace/schema';
import { createHandlers } from '../services/handlers';
import {
  applyDataDirOverride,
  BUILT_INDEX_HTML,
  electronHostContext,
  PRELOAD_PATH,
} from './context';
import { createDialogs } from './dialogs';
import { registerIpcHandlers } from './ipc';
import { installApplicationMenu } from './menu';
import { shellLabels } from './menu-labels';
import { chooseRendererLocation } from './renderer-location';
import { guardAllWebContents, hardenSession } from './security';
import { createMainWindow, createSenderCheck } from './window';

/**
 * Electron main process: lifecycle only. Everything that touches files lives
 * in ../services (plain Node, shared with the browser host and the CLI).
 */

applyDataDirOverride();
app.enableSandbox();

const location = chooseRendererLocation(
  process.env.ELECTRON_RENDERER_URL,
  app.isPackaged,
  BUILT_INDEX_HTML,
);
guardAllWebContents(location);

let mainWindow: BrowserWindow | null = null;
let locale: Locale = 'en';
const labels = () => shellLabels(locale);

function showMainWindow(confirmUnsavedClose: boolean): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  mainWindow = createMainWindow({
    location,
    preloadPath: PRELOAD_PATH,
    labels,
    confirmUnsavedClose,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession, location);
  const currentWindow = () => mainWindow;
  const { dialogs, scripted } = createDialogs(currentWindow, labels);
  const services = createHandlers(electronHostContext(dialogs));

  const applyLocale = (chosen: Locale | null) => {
    locale = chosen ?? resolveLocale(app.getLocale());
    installApplicationMenu(labels(), currentWindow, !app.isPackaged);
  };
  // The menu follows the language the user picks in the app.
  const handlers: HostHandlers = {
    ...services,
    'settings:set': async (patch) => {
      const settings = await services['settings:set'](patch);
      applyLocale(settings.locale);
      return settings;
    },
  };
  registerIpcHandlers(handlers, createSenderCheck(location));

  const settings = await services['settings:get']({}).catch((error: unknown) => {
    console.warn('Settings could not be read; following the OS language', error);
    return { locale: null };
  });
  applyLocale(settings.locale);

  const open = () => showMainWindow(!scripted);
  app.on('second-instance', open);
  app.on('activate', open);
  open();
}

// One app instance per data folder: a second launch focuses the first window.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error(error);
      dialog.showErrorBox(
        labels().fatal.title,
        error instanceof Error ? error.message : String(error),
      );
      app.exit(1);
    });
}
