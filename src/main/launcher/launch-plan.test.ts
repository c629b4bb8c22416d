import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../services/test-helpers';
import { electronExecutable } from './electron-binary';
import { noElectronNotice, planLaunch } from './launch-plan';

const zh = { LANG: 'zh_CN.UTF-8' };
const en = { LANG: 'en_US.UTF-8' };

describe('planLaunch', () => {
  it('runs the desktop app through electron-vite preview when the binary is there', () => {
    const plan = planLaunch({ electron: '/opt/electron', env: zh, build: true, open: true });
    expect(plan).toEqual({
      mode: 'electron',
      notice: null,
      steps: [{ tool: 'electron-vite', args: ['preview'] }],
    });
    expect(
      planLaunch({ electron: '/opt/electron', env: zh, build: false, open: true }).steps,
    ).toEqual([{ tool: 'electron-vite', args: ['preview', '--skipBuild'] }]);
  });

  it('without the binary: says why, builds, then starts the browser host and opens it', () => {
    const plan = planLaunch({ electron: null, env: zh, build: true, open: true });
    expect(plan.mode).toBe('browser');
    expect(plan.notice).toBe(noElectronNotice(zh));
    // What `npm run start:browser` runs.
    expect(plan.steps).toEqual([
      { tool: 'electron-vite', args: ['build'] },
      { tool: 'tsx', args: ['src/main/browser-host/start.ts', '--open'] },
    ]);
  });

  it('--no-build and --no-open leave out the build and the browser', () => {
    const plan = planLaunch({ electron: null, env: en, build: false, open: false });
    expect(plan.steps).toEqual([{ tool: 'tsx', args: ['src/main/browser-host/start.ts'] }]);
  });
});

describe('noElectronNotice', () => {
  it('is one sentence in the session language, with the command that installs the binary', () => {
    const chinese = noElectronNotice(zh);
    expect(chinese).toMatch(
      /^桌面版.*Electron.*尚未安装.*浏览器.*npx install-electron.*ELECTRON_MIRROR=https:\/\/npmmirror\.com\/mirrors\/electron\/.*。$/,
    );
    const english = noElectronNotice(en);
    expect(english).toMatch(
      /^The Electron binary .* not installed, so .* opens in your browser instead; .*npx install-electron.*ELECTRON_MIRROR=https:\/\/npmmirror\.com\/mirrors\/electron\/.*\)\.$/,
    );
    // No placeholder left uninterpolated, and one sentence: no line breaks.
    for (const text of [chinese, english]) expect(text).not.toMatch(/\{\{|\n/);
  });

  it('follows LC_ALL over LC_MESSAGES over LANG; any Chinese region is Chinese', () => {
    expect(noElectronNotice({ LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' })).toBe(
      noElectronNotice(en),
    );
    expect(noElectronNotice({ LC_MESSAGES: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' })).toBe(
      noElectronNotice(zh),
    );
  });
});

describe('electronExecutable', () => {
  let dir: string;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, dispose } = await makeTempDir('nss-electron-'));
  });
  afterEach(() => dispose());

  /** What the electron package's path.txt names, as its index.js reads it. */
  function relativeExecutable(): string {
    const packageDir = path.dirname(
      createRequire(import.meta.url).resolve('electron/package.json'),
    );
    const pathFile = path.join(packageDir, 'path.txt');
    return existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  }

  it('finds the binary where ELECTRON_OVERRIDE_DIST_PATH says it is', async () => {
    const executable = path.join(dir, relativeExecutable());
    await mkdir(path.dirname(executable), { recursive: true });
    await writeFile(executable, '');
    expect(electronExecutable({ ELECTRON_OVERRIDE_DIST_PATH: dir })).toBe(executable);
  });

  it("takes the binary that ELECTRON_EXEC_PATH, electron-vite's setting, names if it exists", async () => {
    const executable = path.join(dir, 'my-electron');
    await writeFile(executable, '');
    expect(electronExecutable({ ELECTRON_EXEC_PATH: executable })).toBe(executable);
    expect(electronExecutable({ ELECTRON_EXEC_PATH: path.join(dir, 'none') })).toBeNull();
  });

  it('is null when there is no binary there', () => {
    expect(electronExecutable({ ELECTRON_OVERRIDE_DIST_PATH: path.join(dir, 'none') })).toBeNull();
  });
});
