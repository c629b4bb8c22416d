import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { uiZhCN } from '../../src/shared/i18n/ui.zh-CN';
import { expect, test } from './fixtures';
import { StudioPage } from './pages/studio-page';

/**
 * The facilitator's first minutes: the sample is on screen, a metric is added
 * by keyboard and given a target, saved, and after a restart the app is back
 * on that file with nothing lost and nothing rewritten.
 *
 * Language: the fixture's default, zh-CN (the reference locale); the texts we
 * assert come from the zh-CN message files and the zh-CN sample.
 */

const NORTH_STAR = '每活跃用户月均下单数';
const DEPARTMENT = '下单失败率';
const NEW_METRIC = '支付网关超时率';

test('add a metric by keyboard, give it a target, save, and find it again after a restart', async ({
  studio,
}) => {
  const app = new StudioPage(studio);

  // The sample tree is on screen; nothing to save yet.
  await expect(app.metric(NORTH_STAR)).toBeVisible();
  await expect(app.metric(NORTH_STAR)).toContainText('★');
  await expect(app.metric(DEPARTMENT)).toBeVisible();
  await expect(app.saveState).toHaveAttribute('data-state', 'saved');
  await expect(app.fileName).toHaveText(uiZhCN.toolbar.untitled);

  await app.selectMetric(DEPARTMENT);
  await app.addChildNamed(NEW_METRIC);
  await expect(app.metric(NEW_METRIC)).toContainText(uiZhCN.layers.individual);
  await expect(app.saveState).toHaveAttribute('data-state', 'unsaved');
  await expect(app.saveState).toHaveText(uiZhCN.saveState.unsaved);

  await app.typeInto('target', '42');
  await expect(app.metricTarget(NEW_METRIC)).toHaveText('42');

  // Ctrl+S on an untitled document asks where to save it.
  const path = join(studio.workspaceDir, '年度目标-2027.northstar');
  await app.saveAs(path, () => app.press('ControlOrMeta+S'));
  await expect(app.saveState).toHaveAttribute('data-state', 'saved');
  await expect(app.saveState).toHaveText(uiZhCN.saveState.saved);
  await expect(app.fileName).toHaveText('年度目标-2027.northstar');
  await expect(studio.page).toHaveTitle(/^云杉优选 2027年度目标 — 北极星共创工作台$/);

  // What is on disk is what was on screen.
  const saved = await readFile(path);
  const file = JSON.parse(saved.toString('utf8')) as {
    workspace: { metrics: Array<{ id: string; name: string; parentId: string; target: number }> };
  };
  const added = file.workspace.metrics.find((m) => m.name === NEW_METRIC);
  const parent = file.workspace.metrics.find((m) => m.name === DEPARTMENT);
  expect(added?.target).toBe(42);
  expect(added?.parentId).toBe(parent?.id);

  // After a restart the app reopens that file by itself.
  await studio.restart();
  await expect(app.fileName).toHaveText('年度目标-2027.northstar');
  await expect(app.saveState).toHaveAttribute('data-state', 'saved');
  await expect(app.metricTarget(NEW_METRIC)).toHaveText('42');
  await app.selectMetric(NEW_METRIC);
  await expect(app.field('target')).toHaveValue('42');
  // Opening never writes.
  expect(await readFile(path)).toEqual(saved);
});

test('undo and redo an added metric, from the keyboard and the toolbar', async ({ studio }) => {
  const app = new StudioPage(studio);
  await app.selectMetric(DEPARTMENT);
  const before = await app.metricNodes.count();

  await app.addChildNamed(NEW_METRIC);
  await expect(app.metricNodes).toHaveCount(before + 1);

  // Enter handed the keyboard back to the canvas: Ctrl+Z undoes the name, then the add.
  await app.press('ControlOrMeta+Z');
  await expect(app.metric(uiZhCN.metric.newName)).toBeVisible();
  await app.press('ControlOrMeta+Z');
  await expect(app.metricNodes).toHaveCount(before);
  await expect(app.metric(DEPARTMENT)).toHaveClass(/\bselected\b/);
  // Back at the document as it was opened: nothing unsaved.
  await expect(app.saveState).toHaveAttribute('data-state', 'saved');
  await expect(app.toolbarButton('undo')).toBeDisabled();

  await app.toolbarButton('redo').click();
  await expect(app.metric(uiZhCN.metric.newName)).toBeVisible();
  await app.canvas.click({ position: { x: 5, y: 5 } });
  await app.press('ControlOrMeta+Shift+Z');
  await expect(app.metric(NEW_METRIC)).toBeVisible();
  await expect(app.toolbarButton('redo')).toBeDisabled();
  await expect(app.saveState).toHaveAttribute('data-state', 'unsaved');
});

test('a target that is not a number is explained and kept, not committed', async ({ studio }) => {
  const app = new StudioPage(studio);
  await app.selectMetric(DEPARTMENT);
  const shownTarget = await app.metricTarget(DEPARTMENT).textContent();

  await app.typeInto('target', '两成');
  await expect(app.fieldError('target')).toHaveText(uiZhCN.inspector.notANumber);
  await expect(app.field('target')).toHaveValue('两成');
  await expect(app.field('target')).toBeFocused();
  await expect(app.metricTarget(DEPARTMENT)).toHaveText(shownTarget ?? '');
  await expect(app.saveState).toHaveAttribute('data-state', 'saved');

  // Leaving the field does not commit it either; the typed text stays.
  await app.field('unit').click();
  await expect(app.field('target')).toHaveValue('两成');
  await expect(app.fieldError('target')).toBeVisible();

  // Full-width digits from a Chinese IME are a number.
  await app.typeInto('target', '０.３');
  await expect(app.fieldError('target')).toBeHidden();
  await expect(app.metricTarget(DEPARTMENT)).toHaveText('0.3%');
  await expect(app.saveState).toHaveAttribute('data-state', 'unsaved');

  // Escape gives back the committed value.
  await app.field('target').click();
  await app.field('target').pressSequentially('9');
  await app.press('Escape');
  await expect(app.field('target')).toHaveValue('0.3');
});
