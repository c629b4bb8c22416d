import type { Browser, Page } from '@playwright/test';
import { uiEn } from '../../src/shared/i18n/ui.en';
import { uiZhCN } from '../../src/shared/i18n/ui.zh-CN';
import { expect, test, type Studio } from './fixtures';

/**
 * The hardening a user never sees but relies on: nothing but a tab we signed
 * in can use the browser host's API, and in Electron the page cannot leave the
 * app, open windows or reach Node.
 */

/** The single-use login URL the fixture's tab opened (the last start's, after a restart). */
function loginUrlOf(studio: Studio): URL {
  const logins = studio.requests
    .map((url) => new URL(url))
    .filter((url) => url.searchParams.has('token'));
  const last = logins.at(-1);
  if (!last) throw new Error('the fixture opened no login URL');
  return last;
}

function browserOf(studio: Studio): Browser {
  const browser = studio.page.context().browser();
  if (!browser) throw new Error('browser host: the page has a browser');
  return browser;
}

/** The secret our tab keeps (src/renderer/host/session.ts). */
function sessionOf(page: Page): Promise<string | null> {
  return page.evaluate(() => sessionStorage.getItem('nss-session'));
}

const SIGNED_OUT = '[data-app-state="signed-out"]';

/**
 * Ask the page to go to `url`, and report what the browser did with it, in
 * the order Chromium tells the DevTools protocol: `requested` (the attempt
 * reached the browser), `navigated <url>` if a document was committed, and
 * `stopped` when the frame stopped loading, that is when the browser was done
 * with the attempt, whichever way it went. A refused navigation is
 * `requested, stopped`; one let through commits a document first, even when its
 * request then fails (Chromium commits an error page). Waiting for `stopped`
 * waits on the browser's own answer, not on a timer. Checked in Debian's
 * Chromium 156 against a dropped navigation (a 204 answer) and a blocked one.
 */
