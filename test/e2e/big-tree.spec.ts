import type { Page } from '@playwright/test';
import { uiEn } from '../../src/shared/i18n/ui.en';
import { uiZhCN } from '../../src/shared/i18n/ui.zh-CN';
import { expect, test } from './fixtures';
import { StudioPage } from './pages/studio-page';

/**
 * Big trees stay usable (issue 7): collapse a branch (the box says how many
 * it hides), search by name or owner and jump into a collapsed branch, focus
 * on one branch, the minimap and fit to window. On the shipped sample (25
 * metrics), in both languages, with screenshots to look at.
 */

const SAMPLE = {
  'zh-CN': {
    ui: uiZhCN,
    northStar: '每活跃用户月均下单数',
    sales: '新客首单数',
    salesChildren: ['华东大区新客首单数', '华南大区新客首单数', '华北大区新客首单数'],
    owner: '孙浩',
    ownedBy: '华北大区新客首单数',
    salesDepartment: '销售部',
    product: '访问-下单转化率',
    productChild: '结算页支付完成率',
    fullWidth: 'ｐ１级',
    fullWidthHit: 'P1级故障次数',
  },
  en: {
    ui: uiEn,
    northStar: 'Orders per monthly active user',
    sales: 'First orders from new customers',
    salesChildren: [
      'East Region first orders',
      'South Region first orders',
      'North Region first orders',
    ],
    owner: 'sun hao',
    ownedBy: 'North Region first orders',
    salesDepartment: 'Sales',
    product: 'Visit-to-order conversion rate',
    productChild: 'Checkout payment completion rate',
    fullWidth: 'Ｐ１ ｉｎｃｉｄｅｎｔｓ',
    fullWidthHit: 'P1 incidents',
  },
} as const;

const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(params[key]));

async function shot(page: Page, path: string) {
  await page.screenshot({ path });
}

