/**
 * What the page reports to run.ts through `window.canvasBench`: when the tree
 * was first painted in full, and a requestAnimationFrame counter for the pans
 * and the drag.
 */
export interface FrameReport {
  frames: number;
  ms: number;
  longestFrameMs: number;
}

export interface CanvasBench {
  /** performance.now() just before React was asked to render (the data is built by then). */
  renderStartedAt: number | null;
  /**
   * performance.now() in the frame after what is drawn last changed: the DOM
   * boxes (`.react-flow__node`) plus the cards the overview canvas painted
   * (its `data-cards`), so a tree drawn as boxes and one drawn as a picture
   * are timed to the same moment: all of it on screen.
   */
  paintedAt: number | null;
  /** The node count has not changed for SETTLED_FRAMES frames. */
  settled: boolean;
  startFrames(): void;
  stopFrames(): FrameReport;
}

declare global {
  interface Window {
    canvasBench: CanvasBench;
  }
}

const NODE_SELECTOR = '.react-flow__node';
const OVERVIEW_SELECTOR = '[data-testid="overview-canvas"]';

function drawnCount(): number {
  const cards = document.querySelector<HTMLElement>(OVERVIEW_SELECTOR)?.dataset.cards;
  return document.querySelectorAll(NODE_SELECTOR).length + Number(cards ?? 0);
}
/** Frames without a change in the node count before the canvas counts as settled. */
const SETTLED_FRAMES = 10;

export function installProbe(): CanvasBench {
  let stamps: number[] = [];
  let running = false;
  const tick = (time: number) => {
    if (!running) return;
    stamps.push(time);
    requestAnimationFrame(tick);
  };
  const bench: CanvasBench = {
    renderStartedAt: null,
    paintedAt: null,
    settled: false,
    startFrames() {
      stamps = [];
      running = true;
      requestAnimationFrame(tick);
    },
    stopFrames() {
      running = false;
      const first = stamps[0] ?? 0;
      const last = stamps[stamps.length - 1] ?? 0;
      let longest = 0;
      for (let i = 1; i < stamps.length; i++)
        longest = Math.max(longest, (stamps[i] ?? 0) - (stamps[i - 1] ?? 0));
      return { frames: Math.max(0, stamps.length - 1), ms: last - first, longestFrameMs: longest };
    },
  };
  window.canvasBench = bench;

  // Watch the node count frame by frame; a rAF callback runs before its frame is
  // painted, so the frame after a change is the first that shows it.
  let lastCount = 0;
  let changedLastFrame = false;
  let stable = 0;
  const watch = () => {
    const count = drawnCount();
    if (changedLastFrame) bench.paintedAt = performance.now();
    changedLastFrame = count !== lastCount;
    if (changedLastFrame) {
      lastCount = count;
      stable = 0;
    } else if (count > 0 && ++stable >= SETTLED_FRAMES) {
      bench.settled = true;
      return;
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  return bench;
}
