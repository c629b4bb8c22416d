import type { Workspace } from '../../../shared/workspace/schema';
import { wrapText } from '../box-size';
import { departmentColours } from '../department-colours';
import { NODE_WIDTH, type PlacedMetric } from '../layout';
import { STACK_HANDLE_X } from '../to-flow';

/**
 * The overview (zoomed out past reading) as plain geometry: one card per
 * metric in flow coordinates, the links between them, and the map labels of
 * the upper layers in screen space. Pure, no DOM: draw-overview.ts paints it,
 * OverviewLayer.tsx places it, and the hit test answers which metric a click
 * landed on.
 */

export type CardKind = 'north-star' | 'department' | 'individual';

export interface OverviewCard {
  id: string;
  name: string;
  kind: CardKind;
  /** Top-left corner and size, in flow coordinates (the layout's). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The department's colour, or a neutral grey for a metric without one. */
  fill: string;
  /** Its pale version (the body of an individual metric's card). */
  wash: string;
  /** Text drawn on `fill` (a label's plate). */
  onFill: string;
}

/** A link as a polyline in flow coordinates: right-angled for the tree, straight for the rest. */
export interface OverviewLink {
  points: number[];
  /** A cross-bound link (交叉绑定), drawn dashed. */
  cross: boolean;
}

export interface OverviewScene {
  /** In document order: the North Star first. */
  cards: OverviewCard[];
  links: OverviewLink[];
  /** Cards of the same body colour, so a frame fills each colour once. */
  byFill: Map<string, OverviewCard[]>;
  /** Cards that carry a map label, most important first. */
  labelled: OverviewCard[];
}

export const NORTH_STAR_COLOUR = { fill: '#c27c00', wash: '#fff6e0', onFill: '#ffffff' };
const NEUTRAL_COLOUR = { fill: '#8d9aab', wash: '#eef1f5', onFill: '#ffffff' };

const kindOf = (metric: Workspace['metrics'][number]): CardKind =>
  metric.parentId === null
    ? 'north-star'
    : metric.layer === 'individual'
      ? 'individual'
      : 'department';

/** The body colour a card is filled with: solid for the upper layers, pale for individuals. */
export const bodyOf = (card: OverviewCard): string =>
  card.kind === 'individual' ? card.wash : card.fill;

/** The overview of `workspace` as laid out in `placed` (layout.ts cachedLayout). */
export function buildOverviewScene(
  workspace: Pick<Workspace, 'metrics' | 'departments'>,
  placed: ReadonlyMap<string, PlacedMetric>,
  unnamed: string,
): OverviewScene {
  const colours = departmentColours(workspace.departments);
  const cards: OverviewCard[] = [];
  const byId = new Map<string, OverviewCard>();
  for (const metric of workspace.metrics) {
    const spot = placed.get(metric.id);
    if (!spot) continue;
    const kind = kindOf(metric);
    const colour =
      kind === 'north-star'
        ? NORTH_STAR_COLOUR
        : ((metric.departmentId ? colours.get(metric.departmentId) : undefined) ?? NEUTRAL_COLOUR);
    const card: OverviewCard = {
      id: metric.id,
      name: metric.name || unnamed,
      kind,
      x: spot.x,
      y: spot.y,
      width: NODE_WIDTH,
      height: spot.height,
      fill: colour.fill,
      wash: colour.wash,
      onFill: colour.onFill,
    };
    cards.push(card);
    byId.set(metric.id, card);
  }

  // A box placed by hand is reached straight, as the canvas draws it (to-flow.ts).
  const byHand = new Set(workspace.metrics.filter((m) => m.position).map((m) => m.id));
  const links: OverviewLink[] = [];
  for (const metric of workspace.metrics) {
    const child = byId.get(metric.id);
    if (!child) continue;
    const parent = metric.parentId === null ? undefined : byId.get(metric.parentId);
    if (parent) {
      links.push({
        points:
          byHand.has(metric.id) || byHand.has(parent.id)
            ? straight(parent, child)
            : (placed.get(metric.id)?.stacked ?? false)
              ? stackedLink(parent, child)
              : treeLink(parent, child),
        cross: false,
      });
    }
    for (const crossId of metric.crossParentIds) {
      const other = byId.get(crossId);
      if (other) links.push({ points: straight(other, child), cross: true });
    }
  }

  const byFill = new Map<string, OverviewCard[]>();
  for (const card of cards) {
    const body = bodyOf(card);
    const group = byFill.get(body);
    if (group) group.push(card);
    else byFill.set(body, [card]);
  }
  const labelled = [
    ...cards.filter((c) => c.kind === 'north-star'),
    ...cards.filter((c) => c.kind === 'department'),
  ];
  return { cards, links, byFill, labelled };
}

