import { expect, test } from './fixtures';

/**
 * An offline tool must not touch the network, not even for a font or an
 * update check. The fixture records every request the app's pages make from
 * the first navigation on; after starting, showing the sample and a few
 * gestures, each must have gone to this machine (or be data:/blob:).
 */

function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'app:' || protocol === 'devtools:') return true;
    return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
  } catch {
    return false;
  }
}

test('the app makes no request beyond this machine', async ({ studio }) => {
  const { page } = studio;

  // On first start the sample workspace is shown.
  await expect(page.getByTestId('workspace-name')).not.toBeEmpty();
  const nodes = page.getByTestId('metric-node');
  await expect(nodes.first()).toBeVisible();

  // Click around: select metrics, switch language and back, look at the open dialog.
  await nodes.first().click();
  await expect(page.getByTestId('inspector')).toBeVisible();
  if ((await nodes.count()) > 1) await nodes.nth(1).click();
  await page.getByTestId('language-en').click();
  await expect(page.getByTestId('language-en')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('language-zh-CN').click();
  await expect(page.getByTestId('language-zh-CN')).toHaveAttribute('aria-pressed', 'true');
  // Electron would show a native dialog: answer it with "cancel" through the test seam.
  if (studio.host === 'electron') await studio.queueDialogAnswers(null);
  await page.getByTestId('toolbar-open').click();
  await page.keyboard.press('Escape');

  // And across a restart, where IndexedDB and the recent list are read back.
  await studio.restart();
  await expect(studio.page.getByTestId('metric-node').first()).toBeVisible();

  expect(studio.requests.length, 'the recorder saw the app load').toBeGreaterThan(0);
  expect(studio.requests.filter((url) => !isLocal(url))).toEqual([]);
  // A remote URL the CSP stopped never shows up as a request, but as a console error.
  expect(studio.pageErrors.filter((message) => /Content Security Policy/i.test(message))).toEqual(
    [],
  );
});
