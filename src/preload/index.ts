import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isChannel, isMenuCommand, type MenuCommand } from '../shared/ipc/channels';
import type { ArgsOf, Channel, HostApi, ResultOf } from '../shared/ipc/contract';
import { MENU_COMMAND_EVENT } from './events';

/**
 * The whole bridge between the page and Electron: `window.api`, shaped exactly
 * like HostApi (checked by `satisfies`), and nothing else. ipcRenderer itself
 * is never exposed: the page can call only channels in the contract table, and
 * it sees only validated menu commands. Arguments are validated again in main;
 * this check just stops a typo or a forged channel at the door.
 */
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
} satisfies HostApi;

contextBridge.exposeInMainWorld('api', api);
