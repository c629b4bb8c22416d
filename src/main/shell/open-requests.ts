import path from 'node:path';
import { MAX_OPEN_FILE_PATH_LENGTH, OPEN_FILE_REQUEST_EVENT } from '../../shared/ipc/events';
import { WORKSPACE_EXTENSION } from '../../shared/workspace/format';

/**
 * "Open this file" from outside the app: a .northstar file double-clicked in
 * the file manager, `electron . plan.northstar`, or a second instance started
 * with a file (it quits and hands its command line to the first). Plain Node,
 * no electron value import: unit-tested. The shell entry wires it to
 * `process.argv`, `second-instance` and macOS `open-file`, which only happen
 * inside Electron.
 */

const EXTENSION = `.${WORKSPACE_EXTENSION}`;

type PathApi = Pick<typeof path, 'resolve' | 'basename'>;

/**
 * The workspace file a command line asks for, resolved against the working
 * directory of the process that was started, or null. Skips the executable,
 * Chromium's and Electron's switches (`--lang=en`, the
 * `--allow-file-access-from-files` or `--original-process-start-time=…` that
 * Chromium adds to a second instance's argv, macOS's `-psn_…`), and, when not
 * packaged, the app path (`electron .`). The first remaining argument that
 * names a `.northstar` file (any case) wins; anything else is ignored, so the
 * command line can never make the app open another kind of file.
 */
export function workspacePathFromArgv(
  argv: readonly string[],
  cwd: string,
  isPackaged: boolean,
  paths: PathApi = path,
): string | null {
  const positional: string[] = [];
  let switchesEnded = false;
  for (const argument of argv.slice(1)) {
    if (!switchesEnded && argument === '--') {
      switchesEnded = true;
    } else if (switchesEnded || !argument.startsWith('-')) {
      positional.push(argument);
    }
  }
  // Unpackaged, Electron's first positional argument is the app itself.
  for (const candidate of isPackaged ? positional : positional.slice(1)) {
    const resolved = asWorkspacePath(candidate, cwd, paths);
    if (resolved) return resolved;
  }
  return null;
}

/** An absolute path if `candidate` names a workspace file, else null. */
export function asWorkspacePath(
  candidate: string,
  cwd: string,
  paths: PathApi = path,
): string | null {
  if (candidate.length === 0 || candidate.length > MAX_OPEN_FILE_PATH_LENGTH) return null;
  // NUL never is in a path; a URL (file://, https://) is not a path either.
  if (candidate.includes('\0') || /^[a-z][a-z0-9+.-]*:\/\//i.test(candidate)) return null;
  if (!candidate.toLowerCase().endsWith(EXTENSION)) return null;
  const resolved = paths.resolve(cwd, candidate);
  // `.northstar` alone is a hidden file without a name, not a workspace.
  if (paths.basename(resolved).length <= EXTENSION.length) return null;
  return resolved.length <= MAX_OPEN_FILE_PATH_LENGTH ? resolved : null;
}

/** The part of a web contents the hand-over needs (Electron's WebContents has it). */
export interface OpenRequestTarget {
  isDestroyed(): boolean;
  isLoading(): boolean;
  send(channel: string, ...args: unknown[]): void;
  on(event: 'did-finish-load', listener: () => void): unknown;
}

export interface OpenFileRequests {
  /** Hand a path (already allowed for the services) to the page, now or once it has loaded. */
  request(filePath: string): void;
  /** The main window's web contents, each time a window is created. */
  attach(target: OpenRequestTarget): void;
}

/**
 * Paths wait here until a page can take them: a message sent while the page
 * is still loading could reach the document being replaced, and there is no
 * window at all on macOS after the last one was closed. The preload keeps
 * what arrives before the renderer subscribes.
 */
export function createOpenFileRequests(): OpenFileRequests {
  const pending: string[] = [];
  let current: OpenRequestTarget | null = null;

  const flush = () => {
    if (!current || current.isDestroyed() || current.isLoading()) return;
    for (const filePath of pending.splice(0)) current.send(OPEN_FILE_REQUEST_EVENT, filePath);
  };

  return {
    request(filePath) {
      pending.push(filePath);
      flush();
    },
    attach(target) {
      current = target;
      target.on('did-finish-load', flush);
      flush();
    },
  };
}
