import { readFileSync } from 'node:fs';
import { CURRENT_VERSION } from '../../src/shared/workspace/format';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSampleTexts, SAMPLE_FILES } from '../../resources/sample/build-sample';
import { loadWorkspace } from '../../src/shared/workspace/load';
import type { Locale, Workspace } from '../../src/shared/workspace/schema';
import { serializeWorkspace } from '../../src/shared/workspace/serialize';

/**
 * The sample is the first thing a facilitator sees, in both languages; the app
 * opens it through the same loadWorkspace as any file. These tests keep it
 * loadable, complete, identical in structure across languages, and equal to
 * what resources/sample/build-sample.ts generates.
 */

const LOCALES: Locale[] = ['zh-CN', 'en'];

function readSample(locale: Locale): string {
  const url = new URL(`../../resources/sample/${SAMPLE_FILES[locale]}`, import.meta.url);
  return readFileSync(fileURLToPath(url), 'utf8');
}

function loadSample(locale: Locale): Workspace {
  const result = loadWorkspace(readSample(locale));
  if (!result.ok)
    throw new Error(`sample ${locale} does not load: ${JSON.stringify(result.error)}`);
  return result.workspace;
}

/** Keys whose string values are words in the user's language; everything else must match. */
const TRANSLATED_KEYS = new Set([
  'name',
  'text',
  'cycle',
  'company',
  'facilitator',
  'locale',
  'description',
  'formula',
  'unit',
  'dataSource',
  'label',
  'note',
  'rationale',
  'tags',
  'file',
  'sheet',
]);

/** Paths where the two documents differ in anything but translated words. */
function structuralDifferences(a: unknown, b: unknown, path: string[] = []): string[] {
  const where = path.join('.') || '(root)';
  if (typeof a === 'string' && typeof b === 'string') {
    // Array items (tags) are translated when their array's key is.
    const key = [...path].reverse().find((part) => !/^\d+$/.test(part)) ?? '';
    return a === b || TRANSLATED_KEYS.has(key) ? [] : [where];
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [`${where} (length)`];
    return a.flatMap((item, i) => structuralDifferences(item, b[i], [...path, String(i)]));
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    if (keysA.join() !== keysB.join()) return [`${where} (keys)`];
    return keysA.flatMap((key) =>
      structuralDifferences(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        [...path, key],
      ),
    );
  }
  return Object.is(a, b) ? [] : [where];
}

