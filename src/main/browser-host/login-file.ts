import { rmSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * `--open` without the token on the browser's command line. Process arguments
 * are readable by every local user (`ps`, /proc/<pid>/cmdline), and xdg-open
 * hands its argument on to the browser. So, as Jupyter does, the login URL
 * goes into a small HTML file only this user can read, and the browser is
 * given that file's file:// URL; the page sends it on to the login URL.
 *
 * The file sits in its own folder (0700) made by mkdtemp, the file itself is
 * 0600 and written exclusively (`wx`): nobody can plant it first or swap it.
 * It is removed as soon as the login has happened and again at exit; a copy
 * left behind by a crash holds a token that is spent or died with the host.
 */

export interface LoginFile {
  path: string;
  /** What to hand to the browser: no secret in it. */
  fileUrl: string;
  /** Never rejects: a file left behind holds a spent or dead token, nothing to fail over. */
  remove(): Promise<void>;
  /** For process 'exit', where only synchronous work runs. */
  removeSync(): void;
}

function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** The redirect page: a meta refresh, and a link for a browser that ignores it. */
export function loginFileHtml(loginUrl: string): string {
  const href = escapeAttribute(loginUrl);
  return [
    '<!doctype html>',
    '<html>',
    '<head>',
    '<meta charset="utf-8" />',
    '<meta name="referrer" content="no-referrer" />',
    `<meta http-equiv="refresh" content="0;url=${href}" />`,
    '<title>North Star Studio · 北极星共创工作台</title>',
    '</head>',
    '<body>',
    `<p><a href="${href}">打开北极星共创工作台 · Open North Star Studio</a></p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Write the redirect file under `parentDir` (the app's data folder: private to this user). */
export async function writeLoginFile(loginUrl: string, parentDir: string): Promise<LoginFile> {
  await mkdir(parentDir, { recursive: true, mode: 0o700 });
  const folder = await mkdtemp(join(parentDir, 'open-'));
  // mkdtemp already makes it 0700; say so rather than rely on it.
  await chmod(folder, 0o700);
  const path = join(folder, 'open-north-star-studio.html');
  await writeFile(path, loginFileHtml(loginUrl), { mode: 0o600, flag: 'wx' });
  // The umask can only take bits away from 0600, but a mode stated is a mode checked.
  await chmod(path, 0o600);
  let removal: Promise<void> | null = null;
  return {
    path,
    fileUrl: pathToFileURL(path).href,
    remove() {
      removal ??= rm(folder, { recursive: true, force: true }).catch(() => {});
      return removal;
    },
    removeSync() {
      try {
        rmSync(folder, { recursive: true, force: true });
      } catch {
        // As remove(): nothing worth failing an exit over.
      }
    },
  };
}
