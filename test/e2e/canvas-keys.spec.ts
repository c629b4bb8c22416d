import { uiEn } from '../../src/shared/i18n/ui.en';
import { uiZhCN } from '../../src/shared/i18n/ui.zh-CN';
import { expect, test } from './fixtures';
import { StudioPage } from './pages/studio-page';

/**
 * The keys the README promises, pressed on the canvas as a facilitator would,
 * on the sample the app opens at first start: Delete (asking first when
 * sub-metrics go too), the arrow keys, F2, Enter for a sibling, and Ctrl+Z /
 * Ctrl+Shift+Z for each of them.
 *
 * The sample: the North Star, five department metrics in a row below it, each
 * with four individual metrics stacked in a column under it (25 boxes).
 */

const NORTH_STAR = '每活跃用户月均下单数';
const CONVERSION = '访问-下单转化率';
const FAILURES = '下单失败率';
const VISIT_DAYS = '活跃用户月均访问天数';
/** The sub-metrics of FAILURES, top to bottom. */
const FAILURES_BELOW = [
  '核心交易链路可用性',
  'P1级故障次数',
  '首屏加载时间（P90）',
  '技术创新提案落地数',
];
/** The first sub-metric of VISIT_DAYS, the column right of FAILURES'. */
const PUSH_CTR = '消息推送点击率';
const SAMPLE_BOXES = 25;

/** A message with its {{placeholders}} filled, as i18next shows it. */
function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}

