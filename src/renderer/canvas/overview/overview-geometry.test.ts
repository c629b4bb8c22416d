import { describe, expect, it } from 'vitest';
import { workshopPlan } from '../../../../test/e2e/seed-files';
import { departmentColours } from '../department-colours';
import { cachedLayout, NODE_WIDTH } from '../layout';
import {
  buildOverviewScene,
  hitTest,
  labelForms,
  placeLabels,
  visibleFlowRect,
  type OverviewScene,
  type PlacedLabel,
} from './overview-geometry';

const workspace = workshopPlan();
const placed = cachedLayout(workspace);
const scene = buildOverviewScene(workspace, placed, '(unnamed)');
const byName = (name: string) => scene.cards.find((card) => card.name === name)!;

/** The zoom at which the 250-metric workshop fits a 900 × 650 pane (1280×720 minus the inspector). */
function fitZoom(of: OverviewScene, width = 900, height = 650): number {
  const right = Math.max(...of.cards.map((c) => c.x + c.width));
  const left = Math.min(...of.cards.map((c) => c.x));
  const bottom = Math.max(...of.cards.map((c) => c.y + c.height));
  const top = Math.min(...of.cards.map((c) => c.y));
  return Math.min(width / ((right - left) * 1.1), height / ((bottom - top) * 1.1));
}

const overlap = (a: PlacedLabel, b: PlacedLabel) =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

describe('buildOverviewScene', () => {
  it('draws one card per metric where the layout placed its box, in its department colour', () => {
    expect(scene.cards).toHaveLength(workspace.metrics.length);
    const colours = departmentColours(workspace.departments);
    for (const metric of workspace.metrics) {
      const card = scene.cards.find((c) => c.id === metric.id)!;
      const spot = placed.get(metric.id)!;
      expect([card.x, card.y, card.width, card.height]).toEqual([
        spot.x,
        spot.y,
        NODE_WIDTH,
        spot.height,
      ]);
      if (metric.parentId !== null) expect(card.fill).toBe(colours.get(metric.departmentId!)!.fill);
    }
  });

  it('tells the layers apart and labels the North Star first, then the department metrics', () => {
    expect(scene.cards[0]!.kind).toBe('north-star');
    expect(scene.labelled.map((c) => c.kind)).toEqual([
      'north-star',
      ...Array(8).fill('department'),
    ]);
    expect(byName('销售部岗位指标 1-1').kind).toBe('individual');
    // Cards are grouped by body colour: solid for the upper layers, pale for individuals.
    const sales = byName('销售部核心指标');
    expect(scene.byFill.get(sales.fill)).toContain(sales);
    expect(scene.byFill.get(byName('销售部岗位指标 1-1').wash)).toContain(
      byName('销售部岗位指标 1-1'),
    );
  });

  it('links every metric to its parent: down from the parent, into the child', () => {
    expect(scene.links).toHaveLength(workspace.metrics.length - 1);
    const team = byName('销售部第1组指标');
    const sales = byName('销售部核心指标');
    const [fromX, fromY] = [sales.x + NODE_WIDTH / 2, sales.y + sales.height];
    const [toX, toY] = [team.x + NODE_WIDTH / 2, team.y];
    const midY = (fromY + toY) / 2;
    expect(scene.links).toContainEqual({
      points: [fromX, fromY, fromX, midY, toX, midY, toX, toY],
      cross: false,
    });
    // A stacked individual is entered from the left, at its middle.
    const leaf = byName('销售部岗位指标 1-2');
    const stacked = scene.links.find(
      (l) => l.points.at(-2) === leaf.x && l.points.at(-1) === leaf.y + leaf.height / 2,
    );
    expect(stacked).toBeDefined();
  });

  it('draws a cross-bound link dashed, centre to centre', () => {
    const sales = byName('销售部核心指标');
    const leaf = byName('产品部岗位指标 1-1');
    const crossed = {
      ...workspace,
      metrics: workspace.metrics.map((m) =>
        m.id === leaf.id ? { ...m, crossParentIds: [sales.id] } : m,
      ),
    };
    const withCross = buildOverviewScene(crossed, cachedLayout(crossed), '(unnamed)');
    const cross = withCross.links.filter((l) => l.cross);
    expect(cross).toHaveLength(1);
    expect(cross[0]!.points).toEqual([
      sales.x + NODE_WIDTH / 2,
      sales.y + sales.height / 2,
      leaf.x + NODE_WIDTH / 2,
      leaf.y + leaf.height / 2,
    ]);
  });

  it('names an unnamed metric in the words it is given', () => {
    const unnamed = {
      ...workspace,
      metrics: workspace.metrics.map((m, i) => (i === 1 ? { ...m, name: '' } : m)),
    };
    expect(buildOverviewScene(unnamed, placed, '（未命名）').cards[1]!.name).toBe('（未命名）');
  });
});

