import { defineConfig } from '@playwright/test';
import type { StudioOptions } from './test/e2e/fixtures';

/**
 * One suite, two hosts, one renderer (docs/architecture.md, "Two hosts"):
 * - browser-host: Debian's Chromium against the in-process browser host; always runs.
 * - electron: the same specs against the built app, when the Electron binary is
 *   installed; otherwise every test skips and global-setup prints why.
 * No webServer: test/e2e/fixtures.ts starts a fresh host per test.
 * Playwright never downloads a browser here: the executable is given.
 */
export default defineConfig<StudioOptions>({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/e2e/global-setup.ts',
  outputDir: 'test-results',
  // Two cores on our machines: one test per core.
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    // zh-CN is the reference language; `test.use({ locale: 'en' })` switches host and browser.
    locale: 'zh-CN',
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'browser-host',
      use: {
        studioHost: 'browser',
        browserName: 'chromium',
        launchOptions: {
          executablePath: process.env.NSS_CHROMIUM ?? '/usr/bin/chromium',
          args: [
            // Without these Chromium keeps trying to reach Google's servers.
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-gpu',
            // Chromium's own sandbox cannot start as root (containers, CI).
            '--no-sandbox',
          ],
        },
      },
    },
    {
      name: 'electron',
      use: { studioHost: 'electron' },
    },
  ],
});
