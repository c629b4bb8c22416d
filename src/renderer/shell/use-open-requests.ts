import { useEffect } from 'react';
import type { StudioContext } from '../commands/context';
import { confirmDiscard, openPath } from '../commands/workspace-commands';
import type { UiStore } from '../ui/ui-store';

/**
 * Files the host asks the app to open: in Electron, a .northstar file
 * double-clicked in the file manager or passed on the command line, also to a
 * second instance (which hands it to this window and quits). The host has
 * already allowed the path; the renderer opens it like any other file: unsaved
 * changes are offered for saving first, a file that cannot be opened is
 * explained and the current document stays.
 *
 * A request that arrives while the app is still starting (the start-up file
 * itself, a recovery question on screen) waits until start-up is done, so it
 * is the last thing opened and never races the document start-up shows.
 * Requests are handled one at a time, in the order they came.
 */
export function listenForOpenRequests(studio: StudioContext): () => void {
  let line: Promise<void> = Promise.resolve();
  return studio.host.onOpenFileRequest((path) => {
    line = line.then(() => openRequestedFile(studio, path));
  });
}

/** One request: a request already taken is honoured even if the listener is gone by then. */
async function openRequestedFile(studio: StudioContext, path: string): Promise<void> {
  try {
    await untilReady(studio.ui);
    if (!(await confirmDiscard(studio))) return;
    await openPath(studio, path);
  } catch (error) {
    // openPath explains its own failures; this is only for the unforeseen.
    console.error('Could not open the requested file', error);
  }
}

/** Resolves once start-up has shown a document (never, if start-up failed). */
function untilReady(ui: UiStore): Promise<void> {
  if (ui.getState().appState === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = ui.subscribe((state) => {
      if (state.appState !== 'ready') return;
      unsubscribe();
      resolve();
    });
  });
}

export function useOpenRequests(studio: StudioContext): void {
  useEffect(() => listenForOpenRequests(studio), [studio]);
}
