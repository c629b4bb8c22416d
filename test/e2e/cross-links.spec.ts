import { errorsEn } from '../../src/shared/i18n/errors.en';
import { errorsZhCN } from '../../src/shared/i18n/errors.zh-CN';
import { uiEn } from '../../src/shared/i18n/ui.en';
import { uiZhCN } from '../../src/shared/i18n/ui.zh-CN';
import { expect, test } from './fixtures';
import { StudioPage } from './pages/studio-page';

/**
 * Cross-bound metrics (交叉绑定) on the sample, with the mouse: a line drawn
 * out of a box's grow handle and let go over another box with Shift held
 * makes that box also feed the first, drawn dashed and listed in the
 * inspector; a link that would loop is refused with the reason; removing it
 * in the inspector; Ctrl+Z / Ctrl+Shift+Z for each.
 */

const FAILURES = '下单失败率';
const REPURCHASE = '90天复购率';
const fill = (message: string, values: Record<string, string>) =>
  message.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

/** Draw a line out of `from`'s grow handle and hold it over `to`'s box, with Shift held if asked. */
async function drawLine(app: StudioPage, from: string, to: string, shift: boolean) {
  const handle = await app.growHandle(from).boundingBox();
  if (!handle) throw new Error('no grow handle');
  const start = { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 };
  await app.pressAndMove(start, await app.centreOf(to));
  if (shift) await app.page.keyboard.down('Shift');
  // One more small move, as a hand makes, now with Shift.
  const over = await app.centreOf(to);
  await app.page.mouse.move(over.x + 2, over.y + 2, { steps: 2 });
}

async function letGo(app: StudioPage) {
  await app.release();
  await app.page.keyboard.up('Shift');
}

test.describe('cross-links', () => {
  test('Shift-drag from a handle onto a box cross-links it: dashed, listed in the inspector, one undo step; a loop is refused', async ({
    studio,
  }, testInfo) => {
    const app = new StudioPage(studio);
    const links = await app.crossLinkEdges.count();

    // Without Shift, over a box: only a hint, and letting go does nothing.
    await drawLine(app, FAILURES, REPURCHASE, false);
    await expect(app.linkCaption).toHaveText(uiZhCN.peoplePanel.linkHint);
    await app.page.keyboard.down('Shift');
    const over = await app.centreOf(REPURCHASE);
    await app.page.mouse.move(over.x, over.y);
    await expect(app.linkTarget).toHaveAttribute('data-title', REPURCHASE);
    await expect(app.linkCaption).toHaveText(
      fill(uiZhCN.peoplePanel.linkCaption, { metric: REPURCHASE, parent: FAILURES }),
    );
    await app.page.screenshot({ path: testInfo.outputPath('link-drag-zh.png') });
    await letGo(app);

    await expect(app.crossLinkEdges).toHaveCount(links + 1);
    await app.expectSelected(REPURCHASE);
    await expect(app.crossLinks).toHaveText([`${FAILURES}×`]);
    await expect(app.toastMessage.last()).toHaveText(
      fill(uiZhCN.peoplePanel.linked, { metric: REPURCHASE, parent: FAILURES }),
    );
    await app.page.screenshot({ path: testInfo.outputPath('link-made-zh.png') });
    await app.crossLinks.first().scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: testInfo.outputPath('link-inspector-zh.png') });

    await app.press('ControlOrMeta+Z');
    await expect(app.crossLinkEdges).toHaveCount(links);
    await expect(app.crossLinks).toHaveCount(0);
    await app.press('ControlOrMeta+Shift+Z');
    await expect(app.crossLinkEdges).toHaveCount(links + 1);
    await expect(app.crossLinks).toHaveCount(1);

    // Now REPURCHASE feeds FAILURES: FAILURES feeding REPURCHASE would loop.
    await drawLine(app, REPURCHASE, FAILURES, true);
    await expect(app.linkCaption).toHaveText(errorsZhCN.tree['cross-link-cycle']);
    await app.page.screenshot({ path: testInfo.outputPath('link-refused-zh.png') });
    await letGo(app);
    await expect(app.toastMessage.last()).toHaveText(errorsZhCN.tree['cross-link-cycle']);
    await expect(app.crossLinkEdges).toHaveCount(links + 1);

    // Removed in the inspector: one step, undone and redone.
    await app.selectMetric(REPURCHASE);
    await app.crossLinks.getByTestId('remove-cross-link').click();
    await expect(app.crossLinks).toHaveCount(0);
    await expect(app.crossLinkEdges).toHaveCount(links);
    await app.canvas.focus();
    await app.press('ControlOrMeta+Z');
    await expect(app.crossLinks).toHaveCount(1);
    await expect(app.crossLinkEdges).toHaveCount(links + 1);
    await app.press('ControlOrMeta+Shift+Z');
    await expect(app.crossLinks).toHaveCount(0);
  });

  test('from the inspector: the picker offers only parents that make no loop', async ({
    studio,
  }) => {
    const app = new StudioPage(studio);
    const links = await app.crossLinkEdges.count();
    await app.selectMetric(FAILURES);
    const offered = await app.addCrossLinkPicker.locator('option').allTextContents();
    // Not itself, not its tree parent (the North Star), not its own sub-metrics (a loop).
    expect(offered.some((label) => label.startsWith(FAILURES))).toBe(false);
    expect(offered.some((label) => label.startsWith('每活跃用户月均下单数'))).toBe(false);
    expect(offered.some((label) => label.startsWith('P1级故障次数'))).toBe(false);
    const repurchase = offered.find((label) => label.startsWith(REPURCHASE));
    expect(repurchase).toBeDefined();
    await app.addCrossLinkPicker.selectOption({ label: repurchase! });
    await expect(app.crossLinks).toHaveText([`${REPURCHASE}×`]);
    await expect(app.crossLinkEdges).toHaveCount(links + 1);
    await app.canvas.focus();
    await app.press('ControlOrMeta+Z');
    await expect(app.crossLinks).toHaveCount(0);
    await expect(app.crossLinkEdges).toHaveCount(links);
  });
});

test.describe('cross-links, in English', () => {
  test.use({ locale: 'en' });

  test('the caption and the refusal read in English', async ({ studio }, testInfo) => {
    const app = new StudioPage(studio);
    const failures = 'Order failure rate';
    const repurchase = '90-day repurchase rate';
    await drawLine(app, failures, repurchase, true);
    await expect(app.linkCaption).toHaveText(
      fill(uiEn.peoplePanel.linkCaption, { metric: repurchase, parent: failures }),
    );
    await app.page.screenshot({ path: testInfo.outputPath('link-drag-en.png') });
    await letGo(app);
    await expect(app.crossLinks).toHaveText([`${failures}×`]);
    await app.crossLinks.first().scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: testInfo.outputPath('link-made-en.png') });
    await drawLine(app, repurchase, failures, true);
    await expect(app.linkCaption).toHaveText(errorsEn.tree['cross-link-cycle']);
    await app.page.screenshot({ path: testInfo.outputPath('link-refused-en.png') });
    await letGo(app);
    await expect(app.toastMessage.last()).toHaveText(errorsEn.tree['cross-link-cycle']);
  });
});
