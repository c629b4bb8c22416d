import { join } from 'node:path';
import { expect, test } from './fixtures';
import { StudioPage } from './pages/studio-page';
import { fileText, LARGE_PLAN, largePlan } from './seed-files';

/**
 * Above 400 metrics the canvas draws only the boxes in view. Opening such a
 * tree must still show all of it, from the first department to the last, not
 * just the boxes that happened to be drawn first (React Flow's fit counted
 * only those until the fit was told to use the boxes' declared sizes).
 */

test.use({ studioSeed: { workspace: { [LARGE_PLAN.file]: fileText(largePlan()) } } });

test('a tree of nearly 500 metrics opens fitted to the window, first and last department in view', async ({
  studio,
}) => {
  const app = new StudioPage(studio);
  await app.open(join(studio.workspaceDir, LARGE_PLAN.file));
  await expect(app.fileName).toHaveText(LARGE_PLAN.file);

  const first = app.metricBox(LARGE_PLAN.firstDepartment);
  const last = app.metricBox(LARGE_PLAN.lastDepartment);
  await expect(first).toBeInViewport();
  await expect(last).toBeInViewport();
  // That far out the boxes are plain cards: their text would be unreadable.
  await expect(last).toHaveClass(/\boverview\b/);

  // The fit button brings the whole tree back after zooming in.
  await app.canvas.hover();
  await studio.page.mouse.wheel(0, -1200);
  await expect(last).not.toBeInViewport();
  await app.fitView();
  await expect(last).toBeInViewport();
});
