import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../electron-builder.config';
import { REPO_ROOT } from '../../src/main/browser-host/host-context';
import { samplePath } from '../../src/main/services/sample';
import { WORKSPACE_EXTENSION } from '../../src/shared/workspace/format';

/**
 * The installer settings, checked without building an installer (which needs
 * downloads our machines cannot make). `npm run dist` reads the same object.
 */

describe('electron-builder configuration', () => {
  it('burns the fuses that close the ways into a packaged app', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
    // Only-load-from-asar needs an asar to load from.
    expect(config.asar).toBe(true);
  });

  it('names the app and opens .northstar files with it', () => {
    expect(config.productName).toBe('North Star Studio');
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z0-9-]+)+$/);
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: WORKSPACE_EXTENSION, mimeType: expect.any(String) }),
    ]);
  });

  it('ships the built app, and the samples where the packaged app reads them', () => {
    expect(config.files).toEqual(['out/**']);
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      main: string;
      scripts: Record<string, string>;
    };
    expect(manifest.main).toMatch(/^(\.\/)?out\//);
    expect(manifest.scripts.dist).toBe(
      'electron-vite build && electron-builder --config electron-builder.config.ts',
    );

    // Packaged, the shell passes process.resourcesPath/resources as resourcesDir.
    expect(config.extraResources).toEqual([
      { from: 'resources', to: 'resources', filter: ['**/*.northstar'] },
    ]);
    const mapping = config.extraResources[0];
    if (!mapping) throw new Error('no extraResources');
    for (const locale of ['zh-CN', 'en'] as const) {
      const installed = samplePath(path.join('RESOURCES_PATH', mapping.to), locale);
      const relative = path.relative(path.join('RESOURCES_PATH', mapping.to), installed);
      // The file the app will ask for is in the repo's folder and passes the filter.
      expect(existsSync(path.join(REPO_ROOT, mapping.from, relative))).toBe(true);
      expect(relative.endsWith(`.${WORKSPACE_EXTENSION}`)).toBe(true);
    }
  });
});
