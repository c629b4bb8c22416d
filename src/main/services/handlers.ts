import { access as fsAccess, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FolderListing, HostHandlers, OpenResult, Place } from '../../shared/ipc/contract';
import { withSaveExtension, type OpenPurpose, type SavePurpose } from '../../shared/files/purposes';
import { listFolder } from './folder-listing';
import { createPathGuard, isInside, type PathGuard, type PathPolicy } from './path-guard';
import { createRecentStore } from './recent';
import { openSample } from './sample';
import { createSettingsStore } from './settings';
import { readWorkspaceFile, saveWorkspaceFile } from './workspace-files';

/** The one seam tests may replace: native file dialogs, one per purpose (filters, titles). */
export interface Dialogs {
  chooseOpenPath(request: { purpose: OpenPurpose; defaultFolder: string }): Promise<string | null>;
  chooseSavePath(request: {
    purpose: SavePurpose;
    /** Already a safe file name with the purpose's extension. */
    suggestedName: string;
    defaultFolder: string;
  }): Promise<string | null>;
}

export interface HostContext {
  host: 'electron' | 'browser';
  version: string;
  platform: string;
  osLocale: string;
  dataDir: string;
  defaultFolder: string;
  resourcesDir: string;
  dialogs: Dialogs | null;
  /** Which paths the renderer may use: see path-guard.ts. */
  pathPolicy: PathPolicy;
  /** Where failures that must not fail the call (recent list unwritable) are reported. */
  warn?: (message: string, error: unknown) => void;
}

/** The contract's handlers, and what the host itself may still allow (a file given on the command line). */
export interface HostServices {
  handlers: HostHandlers;
  /** The user chose this path outside the renderer (a double-clicked file): let it be opened. */
  allowPath(filePath: string): void;
}

/**
 * Every channel of the contract, as plain async functions. Arguments arrive
 * already validated against the contract's schemas (the shell and the browser
 * host do that); paths are still checked here, by purpose, against what the
 * user chose or the allowed roots, because a compromised renderer can send
 * any valid string.
 */
export function createHandlers(ctx: HostContext): HostHandlers {
  return createHostServices(ctx).handlers;
}

