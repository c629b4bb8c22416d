import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultDataDir, defaultWorkspaceFolder } from './paths';
import { makeTempDir } from './test-helpers';

let home: string;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ dir: home, dispose } = await makeTempDir());
});
afterEach(() => dispose());

describe('defaultDataDir', () => {
  it('follows each platform’s convention', () => {
    expect(defaultDataDir({ env: {}, platform: 'linux', home: '/home/li' })).toBe(
      '/home/li/.config/north-star-studio',
    );
    expect(
      defaultDataDir({ env: { XDG_CONFIG_HOME: '/cfg' }, platform: 'linux', home: '/home/li' }),
    ).toBe('/cfg/north-star-studio');
    // A relative XDG_CONFIG_HOME is invalid per the spec and ignored.
    expect(
      defaultDataDir({ env: { XDG_CONFIG_HOME: 'cfg' }, platform: 'linux', home: '/home/li' }),
    ).toBe('/home/li/.config/north-star-studio');
    expect(defaultDataDir({ env: {}, platform: 'darwin', home: '/Users/li' })).toBe(
      '/Users/li/Library/Application Support/North Star Studio',
    );
    expect(
      defaultDataDir({
        env: { APPDATA: 'C:\\Users\\li\\AppData\\Roaming' },
        platform: 'win32',
        home: 'C:\\Users\\li',
      }),
    ).toBe('C:\\Users\\li\\AppData\\Roaming\\North Star Studio');
  });

  it('honours NSS_DATA_DIR (e2e tests point it at a fresh folder)', () => {
    expect(
      defaultDataDir({ env: { NSS_DATA_DIR: '/tmp/e2e' }, platform: 'win32', home: '/h' }),
    ).toBe(path.resolve('/tmp/e2e'));
  });
});

describe('defaultWorkspaceFolder', () => {
  it('uses ~/Documents when it exists, else the home folder, and creates nothing', async () => {
    const host = { env: {}, platform: 'linux' as const, home };
    expect(defaultWorkspaceFolder(host)).toBe(path.join(home, '北极星共创工作台'));
    await mkdir(path.join(home, 'Documents'));
    expect(defaultWorkspaceFolder(host)).toBe(path.join(home, 'Documents', '北极星共创工作台'));
  });

  it('honours NSS_WORKSPACE_DIR', () => {
    expect(
      defaultWorkspaceFolder({ env: { NSS_WORKSPACE_DIR: '/tmp/ws' }, platform: 'linux', home }),
    ).toBe(path.resolve('/tmp/ws'));
  });
});
