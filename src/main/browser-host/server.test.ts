import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostHandlers } from '../../shared/ipc/contract';
import { startBrowserHost, type BrowserHost } from './server';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** node:http rather than fetch: fetch forbids setting the Host header, which we must forge. */
function send(
  host: BrowserHost,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${host.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function fakeHandlers(overrides: Partial<HostHandlers> = {}): HostHandlers {
  const unused = () => Promise.reject(new Error('not used in this test'));
  return {
    'app:info': async () => ({
      host: 'browser',
      version: '9.9.9',
      platform: 'linux',
      osLocale: 'zh-CN',
      nativeDialogs: false,
      defaultFolder: '/tmp/workspaces',
    }),
    'settings:get': async () => ({ locale: null }),
    'settings:set': async (patch) => ({ locale: patch.locale ?? null }),
    'workspace:open-sample': unused,
    'file:choose-open': unused,
    'file:choose-save': unused,
    'file:list-folder': unused,
    'workspace:open': unused,
    'workspace:save': unused,
    'recent:list': async () => [],
    'recent:remove': unused,
    ...overrides,
  };
}

let root: string;
let rendererDir: string;
let host: BrowserHost;
/** The session secret the first login was given. */
let session: string;
const log = vi.fn();
const onLogin = vi.fn();

function pathOf(url: string): string {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
}

/** What the renderer reads at start (src/renderer/host/session.ts). */
function sessionIn(page: string): string {
  return /<meta name="nss-session" content="([0-9a-f]{64})" \/>/.exec(page)?.[1] ?? '';
}

async function start(handlers: HostHandlers = fakeHandlers(), maxBodyBytes?: number) {
  host = await startBrowserHost({ port: 0, rendererDir, handlers, log, maxBodyBytes, onLogin });
  const login = await send(host, pathOf(host.url));
  session = sessionIn(login.body);
  return login;
}

function api(channel: string, body: unknown, headers: Record<string, string> = {}) {
  return send(host, `/api/${channel}`, {
    method: 'POST',
    headers: {
      'X-NSS-Session': session,
      Origin: host.origin,
      'Content-Type': 'application/json',
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'nss-host-'));
  rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(
    join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>app</title></head><body></body></html>',
  );
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'outside the renderer');
  log.mockReset();
  onLogin.mockReset();
});

afterEach(async () => {
  await host?.close();
  await rm(root, { recursive: true, force: true });
});

describe('access', () => {
  it('the login address answers the app with a session secret in a meta, and sets no cookie', async () => {
    expect(onLogin).not.toHaveBeenCalled();
    const login = await start();
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/);
    expect(login.status).toBe(200);
    expect(login.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(login.headers['cache-control']).toBe('no-store');
    expect(login.headers['referrer-policy']).toBe('no-referrer');
    expect(login.headers['content-security-policy']).toContain("script-src 'self'");
    expect(login.headers['set-cookie']).toBeUndefined();
    expect(login.body).toContain('<title>app</title>');
    expect(session).toMatch(/^[0-9a-f]{64}$/);
    // The secret is not the token: the token is spent, the secret never leaves the page.
    expect(host.url).not.toContain(session);
    expect(onLogin).toHaveBeenCalledOnce();
    expect((await api('app:info', {})).status).toBe(200);
  });

  it('the login address works once: the second time it is refused, with what to do', async () => {
    await start();
    const again = await send(host, pathOf(host.url));
    expect(again.status).toBe(403);
    expect(again.body).toContain('printed in the terminal');
    expect(again.body).toContain('终端中打印的地址');
    expect(sessionIn(again.body)).toBe('');
    expect(onLogin).toHaveBeenCalledOnce();
    // The tab that logged in is not affected.
    expect((await api('app:info', {})).status).toBe(200);
  });

  it('two requests racing with one token: exactly one logs in', async () => {
    host = await startBrowserHost({ port: 0, rendererDir, handlers: fakeHandlers(), log });
    const replies = await Promise.all([send(host, pathOf(host.url)), send(host, pathOf(host.url))]);
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 403]);
  });

  it('a new login address works once too, with a session of its own', async () => {
    await start();
    const second = host.newLoginUrl();
    expect(second).not.toBe(host.url);
    const login = await send(host, pathOf(second));
    const other = sessionIn(login.body);
    expect(other).toMatch(/^[0-9a-f]{64}$/);
    expect(other).not.toBe(session);
    expect((await api('app:info', {}, { 'X-NSS-Session': other })).status).toBe(200);
    expect((await api('app:info', {})).status).toBe(200);
    expect((await send(host, pathOf(second))).status).toBe(403);
  });

  it('refuses a wrong token without spending the right one', async () => {
    host = await startBrowserHost({ port: 0, rendererDir, handlers: fakeHandlers(), log });
    const wrong = await send(host, `/?token=${'0'.repeat(64)}`);
    expect(wrong.status).toBe(403);
    expect(wrong.body).toContain('printed in the terminal');
    expect((await send(host, pathOf(host.url))).status).toBe(200);
  });

  it('a prefetch, a HEAD or a POST of the login address does not spend it', async () => {
    host = await startBrowserHost({ port: 0, rendererDir, handlers: fakeHandlers(), log });
    const path = pathOf(host.url);
    expect((await send(host, path, { headers: { 'Sec-Purpose': 'prefetch' } })).status).toBe(403);
    expect((await send(host, path, { method: 'HEAD' })).status).toBe(403);
    expect((await send(host, path, { method: 'POST' })).status).toBe(403);
    const login = await send(host, path, { headers: { 'Sec-Purpose': 'prefetch;prerender' } });
    expect(login.status).toBe(200);
    expect(sessionIn(login.body)).not.toBe('');
  });

  it('the API refuses a call without the session header, with a wrong one, and with the old cookie alone', async () => {
    await start();
    const token = new URL(host.url).searchParams.get('token') ?? '';
    const attempts: Array<Record<string, string>> = [
      { 'X-NSS-Session': '' },
      { 'X-NSS-Session': '0'.repeat(64) },
      { 'X-NSS-Session': session.slice(0, -1) },
      // The login token is not a session, and cookies count for nothing.
      { 'X-NSS-Session': token },
      { 'X-NSS-Session': '', Cookie: `nss_token_${host.port}=${token}` },
      { 'X-NSS-Session': '', Cookie: `nss_session=${session}` },
    ];
    for (const headers of attempts) {
      const reply = await api('app:info', {}, headers);
      expect(reply.status, JSON.stringify(headers)).toBe(403);
      expect(JSON.parse(reply.body)).toEqual({ error: 'no-session' });
    }
    // No header at all: as curl, and as a browser that only sends cookies.
    const noHeader: Array<Record<string, string>> = [
      {},
      { Origin: host.origin, Cookie: `nss_token_${host.port}=${token}` },
    ];
    for (const headers of noHeader) {
      const bare = await send(host, '/api/app:info', { method: 'POST', headers, body: '{}' });
      expect(bare.status).toBe(403);
      expect(JSON.parse(bare.body)).toEqual({ error: 'no-session' });
    }
  });

  it('serves the public app files without a session (a reload works), with no secret in them', async () => {
    await start();
    for (const path of ['/', '/index.html']) {
      const page = await send(host, path);
      expect(page.status, path).toBe(200);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.body).not.toContain('nss-session');
      expect(page.body).not.toContain(session);
    }
    const script = await send(host, '/assets/app.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('rejects a foreign Host header (DNS rebinding) without spending the token', async () => {
    host = await startBrowserHost({ port: 0, rendererDir, handlers: fakeHandlers(), log });
    for (const hostHeader of [`evil.example:${host.port}`, '127.0.0.1', `127.0.0.1:1`]) {
      const reply = await send(host, pathOf(host.url), { headers: { Host: hostHeader } });
      expect(reply.status).toBe(403);
      expect(sessionIn(reply.body)).toBe('');
      expect((await send(host, '/', { headers: { Host: hostHeader } })).status).toBe(403);
    }
    const login = await send(host, pathOf(host.url), {
      headers: { Host: `localhost:${host.port}` },
    });
    expect(login.status).toBe(200);
    session = sessionIn(login.body);
    const viaLocalhost = await api(
      'app:info',
      {},
      { Host: `localhost:${host.port}`, Origin: `http://localhost:${host.port}` },
    );
    expect(viaLocalhost.status).toBe(200);
    const rebound = await api('app:info', {}, { Host: `evil.example:${host.port}` });
    expect(rebound.status).toBe(403);
  });

  it('rejects a POST from another origin or another site, even with the session', async () => {
    await start();
    expect((await api('app:info', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('app:info', {}, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await api('app:info', {}, { 'Sec-Fetch-Site': 'same-site' })).status).toBe(403);
    expect((await api('app:info', {}, { 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
  });
});

describe('static files', () => {
  it('refuses to leave the renderer folder', async () => {
    await start();
    await symlink(join(root, 'secret.txt'), join(rendererDir, 'link.txt'));
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/..%5csecret.txt',
      '/link.txt',
      '/index.html%00.js',
      '/assets',
    ]) {
      const reply = await send(host, path);
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside the renderer');
    }
  });

  it('answers only GET and HEAD', async () => {
    await start();
    const reply = await send(host, '/', { method: 'PUT' });
    expect(reply.status).toBe(405);
  });
});

describe('API', () => {
  it('answers a real call with { result }', async () => {
    await start();
    const reply = await api('app:info', {});
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({
      result: expect.objectContaining({ host: 'browser', version: '9.9.9' }),
    });
  });

  it('passes validated arguments to the handler', async () => {
    const settingsSet = vi.fn(async () => ({ locale: 'en' as const }));
    await start(fakeHandlers({ 'settings:set': settingsSet }));
    const reply = await api('settings:set', { locale: 'en' });
    expect(reply.status).toBe(200);
    expect(settingsSet).toHaveBeenCalledWith({ locale: 'en' });
  });

  it('answers 404 for a channel that is not in the contract', async () => {
    await start();
    for (const channel of ['nope:nothing', 'toString', '__proto__', 'constructor']) {
      const reply = await api(channel, {});
      expect(reply.status, channel).toBe(404);
      expect(JSON.parse(reply.body)).toEqual({ error: 'unknown-channel' });
    }
  });

  it('answers 400 for bad JSON and for arguments outside the schema, without calling the handler', async () => {
    const settingsSet = vi.fn(async () => ({ locale: null }));
    await start(fakeHandlers({ 'settings:set': settingsSet }));
    expect((await api('settings:set', '{not json')).status).toBe(400);
    for (const args of [{ locale: 'fr' }, { locale: 'en', extra: 1 }, [], '"en"', 'null']) {
      const reply = await api('settings:set', args);
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body)).toMatchObject({ error: 'bad-args' });
    }
    expect(settingsSet).not.toHaveBeenCalled();
  });

  it('answers 413 when the body is over the limit', async () => {
    await start(fakeHandlers(), 1024);
    const reply = await api('settings:set', { locale: 'x'.repeat(2048) });
    expect(reply.status).toBe(413);
  });

  it('hides a handler exception behind 500 internal, and logs it', async () => {
    await start(
      fakeHandlers({ 'recent:list': () => Promise.reject(new Error('disk on fire at /home/x')) }),
    );
    const reply = await api('recent:list', {});
    expect(reply.status).toBe(500);
    expect(JSON.parse(reply.body)).toEqual({ error: 'internal' });
    expect(log).toHaveBeenCalledWith(expect.stringContaining('recent:list'), expect.any(Error));
  });

  it('treats a result outside the contract as a host bug (500), not as data', async () => {
    await start(fakeHandlers({ 'recent:list': async () => [{ bogus: true }] as never }));
    expect((await api('recent:list', {})).status).toBe(500);
  });

  it('refuses to start with a handler missing', async () => {
    const incomplete = fakeHandlers() as Partial<HostHandlers>;
    delete incomplete['recent:list'];
    await expect(
      startBrowserHost({ rendererDir, handlers: incomplete as HostHandlers }),
    ).rejects.toThrow(/missing: recent:list/);
  });
});
