import type { AppInfo, OpenError, OpenResult } from '../../shared/ipc/contract';
import { resolveLocale } from '../../shared/i18n';
import { northStarOf } from '../../shared/metrics/tree';
import { createWorkspace } from '../../shared/workspace/create';
import { CURRENT_VERSION } from '../../shared/workspace/format';
import { loadWorkspaceValue } from '../../shared/workspace/load';
import { wrapInEnvelope } from '../../shared/workspace/migrations';
import type { Locale, Workspace } from '../../shared/workspace/schema';
import { isDirty } from '../document/document-store';
import type { JournalReading, SetAsideEntry } from '../journal/journal';
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
    switchLocale(ctx, settings.locale ?? firstLocale(info, ctx.browserLanguages));

    // Unsaved edits from a run that ended without saving come before anything else.
    if (await offerRecovery(ctx)) {
      ui.getState().setAppState('ready');
      return;
    }
    const [last] = await host.invoke('recent:list', {});
    // Also when it no longer exists: the host then says "not found".
    if (last && (await openPath(ctx, last.path, { instead: FELL_BACK_TO_SAMPLE }))) {
      ui.getState().setAppState('ready');
      return;
    }
    if (!(await openSample(ctx))) loadBlank(ctx);
    ui.getState().setAppState('ready');
  } catch (error) {
    ui.getState().setAppState('failed', error instanceof Error ? error.message : String(error));
  }
}

/** Before the user has chosen a language: the browser's in the browser host, else the OS's. */
function firstLocale(info: AppInfo, browserLanguages: readonly string[] = []): Locale {
  const [preferred] = browserLanguages;
  return resolveLocale(info.host === 'browser' && preferred ? preferred : info.osLocale);
}

export interface OpenOptions {
  /** What is shown instead when the file cannot be opened; said after the reason. */
  instead?: Text;
  /** Unsaved changes to put on top of the file's content (crash recovery). */
  unsaved?: Workspace;
}

const FELL_BACK_TO_SAMPLE: Text = { key: 'ui:dialogs.openFailed.fellBack' };

/** Open a file by path; on failure explain why and keep the current document. */
export async function openPath(
  ctx: StudioContext,
  path: string,
  options: OpenOptions = {},
): Promise<boolean> {
  let result: OpenResult;
  try {
    result = await ctx.host.invoke('workspace:open', { path });
  } catch (error) {
    showOpenFailure(ctx, path, unexpectedText(error), options.instead);
    return false;
  }
  if (!result.ok) {
    const host = ctx.ui.getState().appInfo?.host;
    showOpenFailure(ctx, path, openErrorText(result.error, host), options.instead);
    return false;
  }
  return adopt(ctx, result, options);
}

/**
 * The journal holds unsaved edits: the last run ended without saving them (a
 * crash, a killed process, a power cut). Ask whether to bring them back.
 * Restore opens the file again through the host (path, current revision,
 * recent list as for any open) and puts the edits on top as unsaved changes,
 * so one Save writes them and one Undo shows the file as it is. A file that
 * cannot be opened any more is explained, and the edits come back untitled:
 * nothing is lost. Resolves true when a document was restored.
 *
 * Entries the journal set aside at this start (from a newer build, or
 * damaged) are not offered; each is said once, so that nobody believes their
 * unsaved work is gone, or was restored when it was not.
 */
export async function offerRecovery(ctx: StudioContext): Promise<boolean> {
  const { journal, ui } = ctx;
  if (!journal) return false;
  let reading: JournalReading;
  try {
    reading = await journal.read();
  } catch (error) {
    // No IndexedDB (private window, a broken profile): start as if there were nothing.
    console.warn('Crash-recovery journal unreadable; starting without it.', error);
    return false;
  }
  for (const aside of reading.setAside) tellSetAside(ctx, aside);
  const { entry } = reading;
  if (!entry) return false;

  const lng = ui.getState().locale;
  const when = recoveryTime(lng, entry.writtenAt);
  const file =
    entry.path === null ? t('ui:dialogs.recovery.untitled', { lng }) : fileNameOf(entry.path);
  ui.getState().setAppState('asking');
  const choice = await ui.getState().askChoice<'restore' | 'discard'>({
    kind: 'choice',
    tone: 'question',
    title: { key: 'ui:dialogs.recovery.title' },
    lines: [
      { key: 'ui:dialogs.recovery.body', params: { name: entry.name, file, when } },
      { key: 'ui:dialogs.recovery.question' },
    ],
    choices: [
      { id: 'restore', label: { key: 'ui:dialogs.recovery.restore' }, primary: true },
      { id: 'discard', label: { key: 'ui:dialogs.recovery.discard' }, danger: true },
    ],
    // Escape must not throw work away.
    cancel: 'restore',
  });

  ui.getState().setAppState('loading');
  if (choice === 'discard') {
    try {
      await journal.clear();
    } catch (error) {
      console.warn('Crash-recovery journal could not be cleared.', error);
    }
    return false;
  }
  if (
    entry.path !== null &&
    (await openPath(ctx, entry.path, {
      unsaved: entry.workspace,
      instead: { key: 'ui:dialogs.recovery.restoredUntitled' },
    }))
  ) {
    return true;
  }
  ctx.documents.getState().loadRecovered({
    workspace: entry.workspace,
    saved: null,
    path: null,
    revision: null,
    fromVersion: CURRENT_VERSION,
  });
  ui.getState().select(northStarOf(entry.workspace).id);
  return true;
}

