import { describe, expect, it, vi } from 'vitest';
import type { AppInfo, OpenResult } from '../../shared/ipc/contract';
import { isDirty } from '../document/document-store';
import {
  answer,
  createHarness,
  NEXT_REVISION,
  northStarId,
  REVISION,
  sampleWorkspace,
  showingChoice,
  showingPath,
  type FakeHandlers,
  waitForDialog,
} from '../testing/studio-harness';
import { createMemoryJournal } from '../testing/memory-journal';
import type { JournalEntry } from '../journal/journal';
import {
  boot,
  changeLocale,
  newWorkspace,
  openWorkspace,
  saveWorkspace,
  saveWorkspaceAs,
} from './workspace-commands';

const browserInfo: AppInfo = {
  host: 'browser',
  version: '0.1.0',
  platform: 'linux',
  osLocale: 'zh-CN',
  nativeDialogs: false,
  defaultFolder: '/home/facilitator/工作区',
};

const opened = (path: string | null): OpenResult => ({
  ok: true,
  path,
  workspace: sampleWorkspace(),
  revision: path ? REVISION : null,
  fromVersion: 1,
});

function bootHandlers(overrides: FakeHandlers = {}): FakeHandlers {
  return {
    'app:info': () => browserInfo,
    'settings:get': () => ({ locale: null }),
    'recent:list': () => [],
    'workspace:open-sample': () => opened(null),
    ...overrides,
  };
}

describe('boot', () => {
  it('opens the sample when there is no recent file, in the OS language', async () => {
    const ctx = createHarness(bootHandlers());
    await boot(ctx);
    expect(ctx.ui.getState().appState).toBe('ready');
    expect(ctx.ui.getState().locale).toBe('zh-CN');
    expect(ctx.host.calls.find((c) => c.channel === 'workspace:open-sample')?.args).toEqual({
      locale: 'zh-CN',
    });
    expect(ctx.documents.getState().path).toBeNull();
    expect(ctx.ui.getState().selectedId).toBe(northStarId(ctx.documents.getState().workspace!));
  });

  it('prefers the saved language setting over the OS language', async () => {
    const ctx = createHarness(bootHandlers({ 'settings:get': () => ({ locale: 'en' }) }));
    await boot(ctx);
    expect(ctx.ui.getState().locale).toBe('en');
  });

  it('in the browser host, speaks the browser’s language until one is chosen', async () => {
    // A Chinese browser on a machine whose LANG is English.
    const englishServer = { ...browserInfo, osLocale: 'en-US' };
    const chinese = createHarness(bootHandlers({ 'app:info': () => englishServer }));
    chinese.browserLanguages = ['zh-CN', 'en'];
    await boot(chinese);
    expect(chinese.ui.getState().locale).toBe('zh-CN');
    // Once chosen, the setting wins over the browser.
    const chosen = createHarness(
      bootHandlers({ 'app:info': () => englishServer, 'settings:get': () => ({ locale: 'en' }) }),
    );
    chosen.browserLanguages = ['zh-CN'];
    await boot(chosen);
    expect(chosen.ui.getState().locale).toBe('en');
    // Electron follows the OS, whose language it knows.
    const electron = createHarness(
      bootHandlers({ 'app:info': () => ({ ...englishServer, host: 'electron' }) }),
    );
    electron.browserLanguages = ['zh-CN'];
    await boot(electron);
    expect(electron.ui.getState().locale).toBe('en');
  });

  it('reopens the newest recent file', async () => {
    const ctx = createHarness(
      bootHandlers({
        'recent:list': () => [
          { path: '/w/plan.northstar', name: 'plan', openedAt: '2027-01-02', exists: true },
          { path: '/w/old.northstar', name: 'old', openedAt: '2027-01-01', exists: true },
        ],
        'workspace:open': ({ path }) => opened(path),
      }),
    );
    await boot(ctx);
    expect(ctx.documents.getState().path).toBe('/w/plan.northstar');
    expect(ctx.documents.getState().revision).toEqual(REVISION);
    expect(ctx.host.calls.some((c) => c.channel === 'workspace:open-sample')).toBe(false);
    expect(ctx.ui.getState().dialogs).toHaveLength(0);
  });

  it('says that the newest recent file is gone, and shows the sample rather than an older file', async () => {
    const ctx = createHarness(
      bootHandlers({
        'recent:list': () => [
          { path: '/w/gone.northstar', name: 'gone', openedAt: '2027-01-03', exists: false },
          { path: '/w/old.northstar', name: 'old', openedAt: '2027-01-01', exists: true },
        ],
        'workspace:open': ({ path }) =>
          path === '/w/gone.northstar'
            ? { ok: false, path, error: { reason: 'not-found' } }
            : opened(path),
      }),
    );
    await boot(ctx);
    expect(ctx.ui.getState().appState).toBe('ready');
    expect(ctx.documents.getState().path).toBeNull();
    expect(ctx.host.calls.some((c) => c.channel === 'workspace:open-sample')).toBe(true);
    const dialog = showingChoice(ctx);
    expect(dialog.title).toEqual({ key: 'errors:open.title', params: { name: 'gone.northstar' } });
    // No "the file was not modified" about a file that is not there.
    expect(dialog.lines.map((l) => l.key)).toEqual([
      'errors:open.not-found',
      'ui:dialogs.openFailed.fellBack',
    ]);
  });

  it('explains a recent file that cannot be opened and shows the sample instead', async () => {
    const ctx = createHarness(
      bootHandlers({
        'recent:list': () => [
          { path: '/w/cut.northstar', name: 'cut', openedAt: '2027-01-02', exists: true },
        ],
        'workspace:open': ({ path }) => ({ ok: false, path, error: { reason: 'truncated' } }),
      }),
    );
    await boot(ctx);
    expect(ctx.ui.getState().appState).toBe('ready');
    expect(ctx.documents.getState().path).toBeNull();
    const dialog = showingChoice(ctx);
    expect(dialog.tone).toBe('error');
    expect(dialog.title).toEqual({ key: 'errors:open.title', params: { name: 'cut.northstar' } });
    // The truncated message itself says the file was not changed: no second line saying so.
    expect(dialog.lines.map((l) => l.key)).toEqual([
      'errors:open.truncated',
      'ui:dialogs.openFailed.fellBack',
    ]);
  });

  it('adds that the file was not modified where the message does not say it', async () => {
    const ctx = createHarness(
      bootHandlers({
        'recent:list': () => [
          { path: '/w/x.northstar', name: 'x', openedAt: '2027-01-02', exists: true },
        ],
        'workspace:open': ({ path }) => ({
          ok: false,
          path,
          error: {
            reason: 'invalid',
            problems: ['metrics.0.target: expected number', 'meta.name'],
          },
        }),
      }),
    );
    await boot(ctx);
    expect(showingChoice(ctx).lines).toEqual([
      {
        key: 'errors:open.invalid',
        params: { problems: 'metrics.0.target: expected number; meta.name' },
      },
      { key: 'errors:open.untouched' },
      { key: 'ui:dialogs.openFailed.fellBack' },
    ]);
  });

  it('says so when the host cannot be reached', async () => {
    const ctx = createHarness({
      'app:info': () => Promise.reject(new Error('HTTP 403')),
      'settings:get': () => ({ locale: null }),
    });
    await boot(ctx);
    expect(ctx.ui.getState().appState).toBe('failed');
    expect(ctx.ui.getState().bootFailure).toContain('HTTP 403');
  });
});

