import {
  cardInside,
  NORTH_STAR_COLOUR,
  visibleFlowRect,
  type OverviewScene,
  type Viewport,
} from './overview-geometry';

/**
 * Paints the overview into a 2D canvas: every card and link of the tree in
 * one pass, in flow coordinates scaled by the viewport. Cards are batched by
 * colour (one fill per colour per frame) and those outside the view are
 * skipped, so a frame of 2,500 cards costs a few milliseconds of software
 * rendering instead of 2,500 DOM boxes.
 *
 * Line widths are in screen pixels (divided by the zoom): far out a 1 px
 * frame in flow units would vanish, and the layers must still read apart.
 */

export interface OverviewFrame {
  view: Viewport;
  /** The pane in CSS pixels. */
  width: number;
  height: number;
  devicePixelRatio: number;
  selectedId: string | null;
}

const LINK = '#8d9aab';
const CROSS_LINK = '#7b55c9';
const INDIVIDUAL_FRAME = '#8d9aab';
const FOCUS = '#1f6feb';
/** Screen px: the frame of each layer, as on the boxes (canvas.css: 1, 3, 4 px), kept visible far out. */
const FRAME = { individual: 1, department: 2, 'north-star': 3 } as const;
/** An individual card's stripe in its department's colour: 8 flow px, never under 2 screen px. */
const STRIPE = 8;

export function drawOverview(
  context: CanvasRenderingContext2D,
  scene: OverviewScene,
  frame: OverviewFrame,
): void {
  const { view, width, height, devicePixelRatio: dpr } = frame;
  const px = 1 / view.zoom; // one screen pixel in flow units
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, width * dpr, height * dpr);
  context.setTransform(dpr * view.zoom, 0, 0, dpr * view.zoom, dpr * view.x, dpr * view.y);
  const visible = visibleFlowRect(view, width, height);

  // Links first, under the cards.
  context.lineJoin = 'round';
  context.lineWidth = 1.5 * px;
  for (const cross of [false, true]) {
    context.beginPath();
    for (const link of scene.links) {
      if (link.cross !== cross) continue;
      const p = link.points;
      context.moveTo(p[0]!, p[1]!);
      for (let i = 2; i < p.length; i += 2) context.lineTo(p[i]!, p[i + 1]!);
    }
    context.strokeStyle = cross ? CROSS_LINK : LINK;
    context.setLineDash(cross ? [6 * px, 4 * px] : []);
    context.stroke();
  }
  context.setLineDash([]);

  // Card bodies, one fill per colour.
  for (const [body, cards] of scene.byFill) {
    context.beginPath();
    for (const card of cards)
      if (cardInside(card, visible)) context.rect(card.x, card.y, card.width, card.height);
    context.fillStyle = body;
    context.fill();
  }

  // Individual cards: a stripe of their department's colour and a thin grey frame.
  const stripe = Math.max(STRIPE, 2 * px);
  const stripes = new Map<string, Path2D>();
  const individualFrames = new Path2D();
  for (const card of scene.cards) {
    if (card.kind !== 'individual' || !cardInside(card, visible)) continue;
    let path = stripes.get(card.fill);
    if (!path) stripes.set(card.fill, (path = new Path2D()));
    path.rect(card.x, card.y, stripe, card.height);
    individualFrames.rect(card.x, card.y, card.width, card.height);
  }
  for (const [fill, path] of stripes) {
    context.fillStyle = fill;
    context.fill(path);
  }
  context.lineWidth = FRAME.individual * px;
  context.strokeStyle = INDIVIDUAL_FRAME;
  context.stroke(individualFrames);

  // Upper layers: a heavier frame, gold on the North Star; drawn inside the card.
  for (const card of scene.labelled) {
    if (!cardInside(card, visible)) continue;
    const inset = (FRAME[card.kind] * px) / 2;
    context.lineWidth = FRAME[card.kind] * px;
    context.strokeStyle = card.kind === 'north-star' ? NORTH_STAR_COLOUR.fill : '#17202b';
    context.globalAlpha = card.kind === 'north-star' ? 1 : 0.35;
    context.strokeRect(
      card.x + inset,
      card.y + inset,
      card.width - 2 * inset,
      card.height - 2 * inset,
    );
    context.globalAlpha = 1;
  }

  // The selected card: a ring in the focus colour, as on the boxes.
  const selected = frame.selectedId
    ? scene.cards.find((card) => card.id === frame.selectedId)
    : undefined;
  if (selected) {
    const ring = 4 * px;
    context.lineWidth = ring;
    context.strokeStyle = FOCUS;
    context.strokeRect(
      selected.x - ring / 2,
      selected.y - ring / 2,
      selected.width + ring,
      selected.height + ring,
    );
  }
}
