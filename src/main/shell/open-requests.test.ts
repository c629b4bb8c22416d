import { EventEmitter } from 'node:events';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_OPEN_FILE_PATH_LENGTH, OPEN_FILE_REQUEST_EVENT } from '../../shared/ipc/events';
import {
  asWorkspacePath,
  createOpenFileRequests,
  workspacePathFromArgv,
  type OpenRequestTarget,
} from './open-requests';

const ELECTRON = '/repo/node_modules/electron/dist/electron';
const APP = '/opt/North Star Studio/north-star-studio';

describe('workspace path from a command line', () => {
  it('skips the executable and the app path when not packaged (electron . plan.northstar)', () => {
    expect(workspacePathFromArgv([ELECTRON, '.', 'plan.northstar'], '/home/me', false)).toBe(
      '/home/me/plan.northstar',
    );
    // The e2e fixture's own arguments: no file, nothing to open.
    expect(workspacePathFromArgv([ELECTRON, '.', '--lang=zh-CN'], '/repo', false)).toBeNull();
    // The app path is never taken for the file, whatever it is called.
    expect(workspacePathFromArgv([ELECTRON, 'app.northstar'], '/repo', false)).toBeNull();
  });

  it('takes the first argument after the executable when packaged (a double-click)', () => {
    expect(workspacePathFromArgv([APP, '/home/me/计划/Q3.northstar'], '/', true)).toBe(
      '/home/me/计划/Q3.northstar',
    );
    expect(workspacePathFromArgv([APP], '/', true)).toBeNull();
  });

  it("skips Electron's and Chromium's switches, also those added to a second instance", () => {
    const secondInstance = [
      ELECTRON,
      '--allow-file-access-from-files',
      '--enable-avfoundation',
      '.',
      '--original-process-start-time=13372036854775807',
      'plan.northstar',
    ];
    expect(workspacePathFromArgv(secondInstance, '/home/me/work', false)).toBe(
      '/home/me/work/plan.northstar',
    );
    expect(
      workspacePathFromArgv([APP, '-psn_0_12345', '--lang=en', 'a.northstar'], '/w', true),
    ).toBe('/w/a.northstar');
  });

  it("resolves a relative path against the started process's working directory", () => {
    expect(workspacePathFromArgv([APP, '../shared/plan.northstar'], '/home/me/work', true)).toBe(
      '/home/me/shared/plan.northstar',
    );
  });

  it('matches the extension in any case and takes the first workspace file only', () => {
    expect(
      workspacePathFromArgv([APP, 'notes.txt', 'Plan.NorthStar', 'b.northstar'], '/w', true),
    ).toBe('/w/Plan.NorthStar');
  });

  it('ignores anything that is not a workspace file', () => {
    for (const argument of [
      '/etc/passwd',
      'plan.northstar.bak',
      'plan.northstar.exe',
      '.northstar',
      '/w/.northstar',
      'https://example.com/plan.northstar',
      'file:///home/me/plan.northstar',
      'plan.north\0star.northstar',
      `${'x'.repeat(MAX_OPEN_FILE_PATH_LENGTH)}.northstar`,
      '',
    ]) {
      expect(workspacePathFromArgv([APP, argument], '/w', true), argument).toBeNull();
    }
  });

  it('takes what follows "--" as a file even when it starts with a dash', () => {
    expect(workspacePathFromArgv([APP, '--', '--odd.northstar'], '/w', true)).toBe(
      '/w/--odd.northstar',
    );
    expect(workspacePathFromArgv([APP, '--odd.northstar'], '/w', true)).toBeNull();
  });

  it('resolves Windows paths the Windows way', () => {
    expect(
      workspacePathFromArgv(
        [
          'C:\\Program Files\\North Star Studio\\North Star Studio.exe',
          'C:\\Users\\me\\Q3.northstar',
        ],
        'C:\\Windows\\System32',
        true,
        path.win32,
      ),
    ).toBe('C:\\Users\\me\\Q3.northstar');
    expect(asWorkspacePath('计划.northstar', 'D:\\工作', path.win32)).toBe(
      'D:\\工作\\计划.northstar',
    );
  });
});

/** A web contents stand-in: loading until told otherwise, recording what it was sent. */
class FakeContents extends EventEmitter implements OpenRequestTarget {
  loading = true;
  destroyed = false;
  sent: unknown[][] = [];
  isDestroyed() {
    return this.destroyed;
  }
  isLoading() {
    return this.loading;
  }
  send(channel: string, ...args: unknown[]) {
    this.sent.push([channel, ...args]);
  }
  finishLoading() {
    this.loading = false;
    this.emit('did-finish-load');
  }
}

describe('handing open requests to the page', () => {
  it('keeps the start-up file until the page has loaded', () => {
    const requests = createOpenFileRequests();
    requests.request('/w/start.northstar');
    const contents = new FakeContents();
    requests.attach(contents);
    expect(contents.sent).toEqual([]);
    contents.finishLoading();
    expect(contents.sent).toEqual([[OPEN_FILE_REQUEST_EVENT, '/w/start.northstar']]);
  });

  it('sends at once to a loaded page, and each path once', () => {
    const requests = createOpenFileRequests();
    const contents = new FakeContents();
    requests.attach(contents);
    contents.finishLoading();
    requests.request('/w/a.northstar');
    requests.request('/w/b.northstar');
    // A reload of the page does not open them again.
    contents.finishLoading();
    expect(contents.sent).toEqual([
      [OPEN_FILE_REQUEST_EVENT, '/w/a.northstar'],
      [OPEN_FILE_REQUEST_EVENT, '/w/b.northstar'],
    ]);
  });

  it('waits for the next window when the last one is gone (macOS)', () => {
    const requests = createOpenFileRequests();
    const closed = new FakeContents();
    requests.attach(closed);
    closed.finishLoading();
    closed.destroyed = true;
    requests.request('/w/later.northstar');
    expect(closed.sent).toEqual([]);
    const next = new FakeContents();
    requests.attach(next);
    next.finishLoading();
    expect(next.sent).toEqual([[OPEN_FILE_REQUEST_EVENT, '/w/later.northstar']]);
  });
});
