import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostApi } from '../shared/ipc/contract';
import {
  MAX_OPEN_FILE_PATH_LENGTH,
  MENU_COMMAND_EVENT,
  OPEN_FILE_REQUEST_EVENT,
} from '../shared/ipc/events';

type Listener = (event: unknown, payload: unknown) => void;

// A stand-in for the two Electron objects a sandboxed preload can use.
const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Map<string, Set<(event: unknown, payload: unknown) => void>>(),
  invoke: vi.fn((..._args: unknown[]) => Promise.resolve('answer')),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, value: unknown) => bridge.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: bridge.invoke,
    on: (channel: string, listener: Listener) => {
      const set = bridge.listeners.get(channel) ?? new Set();
      set.add(listener);
      bridge.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: Listener) =>
      bridge.listeners.get(channel)?.delete(listener),
  },
}));

// The shell may push the start-up file before the page subscribes: these are
// sent as soon as the preload has run, as main does after did-finish-load.
await import('./index');
const api = bridge.exposed.get('api') as HostApi;

function pushTo(event: string, payload: unknown): void {
  for (const listener of bridge.listeners.get(event) ?? []) listener({}, payload);
}
const push = (payload: unknown) => pushTo(MENU_COMMAND_EVENT, payload);
const pushOpen = (payload: unknown) => pushTo(OPEN_FILE_REQUEST_EVENT, payload);
pushOpen('/w/start.northstar');
pushOpen('');

beforeEach(() => bridge.invoke.mockClear());

describe('preload bridge', () => {
  it('exposes window.api and nothing else', () => {
    expect([...bridge.exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'onMenuCommand', 'onOpenFileRequest']);
  });

  it('forwards contract channels to ipcRenderer.invoke', async () => {
    await expect(api.invoke('settings:set', { locale: 'en' })).resolves.toBe('answer');
    expect(bridge.invoke).toHaveBeenCalledWith('settings:set', { locale: 'en' });
  });

  it('refuses a channel outside the contract before it reaches IPC', async () => {
    for (const channel of [
      'shell:exec',
      'toString',
      '__proto__',
      MENU_COMMAND_EVENT,
      OPEN_FILE_REQUEST_EVENT,
    ]) {
      await expect(api.invoke(channel as 'app:info', {})).rejects.toThrow(/Unknown channel/);
    }
    expect(bridge.invoke).not.toHaveBeenCalled();
  });

  it('passes on valid menu commands only, until unsubscribed', () => {
    const received: string[] = [];
    const unsubscribe = api.onMenuCommand((command) => received.push(command));
    push('save');
    push('format-disk');
    push({ command: 'save' });
    push('undo');
    unsubscribe();
    push('redo');
    expect(received).toEqual(['save', 'undo']);
  });

  it('keeps an open request that came before anyone listened, for the first subscriber', () => {
    const first: string[] = [];
    const unsubscribe = api.onOpenFileRequest((path) => first.push(path));
    // The empty payload pushed with it was dropped, not kept.
    expect(first).toEqual(['/w/start.northstar']);
    const second: string[] = [];
    api.onOpenFileRequest((path) => second.push(path))();
    expect(second).toEqual([]);
    unsubscribe();
  });

  it('passes on open requests that are plausible paths only, until unsubscribed', () => {
    const received: string[] = [];
    const unsubscribe = api.onOpenFileRequest((path) => received.push(path));
    pushOpen('/w/plan.northstar');
    pushOpen({ path: '/w/plan.northstar' });
    pushOpen(42);
    pushOpen('');
    pushOpen('/w/a\0b.northstar');
    pushOpen(`/${'x'.repeat(MAX_OPEN_FILE_PATH_LENGTH)}`);
    pushOpen('C:\\Users\\me\\计划.northstar');
    unsubscribe();
    pushOpen('/w/late.northstar');
    expect(received).toEqual(['/w/plan.northstar', 'C:\\Users\\me\\计划.northstar']);
  });
});
