import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../shared/ipc/contract';
import { shellLabels } from './menu-labels';
import { buildMenuTemplate } from './menu-template';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((menu) => [menu, ...(Array.isArray(menu.submenu) ? menu.submenu : [])]);
}

function byLabel(template: MenuItemConstructorOptions[], label: string) {
  const item = items(template).find((candidate) => candidate.label === label);
  if (!item) throw new Error(`no menu item "${label}"`);
  return item;
}

function click(item: MenuItemConstructorOptions): void {
  // The click signature wants Electron objects we do not have; our handlers ignore them.
  (item.click as unknown as () => void)();
}

describe('application menu', () => {
  it('sends document commands to the renderer, with the usual shortcuts', () => {
    const send = vi.fn<(command: MenuCommand) => void>();
    const labels = shellLabels('en');
    const template = buildMenuTemplate({ labels, platform: 'linux', devTools: false, send });
    const expected: [string, MenuCommand, string][] = [
      [labels.file.new, 'new', 'CmdOrCtrl+N'],
      [labels.file.open, 'open', 'CmdOrCtrl+O'],
      [labels.file.save, 'save', 'CmdOrCtrl+S'],
      [labels.file.saveAs, 'save-as', 'CmdOrCtrl+Shift+S'],
      [labels.edit.undo, 'undo', 'CmdOrCtrl+Z'],
      [labels.edit.redo, 'redo', 'CmdOrCtrl+Shift+Z'],
    ];
    for (const [label, command, accelerator] of expected) {
      const item = byLabel(template, label);
      expect(item.accelerator).toBe(accelerator);
      // Undo must reach the document store, so it is a command, never the text-field role.
      expect(item.role).toBeUndefined();
      click(item);
      expect(send).toHaveBeenLastCalledWith(command);
    }
  });

  it('speaks Chinese when the locale is zh-CN', () => {
    const template = buildMenuTemplate({
      labels: shellLabels('zh-CN'),
      platform: 'win32',
      devTools: false,
      send: () => {},
    });
    expect(template.map((menu) => menu.label)).toEqual(['文件', '编辑', '视图']);
    expect(byLabel(template, '撤销').accelerator).toBe('CmdOrCtrl+Z');
    expect(byLabel(template, '退出').role).toBe('quit');
  });

  it('follows macOS conventions: app menu first, Quit there, a Window menu', () => {
    const labels = shellLabels('en');
    const template = buildMenuTemplate({
      labels,
      platform: 'darwin',
      devTools: false,
      send: () => {},
    });
    expect(template[0]?.label).toBe('North Star Studio');
    const fileMenu = template[1]?.submenu as MenuItemConstructorOptions[];
    expect(fileMenu.some((item) => item.role === 'quit')).toBe(false);
    expect(template.at(-1)?.role).toBe('windowMenu');
  });

  it('offers the developer tools only when asked', () => {
    const build = (devTools: boolean) =>
      items(
        buildMenuTemplate({
          labels: shellLabels('en'),
          platform: 'linux',
          devTools,
          send: () => {},
        }),
      ).some((item) => item.role === 'toggleDevTools');
    expect(build(false)).toBe(false);
    expect(build(true)).toBe(true);
  });
});
