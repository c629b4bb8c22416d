import { useStore } from '@xyflow/react';
import { createContext, useContext, useState, type ReactNode } from 'react';

/**
 * Levels of detail, by zoom. At reading zoom a box shows everything; further
 * out only its name, in the largest size the box holds (28–44 px, box-size.ts:
 * 12 px on screen at zoom 0.3–0.43); further still the whole tree is one
 * drawing (overview/OverviewLayer.tsx) instead of DOM boxes, because box text
 * under ~6 px helps nobody and a thousand DOM boxes make panning stutter
 * (docs/benchmarks.md).
 */
export const DETAIL_MIN_ZOOM = 0.45;
export const NAMES_MIN_ZOOM = 0.2;

/** `fitting`: the first fit to the window is on its way; nothing is drawn until it has landed. */
export type Detail = 'full' | 'names' | 'overview' | 'fitting';

export const detailAtZoom = (zoom: number): Detail =>
  zoom >= DETAIL_MIN_ZOOM ? 'full' : zoom >= NAMES_MIN_ZOOM ? 'names' : 'overview';

const BoxDetail = createContext<Detail>('full');

/**
 * The level of detail for everything inside it (the boxes, the overview). One
 * subscription to the zoom for the whole canvas, passed down through context:
 * the boxes re-render when the zoom crosses a threshold, and none of them
 * watches the zoom itself. Inside a ReactFlowProvider.
 */
export function CanvasDetail({ children }: { children: ReactNode }) {
  const level = useStore((state) => detailAtZoom(state.transform[2]));
  // Until the first fit has landed the zoom says nothing (it is React Flow's
  // default, 1): boxes drawn then would be thrown away a frame later, and
  // for 2,500 metrics that is most of the time to open. The fit has landed
  // once the view left React Flow's default (a fit never leaves it at 0, 0,
  // 1), or once a queued fit is done. Later fits (the fit button, a jump to a
  // branch) leave the boxes as they are.
  const moved = useStore(
    (state) => state.transform[0] !== 0 || state.transform[1] !== 0 || state.transform[2] !== 1,
  );
  const fitQueued = useStore((state) => state.fitViewQueued);
  const [first, setFirst] = useState({ sawQueued: false, fitted: false });
  // Derived during render (React's "adjusting state when a prop changes"): no extra commit.
  if (!first.fitted) {
    if (moved || (first.sawQueued && !fitQueued)) setFirst({ sawQueued: true, fitted: true });
    else if (fitQueued && !first.sawQueued) setFirst({ sawQueued: true, fitted: false });
  }
  const detail: Detail = first.fitted ? level : 'fitting';
  return <BoxDetail.Provider value={detail}>{children}</BoxDetail.Provider>;
}

export const useDetail = (): Detail => useContext(BoxDetail);
