import { join } from 'node:path';
import { cachedLayout, NODE_WIDTH } from '../../src/renderer/canvas/layout';
import { expect, test } from './fixtures';
import { StudioPage } from './pages/studio-page';
import { fileText, LARGE_PLAN, largePlan } from './seed-files';

/**
 * Above 400 metrics the canvas draws only the boxes in view. Opening such a
 * tree must still show all of it, from the first department to the last, not
 * just the boxes that happened to be drawn first (React Flow's fit counted
 * only those until the fit was told to use the boxes' declared sizes). That
 * far out the tree is one overview picture with the departments named on it
 * (canvas-overview.spec.ts), not boxes.
 */

const plan = largePlan();
const placed = cachedLayout(plan);

test.use({ studioSeed: { workspace: { [LARGE_PLAN.file]: fileText(plan) } } });

test('a tree of nearly 500 metrics opens fitted to the window, first and last department in view', async ({
  studio,
}) => {
  const app = new StudioPage(studio);
  await app.open(join(studio.workspaceDir, LARGE_PLAN.file));
  await expect(app.fileName).toHaveText(LARGE_PLAN.file);

  // That far out box text would be unreadable: one picture, no boxes.
  await expect(app.overviewCanvas).toHaveAttribute('data-cards', String(plan.metrics.length));
  await expect(app.metricNodes).toHaveCount(0);
  // Twelve departments side by side are too close for every name: the cards of
  // the first and the last are in the picture, found where the layout put them.
  const expectDepartmentsInPicture = async () => {
    const canvas = (await app.canvas.boundingBox())!;
    for (const name of [LARGE_PLAN.firstDepartment, LARGE_PLAN.lastDepartment]) {
      const spot = placed.get(plan.metrics.find((m) => m.name === name)!.id)!;
      for (const corner of [
        { x: spot.x, y: spot.y },
        { x: spot.x + NODE_WIDTH, y: spot.y + spot.height },
      ]) {
        const { x, y } = await app.screenPointOf(corner);
        expect(x, name).toBeGreaterThanOrEqual(canvas.x);
        expect(x, name).toBeLessThanOrEqual(canvas.x + canvas.width);
        expect(y, name).toBeGreaterThanOrEqual(canvas.y);
        expect(y, name).toBeLessThanOrEqual(canvas.y + canvas.height);
      }
    }
  };
  await expectDepartmentsInPicture();
  await expect(app.overviewLabel(LARGE_PLAN.firstDepartment)).toBeInViewport();
  const last = app.metricShown(LARGE_PLAN.lastDepartment);

  // The fit button brings the whole tree back after zooming in.
  await app.canvas.hover();
  await studio.page.mouse.wheel(0, -1200);
  await expect(last).not.toBeInViewport();
  await app.fitView();
  await expect(app.overviewCanvas).toBeVisible();
  await expect(app.overviewLabel(LARGE_PLAN.firstDepartment)).toBeInViewport();
  await expectDepartmentsInPicture();
});
