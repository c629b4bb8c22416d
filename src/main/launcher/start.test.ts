import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../browser-host/host-context';
import { makeTempDir } from '../services/test-helpers';
import { noElectronNotice } from './launch-plan';

/**
 * `npm start` as a user runs it, on a checkout without the Electron binary:
 * ELECTRON_OVERRIDE_DIST_PATH (the electron package's own setting) points at
 * a folder with no binary, so the result does not depend on whether this
 * machine has one. `--no-build` serves a stub page from NSS_RENDERER_DIR
 * instead of running a 20-second build, and `--no-open` keeps a real browser
 * out of it; the choice of mode, the sentence and the browser host are real.
 */

let dir: string;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ dir, dispose } = await makeTempDir('nss-launcher-'));
  await mkdir(path.join(dir, 'renderer'));
  await writeFile(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>stub</title>');
});
afterEach(() => dispose());

interface Started {
  /** Everything printed until the browser host's address appeared. */
  output: string;
  url: URL;
  stop(): Promise<void>;
}

/** Run `npm start` in its own process group and wait until it prints a 127.0.0.1 address. */
function npmStart(env: Record<string, string>): Promise<Started> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...env,
    ELECTRON_OVERRIDE_DIST_PATH: path.join(dir, 'no-electron'),
    NSS_RENDERER_DIR: path.join(dir, 'renderer'),
    NSS_DATA_DIR: path.join(dir, 'data'),
  };
  // The language comes from LANG alone, as in most users' sessions.
  delete childEnv.LC_ALL;
  delete childEnv.LC_MESSAGES;
  // electron-vite's way of naming a binary would override ours.
  delete childEnv.ELECTRON_EXEC_PATH;
  const child = spawn('npm', ['start', '--', '--no-build', '--no-open'], {
    cwd: REPO_ROOT,
    env: childEnv,
    // Its own group: npm, the launcher and the browser host stop together.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: string) => {
      output += chunk;
      const match = /http:\/\/127\.0\.0\.1:\d+\/\S*/.exec(output);
      if (!match) return;
      child.stdout.off('data', onData);
      child.stderr.off('data', onData);
      resolve({
        output,
        url: new URL(match[0]),
        stop: async () => {
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
          await exited;
        },
      });
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    child.once('error', reject);
    child.once('close', (code, signal) =>
      reject(new Error(`npm start ended (${code ?? signal}) before an address:\n${output}`)),
    );
  });
}

describe.skipIf(process.platform === 'win32')('npm start without the Electron binary', () => {
  it.each([
    { LANG: 'zh_CN.UTF-8', other: 'en_US.UTF-8' },
    { LANG: 'en_US.UTF-8', other: 'zh_CN.UTF-8' },
  ])(
    'LANG=$LANG: says why in one sentence in that language, then serves the app in the browser',
    async ({ LANG, other }) => {
      const started = await npmStart({ LANG });
      try {
        // The browser host is up: it answers on the address it printed.
        const response = await fetch(started.url.origin + '/');
        expect(response.status).toBeGreaterThanOrEqual(200);
        await response.body?.cancel();
      } finally {
        await started.stop();
      }
      const lines = started.output.split('\n').map((line) => line.trim());
      const notice = noElectronNotice({ LANG });
      expect(lines.filter((line) => line === notice)).toHaveLength(1);
      expect(started.output).not.toContain(noElectronNotice({ LANG: other }));
      // Said before the app starts, not after.
      expect(started.output.indexOf(notice)).toBeLessThan(
        started.output.indexOf(started.url.origin),
      );
    },
  );
});
