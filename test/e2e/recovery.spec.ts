import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from '../../src/main/browser-host/host-context';
import { uiEn } from '../../src/shared/i18n/ui.en';
import { uiZhCN } from '../../src/shared/i18n/ui.zh-CN';
import { expect, test } from './fixtures';
import { StudioPage } from './pages/studio-page';
import { fileText, STORE_PLAN, storePlan, type SavedFile } from './seed-files';

/**
 * Unsaved edits survive a crash: edits are backed up on this machine
 * (「已暂存」), and when the app is killed and started again it offers them
 * back. Restore puts them on top of the file, unsaved, without touching the
 * file until the user saves; Discard forgets them for good.
 *
 * restart() closes the page without beforeunload, like a crash, and keeps the
 * browser storage, as Electron keeps its profile.
 */

const { file: FILE, department: DEPARTMENT } = STORE_PLAN;

test.describe('a saved file', () => {
  test.use({ studioSeed: { workspace: { [FILE]: fileText(storePlan()) } } });

  /** Open the seeded file, change a target, wait until the change is backed up, crash. */
  async function editAndCrash(app: StudioPage, path: string, studio: { restart(): Promise<void> }) {
    await app.open(path);
    await expect(app.fileName).toHaveText(FILE);
    await app.selectMetric(DEPARTMENT);
    await app.typeInto('target', '35');
    await expect(app.metricTarget(DEPARTMENT)).toHaveText('35');
    await expect(app.backupState).toHaveText(uiZhCN.saveState.backedUp);
    await studio.restart();
    await expect(app.messageDialog).toBeVisible();
    await expect(app.messageDialog).toContainText(uiZhCN.dialogs.recovery.title);
    await expect(app.dialogMessage).toContainText(`“${STORE_PLAN.name}”（${FILE}）`);
  }

  test('Restore brings the edit back unsaved on top of the untouched file; Ctrl+S writes it', async ({
    studio,
  }) => {
    const app = new StudioPage(studio);
    const path = join(studio.workspaceDir, FILE);
    const before = await readFile(path);
    await editAndCrash(app, path, studio);

    await app.dialogButton(app.messageDialog, 'restore').click();
    await expect(app.messageDialog).toBeHidden();
    await expect(app.fileName).toHaveText(FILE);
    await expect(app.metricTarget(DEPARTMENT)).toHaveText('35');
    await expect(app.saveState).toHaveAttribute('data-state', 'unsaved');
    await expect(app.saveState).toHaveText(uiZhCN.saveState.unsaved);
    expect((await readFile(path)).equals(before)).toBe(true);

    await app.press('ControlOrMeta+S');
    await expect(app.saveState).toHaveAttribute('data-state', 'saved');
    await expect(app.backupState).toBeHidden();
    const saved = JSON.parse(await readFile(path, 'utf8')) as SavedFile;
    expect(saved.workspace.metrics.find((m) => m.name === DEPARTMENT)?.target).toBe(35);

    // Saved: nothing left to recover.
    await studio.restart();
    await expect(app.metricTarget(DEPARTMENT)).toHaveText('35');
    await expect(app.saveState).toHaveAttribute('data-state', 'saved');
    await expect(app.messageDialog).toBeHidden();
  });

  test('Discard shows the file as saved, and the question does not come back', async ({
    studio,
  }) => {
    const app = new StudioPage(studio);
    const path = join(studio.workspaceDir, FILE);
    const before = await readFile(path);
    await editAndCrash(app, path, studio);

    await app.dialogButton(app.messageDialog, 'discard').click();
    await expect(app.messageDialog).toBeHidden();
    await expect(app.fileName).toHaveText(FILE);
    await expect(app.metricTarget(DEPARTMENT)).toHaveText('30');
    await expect(app.saveState).toHaveAttribute('data-state', 'saved');
    expect((await readFile(path)).equals(before)).toBe(true);

    await studio.restart();
    await expect(app.fileName).toHaveText(FILE);
    await expect(app.metricTarget(DEPARTMENT)).toHaveText('30');
    await expect(app.messageDialog).toBeHidden();
  });
});

test.describe('on an English system', () => {
  test.use({ locale: 'en' });

  test('an edited untitled sample comes back as an untitled, unsaved document', async ({
    studio,
  }) => {
    const app = new StudioPage(studio);
    const sample = JSON.parse(
      await readFile(join(REPO_ROOT, 'resources/sample/sample.en.northstar'), 'utf8'),
    ) as { workspace: { meta: { name: string } } };
    const department = 'First orders from new customers';

    await app.selectMetric(department);
    await app.typeInto('target', '175');
    await expect(app.metricTarget(department)).toHaveText('175 10k orders');
    await expect(app.backupState).toHaveText(uiEn.saveState.backedUp);

    await studio.restart();
    await expect(app.messageDialog).toContainText(uiEn.dialogs.recovery.title);
    await expect(app.dialogMessage).toContainText(
      `“${sample.workspace.meta.name}” (${uiEn.dialogs.recovery.untitled})`,
    );
    await app.dialogButton(app.messageDialog, 'restore').click();
    await expect(app.messageDialog).toBeHidden();
    await expect(app.fileName).toHaveText(uiEn.toolbar.untitled);
    await expect(app.metricTarget(department)).toHaveText('175 10k orders');
    await expect(app.saveState).toHaveAttribute('data-state', 'unsaved');
    await expect(app.saveState).toHaveText(uiEn.saveState.unsaved);
  });
});
