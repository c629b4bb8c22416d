import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';
import type { Dialogs, HostContext } from '../services/handlers';
import { defaultWorkspaceFolder } from '../services/paths';

/** Built files, relative to out/main/index.js. */
export const PRELOAD_PATH = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
export const BUILT_INDEX_HTML = fileURLToPath(new URL('../renderer/index.html', import.meta.url));

/**
 * NSS_DATA_DIR moves everything the app keeps on this machine (our files and
 * Chromium's profile with IndexedDB) to one folder: e2e tests start from an
 * empty one. Must run before anything reads userData, including the
 * single-instance lock, which is keyed on it.
 */
export function applyDataDirOverride(): void {
  const dir = process.env.NSS_DATA_DIR;
  if (dir) app.setPath('userData', dir);
}

function resourcesDir(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'resources')
    : fileURLToPath(new URL('../../resources', import.meta.url));
}

/** Call after app 'ready' (getLocale and getPath need it). */
export function electronHostContext(dialogs: Dialogs): HostContext {
  return {
    host: 'electron',
    version: app.getVersion(),
    platform: process.platform,
    osLocale: app.getLocale(),
    dataDir: app.getPath('userData'),
    // Electron knows where Documents really is (redirected to OneDrive, say).
    defaultFolder: defaultWorkspaceFolder(undefined, app.getPath('documents')),
    resourcesDir: resourcesDir(),
    dialogs,
    pathPolicy: 'chosen-only',
    warn: (message, error) => console.warn(message, error),
  };
}
