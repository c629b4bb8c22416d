import { errorsEn } from '../../src/shared/i18n/errors.en';
import { errorsZhCN } from '../../src/shared/i18n/errors.zh-CN';
import { uiEn } from '../../src/shared/i18n/ui.en';
import { uiZhCN } from '../../src/shared/i18n/ui.zh-CN';
import { expect, test } from './fixtures';
import { StudioPage } from './pages/studio-page';

/**
 * Building the tree with the mouse, on the sample the app opens at first
 * start, dragged for real (mouse down, many small moves, mouse up): a child
 * drawn out of a box's handle, a branch dropped onto another box (and a drop
 * onto its own branch refused), siblings reordered, a box placed by hand,
 * copy / paste / duplicate of a branch; Ctrl+Z and Ctrl+Shift+Z for each.
 *
 * The sample at 1280×720: the North Star at the top, five department metrics
 * in a row below it, each with its individual metrics stacked in a column.
 * Empty canvas: beside the North Star, above the row.
 */

const NORTH_STAR = '每活跃用户月均下单数';
const NEW_CUSTOMERS = '新客首单数';
const NEW_CUSTOMERS_BELOW = ['华东大区新客首单数', '华南大区新客首单数', '华北大区新客首单数'];
const CONVERSION = '访问-下单转化率';
const FAILURES = '下单失败率';
/** The sub-metrics of FAILURES, top to bottom. */
const FAILURES_BELOW = [
  '核心交易链路可用性',
  'P1级故障次数',
  '首屏加载时间（P90）',
  '技术创新提案落地数',
];
const VISIT_DAYS = '活跃用户月均访问天数';
const REPURCHASE = '90天复购率';
const SAMPLE_BOXES = 25;

type Point = { x: number; y: number };
type Box = Point & { width: number; height: number };

/** Empty canvas right of the North Star: above VISIT_DAYS, level with the North Star. */
async function emptyCanvas(app: StudioPage): Promise<Point> {
  const [visitDays, northStar] = [await app.centreOf(VISIT_DAYS), await app.centreOf(NORTH_STAR)];
  return { x: visitDays.x, y: northStar.y };
}

/** A message with its {{placeholders}} filled, as i18next shows it. */
function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}

const centre = (box: Box): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/**
 * Where `name`'s box is relative to `from`'s: the same however far the view
 * has scrolled (bringing the selected box into view scrolls it).
 */
async function spot(app: StudioPage, name: string, from = NORTH_STAR): Promise<Box> {
  const [box, origin] = (await app.boxesOf(name, from)) as [Box, Box];
  return { ...box, x: box.x - origin.x, y: box.y - origin.y };
}

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** `name`'s box comes to rest at `expected` (relative to `from`'s), within a pixel. */
async function expectSpot(app: StudioPage, name: string, expected: Point, from = NORTH_STAR) {
  await expect
    .poll(async () => distance(await spot(app, name, from), expected), {
      message: `${name} back at ${JSON.stringify(expected)}`,
    })
    .toBeLessThan(1);
}

/** `name`'s box comes to rest centred at `expected` (relative to the North Star's box). */
async function expectCentre(app: StudioPage, name: string, expected: Point) {
  await expect
    .poll(async () => distance(centre(await spot(app, name)), expected), {
      message: `${name} centred at ${JSON.stringify(expected)}`,
    })
    .toBeLessThan(1);
}

/** The box in hand, relative to the North Star's box, as it is on screen just before it is let go. */
async function inHand(app: StudioPage): Promise<Box> {
  const name = await app.draggedBox.getAttribute('title');
  if (!name) throw new Error('no box in hand');
  return spot(app, name);
}

