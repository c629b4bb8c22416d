import { errorsZhCN } from '../../src/shared/i18n/errors.zh-CN';
import { uiEn } from '../../src/shared/i18n/ui.en';
import { uiZhCN } from '../../src/shared/i18n/ui.zh-CN';
import { expect, test } from './fixtures';
import { StudioPage } from './pages/studio-page';

/**
 * The people and departments panel on the sample the app opens at first
 * start, dragged for real with the mouse: a person onto a box makes them its
 * owner, with Shift a collaborator; a department onto a box sets its
 * department; Escape and a drop outside any box leave no trace. Ctrl+Z and
 * Ctrl+Shift+Z for each. Screenshots at 1280×720 in both languages.
 */

const NEW_CUSTOMERS = '新客首单数';
const FAILURES = '下单失败率';
const fill = (message: string, values: Record<string, string>) =>
  message.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

async function openPanel(app: StudioPage) {
  await expect(app.peoplePanel).toHaveCount(0);
  await app.peoplePanelButton.click();
  await expect(app.peoplePanel).toBeVisible();
  await expect(app.peoplePanelButton).toHaveAttribute('aria-pressed', 'true');
}

test.describe('people and departments panel', () => {
  test('a person dragged onto a box becomes its owner, on the box and in the inspector; one undo step', async ({
    studio,
  }, testInfo) => {
    const app = new StudioPage(studio);
    await openPanel(app);
    await expect(app.peoplePanel).toContainText(uiZhCN.peoplePanel.hint);
    await expect(app.paletteItem('department', '销售部')).toBeVisible();
    await expect(app.paletteItem('person', '李娜')).toContainText('产品部 · 产品总监');
    await expect(app.metricOwner(NEW_CUSTOMERS)).toContainText('王磊');

    await app.dragFromPanel('person', '李娜', await app.centreOf(NEW_CUSTOMERS), {
      release: false,
    });
    // Before the drop: the box lights up and says what will happen; nothing changed yet.
    await expect(app.paletteDropTarget).toHaveAttribute('data-title', NEW_CUSTOMERS);
    await expect(app.paletteDropCaption).toHaveText(
      fill(uiZhCN.peoplePanel.drop.owner, { name: '李娜' }),
    );
    await expect(app.toolbarButton('undo')).toBeDisabled();
    await app.page.screenshot({ path: testInfo.outputPath('people-drag-zh.png') });
    await app.release();

    await expect(app.paletteDropTarget).toHaveCount(0);
    await expect(app.metricOwner(NEW_CUSTOMERS)).toContainText('李娜');
    await app.expectSelected(NEW_CUSTOMERS);
    await expect(app.inspectorOwner).toHaveText('李娜');
    await app.page.screenshot({ path: testInfo.outputPath('people-owner-zh.png') });

    await app.press('ControlOrMeta+Z');
    await expect(app.metricOwner(NEW_CUSTOMERS)).toContainText('王磊');
    await expect(app.inspectorOwner).toHaveText('王磊');
    await expect(app.toolbarButton('undo')).toBeDisabled();
    await app.press('ControlOrMeta+Shift+Z');
    await expect(app.metricOwner(NEW_CUSTOMERS)).toContainText('李娜');
  });

  test('with Shift held, a person is added as a collaborator; the owner cannot be one', async ({
    studio,
  }, testInfo) => {
    const app = new StudioPage(studio);
    await openPanel(app);
    // The sample: 王磊 owns it, 周艳 shares it.
    await expect(app.metricOwner(NEW_CUSTOMERS)).toHaveText('王磊 +1');

    await app.dragFromPanel('person', '李娜', await app.centreOf(NEW_CUSTOMERS), {
      shift: true,
      release: false,
    });
    await expect(app.paletteDropCaption).toHaveText(
      fill(uiZhCN.peoplePanel.drop.collaborator, { name: '李娜' }),
    );
    await app.release();
    await app.page.keyboard.up('Shift');
    await expect(app.metricOwner(NEW_CUSTOMERS)).toHaveText('王磊 +2');
    await expect(app.collaborators).toHaveText(['周艳运营部×', '李娜产品部×']);
    await app.page.screenshot({ path: testInfo.outputPath('people-collaborator-zh.png') });

    await app.press('ControlOrMeta+Z');
    await expect(app.metricOwner(NEW_CUSTOMERS)).toHaveText('王磊 +1');
    await app.press('ControlOrMeta+Shift+Z');
    await expect(app.metricOwner(NEW_CUSTOMERS)).toHaveText('王磊 +2');

    // The owner as a collaborator: refused, said over the box and in a toast.
    await app.dragFromPanel('person', '王磊', await app.centreOf(NEW_CUSTOMERS), {
      shift: true,
      release: false,
    });
    await expect(app.paletteDropTarget).toHaveAttribute('data-tone', 'refused');
    await expect(app.paletteDropCaption).toHaveText(errorsZhCN.tree['collaborator-is-owner']);
    await app.release();
    await app.page.keyboard.up('Shift');
    await expect(app.toastMessage.last()).toHaveText(errorsZhCN.tree['collaborator-is-owner']);
    await expect(app.metricOwner(NEW_CUSTOMERS)).toHaveText('王磊 +2');

    // Removed in the inspector, one undo step.
    await app.collaborators.filter({ hasText: '李娜' }).getByTestId('remove-collaborator').click();
    await expect(app.collaborators).toHaveCount(1);
    await expect(app.metricOwner(NEW_CUSTOMERS)).toHaveText('王磊 +1');
    await app.addCollaboratorPicker.selectOption({ label: '杨帆' });
    await expect(app.collaborators).toHaveCount(2);
    await app.canvas.focus();
    await app.press('ControlOrMeta+Z');
    await expect(app.collaborators).toHaveCount(1);
  });

  test('a department dragged onto a box sets its department; Escape and a drop outside any box change nothing', async ({
    studio,
  }) => {
    const app = new StudioPage(studio);
    await openPanel(app);
    await expect(app.metricDepartment(FAILURES)).toHaveText('研发部');

    await app.dragFromPanel('department', '产品部', await app.centreOf(FAILURES));
    await expect(app.metricDepartment(FAILURES)).toHaveText('产品部');
    await app.press('ControlOrMeta+Z');
    await expect(app.metricDepartment(FAILURES)).toHaveText('研发部');
    await app.press('ControlOrMeta+Shift+Z');
    await expect(app.metricDepartment(FAILURES)).toHaveText('产品部');
    await app.press('ControlOrMeta+Z');

    // Escape while dragging: no drop, no step.
    await app.dragFromPanel('department', '产品部', await app.centreOf(FAILURES), {
      release: false,
    });
    await expect(app.paletteDropTarget).toHaveAttribute('data-title', FAILURES);
    await app.press('Escape');
    await expect(app.paletteDropTarget).toHaveCount(0);
    await app.release();
    await expect(app.metricDepartment(FAILURES)).toHaveText('研发部');

    // Let go over the panel itself: nothing.
    const panel = await app.peoplePanel.boundingBox();
    await app.dragFromPanel('person', '李娜', { x: panel!.x + 120, y: panel!.y + 40 });
    await expect(app.metricOwner(NEW_CUSTOMERS)).toContainText('王磊');
    await expect(app.toolbarButton('redo')).toBeEnabled();
    await expect(app.saveState).toHaveAttribute('data-state', 'saved');

    // Ctrl+Shift+P closes and opens it.
    await app.canvas.focus();
    await app.press('ControlOrMeta+Shift+P');
    await expect(app.peoplePanel).toHaveCount(0);
    await app.press('ControlOrMeta+Shift+P');
    await expect(app.peoplePanel).toBeVisible();
  });
});

test.describe('people and departments panel, in English', () => {
  test.use({ locale: 'en' });

  test('the panel reads in English, and a person dropped on a box owns it', async ({
    studio,
  }, testInfo) => {
    const app = new StudioPage(studio);
    const box = 'First orders from new customers';
    await openPanel(app);
    await expect(app.peoplePanel).toContainText(uiEn.peoplePanel.hint);
    await expect(app.paletteItem('person', 'Li Na')).toContainText('Product · Product Director');
    await app.dragFromPanel('person', 'Li Na', await app.centreOf(box), { release: false });
    await expect(app.paletteDropCaption).toHaveText(
      fill(uiEn.peoplePanel.drop.owner, { name: 'Li Na' }),
    );
    await app.page.screenshot({ path: testInfo.outputPath('people-drag-en.png') });
    await app.release();
    await expect(app.metricOwner(box)).toContainText('Li Na');
    await expect(app.inspectorOwner).toHaveText('Li Na');
    await app.page.screenshot({ path: testInfo.outputPath('people-owner-en.png') });
    await app.press('ControlOrMeta+Z');
    await expect(app.metricOwner(box)).toContainText('Wang Lei');
  });
});
