import type { Workspace } from '../../shared/workspace/schema';

/** Enough for a day of workshop edits; each entry shares structure with its neighbours. */
export const HISTORY_LIMIT = 200;

/**
 * Undo history as snapshots. Every document is immutable and the tree
 * operations copy only what they change, so a snapshot costs one array of
 * references, not a deep copy.
 */
export interface History {
  past: Workspace[];
  future: Workspace[];
}

export const emptyHistory = (): History => ({ past: [], future: [] });

/** Record `previous` as one undo step; a new edit forgets what had been undone. */
export function record(history: History, previous: Workspace): History {
  const past = [...history.past, previous];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, future: [] };
}

export function stepBack(
  history: History,
  current: Workspace,
): { history: History; workspace: Workspace } | null {
  const workspace = history.past.at(-1);
  if (!workspace) return null;
  return {
    workspace,
    history: { past: history.past.slice(0, -1), future: [...history.future, current] },
  };
}

export function stepForward(
  history: History,
  current: Workspace,
): { history: History; workspace: Workspace } | null {
  const workspace = history.future.at(-1);
  if (!workspace) return null;
  return {
    workspace,
    history: { past: [...history.past, current], future: history.future.slice(0, -1) },
  };
}

/** Swap one snapshot for another everywhere in the history (see markSaved). */
export function replaceIn(history: History, from: Workspace, to: Workspace): History {
  const swap = (w: Workspace) => (w === from ? to : w);
  return { past: history.past.map(swap), future: history.future.map(swap) };
}
