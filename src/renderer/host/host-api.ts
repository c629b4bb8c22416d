import {
  contract,
  type ArgsOf,
  type Channel,
  type HostApi,
  type MenuCommand,
  type ResultOf,
} from '../../shared/ipc/contract';
import { pageSession, SESSION_HEADER, type HostSession } from './session';

/**
 * The renderer's only door to the machine. In Electron the preload script has
 * installed `window.api`; in the browser host there is none and we speak the
 * same contract over HTTP (`POST /api/<channel>`, same origin, the tab's
 * session secret in a header: session.ts).
 *
 * Results are validated against the contract on this side too: the renderer
 * does not trust a host any more than the host trusts the renderer.
 */
export function connectHost(): HostApi {
  const session = pageSession();
  const raw = window.api ?? (session && createHttpHost(window.fetch.bind(window), session));
  if (!raw) throw new Error('no host: neither window.api nor a browser-host session');
  return validating(raw);
}

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** This tab holds no session (never signed in, or the host forgot it): nothing was sent. */
export class NoSessionError extends Error {
  constructor(channel: Channel) {
    super(`${channel}: no-session`);
    this.name = 'NoSessionError';
  }
}

export function createHttpHost(fetchFn: Fetch, session: HostSession): HostApi {
  return {
    async invoke<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
      const secret = session.secret();
      // Without a secret the host would only refuse: do not ask, and say why.
      if (secret === null) throw new NoSessionError(channel);
      const response = await fetchFn(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        // The host ignores cookies; sending none keeps them out of the picture.
        credentials: 'omit',
        headers: { 'Content-Type': 'application/json', [SESSION_HEADER]: secret },
        body: JSON.stringify(args),
      });
      const body: unknown = await response.json().catch(() => null);
      if (response.status === 403 && isRecord(body) && body.error === 'no-session') {
        // A restarted host: the secret is dead; the app shows "sign in again" (SessionGate).
        session.forget();
        throw new NoSessionError(channel);
      }
      if (!response.ok) {
        const message =
          isRecord(body) && typeof body.error === 'string' ? body.error : `HTTP ${response.status}`;
        throw new Error(`${channel}: ${message}`);
      }
      if (!isRecord(body) || !('result' in body)) throw new Error(`${channel}: malformed response`);
      return body.result as ResultOf<C>;
    },
    // The browser host has no application menu: nothing will ever be pushed.
    onMenuCommand(_listener: (command: MenuCommand) => void): () => void {
      return () => {};
    },
    // Nor a second instance or a double-clicked file to hand over.
    onOpenFileRequest(_listener: (path: string) => void): () => void {
      return () => {};
    },
  };
}

/** Wrap a host so that every result is checked against the contract before use. */
export function validating(host: HostApi): HostApi {
  return {
    async invoke<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
      const result = await host.invoke(channel, args);
      const parsed = contract[channel].result.safeParse(result);
      if (!parsed.success) throw new Error(`${channel}: the host answered outside the contract`);
      return parsed.data as ResultOf<C>;
    },
    onMenuCommand: (listener) => host.onMenuCommand(listener),
    onOpenFileRequest: (listener) => host.onOpenFileRequest(listener),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