async function booted(overrides: FakeHandlers = {}) {
  const ctx = createHarness(bootHandlers(overrides));
  await boot(ctx);
  return ctx;
}

describe('save', () => {
  it('sends an untitled document to Save As, prefilled in the default folder', async () => {
    const ctx = await booted({
      'workspace:save': ({ path }) => ({ ok: true, path, revision: NEXT_REVISION }),
    });
    ctx.documents.getState().updateMetric('m_sales', { target: 42 });
    const saving = saveWorkspace(ctx);
    await waitForDialog(ctx, 'path');
    expect(showingPath(ctx)).toMatchObject({
      purpose: 'workspace',
      mode: 'save-as',
      initialPath: '/home/facilitator/工作区/测试工作区.northstar',
    });
    answer(ctx, '/w/plan-2027');
    expect(await saving).toBe(true);
    const save = ctx.host.calls.find((c) => c.channel === 'workspace:save')?.args;
    expect(save).toMatchObject({
      path: '/w/plan-2027.northstar',
      expected: null,
      overwrite: false,
    });
    expect(ctx.documents.getState().path).toBe('/w/plan-2027.northstar');
    expect(isDirty(ctx.documents.getState())).toBe(false);
    // Stamped at save time, in the file and in memory alike.
    expect(ctx.documents.getState().workspace?.meta.updatedAt).toBe('2027-01-15T09:30:00.000Z');
  });

  it('saves a titled document in place with the revision it was opened at', async () => {
    const ctx = await booted({
      'recent:list': () => [{ path: '/w/p.northstar', name: 'p', openedAt: 'x', exists: true }],
      'workspace:open': ({ path }) => opened(path),
      'workspace:save': ({ path }) => ({ ok: true, path, revision: NEXT_REVISION }),
    });
    ctx.documents.getState().updateMetric('m_sales', { target: 42 });
    expect(await saveWorkspace(ctx)).toBe(true);
    expect(ctx.host.calls.find((c) => c.channel === 'workspace:save')?.args).toMatchObject({
      path: '/w/p.northstar',
      expected: REVISION,
      overwrite: false,
    });
    expect(ctx.documents.getState().revision).toEqual(NEXT_REVISION);
  });

  it('asks before overwriting a file changed on disk, and overwrites when told to', async () => {
    const ctx = await booted({
      'recent:list': () => [{ path: '/w/p.northstar', name: 'p', openedAt: 'x', exists: true }],
      'workspace:open': ({ path }) => opened(path),
      'workspace:save': ({ path, overwrite }) =>
        overwrite
          ? { ok: true, path, revision: NEXT_REVISION }
          : { ok: false, error: { reason: 'changed-on-disk' } },
    });
    ctx.documents.getState().updateMetric('m_sales', { target: 42 });
    const saving = saveWorkspace(ctx);
    await waitForDialog(ctx, 'choice');
    const dialog = showingChoice(ctx);
    expect(dialog.lines[0]).toEqual({ key: 'errors:save.changed-on-disk' });
    expect(dialog.choices.map((c) => c.id)).toEqual(['save-as', 'overwrite', 'cancel']);
    answer(ctx, 'overwrite');
    expect(await saving).toBe(true);
    expect(isDirty(ctx.documents.getState())).toBe(false);
  });

  it('keeps everything when a save fails, and says why', async () => {
    const ctx = await booted({
      'workspace:save': () => ({ ok: false, error: { reason: 'disk-full' } }),
    });
    ctx.documents.getState().updateMetric('m_sales', { target: 42 });
    const saving = saveWorkspaceAs(ctx);
    await waitForDialog(ctx, 'path');
    answer(ctx, '/w/full.northstar');
    expect(await saving).toBe(false);
    expect(isDirty(ctx.documents.getState())).toBe(true);
    expect(ctx.documents.getState().path).toBeNull();
    expect(showingChoice(ctx).lines.map((l) => l.key)).toEqual([
      'errors:save.disk-full',
      'ui:dialogs.saveFailed.keptInMemory',
    ]);
  });

  it('uses the native dialogs where the host has them', async () => {
    const ctx = await booted({
      'app:info': () => ({ ...browserInfo, host: 'electron', nativeDialogs: true }),
      'file:choose-save': () => ({ path: '/w/native.northstar' }),
      'workspace:save': ({ path }) => ({ ok: true, path, revision: NEXT_REVISION }),
    });
    expect(await saveWorkspaceAs(ctx)).toBe(true);
    expect(ctx.host.calls.find((c) => c.channel === 'file:choose-save')?.args).toEqual({
      purpose: 'workspace',
      suggestedName: '测试工作区.northstar',
    });
    // The OS dialog already asked about replacing a file.
    expect(ctx.host.calls.find((c) => c.channel === 'workspace:save')?.args).toMatchObject({
      overwrite: true,
    });
  });
});

