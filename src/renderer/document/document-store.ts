import { createStore } from 'zustand/vanilla';
import type { Revision } from '../../shared/ipc/contract';
import {
  addChildMetric,
  deleteSubtree,
  moveMetric,
  updateMetric,
  type MetricPatch,
  type TreeError,
} from '../../shared/metrics/tree';
import type { Metric, Workspace } from '../../shared/workspace/schema';
import { emptyHistory, record, replaceIn, stepBack, stepForward, type History } from './history';

/**
 * The document store: the only writer of workspace data. Every action is one
 * user gesture and, when it changes anything, exactly one undo step. Views
 * (canvas, inspector) read from here and never keep their own copy.
 *
 * Free of DOM and React so that it runs headless in unit tests.
 */
export interface DocumentState {
  workspace: Workspace | null;
  /** The document as it is on disk (or as it was opened, for an untitled one). */
  savedWorkspace: Workspace | null;
  /** null = untitled (the sample, a new workspace). */
  path: string | null;
  /** What the file looked like when we read or wrote it; sent back on save to detect changes. */
  revision: Revision | null;
  /** Schema version of the file; lower than current = migrated in memory, saved as current. */
  fromVersion: number;
  /** Bumped on every load: views that must start over (fit the view, clear selection) key on it. */
  loadId: number;
  history: History;
}

export type EditResult = { ok: true } | { ok: false; error: TreeError };
export type AddResult = { ok: true; id: string } | { ok: false; error: TreeError };

export interface LoadedDocument {
  workspace: Workspace;
  path: string | null;
  revision: Revision | null;
  fromVersion: number;
}

/** A document brought back from the crash-recovery journal. */
export interface RecoveredDocument extends LoadedDocument {
  /**
   * What is on disk: the file's content as just opened. The recovered
   * `workspace` goes on top of it as unsaved changes, one undo step away.
   * null = there is no file (untitled): the whole document is unsaved.
   */
  saved: Workspace | null;
}

export interface SavedDocument {
  path: string;
  revision: Revision;
  /** The document handed to the host... */
  sent: Workspace;
  /** ...and what was written, with its save-time stamp. */
  written: Workspace;
}

export interface DocumentActions {
  load(document: LoadedDocument): void;
  /** Load with unsaved changes on top (crash recovery): dirty, and undo returns to `saved`. */
  loadRecovered(document: RecoveredDocument): void;
  /** Add a child (at the end, or at `index` among its siblings); returns the new metric's id. */
  addChildMetric(
    parentId: string,
    fields: Partial<Metric> & { name: string },
    index?: number,
  ): AddResult;
  updateMetric(id: string, patch: MetricPatch): EditResult;
  /** Delete the metric with everything below it. */
  deleteMetric(id: string): EditResult;
  moveMetric(id: string, newParentId: string, index?: number): EditResult;
  undo(): boolean;
  redo(): boolean;
  markSaved(saved: SavedDocument): void;
}

export type DocumentStore = ReturnType<typeof createDocumentStore>;

const initialState: DocumentState = {
  workspace: null,
  savedWorkspace: null,
  path: null,
  revision: null,
  fromVersion: 0,
  loadId: 0,
  history: emptyHistory(),
};

export function createDocumentStore() {
  return createStore<DocumentState & DocumentActions>()((set, get) => {
    /** Apply an edit as one undo step; an edit that changes nothing leaves no step. */
    const commit = (next: Workspace) => {
      const { workspace, history } = get();
      if (!workspace || next === workspace) return;
      set({ workspace: next, history: record(history, workspace) });
    };

    const current = (): Workspace | null => get().workspace;

    return {
      ...initialState,

      load: ({ workspace, path, revision, fromVersion }) =>
        set((state) => ({
          workspace,
          savedWorkspace: workspace,
          path,
          revision,
          fromVersion,
          loadId: state.loadId + 1,
          history: emptyHistory(),
        })),

      loadRecovered: ({ workspace, saved, path, revision, fromVersion }) =>
        set((state) => ({
          workspace,
          savedWorkspace: saved,
          path,
          revision,
          fromVersion,
          loadId: state.loadId + 1,
          history: saved && saved !== workspace ? record(emptyHistory(), saved) : emptyHistory(),
        })),

      addChildMetric: (parentId, fields, index) => {
        const workspace = current();
        if (!workspace) return { ok: false, error: 'unknown-metric' };
        const added = addChildMetric(workspace, parentId, fields);
        if (!added.ok) return added;
        let next = added.workspace;
        if (index !== undefined) {
          const placed = moveMetric(next, added.metric.id, parentId, index);
          if (!placed.ok) return placed;
          next = placed.workspace;
        }
        commit(next);
        return { ok: true, id: added.metric.id };
      },

      updateMetric: (id, patch) => {
        const workspace = current();
        if (!workspace) return { ok: false, error: 'unknown-metric' };
        const metric = workspace.metrics.find((m) => m.id === id);
        if (!metric) return { ok: false, error: 'unknown-metric' };
        // Committing a field without changing it must not leave an undo step or a dirty document.
        if (!changes(metric, patch)) return { ok: true };
        const result = updateMetric(workspace, id, patch);
        if (result.ok) commit(result.workspace);
        return result.ok ? { ok: true } : result;
      },

      deleteMetric: (id) => {
        const workspace = current();
        if (!workspace) return { ok: false, error: 'unknown-metric' };
        const result = deleteSubtree(workspace, id);
        if (result.ok) commit(result.workspace);
        return result.ok ? { ok: true } : result;
      },

      moveMetric: (id, newParentId, index) => {
        const workspace = current();
        if (!workspace) return { ok: false, error: 'unknown-metric' };
        const result = moveMetric(workspace, id, newParentId, index);
        if (result.ok) commit(result.workspace);
        return result.ok ? { ok: true } : result;
      },

      undo: () => {
        const { workspace, history } = get();
        const step = workspace && stepBack(history, workspace);
        if (!step) return false;
        set(step);
        return true;
      },

      redo: () => {
        const { workspace, history } = get();
        const step = workspace && stepForward(history, workspace);
        if (!step) return false;
        set(step);
        return true;
      },

      markSaved: ({ path, revision, sent, written }) =>
        set((state) => ({
          path,
          revision,
          savedWorkspace: written,
          // Edits made while the save was in flight are not in the file: keep them (still dirty).
          workspace: state.workspace === sent ? written : state.workspace,
          history: replaceIn(state.history, sent, written),
        })),
    };
  });
}

/** Unsaved changes: the document is not the one on disk. Undo back to it and it is clean again. */
export const isDirty = (state: DocumentState): boolean => state.workspace !== state.savedWorkspace;
export const canUndo = (state: DocumentState): boolean => state.history.past.length > 0;
export const canRedo = (state: DocumentState): boolean => state.history.future.length > 0;

function changes(metric: Metric, patch: MetricPatch): boolean {
  return Object.entries(patch).some(
    ([key, value]) => JSON.stringify(metric[key as keyof Metric]) !== JSON.stringify(value),
  );
}

/** The app's document, shared by every view. Tests create their own with createDocumentStore(). */
export const documentStore = createDocumentStore();
