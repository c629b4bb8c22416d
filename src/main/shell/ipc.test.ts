import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type HostHandlers } from '../../shared/ipc/contract';

type Handler = (event: unknown, args: unknown) => Promise<unknown>;

const ipc = vi.hoisted(() => ({ handlers: new Map<string, Handler>() }));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => {
      if (ipc.handlers.has(channel)) throw new Error('Electron: second handler');
      ipc.handlers.set(channel, handler);
    },
  },
}));

const { registerIpcHandlers } = await import('./ipc');

const settingsSet = vi.fn(async (patch: { locale?: 'en' | 'zh-CN' | null }) => ({
  locale: patch.locale ?? null,
}));
const handlers = {
  ...Object.fromEntries(CHANNELS.map((channel) => [channel, vi.fn()])),
  'settings:set': settingsSet,
  'recent:list': vi.fn(() => Promise.reject(new Error('EACCES /home/someone/.config'))),
} as unknown as HostHandlers;

const trusted = { senderFrame: { url: 'file:///app/index.html' } };
const stranger = { senderFrame: { url: 'https://evil.example/' } };
registerIpcHandlers(handlers, (event) => event === (trusted as unknown));

function call(channel: string, event: unknown, args: unknown) {
  const handler = ipc.handlers.get(channel);
  if (!handler) throw new Error(`not registered: ${channel}`);
  return handler(event, args);
}

describe('IPC registration', () => {
  it('registers every contract channel, and only those', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('refuses to register the table twice', () => {
    expect(() => registerIpcHandlers(handlers, () => true)).toThrow(/registered twice/);
  });

  it('calls the handler with validated arguments from a trusted sender', async () => {
    await expect(call('settings:set', trusted, { locale: 'en' })).resolves.toEqual({
      locale: 'en',
    });
    expect(settingsSet).toHaveBeenCalledWith({ locale: 'en' });
  });

  it('refuses an untrusted sender before looking at the arguments', async () => {
    settingsSet.mockClear();
    await expect(call('settings:set', stranger, { locale: 'en' })).rejects.toThrow('forbidden');
    expect(settingsSet).not.toHaveBeenCalled();
  });

  it('refuses arguments outside the schema with a clear message', async () => {
    settingsSet.mockClear();
    await expect(call('settings:set', trusted, { locale: 'fr' })).rejects.toThrow(
      /^bad-args: locale/,
    );
    expect(settingsSet).not.toHaveBeenCalled();
  });

  it('keeps a handler failure in the main process log', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(call('recent:list', trusted, {})).rejects.toThrow(/^internal$/);
    expect(log).toHaveBeenCalledWith('IPC recent:list failed', expect.any(Error));
    log.mockRestore();
  });
});
