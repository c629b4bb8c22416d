import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Who may talk to the browser host. It listens on 127.0.0.1 only, but any web
 * page the user visits can still send requests to localhost, and any local
 * user can connect to the port. So every request must prove it came from the
 * tab we opened: a per-run secret token, handed over once in the printed URL
 * and kept in an HttpOnly, SameSite=Strict cookie. On top of that the Host
 * header must name us (defeats DNS rebinding) and a POST must come from our own
 * origin (defence in depth against cross-site requests).
 */

export function createToken(): string {
  return randomBytes(32).toString('hex');
}

/**
 * Cookies are scoped by host, not by port: two browser hosts on 127.0.0.1 would
 * overwrite each other's `nss_token`. The port in the name keeps them apart.
 */
export function cookieName(port: number): string {
  return `nss_token_${port}`;
}

export function tokenCookie(port: number, token: string): string {
  return `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

/** Constant-time comparison: the token must not leak through response timing. */
export function tokensEqual(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

export function readCookie(request: IncomingMessage, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The Host header must be exactly us; anything else is a rebinding attempt or a stray client. */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

/**
 * For state-changing requests: a browser always sends Origin on a POST, and it
 * must be the origin the Host header names. Fetch metadata, when present, must
 * agree. A non-browser client (curl with the cookie) sends neither and is let
 * through: it already holds the secret.
 */
export function isSameOriginPost(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${request.headers.host ?? ''}`) return false;
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin';
}
