import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostApi } from '../shared/ipc/contract';
import { MENU_COMMAND_EVENT } from './events';

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

await import('./index');
const api = bridge.exposed.get('api') as HostApi;

function push(payload: unknown): void {
  for (const listener of bridge.listeners.get(MENU_COMMAND_EVENT) ?? []) listener({}, payload);
}

beforeEach(() => bridge.invoke.mockClear());

describe('preload bridge', () => {
  it('exposes window.api and nothing else', () => {
    expect([...bridge.exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'onMenuCommand']);
  });

  it('forwards contract channels to ipcRenderer.invoke', async () => {
    await expect(api.invoke('settings:set', { locale: 'en' })).resolves.toBe('answer');
    expect(bridge.invoke).toHaveBeenCalledWith('settings:set', { locale: 'en' });
  });

  it('refuses a channel outside the contract before it reaches IPC', async () => {
    for (const channel of ['shell:exec', 'toString', '__proto__', 'menu:command']) {
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
});
