import type { Revision, SaveError } from '../../shared/ipc/contract';
import type { Workspace } from '../../shared/workspace/schema';
import type { Text } from '../ui/ui-store';
import type { StudioContext } from './context';
import { saveErrorText, unexpectedText } from './error-text';
import { withSaveExtension } from '../../shared/files/purposes';
import { fileNameOf, folderOf, joinPath, workspaceFileName } from './paths';

/**
 * Save and Save As. A failed save never loses anything: the document stays in
 * memory, still marked unsaved, and the user is told why in their language.
 */

/** Save to the current file; an untitled document goes to Save As. Resolves true when saved. */
export async function saveWorkspace(ctx: StudioContext): Promise<boolean> {
  const { path, revision, workspace } = ctx.documents.getState();
  if (!workspace) return false;
  if (path === null) return saveWorkspaceAs(ctx);
  return writeWithConsent(ctx, path, { expected: revision, overwrite: false, conflict: 'changed' });
}

export async function saveWorkspaceAs(ctx: StudioContext): Promise<boolean> {
  const { path: currentPath, revision, workspace } = ctx.documents.getState();
  if (!workspace) return false;
  const native = ctx.ui.getState().appInfo?.nativeDialogs ?? false;
  const chosen = await chooseSavePath(ctx, workspace, currentPath, native);
  if (!chosen) return false;
  const samePath = chosen === currentPath;
  return writeWithConsent(ctx, chosen, {
    expected: samePath ? revision : null,
    // The native Save dialog has already asked about replacing an existing file.
    overwrite: native && !samePath,
    conflict: samePath ? 'changed' : 'exists',
  });
}

interface WriteOptions {
  expected: Revision | null;
  overwrite: boolean;
  /** How to word a refusal: the open file changed, or Save As hit an existing file. */
  conflict: 'changed' | 'exists';
}

async function writeWithConsent(
  ctx: StudioContext,
  path: string,
  options: WriteOptions,
): Promise<boolean> {
  const outcome = await write(ctx, path, options);
  if (outcome === 'saved') return true;
  if (outcome === 'busy' || outcome === 'failed') return false;
  if (outcome.reason !== 'changed-on-disk' || options.overwrite) {
    showSaveFailure(ctx, saveErrorText(outcome, ctx.ui.getState().appInfo?.host));
    return false;
  }
  const choice = await askAboutConflict(ctx, path, options.conflict);
  if (choice === 'overwrite') return writeWithConsent(ctx, path, { ...options, overwrite: true });
  if (choice === 'save-as') return saveWorkspaceAs(ctx);
  return false;
}

async function write(
  ctx: StudioContext,
  path: string,
  { expected, overwrite }: WriteOptions,
): Promise<'saved' | 'busy' | 'failed' | SaveError> {
  const { ui, documents, host } = ctx;
  const sent = documents.getState().workspace;
  if (!sent || ui.getState().saving) return 'busy';
  ui.getState().setSaving(true);
  try {
    const written = stamped(sent, ctx.now());
    const result = await host.invoke('workspace:save', {
      path,
      workspace: written,
      expected,
      overwrite,
    });
    if (!result.ok) return result.error;
    documents.getState().markSaved({ path: result.path, revision: result.revision, sent, written });
    return 'saved';
  } catch (error) {
    showSaveFailure(ctx, unexpectedText(error));
    return 'failed';
  } finally {
    ui.getState().setSaving(false);
  }
}

/** The file records when it was last saved; the store stamps nothing while editing. */
function stamped(workspace: Workspace, now: Date): Workspace {
  return { ...workspace, meta: { ...workspace.meta, updatedAt: now.toISOString() } };
}

async function chooseSavePath(
  ctx: StudioContext,
  workspace: Workspace,
  currentPath: string | null,
  native: boolean,
): Promise<string | null> {
  const suggestedName = workspaceFileName(workspace.meta.name);
  if (native) {
    const chosen = await ctx.host.invoke('file:choose-save', {
      purpose: 'workspace',
      suggestedName,
    });
    return chosen?.path ?? null;
  }
  const folder = currentPath
    ? folderOf(currentPath)
    : (ctx.ui.getState().appInfo?.defaultFolder ?? '');
  const answer = await ctx.ui.getState().askPath({
    kind: 'path',
    purpose: 'workspace',
    mode: 'save-as',
    initialPath: currentPath ?? joinPath(folder, suggestedName),
    recent: [],
  });
  return answer ? withSaveExtension(answer, 'workspace') : null;
}

function askAboutConflict(
  ctx: StudioContext,
  path: string,
  conflict: WriteOptions['conflict'],
): Promise<'overwrite' | 'save-as' | 'cancel'> {
  const name = fileNameOf(path);
  return ctx.ui.getState().askChoice<'overwrite' | 'save-as' | 'cancel'>({
    kind: 'choice',
    tone: 'warning',
    title: { key: `ui:dialogs.conflict.${conflict}.title`, params: { name } },
    lines:
      conflict === 'changed'
        ? [{ key: 'errors:save.changed-on-disk' }, { key: 'ui:dialogs.conflict.changed.question' }]
        : [{ key: 'ui:dialogs.conflict.exists.question', params: { name } }],
    choices: [
      { id: 'save-as', label: { key: 'ui:dialogs.conflict.saveAs' }, primary: true },
      {
        id: 'overwrite',
        label: { key: `ui:dialogs.conflict.${conflict}.overwrite` },
        danger: true,
      },
      { id: 'cancel', label: { key: 'ui:dialogs.cancel' } },
    ],
    cancel: 'cancel',
  });
}

function showSaveFailure(ctx: StudioContext, reason: Text): void {
  void ctx.ui.getState().askChoice({
    kind: 'choice',
    tone: 'error',
    title: { key: 'errors:save.title' },
    lines: [reason, { key: 'ui:dialogs.saveFailed.keptInMemory' }],
    choices: [{ id: 'ok', label: { key: 'ui:dialogs.ok' }, primary: true }],
    cancel: 'ok',
  });
}
