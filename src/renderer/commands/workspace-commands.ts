import type { OpenError, OpenResult } from '../../shared/ipc/contract';
import { resolveLocale } from '../../shared/i18n';
import { northStarOf } from '../../shared/metrics/tree';
import { createWorkspace } from '../../shared/workspace/create';
import { CURRENT_VERSION } from '../../shared/workspace/format';
import { loadWorkspaceValue } from '../../shared/workspace/load';
import { wrapInEnvelope } from '../../shared/workspace/migrations';
import type { Locale, Workspace } from '../../shared/workspace/schema';
import { isDirty } from '../document/document-store';
import { applyLocale, t } from '../i18n/i18n';
import type { Text } from '../ui/ui-store';
import type { StudioContext } from './context';
import { openErrorText, unexpectedText } from './error-text';
import { fileNameOf, folderOf, joinPath } from './paths';
import { saveWorkspaceAs, saveWorkspace } from './save-commands';

/**
 * Start-up: ask the host who it is and which language to speak, then show a
 * document — the file worked on last, else the sample. When that file cannot
 * be opened (gone, damaged) the reason is explained and the sample shown
 * anyway: the facilitator is never left in front of an empty window, and never
 * handed another document without a word, which would look like lost work.
 */
export async function boot(ctx: StudioContext): Promise<void> {
  const { host, ui } = ctx;
  try {
    const [info, settings] = await Promise.all([
      host.invoke('app:info', {}),
      host.invoke('settings:get', {}),
    ]);
    ui.getState().setAppInfo(info);
    switchLocale(ctx, settings.locale ?? resolveLocale(info.osLocale));

    const [last] = await host.invoke('recent:list', {});
    // Also when it no longer exists: the host then says "not found".
    if (last && (await openPath(ctx, last.path, { fellBack: true }))) {
      ui.getState().setAppState('ready');
      return;
    }
    if (!(await openSample(ctx))) loadBlank(ctx);
    ui.getState().setAppState('ready');
  } catch (error) {
    ui.getState().setAppState('failed', error instanceof Error ? error.message : String(error));
  }
}

/** Open a file by path; on failure explain why and keep the current document. */
export async function openPath(
  ctx: StudioContext,
  path: string,
  options: { fellBack?: boolean } = {},
): Promise<boolean> {
  let result: OpenResult;
  try {
    result = await ctx.host.invoke('workspace:open', { path });
  } catch (error) {
    showOpenFailure(ctx, path, unexpectedText(error), options.fellBack);
    return false;
  }
  if (!result.ok) {
    showOpenFailure(ctx, path, openErrorText(result.error), options.fellBack);
    return false;
  }
  return adopt(ctx, result, options.fellBack);
}

export async function openSample(ctx: StudioContext): Promise<boolean> {
  try {
    const result = await ctx.host.invoke('workspace:open-sample', {
      locale: ctx.ui.getState().locale,
    });
    if (result.ok) return adopt(ctx, result);
    showOpenFailure(ctx, null, openErrorText(result.error));
  } catch (error) {
    showOpenFailure(ctx, null, unexpectedText(error));
  }
  return false;
}

/** New: an empty workspace with a North Star waiting for its name. */
export async function newWorkspace(ctx: StudioContext): Promise<void> {
  if (!(await confirmDiscard(ctx))) return;
  loadBlank(ctx);
  // The first thing to do in a new workspace is to name the North Star.
  ctx.ui.getState().requestFocus('metric-name');
}

export async function openWorkspace(ctx: StudioContext): Promise<void> {
  if (!(await confirmDiscard(ctx))) return;
  const path = await chooseOpenPath(ctx);
  if (path) await openPath(ctx, path);
}

/** Switch the whole UI live and remember the choice for the next start. */
export async function changeLocale(ctx: StudioContext, locale: Locale): Promise<void> {
  switchLocale(ctx, locale);
  try {
    await ctx.host.invoke('settings:set', { locale });
  } catch (error) {
    ctx.ui.getState().toast(unexpectedText(error), 'error');
  }
}

/**
 * Before the document is replaced: nothing unsaved may vanish without the
 * user saying so. Resolves true when it is fine to go on.
 */
