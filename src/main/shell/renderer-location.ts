import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the window's page comes from, and the one test of "is this URL our
 * renderer" used by navigation guards and the IPC sender check alike. Plain
 * Node (no electron import) so it is unit-tested.
 *
 * Built app: the renderer is loaded with loadFile from out/renderer/index.html,
 * so only that exact file (any query or hash) is ours; other file:// URLs are
 * not. `electron-vite dev`: the dev server's origin.
 */
export type RendererLocation = { kind: 'file'; indexHtml: string } | { kind: 'dev'; url: string };

export function chooseRendererLocation(
  devServerUrl: string | undefined,
  isPackaged: boolean,
  builtIndexHtml: string,
): RendererLocation {
  // A packaged app never follows the environment to another page.
  if (devServerUrl && !isPackaged) return { kind: 'dev', url: devServerUrl };
  return { kind: 'file', indexHtml: resolve(builtIndexHtml) };
}

function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  return platform === 'win32' || platform === 'darwin'
    ? a.toLowerCase() === b.toLowerCase()
    : a === b;
}

export function isRendererUrl(
  location: RendererLocation,
  candidate: string,
  platform: NodeJS.Platform = process.platform,
): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (location.kind === 'dev') {
    return url.origin === new URL(location.url).origin;
  }
  if (url.protocol !== 'file:' || (url.host !== '' && url.host !== 'localhost')) return false;
  url.search = '';
  url.hash = '';
  try {
    return samePath(resolve(fileURLToPath(url)), location.indexHtml, platform);
  } catch {
    return false;
  }
}

/**
 * Requests the app may make over the network: none in a built app, only the
 * dev server (pages and its HMR socket) under `electron-vite dev`.
 */
export function isAllowedNetworkUrl(location: RendererLocation, candidate: string): boolean {
  if (location.kind !== 'dev') return false;
  try {
    const url = new URL(candidate);
    const dev = new URL(location.url);
    return url.hostname === dev.hostname && url.port === dev.port;
  } catch {
    return false;
  }
}
