import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app } from 'electron';
import type { Dialogs, HostContext } from '../services/handlers';
import { defaultWorkspaceFolder } from '../services/paths';
import { ignoredSwitchWarning, readTestSwitches, type TestSwitches } from './test-switches';

/** Built files, relative to out/main/index.js. */
export const PRELOAD_PATH = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
/** The built renderer folder: the only files the app:// protocol serves. */
export const BUILT_RENDERER_DIR = fileURLToPath(new URL('../renderer', import.meta.url));

/**
 * The e2e switches (test-switches.ts), read once at start: honoured only when
 * the app is not packaged; in a packaged app each one that is set is named on
 * stderr and ignored.
 */
export function loadTestSwitches(): TestSwitches {
  const switches = readTestSwitches(process.env, app.isPackaged);
  for (const name of switches.ignored) console.warn(ignoredSwitchWarning(name));
  return switches;
}

/**
 * NSS_DATA_DIR moves everything the app keeps on this machine (our files and
 * Chromium's profile with IndexedDB) to one folder: e2e tests start from an
 * empty one. Must run before anything reads userData, including the
 * single-instance lock, which is keyed on it.
 */
export function applyDataDirOverride(switches: TestSwitches): void {
  if (switches.dataDir) app.setPath('userData', switches.dataDir);
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
    pathPolicy: { kind: 'chosen' },
    warn: (message, error) => console.warn(message, error),
  };
}