/** Bottom centre of the parent, down to half the gap, across, down to the child's top centre. */
function treeLink(parent: OverviewCard, child: OverviewCard): number[] {
  const fromX = parent.x + parent.width / 2;
  const fromY = parent.y + parent.height;
  const toX = child.x + child.width / 2;
  const toY = child.y;
  const midY = (fromY + toY) / 2;
  return [fromX, fromY, fromX, midY, toX, midY, toX, toY];
}

/** A stacked column: down the left side of the parent, then right into the child's middle. */
function stackedLink(parent: OverviewCard, child: OverviewCard): number[] {
  const fromX = parent.x + STACK_HANDLE_X;
  const toY = child.y + child.height / 2;
  return [fromX, parent.y + parent.height, fromX, toY, child.x, toY];
}

function straight(from: OverviewCard, to: OverviewCard): number[] {
  return [
    from.x + from.width / 2,
    from.y + from.height / 2,
    to.x + to.width / 2,
    to.y + to.height / 2,
  ];
}

// ── Viewport ─────────────────────────────────────────────────────────

/** React Flow's viewport: screen = flow × zoom + (x, y). */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The part of the flow a `width` × `height` pane shows, in flow coordinates. */
export function visibleFlowRect(view: Viewport, width: number, height: number): Rect {
  return {
    left: -view.x / view.zoom,
    top: -view.y / view.zoom,
    right: (width - view.x) / view.zoom,
    bottom: (height - view.y) / view.zoom,
  };
}

export const cardInside = (card: OverviewCard, rect: Rect): boolean =>
  card.x < rect.right &&
  card.x + card.width > rect.left &&
  card.y < rect.bottom &&
  card.y + card.height > rect.top;

// ── Map labels ───────────────────────────────────────────────────────

/** Screen sizes of the labels, in px: readable from the back of a room on a projector (never under 14). */
export const LABEL_FONT = { 'north-star': [20, 18, 16], department: [16, 15, 14] } as const;
export const LABEL_LINE = 1.25;
/** Plate padding (px), each side, and the widest a label may wrap to. */
export const LABEL_PAD_X = 8;
export const LABEL_PAD_Y = 4;
const LABEL_MAX_WIDTH = 200;
const LABEL_MIN_WIDTH = 28;
/** A name may wrap onto up to this many lines to make room for its neighbours. */
const LABEL_MAX_LINES = 2;
/** Where a label may sit, in label rows from its card: on it, above, below, further below. */
const SHIFTS = [0, -1, 1, 2] as const;
/** Room kept free around a label, so neighbours never touch. */
const LABEL_MARGIN = 4;

export interface PlacedLabel {
  id: string;
  name: string;
  kind: 'north-star' | 'department';
  fontSize: number;
  /** In screen px relative to the flow origin at this zoom: add the viewport's (x, y) to draw. */
  left: number;
  top: number;
  width: number;
  height: number;
  fill: string;
  onFill: string;
  /**
   * A label moved off its card points back to it: the length (px) of the
   * line from the label's edge to the card's middle, negative when the label
   * sits above the card (the line runs down), 0 on the card.
   */
  leader: number;
}

/**
 * Where the upper layers' names go at `zoom`, like labels on a map: in screen
 * space (LABEL_FONT px, whatever the zoom), each on its card, most important
 * first. A label that would overlap one already placed tries a narrower
 * block of two lines, a smaller (never under 14 px) type, and then the
 * places above and below its card, with a line back to it; if none is free it is left out rather than
 * drawn over another. Depends on the zoom only, so a pan moves
 * them all by one offset.
 */
export function placeLabels(scene: OverviewScene, zoom: number): PlacedLabel[] {
  const placedLabels: PlacedLabel[] = [];
  for (const card of scene.labelled) {
    const label = firstFree(card, zoom, placedLabels);
    if (label) placedLabels.push(label);
  }
  return placedLabels;
}

