import { resolve } from 'node:path';

/**
 * Where the window's page comes from, and the one test of "is this URL our
 * renderer" used by navigation guards and the IPC sender check alike. Plain
 * Node (no electron import) so it is unit-tested.
 *
 * Built app: the renderer is served by our own privileged scheme,
 * `app://renderer/…` (renderer-protocol.ts), from out/renderer only; the page
 * is `app://renderer/index.html` (any query or hash). No file:// URL is ours:
 * with the default fuses a file:// page may read any other file:// URL, and
 * a CSP header does not apply to it.
 * `electron-vite dev` (never in a packaged app): the dev server's origin.
 */
export const RENDERER_SCHEME = 'app';
export const RENDERER_HOST = 'renderer';
export const RENDERER_ORIGIN = `${RENDERER_SCHEME}://${RENDERER_HOST}`;
export const RENDERER_INDEX_URL = `${RENDERER_ORIGIN}/index.html`;

export type RendererLocation =
  { kind: 'built'; rendererDir: string; url: string } | { kind: 'dev'; url: string };

export function chooseRendererLocation(
  devServerUrl: string | undefined,
  isPackaged: boolean,
  builtRendererDir: string,
): RendererLocation {
  // A packaged app never follows the environment to another page.
  if (devServerUrl && !isPackaged) return { kind: 'dev', url: devServerUrl };
  return { kind: 'built', rendererDir: resolve(builtRendererDir), url: RENDERER_INDEX_URL };
}

export function isRendererUrl(location: RendererLocation, candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (location.kind === 'dev') {
    return url.origin === new URL(location.url).origin;
  }
  // Chromium hands us canonical URLs of a standard scheme: compare exactly.
  return (
    url.protocol === `${RENDERER_SCHEME}:` &&
    url.host === RENDERER_HOST &&
    url.username === '' &&
    url.password === '' &&
    url.pathname === '/index.html'
  );
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
