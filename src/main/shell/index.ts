import { app, dialog, protocol, session, type BrowserWindow } from 'electron';
import type { HostHandlers } from '../../shared/ipc/contract';
import { resolveLocale } from '../../shared/i18n';
import type { Locale } from '../../shared/workspace/schema';
import { createHostServices } from '../services/handlers';
import {
  applyDataDirOverride,
  BUILT_RENDERER_DIR,
  electronHostContext,
  loadTestSwitches,
  PRELOAD_PATH,
} from './context';
import { createDialogs } from './dialogs';
import { registerIpcHandlers } from './ipc';
import { installApplicationMenu } from './menu';
import { shellLabels } from './menu-labels';
import { asWorkspacePath, createOpenFileRequests, workspacePathFromArgv } from './open-requests';
import { chooseRendererLocation, RENDERER_SCHEME } from './renderer-location';
import { createRendererRequestHandler, RENDERER_SCHEME_PRIVILEGES } from './renderer-protocol';
import { guardAllWebContents, hardenSession } from './security';
import { createMainWindow, createSenderCheck } from './window';

/**
 * Electron main process: lifecycle only. Everything that touches files lives
 * in ../services (plain Node, shared with the browser host and the CLI). The
 * pieces with logic (protocol handler, sender check, argv, test switches) are
 * unit-tested modules; this file only wires them to Electron, which cannot run
 * on the build machines.
 */

// Test switches are read once, and ignored (with a warning) in a packaged app.
const switches = loadTestSwitches();
applyDataDirOverride(switches);
app.enableSandbox();
// Before `ready`, and only once: app:// is a standard, secure origin.
protocol.registerSchemesAsPrivileged([RENDERER_SCHEME_PRIVILEGES]);

const location = chooseRendererLocation(
  process.env.ELECTRON_RENDERER_URL,
  app.isPackaged,
  BUILT_RENDERER_DIR,
);
guardAllWebContents(location);

let mainWindow: BrowserWindow | null = null;
let locale: Locale = 'en';
const labels = () => shellLabels(locale);

/** Files to open from outside the app; they wait for the page (open-requests.ts). */
const openRequests = createOpenFileRequests();
/** The services' path allowance, once they exist; macOS may hand over a file before that. */
let allowPath: ((filePath: string) => void) | null = null;
const earlyPaths: string[] = [];

/** The user asked the OS to open this workspace with the app: allow it, hand it to the page. */
function openFromOutside(filePath: string): void {
  if (!allowPath) {
    earlyPaths.push(filePath);
    return;
  }
  allowPath(filePath);
  openRequests.request(filePath);
}

// macOS hands a double-clicked file over as an event (also at launch, before
// `ready`), not on the command line.
app.on('open-file', (event, filePath) => {
  event.preventDefault();
  const requested = asWorkspacePath(filePath, process.cwd());
  if (requested) openFromOutside(requested);
});

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
  openRequests.attach(mainWindow.webContents);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession, location);
  if (location.kind === 'built') {
    // The ONE handler of app://, on the session the window uses: the built
    // renderer folder and nothing else (renderer-protocol.ts).
    session.defaultSession.protocol.handle(
      RENDERER_SCHEME,
      createRendererRequestHandler(location.rendererDir),
    );
  }
  const currentWindow = () => mainWindow;
  const { dialogs, scripted } = createDialogs(currentWindow, labels, switches.dialogAnswersFile);
  const host = createHostServices(electronHostContext(dialogs));
  const services = host.handlers;

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

  // A file on our own command line (double-click on Windows and Linux,
  // `electron . plan.northstar`), then whatever macOS handed over early.
  allowPath = host.allowPath;
  const startFile = workspacePathFromArgv(process.argv, process.cwd(), app.isPackaged);
  if (startFile) openFromOutside(startFile);
  for (const filePath of earlyPaths.splice(0)) openFromOutside(filePath);

  const open = () => showMainWindow(!scripted);
  // A second launch focuses this window, and opens the file it was started with.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const requested = workspacePathFromArgv(argv, workingDirectory, app.isPackaged);
    if (requested) openFromOutside(requested);
    open();
  });
  app.on('activate', open);
  open();
}

// One app instance per data folder: a second launch hands over to the first.
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