describe('open and new', () => {
  it('asks about unsaved changes first; Cancel keeps the document', async () => {
    const ctx = await booted();
    ctx.documents.getState().updateMetric('m_sales', { target: 42 });
    const before = ctx.documents.getState().workspace;
    const opening = openWorkspace(ctx);
    await waitForDialog(ctx, 'choice');
    expect(showingChoice(ctx).title.key).toBe('ui:dialogs.unsaved.title');
    answer(ctx, 'cancel');
    await opening;
    expect(ctx.documents.getState().workspace).toBe(before);
    expect(ctx.ui.getState().dialogs).toHaveLength(0);
  });

  it('opens a path typed into the Open dialog, offering recent files', async () => {
    const recent = [{ path: '/w/a.northstar', name: 'a', openedAt: 'x', exists: true }];
    const ctx = await booted({
      'recent:list': () => recent,
      'workspace:open': ({ path }) => opened(path),
    });
    ctx.documents.getState().load({
      workspace: sampleWorkspace(),
      path: null,
      revision: null,
      fromVersion: 1,
    });
    const opening = openWorkspace(ctx);
    await waitForDialog(ctx, 'path');
    expect(showingPath(ctx).recent).toEqual(recent);
    answer(ctx, '/w/b.northstar');
    await opening;
    expect(ctx.documents.getState().path).toBe('/w/b.northstar');
  });

  it('keeps the current document when the chosen file is refused', async () => {
    const ctx = await booted({
      'workspace:open': ({ path }) => ({
        ok: false,
        path,
        error: { reason: 'too-new', version: 99 },
      }),
    });
    const before = ctx.documents.getState().workspace;
    const opening = openWorkspace(ctx);
    await waitForDialog(ctx, 'path');
    answer(ctx, '/w/future.northstar');
    await opening;
    expect(ctx.documents.getState().workspace).toBe(before);
    expect(showingChoice(ctx).lines[0]).toEqual({
      key: 'errors:open.too-new',
      params: { version: 99 },
    });
  });

  it('New gives an untitled workspace with the North Star selected for naming', async () => {
    const ctx = await booted();
    await newWorkspace(ctx);
    const { workspace, path } = ctx.documents.getState();
    expect(path).toBeNull();
    expect(workspace?.metrics).toHaveLength(1);
    expect(ctx.ui.getState().selectedId).toBe(workspace?.metrics[0]?.id);
    expect(ctx.ui.getState().focusRequest?.target).toBe('metric-name');
  });
});

