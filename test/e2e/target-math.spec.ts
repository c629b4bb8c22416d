import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { errorsEn } from '../../src/shared/i18n/errors.en';
import { errorsZhCN } from '../../src/shared/i18n/errors.zh-CN';
import { uiEn } from '../../src/shared/i18n/ui.en';
import { uiZhCN } from '../../src/shared/i18n/ui.zh-CN';
import { expect, test, type Studio } from './fixtures';
import { StudioPage } from './pages/studio-page';
import { fileText, TARGET_PLAN, targetPlan } from './seed-files';

/**
 * Target math at the projector: a parent whose inputs fall short shows its
 * gap on the box; its target split down from the inspector (previewed on the
 * canvas, then applied) makes the badge go, and undo / redo bring it back and
 * take it away again. A product's levers are listed; a custom formula is
 * typed with completion and an unknown name is refused with a message.
 */

for (const locale of ['zh-CN', 'en'] as const) {
  const names = TARGET_PLAN[locale];
  const ui = locale === 'en' ? uiEn : uiZhCN;
  const errors = locale === 'en' ? errorsEn : errorsZhCN;
  const box = ui.targetMath.box;
  const fill = (text: string, values: Record<string, string>) =>
    text.replace(/\{\{([^}]+)\}\}/g, (_, key: string) => values[key] ?? '');
  const money = (value: string) => (locale === 'en' ? `${value} k` : `${value}万元`);

  test.describe(locale, () => {
    test.use({
      locale,
      studioSeed: { workspace: { [names.file]: fileText(targetPlan(locale)) } },
      viewport: { width: 1280, height: 720 },
    });

    /** The seeded plan opened, and a screenshot of a state at 1280×720 (looked at by hand). */
    const openPlan = async (studio: Studio) => {
      const app = new StudioPage(studio);
      await app.open(join(studio.workspaceDir, names.file));
      await expect(app.metric(names.offline)).toBeVisible();
      const shot = (state: string) =>
        studio.page.screenshot({ path: test.info().outputPath(`${locale}-${state}.png`) });
      return { app, shot };
    };

    test('a gap on the box goes when the target is split down, and comes back with undo', async ({
      studio,
    }) => {
      const { app, shot } = await openPlan(studio);

      const gap = fill(box.gap, { difference: '−12', percent: '−8%' });
      await expect(app.metricMathStatus(names.offline)).toHaveText(gap);
      await expect(app.metricMathImplied(names.offline)).toHaveText(
        fill(box.implied, { value: '138' }),
      );
      await expect(app.metricMathStatus(names.northStar)).toHaveText(box.addsUp);
      await expect(app.metricMathStatus(names.online)).toHaveText(box.addsUp);
      // Leaves have nothing to add up.
      await expect(app.metricMath(names.east)).toHaveCount(0);
      await shot('1-gap');

      await app.selectMetric(names.offline);
      await expect(app.impliedGap).toHaveText(`${money('−12')} (−8%)`);
      await expect(app.splitDown('method').locator('option:checked')).toHaveText(
        ui.targetMath.methods.equal,
      );
      await app.splitDown('preview-button').click();
      await expect(app.splitDown('preview')).toContainText(money('75'));
      // The canvas shows the preview: new numbers on the boxes, the badge gone.
      await expect(app.metricTarget(names.east)).toHaveText(money('75'));
      await expect(app.metricTarget(names.south)).toHaveText(money('75'));
      await expect(app.metricMathStatus(names.offline)).toHaveText(box.addsUp);
      await shot('2-split-preview');

      // Escape drops the preview without a trace.
      await app.press('Escape');
      await expect(app.metricTarget(names.east)).toHaveText(money('60'));
      await expect(app.metricMathStatus(names.offline)).toHaveText(gap);
      await expect(app.toolbarButton('undo')).toBeDisabled();

      await app.splitDown('preview-button').click();
      await app.splitDown('apply').click();
      await expect(app.metricMathStatus(names.offline)).toHaveText(box.addsUp);
      await expect(app.metricTarget(names.east)).toHaveText(money('75'));
      await expect(app.toolbarButton('undo')).toHaveAttribute(
        'title',
        new RegExp(ui.history.splitTarget),
      );
      await shot('3-split-applied');

      await app.metric(names.east).click();
      await app.press('Control+Z');
      await expect(app.metricTarget(names.east)).toHaveText(money('60'));
      await expect(app.metricTarget(names.south)).toHaveText(money('78'));
      await expect(app.metricMathStatus(names.offline)).toHaveText(gap);
      await app.press('Control+Shift+Z');
      await expect(app.metricTarget(names.south)).toHaveText(money('75'));
      await expect(app.metricMathStatus(names.offline)).toHaveText(box.addsUp);
    });

    test('a wider gap tolerance for the workspace makes a small gap add up; undo brings it back', async ({
      studio,
    }) => {
      const { app, shot } = await openPlan(studio);
      const gap = fill(box.gap, { difference: '−12', percent: '−8%' });
      await expect(app.metricMathStatus(names.offline)).toHaveText(gap);
      await app.selectMetric(names.offline);
      await expect(app.tolerance('percent')).toHaveValue('1');

      // A typing slip is explained under the field and changes nothing.
      await app.tolerance('percent').fill('120');
      await app.tolerance('percent').press('Enter');
      await expect(app.inspector).toContainText(ui.targetMath.tolerance.outOfRange);
      await expect(app.metricMathStatus(names.offline)).toHaveText(gap);
      await expect(app.toolbarButton('undo')).toBeDisabled();

      await app.tolerance('percent').fill('10');
      await app.tolerance('percent').press('Enter');
      await expect(app.metricMathStatus(names.offline)).toHaveText(box.addsUp);
      await expect(app.inspector.getByTestId('implied-adds-up')).toContainText('10%');
      await expect(app.toolbarButton('undo')).toHaveAttribute(
        'title',
        new RegExp(ui.history.editTolerance),
      );
      await shot('8-tolerance');

      await app.metric(names.east).click();
      await app.press('Control+Z');
      await expect(app.metricMathStatus(names.offline)).toHaveText(gap);
      await app.press('Control+Shift+Z');
      await expect(app.metricMathStatus(names.offline)).toHaveText(box.addsUp);
    });

    test('an input without a target is named on the box and in the inspector, never NaN', async ({
      studio,
    }) => {
      const { app, shot } = await openPlan(studio);
      await app.selectMetric(names.east);
      const target = app.field('target');
      await target.click();
      await target.press('ControlOrMeta+A');
      await target.press('Backspace');
      await target.press('Enter');
      await expect(app.metricTarget(names.east)).toHaveText(ui.metric.noValue);
      await expect(app.metricMathStatus(names.offline)).toHaveText(
        fill(box.missingInputs, { count: '1' }),
      );
      await expect(app.metricMathImplied(names.offline)).toHaveText(box.impliedNone);
      await app.selectMetric(names.offline);
      await expect(app.inspector.getByTestId('math-message').first()).toHaveText(
        fill(errors.math.rollUp['missing-input'], { 'names, list': names.east }),
      );
      await app.splitDown('preview-button').click();
      await expect(app.splitDown('preview')).toContainText(money('75'));
      await app.splitDown('cancel').click();
      await expect(app.canvas).not.toContainText(/NaN|Infinity/);
      await shot('6-missing-input');
    });

    test('a ratio asks for its numerator and denominator; a weighted sum for coefficients', async ({
      studio,
    }) => {
      const { app, shot } = await openPlan(studio);
      await app.selectMetric(names.online);
      await app.mathField('relation').selectOption('ratio');
      await expect(app.metricMathStatus(names.online)).toHaveText(box.cannotCompute);
      await expect(app.inspector.getByTestId('math-message').first()).toHaveText(
        errors.math.rollUp['ratio-incomplete'],
      );
      await app.mathField('numerator').selectOption({ label: names.visitors });
      await app.mathField('denominator').selectOption({ label: names.orderValue });
      // 100 ÷ 10 = 10 against an own target of 50.
      await expect(app.metricMathImplied(names.online)).toHaveText(
        fill(box.implied, { value: '10' }),
      );
      await expect(app.levers).toHaveCount(2);
      await expect(app.levers.nth(0)).toContainText('+1%');
      await expect(app.levers.nth(1)).toContainText('−0.99%');
      await app.levers.last().scrollIntoViewIfNeeded();
      await shot('7-ratio');

      await app.mathField('relation').selectOption('weighted-sum');
      const coefficient = app.inspector.getByRole('textbox', { name: names.visitors });
      await coefficient.fill('0.4');
      await coefficient.press('Enter');
      // 0.4 × 100 + 0.05 + 10 = 50.05: within the 1 % tolerance of 50.
      await expect(app.metricMathStatus(names.online)).toHaveText(box.addsUp);
      await app.metric(names.online).click();
      await app.press('ControlOrMeta+Z');
      await expect(app.metricMathImplied(names.online)).toHaveText(
        fill(box.implied, { value: '110' }),
      );
    });

    test('a product lists its levers; a custom formula is typed with completion and checked', async ({
      studio,
    }) => {
      const { app, shot } = await openPlan(studio);
      await app.selectMetric(names.online);
      await expect(app.levers).toHaveCount(3);
      for (const lever of await app.levers.all()) await expect(lever).toContainText('+1%');
      await expect(app.levers.first()).toContainText(names.visitors);
      await app.levers.last().scrollIntoViewIfNeeded();
      await shot('4-sensitivity');

      await app.mathField('relation').selectOption('formula');
      await expect(app.metricMathStatus(names.online)).toHaveText(box.cannotCompute);
      const formula = app.mathField('formula');
      await formula.click();
      await typeWithCompletion(app, formula, names.visitors.slice(0, 2), names.visitors, 'Tab');
      await formula.pressSequentially(' * ');
      await typeWithCompletion(
        app,
        formula,
        names.conversion.slice(0, 2),
        names.conversion,
        'Enter',
      );
      await formula.pressSequentially(' * ');
      await typeWithCompletion(app, formula, names.orderValue.slice(0, 2), names.orderValue, 'Tab');
      await formula.press('Enter');
      // Shown with the names again (a name with a space in brackets), stored by id.
      const written = locale === 'en' ? `[${names.orderValue}]` : names.orderValue;
      await expect(formula).toHaveValue(`${names.visitors} × ${names.conversion} × ${written}`);
      await expect(app.metricMathStatus(names.online)).toHaveText(box.addsUp);
      await expect(app.toolbarButton('undo')).toHaveAttribute(
        'title',
        new RegExp(ui.history.editFormula),
      );
      await expect(app.levers).toHaveCount(3);

      const unknown = locale === 'en' ? 'Profit' : '利润';
      await formula.press('End');
      await formula.pressSequentially(` * ${unknown}`);
      await formula.press('Enter');
      await expect(app.mathField('formula-error')).toHaveText(
        fill(errors.math.formula['unknown-reference'], { name: unknown }),
      );
      // Nothing typed is lost, and the stored formula still holds.
      await expect(formula).toHaveValue(new RegExp(`${unknown}$`));
      await expect(app.metricMathStatus(names.online)).toHaveText(box.addsUp);
      await shot('5-formula-error');
    });
  });
}

/** Type the start of a name, see the completion offer it, accept it with `key`. */
async function typeWithCompletion(
  app: StudioPage,
  field: Locator,
  typed: string,
  name: string,
  key: 'Tab' | 'Enter',
): Promise<void> {
  await field.pressSequentially(typed);
  await expect(app.formulaSuggestions.first()).toHaveText(name);
  await expect(app.formulaSuggestions.first()).toHaveAttribute('aria-selected', 'true');
  await field.press(key);
  await expect(app.formulaSuggestions).toHaveCount(0);
  await expect(field).toHaveValue(new RegExp(escape(name)));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
