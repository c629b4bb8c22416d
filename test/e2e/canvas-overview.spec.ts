import { join } from 'node:path';
import { cachedLayout, NODE_WIDTH } from '../../src/renderer/canvas/layout';
import { uiEn } from '../../src/shared/i18n/ui.en';
import { uiZhCN } from '../../src/shared/i18n/ui.zh-CN';
import { expect, test } from './fixtures';
import { StudioPage } from './pages/studio-page';
import { fileText, WORKSHOP_PLAN, workshopPlan } from './seed-files';

/**
 * Zoomed far out, the canvas draws the whole tree as one picture (plain cards
 * in department colours and their links) instead of a DOM box per metric, and
 * prints the names of the North Star and the department metrics over it in
 * type that reads from the back of the room. A click on a card selects its
 * metric; double-clicking or zooming in brings the boxes back.
 */

const plan = workshopPlan();
const placed = cachedLayout(plan);
const northStar = plan.metrics.find((m) => m.parentId === null)!;
const departmentNames = WORKSHOP_PLAN.departments.map((d) => `${d}核心指标`);
/** An individual metric in the middle of the tree: no label, only its card. */
const individual = plan.metrics.find(
  (m) => m.name === `${WORKSHOP_PLAN.departments[3]}岗位指标 2-5`,
)!;

/** The middle of a metric's card, in the layout's coordinates. */
function cardCentre(id: string): { x: number; y: number } {
  const spot = placed.get(id)!;
  return { x: spot.x + NODE_WIDTH / 2, y: spot.y + spot.height / 2 };
}

test.use({
  viewport: { width: 1280, height: 720 },
  studioSeed: { workspace: { [WORKSHOP_PLAN.file]: fileText(plan) } },
});

