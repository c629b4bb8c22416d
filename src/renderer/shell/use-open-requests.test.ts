import { describe, expect, it, vi } from 'vitest';
import type { AppInfo, OpenResult } from '../../shared/ipc/contract';
import { boot } from '../commands/workspace-commands';
import { isDirty } from '../document/document-store';
import type { JournalEntry } from '../journal/journal';
import { createMemoryJournal } from '../testing/memory-journal';
import {
  answer,
  createHarness,
  REVISION,
  sampleWorkspace,
  showingChoice,
  type FakeHandlers,
} from '../testing/studio-harness';
import { listenForOpenRequests } from './use-open-requests';

const REQUESTED = '/home/facilitator/下载/plan.northstar';

const electronInfo: AppInfo = {
  host: 'electron',
  version: '0.1.0',
  platform: 'linux',
  osLocale: 'zh-CN',
  nativeDialogs: true,
  defaultFolder: '/home/facilitator/工作区',
};

function fileNamed(name: string, path: string | null): OpenResult {
  const workspace = sampleWorkspace();
  return {
    ok: true,
    path,
    workspace: { ...workspace, meta: { ...workspace.meta, name } },
    revision: path ? REVISION : null,
    fromVersion: 1,
  };
}

function handlers(overrides: FakeHandlers = {}): FakeHandlers {
  return {
    'app:info': () => electronInfo,
    'settings:get': () => ({ locale: null }),
    'recent:list': () => [],
    'workspace:open-sample': () => fileNamed('示例', null),
    'workspace:open': ({ path }) => fileNamed('双击打开的计划', path),
    ...overrides,
  };
}

const opens = (ctx: ReturnType<typeof createHarness>) =>
  ctx.host.calls.filter((c) => c.channel === 'workspace:open').map((c) => c.args);

/** A studio that has started and shows the sample, with the listener attached. */
async function started(overrides: FakeHandlers = {}) {
  const ctx = createHarness(handlers(overrides));
  listenForOpenRequests(ctx);
  await boot(ctx);
  expect(ctx.ui.getState().appState).toBe('ready');
  return { ctx };
}

describe('open requests from the host (a double-clicked file, a second instance)', () => {
  it('opens the file in the running window', async () => {
    const { ctx } = await started();
    ctx.host.pushOpenFileRequest(REQUESTED);
    await vi.waitFor(() => expect(ctx.documents.getState().path).toBe(REQUESTED));
    expect(ctx.documents.getState().workspace?.meta.name).toBe('双击打开的计划');
    expect(opens(ctx)).toEqual([{ path: REQUESTED }]);
  });

  it('waits for start-up, so the requested file is the one on screen, not the sample', async () => {
    const ctx = createHarness(handlers());
    listenForOpenRequests(ctx);
    // The start-up file arrives before start-up has shown anything.
    ctx.host.pushOpenFileRequest(REQUESTED);
    await boot(ctx);
    await vi.waitFor(() => expect(ctx.documents.getState().path).toBe(REQUESTED));
    const channels = ctx.host.calls.map((c) => c.channel);
    expect(channels.indexOf('workspace:open-sample')).toBeLessThan(
      channels.indexOf('workspace:open'),
    );
  });

  it('lets the recovery question come first, then asks before dropping the restored edits', async () => {
    const file = sampleWorkspace();
    const entry: JournalEntry = {
      workspace: { ...file, meta: { ...file.meta, name: '改过的名字' } },
      path: null,
      revision: null,
      name: '改过的名字',
      writtenAt: '2027-01-15T09:29:00.000Z',
    };
    const ctx = createHarness(handlers());
    ctx.journal = createMemoryJournal(entry);
    listenForOpenRequests(ctx);
    const booting = boot(ctx);
    await vi.waitFor(() => expect(ctx.ui.getState().appState).toBe('asking'));
    ctx.host.pushOpenFileRequest(REQUESTED);
    expect(showingChoice(ctx).title).toEqual({ key: 'ui:dialogs.recovery.title' });
    answer(ctx, 'restore');
    await booting;

    // The restored edits are unsaved: the user is asked before they are replaced.
    await vi.waitFor(() =>
      expect(showingChoice(ctx).title).toEqual({ key: 'ui:dialogs.unsaved.title' }),
    );
    expect(ctx.documents.getState().workspace?.meta.name).toBe('改过的名字');
    answer(ctx, 'discard');
    await vi.waitFor(() => expect(ctx.documents.getState().path).toBe(REQUESTED));
  });

  it('keeps unsaved changes when the user cancels', async () => {
    const { ctx } = await started();
    const before = ctx.documents.getState().workspace!;
    ctx.documents.getState().loadRecovered({
      workspace: { ...before, meta: { ...before.meta, name: '未保存的名字' } },
      saved: before,
      path: null,
      revision: null,
      fromVersion: 1,
    });
    expect(isDirty(ctx.documents.getState())).toBe(true);

    ctx.host.pushOpenFileRequest(REQUESTED);
    await vi.waitFor(() =>
      expect(showingChoice(ctx).title).toEqual({ key: 'ui:dialogs.unsaved.title' }),
    );
    answer(ctx, 'cancel');
    // Requests are handled in order: once a second one is asked about, the first is settled.
    ctx.host.pushOpenFileRequest('/w/second.northstar');
    await vi.waitFor(() =>
      expect(showingChoice(ctx).title).toEqual({ key: 'ui:dialogs.unsaved.title' }),
    );
    expect(ctx.documents.getState().workspace?.meta.name).toBe('未保存的名字');
    expect(opens(ctx)).toEqual([]);
    answer(ctx, 'discard');
    await vi.waitFor(() => expect(ctx.documents.getState().path).toBe('/w/second.northstar'));
    expect(opens(ctx)).toEqual([{ path: '/w/second.northstar' }]);
  });

  it('handles two requests one after the other: one question about the unsaved edits', async () => {
    const { ctx } = await started();
    const before = ctx.documents.getState().workspace!;
    ctx.documents.getState().loadRecovered({
      workspace: { ...before, meta: { ...before.meta, name: '未保存的名字' } },
      saved: before,
      path: null,
      revision: null,
      fromVersion: 1,
    });
    ctx.host.pushOpenFileRequest('/w/first.northstar');
    ctx.host.pushOpenFileRequest('/w/second.northstar');
    await vi.waitFor(() =>
      expect(showingChoice(ctx).title).toEqual({ key: 'ui:dialogs.unsaved.title' }),
    );
    answer(ctx, 'discard');
    // The second finds the first open and unchanged: nothing more to ask.
    await vi.waitFor(() => expect(ctx.documents.getState().path).toBe('/w/second.northstar'));
    expect(opens(ctx)).toEqual([{ path: '/w/first.northstar' }, { path: '/w/second.northstar' }]);
    expect(ctx.ui.getState().dialogs).toEqual([]);
  });

  it('explains a file that cannot be opened and keeps the document on screen', async () => {
    const { ctx } = await started({
      'workspace:open': ({ path }) => ({ ok: false, path, error: { reason: 'not-found' } }),
    });
    ctx.host.pushOpenFileRequest(REQUESTED);
    await vi.waitFor(() =>
      expect(showingChoice(ctx).title).toEqual({
        key: 'errors:open.title',
        params: { name: 'plan.northstar' },
      }),
    );
    expect(ctx.documents.getState().path).toBeNull();
    expect(ctx.documents.getState().workspace?.meta.name).toBe('示例');
  });
});
