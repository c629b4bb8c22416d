/**
 * The browser host's session, as both sides name it: the server injects the
 * per-login secret into the login page as `<meta name="nss-session">`, and
 * the renderer sends it back on every API call in the `X-NSS-Session` header.
 * See src/main/browser-host/access.ts for the scheme.
 */
export const SESSION_META_NAME = 'nss-session';
export const SESSION_HEADER = 'X-NSS-Session';
