import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Electron executable, or null when the npm package was installed without
 * its binary (our machines cannot download it). Found the way the electron
 * package finds it, but without `require('electron')`, which throws then.
 */
export function electronExecutable(): string | null {
  let packageDir: string;
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const executable = join(distDir, relative);
  return existsSync(executable) ? executable : null;
}

export const ELECTRON_SKIPPED =
  'electron project skipped: the Electron binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD); only the browser-host project ran';
