import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loginFileHtml, writeLoginFile } from './login-file';

const TOKEN = 'a1'.repeat(32);
const LOGIN_URL = `http://127.0.0.1:4780/?token=${TOKEN}`;

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'nss-login-file-'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('writeLoginFile', () => {
  it('writes a 0600 file in a 0700 folder of its own, and hands out a file URL without the token', async () => {
    const file = await writeLoginFile(LOGIN_URL, join(dataDir, 'not-yet-there'));
    expect((await stat(file.path)).mode & 0o777).toBe(0o600);
    expect((await stat(dirname(file.path))).mode & 0o777).toBe(0o700);
    expect(dirname(dirname(file.path))).toBe(join(dataDir, 'not-yet-there'));
    expect(file.fileUrl).toMatch(/^file:\/\//);
    expect(fileURLToPath(file.fileUrl)).toBe(file.path);
    // What goes on the browser's command line carries no secret.
    expect(file.fileUrl).not.toContain(TOKEN);
    expect(await readFile(file.path, 'utf8')).toBe(loginFileHtml(LOGIN_URL));
  });

  it('each run gets a folder of its own', async () => {
    const first = await writeLoginFile(LOGIN_URL, dataDir);
    const second = await writeLoginFile(LOGIN_URL, dataDir);
    expect(dirname(first.path)).not.toBe(dirname(second.path));
  });

  it('remove() and removeSync() take the folder away, and may be called again', async () => {
    const first = await writeLoginFile(LOGIN_URL, dataDir);
    await first.remove();
    await first.remove();
    await expect(stat(dirname(first.path))).rejects.toMatchObject({ code: 'ENOENT' });
    const second = await writeLoginFile(LOGIN_URL, dataDir);
    second.removeSync();
    second.removeSync();
    await expect(stat(dirname(second.path))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('loginFileHtml', () => {
  it('redirects to the login URL at once, with a link for a browser that does not', () => {
    const html = loginFileHtml(LOGIN_URL);
    expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${LOGIN_URL}" />`);
    expect(html).toContain(`<a href="${LOGIN_URL}">`);
    expect(html).toContain('<meta name="referrer" content="no-referrer" />');
    // No script: nothing for a browser's file:// policy to block.
    expect(html).not.toContain('<script');
  });

  it('escapes the URL for the attribute', () => {
    const html = loginFileHtml('http://127.0.0.1:1/?token=a&b="><script>');
    expect(html).toContain('url=http://127.0.0.1:1/?token=a&amp;b=&quot;&gt;&lt;script&gt;"');
    expect(html).not.toContain('<script>');
  });
});
