import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  _electron,
  test as base,
  type Browser,
  type BrowserContext,
  type Page,
  type TestInfo,
} from '@playwright/test';
import {
  browserHostContext,
  RENDERER_DIR,
  REPO_ROOT,
} from '../../src/main/browser-host/host-context';
import { startBrowserHost, type BrowserHost } from '../../src/main/browser-host/server';
import { createHandlers } from '../../src/main/services/handlers';
import { DIALOG_ANSWERS_ENV } from '../../src/main/shell/dialog-seam';
import { resolveLocale } from '../../src/shared/i18n';
import type { Locale } from '../../src/shared/workspace/schema';
import { ELECTRON_SKIPPED, electronExecutable } from './electron-binary';

/**
 * The one e2e fixture: `studio` is the app, started fresh for each test with
 * empty temporary folders, already showing `[data-app-state="ready"]` — or,
 * after a restart that left unsaved edits behind, `"asking"`: the start-up
 * question about restoring them is on screen.
 *
 * - browser-host project: the browser host runs in this worker process (no
 *   child process) over createHandlers, and a new Chromium context opens its
 *   single-use login URL (the page keeps the session in sessionStorage).
 * - electron project: the built app (`out/`) through Playwright's _electron,
 *   with NSS_DATA_DIR / NSS_WORKSPACE_DIR / NSS_E2E_DIALOG_ANSWERS.
 *
 * Language: zh-CN unless the test says `test.use({ locale: 'en' })`; it sets
 * both the host's OS language and the browser's.
 */

export type StudioHost = 'browser' | 'electron';
/** One answer of a native file dialog (electron only); null = the user cancelled. */
export type DialogAnswer = { path: string } | null;

/** Files written before the app starts, by path relative to the folder. */
export interface StudioSeed {
  data?: Record<string, string | Uint8Array>;
  workspace?: Record<string, string | Uint8Array>;
}

export interface Studio {
  host: StudioHost;
  locale: Locale;
  page: Page;
  /** The app's own data folder (settings, recent list; in Electron also Chromium's profile). Not created until the app writes to it. */
  dataDir: string;
  /** Where the app suggests saving workspaces; exists and is empty at start. */
  workspaceDir: string;
  /** Every URL the app's pages requested since the test began, across restarts. */
  requests: string[];
  /** Messages the page logged as errors or threw, since the test began. */
  pageErrors: string[];
  /** Electron only: answers for the next native open/save dialogs, in order. */
  queueDialogAnswers(...answers: DialogAnswer[]): Promise<void>;
  /**
   * Quit and start again with the same folders. Browser storage (IndexedDB)
   * survives, as it does in Electron's profile: the browser context is kept and
   * the host comes back on the same port, so the origin is the same. The page is
   * closed without beforeunload, like a crash or a forced quit.
   */
  restart(): Promise<void>;
}

export interface StudioOptions {
  studioHost: StudioHost;
  studioSeed: StudioSeed;
}

interface StudioFixtures {
  studio: Studio;
  /** Skips every test of the electron project when the binary is missing. */
  electronGate: void;
}

interface WorkerFixtures extends Pick<StudioOptions, 'studioHost'> {
  /** One Chromium per worker, launched only when a browser-host test first needs it. */
  hostChromium: () => Promise<Browser>;
}

const READY_TIMEOUT = 20_000;
const CLOSE_TIMEOUT = 10_000;

/** Wait for a cleanup step, but never longer than `ms`; a hung close must not hang the suite. */
async function within(ms: number, label: string, step: () => Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      console.warn(`e2e teardown: ${label} did not finish within ${ms} ms`);
      resolve();
    }, ms);
  });
  try {
    await Promise.race([step().then(() => undefined), timeout]);
  } catch (error) {
    console.warn(`e2e teardown: ${label} failed`, error);
  } finally {
    clearTimeout(timer);
  }
}

async function writeSeed(folder: string, files: Record<string, string | Uint8Array> = {}) {
  for (const [relative, content] of Object.entries(files)) {
    const target = join(folder, relative);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}

function watchPage(page: Page, studio: Pick<Studio, 'requests' | 'pageErrors'>): void {
  page.on('websocket', (socket) => studio.requests.push(socket.url()));
  page.on('pageerror', (error) => studio.pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') studio.pageErrors.push(message.text());
  });
}

