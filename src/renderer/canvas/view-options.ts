/**
 * How the canvas fits and zooms, in one place: MetricCanvas uses them, and the
 * canvas benchmark gives bare React Flow the same ones so both do the same work.
 */

// Fit the whole tree, but never blow a small one up past readable-and-calm.
// includeHiddenNodes: with onlyRenderVisibleElements, boxes outside the view
// are never measured, and React Flow would fit only the few it has drawn. Every
// box has a declared size (to-flow.ts), so it can count them all.
export const FIT_VIEW = { padding: 0.05, maxZoom: 1.25, includeHiddenNodes: true };
export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 2;
