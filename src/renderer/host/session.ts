import { SESSION_HEADER, SESSION_META_NAME } from '../../shared/ipc/browser-session';

export { SESSION_HEADER };

/**
 * The browser host's session as this tab holds it (the scheme:
 * src/main/browser-host/access.ts). The login answer carries the secret in a
 * `<meta name="nss-session">`; at start we take it out of the page, keep it in
 * sessionStorage and put `/` in the address bar instead of the spent login URL.
 *
 * - Reload: sessionStorage survives it, so the page signs in again by itself.
 * - A tab our page opens (window.open, a link with target=_blank, a duplicated
 *   tab) starts with a copy of this tab's sessionStorage: it is signed in too.
 *   That is how a second view (the audience's canvas) will open.
 * - A tab the user opens by hand, another browser, another port: no session.
 *   The app then says so (SessionGate) instead of failing on every call.
 * - A host that was restarted knows no old secret: its refusal makes the tab
 *   forget the secret, and the same message appears.
 */
export interface HostSession {
  /** The secret to send on every API call; null = this tab is not signed in (any more). */
  secret(): string | null;
  /** The host refused the secret: forget it, here and in sessionStorage. */
  forget(): void;
  /** Called when the session ends; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

const STORAGE_KEY = 'nss-session';

export interface PageEnvironment {
  document: Pick<Document, 'querySelector'>;
  /** null when the browser refuses storage (some private modes): the session then lasts until a reload. */
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  history: Pick<History, 'replaceState' | 'state'>;
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
}

function attempt<T>(step: () => T, fallback: T): T {
  try {
    return step();
  } catch {
    return fallback;
  }
}

/** Take the session this page was given (login), else the one this tab kept (reload, a tab we opened). */
export function takeSession(env: PageEnvironment): HostSession {
  const meta = env.document.querySelector(`meta[name="${SESSION_META_NAME}"]`);
  let secret: string | null;
  if (meta) {
    secret = meta.getAttribute('content') || null;
    // Out of the DOM: nothing else in the page needs to find it there.
    meta.remove();
    if (secret !== null) {
      const value = secret;
      attempt(() => env.storage?.setItem(STORAGE_KEY, value), undefined);
    }
    // The login URL is spent: a reload must ask for `/`, and the token stays out of history.
    if (env.location.search !== '') {
      env.history.replaceState(
        env.history.state,
        '',
        `${env.location.pathname}${env.location.hash}`,
      );
    }
  } else {
    secret = attempt(() => env.storage?.getItem(STORAGE_KEY) ?? null, null) || null;
  }

  const listeners = new Set<() => void>();
  return {
    secret: () => secret,
    forget() {
      if (secret === null) return;
      secret = null;
      attempt(() => env.storage?.removeItem(STORAGE_KEY), undefined);
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

let pageSessionOnce: HostSession | null | undefined;

/**
 * This page's session, taken once. null in Electron, where the preload's
 * `window.api` needs none (the main process checks the sender frame instead).
 */
export function pageSession(): HostSession | null {
  if (pageSessionOnce === undefined) {
    pageSessionOnce = window.api
      ? null
      : takeSession({
          document,
          storage: attempt(() => window.sessionStorage, null),
          history: window.history,
          location: window.location,
        });
  }
  return pageSessionOnce;
}
