/**
 * Messages the Electron main process pushes to the renderer, as opposed to the
 * contract's channels, which the renderer invokes and the host answers. Shared
 * by the shell (sender) and the preload (receiver), so plain strings and
 * plain checks only: the sandboxed preload bundles whatever this imports, and
 * must not carry zod.
 */

/** An application menu click; the payload is a MenuCommand (channels.ts). */
export const MENU_COMMAND_EVENT = 'menu:command';

/**
 * "Open this workspace file": the app was started with a file (double-click,
 * `electron . plan.northstar`) or a second instance was. The payload is the
 * absolute path; the shell has already allowed it for the services.
 */
export const OPEN_FILE_REQUEST_EVENT = 'shell:open-file';

/**
 * The longest path passed on: Windows' extended-length limit, far above
 * anything a file manager hands over, small enough that a forged payload
 * cannot flood the renderer.
 */
export const MAX_OPEN_FILE_PATH_LENGTH = 32_767;

export function isOpenFileRequest(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= MAX_OPEN_FILE_PATH_LENGTH &&
    !value.includes('\0')
  );
}
