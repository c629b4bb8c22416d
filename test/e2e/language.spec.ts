import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { uiEn } from '../../src/shared/i18n/ui.en';
import { uiZhCN } from '../../src/shared/i18n/ui.zh-CN';
import { REPO_ROOT } from '../../src/main/browser-host/host-context';
import { SETTINGS_FILE } from '../../src/main/services/settings';
import { expect, test } from './fixtures';
import { StudioPage } from './pages/studio-page';

/**
 * Language: the switch changes every word of the window at once, leaves the
 * document alone, and is remembered in the data folder. Without a choice the
 * app follows the system language, sample included.
 */

const DEPARTMENT_ZH = '下单失败率';
const INDIVIDUAL_ZH = 'P1级故障次数';

type Ui = typeof uiEn;

/** The words of the toolbar, the inspector and the metric boxes, in one language. */
async function expectWindowIn(app: StudioPage, ui: Ui, department: string): Promise<void> {
  await expect(app.toolbarButton('new')).toHaveText(ui.toolbar.new);
  await expect(app.toolbarButton('open')).toHaveText(ui.toolbar.open);
  await expect(app.toolbarButton('save')).toHaveText(ui.toolbar.save);
  await expect(app.toolbarButton('save-as')).toHaveText(ui.toolbar.saveAs);
  await expect(app.toolbarButton('undo')).toHaveText(ui.toolbar.undo);
  await expect(app.toolbarButton('redo')).toHaveText(ui.toolbar.redo);
  await expect(app.fileName).toHaveText(ui.toolbar.untitled);
  await expect(app.saveState).toHaveText(ui.saveState.untitled);

  await expect(app.field('name')).toHaveAccessibleName(ui.inspector.name);
  await expect(app.field('unit')).toHaveAccessibleName(ui.inspector.unit);
  await expect(app.field('baseline')).toHaveAccessibleName(ui.inspector.baseline);
  await expect(app.field('target')).toHaveAccessibleName(ui.inspector.target);
  await expect(app.field('stretch')).toHaveAccessibleName(ui.inspector.stretchTarget);
  await expect(app.inspectorLayer).toHaveText(ui.layers.department);

  await expect(app.metricLayer(department)).toHaveText(ui.layers.department);
}

/** The language stored in the data folder; undefined while nothing is stored. */
async function storedLocale(dataDir: string): Promise<unknown> {
  const text = await readFile(join(dataDir, SETTINGS_FILE), 'utf8').catch(() => null);
  return text === null ? undefined : (JSON.parse(text) as { locale?: unknown }).locale;
}

test('English switches the whole window at once, keeps the document, and is remembered', async ({
  studio,
}) => {
  const app = new StudioPage(studio);
  await app.selectMetric(DEPARTMENT_ZH);
  await expectWindowIn(app, uiZhCN, DEPARTMENT_ZH);
  await expect(app.metricLayer(INDIVIDUAL_ZH)).toHaveText(uiZhCN.layers.individual);
  await expect(app.languageButton('zh-CN')).toHaveAttribute('aria-pressed', 'true');

  await app.languageButton('en').click();
  await expect(app.languageButton('en')).toHaveAttribute('aria-pressed', 'true');
  await expect(app.languageButton('zh-CN')).toHaveAttribute('aria-pressed', 'false');
  await expectWindowIn(app, uiEn, DEPARTMENT_ZH);
  await expect(app.metricLayer(INDIVIDUAL_ZH)).toHaveText(uiEn.layers.individual);
  await expect(studio.page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(studio.page).toHaveTitle(/ — North Star Studio$/);
  // The document is the same: same metric, still selected, nothing to save.
  await expect(app.metric(DEPARTMENT_ZH)).toHaveClass(/\bselected\b/);
  await expect(app.saveState).toHaveAttribute('data-state', 'saved');

  // Remembered in the data folder, and used at the next start.
  await expect.poll(() => storedLocale(studio.dataDir)).toBe('en');
  await studio.restart();
  await expect(app.languageButton('en')).toHaveAttribute('aria-pressed', 'true');
  await expect(app.toolbarButton('new')).toHaveText(uiEn.toolbar.new);
  await expect(app.saveState).toHaveText(uiEn.saveState.untitled);
  // Nothing was saved, so the start shows the sample, now the English one.
  await expect(app.metric('Orders per monthly active user')).toContainText(uiEn.northStar);
  await expect(app.metricLayer('Order failure rate')).toHaveText(uiEn.layers.department);

  // And back to Chinese, at once.
  await app.languageButton('zh-CN').click();
  await expect(app.toolbarButton('new')).toHaveText(uiZhCN.toolbar.new);
  await expect(app.metricLayer('Order failure rate')).toHaveText(uiZhCN.layers.department);
  await expect(studio.page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test.describe('on an English system', () => {
  test.use({ locale: 'en' });

  test('with no setting the app speaks English and opens the English sample', async ({
    studio,
  }) => {
    const app = new StudioPage(studio);
    const sample = JSON.parse(
      await readFile(join(REPO_ROOT, 'resources/sample/sample.en.northstar'), 'utf8'),
    ) as {
      workspace: { meta: { name: string }; metrics: Array<{ name: string; parentId: unknown }> };
    };
    const northStar = sample.workspace.metrics.find((m) => m.parentId === null)?.name ?? '';
    expect(northStar).toBe('Orders per monthly active user');

    await expect(app.metric(northStar)).toContainText(uiEn.northStar);
    await expect(app.metric(northStar)).toHaveClass(/\bselected\b/);
    await expect(app.workspaceName).toHaveText(sample.workspace.meta.name);
    await expect(app.toolbarButton('new')).toHaveText(uiEn.toolbar.new);
    await expect(app.fileName).toHaveText(uiEn.toolbar.untitled);
    await expect(app.field('name')).toHaveAccessibleName(uiEn.inspector.name);
    await expect(app.metricLayer('Order failure rate')).toHaveText(uiEn.layers.department);
    await expect(app.languageButton('en')).toHaveAttribute('aria-pressed', 'true');
    // Following the system is not a choice: nothing is written to the data folder.
    await expect(access(join(studio.dataDir, SETTINGS_FILE))).rejects.toThrow();
  });
});
