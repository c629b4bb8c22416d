export { electronExecutable } from '../../src/main/launcher/electron-binary';

export const ELECTRON_SKIPPED =
  'electron project skipped: the Electron binary is not installed (npx install-electron installs it); only the browser-host project ran';
