import type { OpenError, SaveError } from '../../shared/ipc/contract';
import { openErrorMessage, saveErrorMessage } from '../../shared/i18n/error-text';
import type { Text } from '../ui/ui-store';

type Host = 'electron' | 'browser' | undefined;

/**
 * Why a file could not be opened or saved: the same sentences as the CLI
 * prints. A refused path means something else per host: in Electron a file
 * not chosen in a dialog, in the browser host a place outside the allowed
 * folders, and the user is told which.
 */
export function openErrorText(error: OpenError, host?: Host): Text {
  if (error.reason === 'not-allowed' && host === 'browser')
    return { key: 'errors:open.not-allowed-roots' };
  return openErrorMessage(error);
}

export function saveErrorText(error: SaveError, host?: Host): Text {
  if (error.reason === 'not-allowed' && host === 'browser')
    return { key: 'errors:save.not-allowed-roots' };
  return saveErrorMessage(error);
}

/** An exception is a bug or a lost host; say so plainly, with its text for the bug report. */
export function unexpectedText(error: unknown): Text {
  return {
    key: 'ui:errors.unexpected',
    params: { detail: error instanceof Error ? error.message : String(error) },
  };
}
