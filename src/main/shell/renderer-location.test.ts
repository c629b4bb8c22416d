import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  chooseRendererLocation,
  isAllowedNetworkUrl,
  isRendererUrl,
  RENDERER_INDEX_URL,
} from './renderer-location';

const rendererDir = join('/opt', 'North Star Studio', 'out', 'renderer');
const built = chooseRendererLocation(undefined, true, rendererDir);
const dev = chooseRendererLocation('http://localhost:5173', false, rendererDir);

describe('renderer location', () => {
  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    expect(chooseRendererLocation('http://evil.example', true, rendererDir)).toEqual({
      kind: 'built',
      rendererDir,
      url: 'app://renderer/index.html',
    });
    expect(dev).toEqual({ kind: 'dev', url: 'http://localhost:5173' });
  });

  it('serves the built renderer from the app:// origin when no dev server is given', () => {
    expect(chooseRendererLocation(undefined, false, rendererDir).url).toBe(RENDERER_INDEX_URL);
    expect(chooseRendererLocation('', false, rendererDir).kind).toBe('built');
  });

  it('accepts only app://renderer/index.html as the built page (any hash or query)', () => {
    expect(isRendererUrl(built, 'app://renderer/index.html')).toBe(true);
    expect(isRendererUrl(built, 'app://renderer/index.html#/metrics')).toBe(true);
    expect(isRendererUrl(built, 'app://renderer/index.html?x=1')).toBe(true);

    expect(isRendererUrl(built, 'app://renderer/')).toBe(false);
    expect(isRendererUrl(built, 'app://renderer/assets/index.js')).toBe(false);
    expect(isRendererUrl(built, 'app://renderer/other.html')).toBe(false);
    expect(isRendererUrl(built, 'app://evil/index.html')).toBe(false);
    expect(isRendererUrl(built, 'app://renderer.evil/index.html')).toBe(false);
    expect(isRendererUrl(built, 'app://user@renderer/index.html')).toBe(false);
    expect(isRendererUrl(built, 'app://renderer:8080/index.html')).toBe(false);
    expect(isRendererUrl(built, 'apps://renderer/index.html')).toBe(false);
    expect(isRendererUrl(built, 'https://example.com/')).toBe(false);
    expect(isRendererUrl(built, 'not a url')).toBe(false);
  });

  it('no longer counts any file:// URL as ours, not even the built index.html', () => {
    expect(isRendererUrl(built, pathToFileURL(join(rendererDir, 'index.html')).href)).toBe(false);
    expect(isRendererUrl(built, pathToFileURL('/etc/passwd').href)).toBe(false);
  });

  it('accepts only the dev server origin under electron-vite dev', () => {
    expect(isRendererUrl(dev, 'http://localhost:5173/src/main.tsx')).toBe(true);
    expect(isRendererUrl(dev, 'http://localhost:5174/')).toBe(false);
    expect(isRendererUrl(dev, 'http://localhost.evil.example:5173/')).toBe(false);
    expect(isRendererUrl(dev, 'app://renderer/index.html')).toBe(false);
  });

  it('lets no request leave the machine, except to the dev server in dev', () => {
    expect(isAllowedNetworkUrl(built, 'http://127.0.0.1:5173/')).toBe(false);
    expect(isAllowedNetworkUrl(built, 'https://example.com/')).toBe(false);
    expect(isAllowedNetworkUrl(dev, 'ws://localhost:5173/')).toBe(true);
    expect(isAllowedNetworkUrl(dev, 'https://fonts.googleapis.com/css')).toBe(false);
  });
});
