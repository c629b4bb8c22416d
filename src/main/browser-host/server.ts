import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HostHandlers } from '../../shared/ipc/contract';
import { CONTENT_SECURITY_POLICY } from '../host/csp';
import { assertCompleteHandlers } from '../host/dispatch';
import {
  cookieName,
  createToken,
  isAllowedHost,
  isSameOriginPost,
  readCookie,
  tokenCookie,
  tokensEqual,
} from './access';
import { handleApiCall, MAX_BODY_BYTES } from './api-route';
import { openStaticFile, resolveStaticFile } from './static-files';

/**
 * The browser host: the built renderer and the IPC contract over HTTP on
 * 127.0.0.1, for e2e tests (the Electron binary is not available on our
 * machines) and for users who may not install a desktop app. See access.ts for
 * who may connect and api-route.ts for the wire format.
 */

export interface BrowserHostOptions {
  /** 0 or absent = a free port chosen by the OS. */
  port?: number;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  handlers: HostHandlers;
  /** Where handler failures are reported; console.error by default. */
  log?: (message: string, error?: unknown) => void;
  maxBodyBytes?: number;
}

export interface BrowserHost {
  /** Open this once: it carries the per-run token and sets the session cookie. */
  url: string;
  origin: string;
  port: number;
  close(): Promise<void>;
}

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const FORBIDDEN_TEXT =
  'Forbidden. Open North Star Studio with the address printed in the terminal (it contains the access token).\n' +
  '禁止访问。请使用终端中打印的地址（包含访问令牌）打开北极星共创工作台。\n';

function send(
  response: ServerResponse,
  status: number,
  headers: Record<string, string | number>,
  body?: string | Buffer,
): void {
  response.writeHead(status, { ...SECURITY_HEADERS, ...headers });
  response.end(body);
}

function sendText(response: ServerResponse, status: number, text: string): void {
  send(response, status, { 'Content-Type': 'text/plain; charset=utf-8' }, text);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(
    response,
    status,
    { 'Content-Type': 'application/json; charset=utf-8' },
    JSON.stringify(value),
  );
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  assertCompleteHandlers(options.handlers);
  const log = options.log ?? ((message, error) => console.error(message, error));
  const token = createToken();
  let port = 0;

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isAllowedHost(request.headers.host, port)) {
      sendText(response, 403, 'Forbidden: unexpected Host header.\n');
      return;
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const method = request.method ?? 'GET';

    // The one unauthenticated door: trade the token in the URL for a cookie,
    // then redirect so the token does not linger in the address bar or history.
    const offeredToken = url.searchParams.get('token');
    if (url.pathname === '/' && offeredToken !== null && method === 'GET') {
      if (!tokensEqual(offeredToken, token)) {
        sendText(response, 403, FORBIDDEN_TEXT);
        return;
      }
      send(response, 302, { 'Set-Cookie': tokenCookie(port, token), Location: '/' });
      return;
    }

    if (!tokensEqual(readCookie(request, cookieName(port)), token)) {
      sendText(response, 403, FORBIDDEN_TEXT);
      return;
    }

    if (url.pathname.startsWith('/api/')) {
      if (method !== 'POST') {
        send(response, 405, { Allow: 'POST', 'Content-Type': 'text/plain; charset=utf-8' }, '');
        return;
      }
      if (!isSameOriginPost(request)) {
        sendText(response, 403, 'Forbidden: cross-origin request.\n');
        return;
      }
      const answer = await handleApiCall(
        request,
        url.pathname.slice('/api/'.length),
        options.handlers,
        log,
        options.maxBodyBytes ?? MAX_BODY_BYTES,
      );
      sendJson(response, answer.status, answer.body);
      return;
    }

    if (method !== 'GET' && method !== 'HEAD') {
      send(response, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, '');
      return;
    }
    const file = await resolveStaticFile(options.rendererDir, url.pathname);
    if (!file && url.pathname === '/favicon.ico') {
      // Chromium asks for it unprompted; a 404 would log a console error in every test.
      send(response, 204, {});
      return;
    }
    if (!file) {
      sendText(response, 404, 'Not found.\n');
      return;
    }
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.contentType,
      'Content-Length': file.size,
    });
    if (method === 'HEAD') {
      response.end();
      return;
    }
    openStaticFile(file)
      .on('error', (error) => {
        log(`browser host: could not read ${file.path}`, error);
        response.destroy();
      })
      .pipe(response);
  }

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      log('browser host: request failed', error);
      if (!response.headersSent) sendJson(response, 500, { error: 'internal' });
      else response.destroy();
    });
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    // 127.0.0.1 only: the host is never reachable from another machine.
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | null = null;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    close() {
      closing ??= new Promise<void>((resolvePromise) => {
        server.close(() => resolvePromise());
        // Keep-alive connections would hold close() open until they time out.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
