import { createStore } from 'zustand/vanilla';
import { newId } from '../../shared/ids';
import type { Revision } from '../../shared/ipc/contract';
import type { MetricPatch, NewMetricFields } from '../../shared/metrics/metric-patch';
import { applyOperations, type TreeOperation } from '../../shared/metrics/operations';
import type { TreeError } from '../../shared/metrics/tree';
import type { Metric, Workspace } from '../../shared/workspace/schema';
import {
  emptyHistory,
  record,
  redoLabel,
  replaceIn,
  stepBack,
  stepForward,
  undoLabel,
  type History,
  type StepLabel,
} from './history';

/**
 * The document store: the only writer of workspace data. Every change is a
 * transaction — a labelled list of tree operations (shared/metrics/operations.ts)
 * applied all or nothing — and, when it changes anything, exactly one undo
 * step carrying its label. Views (canvas, inspector) read from here and never
 * keep their own copy.
 *
 * A gesture in progress (a drag, a live preview in a wizard) is not history:
 * `beginGesture` → `previewGesture` (as often as the pointer moves) →
 * `commitGesture` (one step) or `cancelGesture` (no trace). Its preview lives
 * in `gesture`, beside the committed `workspace`, so that dirty state, the
 * history and the crash-recovery journal (which watch `workspace`) never see
 * it. Views show `shownWorkspace(state)`.
 *
 * Free of DOM and React so that it runs headless in unit tests.
 */
export interface DocumentState {
  /** The committed document: what is saved, journalled and undone. */
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
  /** A gesture in progress, or null. Never part of the history. */
  gesture: Gesture | null;
}

export interface Gesture {
  /** The step the gesture becomes when committed. */
  label: StepLabel;
  /** The operations of the latest accepted preview, applied to `workspace`. */
  operations: readonly TreeOperation[];
  /**
   * What the document looks like with the gesture applied; the committed
   * document itself while no preview was accepted. Kept applied to the
   * current `workspace`: a change committed meanwhile is re-applied under it.
   */
  preview: Workspace;
}

export type EditResult = { ok: true } | { ok: false; error: TreeError };
/** `failedAt`: the index of the refused operation; a refused transaction changes nothing. */
export type TransactionResult = { ok: true } | { ok: false; error: TreeError; failedAt: number };
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
  /**
   * Apply the operations as one undo step named `label`, all or nothing: the
   * first refusal aborts the lot and leaves no trace.
   */
  transact(label: StepLabel, operations: readonly TreeOperation[]): TransactionResult;
  /** Add a child (at the end, or at `index` among its siblings); returns the new metric's id. */
  addChildMetric(parentId: string, fields: NewMetricFields, index?: number): AddResult;
  updateMetric(id: string, patch: MetricPatch): EditResult;
  /** Delete the metric with everything below it. */
  deleteMetric(id: string): EditResult;
  moveMetric(id: string, newParentId: string, index?: number): EditResult;
  /** Start a gesture that will become the step `label`; an open one is cancelled. False without a document. */
  beginGesture(label: StepLabel): boolean;
  /**
   * Show the document with these operations applied (each preview replaces
   * the previous one; they start from the committed document). A refused
   * preview shows the committed document and returns why.
   */
  previewGesture(operations: readonly TreeOperation[]): TransactionResult;
  /** The previewed document becomes one undo step; a gesture that changed nothing leaves none. */
  commitGesture(): EditResult;
  /** End the gesture without a trace: the committed document stays, by reference. */
  cancelGesture(): void;
  /** Undo/redo abandon a gesture in progress first (Ctrl+Z during a drag drops the drag). */
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
  gesture: null,
};

