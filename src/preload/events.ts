/**
 * The one event the main process pushes to the renderer: an application menu
 * click, carrying a MenuCommand from the contract. Shared by the shell (sender)
 * and the preload (receiver); it is not a contract channel because nothing is
 * invoked or answered.
 */
export const MENU_COMMAND_EVENT = 'menu:command';
