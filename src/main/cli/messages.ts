import type { TFunction } from 'i18next';
import { openErrorMessage, saveErrorMessage } from '../../shared/i18n/error-text';
import type { OpenError, SaveError } from '../../shared/ipc/contract';

/** What the CLI prints for a failure: one sentence, then the details one per line. */
export interface Described {
  message: string;
  details: string[];
}

export function describeOpenError(t: TFunction, error: OpenError): Described {
  const { key, params } = openErrorMessage(error);
  const message = t(key, params);
  switch (error.reason) {
    case 'invalid':
      return { message, details: error.problems };
    case 'broken-tree':
      return {
        message,
        details: error.violations.map((v) => (v.id ? `${v.rule}: ${v.id}` : v.rule)),
      };
    default:
      return { message, details: [] };
  }
}

export function describeSaveError(t: TFunction, error: SaveError): Described {
  const { key, params } = saveErrorMessage(error);
  const details = error.reason === 'invalid-workspace' ? error.problems : [];
  return { message: t(key, params), details };
}