for (const locale of ['zh-CN', 'en'] as const) {
  const sample = SAMPLE[locale];
  const ui = sample.ui.bigTree;

  test.describe(`${locale}: a big tree`, () => {
    test.use({ locale, viewport: { width: 1280, height: 720 } });

    test('collapse a branch with a click or a key, and open it again', async ({
      studio,
    }, testInfo) => {
      const app = new StudioPage(studio);
      await expect(app.metricNodes).toHaveCount(25);
      await expect(app.branchToggle(sample.sales)).toHaveText('−');
      const mathOpen = await app.metricMathStatus(sample.sales).textContent();
      expect(mathOpen).toBeTruthy();
      await app.branchToggle(sample.sales).click();
      await expect(app.branchToggle(sample.sales)).toHaveText(`▸ ${fill(ui.hidden, { count: 3 })}`);
      // Hidden children still count: the box keeps what its branch adds up to.
      await expect(app.metricMathStatus(sample.sales)).toHaveText(mathOpen!);
      for (const child of sample.salesChildren) await expect(app.metric(child)).toHaveCount(0);
      await expect(app.metricNodes).toHaveCount(22);
      // A toggle is no click on the box: it does not select it.
      await expect(app.metric(sample.sales)).not.toHaveClass(/\bselected\b/);
      await shot(studio.page, testInfo.outputPath(`collapsed-${locale}-1280x720.png`));

      await app.branchToggle(sample.sales).click();
      await expect(app.metricNodes).toHaveCount(25);
      await expect(app.metric(sample.salesChildren[0])).toBeVisible();

      // The keys: − collapses the selected metric's branch, + opens it.
      await app.selectMetric(sample.product);
      await app.press('-');
      await expect(app.metric(sample.productChild)).toHaveCount(0);
      await expect(app.branchToggle(sample.product)).toHaveText(
        `▸ ${fill(ui.hidden, { count: 4 })}`,
      );
      await app.press('+');
      await expect(app.metric(sample.productChild)).toBeVisible();
      await expect(app.branchToggle(sample.product)).toHaveText('−');
    });

    test('Ctrl+F finds a metric by owner or by name and jumps into a collapsed branch', async ({
      studio,
    }, testInfo) => {
      const app = new StudioPage(studio);
      await app.branchToggle(sample.sales).click();
      await expect(app.metric(sample.ownedBy)).toHaveCount(0);

      // The visible button and the key open the same field.
      await app.openSearchButton.click();
      await expect(app.searchField).toBeFocused();
      await app.press('Escape');
      await expect(app.searchField).toHaveCount(0);
      await app.canvas.click({ position: { x: 20, y: 20 } });
      await app.press('ControlOrMeta+f');
      await expect(app.searchField).toBeFocused();
      await app.searchField.pressSequentially(sample.owner);
      await expect(app.searchStatus).toHaveText(fill(ui.searchTotal, { count: 1 }));
      await expect(app.searchResults).toHaveText([new RegExp(sample.ownedBy)]);
      await app.press('Enter');
      // Jumped: the branch opened, the box is selected, in view, and in the inspector.
      await expect(app.metric(sample.ownedBy)).toHaveClass(/\bselected\b/);
      await expect(app.metric(sample.ownedBy)).toBeInViewport();
      await expect(app.field('name')).toHaveValue(sample.ownedBy);
      await expect(app.searchStatus).toHaveText(fill(ui.searchCount, { index: 1, count: 1 }));
      await shot(studio.page, testInfo.outputPath(`search-${locale}-1280x720.png`));

      // By name, typed in full-width characters: the same as half-width.
      await app.searchField.fill(sample.fullWidth);
      await expect(app.searchStatus).toHaveText(fill(ui.searchTotal, { count: 1 }));
      await app.press('ArrowDown');
      await expect(app.metric(sample.fullWidthHit)).toHaveClass(/\bselected\b/);
      await expect(app.metric(sample.fullWidthHit)).toBeInViewport();

      await app.searchField.fill('no-such-metric-anywhere');
      await expect(app.searchStatus).toHaveText(ui.searchNone);
      // Escape closes the field and gives the keyboard back to the canvas.
      await app.press('Escape');
      await expect(app.searchField).toHaveCount(0);
      await expect(app.canvas).toBeFocused();
    });

    test('focus on one branch, and back to the whole tree', async ({ studio }, testInfo) => {
      const app = new StudioPage(studio);
      await app.selectMetric(sample.product);
      await app.focusBranchButton.click();
      await expect(app.focusBar).toContainText(sample.product);
      await expect(app.focusBranchButton).toHaveText(ui.exitFocus);
      // The branch (1 + 4) and its path to the North Star: nothing else.
      await expect(app.metricNodes).toHaveCount(6);
      await expect(app.metric(sample.northStar)).toBeVisible();
      await expect(app.metric(sample.sales)).toHaveCount(0);
      await shot(studio.page, testInfo.outputPath(`focus-${locale}-1280x720.png`));
      await app.exitFocusButton.click();
      await expect(app.focusBar).toHaveCount(0);
      await expect(app.metricNodes).toHaveCount(25);

      // From the keyboard: F focuses the selected branch, Escape leaves it.
      await app.selectMetric(sample.sales);
      await app.press('f');
      await expect(app.metricNodes).toHaveCount(5);
      await app.press('Escape');
      await expect(app.metricNodes).toHaveCount(25);
    });

    test('filter by department: the rest dims, the path to the North Star stays', async ({
      studio,
    }, testInfo) => {
      const app = new StudioPage(studio);
      await app.filter.selectOption({ label: sample.salesDepartment });
      await expect(app.filterCount).toHaveText(fill(ui.filterCount, { count: 1 }));
      const dim = (name: string) => app.metricPlace(name);
      await expect(dim(sample.product)).toHaveCSS('opacity', '0.22');
      await expect(dim(sample.salesChildren[0])).toHaveCSS('opacity', '0.22');
      await expect(dim(sample.sales)).toHaveCSS('opacity', '1');
      await expect(dim(sample.northStar)).toHaveCSS('opacity', '1');
      await shot(studio.page, testInfo.outputPath(`filter-${locale}-1280x720.png`));
      await app.clearFilterButton.click();
      await expect(app.filterCount).toHaveCount(0);
      await expect(dim(sample.product)).toHaveCSS('opacity', '1');
    });

    test('a minimap, and Ctrl+0 fits the tree to the window again', async ({ studio }) => {
      const app = new StudioPage(studio);
      await expect(app.minimap).toBeVisible();
      await expect(app.minimap.locator('.react-flow__minimap-node')).toHaveCount(25);
      const fitted = await app.canvasZoom();
      await app.metric(sample.northStar).hover();
      await studio.page.mouse.wheel(0, -400);
      await expect.poll(() => app.canvasZoom()).toBeGreaterThan(fitted * 1.2);
      await app.canvas.click({ position: { x: 20, y: 20 } });
      await app.press('ControlOrMeta+0');
      await expect.poll(() => app.canvasZoom()).toBeCloseTo(fitted, 2);
    });
  });
}

test.describe('at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  test('the collapsed branch and the search field read well', async ({ studio }, testInfo) => {
    const app = new StudioPage(studio);
    const sample = SAMPLE['zh-CN'];
    await app.branchToggle(sample.sales).click();
    await app.canvas.click({ position: { x: 20, y: 20 } });
    await app.press('ControlOrMeta+f');
    await app.searchField.pressSequentially(sample.owner);
    await app.press('Enter');
    await expect(app.metric(sample.ownedBy)).toHaveClass(/\bselected\b/);
    await shot(studio.page, testInfo.outputPath('search-zh-CN-1440x900.png'));
  });
});
