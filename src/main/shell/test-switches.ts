import path from 'node:path';
import { DIALOG_ANSWERS_ENV } from './dialog-seam';

/**
 * The environment variables that let e2e tests take over parts of the app,
 * and the rule that they work only in an unpackaged build (a development
 * checkout, the e2e fixture). In a packaged app they are ignored with a
 * warning on stderr: whoever can set a variable for the user's session must
 * not be able to answer the user's file dialogs (and so grant the page any
 * path) or swap the data folder (settings, the recent list that also grants
 * paths, and Chromium's profile with the crash-recovery journal).
 *
 * NSS_WORKSPACE_DIR is deliberately not one of them: it only moves the folder
 * Save As suggests and dialogs start in. It grants nothing (the user still
 * picks in a native dialog), it is read in plain Node by paths.ts for every
 * host alike, and an administrator may reasonably point it at a shared drive.
 *
 * Plain Node (no electron import), so it is unit-tested.
 */

export const DATA_DIR_ENV = 'NSS_DATA_DIR';

export interface TestSwitches {
  /** NSS_E2E_DIALOG_ANSWERS: scripted answers instead of native dialogs (dialog-seam.ts). */
  dialogAnswersFile: string | null;
  /** NSS_DATA_DIR: the app's data folder and Chromium's profile, fresh for each e2e test. */
  dataDir: string | null;
  /** The switches that were set but ignored, because the app is packaged. */
  ignored: string[];
}

export function readTestSwitches(
  env: Record<string, string | undefined>,
  isPackaged: boolean,
): TestSwitches {
  const ignored: string[] = [];
  const read = (name: string): string | null => {
    const value = env[name];
    // Unset and empty mean the same: an empty NSS_DATA_DIR must not become the cwd.
    if (value === undefined || value === '') return null;
    if (isPackaged) {
      ignored.push(name);
      return null;
    }
    // Electron's app.setPath wants an absolute path; the seam reads the file later, after a chdir maybe.
    return path.resolve(value);
  };
  return { dialogAnswersFile: read(DIALOG_ANSWERS_ENV), dataDir: read(DATA_DIR_ENV), ignored };
}

export function ignoredSwitchWarning(name: string): string {
  return `${name} is ignored: test switches work only in an unpackaged build`;
}
