import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { uiEn } from '../../src/shared/i18n/ui.en';
import { uiZhCN } from '../../src/shared/i18n/ui.zh-CN';
import { expect, test } from './fixtures';
import { StudioPage } from './pages/studio-page';
import { fileText, STORE_PLAN, storePlan, type SavedFile } from './seed-files';

/**
 * The browser host's own file dialog, used as a person uses a desktop one:
 * browse into folders with the keyboard or the mouse, go up, jump to a place,
 * type a name or a path. Electron shows the system's dialog instead.
 */

const FOLDER = '2027';
const ROUND = '第一轮';
const NESTED = `${FOLDER}/${ROUND}/${STORE_PLAN.file}`;

test.describe('browser host file dialog', () => {
  test.skip(({ studioHost }) => studioHost !== 'browser', 'Electron shows the system dialog');
  test.use({
    studioSeed: {
      workspace: {
        [NESTED]: fileText(storePlan()),
        [`${FOLDER}/notes.txt`]: 'not a workspace',
        [`${FOLDER}/kpi-2026.xlsx`]: 'a spreadsheet, not for this dialog',
      },
    },
  });

  test('open a workspace two folders down with the keyboard alone', async ({ studio }) => {
    const app = new StudioPage(studio);
    const dialog = app.openDialog;
    await app.press('Control+O');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(
      uiZhCN.dialogs.path.title.open.workspace,
    );
    await expect(app.fileFolder(dialog)).toHaveText(studio.workspaceDir);
    // The list has the keyboard, on its first row: the only folder.
    await expect(dialog.getByTestId('file-entries')).toBeFocused();
    await expect(app.activeFileEntry(dialog)).toHaveAttribute('data-name', FOLDER);

    await app.press('Enter');
    await expect(app.fileFolder(dialog)).toHaveText(join(studio.workspaceDir, FOLDER));
    // Only folders and workspace files: the text file and the spreadsheet are not offered.
    await expect(app.fileEntries(dialog)).toHaveCount(1);
    await expect(app.activeFileEntry(dialog)).toHaveAttribute('data-name', ROUND);

    await app.press('Enter');
    await expect(app.fileFolder(dialog)).toHaveText(join(studio.workspaceDir, FOLDER, ROUND));
    await expect(app.activeFileEntry(dialog)).toHaveAttribute('data-name', STORE_PLAN.file);

    // Backspace goes up with the folder we came from picked; Enter goes back in.
    await app.press('Backspace');
    await expect(app.fileFolder(dialog)).toHaveText(join(studio.workspaceDir, FOLDER));
    await expect(app.activeFileEntry(dialog)).toHaveAttribute('data-name', ROUND);
    await app.press('Enter');
    await expect(app.activeFileEntry(dialog)).toHaveAttribute('data-name', STORE_PLAN.file);

    await app.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(app.metric(STORE_PLAN.department)).toBeVisible();
    await expect(app.fileName).toHaveText(STORE_PLAN.file);
  });

  test('open a workspace two folders down with the mouse, after a detour up and back', async ({
    studio,
  }) => {
    const app = new StudioPage(studio);
    const dialog = app.openDialog;
    await app.toolbarButton('open').click();
    await app.fileEntry(dialog, FOLDER).dblclick();
    await expect(app.fileFolder(dialog)).toHaveText(join(studio.workspaceDir, FOLDER));

    // Up leaves the workspace folder; a click on its place brings the dialog back.
    await dialog.getByTestId('file-up').click();
    await dialog.getByTestId('file-up').click();
    await expect(app.fileFolder(dialog)).not.toHaveText(join(studio.workspaceDir, FOLDER));
    await app.filePlace(dialog, 'workspaces').click();
    await expect(app.fileFolder(dialog)).toHaveText(studio.workspaceDir);

    await app.fileEntry(dialog, FOLDER).dblclick();
    await app.fileEntry(dialog, ROUND).dblclick();
    const file = app.fileEntry(dialog, STORE_PLAN.file);
    // A click picks the row; the Open button then opens it.
    await file.click();
    await expect(file).toHaveAttribute('aria-selected', 'true');
    await dialog.getByTestId('file-confirm').click();
    await expect(dialog).toBeHidden();
    await expect(app.metric(STORE_PLAN.otherDepartment)).toBeVisible();
  });

  test('a path outside the allowed folders is refused with its reason, and nothing is opened', async ({
    studio,
  }) => {
    const app = new StudioPage(studio);
    const dialog = app.openDialog;
    await app.toolbarButton('open').click();
    await expect(app.fileFolder(dialog)).toHaveText(studio.workspaceDir);
    const input = dialog.getByTestId('path-input');
    for (const outside of ['/etc', '/etc/passwd']) {
      await input.fill(outside);
      await input.press('Enter');
      await expect(app.fileProblem(dialog)).toHaveText(
        uiZhCN.dialogs.path.outside.replace('{{path}}', outside),
      );
      await expect(dialog).toBeVisible();
      // The folder on screen is still the one it was.
      await expect(app.fileFolder(dialog)).toHaveText(studio.workspaceDir);
    }
    await app.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(app.metric('每活跃用户月均下单数')).toBeVisible();
  });

  test('Save As into a folder picked with the mouse, under a typed name', async ({ studio }) => {
    const app = new StudioPage(studio);
    const dialog = app.saveAsDialog;
    await app.toolbarButton('save-as').click();
    await expect(dialog).toBeVisible();
    // Saving offers the name, ready to be typed over.
    const input = dialog.getByTestId('path-input');
    await expect(input).toBeFocused();
    await app.fileEntry(dialog, FOLDER).dblclick();
    await expect(app.fileFolder(dialog)).toHaveText(join(studio.workspaceDir, FOLDER));
    await input.fill('第二轮提案');
    await input.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(app.fileName).toHaveText('第二轮提案.northstar');
    const saved = JSON.parse(
      await readFile(join(studio.workspaceDir, FOLDER, '第二轮提案.northstar'), 'utf8'),
    ) as SavedFile;
    expect(saved.workspace.metrics.some((m) => m.name === '每活跃用户月均下单数')).toBe(true);
  });

  test.describe('in English', () => {
    test.use({ locale: 'en' });

    test('speaks English, and says why a folder outside cannot be shown', async ({ studio }) => {
      const app = new StudioPage(studio);
      const dialog = app.openDialog;
      await app.toolbarButton('open').click();
      await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(
        uiEn.dialogs.path.title.open.workspace,
      );
      await expect(app.filePlace(dialog, 'workspaces')).toHaveText(
        new RegExp(uiEn.dialogs.path.place.workspaces),
      );
      const input = dialog.getByTestId('path-input');
      await input.fill('/etc');
      await input.press('Enter');
      await expect(app.fileProblem(dialog)).toHaveText(
        uiEn.dialogs.path.outside.replace('{{path}}', '/etc'),
      );
    });
  });
});