describe('sample workspaces', () => {
  it.each(LOCALES)('%s loads as a current-version workspace', (locale) => {
    const result = loadWorkspace(readSample(locale));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fromVersion).toBe(CURRENT_VERSION);
    expect(result.migrations).toEqual([]);
    expect(result.workspace.meta.locale).toBe(locale);
  });

  it.each(LOCALES)('%s has one North Star and about 25 metrics', (locale) => {
    const workspace = loadSample(locale);
    expect(workspace.metrics.length).toBeGreaterThanOrEqual(22);
    expect(workspace.metrics.length).toBeLessThanOrEqual(30);
    const roots = workspace.metrics.filter((m) => m.parentId === null);
    expect(roots.map((m) => m.id)).toEqual(['m_northstar']);
    expect(roots[0]?.layer).toBe('strategy');
    const departmentMetrics = workspace.metrics.filter((m) => m.parentId === 'm_northstar');
    expect(departmentMetrics).toHaveLength(5);
    expect(departmentMetrics.every((m) => m.layer === 'department')).toBe(true);
  });

  it('the North Star is the chosen candidate, with a precise definition', () => {
    const workspace = loadSample('zh-CN');
    const northStar = workspace.metrics.find((m) => m.parentId === null);
    expect(northStar?.name).toBe('每活跃用户月均下单数');
    expect(northStar?.definition).toMatchObject({
      formula: '月下单总数 ÷ 月活跃用户数',
      unit: '单/人/月',
      period: 'month',
      aggregation: 'ratio',
      direction: 'higher',
    });
    expect(northStar?.baseline).toEqual({ value: 2.1, period: '2026' });
    expect(northStar?.target).toBe(2.6);
    expect(northStar?.stretchTarget).toBe(2.9);
    const pool = workspace.candidatePool;
    expect(pool.candidates).toHaveLength(3);
    const chosen = pool.candidates.find((c) => c.id === pool.decision?.candidateId);
    expect(chosen?.name).toBe(northStar?.name);
    // The financial-result candidate is there to show the classic mistake.
    const gmv = pool.candidates.find((c) => c.id === 'c_gmv');
    expect(gmv?.scores.userValue).toBeLessThan(chosen?.scores.userValue ?? 0);
    expect(pool.decision?.rationale).not.toBe('');
  });

  it.each(LOCALES)('%s: every metric is defined, owned, and weighted', (locale) => {
    const workspace = loadSample(locale);
    const weightByOwner = new Map<string, number>();
    for (const metric of workspace.metrics) {
      expect(metric.ownerId, metric.id).not.toBeNull();
      expect(metric.definition.unit, metric.id).not.toBe('');
      expect(metric.definition.formula, metric.id).not.toBe('');
      expect(metric.definition.dataSource, metric.id).not.toBe('');
      expect(metric.definition.description, metric.id).not.toBe('');
      expect(metric.baseline.period, metric.id).toBe('2026');
      expect(metric.target, metric.id).not.toBeNull();
      expect(metric.dueDate?.startsWith('2027-'), metric.id).toBe(true);
      expect(metric.tags.length, metric.id).toBeGreaterThan(0);
      const owner = metric.ownerId as string;
      weightByOwner.set(owner, (weightByOwner.get(owner) ?? 0) + (metric.weight ?? 0));
    }
    // 有人躺赢有人超负荷: every owner's scorecard adds up to 100 %.
    for (const [owner, total] of weightByOwner) expect(total, owner).toBe(100);
  });

  it.each(LOCALES)('%s: every individual metric falls under a duty', (locale) => {
    const workspace = loadSample(locale);
    const measured = new Set(
      workspace.positions.flatMap((p) => p.duties.flatMap((d) => d.metricIds)),
    );
    const unmeasuredDuties = workspace.positions.flatMap((p) =>
      p.duties.filter((d) => d.metricIds.length === 0).map((d) => d.id),
    );
    expect(unmeasuredDuties).toEqual([]);
    const orphans = workspace.metrics
      .filter((m) => m.layer === 'individual' && !measured.has(m.id))
      .map((m) => m.id);
    expect(orphans).toEqual([]);
    const metricIds = new Set(workspace.metrics.map((m) => m.id));
    expect([...measured].filter((id) => !metricIds.has(id))).toEqual([]);
  });

  it('shows each feature the method needs at least once', () => {
    const workspace = loadSample('zh-CN');
    const byId = new Map(workspace.metrics.map((m) => [m.id, m]));
    // 交叉绑定: new-product GMV shared by Product (tree parent) and Sales (cross-link).
    const crossBound = workspace.metrics.filter((m) => m.crossParentIds.length > 0);
    expect(crossBound.map((m) => m.id)).toEqual(['m_product_new_gmv']);
    expect(crossBound[0]?.crossParentIds).toEqual(['m_sales_new_customer_orders']);
    expect(workspace.metrics.some((m) => m.kind === 'soft')).toBe(true);
    expect(workspace.metrics.some((m) => m.definition.direction === 'lower')).toBe(true);
    // The one 'sum' decomposition really sums: regional first orders → Sales.
    const summed = workspace.metrics.filter((m) => m.decomposition === 'sum');
    expect(summed.map((m) => m.id)).toEqual(['m_sales_new_customer_orders']);
    for (const parent of summed) {
      const children = workspace.metrics.filter((m) => m.parentId === parent.id);
      const total = (pick: (m: (typeof children)[number]) => number | null) =>
        children.reduce((sum, m) => sum + (pick(m) ?? 0), 0);
      expect(total((m) => m.target)).toBe(parent.target);
      expect(total((m) => m.baseline.value)).toBe(parent.baseline.value);
      expect(total((m) => m.stretchTarget)).toBe(parent.stretchTarget);
    }
    expect(byId.get('m_northstar')?.milestones.length).toBeGreaterThan(0);
    expect(workspace.people.length).toBeGreaterThanOrEqual(12);
    expect(workspace.signOff.state).toBe('open');
    expect(workspace.snapshots).toEqual([]);
    expect(workspace.changeLog).toEqual([]);
    expect(workspace.actuals).toEqual([]);
  });

  it('zh-CN and en share every id, number and link; only the words differ', () => {
    const zh = loadSample('zh-CN');
    const en = loadSample('en');
    expect(structuralDifferences(zh, en)).toEqual([]);
    expect(en.metrics.map((m) => m.id)).toEqual(zh.metrics.map((m) => m.id));
    // The English file is really in English, the Chinese one really in Chinese.
    expect(readSample('en')).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
    expect(zh.metrics.every((m) => /[\u4e00-\u9fff]/.test(m.name))).toBe(true);
  });

  it.each(LOCALES)('%s: opening and saving it unchanged writes the same bytes', (locale) => {
    expect(serializeWorkspace(loadSample(locale))).toBe(readSample(locale));
  });

  it.each(LOCALES)('%s on disk equals what build-sample.ts generates', (locale) => {
    // If this fails: run `npx tsx resources/sample/build-sample.ts` and commit both files.
    expect(readSample(locale)).toBe(buildSampleTexts()[locale]);
  });
});
