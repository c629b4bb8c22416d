import type { z } from 'zod';
import {
  contract,
  type Channel,
  type HostHandlers,
  type ResultOf,
} from '../../shared/ipc/contract';

/**
 * The one place where a call from the renderer meets a handler, shared by the
 * Electron IPC loop and the browser host's HTTP routes so that both hosts
 * validate exactly the same way: arguments are parsed with the contract's
 * schema before any handler sees them, and results are checked on the way out
 * so a handler bug cannot leak an unexpected shape (or extra fields) to the UI.
 */

/** The renderer sent arguments that do not match the contract: a renderer bug or a forged call. */
export class BadArgsError extends Error {
  constructor(
    readonly channel: Channel,
    readonly detail: string,
  ) {
    super(`Invalid arguments for ${channel}: ${detail}`);
    this.name = 'BadArgsError';
  }
}

/** A handler returned something the contract does not allow: a host bug. */
export class BadResultError extends Error {
  constructor(
    readonly channel: Channel,
    readonly detail: string,
  ) {
    super(`Handler for ${channel} returned an invalid result: ${detail}`);
    this.name = 'BadResultError';
  }
}

/** Issue paths and messages only: never echo the values, which may hold a whole workspace. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
}

export async function dispatch<C extends Channel>(
  handlers: HostHandlers,
  channel: C,
  rawArgs: unknown,
): Promise<ResultOf<C>> {
  const spec = contract[channel];
  const args = spec.args.safeParse(rawArgs);
  if (!args.success) throw new BadArgsError(channel, describeIssues(args.error));
  // TypeScript cannot correlate handlers[C] with contract[C] for a generic C;
  // the schema above is what guarantees the argument shape at run time.
  const handler = handlers[channel] as (args: unknown) => Promise<unknown>;
  const result = spec.result.safeParse(await handler(args.data));
  if (!result.success) throw new BadResultError(channel, describeIssues(result.error));
  return result.data as ResultOf<C>;
}

/** Fail at start-up, not on first use, if a host forgot a channel or registered a stray one. */
export function assertCompleteHandlers(handlers: HostHandlers): void {
  const expected = new Set<string>(Object.keys(contract));
  const actual = Object.keys(handlers);
  const missing = [...expected].filter(
    (channel) => typeof (handlers as Record<string, unknown>)[channel] !== 'function',
  );
  const extra = actual.filter((channel) => !expected.has(channel));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `Host handlers do not match the contract (missing: ${missing.join(', ') || 'none'}; unknown: ${extra.join(', ') || 'none'})`,
    );
  }
}
