import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isChannel, isMenuCommand, type MenuCommand } from '../shared/ipc/channels';
import type { ArgsOf, Channel, HostApi, ResultOf } from '../shared/ipc/contract';
import {
  isOpenFileRequest,
  MENU_COMMAND_EVENT,
  OPEN_FILE_REQUEST_EVENT,
} from '../shared/ipc/events';

/**
 * The whole bridge between the page and Electron: `window.api`, shaped exactly
 * like HostApi (checked by `satisfies`), and nothing else. ipcRenderer itself
 * is never exposed: the page can call only channels in the contract table, and
 * it sees only validated menu commands and open-file requests. Arguments are
 * validated again in main; this check just stops a typo or a forged channel at
 * the door.
 */

/**
 * Open-file requests that arrived before the page subscribed. The shell sends
 * the start-up file once the page has loaded, which can be before React has
 * mounted the subscriber; an ipcRenderer message nobody listens to is lost, so
 * this listener is attached as the preload runs (before any page script) and
 * keeps what came early for the first subscriber.
 */
const earlyOpenRequests: string[] = [];
const openListeners = new Set<(path: string) => void>();

ipcRenderer.on(OPEN_FILE_REQUEST_EVENT, (_event: IpcRendererEvent, payload: unknown) => {
  if (!isOpenFileRequest(payload)) return;
  if (openListeners.size === 0) {
    earlyOpenRequests.push(payload);
    return;
  }
  for (const listener of openListeners) listener(payload);
});

const api = {
  invoke<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
    if (!isChannel(channel)) {
      return Promise.reject(new Error(`Unknown channel: ${String(channel)}`));
    }
    return ipcRenderer.invoke(channel, args) as Promise<ResultOf<C>>;
  },

  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    const receive = (_event: IpcRendererEvent, payload: unknown) => {
      if (isMenuCommand(payload)) listener(payload);
    };
    ipcRenderer.on(MENU_COMMAND_EVENT, receive);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_EVENT, receive);
    };
  },

  onOpenFileRequest(listener: (path: string) => void): () => void {
    // Wrapped, so that subscribing the same function twice gives two subscriptions.
    const receive = (path: string) => listener(path);
    openListeners.add(receive);
    for (const path of earlyOpenRequests.splice(0)) receive(path);
    return () => {
      openListeners.delete(receive);
    };
  },
} satisfies HostApi;

contextBridge.exposeInMainWorld('api', api);
