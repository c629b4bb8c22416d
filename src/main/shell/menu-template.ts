import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/contract';
import type { ShellLabels } from './menu-labels';

/**
 * The application menu as data (type-only electron import, so it is testable
 * in plain Node). Document commands are not menu roles: a click is sent to the
 * renderer as a MenuCommand and the renderer decides, because only it knows
 * whether Undo means the document store or the focused text field. Clipboard,
 * zoom and full screen are plain Chromium roles.
 */
export interface MenuTemplateOptions {
  labels: ShellLabels;
  platform: NodeJS.Platform;
  /** Offer the developer tools (unpackaged builds only). */
  devTools: boolean;
  send(command: MenuCommand): void;
}

export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const { labels, platform, devTools, send } = options;
  const isMac = platform === 'darwin';
  const command = (
    label: string,
    name: MenuCommand,
    accelerator: string,
  ): MenuItemConstructorOptions => ({ label, accelerator, click: () => send(name) });

  const appMenu: MenuItemConstructorOptions = {
    label: labels.appName,
    submenu: [
      { role: 'about', label: labels.app.about },
      { type: 'separator' },
      { role: 'services', label: labels.app.services },
      { type: 'separator' },
      { role: 'hide', label: labels.app.hide },
      { role: 'hideOthers', label: labels.app.hideOthers },
      { role: 'unhide', label: labels.app.showAll },
      { type: 'separator' },
      { role: 'quit', label: labels.app.quit },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: labels.file.title,
    submenu: [
      command(labels.file.new, 'new', 'CmdOrCtrl+N'),
      command(labels.file.open, 'open', 'CmdOrCtrl+O'),
      { type: 'separator' },
      command(labels.file.save, 'save', 'CmdOrCtrl+S'),
      command(labels.file.saveAs, 'save-as', 'CmdOrCtrl+Shift+S'),
      // On macOS, Quit lives in the application menu.
      ...(isMac
        ? []
        : [{ type: 'separator' } as const, { role: 'quit', label: labels.file.quit } as const]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: labels.edit.title,
    submenu: [
      command(labels.edit.undo, 'undo', 'CmdOrCtrl+Z'),
      command(labels.edit.redo, 'redo', 'CmdOrCtrl+Shift+Z'),
      { type: 'separator' },
      { role: 'cut', label: labels.edit.cut },
      { role: 'copy', label: labels.edit.copy },
      { role: 'paste', label: labels.edit.paste },
      { role: 'selectAll', label: labels.edit.selectAll },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: labels.view.title,
    submenu: [
      { role: 'resetZoom', label: labels.view.resetZoom },
      { role: 'zoomIn', label: labels.view.zoomIn },
      { role: 'zoomOut', label: labels.view.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: labels.view.fullScreen },
      ...(devTools
        ? [
            { type: 'separator' } as const,
            { role: 'toggleDevTools', label: labels.view.devTools } as const,
          ]
        : []),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = { role: 'windowMenu', label: labels.window.title };

  return isMac
    ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu]
    : [fileMenu, editMenu, viewMenu];
}
