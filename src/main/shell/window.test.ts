import type { BrowserWindowConstructorOptions, IpcMainInvokeEvent, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { shellLabels } from './menu-labels';
import { chooseRendererLocation, RENDERER_INDEX_URL } from './renderer-location';

/*
 * Electron cannot run here (no binary): BrowserWindow, web contents and frames
 * are stand-ins shaped like Electron's, with the fields the sender check reads.
 * What this proves is the check's logic; that Electron fills those fields as
 * documented is taken from its documentation.
 */

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
  detached: boolean;
}

const created = vi.hoisted(() => ({
  windows: [] as Array<{ options: unknown; loaded: string[]; webContents: unknown }>,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    readonly loaded: string[] = [];
    readonly webContents = {
      mainFrame: {
        url: '',
        parent: null,
        processId: 41,
        routingId: 1,
        detached: false,
      },
      on: () => undefined,
    };
    constructor(readonly options: unknown) {
      created.windows.push(this);
    }
    once() {
      return this;
    }
    loadURL(url: string) {
      this.loaded.push(url);
      this.webContents.mainFrame.url = url;
      return Promise.resolve();
    }
  }
  return { BrowserWindow, dialog: { showMessageBoxSync: () => 1 } };
});

const { createMainWindow, createSenderCheck, trustWebContents } = await import('./window');

const built = chooseRendererLocation(undefined, true, '/opt/nss/out/renderer');
const dev = chooseRendererLocation('http://localhost:5173', false, '/opt/nss/out/renderer');
const check = createSenderCheck(built);

let nextProcess = 100;

/** A web contents showing `url` in its main frame. */
function contentsShowing(url: string): WebContents & { mainFrame: FakeFrame } {
  const mainFrame: FakeFrame = {
    url,
    parent: null,
    processId: nextProcess++,
    routingId: 1,
    detached: false,
  };
  return { mainFrame } as unknown as WebContents & { mainFrame: FakeFrame };
}

function ownContentsShowing(url: string) {
  const contents = contentsShowing(url);
  trustWebContents(contents);
  return contents;
}

function call(sender: WebContents, senderFrame: FakeFrame | null): IpcMainInvokeEvent {
  return { sender, senderFrame } as unknown as IpcMainInvokeEvent;
}

beforeEach(() => {
  created.windows.length = 0;
});

describe('IPC sender check', () => {
  it('accepts the main frame of our own window showing our renderer', () => {
    const contents = ownContentsShowing(RENDERER_INDEX_URL);
    expect(check(call(contents, contents.mainFrame))).toBe(true);
    contents.mainFrame.url = `${RENDERER_INDEX_URL}#/metrics`;
    expect(check(call(contents, contents.mainFrame))).toBe(true);
  });

  it('refuses an iframe inside our page, even one showing our renderer', () => {
    const contents = ownContentsShowing(RENDERER_INDEX_URL);
    const iframe: FakeFrame = {
      url: RENDERER_INDEX_URL,
      parent: contents.mainFrame,
      processId: contents.mainFrame.processId,
      routingId: 2,
      detached: false,
    };
    expect(check(call(contents, iframe))).toBe(false);
    // The parent alone decides, even if the ids were (impossibly) the main frame's.
    expect(check(call(contents, { ...contents.mainFrame, parent: contents.mainFrame }))).toBe(
      false,
    );
  });

  it('refuses the main frame of a web contents we did not create', () => {
    const stranger = contentsShowing(RENDERER_INDEX_URL);
    expect(check(call(stranger, stranger.mainFrame))).toBe(false);
  });

  it('refuses our main frame once it has navigated elsewhere', () => {
    const contents = ownContentsShowing(RENDERER_INDEX_URL);
    for (const url of [
      'https://evil.example/',
      'file:///opt/nss/out/renderer/index.html',
      'app://renderer/assets/index.js',
      'app://evil/index.html',
      'data:text/html,<script>1</script>',
    ]) {
      contents.mainFrame.url = url;
      expect(check(call(contents, contents.mainFrame)), url).toBe(false);
    }
  });

  it('refuses a call from a frame that is gone (senderFrame null) or detached', () => {
    const contents = ownContentsShowing(RENDERER_INDEX_URL);
    expect(check(call(contents, null))).toBe(false);
    expect(check(call(contents, { ...contents.mainFrame, detached: true }))).toBe(false);
  });

  it("refuses a top-level frame that is not the web contents' main frame", () => {
    const contents = ownContentsShowing(RENDERER_INDEX_URL);
    const { mainFrame } = contents;
    const otherProcess = { ...mainFrame, processId: mainFrame.processId + 1 };
    const otherRouting = { ...mainFrame, routingId: mainFrame.routingId + 1 };
    expect(check(call(contents, otherProcess))).toBe(false);
    expect(check(call(contents, otherRouting))).toBe(false);
    // The control: the same frame with matching ids is accepted.
    expect(check(call(contents, { ...mainFrame }))).toBe(true);
  });

  it('accepts only the dev server origin under electron-vite dev', () => {
    const devCheck = createSenderCheck(dev);
    const contents = ownContentsShowing('http://localhost:5173/');
    expect(devCheck(call(contents, contents.mainFrame))).toBe(true);
    contents.mainFrame.url = RENDERER_INDEX_URL;
    expect(devCheck(call(contents, contents.mainFrame))).toBe(false);
  });
});

describe('main window', () => {
  function openWindow() {
    createMainWindow({
      location: built,
      preloadPath: '/opt/nss/out/preload/index.cjs',
      labels: () => shellLabels('en'),
      confirmUnsavedClose: true,
    });
    const [window] = created.windows;
    if (!window) throw new Error('no window created');
    return window as {
      options: BrowserWindowConstructorOptions;
      loaded: string[];
      webContents: WebContents & { mainFrame: FakeFrame };
    };
  }

  it('loads the renderer from app://, never from file://', () => {
    expect(openWindow().loaded).toEqual(['app://renderer/index.html']);
  });

  it('is trusted for IPC once it shows our renderer', () => {
    const { webContents } = openWindow();
    expect(check(call(webContents, webContents.mainFrame))).toBe(true);
  });

  it('runs its page sandboxed and isolated, without Node', () => {
    expect(openWindow().options.webPreferences).toMatchObject({
      preload: '/opt/nss/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    });
  });
});