/** When an entry was written, as the recovery texts say it. */
function recoveryTime(lng: Locale, writtenAt: string): string {
  const date = new Date(writtenAt);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Informational, like an open failure: nobody waits for the answer. */
function tellSetAside(ctx: StudioContext, aside: SetAsideEntry): void {
  const lng = ctx.ui.getState().locale;
  const name = aside.name || t('ui:dialogs.recovery.untitled', { lng });
  const when = recoveryTime(lng, aside.writtenAt);
  void ctx.ui.getState().askChoice({
    kind: 'choice',
    tone: aside.reason === 'damaged' ? 'error' : 'warning',
    title: { key: 'ui:dialogs.recovery.setAsideTitle' },
    lines: [
      aside.reason === 'too-new'
        ? { key: 'ui:dialogs.recovery.newer', params: { name, when, version: aside.version } }
        : { key: 'ui:dialogs.recovery.damaged', params: { name, when } },
    ],
    choices: [{ id: 'ok', label: { key: 'ui:dialogs.ok' }, primary: true }],
    cancel: 'ok',
  });
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
  if (info?.nativeDialogs)
    return (await host.invoke('file:choose-open', { purpose: 'workspace' }))?.path ?? null;
  const recent = await host.invoke('recent:list', {});
  const current = documents.getState().path;
  const folder = current ? folderOf(current) : (info?.defaultFolder ?? '');
  return ui.getState().askPath({
    kind: 'path',
    purpose: 'workspace',
    mode: 'open',
    initialPath: folder ? joinPath(folder, '') : '',
    recent,
  });
}

/** Validate what the host sent (again: the renderer trusts no boundary) and show it. */
function adopt(
  ctx: StudioContext,
  result: Extract<OpenResult, { ok: true }>,
  options: OpenOptions = {},
): boolean {
  const checked = loadWorkspaceValue(wrapInEnvelope(result.workspace));
  if (!checked.ok) {
    showOpenFailure(ctx, result.path, openErrorText(checked.error as OpenError), options.instead);
    return false;
  }
  show(ctx, checked.workspace, result.path, result, options.unsaved);
  return true;
}

function show(
  ctx: StudioContext,
  workspace: Workspace,
  path: string | null,
  file: Pick<Extract<OpenResult, { ok: true }>, 'revision' | 'fromVersion'>,
  unsaved?: Workspace,
): void {
  const document = { workspace, path, revision: file.revision, fromVersion: file.fromVersion };
  if (unsaved) {
    ctx.documents.getState().loadRecovered({ ...document, workspace: unsaved, saved: workspace });
  } else {
    ctx.documents.getState().load(document);
  }
  // Start on the North Star: Tab then adds the first department metric.
  ctx.ui.getState().select(northStarOf(unsaved ?? workspace).id);
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
  // Refused before anything was read: there is no file to reassure about.
  'errors:open.not-allowed-roots',
]);

function showOpenFailure(
  ctx: StudioContext,
  path: string | null,
  reason: Text,
  instead?: Text,
): void {
  const lines: Text[] = [reason];
  // Only a file we actually tried to read can be reassured about, and only
  // once: some messages already say it themselves.
  if (path !== null && !NO_UNTOUCHED_LINE.has(reason.key)) {
    lines.push({ key: 'errors:open.untouched' });
  }
  if (instead) lines.push(instead);
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