function firstFree(
  card: OverviewCard,
  zoom: number,
  taken: readonly PlacedLabel[],
): PlacedLabel | null {
  const kind = card.kind === 'north-star' ? 'north-star' : 'department';
  const centreX = (card.x + card.width / 2) * zoom;
  const centreY = (card.y + card.height / 2) * zoom;
  const cardHeight = card.height * zoom;
  const forms = LABEL_FONT[kind].map((fontSize) => ({
    fontSize,
    forms: labelForms(card.name, fontSize),
  }));
  // On its own card first (in one line, then two), then above or below it, then smaller type.
  for (const shift of SHIFTS) {
    for (let formIndex = 0; formIndex < LABEL_MAX_LINES; formIndex++) {
      for (const { fontSize, forms: ofSize } of forms) {
        const form = ofSize[formIndex];
        if (!form) continue;
        const width = form.width + 2 * LABEL_PAD_X;
        const height = form.lines * Math.ceil(fontSize * LABEL_LINE) + 2 * LABEL_PAD_Y;
        // Above or below: clear of the card, so the card itself stays in sight.
        const offset =
          shift === 0
            ? 0
            : Math.sign(shift) * (cardHeight / 2 + height / 2 + LABEL_MARGIN) +
              (shift - Math.sign(shift)) * (height + LABEL_MARGIN);
        const label: PlacedLabel = {
          id: card.id,
          name: card.name,
          kind,
          fontSize,
          left: Math.round(centreX - width / 2),
          top: Math.round(centreY + offset - height / 2),
          width,
          height,
          fill: card.fill,
          onFill: card.onFill,
          leader: shift === 0 ? 0 : Math.sign(shift) * (Math.abs(offset) - height / 2),
        };
        if (!taken.some((other) => overlaps(label, other, LABEL_MARGIN))) return label;
      }
    }
  }
  return null;
}

/**
 * The blocks `name` can be set in at `fontSize`: the fewest lines it needs at
 * the widest a label may be, then one and two lines more, each in the
 * narrowest text column (px) that holds it without breaking a word. Widths
 * come from box-size.ts's character model, which errs on the wide side, so
 * the text never overflows its plate.
 */
export function labelForms(
  name: string,
  fontSize: number,
): Array<{ width: number; lines: number }> {
  const widest = LABEL_MAX_WIDTH - 2 * LABEL_PAD_X;
  const fewest = wrapText(name, fontSize, widest).lines;
  const forms: Array<{ width: number; lines: number }> = [];
  for (let lines = fewest; lines <= Math.max(fewest, LABEL_MAX_LINES); lines++) {
    // A word wider than the widest label: it breaks anyway, at the widest.
    const width = narrowest(name, fontSize, lines, widest) ?? (forms.length === 0 ? widest : null);
    if (width === null) break;
    const last = forms[forms.length - 1];
    if (last && last.width <= width) continue; // no narrower than the block with fewer lines
    forms.push({ width, lines: wrapText(name, fontSize, width).lines });
  }
  return forms;
}

/** The narrowest column in which `name` takes at most `lines` lines, unbroken words; null if none. */
function narrowest(name: string, fontSize: number, lines: number, widest: number): number | null {
  const fits = (width: number) => {
    const wrapped = wrapText(name, fontSize, width);
    return wrapped.lines <= lines && !wrapped.brokeWord;
  };
  if (!fits(widest)) return null;
  let low = LABEL_MIN_WIDTH;
  let high = widest;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (fits(middle)) high = middle;
    else low = middle;
  }
  return Math.ceil(high);
}

function overlaps(a: PlacedLabel, b: PlacedLabel, margin: number): boolean {
  return (
    a.left < b.left + b.width + margin &&
    b.left < a.left + a.width + margin &&
    a.top < b.top + b.height + margin &&
    b.top < a.top + a.height + margin
  );
}

// ── Hit test ─────────────────────────────────────────────────────────

/**
 * The metric under a point of the pane (screen px relative to the pane's
 * top-left): a label first (it is drawn over the cards), then the card whose
 * rectangle holds the point in flow coordinates; null on empty canvas.
 */
export function hitTest(
  scene: OverviewScene,
  labels: readonly PlacedLabel[],
  view: Viewport,
  point: { x: number; y: number },
): string | null {
  for (const label of labels) {
    const left = label.left + view.x;
    const top = label.top + view.y;
    if (
      point.x >= left &&
      point.x <= left + label.width &&
      point.y >= top &&
      point.y <= top + label.height
    )
      return label.id;
  }
  const fx = (point.x - view.x) / view.zoom;
  const fy = (point.y - view.y) / view.zoom;
  // A card is at least a few screen px wide: far out, a click that lands a
  // hair beside a thin card still means it.
  const slack = 2 / view.zoom;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const card of scene.cards) {
    const dx = Math.max(card.x - fx, 0, fx - (card.x + card.width));
    const dy = Math.max(card.y - fy, 0, fy - (card.y + card.height));
    const distance = Math.max(dx, dy);
    if (distance <= slack && distance < bestDistance) {
      best = card.id;
      bestDistance = distance;
      if (distance === 0) break;
    }
  }
  return best;
}
