import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errorsZhCN } from '../../src/shared/i18n/errors.zh-CN';
import { uiZhCN } from '../../src/shared/i18n/ui.zh-CN';
import { expect, test } from './fixtures';
import { StudioPage } from './pages/studio-page';
import { fileText, STORE_PLAN, storePlan } from './seed-files';

/**
 * Opening a workspace file: its tree is on screen, the file is not touched,
 * and the app finds it again at the next start. A last file that is gone or
 * damaged by then is explained, and the sample shown instead.
 */

const SAMPLE_NORTH_STAR = '每活跃用户月均下单数';
const { file: FILE } = STORE_PLAN;

test.use({ studioSeed: { workspace: { [FILE]: fileText(storePlan()) } } });

test('a workspace file opened by typing its path shows its tree and stays byte for byte as it was', async ({
  studio,
}) => {
  const app = new StudioPage(studio);
  const path = join(studio.workspaceDir, FILE);
  const bytes = await readFile(path);
  const { mtimeMs } = await stat(path);
  await expect(app.metric(SAMPLE_NORTH_STAR)).toBeVisible();

  await app.open(path);
  await expect(app.metric(STORE_PLAN.northStar)).toContainText(uiZhCN.northStar);
  await expect(app.metric(STORE_PLAN.northStar)).toHaveClass(/\bselected\b/);
  await expect(app.metric(STORE_PLAN.department)).toBeVisible();
  await expect(app.metricTarget(STORE_PLAN.department)).toHaveText('30');
  await expect(app.metric(STORE_PLAN.individual)).toContainText(uiZhCN.layers.individual);
  await expect(app.metricNodes).toHaveCount(4);
  await expect(app.metric(SAMPLE_NORTH_STAR)).toHaveCount(0);
  await expect(app.fileName).toHaveText(FILE);
  await expect(app.workspaceName).toHaveText(STORE_PLAN.name);
  await expect(app.saveState).toHaveText(uiZhCN.saveState.saved);

  // Opening never writes: same bytes, same time stamp, no backup or temp file.
  expect(await readFile(path)).toEqual(bytes);
  expect((await stat(path)).mtimeMs).toBe(mtimeMs);
  expect(await readdir(studio.workspaceDir)).toEqual([FILE]);
});

test('after a restart the Open dialog offers the file among the recent files', async ({
  studio,
}) => {
  test.skip(
    studio.host === 'electron',
    "Electron's Open is the system's own dialog; the recent list is the browser host's",
  );
  const app = new StudioPage(studio);
  const path = join(studio.workspaceDir, FILE);
  await app.open(path);
  await expect(app.fileName).toHaveText(FILE);

  await studio.restart();
  // The app comes back on the file by itself...
  await expect(app.fileName).toHaveText(FILE);
  await expect(app.metric(STORE_PLAN.department)).toBeVisible();
  // ...and after a New, one click in the Open dialog brings it back.
  await app.toolbarButton('new').click();
  await expect(app.metricNodes).toHaveCount(1);
  await app.toolbarButton('open').click();
  await expect(app.openDialog).toBeVisible();
  await expect(app.recentFiles).toHaveCount(1);
  await expect(app.recentFiles.first()).toContainText(STORE_PLAN.name);
  await expect(app.recentFiles.first()).toContainText(path);
  await expect(app.recentFiles.first()).not.toContainText(uiZhCN.dialogs.path.missing);
  await app.recentFiles.first().click();
  await expect(app.openDialog).toBeHidden();
  await expect(app.fileName).toHaveText(FILE);
  await expect(app.metricNodes).toHaveCount(4);
});

test('the last file deleted between runs: the start says it is gone and shows the sample', async ({
  studio,
}) => {
  const app = new StudioPage(studio);
  const path = join(studio.workspaceDir, FILE);
  await app.open(path);
  await expect(app.fileName).toHaveText(FILE);

  await rm(path);
  await studio.restart();
  await expect(app.messageDialog).toContainText(errorsZhCN.open.title.replace('{{name}}', FILE));
  await expect(app.dialogMessage).toContainText(errorsZhCN.open['not-found']);
  await expect(app.dialogMessage).toContainText(uiZhCN.dialogs.openFailed.fellBack);
  // There is no file to reassure about.
  await expect(app.dialogMessage).not.toContainText(errorsZhCN.open.untouched);
  await app.dialogButton(app.messageDialog, 'ok').click();
  await expect(app.messageDialog).toBeHidden();
  await expect(app.metric(SAMPLE_NORTH_STAR)).toBeVisible();
  await expect(app.fileName).toHaveText(uiZhCN.toolbar.untitled);
  await expect(app.saveState).toHaveText(uiZhCN.saveState.untitled);
});

test('the last file damaged between runs: the start explains it, shows the sample, and leaves the file alone', async ({
  studio,
}) => {
  const app = new StudioPage(studio);
  const path = join(studio.workspaceDir, FILE);
  await app.open(path);
  await expect(app.fileName).toHaveText(FILE);

  // Cut in half, as an interrupted copy leaves it.
  const text = fileText(storePlan());
  await writeFile(path, text.slice(0, Math.floor(text.length / 2)));
  const damaged = await readFile(path);
  const { mtimeMs } = await stat(path);

  await studio.restart();
  await expect(app.messageDialog).toContainText(errorsZhCN.open.title.replace('{{name}}', FILE));
  await expect(app.dialogMessage).toContainText(errorsZhCN.open.truncated);
  await expect(app.dialogMessage).toContainText(uiZhCN.dialogs.openFailed.fellBack);
  await app.press('Enter');
  await expect(app.messageDialog).toBeHidden();
  await expect(app.metric(SAMPLE_NORTH_STAR)).toBeVisible();
  await expect(app.fileName).toHaveText(uiZhCN.toolbar.untitled);

  expect(await readFile(path)).toEqual(damaged);
  expect((await stat(path)).mtimeMs).toBe(mtimeMs);
  expect(await readdir(studio.workspaceDir)).toEqual([FILE]);
});