async function waitUntilReady(page: Page, pageErrors: string[]): Promise<void> {
  try {
    await page
      .locator('[data-app-state="ready"], [data-app-state="asking"]')
      .first()
      .waitFor({ state: 'attached', timeout: READY_TIMEOUT });
  } catch (error) {
    const detail = pageErrors.length > 0 ? `\nPage errors:\n  ${pageErrors.join('\n  ')}` : '';
    throw new Error(
      `The app did not reach data-app-state="ready" (or "asking") within ${READY_TIMEOUT} ms${detail}`,
      { cause: error },
    );
  }
}

interface RunningApp {
  page: Page;
  /** Quit this run of the app (host and page), keeping what a real restart keeps. */
  stop(): Promise<void>;
  /** After the last stop: release everything. */
  dispose(): Promise<void>;
}

interface Launch {
  locale: Locale;
  dataDir: string;
  workspaceDir: string;
  dialogAnswersFile: string;
  studio: Pick<Studio, 'requests' | 'pageErrors'>;
}

/** Browser host, in-process. Returns a starter that can be called again for restart(). */
function browserLauncher(browser: Browser, launch: Launch): () => Promise<RunningApp> {
  let context: BrowserContext | null = null;
  let port = 0;

  return async () => {
    if (!context) {
      // A fresh context per test: its own storage, cookies and language.
      context = await browser.newContext({ locale: launch.locale });
      context.on('request', (request) => launch.studio.requests.push(request.url()));
    }
    const handlers = createHandlers(
      browserHostContext({
        osLocale: launch.locale,
        dataDir: launch.dataDir,
        defaultFolder: launch.workspaceDir,
        // The test's own folder is the one place the app may use, as home is for a user.
        pathPolicy: { kind: 'roots', roots: [dirname(launch.workspaceDir)] },
        warn: () => {},
      }),
    );
    const host: BrowserHost = await startBrowserHost({
      port,
      rendererDir: RENDERER_DIR,
      handlers,
      log: (message, error) => console.error(message, error),
    });
    // Same port next time: same origin, so IndexedDB survives restart().
    port = host.port;
    const page = await context.newPage();
    watchPage(page, launch.studio);
    // The login URL works once, and this is its once: each start is a new host
    // with a new token, and the new page a new tab with a new session.
    const login = await page.goto(host.url);
    if (login?.status() !== 200) {
      throw new Error(`The browser host refused its own login URL (HTTP ${login?.status()})`);
    }
    await waitUntilReady(page, launch.studio.pageErrors);

    const ownContext = context;
    return {
      page,
      async stop() {
        await within(CLOSE_TIMEOUT, 'closing the page', () => page.close());
        await within(CLOSE_TIMEOUT, 'closing the browser host', () => host.close());
      },
      async dispose() {
        await within(CLOSE_TIMEOUT, 'closing the browser context', () => ownContext.close());
      },
    };
  };
}

function electronEnv(launch: Launch): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined) env[name] = value;
  }
  // Set in some shells and CI images; it turns Electron into plain Node and
  // breaks the launch ("bad option: --remote-debugging-port").
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.ELECTRON_RENDERER_URL;
  const posixLocale = launch.locale === 'zh-CN' ? 'zh_CN.UTF-8' : 'en_US.UTF-8';
  return {
    ...env,
    LANG: posixLocale,
    LC_ALL: posixLocale,
    LANGUAGE: launch.locale.replace('-', '_'),
    NSS_DATA_DIR: launch.dataDir,
    NSS_WORKSPACE_DIR: launch.workspaceDir,
    [DIALOG_ANSWERS_ENV]: launch.dialogAnswersFile,
  };
}

