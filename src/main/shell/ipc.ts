import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type HostHandlers } from '../../shared/ipc/contract';
import { assertCompleteHandlers, BadArgsError, dispatch } from '../host/dispatch';

/**
 * The ONE registration loop: every channel of the contract, nothing else.
 * Each call is checked in this order: the sender is the main frame of one of
 * our windows showing our renderer (not an iframe, not a page it navigated
 * to); the arguments match the contract's schema; only then the handler runs.
 * Failures reach the renderer as plain messages (`bad-args: …`, `internal`):
 * stack traces and file paths stay in the main process log.
 */

const registered = new Set<string>();

export function registerIpcHandlers(
  handlers: HostHandlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  assertCompleteHandlers(handlers);
  for (const channel of CHANNELS) {
    if (registered.has(channel)) throw new Error(`IPC channel registered twice: ${channel}`);
    registered.add(channel);
    ipcMain.handle(channel, async (event, args: unknown) => {
      if (!isTrustedSender(event)) {
        console.error(
          `IPC ${channel}: refused a call from ${event.senderFrame?.url ?? 'a gone frame'}`,
        );
        throw new Error('forbidden');
      }
      try {
        return await dispatch(handlers, channel, args);
      } catch (error) {
        if (error instanceof BadArgsError) throw new Error(`bad-args: ${error.detail}`);
        console.error(`IPC ${channel} failed`, error);
        throw new Error('internal');
      }
    });
  }
}
