import { join } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { extensionsFor, type FileAccess, type FilePurpose } from '../../shared/files/purposes';
import type { Dialogs } from '../services/handlers';
import { createScriptedDialogs, DIALOG_ANSWERS_ENV } from './dialog-seam';
import type { ShellLabels } from './menu-labels';

/**
 * Native open/save dialogs, one kind per file purpose (title and filter from
 * shared/files/purposes.ts), titled in the app's language and modal to the
 * main window. What the user picks here is what the services will let the
 * renderer read or write (path policy `chosen`).
 */
export function createNativeDialogs(
  parentWindow: () => BrowserWindow | null,
  labels: () => ShellLabels,
): Dialogs {
  const filters = (purpose: FilePurpose, access: FileAccess, only?: string) => [
    {
      name: labels().dialog.filter[purpose],
      // Filters match one extension token; `northstar.bak` is reachable by typing its name.
      extensions: extensionsFor(purpose, access).filter(
        (extension) => !extension.includes('.') && (only === undefined || extension === only),
      ),
    },
  ];

  return {
    async chooseOpenPath({ purpose, defaultFolder }) {
      const options: Electron.OpenDialogOptions = {
        title: labels().dialog.open[purpose],
        defaultPath: defaultFolder,
        properties: ['openFile'],
        filters: filters(purpose, 'open'),
      };
      const parent = parentWindow();
      const answer = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return answer.canceled ? null : (answer.filePaths[0] ?? null);
    },

    async chooseSavePath({ purpose, suggestedName, defaultFolder }) {
      const extension = suggestedName.slice(suggestedName.lastIndexOf('.') + 1).toLowerCase();
      const options: Electron.SaveDialogOptions = {
        title: labels().dialog.save[purpose],
        // The services already made suggestedName a safe file name with its extension.
        defaultPath: join(defaultFolder, suggestedName),
        filters: filters(purpose, 'save', extension),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const parent = parentWindow();
      const answer = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return answer.canceled || !answer.filePath ? null : answer.filePath;
    },
  };
}

/** Native dialogs, unless the e2e seam is switched on (see dialog-seam.ts and src/main/README.md). */
export function createDialogs(
  parentWindow: () => BrowserWindow | null,
  labels: () => ShellLabels,
  /** From test-switches.ts: null unless set, and always null in a packaged app. */
  answersFile: string | null,
): { dialogs: Dialogs; scripted: boolean } {
  if (answersFile) {
    console.warn(
      `${DIALOG_ANSWERS_ENV} is set: file dialogs answer from ${answersFile} (test mode)`,
    );
    return { dialogs: createScriptedDialogs(answersFile), scripted: true };
  }
  return { dialogs: createNativeDialogs(parentWindow, labels), scripted: false };
}
