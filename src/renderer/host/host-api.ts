import {
  contract,
  type ArgsOf,
  type Channel,
  type HostApi,
  type MenuCommand,
  type ResultOf,
} from '../../shared/ipc/contract';

/**
 * The renderer's only door to the machine. In Electron the preload script has
 * installed `window.api`; in the browser host there is none and we speak the
 * same contract over HTTP (`POST /api/<channel>`, same origin, cookie auth).
 *
 * Results are validated against the contract on this side too: the renderer
 * does not trust a host any more than the host trusts the renderer.
 */
export function connectHost(): HostApi {
  const raw = window.api ?? createHttpHost(window.fetch.bind(window));
  return validating(raw);
}

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export function createHttpHost(fetchFn: Fetch): HostApi {
  return {
    async invoke<C extends Channel>(channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
      const response = await fetchFn(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(args),
      });
      const body: unknown = await response.json().catch(() => null);
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
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
