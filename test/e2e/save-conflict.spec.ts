import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errorsZhCN } from '../../src/shared/i18n/errors.zh-CN';
import { uiZhCN } from '../../src/shared/i18n/ui.zh-CN';
import { expect, test } from './fixtures';
import { StudioPage } from './pages/studio-page';
import { fileText, STORE_PLAN, storePlan, type SavedFile } from './seed-files';

/**
 * No silent overwrite: when another program (a colleague's copy of the app, a
 * sync tool) changes the open file, Save asks first. Cancel writes nothing;
 * Overwrite writes the app's version and keeps the other one as the backup.
 */

const { file: FILE, department: DEPARTMENT } = STORE_PLAN;

test.use({ studioSeed: { workspace: { [FILE]: fileText(storePlan()) } } });

test('a file changed on disk is only overwritten when the user says so, and the other version is kept as .bak', async ({
  studio,
}) => {
  const app = new StudioPage(studio);
  const path = join(studio.workspaceDir, FILE);
  await app.open(path);
  await expect(app.fileName).toHaveText(FILE);
  await expect(app.metric(DEPARTMENT)).toBeVisible();

  // Meanwhile another program renames the workspace in the file.
  const theirs = fileText({
    ...storePlan(),
    meta: { ...storePlan().meta, name: '同事改过的名字' },
  });
  await writeFile(path, theirs);

  await app.selectMetric(DEPARTMENT);
  await app.typeInto('target', '35');
  await expect(app.metricTarget(DEPARTMENT)).toHaveText('35');
  await expect(app.saveState).toHaveText(uiZhCN.saveState.unsaved);

  await app.press('ControlOrMeta+S');
  await expect(app.messageDialog).toBeVisible();
  await expect(app.messageDialog).toContainText(
    uiZhCN.dialogs.conflict.changed.title.replace('{{name}}', FILE),
  );
  await expect(app.dialogMessage).toContainText(errorsZhCN.save['changed-on-disk']);
  await expect(app.dialogMessage).toContainText(uiZhCN.dialogs.conflict.changed.question);

  // Cancel: nothing written, nothing lost.
  await app.dialogButton(app.messageDialog, 'cancel').click();
  await expect(app.messageDialog).toBeHidden();
  await expect(app.saveState).toHaveAttribute('data-state', 'unsaved');
  await expect(app.saveState).toHaveText(uiZhCN.saveState.unsaved);
  await expect(app.metricTarget(DEPARTMENT)).toHaveText('35');
  expect((await readFile(path)).toString('utf8')).toBe(theirs);
  await expect(access(`${path}.bak`)).rejects.toThrow();

  // Asked again, the user overwrites.
  await app.press('ControlOrMeta+S');
  await expect(app.dialogMessage).toContainText(errorsZhCN.save['changed-on-disk']);
  await app
    .dialogButton(app.messageDialog, 'overwrite')
    .filter({ hasText: uiZhCN.dialogs.conflict.changed.overwrite })
    .click();
  await expect(app.messageDialog).toBeHidden();
  await expect(app.saveState).toHaveAttribute('data-state', 'saved');
  await expect(app.saveState).toHaveText(uiZhCN.saveState.saved);
  await expect(app.workspaceName).toHaveText(STORE_PLAN.name);

  const saved = JSON.parse(await readFile(path, 'utf8')) as SavedFile;
  expect(saved.workspace.meta.name).toBe(STORE_PLAN.name);
  expect(saved.workspace.metrics.find((m) => m.name === DEPARTMENT)?.target).toBe(35);
  expect((await readFile(`${path}.bak`)).toString('utf8')).toBe(theirs);
});