test.describe('keys on the canvas', () => {
  test('Delete on a metric with sub-metrics asks first; Cancel keeps it, Delete removes the branch; Ctrl+Z brings it back', async ({
    studio,
  }) => {
    const app = new StudioPage(studio);
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES);
    await app.selectMetric(FAILURES);

    await app.press('Delete');
    await expect(app.messageDialog).toBeVisible();
    await expect(app.messageDialog.getByRole('heading')).toHaveText(
      uiZhCN.dialogs.deleteMetric.title,
    );
    await expect(app.dialogMessage).toHaveText(
      fill(uiZhCN.dialogs.deleteMetric.body, { name: FAILURES, count: FAILURES_BELOW.length }),
    );
    await app.dialogButton(app.messageDialog, 'cancel').click();
    await expect(app.messageDialog).toBeHidden();
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES);
    for (const name of [FAILURES, ...FAILURES_BELOW]) await expect(app.metric(name)).toBeVisible();
    await app.expectSelected(FAILURES);
    await expect(app.saveState).toHaveAttribute('data-state', 'saved');

    // Escape is a cancel too, and Delete asks again.
    await app.press('Delete');
    await expect(app.messageDialog).toBeVisible();
    await app.press('Escape');
    await expect(app.messageDialog).toBeHidden();
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES);

    await app.press('Delete');
    await app.dialogButton(app.messageDialog, 'delete').click();
    await expect(app.messageDialog).toBeHidden();
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES - 1 - FAILURES_BELOW.length);
    for (const name of [FAILURES, ...FAILURES_BELOW]) await expect(app.metric(name)).toHaveCount(0);
    await app.expectSelected(NORTH_STAR);
    await expect(app.saveState).toHaveAttribute('data-state', 'unsaved');

    // One undo brings the whole branch back, one redo takes it away again.
    await app.press('ControlOrMeta+Z');
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES);
    for (const name of [FAILURES, ...FAILURES_BELOW]) await expect(app.metric(name)).toBeVisible();
    await expect(app.saveState).toHaveAttribute('data-state', 'saved');
    await app.press('ControlOrMeta+Shift+Z');
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES - 1 - FAILURES_BELOW.length);
    await expect(app.metric(FAILURES)).toHaveCount(0);
  });

  test('Delete on a metric without sub-metrics removes it at once; the selection goes to its parent', async ({
    studio,
  }) => {
    const app = new StudioPage(studio);
    const leaf = FAILURES_BELOW[3] ?? '';
    await app.selectMetric(leaf);

    await app.press('Delete');
    await expect(app.metric(leaf)).toHaveCount(0);
    // Gone without a question: no dialog came up, and only that one box went.
    await expect(app.messageDialog).toHaveCount(0);
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES - 1);
    await app.expectSelected(FAILURES);

    await app.press('ControlOrMeta+Z');
    await expect(app.metric(leaf)).toBeVisible();
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES);
    await app.press('ControlOrMeta+Shift+Z');
    await expect(app.metric(leaf)).toHaveCount(0);
  });

  test('the arrow keys move the selection to the neighbour in that direction', async ({
    studio,
  }) => {
    const app = new StudioPage(studio);
    await app.selectMetric(FAILURES);

    const steps: Array<[key: string, lands: string]> = [
      ['ArrowLeft', CONVERSION],
      ['ArrowRight', FAILURES],
      ['ArrowRight', VISIT_DAYS],
      ['ArrowLeft', FAILURES],
      ['ArrowUp', NORTH_STAR],
      ['ArrowDown', FAILURES],
      // Down into the column of sub-metrics, and along it.
      ['ArrowDown', FAILURES_BELOW[0] ?? ''],
      ['ArrowDown', FAILURES_BELOW[1] ?? ''],
      ['ArrowUp', FAILURES_BELOW[0] ?? ''],
      // Right of a sub-metric is the sub-metric at the same height in the next column.
      ['ArrowRight', PUSH_CTR],
      ['ArrowLeft', FAILURES_BELOW[0] ?? ''],
      ['ArrowUp', FAILURES],
    ];
    for (const [key, lands] of steps) {
      await app.press(key);
      await app.expectSelected(lands);
    }
    // Moving the selection is not an edit.
    await expect(app.saveState).toHaveAttribute('data-state', 'saved');
    await expect(app.toolbarButton('undo')).toBeDisabled();
  });

  test('F2 renames: the name field takes the keyboard, Enter applies the name to the box, Ctrl+Z gives the old one back', async ({
    studio,
  }) => {
    const app = new StudioPage(studio);
    const renamed = '下单失败率（含支付）';
    await app.selectMetric(FAILURES);

    await app.press('F2');
    await expect(app.field('name')).toBeFocused();
    await expect(app.field('name')).toHaveValue(FAILURES);
    // The name is selected: typing replaces it.
    await studio.page.keyboard.type(renamed);
    await app.press('Enter');
    await expect(app.metric(renamed)).toBeVisible();
    await expect(app.metric(FAILURES)).toHaveCount(0);
    await app.expectSelected(renamed);
    await expect(app.field('name')).not.toBeFocused();

    await app.press('ControlOrMeta+Z');
    await expect(app.metric(FAILURES)).toBeVisible();
    await expect(app.metric(renamed)).toHaveCount(0);
    await expect(app.field('name')).toHaveValue(FAILURES);
    await app.press('ControlOrMeta+Shift+Z');
    await expect(app.metric(renamed)).toBeVisible();
    await expect(app.metric(FAILURES)).toHaveCount(0);
  });

  test('Enter adds a sibling right after the selected metric and starts naming it; Ctrl+Z takes it away', async ({
    studio,
  }) => {
    const app = new StudioPage(studio);
    const [first, second] = FAILURES_BELOW as [string, string];
    const newName = uiZhCN.metric.newName;
    await app.selectMetric(first);

    await app.press('Enter');
    await expect(app.metric(newName)).toBeVisible();
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES + 1);
    await app.expectSelected(newName);
    await expect(app.field('name')).toBeFocused();
    await expect(app.field('name')).toHaveValue(newName);
    // Same parent: the same column, in the same layer; right after: between
    // the selected metric and the one that followed it.
    await expect(app.metricLayer(newName)).toHaveText(uiZhCN.layers.individual);
    const [above, added, below] = [
      await app.boxOf(first),
      await app.boxOf(newName),
      await app.boxOf(second),
    ];
    expect(added.x).toBeCloseTo(above.x, 0);
    expect(above.y).toBeLessThan(added.y);
    expect(added.y).toBeLessThan(below.y);

    // Enter keeps the suggested name and gives the keyboard back to the canvas.
    await app.press('Enter');
    await expect(app.field('name')).not.toBeFocused();
    await app.press('ControlOrMeta+Z');
    await expect(app.metric(newName)).toHaveCount(0);
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES);
    await app.expectSelected(FAILURES);
    await expect(app.saveState).toHaveAttribute('data-state', 'saved');
    await app.press('ControlOrMeta+Shift+Z');
    await expect(app.metric(newName)).toBeVisible();
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES + 1);
  });
});

test.describe('keys on the canvas, in English', () => {
  test.use({ locale: 'en' });

  test('the Delete question names the metric and how many sub-metrics go with it', async ({
    studio,
  }) => {
    const app = new StudioPage(studio);
    const department = 'Order failure rate';
    await app.selectMetric(department);

    await app.press('Delete');
    await expect(app.messageDialog.getByRole('heading')).toHaveText(
      uiEn.dialogs.deleteMetric.title,
    );
    await expect(app.dialogMessage).toHaveText(
      fill(uiEn.dialogs.deleteMetric.body, { name: department, count: 4 }),
    );
    await expect(app.dialogButton(app.messageDialog, 'delete')).toHaveText(
      uiEn.dialogs.deleteMetric.confirm,
    );
    await expect(app.dialogButton(app.messageDialog, 'cancel')).toHaveText(uiEn.dialogs.cancel);
    // The safe answer has the focus: Enter cancels.
    await expect(app.dialogButton(app.messageDialog, 'cancel')).toBeFocused();
    await app.press('Enter');
    await expect(app.messageDialog).toBeHidden();
    await expect(app.metric(department)).toBeVisible();
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES);
  });
});
