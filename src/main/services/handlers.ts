import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { HostHandlers, OpenResult, SaveResult } from '../../shared/ipc/contract';
import { WORKSPACE_EXTENSION } from '../../shared/workspace/format';
import { createRecentStore } from './recent';
import { openSample } from './sample';
import { createSettingsStore } from './settings';
import { readWorkspaceFile, saveWorkspaceFile } from './workspace-files';

/** The one seam tests may replace: native file dialogs. */
export interface Dialogs {
  chooseOpenPath(defaultFolder: string): Promise<string | null>;
  chooseSavePath(suggestedName: string, defaultFolder: string): Promise<string | null>;
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
  /**
   * electron: only paths the user chose in a dialog, from the recent list, or
   * saved-as; browser host: the user types paths into the app, so any path.
   */
  pathPolicy: 'chosen-only' | 'any';
  /** Where failures that must not fail the call (recent list unwritable) are reported. */
  warn?: (message: string, error: unknown) => void;
}

const EXTENSION = `.${WORKSPACE_EXTENSION}`;

/**
 * Every channel of the contract, as plain async functions. Arguments arrive
 * already validated against the contract's schemas (the shell and the browser
 * host do that); paths are still checked here against what the user chose,
 * because a compromised renderer can send any valid string.
 */
export function createHandlers(ctx: HostContext): HostHandlers {
  const recent = createRecentStore(ctx.dataDir);
  const settings = createSettingsStore(ctx.dataDir);
  const allowed = new Set<string>();
  const warn = ctx.warn ?? ((message, error) => console.warn(message, error));

  const allow = (filePath: string) => allowed.add(path.resolve(filePath));
  async function mayUse(resolved: string): Promise<boolean> {
    if (ctx.pathPolicy === 'any' || allowed.has(resolved)) return true;
    return recent.has(resolved);
  }
  async function remember(resolved: string, workspace: unknown): Promise<void> {
    allow(resolved);
    try {
      await recent.add(resolved, workspaceName(workspace, resolved));
    } catch (error) {
      // The file itself was opened or saved; a broken recent list must not undo that.
      warn('could not update the recent list', error);
    }
  }

  return {
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

    'workspace:choose-open': async () => {
      if (!ctx.dialogs) return null;
      const chosen = await ctx.dialogs.chooseOpenPath(ctx.defaultFolder);
      if (chosen === null) return null;
      const resolved = path.resolve(chosen);
      allow(resolved);
      return { path: resolved };
    },

    'workspace:choose-save': async ({ suggestedName }) => {
      if (!ctx.dialogs) return null;
      // Created only now, when the user is about to save: opening must leave no trace.
      await mkdir(ctx.defaultFolder, { recursive: true }).catch((error: unknown) =>
        warn('could not create the default workspace folder', error),
      );
      const chosen = await ctx.dialogs.chooseSavePath(
        withExtension(safeFileName(suggestedName)),
        ctx.defaultFolder,
      );
      if (chosen === null) return null;
      const resolved = withExtension(path.resolve(chosen));
      allow(resolved);
      return { path: resolved };
    },

    'workspace:open': async ({ path: requested }): Promise<OpenResult> => {
      const resolved = path.resolve(requested);
      if (!(await mayUse(resolved)))
        return { ok: false, path: resolved, error: { reason: 'not-allowed' } };
      const result = await readWorkspaceFile(resolved);
      if (result.ok) await remember(resolved, result.workspace);
      return result;
    },

    'workspace:save': async ({ path: requested, workspace, expected, overwrite }) => {
      const resolved = path.resolve(requested);
      // Whatever the policy, the app only ever writes workspace files: a typed
      // path can never replace someone's .docx or a system file.
      if (!hasExtension(resolved) || !(await mayUse(resolved)))
        return { ok: false, error: { reason: 'not-allowed' } } satisfies SaveResult;
      const result = await saveWorkspaceFile({ path: resolved, workspace, expected, overwrite });
      if (result.ok) await remember(resolved, workspace);
      return result;
    },

    'recent:list': () => recent.list(),
    'recent:remove': ({ path: requested }) => recent.remove(requested),
  };
}

function hasExtension(filePath: string): boolean {
  return filePath.toLowerCase().endsWith(EXTENSION);
}

function withExtension(filePath: string): string {
  return hasExtension(filePath) ? filePath : filePath + EXTENSION;
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
