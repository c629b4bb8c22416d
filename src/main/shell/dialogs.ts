import { join } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { WORKSPACE_EXTENSION } from '../../shared/workspace/format';
import type { Dialogs } from '../services/handlers';
import { createScriptedDialogs, DIALOG_ANSWERS_ENV } from './dialog-seam';
import type { ShellLabels } from './menu-labels';

/**
 * Native open/save dialogs for workspace files, titled in the app's language
 * and modal to the main window. What the user picks here is what the services
 * will let the renderer read or write (pathPolicy 'chosen-only').
 */
export function createNativeDialogs(
  parentWindow: () => BrowserWindow | null,
  labels: () => ShellLabels,
): Dialogs {
  const filters = () => [
    { name: labels().dialog.workspaceFilter, extensions: [WORKSPACE_EXTENSION] },
  ];

  return {
    async chooseOpenPath(defaultFolder) {
      const options: Electron.OpenDialogOptions = {
        title: labels().dialog.openTitle,
        defaultPath: defaultFolder,
        properties: ['openFile'],
        filters: filters(),
      };
      const parent = parentWindow();
      const answer = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return answer.canceled ? null : (answer.filePaths[0] ?? null);
    },

    async chooseSavePath(suggestedName, defaultFolder) {
      const options: Electron.SaveDialogOptions = {
        title: labels().dialog.saveTitle,
        // The services already made suggestedName a safe file name.
        defaultPath: join(defaultFolder, suggestedName),
        filters: filters(),
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
): { dialogs: Dialogs; scripted: boolean } {
  const answersFile = process.env[DIALOG_ANSWERS_ENV];
  if (answersFile) {
    console.warn(
      `${DIALOG_ANSWERS_ENV} is set: file dialogs answer from ${answersFile} (test mode)`,
    );
    return { dialogs: createScriptedDialogs(answersFile), scripted: true };
  }
  return { dialogs: createNativeDialogs(parentWindow, labels), scripted: false };
}