test.describe('drag to build', () => {
  test('a sub-metric drawn out of a box’s handle into empty canvas is created there; Ctrl+Z takes it away, Ctrl+Shift+Z puts it back there', async ({
    studio,
  }) => {
    const app = new StudioPage(studio);
    const newName = uiZhCN.metric.newName;
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES);
    const drop = await emptyCanvas(app);
    const northStar = await app.boxOf(NORTH_STAR);
    const handle = await app.growHandle(REPURCHASE).boundingBox();
    if (!handle) throw new Error('no grow handle');

    await app.pressAndMove(centre(handle), drop);
    // The line and the outline of the box to be follow the pointer; nothing is created yet.
    await expect(app.growLine).toBeVisible();
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES);
    await expect(app.toolbarButton('undo')).toBeDisabled();
    await app.release();

    await expect(app.metric(newName)).toBeVisible();
    await expect(app.growLine).toHaveCount(0);
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES + 1);
    // Centred where the mouse was let go (relative to the North Star: the view may scroll to it).
    const created = centre(await spot(app, newName));
    // Within rounding: the position is kept in whole canvas units.
    expect(distance(created, { x: drop.x - northStar.x, y: drop.y - northStar.y })).toBeLessThan(2);
    // A sub-metric of a department metric, selected and waiting for its name, as Tab does.
    await expect(app.metricLayer(newName)).toHaveText(uiZhCN.layers.individual);
    await app.expectSelected(newName);
    await expect(app.field('name')).toBeFocused();
    await app.press('Enter');
    await expect(app.saveState).toHaveAttribute('data-state', 'unsaved');

    // One gesture, one undo step.
    await app.press('ControlOrMeta+Z');
    await expect(app.metric(newName)).toHaveCount(0);
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES);
    await expect(app.toolbarButton('undo')).toBeDisabled();
    await expect(app.saveState).toHaveAttribute('data-state', 'saved');
    await app.press('ControlOrMeta+Shift+Z');
    await expect(app.metric(newName)).toBeVisible();
    const box = await spot(app, newName);
    await expectSpot(app, newName, { x: created.x - box.width / 2, y: created.y - box.height / 2 });
  });

  test('a handle let go on a box adds nothing; a click on the + still adds a sub-metric below', async ({
    studio,
  }) => {
    const app = new StudioPage(studio);
    const handle = await app.growHandle(REPURCHASE).boundingBox();
    if (!handle) throw new Error('no grow handle');
    await app.pressAndMove(centre(handle), await app.centreOf(VISIT_DAYS));
    await expect(app.growLine).toBeVisible();
    await app.release();
    await expect(app.growLine).toHaveCount(0);
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES);
    await expect(app.toolbarButton('undo')).toBeDisabled();

    await app.selectMetric(REPURCHASE);
    await app.metric(REPURCHASE).getByTestId('add-child').click();
    await expect(app.metric(uiZhCN.metric.newName)).toBeVisible();
    await expect(app.field('name')).toBeFocused();
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES + 1);
  });

  test('a branch dropped onto another box moves under it, all of it, as one undo step; the box it lands on lights up first', async ({
    studio,
  }) => {
    const app = new StudioPage(studio);
    const before = await spot(app, FAILURES);

    await app.pressAndMove(await app.centreOf(FAILURES), await app.centreOf(NEW_CUSTOMERS));
    await expect(app.draggedBox).toHaveAttribute('title', FAILURES);
    await expect(app.dropTarget).toHaveAttribute('title', NEW_CUSTOMERS);
    await expect(app.dropCaption).toHaveText(
      fill(uiZhCN.canvas.drop.onto, { name: NEW_CUSTOMERS }),
    );
    // Nothing has moved in the document yet.
    await expect(app.toolbarButton('undo')).toBeDisabled();
    await app.release();

    await expect(app.dropTarget).toHaveCount(0);
    await expect(app.metricLayer(FAILURES)).toHaveText(uiZhCN.layers.individual);
    const moved = await spot(app, FAILURES, NEW_CUSTOMERS);
    expect(moved.y).toBeGreaterThan((await app.boxOf(NEW_CUSTOMERS)).height);
    // Its sub-metrics came along, in their order, below it.
    let above = moved;
    for (const name of FAILURES_BELOW) {
      const box = await spot(app, name, NEW_CUSTOMERS);
      expect(box.y).toBeGreaterThan(above.y);
      above = box;
    }
    await app.expectSelected(FAILURES);
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES);

    await app.press('ControlOrMeta+Z');
    await expect(app.metricLayer(FAILURES)).toHaveText(uiZhCN.layers.department);
    await expectSpot(app, FAILURES, before);
    await expect(app.toolbarButton('undo')).toBeDisabled();
    await app.press('ControlOrMeta+Shift+Z');
    await expect(app.metricLayer(FAILURES)).toHaveText(uiZhCN.layers.individual);
    await expectSpot(app, FAILURES, moved, NEW_CUSTOMERS);
  });

  test('a branch dropped onto its own sub-metric is refused with a message, and so is the North Star dropped on a box', async ({
    studio,
  }) => {
    const app = new StudioPage(studio);
    const before = await spot(app, FAILURES);

    await app.pressAndMove(await app.centreOf(FAILURES), await app.centreOf(FAILURES_BELOW[1]!));
    await expect(app.refusedDropTarget).toHaveAttribute('title', FAILURES_BELOW[1]!);
    await expect(app.dropTarget).toHaveCount(0);
    // Why not, said before the mouse is let go; and again, in a toast, after.
    await expect(app.dropCaption).toHaveText(errorsZhCN.tree['into-own-subtree']);
    await app.release();

    await expect(app.toastMessage).toHaveText(errorsZhCN.tree['into-own-subtree']);
    await expect(app.refusedDropTarget).toHaveCount(0);
    // The box went back; nothing changed.
    await expectSpot(app, FAILURES, before);
    await expect(app.metricLayer(FAILURES)).toHaveText(uiZhCN.layers.department);
    await expect(app.toolbarButton('undo')).toBeDisabled();
    await expect(app.saveState).toHaveAttribute('data-state', 'saved');

    const northStar = await spot(app, NORTH_STAR, CONVERSION);
    await app.pressAndMove(await app.centreOf(NORTH_STAR), await app.centreOf(CONVERSION));
    await expect(app.refusedDropTarget).toHaveAttribute('title', CONVERSION);
    await app.release();
    await expect(app.toastMessage.last()).toHaveText(errorsZhCN.tree['north-star-is-fixed']);
    await expectSpot(app, NORTH_STAR, northStar, CONVERSION);
    await expect(app.toolbarButton('undo')).toBeDisabled();
  });

  test('a box dropped at the top edge of its first sibling goes first in the column, one dropped at the left of the first in the row goes first in the row; a bar shows where', async ({
    studio,
  }) => {
    const app = new StudioPage(studio);
    const [first, , third, last] = FAILURES_BELOW as [string, string, string, string];
    const firstBefore = await spot(app, first);

    await app.pressAndMove(await app.centreOf(last), await app.pointOf(first, 0.5, 0.1));
    // A bar in the gap above the first box says where it goes; no box lights up.
    await expect(app.dropMarker).toBeVisible();
    await expect(app.dropMarker).toHaveAttribute('data-side', 'before');
    await expect(app.dropCaption).toHaveText(fill(uiZhCN.canvas.drop.before, { name: first }));
    await expect(app.dropTarget).toHaveCount(0);
    await app.release();
    await expect(app.dropMarker).toHaveCount(0);

    // It took the first place; the one that was first comes after it.
    const moved = await spot(app, last);
    expect(moved.y).toBeCloseTo(firstBefore.y, 0);
    expect(moved.x).toBeCloseTo(firstBefore.x, 0);
    expect((await spot(app, first)).y).toBeGreaterThan(moved.y);
    await expect(app.metricLayer(last)).toHaveText(uiZhCN.layers.individual);

    await app.press('ControlOrMeta+Z');
    await expectSpot(app, first, firstBefore);
    expect((await spot(app, last)).y).toBeGreaterThan((await spot(app, third)).y);
    await app.press('ControlOrMeta+Shift+Z');
    expect((await spot(app, first)).y).toBeGreaterThan((await spot(app, last)).y);

    // In the row of department metrics: before the first one.
    const newCustomers = await spot(app, NEW_CUSTOMERS);
    await app.pressAndMove(
      await app.centreOf(REPURCHASE),
      // Not closer to the canvas's edge: there the canvas starts scrolling under the pointer.
      await app.pointOf(NEW_CUSTOMERS, 0.2, 0.5),
    );
    await expect(app.dropMarker).toHaveAttribute('data-side', 'before');
    await app.release();
    await expect(app.dropMarker).toHaveCount(0);
    const repurchase = await spot(app, REPURCHASE);
    expect(repurchase.x).toBeCloseTo(newCustomers.x, 0);
    expect((await spot(app, NEW_CUSTOMERS)).x).toBeGreaterThan(repurchase.x);
    await app.press('ControlOrMeta+Z');
    await expectSpot(app, NEW_CUSTOMERS, newCustomers);
    expect((await spot(app, REPURCHASE)).x).toBeGreaterThan((await spot(app, VISIT_DAYS)).x);
  });

  test('a box dropped on empty canvas stays where it was let go; Ctrl+Z puts it back in the layout', async ({
    studio,
  }) => {
    const app = new StudioPage(studio);
    const before = await spot(app, REPURCHASE);
    const below = await spot(app, '平均首次响应时长');

    await app.pressAndMove(await app.centreOf(REPURCHASE), await emptyCanvas(app));
    // Drawn smaller while in hand; it lands full size, centred where it was let go.
    const letGo = centre(await inHand(app));
    await expect(app.dropTarget).toHaveCount(0);
    await expect(app.dropCaption).toHaveCount(0);
    await app.release();
    await expect(app.draggedBox).toHaveCount(0);
    await expectCentre(app, REPURCHASE, letGo);
    // Only that box moved: as on a whiteboard, its links stretch to where it is.
    await expectSpot(app, '平均首次响应时长', below);
    await expect(app.metricLayer(REPURCHASE)).toHaveText(uiZhCN.layers.department);

    await app.press('ControlOrMeta+Z');
    await expectSpot(app, REPURCHASE, before);
    await app.press('ControlOrMeta+Shift+Z');
    await expectCentre(app, REPURCHASE, letGo);
  });

  test('Escape during a drag puts the box back and leaves no undo step; a click still selects', async ({
    studio,
  }) => {
    const app = new StudioPage(studio);
    const before = await spot(app, REPURCHASE);
    await app.pressAndMove(await app.centreOf(REPURCHASE), await app.centreOf(NEW_CUSTOMERS));
    await expect(app.dropTarget).toHaveAttribute('title', NEW_CUSTOMERS);
    await app.press('Escape');
    await expect(app.dropTarget).toHaveCount(0);
    await expect(app.draggedBox).toHaveCount(0);
    await expectSpot(app, REPURCHASE, before);
    await app.release();
    await expectSpot(app, REPURCHASE, before);
    await expect(app.metricLayer(REPURCHASE)).toHaveText(uiZhCN.layers.department);
    await expect(app.toolbarButton('undo')).toBeDisabled();

    await app.selectMetric(CONVERSION);
    await app.expectSelected(CONVERSION);
  });

  test('Ctrl+C, Ctrl+V pastes a copy of the branch under the selected metric; Ctrl+D puts a copy right after it; one undo step each', async ({
    studio,
  }) => {
    const app = new StudioPage(studio);
    await app.selectMetric(NEW_CUSTOMERS);
    await app.press('ControlOrMeta+C');
    await expect(app.toastMessage).toContainText(NEW_CUSTOMERS);
    await expect(app.toolbarButton('undo')).toBeDisabled();

    await app.selectMetric(VISIT_DAYS);
    await app.press('ControlOrMeta+V');
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES + 1 + NEW_CUSTOMERS_BELOW.length);
    await expect(app.metricBox(NEW_CUSTOMERS)).toHaveCount(2);
    for (const name of NEW_CUSTOMERS_BELOW) await expect(app.metricBox(name)).toHaveCount(2);
    // The copy hangs below VISIT_DAYS and is selected; its owner came with it.
    const copy = app.selectedMetric;
    await expect(copy).toHaveAttribute('title', NEW_CUSTOMERS);
    await expect(copy).toContainText('王磊');
    const [copyBox, visitDays] = [await copy.boundingBox(), await app.boxOf(VISIT_DAYS)];
    expect(copyBox!.y).toBeGreaterThan(visitDays.y + visitDays.height);

    await app.press('ControlOrMeta+Z');
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES);
    await expect(app.metricBox(NEW_CUSTOMERS)).toHaveCount(1);
    await app.press('ControlOrMeta+Shift+Z');
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES + 1 + NEW_CUSTOMERS_BELOW.length);
    await app.press('ControlOrMeta+Z');
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES);

    const duplicate = fill(uiZhCN.canvas.copyName, { name: CONVERSION });
    await app.selectMetric(CONVERSION);
    await app.press('ControlOrMeta+D');
    await expect(app.metric(duplicate)).toBeVisible();
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES + 5);
    // Right after the original, in the same row, before the next department metric.
    const [copied, next] = [
      await spot(app, duplicate, CONVERSION),
      await spot(app, FAILURES, CONVERSION),
    ];
    expect(copied.y).toBeCloseTo(0, 0);
    expect(copied.x).toBeGreaterThan(0);
    expect(copied.x).toBeLessThan(next.x);
    await app.expectSelected(duplicate);

    await app.press('ControlOrMeta+Z');
    await expect(app.metric(duplicate)).toHaveCount(0);
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES);
    await app.press('ControlOrMeta+Shift+Z');
    await expect(app.metric(duplicate)).toBeVisible();
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES + 5);
  });
});

