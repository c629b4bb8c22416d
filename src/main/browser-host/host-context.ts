import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HostContext } from '../services/handlers';
import { defaultDataDir, defaultWorkspaceFolder } from '../services/paths';

/** The repository root, from src/main/browser-host. The browser host runs from source (tsx). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/**
 * The built renderer. NSS_RENDERER_DIR points at another build (`electron-vite
 * build --outDir out-x`), so that two checkouts' worth of work can build and
 * run e2e tests side by side without overwriting each other's `out/`.
 */
export const RENDERER_DIR = process.env.NSS_RENDERER_DIR
  ? resolve(process.env.NSS_RENDERER_DIR)
  : join(REPO_ROOT, 'out', 'renderer');
export const RESOURCES_DIR = join(REPO_ROOT, 'resources');

/**
 * The OS language as a BCP 47 tag. POSIX locale variables win over Intl
 * because they are what the user set for this session (LANG=zh_CN.UTF-8).
 */
export function detectOsLocale(env: Record<string, string | undefined> = process.env): string {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    // zh_CN.UTF-8@latin → zh-CN; C and POSIX (any encoding) say nothing about language.
    const tag = env[name]?.split('.')[0]?.split('@')[0]?.replace('_', '-');
    if (tag && tag !== 'C' && tag !== 'POSIX') return tag;
  }
  return Intl.DateTimeFormat().resolvedOptions().locale;
}

function packageVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
  const version =
    typeof manifest === 'object' && manifest !== null && 'version' in manifest
      ? manifest.version
      : null;
  return typeof version === 'string' ? version : '0.0.0';
}

export function browserHostContext(overrides: Partial<HostContext> = {}): HostContext {
  return {
    host: 'browser',
    version: packageVersion(),
    platform: process.platform,
    osLocale: detectOsLocale(),
    dataDir: defaultDataDir(),
    defaultFolder: defaultWorkspaceFolder(),
    resourcesDir: RESOURCES_DIR,
    // The renderer browses and asks for paths in its own dialog, under the
    // user's home folder (and the roots given with --root; see start.ts).
    dialogs: null,
    pathPolicy: { kind: 'roots', roots: [homedir()] },
    ...overrides,
  };
}