function electronLauncher(executablePath: string, launch: Launch): () => Promise<RunningApp> {
  return async () => {
    const app = await _electron.launch({
      executablePath,
      // '.' = the repository: Electron reads name and version from package.json
      // ("main": out/main/index.js), as `electron-vite preview` does.
      args: ['.', `--lang=${launch.locale}`],
      cwd: REPO_ROOT,
      env: electronEnv(launch),
      timeout: 30_000,
    });
    app.context().on('request', (request) => launch.studio.requests.push(request.url()));
    const page = await app.firstWindow();
    watchPage(page, launch.studio);
    await waitUntilReady(page, launch.studio.pageErrors);
    return {
      page,
      async stop() {
        await within(CLOSE_TIMEOUT, 'quitting Electron', () => app.close());
        // A renderer that refuses to unload, or a hung quit: end it the hard way.
        const child = app.process();
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      },
      async dispose() {},
    };
  };
}

export const test = base.extend<StudioFixtures & Pick<StudioOptions, 'studioSeed'>, WorkerFixtures>(
  {
    studioHost: ['browser', { option: true, scope: 'worker' }],
    studioSeed: [{}, { option: true }],
    // The reference language is the default; a test may `test.use({ locale: 'en' })`.
    locale: 'zh-CN',

    hostChromium: [
      async ({ playwright }, use, workerInfo) => {
        const state: { launched: Promise<Browser> | null } = { launched: null };
        // Lazily: the electron project must not need Chromium at all.
        await use(() => {
          state.launched ??= playwright.chromium.launch(workerInfo.project.use.launchOptions ?? {});
          return state.launched;
        });
        if (state.launched) {
          const browser = await state.launched;
          await within(CLOSE_TIMEOUT, 'closing Chromium', () => browser.close());
        }
      },
      { scope: 'worker' },
    ],

    electronGate: [
      async ({ studioHost }, use, testInfo: TestInfo) => {
        testInfo.skip(studioHost === 'electron' && electronExecutable() === null, ELECTRON_SKIPPED);
        await use();
      },
      { auto: true },
    ],

    studio: [
      async ({ studioHost, studioSeed, locale, hostChromium }, use) => {
        const appLocale = resolveLocale(locale);
        const root = await mkdtemp(join(tmpdir(), 'nss-e2e-'));
        const dataDir = join(root, 'data');
        const workspaceDir = join(root, 'workspaces');
        const dialogAnswersFile = join(root, 'dialog-answers.json');
        await mkdir(workspaceDir);
        await writeFile(dialogAnswersFile, '[]');
        await writeSeed(dataDir, studioSeed.data);
        await writeSeed(workspaceDir, studioSeed.workspace);

        const watched = { requests: [] as string[], pageErrors: [] as string[] };
        const launch: Launch = {
          locale: appLocale,
          dataDir,
          workspaceDir,
          dialogAnswersFile,
          studio: watched,
        };

        let start: () => Promise<RunningApp>;
        if (studioHost === 'electron') {
          const executable = electronExecutable();
          if (executable === null) throw new Error(ELECTRON_SKIPPED); // electronGate skipped already
          start = electronLauncher(executable, launch);
        } else {
          start = browserLauncher(await hostChromium(), launch);
        }

        let running: RunningApp | null = null;
        try {
          running = await start();
          const current = running;
          const studio: Studio = {
            host: studioHost,
            locale: appLocale,
            page: current.page,
            dataDir,
            workspaceDir,
            requests: watched.requests,
            pageErrors: watched.pageErrors,
            async queueDialogAnswers(...answers) {
              if (studioHost !== 'electron') {
                throw new Error(
                  'queueDialogAnswers: the browser host has no native dialogs; the renderer asks for a path itself',
                );
              }
              await writeFile(dialogAnswersFile, JSON.stringify(answers));
            },
            async restart() {
              if (running) await running.stop();
              running = null;
              running = await start();
              studio.page = running.page;
            },
          };
          await use(studio);
        } finally {
          if (running) await running.stop();
          if (running) await running.dispose();
          await within(CLOSE_TIMEOUT, 'removing temporary folders', () =>
            rm(root, { recursive: true, force: true, maxRetries: 3 }),
          );
        }
      },
      { timeout: 60_000 },
    ],
  },
);

export { expect } from '@playwright/test';
