import type { OpenError, SaveError } from '../../shared/ipc/contract';
import type { Text } from '../ui/ui-store';

/** The message for why a file could not be opened, from the shared `errors` namespace. */
export function openErrorText(error: OpenError): Text {
  const key = `errors:open.${error.reason}`;
  switch (error.reason) {
    case 'too-large':
      return { key, params: { megabytes: (error.bytes / 1024 / 1024).toFixed(1) } };
    case 'not-json':
    case 'io-error':
      return { key, params: { detail: error.detail } };
    case 'too-new':
    case 'unsupported-version':
      return { key, params: { version: error.version } };
    case 'invalid':
      return { key, params: { problems: error.problems.join('; ') } };
    case 'broken-tree':
      return {
        key,
        params: { rules: [...new Set(error.violations.map((v) => v.rule))].join(', ') },
      };
    default:
      return { key };
  }
}

export function saveErrorText(error: SaveError): Text {
  const key = `errors:save.${error.reason}`;
  switch (error.reason) {
    case 'io-error':
      return { key, params: { detail: error.detail } };
    case 'invalid-workspace':
      return { key, params: { problems: error.problems.join('; ') } };
    default:
      return { key };
  }
}

/** An exception is a bug or a lost host; say so plainly, with its text for the bug report. */
export function unexpectedText(error: unknown): Text {
  return {
    key: 'ui:errors.unexpected',
    params: { detail: error instanceof Error ? error.message : String(error) },
  };
}
