import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { StudioPage } from './pages/studio-page';

/**
 * The split wizard (拆解): select a metric, open the wizard from the
 * inspector or with S, and split it in one step — by department, by a
 * formula, by process steps. The children appear under the parent in their
 * departments' colours; one Ctrl+Z takes the whole split back.
 */

/** Screenshots of each state at the projector's size and a laptop's, to look at. */
async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
  ]) {
    await page.setViewportSize(size);
    await page.screenshot({
      path: testInfo.outputPath(`${name}-${size.width}x${size.height}.png`),
    });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

const NORTH_STAR = '每活跃用户月均下单数';
const byDepartment = ['销售部', '产品部', '研发部'].map((d) => `${d} · ${NORTH_STAR}`);

test('split the North Star by three departments, undo and redo it in one step', async ({
  studio,
}, testInfo) => {
  const app = new StudioPage(studio);
  await app.selectMetric(NORTH_STAR);
  await app.splitButton.click();
  await expect(app.splitWizard).toBeVisible();
  await expect(app.splitWizard).toContainText(`拆解「${NORTH_STAR}」`);

  for (const department of ['销售部', '产品部', '研发部'])
    await app.splitDepartment(department).check();
  await expect(app.splitRows).toHaveCount(3);
  await expect(app.splitRowName(0)).toHaveValue(byDepartment[0]!);
  await expect(app.splitRelation).toHaveText(`「${NORTH_STAR}」= 各下级指标之和`);
  await shoot(studio.page, testInfo, 'zh-departments');

  await app.splitCreate.click();
  await expect(app.splitWizard).toBeHidden();
  for (const [index, department] of ['销售部', '产品部', '研发部'].entries()) {
    await expect(app.metric(byDepartment[index]!)).toBeVisible();
    await expect(app.metricDepartment(byDepartment[index]!)).toHaveText(department);
    await expect(app.metricLayer(byDepartment[index]!)).toHaveText('战术层');
  }
  // The parent stays selected, its new children right under it.
  await app.expectSelected(NORTH_STAR);
  await expect(app.toolbarButton('undo')).toHaveAttribute('title', /撤销拆分/);
  await shoot(studio.page, testInfo, 'zh-departments-result');

  await app.press('Control+Z');
  for (const name of byDepartment) await expect(app.metric(name)).toHaveCount(0);
  await expect(app.toolbarButton('redo')).toHaveAttribute('title', /重做拆分/);
  await app.press('Control+Shift+Z');
  for (const name of byDepartment) await expect(app.metric(name)).toBeVisible();
});

test('split a GMV by the product formula: units inferred, the relation a product', async ({
  studio,
}, testInfo) => {
  const app = new StudioPage(studio);
  await app.selectMetric('新品GMV');
  await app.press('s');
  await expect(app.splitWizard).toBeVisible();
  await app.splitWay('formula').click();
  await expect(app.splitRows).toHaveCount(3);
  await expect(app.splitRelation).toHaveText('「新品GMV」= 访客数 × 转化率 × 客单价');
  await expect(app.splitRowUnit(0)).toHaveText('人');
  await expect(app.splitRowUnit(1)).toHaveText('%');
  await expect(app.splitRowUnit(2)).toHaveText('元');

  // A fourth factor, typed: a rate gets its %, an unknown name no unit.
  await app.splitWizard.getByTestId('split-add-row').click();
  await app.splitRowName(3).fill('复购率');
  await expect(app.splitRowUnit(3)).toHaveText('%');
  await app.splitRowName(3).fill('好感度');
  await expect(app.splitRowUnit(3)).toHaveText('单位未定');
  await app.splitRows.nth(3).getByTestId('split-row-remove').click();
  await expect(app.splitRows).toHaveCount(3);
  await shoot(studio.page, testInfo, 'zh-product');

  await app.splitRowName(2).press('Enter');
  await expect(app.splitWizard).toBeHidden();
  await expect(app.toastMessage.last()).toHaveText(
    '已把「新品GMV」拆成 3 个因子：新品GMV = 访客数 × 转化率 × 客单价。Ctrl+Z 可撤销。',
  );
  // The new boxes may land below the fold: the view moves so the room sees all three.
  for (const name of ['访客数', '转化率', '客单价']) {
    await expect(app.metric(name)).toBeInViewport({ ratio: 1 });
  }
  // The parent stays selected, and the inspector names its new relation.
  await app.expectSelected('新品GMV');
  await expect(app.inspectorRelation).toHaveText('乘积');
  // The notice sits over the foot of the canvas, where the new boxes are: close it, as one would.
  await app.toast.getByRole('button').click();
  await expect(app.toast).toHaveCount(0);
  await app.selectMetric('访客数');
  await expect(app.field('unit')).toHaveValue('人');
  await app.selectMetric('客单价');
  await expect(app.field('unit')).toHaveValue('元');
});

test('no department picked: the wizard says so and keeps what was typed', async ({
  studio,
}, testInfo) => {
  const app = new StudioPage(studio);
  await app.selectMetric(NORTH_STAR);
  await app.splitButton.click();
  await app.splitCreate.click();
  await expect(app.splitProblems).toHaveText('请至少勾选一个部门。');
  await expect(app.splitWizard).toBeVisible();
  await shoot(studio.page, testInfo, 'zh-no-department');

  // Fixed by ticking one: the message goes as soon as the reason does.
  await app.splitDepartment('运营部').check();
  await expect(app.splitProblems).toBeHidden();
  // Two steps of the same name: refused, row by row.
  await app.splitWay('steps').click();
  await app.splitRowName(0).fill('获客');
  await app.splitRowName(1).fill('获客');
  await app.splitCreate.click();
  await expect(app.splitProblems).toHaveText(
    '「获客」出现了不止一次：每个下级指标要有自己的名称。',
  );
  await shoot(studio.page, testInfo, 'zh-steps-duplicate');

  // Escape closes without a change: no step to undo.
  await app.press('Escape');
  await expect(app.splitWizard).toBeHidden();
  await expect(app.toolbarButton('undo')).toBeDisabled();
  await expect(app.metric('获客')).toHaveCount(0);
});

test('S opens the wizard on the selected metric; Cancel closes it', async ({ studio }) => {
  const app = new StudioPage(studio);
  await app.selectMetric('新客首单数');
  await app.press('s');
  await expect(app.splitWizard).toContainText('拆解「新客首单数」');
  // The keyboard starts on the way of splitting, and Tab walks through the dialog.
  await expect(app.splitWizard.locator("input[name='split-way']:checked")).toBeFocused();
  await app.splitCancel.click();
  await expect(app.splitWizard).toBeHidden();
  await app.expectSelected('新客首单数');
});

test.describe('in English', () => {
  test.use({ locale: 'en' });
  const northStar = 'Orders per monthly active user';

  test('split by three departments, then by a product formula', async ({ studio }, testInfo) => {
    const app = new StudioPage(studio);
    await app.selectMetric(northStar);
    await app.splitButton.click();
    await expect(app.splitWizard).toContainText(`Split “${northStar}”`);
    await app.splitCreate.click();
    await expect(app.splitProblems).toHaveText('Tick at least one department.');
    for (const department of ['Sales', 'Product', 'R&D'])
      await app.splitDepartment(department).check();
    await expect(app.splitProblems).toBeHidden();
    await app.splitRowName(0).fill('Sales orders per active user');
    await shoot(studio.page, testInfo, 'en-departments');
    await app.splitCreate.click();

    for (const [name, department] of [
      ['Sales orders per active user', 'Sales'],
      [`Product · ${northStar}`, 'Product'],
      [`R&D · ${northStar}`, 'R&D'],
    ])
      await expect(app.metricDepartment(name!)).toHaveText(department!);
    await expect(app.toolbarButton('undo')).toHaveAttribute('title', /Undo split/);
    await expect(app.inspectorRelation).toHaveText('Sum');
    await shoot(studio.page, testInfo, 'en-departments-result');
    await app.press('Control+Z');
    await expect(app.metric('Sales orders per active user')).toHaveCount(0);

    await app.selectMetric('New-product GMV');
    await app.press('s');
    await app.splitWay('formula').click();
    await expect(app.splitRelation).toHaveText(
      '“New-product GMV” = Visitors × Conversion rate × Average order value',
    );
    await expect(app.splitRowUnit(0)).toHaveText('visitors');
    await expect(app.splitRowUnit(2)).toHaveText('¥');
    await shoot(studio.page, testInfo, 'en-product');
    await app.splitCreate.click();
    await expect(app.metric('Conversion rate')).toBeVisible();
    await app.selectMetric('Conversion rate');
    await expect(app.field('unit')).toHaveValue('%');
    await shoot(studio.page, testInfo, 'en-product-result');
  });
});
