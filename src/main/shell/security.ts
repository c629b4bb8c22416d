import { app, type Session } from 'electron';
import { isAllowedNetworkUrl, isRendererUrl, type RendererLocation } from './renderer-location';

/**
 * Electron's security checklist, applied once for the whole app: whatever
 * content ends up in any web contents (ours, a devtools window, something we
 * did not foresee), it cannot navigate away, open windows, attach webviews,
 * get permissions or reach the network.
 */

/** Must run before the first window exists: it also covers contents created later. */
export function guardAllWebContents(location: RendererLocation): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isRendererUrl(location, url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isRendererUrl(location, url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // No pop-ups or new windows at all. The app has no external links yet; if
    // it gets some, open parsed https URLs from an allowlist with
    // shell.openExternal here, never anything else.
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

export function hardenSession(session: Session, location: RendererLocation): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);

  // An offline app: no request leaves the machine, whatever the page tries.
  session.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
    (details, callback) => callback({ cancel: !isAllowedNetworkUrl(location, details.url) }),
  );

  // No Content-Security-Policy header here: the built renderer comes only from
  // our app:// handler, which sends it with every HTML response
  // (renderer-protocol.ts); every http(s) request is cancelled above; and
  // `electron-vite dev`'s React refresh preamble is an inline script that the
  // strict policy would block.
}
