import type { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { openInDefaultBrowser } from './open-url';

/** A spawn that records what it would run and whose child exits with `code`. */
function fakeSpawn(code: number | null = 0) {
  const calls: Array<{ command: string; args: readonly string[] }> = [];
  const spawnFn = ((command: string, args: readonly string[]) => {
    calls.push({ command, args });
    const child = Object.assign(new EventEmitter(), { unref: () => {} });
    queueMicrotask(() => child.emit('exit', code));
    return child;
  }) as unknown as typeof spawn;
  return { spawnFn, calls };
}

const FILE_URL = 'file:///home/ana/.config/north-star-studio/open-x1/open-north-star-studio.html';

describe('openInDefaultBrowser', () => {
  it('hands a file URL to xdg-open on Linux, open on macOS', () => {
    for (const [platform, command] of [
      ['linux', 'xdg-open'],
      ['darwin', 'open'],
    ] as const) {
      const { spawnFn, calls } = fakeSpawn();
      const onFailure = vi.fn();
      openInDefaultBrowser(FILE_URL, onFailure, platform, spawnFn);
      expect(calls).toEqual([{ command, args: [FILE_URL] }]);
      expect(onFailure).not.toHaveBeenCalled();
    }
  });

  it('refuses anything but a file URL: a login URL must never reach a command line', () => {
    for (const url of [
      'http://127.0.0.1:4780/?token=abc',
      'https://example.com/',
      'file:///tmp/open.html?token=abc',
      'not a url',
    ]) {
      const { spawnFn, calls } = fakeSpawn();
      const onFailure = vi.fn();
      openInDefaultBrowser(url, onFailure, 'linux', spawnFn);
      expect(calls, url).toEqual([]);
      expect(onFailure, url).toHaveBeenCalledWith(expect.stringContaining('file://'));
    }
  });

  it('on Windows, cmd metacharacters in the path are percent-encoded', () => {
    const { spawnFn, calls } = fakeSpawn();
    openInDefaultBrowser('file:///C:/Users/a&b/open.html', vi.fn(), 'win32', spawnFn);
    expect(calls).toEqual([
      { command: 'cmd', args: ['/c', 'start', '""', 'file:///C:/Users/a%26b/open.html'] },
    ]);
  });

  it('reports a browser that could not be started', async () => {
    const { spawnFn } = fakeSpawn(3);
    const failed = new Promise<string>((resolve) =>
      openInDefaultBrowser(FILE_URL, resolve, 'linux', spawnFn),
    );
    await expect(failed).resolves.toBe('xdg-open exited with code 3');
  });
});
