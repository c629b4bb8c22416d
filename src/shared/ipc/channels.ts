/**
 * The names in the contract, without their schemas. The preload imports only
 * this module, so the sandboxed bridge carries a list of strings instead of
 * zod and every workspace schema; contract.ts checks that its table has
 * exactly these channels.
 */
export const CHANNEL_NAMES = [
  'app:info',
  'settings:get',
  'settings:set',
  'workspace:open-sample',
  'file:choose-open',
  'file:choose-save',
  'file:list-folder',
  'workspace:open',
  'workspace:save',
  'recent:list',
  'recent:remove',
] as const;
export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** Messages the host pushes to the renderer (Electron menu clicks). */
export const MENU_COMMANDS = ['new', 'open', 'save', 'save-as', 'undo', 'redo'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

const channelNames: ReadonlySet<string> = new Set(CHANNEL_NAMES);
const menuCommands: ReadonlySet<string> = new Set(MENU_COMMANDS);

export function isChannel(value: unknown): value is ChannelName {
  return typeof value === 'string' && channelNames.has(value);
}

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && menuCommands.has(value);
}