export async function confirmDiscard(ctx: StudioContext): Promise<boolean> {
  const document = ctx.documents.getState();
  if (!isDirty(document) || !document.workspace) return true;
  const choice = await ctx.ui.getState().askChoice({
    kind: 'choice',
    tone: 'question',
    title: { key: 'ui:dialogs.unsaved.title' },
    lines: [{ key: 'ui:dialogs.unsaved.body', params: { name: document.workspace.meta.name } }],
    choices: [
      { id: 'save', label: { key: 'ui:dialogs.unsaved.save' }, primary: true },
      { id: 'discard', label: { key: 'ui:dialogs.unsaved.discard' }, danger: true },
      { id: 'cancel', label: { key: 'ui:dialogs.cancel' } },
    ],
    cancel: 'cancel',
  });
  if (choice === 'save') return saveWorkspace(ctx);
  return choice === 'discard';
}

export { saveWorkspace, saveWorkspaceAs };

function switchLocale(ctx: StudioContext, locale: Locale): void {
  ctx.ui.getState().setLocale(locale);
  applyLocale(locale);
}

async function chooseOpenPath(ctx: StudioContext): Promise<string | null> {
  const { host, ui, documents } = ctx;
  const info = ui.getState().appInfo;
  if (info?.nativeDialogs) return (await host.invoke('workspace:choose-open', {}))?.path ?? null;
  const recent = await host.invoke('recent:list', {});
  const current = documents.getState().path;
  const folder = current ? folderOf(current) : (info?.defaultFolder ?? '');
  return ui.getState().askPath({
    kind: 'path',
    mode: 'open',
    initialPath: folder ? joinPath(folder, '') : '',
    recent,
  });
}

/** Validate what the host sent (again: the renderer trusts no boundary) and show it. */
function adopt(
  ctx: StudioContext,
  result: Extract<OpenResult, { ok: true }>,
  fellBack?: boolean,
): boolean {
  const checked = loadWorkspaceValue(wrapInEnvelope(result.workspace));
  if (!checked.ok) {
    showOpenFailure(ctx, result.path, openErrorText(checked.error as OpenError), fellBack);
    return false;
  }
  show(ctx, checked.workspace, result.path, result);
  return true;
}

function show(
  ctx: StudioContext,
  workspace: Workspace,
  path: string | null,
  file: Pick<Extract<OpenResult, { ok: true }>, 'revision' | 'fromVersion'>,
): void {
  ctx.documents.getState().load({
    workspace,
    path,
    revision: file.revision,
    fromVersion: file.fromVersion,
  });
  // Start on the North Star: Tab then adds the first department metric.
  ctx.ui.getState().select(northStarOf(workspace).id);
}

function loadBlank(ctx: StudioContext): void {
  const lng = ctx.ui.getState().locale;
  const workspace = createWorkspace({
    name: t('ui:newWorkspace.name', { lng }),
    northStarName: t('ui:newWorkspace.northStar', { lng }),
    locale: lng,
    now: ctx.now(),
  });
  show(ctx, workspace, null, { revision: null, fromVersion: CURRENT_VERSION });
}

/**
 * Open errors after which "the file itself was not modified" is not added:
 * their own text already says so, or there is no file to speak of.
 */
const NO_UNTOUCHED_LINE = new Set([
  'errors:open.truncated',
  'errors:open.too-new',
  'errors:open.not-found',
]);

function showOpenFailure(
  ctx: StudioContext,
  path: string | null,
  reason: Text,
  fellBack?: boolean,
): void {
  const lines: Text[] = [reason];
  // Only a file we actually tried to read can be reassured about, and only
  // once: some messages already say it themselves.
  if (path !== null && !NO_UNTOUCHED_LINE.has(reason.key)) {
    lines.push({ key: 'errors:open.untouched' });
  }
  if (fellBack) lines.push({ key: 'ui:dialogs.openFailed.fellBack' });
  // Informational: nobody waits for the answer, the app carries on behind it.
  void ctx.ui.getState().askChoice({
    kind: 'choice',
    tone: 'error',
    title:
      path === null
        ? { key: 'ui:dialogs.openFailed.sampleTitle' }
        : { key: 'errors:open.title', params: { name: fileNameOf(path) } },
    lines,
    choices: [{ id: 'ok', label: { key: 'ui:dialogs.ok' }, primary: true }],
    cancel: 'ok',
  });
}
