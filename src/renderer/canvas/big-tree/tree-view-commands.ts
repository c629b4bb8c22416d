import type { StudioContext } from '../../commands/context';
import { shownWorkspace } from '../../document/document-store';
import { ancestorsOf, treeIndex } from './tree-view';
import { treeViewStore } from './tree-view-store';

/**
 * The big-tree commands the keyboard, the boxes and the inspector share. View
 * only: nothing here changes the document or its history.
 */

/** Collapse (`true`) or open (`false`) the selected metric's branch; a leaf has none. */
export function collapseSelected(studio: StudioContext, collapsed: boolean): void {
  const id = studio.ui.getState().selectedId;
  const workspace = shownWorkspace(studio.documents.getState());
  if (!id || !workspace || !treeIndex(workspace.metrics).children.has(id)) return;
  treeViewStore.getState().setCollapsed(id, collapsed);
}

/** Show only the selected metric's branch and its path to the North Star (again: the whole tree). */
export function toggleFocusBranch(
  studio: StudioContext,
  id = studio.ui.getState().selectedId,
): void {
  const view = treeViewStore.getState();
  if (view.focusId !== null && (id === null || id === view.focusId)) return view.setFocus(null);
  if (id === null) return;
  const workspace = shownWorkspace(studio.documents.getState());
  if (workspace) view.expand([id, ...ancestorsOf(treeIndex(workspace.metrics), id)]);
  view.setFocus(id);
  view.requestView({ kind: 'fit' });
}

export function exitFocus(studio: StudioContext): void {
  treeViewStore.getState().setFocus(null);
  treeViewStore.getState().requestView({ kind: 'fit' });
  studio.ui.getState().requestFocus('canvas');
}

/** Select a metric wherever it is: open the branches above it and centre the view on it. */
export function revealMetric(studio: StudioContext, id: string): void {
  const workspace = shownWorkspace(studio.documents.getState());
  if (!workspace) return;
  const view = treeViewStore.getState();
  const ancestors = ancestorsOf(treeIndex(workspace.metrics), id);
  view.expand(ancestors);
  if (view.focusId !== null && ![id, ...ancestors].includes(view.focusId)) view.setFocus(null);
  view.selectGuardrail(null);
  studio.ui.getState().select(id);
  view.requestView({ kind: 'centre', id });
}

export const openSearch = () => treeViewStore.getState().setSearchOpen(true);
export const fitToWindow = () => treeViewStore.getState().requestView({ kind: 'fit' });
