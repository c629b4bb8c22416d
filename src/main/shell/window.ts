import { BrowserWindow, dialog, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { ShellLabels } from './menu-labels';
import { isRendererUrl, type RendererLocation } from './renderer-location';

/** Web contents of the windows we created: the only ones allowed to call IPC. */
const ownContents = new WeakSet<WebContents>();

/**
 * Mark a web contents as one of ours (createMainWindow does, for its window):
 * only these may call IPC. Exported so the sender check can be tested with
 * stand-ins for Electron's objects.
 */
export function trustWebContents(contents: WebContents): void {
  ownContents.add(contents);
}

export interface MainWindowOptions {
  location: RendererLocation;
  /** out/preload/index.cjs: sandboxed preloads must be CommonJS. */
  preloadPath: string;
  labels: () => ShellLabels;
  /** false under the e2e dialog seam: a test must never block on a native prompt. */
  confirmUnsavedClose: boolean;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1320,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: options.labels().appName,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  });
  trustWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());

  // The renderer sets beforeunload while there are unsaved changes; Electron
  // then silently refuses to close. Ask the user instead, in their language.
  window.webContents.on('will-prevent-unload', (event) => {
    if (!options.confirmUnsavedClose) {
      event.preventDefault();
      return;
    }
    const text = options.labels().unsaved;
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      title: text.title,
      message: text.message,
      detail: text.detail,
      buttons: [text.leave, text.stay],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    // preventDefault on this event means "ignore beforeunload and close".
    if (choice === 0) event.preventDefault();
  });

  // Built: app://renderer/index.html, served by renderer-protocol.ts; dev: the dev server.
  window
    .loadURL(options.location.url)
    .catch((error: unknown) => console.error('The renderer failed to load', error));
  return window;
}

/**
 * IPC calls are accepted only from the main frame of one of our windows while
 * it shows our renderer: not from an iframe, not after a navigation we failed
 * to stop, not from any other web contents, not from a frame that is gone
 * (Electron gives `senderFrame: null` then). Tested with stand-ins for
 * Electron's objects (window.test.ts): the real ones exist only in Electron.
 */
export function createSenderCheck(location: RendererLocation) {
  return (event: IpcMainInvokeEvent): boolean => {
    const frame = event.senderFrame;
    // detached: the page is unloading after a navigation, its frame already replaced.
    if (!frame || frame.detached || frame.parent !== null) return false;
    if (!ownContents.has(event.sender)) return false;
    const mainFrame = event.sender.mainFrame;
    if (frame.processId !== mainFrame.processId || frame.routingId !== mainFrame.routingId) {
      return false;
    }
    return isRendererUrl(location, frame.url);
  };
}
