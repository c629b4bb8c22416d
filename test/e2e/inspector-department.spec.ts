import { expect, test } from './fixtures';
import { StudioPage } from './pages/studio-page';

/**
 * A metric's department (所属部门), chosen in the inspector: the sample's
 * sales metric opens in the sales department (its owner's, carried over from
 * the version 1 sample by the format upgrade), moves to another with one
 * choice, and one Ctrl+Z brings it back.
 */

test('choose a metric’s department in the inspector, and undo it', async ({ studio }) => {
  const app = new StudioPage(studio);
  const department = studio.page.getByTestId('field-department');
  await app.selectMetric('新客首单数');
  await expect(department.locator('option:checked')).toHaveText('销售部');
  await department.selectOption({ label: '产品部' });
  await expect(department.locator('option:checked')).toHaveText('产品部');
  await expect(app.toolbarButton('undo')).toHaveAttribute('title', /指定部门/);

  await app.metric('新客首单数').click();
  await app.press('Control+Z');
  await expect(department.locator('option:checked')).toHaveText('销售部');
  await app.press('Control+Shift+Z');
  await expect(department.locator('option:checked')).toHaveText('产品部');
});

test('the North Star belongs to no department and offers no choice', async ({ studio }) => {
  const app = new StudioPage(studio);
  await app.selectMetric('每活跃用户月均下单数');
  await expect(app.inspector).toBeVisible();
  await expect(studio.page.getByTestId('field-department')).toHaveCount(0);
});

test.describe('in English', () => {
  test.use({ locale: 'en' });
  test('names the field and the departments in English', async ({ studio }) => {
    const app = new StudioPage(studio);
    await app.selectMetric('First orders from new customers');
    // Found by its label, as a screen reader finds it.
    const department = app.inspector.getByLabel('Department', { exact: true });
    await expect(department).toHaveAttribute('data-testid', 'field-department');
    await expect(department.locator('option:checked')).toHaveText('Sales');
  });
});
