/**
 * The Content-Security-Policy both hosts send with the renderer. It mirrors the
 * `<meta>` policy in src/renderer/index.html: Electron sends it with every
 * HTML response of its app:// scheme, the browser host over HTTP. Keep the two
 * in step; the header is the stricter one if they ever disagree, because a
 * browser enforces both.
 *
 * No 'unsafe-inline' anywhere: the renderer is a bundled app with no inline
 * scripts or styles, and an offline tool never needs a remote origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