for (const locale of ['zh-CN', 'en'] as const) {
  const ui = locale === 'zh-CN' ? uiZhCN : uiEn;
  test.describe(`${locale}: the 250-metric workshop fitted to 1280×720`, () => {
    test.use({ locale });

    test('is one overview picture with the upper layers named in large type', async ({
      studio,
    }, testInfo) => {
      const app = new StudioPage(studio);
      await app.open(join(studio.workspaceDir, WORKSHOP_PLAN.file));
      await expect(app.fileName).toHaveText(WORKSHOP_PLAN.file);

      await expect(app.overviewCanvas).toBeVisible();
      await expect(app.overviewCanvas).toHaveAttribute('data-cards', String(WORKSHOP_PLAN.metrics));
      await expect(app.overviewCanvas).toHaveAttribute(
        'aria-label',
        ui.overview.label.replace('{{count}}', String(WORKSHOP_PLAN.metrics)),
      );
      await expect(app.page.getByTestId('overview-hint')).toHaveText(ui.overview.hint);
      // No DOM box for any of the 250 metrics.
      await expect(app.metricNodes).toHaveCount(0);

      // Every upper-layer name is on screen, in at least 14 px type, none on another.
      for (const name of [northStar.name, ...departmentNames]) {
        const label = app.overviewLabel(name);
        await expect(label).toBeInViewport();
        const size = await label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(size, name).toBeGreaterThanOrEqual(14);
        const fits = await label.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
        expect(fits, `${name} fits its plate`).toBe(true);
      }
      const rects = await app.overviewLabels.evaluateAll((labels) =>
        labels.map((el) => el.getBoundingClientRect().toJSON() as DOMRect),
      );
      for (let i = 0; i < rects.length; i++)
        for (let j = i + 1; j < rects.length; j++) {
          const [a, b] = [rects[i]!, rects[j]!];
          const apart =
            a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          expect(apart, `labels ${i} and ${j} do not overlap`).toBe(true);
        }

      const zoom = await app.canvasZoom();
      testInfo.annotations.push({ type: 'fit zoom', description: zoom.toFixed(3) });
      const path = testInfo.outputPath(`overview-250-${locale}-1280x720.png`);
      await app.page.screenshot({ path });
      await testInfo.attach(`overview-250-${locale}-1280x720.png`, {
        path,
        contentType: 'image/png',
      });
    });

    test('a click on a card selects its metric; a double-click brings the boxes back', async ({
      studio,
    }, testInfo) => {
      const app = new StudioPage(studio);
      await app.open(join(studio.workspaceDir, WORKSHOP_PLAN.file));
      await expect(app.overviewCanvas).toBeVisible();

      // A card without a label: only the picture tells where it is.
      const card = await app.screenPointOf(cardCentre(individual.id));
      await app.page.mouse.click(card.x, card.y);
      await expect(app.field('name')).toHaveValue(individual.name);
      const path = testInfo.outputPath(`overview-selected-${locale}.png`);
      await app.page.screenshot({ path });
      await testInfo.attach(`overview-selected-${locale}.png`, { path, contentType: 'image/png' });

      // A department's name on the overview is its card too.
      // (The label lets pointer events through to the canvas, which pans and zooms: click where it is.)
      const label = (await app.overviewLabel(departmentNames[1]!).boundingBox())!;
      await app.page.mouse.click(label.x + label.width / 2, label.y + label.height / 2);
      await expect(app.field('name')).toHaveValue(departmentNames[1]!);

      // Empty canvas, far from every card: nothing selected.
      const empty = await app.screenPointOf({ x: cardCentre(northStar.id).x + 2_000, y: 0 });
      await app.page.mouse.click(empty.x, empty.y);
      await expect(app.inspector.locator('.inspector-empty')).toHaveText(ui.inspector.empty);

      // Double-click a card: reading zoom on it, as boxes, with it selected.
      const again = await app.screenPointOf(cardCentre(individual.id));
      await app.page.mouse.dblclick(again.x, again.y);
      await expect(app.overviewCanvas).toHaveCount(0);
      await expect(app.metric(individual.name)).toBeInViewport();
      await app.expectSelected(individual.name);
      expect(await app.canvasZoom()).toBeGreaterThanOrEqual(0.99);
      expect(await app.readabilityProblems()).toEqual([]);
      const closer = testInfo.outputPath(`overview-double-click-${locale}.png`);
      await app.page.screenshot({ path: closer });
      await testInfo.attach(`overview-double-click-${locale}.png`, {
        path: closer,
        contentType: 'image/png',
      });
    });

    test('zooming in with the wheel brings the boxes back, zooming out the overview', async ({
      studio,
    }) => {
      const app = new StudioPage(studio);
      await app.open(join(studio.workspaceDir, WORKSHOP_PLAN.file));
      await expect(app.overviewCanvas).toBeVisible();

      const department = await app.screenPointOf(cardCentre(placedIdOf(departmentNames[0]!)));
      await app.page.mouse.move(department.x, department.y);
      for (let step = 0; step < 10 && (await app.canvasZoom()) < 0.5; step++) {
        const before = await app.canvasZoom();
        await app.page.mouse.wheel(0, -300);
        await expect.poll(() => app.canvasZoom()).toBeGreaterThan(before);
      }
      await expect(app.overviewCanvas).toHaveCount(0);
      await expect(app.minimap).toBeVisible();
      await expect(app.metric(departmentNames[0]!)).toBeInViewport();
      await expect(app.metricNumbers(departmentNames[0]!)).toBeVisible();

      await app.fitView();
      await expect(app.overviewCanvas).toBeVisible();
      await expect(app.metricNodes).toHaveCount(0);
      // The overview is the whole tree already: no empty minimap over it.
      await expect(app.minimap).toHaveCount(0);
      await expect(app.overviewLabel(departmentNames.at(-1)!)).toBeInViewport();
    });
  });
}

function placedIdOf(name: string): string {
  return plan.metrics.find((m) => m.name === name)!.id;
}
