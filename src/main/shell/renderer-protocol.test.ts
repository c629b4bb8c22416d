import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../host/csp';
import {
  createRendererRequestHandler,
  RENDERER_SCHEME_PRIVILEGES,
  servedSegments,
  type RendererRequestHandler,
} from './renderer-protocol';

/*
 * A built renderer in a temp folder, with a secret next to it and links that
 * try to lead out. Real files, real symlinks: what the protocol handler does
 * in Electron minus Electron (protocol.handle itself cannot run here).
 */
let base: string;
let rendererDir: string;
let secretPath: string;
let serve: RendererRequestHandler;

const SECRET = 'root:x:0:0 TOP SECRET';
const INDEX = '<!doctype html><title>North Star</title><div id="root"></div>';

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'nss-protocol-'));
  rendererDir = path.join(base, 'renderer');
  secretPath = path.join(base, 'secret.txt');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await mkdir(path.join(base, 'renderer-evil'));
  await writeFile(secretPath, SECRET);
  await writeFile(path.join(base, 'renderer-evil', 'index.html'), SECRET);
  await writeFile(path.join(rendererDir, 'index.html'), INDEX);
  await writeFile(path.join(rendererDir, 'assets', 'index-abc.js'), 'console.log("hi")');
  await writeFile(path.join(rendererDir, 'assets', 'index-abc.css'), 'body{}');
  await writeFile(path.join(rendererDir, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(path.join(rendererDir, 'assets', 'font.woff2'), 'wOF2');
  await writeFile(path.join(rendererDir, 'assets', 'blob.bin'), 'bytes');
  await writeFile(path.join(rendererDir, 'assets', '..notes.txt'), 'dots in a name');
  await symlink(secretPath, path.join(rendererDir, 'link-out.txt'));
  await symlink(base, path.join(rendererDir, 'escape-dir'));
  await symlink(path.join(rendererDir, 'assets', 'index-abc.js'), path.join(rendererDir, 'in.js'));
  await symlink(rendererDir, path.join(base, 'renderer-link'));
  serve = createRendererRequestHandler(rendererDir);
});

