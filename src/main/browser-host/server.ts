import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HostHandlers } from '../../shared/ipc/contract';
import { CONTENT_SECURITY_POLICY } from '../host/csp';
import { assertCompleteHandlers } from '../host/dispatch';
import {
  createAccess,
  isAllowedHost,
  isSameOriginPost,
  isSpeculative,
  readSessionHeader,
} from './access';
import { handleApiCall, MAX_BODY_BYTES } from './api-route';
import { withSessionMeta } from './login-page';
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
  /** Called each time a login token is spent (start.ts then removes its redirect file). */
  onLogin?: () => void;
}

export interface BrowserHost {
  /** The login address: it works once, and signs in the tab that opens it. */
  url: string;
  /** Another single-use login address, for another browser or a tab that was closed. */
  newLoginUrl(): string;
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
  'Forbidden. Open North Star Studio with the address printed in the terminal. ' +
  'Each address works once: if it has been used, ask that terminal for a new one (press Enter there) or start the app again.\n' +
  '禁止访问。请使用终端中打印的地址打开北极星共创工作台。' +
  '每个地址只能使用一次：如果已经用过，请在该终端按回车获取新地址，或重新启动应用。\n';

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
  const access = createAccess();
  const firstToken = access.issueLoginToken();
  let port = 0;

  /** GET /?token=…: spend the token, answer with the app's page carrying a session secret. */
  async function logIn(request: IncomingMessage, response: ServerResponse, offered: string) {
    if (request.method !== 'GET' || isSpeculative(request)) {
      sendText(response, 403, FORBIDDEN_TEXT);
      return;
    }
    const index = await resolveStaticFile(options.rendererDir, '/');
    if (!index) {
      sendText(response, 500, 'The app is not built: index.html is missing.\n');
      return;
    }
    const html = await readFile(index.path, 'utf8');
    // After the last await: two requests racing with one token cannot both win.
    const secret = access.redeemLoginToken(offered);
    if (secret === null) {
      sendText(response, 403, FORBIDDEN_TEXT);
      return;
    }
    options.onLogin?.();
    send(response, 200, { 'Content-Type': index.contentType }, withSessionMeta(html, secret));
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isAllowedHost(request.headers.host, port)) {
      sendText(response, 403, 'Forbidden: unexpected Host header.\n');
      return;
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const method = request.method ?? 'GET';

    // The one door that needs no session: a single-use token for a session secret.
    const offeredToken = url.searchParams.get('token');
    if (url.pathname === '/' && offeredToken !== null) {
      await logIn(request, response, offeredToken);
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
      // Cookies are ignored: only the header our own script sends counts.
      if (!access.isSession(readSessionHeader(request))) {
        sendJson(response, 403, { error: 'no-session' });
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

    // The app's public bundle, without a session: a reload must find the page.
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
  const loginUrl = (token: string) => `${origin}/?token=${token}`;
  return {
    url: loginUrl(firstToken),
    newLoginUrl: () => loginUrl(access.issueLoginToken()),
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