describe('changeLocale', () => {
  it('switches at once and remembers the choice', async () => {
    const ctx = await booted({ 'settings:set': ({ locale }) => ({ locale: locale ?? null }) });
    await changeLocale(ctx, 'en');
    expect(ctx.ui.getState().locale).toBe('en');
    expect(ctx.host.calls.find((c) => c.channel === 'settings:set')?.args).toEqual({
      locale: 'en',
    });
  });
});

describe('boot with unsaved edits in the crash-recovery journal', () => {
  const PATH = '/w/plan.northstar';

  /** The file as it is on disk, and the journal's edits made on top of it. */
  function recovered(path: string | null) {
    const file = sampleWorkspace();
    const edited = { ...file, meta: { ...file.meta, name: '改过的名字' } };
    const entry: JournalEntry = {
      workspace: edited,
      path,
      revision: path ? REVISION : null,
      name: '改过的名字',
      writtenAt: '2027-01-15T09:29:00.000Z',
    };
    return { file, edited, entry };
  }

  it('asks first, naming the workspace, the file and when, before opening anything', async () => {
    const { file, entry } = recovered(PATH);
    const ctx = createHarness(
      bootHandlers({ 'workspace:open': ({ path }) => ({ ...opened(path), workspace: file }) }),
    );
    ctx.journal = createMemoryJournal(entry);
    const booting = boot(ctx);
    await waitForDialog(ctx, 'choice');
    expect(ctx.ui.getState().appState).toBe('asking');
    const dialog = showingChoice(ctx);
    expect(dialog.title).toEqual({ key: 'ui:dialogs.recovery.title' });
    expect(dialog.lines[0]?.params).toMatchObject({ name: '改过的名字', file: 'plan.northstar' });
    expect(String(dialog.lines[0]?.params?.when)).toMatch(/2027/);
    expect(dialog.choices.map((c) => c.id)).toEqual(['restore', 'discard']);
    expect(ctx.host.calls.map((c) => c.channel)).not.toContain('recent:list');
    answer(ctx, 'restore');
    await booting;
  });

  it('Restore opens the file through the host and puts the edits on top, unsaved', async () => {
    const { file, edited, entry } = recovered(PATH);
    const ctx = createHarness(
      bootHandlers({
        // The file changed since the edits began: the revision held is the one it has now.
        'workspace:open': ({ path }) => ({
          ...opened(path),
          workspace: file,
          revision: NEXT_REVISION,
        }),
      }),
    );
    const journal = createMemoryJournal(entry);
    ctx.journal = journal;
    const booting = boot(ctx);
    await waitForDialog(ctx, 'choice');
    answer(ctx, 'restore');
    await booting;

    const state = ctx.documents.getState();
    expect(ctx.ui.getState().appState).toBe('ready');
    expect(ctx.host.calls.find((c) => c.channel === 'workspace:open')?.args).toEqual({
      path: PATH,
    });
    expect(state.path).toBe(PATH);
    expect(state.revision).toEqual(NEXT_REVISION);
    expect(state.workspace?.meta.name).toBe(edited.meta.name);
    expect(isDirty(state)).toBe(true);
    // One undo shows the file as it is on disk, and that is clean.
    expect(ctx.documents.getState().undo()).toBe(true);
    expect(ctx.documents.getState().workspace?.meta.name).toBe(file.meta.name);
    expect(isDirty(ctx.documents.getState())).toBe(false);
    // The entry stays until the writer replaces or clears it: a second crash loses nothing.
    expect(journal.entry).not.toBeNull();
  });

  it('Restore of a file that cannot be opened explains why and restores untitled', async () => {
    const { entry } = recovered(PATH);
    const ctx = createHarness(
      bootHandlers({
        'workspace:open': ({ path }) => ({ ok: false, path, error: { reason: 'not-found' } }),
      }),
    );
    ctx.journal = createMemoryJournal(entry);
    const booting = boot(ctx);
    await waitForDialog(ctx, 'choice');
    answer(ctx, 'restore');
    await booting;

    const state = ctx.documents.getState();
    expect(ctx.ui.getState().appState).toBe('ready');
    expect(state.path).toBeNull();
    expect(state.workspace?.meta.name).toBe('改过的名字');
    expect(isDirty(state)).toBe(true);
    const dialog = showingChoice(ctx);
    expect(dialog.title).toEqual({ key: 'errors:open.title', params: { name: 'plan.northstar' } });
    expect(dialog.lines.map((l) => l.key)).toEqual([
      'errors:open.not-found',
      'ui:dialogs.recovery.restoredUntitled',
    ]);
    expect(ctx.host.calls.some((c) => c.channel === 'workspace:open-sample')).toBe(false);
  });

  it('Restore of an untitled document shows it untitled and unsaved', async () => {
    const { entry } = recovered(null);
    const ctx = createHarness(bootHandlers());
    ctx.journal = createMemoryJournal(entry);
    const booting = boot(ctx);
    await waitForDialog(ctx, 'choice');
    expect(showingChoice(ctx).lines[0]?.params).toMatchObject({ file: '尚未保存为文件' });
    answer(ctx, 'restore');
    await booting;
    const state = ctx.documents.getState();
    expect(state.path).toBeNull();
    expect(state.workspace?.meta.name).toBe('改过的名字');
    expect(isDirty(state)).toBe(true);
    expect(ctx.ui.getState().selectedId).toBe(northStarId(state.workspace!));
    expect(ctx.host.calls.map((c) => c.channel)).not.toContain('workspace:open-sample');
  });

  it('Discard clears the journal and starts as usual', async () => {
    const { entry } = recovered(PATH);
    const ctx = createHarness(bootHandlers());
    const journal = createMemoryJournal(entry);
    ctx.journal = journal;
    const booting = boot(ctx);
    await waitForDialog(ctx, 'choice');
    answer(ctx, 'discard');
    await booting;
    expect(journal.entry).toBeNull();
    expect(ctx.ui.getState().appState).toBe('ready');
    expect(ctx.documents.getState().path).toBeNull();
    expect(isDirty(ctx.documents.getState())).toBe(false);
    expect(ctx.host.calls.some((c) => c.channel === 'workspace:open-sample')).toBe(true);
  });

  it('says once that edits from a newer version were kept, not offered, and starts as usual', async () => {
    const ctx = createHarness(bootHandlers());
    ctx.journal = createMemoryJournal(null, [
      { reason: 'too-new', version: 2, name: '新版的计划', writtenAt: '2027-01-15T09:29:00.000Z' },
    ]);
    await boot(ctx);
    expect(ctx.ui.getState().appState).toBe('ready');
    expect(ctx.host.calls.some((c) => c.channel === 'workspace:open-sample')).toBe(true);
    const dialog = showingChoice(ctx);
    expect(dialog.title).toEqual({ key: 'ui:dialogs.recovery.setAsideTitle' });
    expect(dialog.lines[0]).toMatchObject({
      key: 'ui:dialogs.recovery.newer',
      params: { name: '新版的计划', version: 2 },
    });
    expect(dialog.choices.map((c) => c.id)).toEqual(['ok']);
  });

  it('an unreadable journal (no IndexedDB) does not stop the start', async () => {
    const ctx = createHarness(bootHandlers());
    const journal = createMemoryJournal(recovered(PATH).entry);
    journal.failing = true;
    ctx.journal = journal;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await boot(ctx);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
    expect(ctx.ui.getState().appState).toBe('ready');
    expect(ctx.ui.getState().dialogs).toHaveLength(0);
  });
});
