import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/**
 * How the room looks at a big tree: collapsed branches, a focused branch, the
 * search field, the selected guardrail, and requests for the view (fit, centre
 * on a metric). View state like the UI store's: none of it reaches the file
 * or the undo history. Its own small store, so that a box subscribes to one
 * field of it (its own collapsed state arrives through the node's data) and
 * never to the whole UI store. Reset with each document the canvas mounts.
 */
/** Show these metrics: one department's, one owner's, or one layer's. */
export interface TreeFilter {
  kind: 'department' | 'owner' | 'layer';
  id: string;
}

export interface TreeViewState {
  collapsed: ReadonlySet<string>;
  focusId: string | null;
  /** Boxes that do not match are dimmed, the path from each match to the North Star is not. */
  filter: TreeFilter | null;
  searchOpen: boolean;
  /** Bumped by each Ctrl+F, so a search field already open takes the focus again. */
  searchNonce: number;
  /** A guardrail selected on the canvas (shown in the inspector instead of a metric). */
  guardrailId: string | null;
  /** What the flow should do with its viewport; the nonce makes a repeat count. */
  viewRequest:
    | { kind: 'fit' }
    | { kind: 'centre'; id: string }
    /** Bring these boxes into view together, panning (and zooming out) only if one is outside. */
    | { kind: 'show'; ids: readonly string[] }
    | null;
  viewNonce: number;
}

export interface TreeViewActions {
  toggleCollapsed(id: string): void;
  setCollapsed(id: string, collapsed: boolean): void;
  /** Open every collapsed box among `ids` (the ancestors of a metric being shown). */
  expand(ids: readonly string[]): void;
  setFocus(id: string | null): void;
  setSearchOpen(open: boolean): void;
  setFilter(filter: TreeFilter | null): void;
  selectGuardrail(id: string | null): void;
  requestView(request: NonNullable<TreeViewState['viewRequest']>): void;
  reset(): void;
}

const initial = (): TreeViewState => ({
  collapsed: new Set(),
  focusId: null,
  filter: null,
  searchOpen: false,
  searchNonce: 0,
  guardrailId: null,
  viewRequest: null,
  viewNonce: 0,
});

export const treeViewStore = createStore<TreeViewState & TreeViewActions>()((set, get) => ({
  ...initial(),
  toggleCollapsed: (id) => get().setCollapsed(id, !get().collapsed.has(id)),
  setCollapsed: (id, collapsed) => {
    if (get().collapsed.has(id) === collapsed) return;
    const next = new Set(get().collapsed);
    if (collapsed) next.add(id);
    else next.delete(id);
    set({ collapsed: next });
  },
  expand: (ids) => {
    const { collapsed } = get();
    if (!ids.some((id) => collapsed.has(id))) return;
    set({ collapsed: new Set([...collapsed].filter((id) => !ids.includes(id))) });
  },
  setFocus: (focusId) => set({ focusId }),
  setSearchOpen: (searchOpen) =>
    set({ searchOpen, searchNonce: get().searchNonce + (searchOpen ? 1 : 0) }),
  setFilter: (filter) => set({ filter }),
  selectGuardrail: (guardrailId) => set({ guardrailId }),
  requestView: (viewRequest) => set({ viewRequest, viewNonce: get().viewNonce + 1 }),
  reset: () => set({ ...initial(), viewNonce: get().viewNonce }),
}));

export function useTreeView<T>(selector: (state: TreeViewState & TreeViewActions) => T): T {
  return useStore(treeViewStore, selector);
}
