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
    'workspace:choose-open': unused,
    'workspace:choose-save': unused,
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
let cookie: string;
const log = vi.fn();

async function start(handlers: HostHandlers = fakeHandlers(), maxBodyBytes?: number) {
  host = await startBrowserHost({ port: 0, rendererDir, handlers, log, maxBodyBytes });
  const login = await send(host, new URL(host.url).pathname + new URL(host.url).search);
  const setCookie = login.headers['set-cookie']?.[0] ?? '';
  cookie = setCookie.split(';')[0] ?? '';
  return login;
}

function api(channel: string, body: unknown, headers: Record<string, string> = {}) {
  return send(host, `/api/${channel}`, {
    method: 'POST',
    headers: {
      Cookie: cookie,
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
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(root, 'secret.txt'), 'outside the renderer');
  log.mockReset();
});

afterEach(async () => {
  await host?.close();
  await rm(root, { recursive: true, force: true });
});

describe('access', () => {
  it('trades the token in the URL for an HttpOnly, SameSite=Strict cookie and redirects', async () => {
    const login = await start();
    expect(login.status).toBe(302);
    expect(login.headers.location).toBe('/');
    const setCookie = login.headers['set-cookie']?.[0] ?? '';
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}$/);
  });

  it('refuses the app, its files and the API without the cookie, and tells the user why', async () => {
    await start();
    for (const path of ['/', '/index.html', '/assets/app.js']) {
      const reply = await send(host, path);
      expect(reply.status).toBe(403);
      expect(reply.body).toContain('printed in the terminal');
    }
    const call = await send(host, '/api/app:info', { method: 'POST', body: '{}' });
    expect(call.status).toBe(403);
  });

  it('refuses a wrong token, and a wrong cookie of the right length', async () => {
    await start();
    expect((await send(host, `/?token=${'0'.repeat(64)}`)).status).toBe(403);
    const forged = cookie.replace(/=.*/, `=${'0'.repeat(64)}`);
    expect((await send(host, '/', { headers: { Cookie: forged } })).status).toBe(403);
  });

  it('serves the app once the cookie is set', async () => {
    await start();
    const page = await send(host, '/', { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['cache-control']).toBe('no-store');
    const script = await send(host, '/assets/app.js', { headers: { Cookie: cookie } });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('rejects a foreign Host header (DNS rebinding), even with a valid token', async () => {
    await start();
    const token = new URL(host.url).searchParams.get('token') ?? '';
    for (const hostHeader of [`evil.example:${host.port}`, '127.0.0.1', `127.0.0.1:1`]) {
      const reply = await send(host, `/?token=${token}`, { headers: { Host: hostHeader } });
      expect(reply.status).toBe(403);
      expect(reply.headers['set-cookie']).toBeUndefined();
    }
    const viaLocalhost = await send(host, '/', {
      headers: { Host: `localhost:${host.port}`, Cookie: cookie },
    });
    expect(viaLocalhost.status).toBe(200);
  });

  it('rejects a POST from another origin or another site', async () => {
    await start();
    expect((await api('app:info', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('app:info', {}, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
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
      const reply = await send(host, path, { headers: { Cookie: cookie } });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside the renderer');
    }
  });

  it('answers only GET and HEAD', async () => {
    await start();
    const reply = await send(host, '/', { method: 'PUT', headers: { Cookie: cookie } });
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
