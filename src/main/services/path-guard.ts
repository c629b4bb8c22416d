import { realpath } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isAllowedFile, type FileAccess, type FilePurpose } from '../../shared/files/purposes';
import { codeOf } from './fs-errors';

/**
 * Which paths a renderer may have read or written. The renderer is not
 * trusted with paths: a compromised page can send any string, so every path is
 * checked here, in the host, before anything touches the disk.
 *
 * - `chosen` (Electron): only paths the user picked in a native dialog, from
 *   the recent list or on the command line (a double-clicked file).
 * - `roots` (browser host): the user types and browses paths in the app's own
 *   dialog, so anything under the user's home folder or the roots given at
 *   start — checked again after resolving symlinks, so that a link inside home
 *   cannot lead outside it.
 *
 * In both, a file must carry an extension of its purpose (a workspace is a
 * `.northstar`, an import a spreadsheet): a typed path can never read a
 * private key or overwrite somebody's .docx. A refused path answers
 * `not-allowed` before anything is read or stat'ed.
 */
export type PathPolicy = { kind: 'chosen' } | { kind: 'roots'; roots: readonly string[] };

export type PathCheck = { ok: true; path: string } | { ok: false; reason: 'not-allowed' };

export interface PathGuard {
  /** The user picked this path (native dialog, command line): it may be used from now on. */
  allow(filePath: string): void;
  /** May a file of this purpose be read (`open`) or written (`save`) at this path? */
  checkFile(requested: string, purpose: FilePurpose, access: FileAccess): Promise<PathCheck>;
  /** May this folder be listed (the browser host's file dialog)? */
  checkFolder(requested: string): Promise<PathCheck>;
  /** The allowed roots, resolved (empty for `chosen`). */
  roots(): Promise<string[]>;
}

const NOT_ALLOWED: PathCheck = { ok: false, reason: 'not-allowed' };

/** `~` and `~/x` mean the home folder, as in every shell the user knows. */
export function expandHome(requested: string, home: string = os.homedir()): string {
  if (requested === '~') return home;
  if (requested.startsWith('~/') || requested.startsWith('~\\'))
    return path.join(home, requested.slice(2));
  return requested;
}

export function isInside(child: string, root: string): boolean {
  const relative = path.relative(root, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * The real location of a path, symlinks resolved, also for a file that does
 * not exist yet (a save): the nearest existing folder is resolved and the rest
 * appended. A component that cannot be read answers with the path as given;
 * reading it then fails with the real reason.
 */
export async function realLocation(resolved: string): Promise<string> {
  const missing: string[] = [];
  let cursor = resolved;
  for (;;) {
    try {
      return path.join(await realpath(cursor), ...missing.reverse());
    } catch (error) {
      const code = codeOf(error);
      const parent = path.dirname(cursor);
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || parent === cursor) return resolved;
      missing.push(path.basename(cursor));
      cursor = parent;
    }
  }
}

export function createPathGuard(
  policy: PathPolicy,
  options: { isRecent?: (resolved: string) => Promise<boolean> } = {},
): PathGuard {
  const allowed = new Set<string>();
  const isRecent = options.isRecent ?? (() => Promise.resolve(false));

  if (policy.kind === 'chosen') {
    return {
      allow: (filePath) => allowed.add(path.resolve(filePath)),
      async checkFile(requested, purpose, access) {
        const resolved = path.resolve(requested);
        if (!isAllowedFile(resolved, purpose, access)) return NOT_ALLOWED;
        if (allowed.has(resolved) || (await isRecent(resolved)))
          return { ok: true, path: resolved };
        return NOT_ALLOWED;
      },
      // Native dialogs browse for the user; the renderer never lists folders.
      checkFolder: () => Promise.resolve(NOT_ALLOWED),
      roots: () => Promise.resolve([]),
    };
  }

  // Both spellings of each root: as given (what the user types, lexically) and
  // real (what a resolved path is compared with): /tmp is /private/tmp on macOS.
  let rootsOnce: Promise<{ given: string[]; real: string[] }> | null = null;
  const loadRoots = () =>
    (rootsOnce ??= (async () => {
      const given = policy.roots.map((root) => path.resolve(root));
      const real = await Promise.all(given.map((root) => realLocation(root)));
      return { given, real };
    })());

  async function check(requested: string, fileRule?: (p: string) => boolean): Promise<PathCheck> {
    const resolved = path.resolve(expandHome(requested));
    if (fileRule && !fileRule(resolved)) return NOT_ALLOWED;
    const roots = await loadRoots();
    // Lexically first: a path outside is refused without touching the disk.
    const lexicallyInside = [...roots.given, ...roots.real].some((root) =>
      isInside(resolved, root),
    );
    if (!lexicallyInside) return NOT_ALLOWED;
    const real = await realLocation(resolved);
    if (!roots.real.some((root) => isInside(real, root))) return NOT_ALLOWED;
    if (fileRule && !fileRule(real)) return NOT_ALLOWED;
    return { ok: true, path: resolved };
  }

  return {
    allow: () => undefined,
    checkFile: (requested, purpose, access) =>
      check(requested, (candidate) => isAllowedFile(candidate, purpose, access)),
    checkFolder: (requested) => check(requested),
    roots: async () => (await loadRoots()).given,
  };
}