test.describe('the Edit menu on the canvas', () => {
  /** What the Edit menu's Copy / Paste (and, on macOS, Cmd+C / Cmd+V through it) send. */
  const clipboardEvent = (app: StudioPage, type: 'copy' | 'paste') =>
    app.page.evaluate((kind) => {
      const event = new ClipboardEvent(kind, {
        bubbles: true,
        cancelable: true,
        clipboardData: new DataTransfer(),
      });
      (document.activeElement ?? document.body).dispatchEvent(event);
    }, type);

  test('Copy and Paste copy and paste the selected branch; in a text field they stay the field’s', async ({
    studio,
  }) => {
    const app = new StudioPage(studio);
    await app.selectMetric(NEW_CUSTOMERS);
    await clipboardEvent(app, 'copy');
    await expect(app.toastMessage).toContainText(NEW_CUSTOMERS);
    await app.selectMetric(VISIT_DAYS);
    await clipboardEvent(app, 'paste');
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES + 1 + NEW_CUSTOMERS_BELOW.length);
    await app.press('ControlOrMeta+Z');
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES);

    await app.field('name').click();
    await clipboardEvent(app, 'paste');
    await expect(app.metricNodes).toHaveCount(SAMPLE_BOXES);
    await expect(app.toolbarButton('undo')).toBeDisabled();
  });
});

test.describe('drag to build, in English', () => {
  test.use({ locale: 'en' });

  test('a refused drop says why in English; a duplicate is named “(copy)”', async ({ studio }) => {
    const app = new StudioPage(studio);
    const failures = 'Order failure rate';
    await app.pressAndMove(await app.centreOf(failures), await app.centreOf('P1 incidents'));
    await expect(app.refusedDropTarget).toHaveAttribute('title', 'P1 incidents');
    await expect(app.dropCaption).toHaveText(errorsEn.tree['into-own-subtree']);
    await app.release();
    await expect(app.toastMessage).toHaveText(errorsEn.tree['into-own-subtree']);

    await app.selectMetric(failures);
    await app.press('ControlOrMeta+D');
    await expect(app.metric(fill(uiEn.canvas.copyName, { name: failures }))).toBeVisible();
    // The undo button names the step.
    await expect(app.toolbarButton('undo')).toHaveAttribute(
      'title',
      new RegExp(`^${fill(uiEn.toolbar.undoStep, { step: uiEn.history.duplicate })}`),
    );
  });
});
