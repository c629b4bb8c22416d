import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type HostHandlers } from '../../shared/ipc/contract';
import { chooseRendererLocation, RENDERER_INDEX_URL } from './renderer-location';

type Handler = (event: unknown, args: unknown) => Promise<unknown>;

const ipc = vi.hoisted(() => ({ handlers: new Map<string, Handler>() }));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => {
      if (ipc.handlers.has(channel)) throw new Error('Electron: second handler');
      ipc.handlers.set(channel, handler);
    },
  },
  // window.ts imports these; the sender check itself does not use them.
  BrowserWindow: class {},
  dialog: {},
}));

const { registerIpcHandlers } = await import('./ipc');
const { createSenderCheck, trustWebContents } = await import('./window');

const settingsSet = vi.fn(async (patch: { locale?: 'en' | 'zh-CN' | null }) => ({
  locale: patch.locale ?? null,
}));
const handlers = {
  ...Object.fromEntries(CHANNELS.map((channel) => [channel, vi.fn()])),
  'settings:set': settingsSet,
  'recent:list': vi.fn(() => Promise.reject(new Error('EACCES /home/someone/.config'))),
} as unknown as HostHandlers;

/* Events shaped like Electron's IpcMainInvokeEvent: sender (web contents) and senderFrame. */
function frame(url: string, processId: number, parent: unknown = null) {
  return { url, parent, processId, routingId: 1, detached: false };
}
const ownContents = { mainFrame: frame(RENDERER_INDEX_URL, 1) };
trustWebContents(ownContents as unknown as WebContents);
const trusted = { sender: ownContents, senderFrame: ownContents.mainFrame };
const otherContents = { mainFrame: frame('https://evil.example/', 2) };
const stranger = { sender: otherContents, senderFrame: otherContents.mainFrame };
const iframe = {
  sender: ownContents,
  senderFrame: { ...frame(RENDERER_INDEX_URL, 1, ownContents.mainFrame), routingId: 7 },
};
const goneFrame = { sender: ownContents, senderFrame: null };
registerIpcHandlers(
  handlers,
  createSenderCheck(chooseRendererLocation(undefined, true, '/opt/nss/out/renderer')),
);

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
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const event of [stranger, iframe, goneFrame]) {
      await expect(call('settings:set', event, { locale: 'en' })).rejects.toThrow('forbidden');
    }
    expect(settingsSet).not.toHaveBeenCalled();
    expect(log.mock.calls.map(([message]) => message)).toEqual([
      'IPC settings:set: refused a call from https://evil.example/',
      `IPC settings:set: refused a call from ${RENDERER_INDEX_URL}`,
      'IPC settings:set: refused a call from a gone frame',
    ]);
    log.mockRestore();
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
