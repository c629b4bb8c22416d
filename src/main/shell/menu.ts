import { Menu, type BrowserWindow } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import { MENU_COMMAND_EVENT } from '../../shared/ipc/events';
import type { ShellLabels } from './menu-labels';
import { buildMenuTemplate } from './menu-template';

/** (Re)build the application menu; called again when the user switches language. */
export function installApplicationMenu(
  labels: ShellLabels,
  targetWindow: () => BrowserWindow | null,
  devTools: boolean,
): void {
  const send = (command: MenuCommand) => {
    const window = targetWindow();
    if (window && !window.isDestroyed()) window.webContents.send(MENU_COMMAND_EVENT, command);
  };
  const template = buildMenuTemplate({ labels, platform: process.platform, devTools, send });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
