import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chooseRendererLocation, isAllowedNetworkUrl, isRendererUrl } from './renderer-location';

const indexHtml = join('/opt', 'North Star Studio', 'out', 'renderer', 'index.html');
const built = chooseRendererLocation(undefined, true, indexHtml);
const dev = chooseRendererLocation('http://localhost:5173', false, indexHtml);

describe('renderer location', () => {
  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    expect(chooseRendererLocation('http://evil.example', true, indexHtml).kind).toBe('file');
    expect(dev.kind).toBe('dev');
  });

  it('accepts only our index.html as the built renderer (any hash or query)', () => {
    const own = pathToFileURL(indexHtml).href;
    expect(isRendererUrl(built, own)).toBe(true);
    expect(isRendererUrl(built, `${own}#/metrics`)).toBe(true);
    expect(isRendererUrl(built, `${own}?x=1`)).toBe(true);
    expect(isRendererUrl(built, pathToFileURL('/etc/passwd').href)).toBe(false);
    expect(isRendererUrl(built, pathToFileURL(join(indexHtml, '..', 'other.html')).href)).toBe(
      false,
    );
    expect(
      isRendererUrl(built, 'file://evil.example/opt/North%20Star%20Studio/out/renderer/index.html'),
    ).toBe(false);
    expect(isRendererUrl(built, 'https://example.com/')).toBe(false);
    expect(isRendererUrl(built, 'not a url')).toBe(false);
  });

  it('accepts only the dev server origin under electron-vite dev', () => {
    expect(isRendererUrl(dev, 'http://localhost:5173/src/main.tsx')).toBe(true);
    expect(isRendererUrl(dev, 'http://localhost:5174/')).toBe(false);
    expect(isRendererUrl(dev, 'http://localhost.evil.example:5173/')).toBe(false);
  });

  it('lets no request leave the machine, except to the dev server in dev', () => {
    expect(isAllowedNetworkUrl(built, 'http://127.0.0.1:5173/')).toBe(false);
    expect(isAllowedNetworkUrl(built, 'https://example.com/')).toBe(false);
    expect(isAllowedNetworkUrl(dev, 'ws://localhost:5173/')).toBe(true);
    expect(isAllowedNetworkUrl(dev, 'https://fonts.googleapis.com/css')).toBe(false);
  });
});
