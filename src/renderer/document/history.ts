import type { uiZhCN } from '../../shared/i18n/ui.zh-CN';
import type { Workspace } from '../../shared/workspace/schema';

/** Enough for a day of workshop edits; each entry shares structure with its neighbours. */
export const HISTORY_LIMIT = 200;

/**
 * What a step did, as the key of its name (`ui:history.<label>`): the undo
 * button reads 「撤销拆分」/ "Undo split", and a language switch re-renders it.
 */
export type StepLabel = keyof (typeof uiZhCN)['history'];

/**
 * One undo step: the document on the other side of it, and what the step did.
 * In `past`, `workspace` is the document before the change; in `future`, the
 * document after it. The label travels with the step from one list to the other.
 */
export interface HistoryStep {
  workspace: Workspace;
  label: StepLabel;
}

/**
 * Undo history as snapshots. Every document is immutable and the tree
 * operations copy only what they change, so a snapshot costs one array of
 * references, not a deep copy.
 */
export interface History {
  past: HistoryStep[];
  future: HistoryStep[];
}

export const emptyHistory = (): History => ({ past: [], future: [] });

/** Record `previous` as one undo step named `label`; a new edit forgets what had been undone. */
export function record(history: History, previous: Workspace, label: StepLabel): History {
  const past = [...history.past, { workspace: previous, label }];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, future: [] };
}

export function stepBack(
  history: History,
  current: Workspace,
): { history: History; workspace: Workspace } | null {
  const step = history.past.at(-1);
  if (!step) return null;
  return {
    workspace: step.workspace,
    history: {
      past: history.past.slice(0, -1),
      future: [...history.future, { workspace: current, label: step.label }],
    },
  };
}

export function stepForward(
  history: History,
  current: Workspace,
): { history: History; workspace: Workspace } | null {
  const step = history.future.at(-1);
  if (!step) return null;
  return {
    workspace: step.workspace,
    history: {
      past: [...history.past, { workspace: current, label: step.label }],
      future: history.future.slice(0, -1),
    },
  };
}

/** Swap one snapshot for another everywhere in the history (see markSaved). */
export function replaceIn(history: History, from: Workspace, to: Workspace): History {
  const swap = (step: HistoryStep) => (step.workspace === from ? { ...step, workspace: to } : step);
  return { past: history.past.map(swap), future: history.future.map(swap) };
}

/** What Undo would undo, or null. */
export const undoLabel = (history: History): StepLabel | null => history.past.at(-1)?.label ?? null;
/** What Redo would redo, or null. */
export const redoLabel = (history: History): StepLabel | null =>
  history.future.at(-1)?.label ?? null;
