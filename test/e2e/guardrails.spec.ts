import type { Page } from '@playwright/test';
import { uiEn } from '../../src/shared/i18n/ui.en';
import { uiZhCN } from '../../src/shared/i18n/ui.zh-CN';
import { expect, test } from './fixtures';
import { StudioPage } from './pages/studio-page';

/**
 * Guardrails (护栏指标, issue 7): the counter-metrics beside the North Star
 * that must not get worse while it grows. The sample's three are on screen
 * to the right of the root; one is added, edited in the inspector, undone and
 * redone, deleted. Both languages, screenshots to look at.
 */

const SAMPLE = {
  'zh-CN': {
    ui: uiZhCN,
    northStar: '每活跃用户月均下单数',
    guardrails: ['客诉率', '退款率', '毛利率'],
    complaints: { name: '客诉率', limit: '≤ 0.8%', owner: '马静' },
    margin: { name: '毛利率', limit: '≥ 18%' },
    added: '退货率',
  },
  en: {
    ui: uiEn,
    northStar: 'Orders per monthly active user',
    guardrails: ['Complaint rate', 'Refund rate', 'Gross margin'],
    complaints: { name: 'Complaint rate', limit: '≤ 0.8%', owner: 'Ma Jing' },
    margin: { name: 'Gross margin', limit: '≥ 18%' },
    added: 'Return rate',
  },
} as const;

async function shot(page: Page, path: string) {
  await page.screenshot({ path });
}

for (const locale of ['zh-CN', 'en'] as const) {
  const sample = SAMPLE[locale];
  const ui = sample.ui;
  const undoTitle = (label: keyof typeof ui.history) =>
    new RegExp(ui.toolbar.undoStep.replace('{{step}}', ui.history[label]));

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
  ]) {
    test.describe(`${locale} at ${viewport.width}×${viewport.height}`, () => {
      test.use({ locale, viewport });

      test('the sample’s guardrails sit beside the North Star with their limits', async ({
        studio,
      }, testInfo) => {
        const app = new StudioPage(studio);
        await expect(app.guardrails).toHaveCount(3);
        await expect(app.guardrails.getByTestId('guardrail-name')).toHaveText([
          ...sample.guardrails,
        ]);
        const complaints = app.guardrail(sample.complaints.name);
        await expect(complaints.getByTestId('guardrail-limit')).toHaveText(sample.complaints.limit);
        await expect(complaints).toContainText(ui.guardrails.badge);
        await expect(complaints).toContainText(sample.complaints.owner);
        await expect(app.guardrail(sample.margin.name).getByTestId('guardrail-limit')).toHaveText(
          sample.margin.limit,
        );
        // Beside the root: to its right, on its level, not linked into the tree.
        const root = await app.boxOf(sample.northStar);
        for (const card of await app.guardrails.all()) {
          await expect(card).toBeInViewport();
          const box = (await card.boundingBox())!;
          expect(box.x).toBeGreaterThan(root.x + root.width);
          expect(box.y).toBeGreaterThanOrEqual(root.y - 1);
          expect(box.y).toBeLessThan(root.y + root.height);
        }
        await expect(app.addGuardrailButton).toBeInViewport();
        await shot(
          studio.page,
          testInfo.outputPath(`guardrails-${locale}-${viewport.width}x${viewport.height}.png`),
        );
      });
    });
  }

  test.describe(`${locale}: editing guardrails`, () => {
    test.use({ locale, viewport: { width: 1280, height: 720 } });

    test('add one, set its limit in the inspector, undo and redo, delete', async ({
      studio,
    }, testInfo) => {
      const app = new StudioPage(studio);
      await app.addGuardrailButton.click();
      await expect(app.guardrails).toHaveCount(4);
      await expect(app.guardrailInspector).toBeVisible();
      // The name is ready for typing.
      await expect(app.guardrailField('name')).toBeFocused();
      await app.guardrailField('name').fill(sample.added);
      await app.press('Enter');
      const added = app.guardrail(sample.added);
      await expect(added).toBeVisible();
      await expect(added.getByTestId('guardrail-limit')).toHaveText(ui.guardrails.noLimit);

      await app.guardrailField('unit').fill('%');
      await app.guardrailField('unit').press('Enter');
      await app.guardrailField('limit').fill('5');
      await app.guardrailField('limit').press('Enter');
      await expect(added.getByTestId('guardrail-limit')).toHaveText('≤ 5%');
      await app.guardrailField('direction').selectOption('higher');
      await expect(added.getByTestId('guardrail-limit')).toHaveText('≥ 5%');
      await expect(app.toolbarButton('undo')).toHaveAttribute('title', undoTitle('editGuardrail'));
      await shot(studio.page, testInfo.outputPath(`guardrail-edit-${locale}-1280x720.png`));

      // Each edit is one step.
      await app.toolbarButton('undo').click();
      await expect(added.getByTestId('guardrail-limit')).toHaveText('≤ 5%');
      await app.toolbarButton('undo').click();
      await expect(added.getByTestId('guardrail-limit')).toHaveText(ui.guardrails.noLimit);
      await app.toolbarButton('redo').click();
      await expect(added.getByTestId('guardrail-limit')).toHaveText('≤ 5%');
      await expect(app.guardrailField('limit')).toHaveValue('5');

      await app.deleteGuardrailButton.click();
      await expect(app.guardrails).toHaveCount(3);
      await expect(app.guardrail(sample.added)).toHaveCount(0);
      await expect(app.toolbarButton('undo')).toHaveAttribute(
        'title',
        undoTitle('deleteGuardrail'),
      );
      await app.toolbarButton('undo').click();
      await expect(app.guardrail(sample.added)).toBeVisible();
    });

    test('select a sample guardrail, edit its limit, a metric click takes the selection', async ({
      studio,
    }) => {
      const app = new StudioPage(studio);
      const complaints = app.guardrail(sample.complaints.name);
      await complaints.click();
      await expect(complaints).toHaveAttribute('aria-pressed', 'true');
      await expect(app.guardrailField('limit')).toHaveValue('0.8');
      await app.guardrailField('limit').fill('1,5');
      await app.guardrailField('limit').press('Enter');
      // Not a number: said, the typed text kept, nothing changed on the canvas.
      await expect(app.guardrailField('limit')).toHaveValue('1,5');
      await expect(complaints.getByTestId('guardrail-limit')).toHaveText(sample.complaints.limit);
      await app.guardrailField('limit').fill('1.2');
      await app.guardrailField('limit').press('Enter');
      await expect(complaints.getByTestId('guardrail-limit')).toHaveText('≤ 1.2%');

      await app.selectMetric(sample.northStar);
      await expect(app.guardrailInspector).toHaveCount(0);
      await expect(complaints).toHaveAttribute('aria-pressed', 'false');
      await expect(app.field('name')).toHaveValue(sample.northStar);
    });
  });
}
