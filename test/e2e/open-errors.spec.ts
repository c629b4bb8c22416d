import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errorsEn } from '../../src/shared/i18n/errors.en';
import { errorsZhCN } from '../../src/shared/i18n/errors.zh-CN';
import { uiEn } from '../../src/shared/i18n/ui.en';
import { uiZhCN } from '../../src/shared/i18n/ui.zh-CN';
import { createWorkspace } from '../../src/shared/workspace/create';
import { serializeWorkspace } from '../../src/shared/workspace/serialize';
import { expect, test } from './fixtures';
import { StudioPage } from './pages/studio-page';

/**
 * A file that cannot be opened gets its own clear message in the user's
 * language; the document on screen stays, and the file is never touched.
 */

const NORTH_STAR_ZH = '每活跃用户月均下单数';

function truncatedWorkspace(): string {
  const text = serializeWorkspace(
    createWorkspace({ name: '断掉的文件', locale: 'zh-CN', northStarName: '北极星' }),
  );
  // Cut mid-file, as an interrupted copy from a USB stick leaves it.
  return text.slice(0, Math.floor(text.length / 2));
}

const TOO_NEW = JSON.stringify({
  format: 'north-star-studio/workspace',
  version: 99,
  workspace: {},
});

test('a truncated file and a too-new file are refused with their own message', async ({
  studio,
}) => {
  const app = new StudioPage(studio);
  await expect(app.metric(NORTH_STAR_ZH)).toBeVisible();

  const cut = join(studio.workspaceDir, '中断的复制.northstar');
  const future = join(studio.workspaceDir, 'from-the-future.northstar');
  await writeFile(cut, truncatedWorkspace());
  await writeFile(future, TOO_NEW);
  const cutBytes = await readFile(cut);
  const futureBytes = await readFile(future);

  await app.open(cut);
  await expect(app.messageDialog).toBeVisible();
  await expect(app.messageDialog).toContainText(
    errorsZhCN.open.title.replace('{{name}}', '中断的复制.northstar'),
  );
  // This message itself says the file was left unchanged (and where the backup is).
  await expect(app.messageDialog).toContainText(errorsZhCN.open.truncated);
  await app.dialogButton(app.messageDialog, 'ok').click();
  await expect(app.messageDialog).toBeHidden();
  await expect(app.metric(NORTH_STAR_ZH)).toBeVisible();

  await app.open(future);
  await expect(app.messageDialog).toContainText(
    errorsZhCN.open['too-new'].replace('{{version}}', '99'),
  );
  // Escape closes it as well.
  await app.press('Escape');
  await expect(app.messageDialog).toBeHidden();
  await expect(app.metric(NORTH_STAR_ZH)).toBeVisible();
  await expect(app.fileName).toHaveText(uiZhCN.toolbar.untitled);

  expect(await readFile(cut)).toEqual(cutBytes);
  expect(await readFile(future)).toEqual(futureBytes);
});

test('JSON that is not a workspace is refused, and the file is said to be untouched', async ({
  studio,
}) => {
  const app = new StudioPage(studio);
  const notes = join(studio.workspaceDir, '会议纪要.northstar');
  const content = JSON.stringify({ title: '会议纪要', items: [] });
  await writeFile(notes, content);

  await app.open(notes);
  await expect(app.messageDialog).toContainText(errorsZhCN.open['not-workspace']);
  await expect(app.messageDialog).toContainText(errorsZhCN.open.untouched);
  await app.press('Enter');
  await expect(app.messageDialog).toBeHidden();
  await expect(app.metric(NORTH_STAR_ZH)).toBeVisible();
  expect((await readFile(notes)).toString('utf8')).toBe(content);
});

test.describe('in English', () => {
  test.use({ locale: 'en' });

  test('the too-new message is in English, and unsaved edits survive the refusal', async ({
    studio,
  }) => {
    const app = new StudioPage(studio);
    await expect(app.metric('Orders per monthly active user')).toBeVisible();
    const future = join(studio.workspaceDir, 'future.northstar');
    await writeFile(future, TOO_NEW);

    // An unsaved edit: Open first asks about it; "Don't save" then a refused file keeps it.
    await app.selectMetric('Order failure rate');
    await app.typeInto('target', '0.2');
    await expect(app.saveState).toHaveText(uiEn.saveState.unsaved);

    await app.toolbarButton('open').click();
    await expect(app.messageDialog).toContainText(uiEn.dialogs.unsaved.title);
    if (studio.host === 'electron') await studio.queueDialogAnswers({ path: future });
    await app.dialogButton(app.messageDialog, 'discard').click();
    if (studio.host !== 'electron') await app.typeOpenPath(future);
    await expect(app.messageDialog).toContainText(
      errorsEn.open['too-new'].replace('{{version}}', '99'),
    );
    await app.press('Enter');
    await expect(app.messageDialog).toBeHidden();

    await expect(app.metricTarget('Order failure rate')).toHaveText('0.2%');
    await expect(app.saveState).toHaveAttribute('data-state', 'unsaved');
    expect((await readFile(future)).toString('utf8')).toBe(TOO_NEW);
  });
});
