import type { Text } from '../ui/ui-store';

/** Why a file could not be opened or saved: the same sentences as the CLI prints. */
export {
  openErrorMessage as openErrorText,
  saveErrorMessage as saveErrorText,
} from '../../shared/i18n/error-text';

/** An exception is a bug or a lost host; say so plainly, with its text for the bug report. */
export function unexpectedText(error: unknown): Text {
  return {
    key: 'ui:errors.unexpected',
    params: { detail: error instanceof Error ? error.message : String(error) },
  };
}