async function navigationAttempt(page: Page, url: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Page.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const mainFrame = frameTree.frame.id;
    const events: string[] = [];
    const done = new Promise<void>((resolve) => {
      cdp.on('Page.frameRequestedNavigation', (event) => {
        if (event.frameId === mainFrame && event.url === url) events.push('requested');
      });
      cdp.on('Page.frameNavigated', (event) => {
        if (event.frame.id === mainFrame && events.length > 0) {
          events.push(`navigated ${event.frame.url}`);
        }
      });
      cdp.on('Page.frameStoppedLoading', (event) => {
        if (event.frameId !== mainFrame || events.length === 0) return;
        events.push('stopped');
        resolve();
      });
    });
    await page.evaluate((target) => {
      window.location.href = target;
    }, url);
    await done;
    return events;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

test.describe('browser host access', () => {
  test.skip(({ studioHost }) => studioHost !== 'browser', 'browser host only');

  test('the login URL works once: opened again later, it is refused with what to do', async ({
    studio,
  }) => {
    const loginUrl = loginUrlOf(studio);
    // Someone who copied the address (another browser, another person) opens it after us.
    const later = await browserOf(studio).newContext({ locale: 'zh-CN' });
    try {
      const page = await later.newPage();
      const refused = await page.goto(loginUrl.href);
      expect(refused?.status()).toBe(403);
      await expect(page.locator('body')).toContainText('终端中打印的地址');
      await expect(page.locator('body')).toContainText('printed in the terminal');
      await expect(page.locator(SIGNED_OUT)).toHaveCount(0);
    } finally {
      await later.close();
    }
    // Also from our own tab's browser context: the token is spent, not ours to reuse.
    const again = await studio.page.request.get(loginUrl.href);
    expect(again.status()).toBe(403);
    expect(await again.text()).not.toContain('nss-session');
  });

  test('a tab opened by hand is told how to sign in, in the browser’s language, and asks the host nothing', async ({
    studio,
  }) => {
    const origin = loginUrlOf(studio).origin;
    for (const [locale, text] of [
      ['zh-CN', uiZhCN.app],
      ['en', uiEn.app],
    ] as const) {
      const byHand = await browserOf(studio).newContext({ locale });
      try {
        const apiCalls: string[] = [];
        byHand.on('request', (request) => {
          if (new URL(request.url()).pathname.startsWith('/api/')) apiCalls.push(request.url());
        });
        const page = await byHand.newPage();
        await page.goto(`${origin}/`);
        const message = page.locator(SIGNED_OUT).getByRole('alert');
        await expect(message).toContainText(text.signedOut);
        await expect(message).toContainText(text.signedOutHint);
        expect(apiCalls, locale).toEqual([]);
      } finally {
        await byHand.close();
      }
    }
  });

  test('a reload keeps the tab signed in', async ({ studio }) => {
    const secret = await sessionOf(studio.page);
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    const reloaded = await studio.page.reload();
    // The address bar said `/`, so the reload asked for the public page, not the spent login URL.
    expect(reloaded?.request().url()).toBe(`${loginUrlOf(studio).origin}/`);
    await expect(studio.page.locator('[data-app-state="ready"]')).toBeAttached();
    await expect(studio.page.getByTestId('metric-node').first()).toBeVisible();
    await expect(studio.page.locator(SIGNED_OUT)).toHaveCount(0);
    expect(await sessionOf(studio.page)).toBe(secret);
  });

  test('a tab our page opens shares its session (the way a second view will open)', async ({
    studio,
  }) => {
    const [second] = await Promise.all([
      studio.page.context().waitForEvent('page'),
      studio.page.evaluate(() => void window.open('/', '_blank')),
    ]);
    try {
      await expect(second.locator('[data-app-state="ready"]')).toBeAttached();
      await expect(second.getByTestId('metric-node').first()).toBeVisible();
      expect(await sessionOf(second)).toBe(await sessionOf(studio.page));
    } finally {
      await second.close();
    }
  });

  test('the API refuses the old cookie alone and a call without the session header', async ({
    studio,
    playwright,
  }) => {
    const loginUrl = loginUrlOf(studio);
    const { origin, port } = loginUrl;
    const token = loginUrl.searchParams.get('token') ?? '';
    const stranger = await playwright.request.newContext();
    try {
      const oldCookie = await stranger.post(`${origin}/api/app:info`, {
        data: {},
        headers: { Cookie: `nss_token_${port}=${token}`, Origin: origin },
      });
      expect(oldCookie.status()).toBe(403);
      expect(await oldCookie.json()).toEqual({ error: 'no-session' });
    } finally {
      await stranger.dispose();
    }
    // The tab's own browser context, without the header its script adds.
    const bare = await studio.page.request.post(`${origin}/api/app:info`, {
      data: {},
      headers: { Origin: origin },
    });
    expect(bare.status()).toBe(403);
    // Control: the same call with the tab's session is answered, so the refusals above are the header's doing.
    const own = await studio.page.request.post(`${origin}/api/app:info`, {
      data: {},
      headers: { Origin: origin, 'X-NSS-Session': (await sessionOf(studio.page)) ?? '' },
    });
    expect(own.status()).toBe(200);
    expect(await studio.page.context().cookies()).toEqual([]);
  });

  test('the API refuses a cross-origin POST even with the session', async ({ studio }) => {
    const origin = loginUrlOf(studio).origin;
    const session = { 'X-NSS-Session': (await sessionOf(studio.page)) ?? '' };
    const own = await studio.page.request.post(`${origin}/api/app:info`, {
      data: {},
      headers: { ...session, Origin: origin },
    });
    expect(own.status()).toBe(200);
    const forged = await studio.page.request.post(`${origin}/api/app:info`, {
      data: {},
      headers: { ...session, Origin: 'http://evil.example' },
    });
    expect(forged.status()).toBe(403);
  });

  test('the app is served with a strict Content-Security-Policy', async ({ studio }) => {
    const origin = loginUrlOf(studio).origin;
    const response = await studio.page.request.get(`${origin}/`);
    const csp = response.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
  });

  test('neither the token nor the session stays in the address bar or the page', async ({
    studio,
  }) => {
    expect(new URL(studio.page.url()).search).toBe('');
    await expect(studio.page.locator('meta[name="nss-session"]')).toHaveCount(0);
  });

  test('control for the navigation probe: without Electron’s guard, it sees the page leave', async ({
    studio,
  }) => {
    const elsewhere = `${loginUrlOf(studio).origin}/?elsewhere`;
    const events = await navigationAttempt(studio.page, elsewhere);
    expect(events).toEqual(['requested', `navigated ${elsewhere}`, 'stopped']);
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
      api: ['invoke', 'onMenuCommand', 'onOpenFileRequest'],
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
    // `will-navigate` is prevented in the main process (shell/security.ts): the
    // browser receives the attempt and drops it, and no document is committed.
    // Without the guard the network filter would still stop the request, but
    // Chromium would commit its error page in our window: `navigated` would show.
    const events = await navigationAttempt(studio.page, 'https://example.com/');
    expect(events).toEqual(['requested', 'stopped']);
    expect(studio.page.url()).toBe(before);
    await expect(studio.page.locator('[data-app-state="ready"]').first()).toBeAttached();
  });
});
