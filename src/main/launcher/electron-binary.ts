import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Electron executable, or null when the npm package has no binary yet.
 * Electron 45 fetches its binary the first time `require('electron')` runs
 * (there is no install step), and where GitHub is out of reach that fetch
 * fails, so this finds it the way the package's index.js does (path.txt,
 * then dist/, or ELECTRON_OVERRIDE_DIST_PATH) without requiring it.
 * ELECTRON_EXEC_PATH, electron-vite's own setting, names the binary outright.
 * Shared by `npm start` (launcher/start.ts) and the e2e suite.
 */
export function electronExecutable(
  env: Record<string, string | undefined> = process.env,
): string | null {
  if (env.ELECTRON_EXEC_PATH)
    return existsSync(env.ELECTRON_EXEC_PATH) ? env.ELECTRON_EXEC_PATH : null;
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const executable = override
    ? join(override, relative ?? 'electron')
    : relative
      ? join(packageDir, 'dist', relative)
      : null;
  return executable !== null && existsSync(executable) ? executable : null;
}
