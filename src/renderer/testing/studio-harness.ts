import type { StoreApi } from 'zustand/vanilla';
import type {
  ArgsOf,
  Channel,
  HostApi,
  MenuCommand,
  Revision,
  ResultOf,
} from '../../shared/ipc/contract';
import { addChildMetric } from '../../shared/metrics/tree';
import { createWorkspace } from '../../shared/workspace/create';
import type { Workspace } from '../../shared/workspace/schema';
import type { StudioContext } from '../commands/context';
import { createDocumentStore } from '../document/document-store';
import { createUiStore, type ChoiceDialog, type PathDialog } from '../ui/ui-store';

/**
 * A headless studio for unit tests: real stores, a scripted host, and helpers
 * that answer dialogs the way a user would click them. No DOM.
 */

type Handler<C extends Channel> = (args: ArgsOf<C>) => Promise<ResultOf<C>> | ResultOf<C>;
export type FakeHandlers = { [C in Channel]?: Handler<C> };

export interface FakeHost extends HostApi {
  calls: Array<{ channel: Channel; args: unknown }>;
  handlers: FakeHandlers;
  pushMenuCommand(command: MenuCommand): void;
  /** As the Electron shell does when the app is started with a file. */
  pushOpenFileRequest(path: string): void;
}

export function createFakeHost(handlers: FakeHandlers = {}): FakeHost {
  const listeners = new Set<(command: MenuCommand) => void>();
  const openListeners = new Set<(path: string) => void>();
  const host: FakeHost = {
    calls: [],
    handlers,
    async invoke<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
      host.calls.push({ channel, args });
      const handler = host.handlers[channel] as Handler<C> | undefined;
      if (!handler) throw new Error(`fake host: no handler for ${channel}`);
      return handler(args);
    },
    onMenuCommand(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    pushMenuCommand(command) {
      for (const listener of listeners) listener(command);
    },
    onOpenFileRequest(listener) {
      const receive = (path: string) => listener(path);
      openListeners.add(receive);
      return () => openListeners.delete(receive);
    },
    pushOpenFileRequest(path) {
      for (const listener of openListeners) listener(path);
    },
  };
  return host;
}

export function createHarness(handlers: FakeHandlers = {}): StudioContext & { host: FakeHost } {
  return {
    host: createFakeHost(handlers),
    documents: createDocumentStore(),
    ui: createUiStore(),
    now: () => new Date('2027-01-15T09:30:00.000Z'),
  };
}

export const REVISION: Revision = { mtimeMs: 1, size: 10, sha256: 'a'.repeat(64) };
export const NEXT_REVISION: Revision = { mtimeMs: 2, size: 12, sha256: 'b'.repeat(64) };

/** North Star → two department metrics → one individual metric under the first. */
export function sampleWorkspace(): Workspace {
  let workspace = createWorkspace({
    name: '测试工作区',
    locale: 'zh-CN',
    northStarName: '每活跃用户月均下单数',
    now: new Date('2027-01-01T00:00:00.000Z'),
  });
  const northStar = workspace.metrics[0]!;
  const add = (parentId: string, name: string, id: string) => {
    const result = addChildMetric(workspace, parentId, { name, id });
    if (!result.ok) throw new Error(result.error);
    workspace = result.workspace;
  };
  add(northStar.id, '新客首单数', 'm_sales');
  add(northStar.id, '下单转化率', 'm_product');
  add('m_sales', '华东大区新客首单数', 'm_sales_east');
  return workspace;
}

export function northStarId(workspace: Workspace): string {
  return workspace.metrics.find((m) => m.parentId === null)!.id;
}

/** The dialog showing now, or a failure that says which kind was expected. */
export function showingChoice(ctx: StudioContext): ChoiceDialog {
  const request = ctx.ui.getState().dialogs[0];
  if (!request || request.spec.kind !== 'choice') throw new Error('no choice dialog showing');
  return request.spec;
}

export function showingPath(ctx: StudioContext): PathDialog {
  const request = ctx.ui.getState().dialogs[0];
  if (!request || request.spec.kind !== 'path') throw new Error('no path dialog showing');
  return request.spec;
}

export function answer(ctx: StudioContext, value: string | null): void {
  const request = ctx.ui.getState().dialogs[0];
  if (!request) throw new Error('no dialog to answer');
  ctx.ui.getState().answer(request.id, value);
}

/**
 * Resolves once `ready` holds for the store's state — now, or at a later
 * change — and fails, saying what was awaited, after `timeoutMs`. Tests wait
 * on what the user would see (a dialog showing), never on a number of ticks,
 * which passes or fails with the number of awaits inside a command. Uses a
 * real timer for the bound: not for tests on fake timers.
 */
export function waitForState<S>(
  store: StoreApi<S>,
  ready: (state: S) => boolean,
  what: string,
  timeoutMs = 2_000,
): Promise<void> {
  if (ready(store.getState())) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`waited ${timeoutMs} ms for ${what}; it never came`));
    }, timeoutMs);
    const unsubscribe = store.subscribe((state) => {
      if (!ready(state)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve();
    });
  });
}

/** Until the dialog in front is of this kind (a command got as far as asking). */
export function waitForDialog(ctx: StudioContext, kind: 'choice' | 'path'): Promise<void> {
  return waitForState(
    ctx.ui,
    (state) => state.dialogs[0]?.spec.kind === kind,
    `a ${kind} dialog to show`,
  );
}
