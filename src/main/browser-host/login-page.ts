import { SESSION_META_NAME } from '../../shared/ipc/browser-session';

/**
 * The answer to a successful login: the app's own index.html with the session
 * secret in a `<meta name="nss-session">`. Not a script: the CSP forbids
 * inline scripts, and a meta is data the renderer reads and removes at start
 * (src/renderer/host/session.ts).
 */
export function withSessionMeta(indexHtml: string, secret: string): string {
  // Hex only (createSecret): nothing to escape, and nothing that could close the attribute.
  if (!/^[0-9a-f]{32,}$/.test(secret)) throw new Error('session secret must be hex');
  const end = indexHtml.search(/<\/head\s*>/i);
  if (end === -1) throw new Error('index.html has no </head>: is the renderer built?');
  const meta = `<meta name="${SESSION_META_NAME}" content="${secret}" />\n  `;
  return indexHtml.slice(0, end) + meta + indexHtml.slice(end);
}