afterAll(() => rm(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

async function expectNotFound(url: string): Promise<void> {
  const response = await get(url);
  expect(response.status, url).toBe(404);
  expect(await response.text(), url).toBe('Not found');
}

describe('the app:// scheme', () => {
  it('is standard and secure, without bypassing CSP or enabling CORS', () => {
    expect(RENDERER_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    });
  });
});

describe('renderer protocol handler', () => {
  it('serves index.html with the CSP header, whatever the query or hash', async () => {
    for (const url of [
      'app://renderer/index.html',
      'app://renderer/index.html?lang=en',
      'app://renderer/index.html#/metrics',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toBe(INDEX);
    }
  });

  it('serves the assets with their content types, and the CSP only with HTML', async () => {
    const expected: Record<string, string> = {
      'assets/index-abc.js': 'text/javascript; charset=utf-8',
      'assets/index-abc.css': 'text/css; charset=utf-8',
      'assets/logo.svg': 'image/svg+xml',
      'assets/font.woff2': 'font/woff2',
      'assets/blob.bin': 'application/octet-stream',
    };
    for (const [file, type] of Object.entries(expected)) {
      const response = await get(`app://renderer/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toBe(type);
      expect(response.headers.get('content-security-policy'), file).toBeNull();
      expect(response.headers.get('x-content-type-options'), file).toBe('nosniff');
    }
    expect(await (await get('app://renderer/assets/index-abc.js')).text()).toBe(
      'console.log("hi")',
    );
    // Two dots inside a name are just a name.
    expect(await (await get('app://renderer/assets/..notes.txt')).text()).toBe('dots in a name');
    // Percent-encoding of ordinary characters is decoded.
    expect((await get('app://renderer/assets/index%2Dabc.js')).status).toBe(200);
  });

  it('answers HEAD with the headers and no body, and refuses other methods', async () => {
    const head = await get('app://renderer/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(INDEX.length));
    expect(head.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await head.text()).toBe('');
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const response = await get('app://renderer/index.html', method);
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET, HEAD');
    }
  });

  it('serves only host "renderer" of its own scheme', async () => {
    await expectNotFound('app://evil/index.html');
    await expectNotFound('app://renderer.evil/index.html');
    await expectNotFound('file:///index.html');
    await expectNotFound(`file://${path.join(rendererDir, 'index.html')}`);
    await expectNotFound('https://renderer/index.html');
    // A Request cannot even carry credentials; the URL check refuses them anyway.
    expect(servedSegments('app://user:pass@renderer/index.html')).toBeNull();
    expect(servedSegments('app://renderer/index.html')).toEqual(['index.html']);
  });

  it('answers 404 for the folder, subfolders and missing files', async () => {
    await expectNotFound('app://renderer/');
    await expectNotFound('app://renderer/assets');
    await expectNotFound('app://renderer/assets/');
    await expectNotFound('app://renderer/missing.js');
    await expectNotFound('app://renderer//index.html');
  });

  it('refuses every way up and out of the folder', async () => {
    const attacks = [
      'app://renderer/../secret.txt',
      'app://renderer/assets/../../secret.txt',
      'app://renderer/%2e%2e/secret.txt',
      'app://renderer/%2E%2E/secret.txt',
      'app://renderer/.%2e/secret.txt',
      'app://renderer/%2e%2e%2fsecret.txt',
      'app://renderer/assets%2f..%2f..%2fsecret.txt',
      'app://renderer/%2fetc%2fpasswd',
      `app://renderer/${encodeURIComponent(secretPath)}`,
      'app://renderer/..%5csecret.txt',
      'app://renderer/..\\secret.txt',
      'app://renderer/assets%5c..%5c..%5csecret.txt',
      'app://renderer/index.html%00.png',
      'app://renderer/index.html%0a',
      'app://renderer/C:%5cWindows%5cwin.ini',
      'app://renderer/index.html::$DATA',
      'app://renderer/index.html.',
      'app://renderer/index.html%20',
      'app://renderer/%E0%A4%A',
      'app://renderer/../renderer-evil/index.html',
      'app://renderer/%2e%2e%2frenderer-evil%2findex.html',
    ];
    for (const url of attacks) await expectNotFound(url);
  });

  it('refuses suspicious names from the URL alone, before the file system is asked', () => {
    for (const url of [
      'app://renderer/%2e%2e%2fsecret.txt',
      'app://renderer/%2fetc%2fpasswd',
      'app://renderer/..%5csecret.txt',
      'app://renderer/..\\secret.txt',
      'app://renderer/index.html%00.png',
      'app://renderer/index.html%0a',
      'app://renderer/C:%5cWindows%5cwin.ini',
      'app://renderer/index.html::$DATA',
      'app://renderer/index.html.',
      'app://renderer/index.html%20',
      'app://renderer/%E0%A4%A',
      'app://renderer//index.html',
      'app://renderer/assets/',
    ]) {
      expect(servedSegments(url), url).toBeNull();
    }
    expect(servedSegments('app://renderer/assets/index-abc.js')).toEqual([
      'assets',
      'index-abc.js',
    ]);
  });

  it('the attacks are real: decoded naively, some of them reach the secret', () => {
    // A control: a handler that joins the decoded path would have served these.
    const naive = (url: string) =>
      path.join(rendererDir, decodeURIComponent(new URL(url).pathname));
    for (const url of [
      'app://renderer/%2e%2e%2fsecret.txt',
      'app://renderer/assets%2f..%2f..%2fsecret.txt',
    ]) {
      expect(naive(url), url).toBe(secretPath);
      expect(existsSync(naive(url))).toBe(true);
    }
    expect(servedSegments('app://renderer/%2e%2e%2fsecret.txt')).toBeNull();
  });

  it('refuses a symlink whose target leaves the folder, follows one that stays inside', async () => {
    await expectNotFound('app://renderer/link-out.txt');
    await expectNotFound('app://renderer/escape-dir/secret.txt');
    const inside = await get('app://renderer/in.js');
    expect(inside.status).toBe(200);
    expect(inside.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('works when the renderer folder itself is reached through a symlink', async () => {
    const viaLink = createRendererRequestHandler(path.join(base, 'renderer-link'));
    const response = await viaLink(new Request('app://renderer/index.html'));
    expect(response.status).toBe(200);
    const out = await viaLink(new Request('app://renderer/link-out.txt'));
    expect(out.status).toBe(404);
  });

  it('answers 404 while the renderer is not built, and serves it once it is', async () => {
    const later = path.join(base, 'not-built-yet');
    const handler = createRendererRequestHandler(later);
    expect((await handler(new Request('app://renderer/index.html'))).status).toBe(404);
    await mkdir(later);
    await writeFile(path.join(later, 'index.html'), INDEX);
    expect((await handler(new Request('app://renderer/index.html'))).status).toBe(200);
  });
});