export function createHostServices(ctx: HostContext): HostServices {
  const recent = createRecentStore(ctx.dataDir);
  const settings = createSettingsStore(ctx.dataDir);
  const warn = ctx.warn ?? ((message, error) => console.warn(message, error));
  const guard: PathGuard = createPathGuard(ctx.pathPolicy, {
    isRecent: (resolved) => recent.has(resolved),
  });

  async function remember(resolved: string, workspace: unknown): Promise<void> {
    guard.allow(resolved);
    try {
      await recent.add(resolved, workspaceName(workspace, resolved));
    } catch (error) {
      // The file itself was opened or saved; a broken recent list must not undo that.
      warn('could not update the recent list', error);
    }
  }

  /** Home, the roots, the workspace folder and the folders of recent files: the dialog's shortcuts. */
  async function placesFor(roots: string[]): Promise<Place[]> {
    const places: Place[] = [];
    const seen = new Set<string>();
    const add = (kind: Place['kind'], folder: string) => {
      if (seen.has(folder) || !roots.some((root) => isInside(folder, root))) return;
      seen.add(folder);
      places.push({ kind, path: folder });
    };
    add('home', os.homedir());
    for (const root of roots) add('root', root);
    if (await exists(ctx.defaultFolder)) add('workspaces', ctx.defaultFolder);
    const entries = await recent.list().catch(() => []);
    for (const entry of entries) if (entry.exists) add('recent', path.dirname(entry.path));
    return places;
  }

  const handlers: HostHandlers = {
    'app:info': async () => ({
      host: ctx.host,
      version: ctx.version,
      platform: ctx.platform,
      osLocale: ctx.osLocale,
      nativeDialogs: ctx.dialogs !== null,
      defaultFolder: ctx.defaultFolder,
    }),
    'settings:get': () => settings.get(),
    'settings:set': (patch) => settings.set(patch),
    'workspace:open-sample': ({ locale }) => openSample(ctx.resourcesDir, locale),

    'file:choose-open': async ({ purpose }) => {
      if (!ctx.dialogs) return null;
      const chosen = await ctx.dialogs.chooseOpenPath({
        purpose,
        defaultFolder: ctx.defaultFolder,
      });
      if (chosen === null) return null;
      const resolved = path.resolve(chosen);
      guard.allow(resolved);
      return { path: resolved };
    },

    'file:choose-save': async ({ purpose, suggestedName, format }) => {
      if (!ctx.dialogs) return null;
      // Created only now, when the user is about to save: opening must leave no trace.
      await mkdir(ctx.defaultFolder, { recursive: true }).catch((error: unknown) =>
        warn('could not create the default workspace folder', error),
      );
      const chosen = await ctx.dialogs.chooseSavePath({
        purpose,
        suggestedName: withSaveExtension(safeFileName(suggestedName), purpose, format),
        defaultFolder: ctx.defaultFolder,
      });
      if (chosen === null) return null;
      const resolved = withSaveExtension(path.resolve(chosen), purpose, format);
      guard.allow(resolved);
      return { path: resolved };
    },

    'file:list-folder': async ({ folder, purpose, access }): Promise<FolderListing> => {
      const roots = await guard.roots();
      const start = folder ?? (await startFolder(ctx.defaultFolder, roots));
      if (start === null) return { ok: false, folder: '', error: { reason: 'not-allowed' } };
      const checked = await guard.checkFolder(start);
      if (!checked.ok) return { ok: false, folder: start, error: { reason: 'not-allowed' } };
      return listFolder({
        folder: checked.path,
        purpose,
        access,
        roots,
        places: await placesFor(roots),
      });
    },

    'workspace:open': async ({ path: requested }): Promise<OpenResult> => {
      const checked = await guard.checkFile(requested, 'workspace', 'open');
      if (!checked.ok)
        return { ok: false, path: path.resolve(requested), error: { reason: 'not-allowed' } };
      const result = await readWorkspaceFile(checked.path);
      if (result.ok) await remember(checked.path, result.workspace);
      return result;
    },

    'workspace:save': async ({ path: requested, workspace, expected, overwrite }) => {
      // Whatever the policy, the app only ever writes workspace files here: a
      // typed path can never replace someone's .docx or a system file.
      const checked = await guard.checkFile(requested, 'workspace', 'save');
      if (!checked.ok) return { ok: false, error: { reason: 'not-allowed' } };
      const result = await saveWorkspaceFile({
        path: checked.path,
        workspace,
        expected,
        overwrite,
      });
      if (result.ok) await remember(checked.path, workspace);
      return result;
    },

    'recent:list': () => recent.list(),
    'recent:remove': ({ path: requested }) => recent.remove(requested),
  };
  return { handlers, allowPath: (filePath) => guard.allow(filePath) };
}

/** Where the browser host's dialog opens: the workspace folder once it exists, else home. */
async function startFolder(defaultFolder: string, roots: string[]): Promise<string | null> {
  if (roots.some((root) => isInside(defaultFolder, root)) && (await exists(defaultFolder)))
    return defaultFolder;
  const home = os.homedir();
  if (roots.some((root) => isInside(home, root))) return home;
  return roots[0] ?? null;
}

async function exists(filePath: string): Promise<boolean> {
  try {
    await fsAccess(filePath);
    return true;
  } catch {
    return false;
  }
}

/** A workspace name as a file name: no separators or characters Windows forbids. */
export function safeFileName(name: string): string {
  const cleaned = name
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-')
    .trim()
    .replace(/^\.+/, '');
  return cleaned.slice(0, 200) || 'workspace';
}

function workspaceName(workspace: unknown, filePath: string): string {
  const meta = isObject(workspace) && isObject(workspace.meta) ? workspace.meta : null;
  const name = meta && typeof meta.name === 'string' ? meta.name.trim() : '';
  return name || path.basename(filePath, path.extname(filePath));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
