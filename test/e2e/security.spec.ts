import { expect, test } from './fixtures';

/**
 * The hardening a user never sees but relies on: nothing but our tab can use
 * the browser host's API, and in Electron the page cannot leave the app, open
 * windows or reach Node.
 */

test.describe('browser host access', () => {
  test.skip(({ studioHost }) => studioHost !== 'browser', 'browser host only');

  test('the API refuses a client without the session cookie', async ({ studio, playwright }) => {
    const origin = new URL(studio.page.url()).origin;
    const stranger = await playwright.request.newContext();
    try {
      const call = await stranger.post(`${origin}/api/app:info`, { data: {} });
      expect(call.status()).toBe(403);
      const page = await stranger.get(`${origin}/`);
      expect(page.status()).toBe(403);
      expect(await page.text()).toContain('printed in the terminal');
    } finally {
      await stranger.dispose();
    }
  });

  test('the API refuses a cross-origin POST even with the cookie', async ({ studio }) => {
    const origin = new URL(studio.page.url()).origin;
    // page.request shares the tab's cookies: only the Origin header differs.
    const own = await studio.page.request.post(`${origin}/api/app:info`, { data: {} });
    expect(own.status()).toBe(200);
    const forged = await studio.page.request.post(`${origin}/api/app:info`, {
      data: {},
      headers: { Origin: 'http://evil.example' },
    });
    expect(forged.status()).toBe(403);
  });

  test('the app is served with a strict Content-Security-Policy', async ({ studio }) => {
    const origin = new URL(studio.page.url()).origin;
    const response = await studio.page.request.get(`${origin}/`);
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
  });

  test('the session token does not stay in the address bar', async ({ studio }) => {
    expect(new URL(studio.page.url()).search).toBe('');
  });
});

test.describe('electron sandbox', () => {
  test.skip(({ studioHost }) => studioHost !== 'electron', 'electron only');

  test('the page sees window.api and nothing of Node or Electron', async ({ studio }) => {
    const exposed = await studio.page.evaluate(() => ({
      api: Object.keys(window.api ?? {}).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(exposed).toEqual({
      api: ['invoke', 'onMenuCommand'],
      require: 'undefined',
      process: 'undefined',
    });
  });

  test('a channel outside the contract is refused', async ({ studio }) => {
    const outcome = await studio.page.evaluate(() =>
      window.api
        ?.invoke('shell:exec' as 'app:info', {})
        .then(() => 'answered')
        .catch((error: unknown) => String(error)),
    );
    expect(outcome).toContain('Unknown channel');
  });

  test('arguments outside the schema are refused by the main process', async ({ studio }) => {
    const outcome = await studio.page.evaluate(() =>
      window.api
        ?.invoke('settings:set', { locale: 'fr' } as unknown as { locale: 'en' })
        .then(() => 'answered')
        .catch((error: unknown) => String(error)),
    );
    expect(outcome).toContain('bad-args');
  });

  test('the page cannot navigate away or open windows', async ({ studio }) => {
    const before = studio.page.url();
    const opened = await studio.page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    await studio.page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await expect(studio.page.locator('[data-app-state="ready"]').first()).toBeAttached();
    expect(studio.page.url()).toBe(before);
  });
});
