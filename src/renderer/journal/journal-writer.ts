import type { Workspace } from '../../shared/workspace/schema';
import { isDirty, type DocumentState, type DocumentStore } from '../document/document-store';
import type { UiStore } from '../ui/ui-store';
import type { Journal } from './journal';

/**
 * Keeps the journal in step with the document: while there are unsaved
 * changes, the document is written ~1 s after the last edit (and at once when
 * the window is hidden or closed, see page-lifecycle.ts); once it is clean
 * again — saved, undone back to the file, or another clean document loaded —
 * the entry is cleared. Nothing here blocks an edit: writes run after it, one
 * at a time, and a failing IndexedDB is logged once and otherwise ignored.
 */

export const JOURNAL_DELAY_MS = 1000;

export interface JournalWriterOptions {
  documents: DocumentStore;
  ui: UiStore;
  journal: Journal;
  now(): Date;
  delayMs?: number;
  /** Where the one failure report goes (console.warn in the app). */
  warn?: (message: string, error: unknown) => void;
}

export interface JournalWriter {
  /** Write a pending change now (the window is being hidden or closed). */
  flush(): Promise<void>;
  /** Every write and clear asked for so far has finished (tests). */
  idle(): Promise<void>;
  stop(): void;
}

export function startJournalWriter(options: JournalWriterOptions): JournalWriter {
  const { documents, ui, journal, now } = options;
  const delayMs = options.delayMs ?? JOURNAL_DELAY_MS;
  const warn = options.warn ?? ((message, error) => console.warn(message, error));

  let timer: ReturnType<typeof setTimeout> | null = null;
  /** What the journal holds, as far as we know: 'unknown' until the first write or clear. */
  let holds: Workspace | 'empty' | 'unknown' = 'unknown';
  let queue: Promise<void> = Promise.resolve();
  let warned = false;

  const cancelTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  /** One IndexedDB operation at a time, in order: a clear never overtakes a write. */
  const enqueue = (operation: () => Promise<void>) => {
    queue = queue.then(operation).catch((error: unknown) => {
      holds = 'unknown';
      ui.getState().setBackup('failed');
      if (warned) return;
      warned = true;
      warn('Crash-recovery journal unavailable; unsaved edits are kept in memory only.', error);
    });
    return queue;
  };

  const write = () => {
    cancelTimer();
    const state = documents.getState();
    const workspace = state.workspace;
    if (!workspace || !isDirty(state) || holds === workspace) return queue;
    holds = workspace;
    const entry = {
      workspace,
      path: state.path,
      revision: state.revision,
      name: workspace.meta.name,
      writtenAt: now().toISOString(),
    };
    return enqueue(async () => {
      await journal.write(entry);
      // Only "backed up" if nothing changed while the write was on its way.
      if (documents.getState().workspace === workspace) ui.getState().setBackup('written');
    });
  };

  const clear = () => {
    cancelTimer();
    ui.getState().setBackup('none');
    if (holds === 'empty') return;
    holds = 'empty';
    void enqueue(() => journal.clear());
  };

  const onChange = (state: DocumentState) => {
    if (!isDirty(state) || !state.workspace) {
      clear();
      return;
    }
    if (state.workspace === holds) return;
    ui.getState().setBackup('pending');
    cancelTimer();
    timer = setTimeout(() => void write(), delayMs);
  };

  const unsubscribe = documents.subscribe((state, previous) => {
    if (
      state.workspace !== previous.workspace ||
      state.savedWorkspace !== previous.savedWorkspace ||
      state.path !== previous.path ||
      state.revision !== previous.revision
    ) {
      onChange(state);
    }
  });
  // Start from what is showing now: a restored document is written again, a clean one clears.
  onChange(documents.getState());

  return {
    flush: () => (timer === null ? queue : write()),
    idle: () => queue,
    stop: () => {
      cancelTimer();
      unsubscribe();
    },
  };
}