export function createDocumentStore() {
  return createStore<DocumentState & DocumentActions>()((set, get) => {
    /** The gesture re-applied on top of a new committed document (ids are in the operations). */
    const rebase = (gesture: Gesture | null, workspace: Workspace): Gesture | null => {
      if (!gesture) return null;
      const result = applyOperations(workspace, gesture.operations);
      return result.ok
        ? { ...gesture, preview: result.workspace }
        : { ...gesture, operations: [], preview: workspace };
    };

    const transact = (
      label: StepLabel,
      operations: readonly TreeOperation[],
    ): TransactionResult => {
      const { workspace, history, gesture } = get();
      if (!workspace) return { ok: false, error: 'unknown-metric', failedAt: 0 };
      const result = applyOperations(workspace, operations);
      if (!result.ok) return result;
      // An edit that changes nothing leaves no step.
      if (result.workspace === workspace) return { ok: true };
      set({
        workspace: result.workspace,
        history: record(history, workspace, label),
        gesture: rebase(gesture, result.workspace),
      });
      return { ok: true };
    };

    /** A single action's result, without the index of the operation (there is one). */
    const single = (result: TransactionResult): EditResult =>
      result.ok ? result : { ok: false, error: result.error };

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
          gesture: null,
        })),

      loadRecovered: ({ workspace, saved, path, revision, fromVersion }) =>
        set((state) => ({
          workspace,
          savedWorkspace: saved,
          path,
          revision,
          fromVersion,
          loadId: state.loadId + 1,
          history:
            saved && saved !== workspace
              ? record(emptyHistory(), saved, 'recover')
              : emptyHistory(),
          gesture: null,
        })),

      transact,

      addChildMetric: (parentId, fields, index) => {
        // The id is chosen here, so that the operation gives the same metric
        // every time it is applied.
        const id = fields.id ?? newId('m');
        const result = transact('addMetric', [
          {
            kind: 'add',
            parentId,
            fields: { ...fields, id },
            ...(index === undefined ? {} : { index }),
          },
        ]);
        return result.ok ? { ok: true, id } : { ok: false, error: result.error };
      },

      updateMetric: (id, patch) => {
        const metric = get().workspace?.metrics.find((m) => m.id === id);
        if (!metric) return { ok: false, error: 'unknown-metric' };
        // Committing a field without changing it must not leave an undo step or a dirty document.
        if (!changes(metric, patch)) return { ok: true };
        return single(transact(editLabel(patch), [{ kind: 'update', id, patch }]));
      },

      deleteMetric: (id) => single(transact('deleteMetric', [{ kind: 'delete', id }])),

      moveMetric: (id, newParentId, index) =>
        single(
          transact('moveMetric', [
            { kind: 'move', id, parentId: newParentId, ...(index === undefined ? {} : { index }) },
          ]),
        ),

      beginGesture: (label) => {
        const { workspace } = get();
        if (!workspace) return false;
        set({ gesture: { label, operations: [], preview: workspace } });
        return true;
      },

      previewGesture: (operations) => {
        const { workspace, gesture } = get();
        // A preview without a gesture is a bug in the caller, not a user's mistake.
        if (!workspace || !gesture) throw new Error('previewGesture without beginGesture');
        const result = applyOperations(workspace, operations);
        if (!result.ok) {
          set({ gesture: { ...gesture, operations: [], preview: workspace } });
          return result;
        }
        set({ gesture: { ...gesture, operations, preview: result.workspace } });
        return { ok: true };
      },

      commitGesture: () => {
        const { workspace, history, gesture } = get();
        if (!workspace || !gesture) return { ok: true };
        if (gesture.preview === workspace) {
          set({ gesture: null });
          return { ok: true };
        }
        set({
          workspace: gesture.preview,
          history: record(history, workspace, gesture.label),
          gesture: null,
        });
        return { ok: true };
      },

      cancelGesture: () => {
        if (get().gesture) set({ gesture: null });
      },

      undo: () => {
        const { workspace, history } = get();
        const step = workspace && stepBack(history, workspace);
        if (!step) return false;
        set({ ...step, gesture: null });
        return true;
      },

      redo: () => {
        const { workspace, history } = get();
        const step = workspace && stepForward(history, workspace);
        if (!step) return false;
        set({ ...step, gesture: null });
        return true;
      },

      markSaved: ({ path, revision, sent, written }) =>
        set((state) => {
          // Edits made while the save was in flight are not in the file: keep them (still dirty).
          const workspace = state.workspace === sent ? written : state.workspace;
          return {
            path,
            revision,
            savedWorkspace: written,
            workspace,
            history: replaceIn(state.history, sent, written),
            // The written document differs only in its save stamp: the gesture goes on, on top of it.
            gesture: workspace === state.workspace ? state.gesture : rebase(state.gesture, written),
          };
        }),
    };
  });
}

/** Unsaved changes: the document is not the one on disk. Undo back to it and it is clean again. */
export const isDirty = (state: DocumentState): boolean => state.workspace !== state.savedWorkspace;
export const canUndo = (state: DocumentState): boolean => state.history.past.length > 0;
export const canRedo = (state: DocumentState): boolean => state.history.future.length > 0;
/** The step Undo would undo (its label), for the button's tooltip. */
export const nextUndo = (state: DocumentState): StepLabel | null => undoLabel(state.history);
export const nextRedo = (state: DocumentState): StepLabel | null => redoLabel(state.history);

/** The document as views show it: the gesture's preview while one is in progress. */
export const shownWorkspace = (state: DocumentState): Workspace | null =>
  state.gesture?.preview ?? state.workspace;

/** The name of an edit's undo step, from the fields it changes. */
function editLabel(patch: MetricPatch): StepLabel {
  const fields = Object.keys(patch);
  if (fields.length !== 1) return 'editMetric';
  switch (fields[0]) {
    case 'name':
      return 'rename';
    case 'target':
    case 'stretchTarget':
    case 'baseline':
      return 'editTarget';
    case 'ownerId':
      return 'assignOwner';
    case 'departmentId':
      return 'assignDepartment';
    default:
      return 'editMetric';
  }
}

function changes(metric: Metric, patch: MetricPatch): boolean {
  return Object.entries(patch).some(
    ([key, value]) => JSON.stringify(metric[key as keyof Metric]) !== JSON.stringify(value),
  );
}

/** The app's document, shared by every view. Tests create their own with createDocumentStore(). */
export const documentStore = createDocumentStore();
