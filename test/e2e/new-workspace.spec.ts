import { uiZhCN } from '../../src/shared/i18n/ui.zh-CN';
import { expect, test } from './fixtures';
import { StudioPage } from './pages/studio-page';

/**
 * New: unsaved edits are never dropped without asking; a new workspace is one
 * North Star, selected and waiting for its name, with nothing to undo back
 * into the old document.
 */

const SAMPLE_NAME = '云杉优选 2027年度目标';
const NORTH_STAR = '每活跃用户月均下单数';
const DEPARTMENT = '下单失败率';
const NEW_NORTH_STAR = '年度复购用户数';

test('New asks about unsaved edits, then starts an empty workspace whose North Star is named by typing', async ({
  studio,
}) => {
  const app = new StudioPage(studio);
  await app.selectMetric(DEPARTMENT);
  await app.typeInto('target', '0.2');
  await expect(app.metricTarget(DEPARTMENT)).toHaveText('0.2%');
  await expect(app.saveState).toHaveAttribute('data-state', 'unsaved');
  const sampleCount = await app.metricNodes.count();

  // Cancel keeps everything as it was.
  await app.toolbarButton('new').click();
  await expect(app.messageDialog).toContainText(uiZhCN.dialogs.unsaved.title);
  await expect(app.dialogMessage).toHaveText(
    uiZhCN.dialogs.unsaved.body.replace('{{name}}', SAMPLE_NAME),
  );
  await app.dialogButton(app.messageDialog, 'cancel').click();
  await expect(app.messageDialog).toBeHidden();
  await expect(app.metricNodes).toHaveCount(sampleCount);
  await expect(app.metricTarget(DEPARTMENT)).toHaveText('0.2%');
  await expect(app.saveState).toHaveText(uiZhCN.saveState.unsaved);
  await expect(app.workspaceName).toHaveText(SAMPLE_NAME);
  await expect(app.toolbarButton('undo')).toBeEnabled();

  // Don't save: the new workspace replaces the sample.
  await app.toolbarButton('new').click();
  await app
    .dialogButton(app.messageDialog, 'discard')
    .filter({ hasText: uiZhCN.dialogs.unsaved.discard })
    .click();
  await expect(app.messageDialog).toBeHidden();
  await expect(app.metricNodes).toHaveCount(1);
  const placeholder = app.metric(uiZhCN.newWorkspace.northStar);
  await expect(placeholder).toHaveClass(/\bselected\b/);
  await expect(placeholder).toContainText(uiZhCN.northStar);
  await expect(app.workspaceName).toHaveText(uiZhCN.newWorkspace.name);
  await expect(app.fileName).toHaveText(uiZhCN.toolbar.untitled);
  await expect(app.saveState).toHaveAttribute('data-state', 'saved');
  await expect(app.saveState).toHaveText(uiZhCN.saveState.untitled);
  await expect(app.metric(DEPARTMENT)).toHaveCount(0);
  await expect(app.metric(NORTH_STAR)).toHaveCount(0);
  // Nothing to undo: the sample and its edit are not one Ctrl+Z away.
  await expect(app.toolbarButton('undo')).toBeDisabled();
  await expect(app.toolbarButton('redo')).toBeDisabled();

  // The name field has the keyboard, its text selected: typing names the North Star.
  await expect(app.field('name')).toBeFocused();
  await expect(app.field('name')).toHaveValue(uiZhCN.newWorkspace.northStar);
  await app.page.keyboard.type(NEW_NORTH_STAR);
  await app.press('Enter');
  await expect(app.metric(NEW_NORTH_STAR)).toBeVisible();
  await expect(app.metric(NEW_NORTH_STAR)).toHaveClass(/\bselected\b/);
  await expect(app.metricNodes).toHaveCount(1);
  await expect(app.saveState).toHaveAttribute('data-state', 'unsaved');

  // Undo takes back the name, and stops at the start of the new workspace.
  await app.press('ControlOrMeta+Z');
  await expect(placeholder).toBeVisible();
  await expect(app.saveState).toHaveAttribute('data-state', 'saved');
  await expect(app.toolbarButton('undo')).toBeDisabled();
});
