import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { uiEn } from '../../src/shared/i18n/ui.en';
import { uiZhCN } from '../../src/shared/i18n/ui.zh-CN';
import { expect, test } from './fixtures';
import { StudioPage } from './pages/studio-page';
import { fileText, WORKSHOP_PLAN, workshopPlan } from './seed-files';

/**
 * Readable on a projector (issue 7): at 1280×720 every box of the sample
 * shows its whole name, numbers and owner (nothing cut, nothing outside its
 * box, no two boxes overlapping), boxes carry their department's colour and
 * the layers differ at a glance. Screenshots of each case are attached to
 * the report, to be looked at.
 */

const SAMPLE = {
  'zh-CN': {
    ui: uiZhCN,
    longNames: ['技术创新提案落地数', '每活跃用户月均下单数', '首屏加载时间（P90）'],
    firstOrders: '新客首单数',
    firstOrdersNumbers: '118 → 150万单',
    sales: '销售部',
    product: '产品部',
    productMetric: '访问-下单转化率',
    productChild: '结算页支付完成率',
    individual: 'P1级故障次数',
  },
  en: {
    ui: uiEn,
    longNames: [
      'Technical innovation proposals delivered',
      'Orders per monthly active user',
      'First orders from new customers',
      'Negative reviews closed within 48 h',
    ],
    firstOrders: 'First orders from new customers',
    firstOrdersNumbers: '118 → 150 10k orders',
    sales: 'Sales',
    product: 'Product',
    productMetric: 'Visit-to-order conversion rate',
    productChild: 'Checkout payment completion rate',
    individual: 'P1 incidents',
  },
} as const;

/** A screenshot of the window, kept beside the test's results to be looked at. */
async function shot(page: Page, path: string): Promise<string> {
  await page.screenshot({ path });
  return path;
}

for (const locale of ['zh-CN', 'en'] as const) {
  const sample = SAMPLE[locale];
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
  ]) {
    test.describe(`${locale} at ${viewport.width}×${viewport.height}`, () => {
      test.use({ locale, viewport });

      test('the sample fits the window with every word of every box in view', async ({
        studio,
      }, testInfo) => {
        const app = new StudioPage(studio);
        await expect(app.metricNodes).toHaveCount(25);
        // Fitted to the window, the sample is drawn in full detail.
        await expect(app.metricNumbers(sample.firstOrders)).toHaveText(sample.firstOrdersNumbers);
        for (const name of sample.longNames) await expect(app.metric(name)).toBeInViewport();
        for (const box of await app.metricNodes.all()) await expect(box).toBeInViewport();
        expect(await app.readabilityProblems()).toEqual([]);

        const zoom = await app.canvasZoom();
        testInfo.annotations.push({
          type: 'fit zoom',
          description: `${zoom.toFixed(3)}: names ${(22 * zoom).toFixed(1)} px on screen`,
        });
        await testInfo.attach(`sample-${locale}-${viewport.width}x${viewport.height}.png`, {
          path: await shot(
            studio.page,
            testInfo.outputPath(`sample-${locale}-${viewport.width}x${viewport.height}.png`),
          ),
          contentType: 'image/png',
        });
      });
    });
  }

  test.describe(`${locale} boxes`, () => {
    test.use({ locale });

    test('carry their department and its colour, and show their layer', async ({ studio }) => {
      const app = new StudioPage(studio);
      await expect(app.metricDepartment(sample.firstOrders)).toHaveText(sample.sales);
      await expect(app.metricDepartment(sample.productMetric)).toHaveText(sample.product);
      const edge = (name: string) =>
        app.metric(name).evaluate((box) => getComputedStyle(box).borderLeftColor);
      const [sales, product] = [await edge(sample.firstOrders), await edge(sample.productMetric)];
      expect(sales).not.toBe(product);
      // The department's individual metrics carry the same colour.
      expect(await edge(sample.productChild)).toBe(product);
      await expect(app.metricDepartment(sample.productChild)).toHaveText(sample.product);

      await expect(app.metricLayer(sample.firstOrders)).toHaveText(sample.ui.layers.department);
      await expect(app.metricLayer(sample.individual)).toHaveText(sample.ui.layers.individual);
      // Without reading: a department metric has a heavier frame than an individual one.
      const frame = (name: string) =>
        app.metric(name).evaluate((box) => parseFloat(getComputedStyle(box).borderTopWidth));
      expect(await frame(sample.firstOrders)).toBeGreaterThan(await frame(sample.individual));
    });

    test('at reading zoom keep every word in view after zooming in', async ({ studio }) => {
      const app = new StudioPage(studio);
      await app.metric(sample.longNames[0]).hover();
      for (let step = 0; step < 10 && (await app.canvasZoom()) < 1; step++) {
        const before = await app.canvasZoom();
        await studio.page.mouse.wheel(0, -300);
        await expect.poll(() => app.canvasZoom()).toBeGreaterThan(before);
      }
      expect(await app.canvasZoom()).toBeGreaterThanOrEqual(1);
      await expect(app.metric(sample.longNames[0])).toBeInViewport();
      expect(await app.readabilityProblems()).toEqual([]);
    });
  });
}

test.describe('a 250-metric workshop at 1280×720', () => {
  test.use({ studioSeed: { workspace: { [WORKSHOP_PLAN.file]: fileText(workshopPlan()) } } });

  test('fits the window with names in large type, and each box its full text closer in', async ({
    studio,
  }, testInfo) => {
    const app = new StudioPage(studio);
    await app.open(join(studio.workspaceDir, WORKSHOP_PLAN.file));
    await expect(app.fileName).toHaveText(WORKSHOP_PLAN.file);
    // Fitted, box text would be unreadable: the overview names the departments in screen-sized type.
    await expect(app.overviewCanvas).toHaveAttribute('data-cards', String(WORKSHOP_PLAN.metrics));
    const firstName = `${WORKSHOP_PLAN.departments[0]}核心指标`;
    const first = app.metricShown(firstName);
    const last = app.metricShown(`${WORKSHOP_PLAN.departments.at(-1)!}核心指标`);
    await expect(first).toBeInViewport();
    await expect(last).toBeInViewport();

    const zoom = await app.canvasZoom();
    const nameSize = await first.evaluate((name) => parseFloat(getComputedStyle(name).fontSize));
    expect(nameSize).toBeGreaterThanOrEqual(14);
    testInfo.annotations.push({
      type: 'fit zoom',
      description: `${zoom.toFixed(3)}: department names ${nameSize} px on screen (overview labels)`,
    });
    await testInfo.attach('workshop-250-fit.png', {
      path: await shot(studio.page, testInfo.outputPath('workshop-250-fit.png')),
      contentType: 'image/png',
    });
    expect(await app.readabilityProblems()).toEqual([]);

    // Zoomed in on a department, every box shows all of its text.
    const label = (await first.boundingBox())!;
    await studio.page.mouse.move(label.x + label.width / 2, label.y + label.height / 2);
    await studio.page.mouse.wheel(0, -1500);
    await expect.poll(() => app.canvasZoom()).toBeGreaterThan(0.45);
    await expect(app.metricNumbers(firstName)).toBeVisible();
    expect(await app.readabilityProblems()).toEqual([]);
    await testInfo.attach('workshop-250-reading.png', {
      path: await shot(studio.page, testInfo.outputPath('workshop-250-reading.png')),
      contentType: 'image/png',
    });
  });
});
