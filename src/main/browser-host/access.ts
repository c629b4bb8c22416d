import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { SESSION_HEADER } from '../../shared/ipc/browser-session';

/**
 * Who may talk to the browser host. It listens on 127.0.0.1 only, but any web
 * page the user visits can still send requests to localhost, and any local
 * user can connect to the port. So every API call must prove it came from a
 * tab we signed in:
 *
 * 1. The address printed in the terminal carries a login token that works
 *    ONCE. Whoever reads it later (shell history, a screenshot, another
 *    user's `ps` if it ever reached a command line) finds it spent.
 * 2. The login answer is the app's page with a fresh per-login session secret
 *    in `<meta name="nss-session">`. The renderer keeps it in sessionStorage
 *    (per tab and per origin, and the origin includes the port) and sends it
 *    in the `X-NSS-Session` header on every API call.
 * 3. No cookie at all: the browser sends cookies for 127.0.0.1 to every port,
 *    so a server another local user runs on another port would collect it. A
 *    header is sent only by our own script, to our own origin.
 *
 * On top of that the Host header must name us (defeats DNS rebinding) and a
 * POST must come from our own origin (defence in depth against cross-site
 * requests). The app's static files are public (the open-source bundle) and
 * served without a session, so that a reload works; they hold no data.
 */

/** 256 random bits, hex: safe in a URL, an HTML attribute and a header as is. */
export function createSecret(): string {
  return randomBytes(32).toString('hex');
}

/** Constant-time comparison: a secret must not leak through response timing. */
export function secretsEqual(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Compares against every member, without stopping at the first match. */
function findIn(set: ReadonlySet<string>, given: string | undefined): string | null {
  let found: string | null = null;
  for (const candidate of set) {
    if (secretsEqual(given, candidate)) found = candidate;
  }
  return found;
}

export interface Access {
  /** A new single-use login token (the printed address carries one). */
  issueLoginToken(): string;
  /**
   * Spend a login token: the session secret it was swapped for, or null when
   * the token is unknown or already used. Synchronous, so that two requests
   * racing with the same token cannot both win.
   */
  redeemLoginToken(offered: string): string | null;
  isSession(given: string | undefined): boolean;
}

/**
 * Sessions live as long as the host process: a restarted host knows none of
 * them, and a tab that still holds one is told to sign in again.
 */
export function createAccess(): Access {
  const unusedTokens = new Set<string>();
  const sessions = new Set<string>();
  return {
    issueLoginToken() {
      const token = createSecret();
      unusedTokens.add(token);
      return token;
    },
    redeemLoginToken(offered) {
      const token = findIn(unusedTokens, offered);
      if (token === null) return null;
      unusedTokens.delete(token);
      const secret = createSecret();
      sessions.add(secret);
      return secret;
    },
    isSession(given) {
      return findIn(sessions, given) !== null;
    },
  };
}

/** The session header, if sent exactly once. */
export function readSessionHeader(request: IncomingMessage): string | undefined {
  const value = request.headers[SESSION_HEADER.toLowerCase()];
  return typeof value === 'string' ? value : undefined;
}

/** The Host header must be exactly us; anything else is a rebinding attempt or a stray client. */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

/**
 * For state-changing requests: a browser always sends Origin on a POST, and it
 * must be the origin the Host header names. Fetch metadata, when present, must
 * agree. A non-browser client (curl with the session header) sends neither and
 * is let through: it already holds the secret.
 */
export function isSameOriginPost(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${request.headers.host ?? ''}`) return false;
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin';
}

/**
 * A speculative request (Chromium's prefetch of a link or a typed address)
 * must not spend the login token: the page it fetched may never be shown, and
 * the person would then find the address already used. A prerender does show
 * the page it fetched, with its storage, so it may log in.
 */
export function isSpeculative(request: IncomingMessage): boolean {
  const purpose = request.headers['sec-purpose'] ?? request.headers.purpose;
  const text = Array.isArray(purpose) ? purpose.join(',') : (purpose ?? '');
  return /\bprefetch\b/i.test(text) && !/\bprerender\b/i.test(text);
}
