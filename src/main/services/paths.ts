import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Host facts, injectable so each platform's rule can be tested on any machine. */
export interface PathEnvironment {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
}

const current = (): PathEnvironment => ({
  env: process.env,
  platform: process.platform,
  home: os.homedir(),
});

export const APP_FOLDER_NAME = 'North Star Studio';
export const WORKSPACE_FOLDER_NAME = '北极星共创工作台';

/**
 * Where the app keeps its own files (recent list, settings), following each
 * platform's convention. NSS_DATA_DIR points e2e tests at a fresh folder.
 */
export function defaultDataDir(host: PathEnvironment = current()): string {
  const { env, platform, home } = host;
  if (env.NSS_DATA_DIR) return path.resolve(env.NSS_DATA_DIR);
  if (platform === 'win32')
    return path.win32.join(
      env.APPDATA || path.win32.join(home, 'AppData', 'Roaming'),
      APP_FOLDER_NAME,
    );
  if (platform === 'darwin')
    return path.join(home, 'Library', 'Application Support', APP_FOLDER_NAME);
  // XDG: an empty or relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = env.XDG_CONFIG_HOME;
  const config = xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.config');
  return path.join(config, 'north-star-studio');
}

/**
 * Where Save As suggests new workspaces. Only computed here, never created:
 * the save dialog creates it on first use. The Electron shell may pass
 * app.getPath('documents'), which knows about redirected (OneDrive) folders.
 */
export function defaultWorkspaceFolder(
  host: PathEnvironment = current(),
  documentsDir: string = path.join(host.home, 'Documents'),
): string {
  if (host.env.NSS_WORKSPACE_DIR) return path.resolve(host.env.NSS_WORKSPACE_DIR);
  const base = existsSync(documentsDir) ? documentsDir : host.home;
  return path.join(base, WORKSPACE_FOLDER_NAME);
}
