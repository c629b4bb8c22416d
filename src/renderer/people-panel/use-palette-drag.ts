import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';
import type { StudioContext } from '../commands/context';
import { beginDrag, cancelDrag } from '../commands/drag-commands';
import { dropOnMetric } from '../commands/people-commands';
import { useEscape } from '../canvas/drag/use-escape';
import { paletteDrop, type PaletteDrop, type PaletteItem } from './palette-drop';

/**
 * Dragging a person or a department out of the panel onto a box, with
 * pointer events on the window (the pointer leaves the panel at once, and
 * the canvas is React Flow's, so nothing there is told of the drag). The box
 * under the pointer is found by hit-testing the page, so it is right at any
 * zoom and pan without asking the canvas; what the drop will do is worked out
 * on every move (palette-drop.ts) and said over the box. The document
 * changes once, at the drop, as one gesture of the document store
 * (commands/people-commands.ts); Escape, a drop outside any box, Ctrl+Z or a
 * load during the drag leave no trace.
 */

/** Within this many pixels a press is a click, beyond it a drag (as on the canvas). */
const SLACK = 4;

export interface PaletteDragView {
  item: PaletteItem;
  label: string;
  pointer: { x: number; y: number };
  shift: boolean;
  /** The box under the pointer, where it is on screen, and what a drop there does. */
  target: { metricId: string; name: string; rect: DOMRect; drop: PaletteDrop } | null;
}

interface Press {
  item: PaletteItem;
  label: string;
  start: { x: number; y: number };
  started: boolean;
  pointer: { x: number; y: number };
  shift: boolean;
}

export function usePaletteDrag(studio: StudioContext) {
  const [view, setView] = useState<PaletteDragView | null>(null);
  const press = useRef<Press | null>(null);

  const stop = useCallback(() => {
    press.current = null;
    setView(null);
  }, []);

  const show = useCallback(
    (current: Press) => {
      const workspace = studio.documents.getState().workspace;
      const box = boxAt(current.pointer);
      const target =
        box && workspace
          ? {
              ...box,
              drop: paletteDrop(workspace, current.item, box.metricId, current.shift),
            }
          : null;
      setView({
        item: current.item,
        label: current.label,
        pointer: current.pointer,
        shift: current.shift,
        target,
      });
    },
    [studio],
  );

  // Ctrl+Z or a load ended the gesture under the drag: drop the drag too.
  useEffect(
    () =>
      studio.documents.subscribe((state, previous) => {
        if (previous.gesture && !state.gesture && press.current?.started) stop();
      }),
    [studio, stop],
  );

  useEscape(
    view !== null,
    useCallback(() => {
      cancelDrag(studio);
      stop();
    }, [studio, stop]),
  );

  useEffect(() => {
    const onMove = (event: globalThis.PointerEvent) => {
      const current = press.current;
      if (!current) return;
      current.pointer = { x: event.clientX, y: event.clientY };
      current.shift = event.shiftKey;
      if (!current.started) {
        const moved = Math.hypot(event.clientX - current.start.x, event.clientY - current.start.y);
        if (moved <= SLACK) return;
        if (!beginDrag(studio, 'assignOwner')) {
          press.current = null;
          return;
        }
        current.started = true;
      }
      show(current);
    };
    const onUp = (event: globalThis.PointerEvent) => {
      const current = press.current;
      if (!current) return;
      stop();
      if (!current.started) return;
      const box = boxAt({ x: event.clientX, y: event.clientY });
      if (box) dropOnMetric(studio, current.item, box.metricId, event.shiftKey);
      else cancelDrag(studio);
    };
    const onCancel = () => {
      if (press.current?.started) cancelDrag(studio);
      stop();
    };
    // Shift pressed or let go while the pointer stands still changes what the drop does.
    const onKey = (event: KeyboardEvent) => {
      const current = press.current;
      if (!current?.started || event.key !== 'Shift') return;
      current.shift = event.type === 'keydown';
      show(current);
    };
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onCancel);
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKey);
    return () => {
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onCancel);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKey);
    };
  }, [studio, show, stop]);

  /** A press on a person or a department: a drag once the pointer has moved. */
  const onPointerDown = (item: PaletteItem, label: string, event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    // No text selection, no focus change: the press is the start of a drag.
    event.preventDefault();
    const start = { x: event.clientX, y: event.clientY };
    press.current = { item, label, start, started: false, pointer: start, shift: event.shiftKey };
  };

  return { view, onPointerDown };
}

/** The metric box under a point of the screen, if any (the drag layer lets the pointer through). */
function boxAt(point: { x: number; y: number }): {
  metricId: string;
  name: string;
  rect: DOMRect;
} | null {
  for (const element of document.elementsFromPoint(point.x, point.y)) {
    const box = element.closest<HTMLElement>('[data-testid="metric-node"][data-metric-id]');
    if (!box) continue;
    // The canvas region only: a box must be on the visible canvas, not under the panel.
    if (!box.closest('.canvas')) return null;
    return {
      metricId: box.dataset.metricId ?? '',
      name: box.getAttribute('title') ?? '',
      rect: box.getBoundingClientRect(),
    };
  }
  return null;
}