describe('visibleFlowRect', () => {
  it('is the part of the flow a pane shows at a viewport', () => {
    expect(visibleFlowRect({ x: 100, y: -50, zoom: 0.5 }, 900, 600)).toEqual({
      left: -200,
      top: 100,
      right: 1600,
      bottom: 1300,
    });
  });
});

describe('placeLabels', () => {
  const zoom = fitZoom(scene);

  it('fits the workshop at a zoom where box text could not be read', () => {
    expect(zoom).toBeLessThan(0.2);
  });

  it('names the North Star and every department metric at fit, ≥ 14 px, none over another', () => {
    const labels = placeLabels(scene, zoom);
    expect(labels.map((l) => l.name).sort()).toEqual(scene.labelled.map((c) => c.name).sort());
    for (const label of labels) expect(label.fontSize).toBeGreaterThanOrEqual(14);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++)
        expect(overlap(labels[i]!, labels[j]!), `${labels[i]!.name} / ${labels[j]!.name}`).toBe(
          false,
        );
    expect(labels[0]!.kind).toBe('north-star');
    expect(labels[0]!.fontSize).toBeGreaterThan(labels[1]!.fontSize - 1);
  });

  it('keeps screen-sized type whatever the zoom, centred on the card when there is room', () => {
    const northStar = scene.labelled[0]!;
    for (const z of [0.1, 0.15]) {
      const label = placeLabels(scene, z)[0]!;
      expect(label.fontSize).toBe(20);
      expect(label.left + label.width / 2).toBeCloseTo((northStar.x + NODE_WIDTH / 2) * z, 0);
      expect(label.top + label.height / 2).toBeCloseTo((northStar.y + northStar.height / 2) * z, 0);
    }
  });

  it('leaves a label out rather than drawing it over another when far too crowded', () => {
    const labels = placeLabels(scene, 0.01);
    expect(labels[0]!.kind).toBe('north-star');
    expect(labels.length).toBeLessThan(scene.labelled.length);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++)
        expect(overlap(labels[i]!, labels[j]!)).toBe(false);
  });
});

describe('labelForms', () => {
  it('offers narrower blocks of more lines, never breaking a word', () => {
    const forms = labelForms('Active users', 16);
    expect(forms[0]!.lines).toBe(1);
    for (let i = 1; i < forms.length; i++) {
      expect(forms[i]!.width).toBeLessThan(forms[i - 1]!.width);
      expect(forms[i]!.lines).toBeGreaterThan(forms[i - 1]!.lines);
    }
    expect(forms.length).toBeGreaterThan(1);
  });

  it('sets a CJK name in as few characters per line as the lines allow', () => {
    const forms = labelForms('销售部核心指标', 14);
    expect(forms.map((f) => f.lines)).toEqual([1, 2]);
    expect(forms[1]!.width).toBeGreaterThanOrEqual(4 * 14);
  });
});

describe('hitTest', () => {
  const view = { x: 40, y: 30, zoom: 0.12 };
  const screenOf = (fx: number, fy: number) => ({
    x: fx * view.zoom + view.x,
    y: fy * view.zoom + view.y,
  });

  it('finds the card under the point', () => {
    const leaf = byName('运营部岗位指标 2-5');
    const point = screenOf(leaf.x + 100, leaf.y + leaf.height / 2);
    expect(hitTest(scene, [], view, point)).toBe(leaf.id);
  });

  it('answers null on empty canvas', () => {
    expect(hitTest(scene, [], view, screenOf(-5_000, -5_000))).toBeNull();
  });

  it('counts a click a hair beside a thin card as on it', () => {
    const leaf = byName('运营部岗位指标 2-5');
    const beside = screenOf(leaf.x + leaf.width + 1 / view.zoom, leaf.y + 10);
    expect(hitTest(scene, [], view, beside)).toBe(leaf.id);
  });

  it('gives a label priority over the cards under it', () => {
    const labels = placeLabels(scene, view.zoom);
    const sales = labels.find((l) => l.name === '销售部核心指标')!;
    const corner = { x: sales.left + view.x + 2, y: sales.top + view.y + 2 };
    expect(hitTest(scene, labels, view, corner)).toBe(sales.id);
  });
});
