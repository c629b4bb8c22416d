import type { OpenError, SaveError } from '../ipc/contract';

/** A message as a key and its values, translated where it is shown (so a language switch re-renders it). */
export interface MessageRef {
  key: string;
  params?: Record<string, string | number>;
}

/**
 * The one sentence that says why a file could not be opened, for the app's
 * dialog and the CLI alike.
 */
export function openErrorMessage(error: OpenError): MessageRef {
  const key = `errors:open.${error.reason}`;
  switch (error.reason) {
    case 'too-large':
      return { key, params: { megabytes: (error.bytes / 1024 / 1024).toFixed(1) } };
    case 'not-json':
      return { key, params: { line: error.line, column: error.column } };
    case 'io-error':
      return { key, params: { detail: error.detail } };
    case 'too-new':
    case 'unsupported-version':
      return { key, params: { version: error.version } };
    case 'invalid':
      return { key, params: { problems: summarize(error.problems) } };
    case 'broken-tree':
      // The message explains the first broken rule in words (errors:rule.*);
      // the CLI lists every violation with its id.
      return { key, params: { rule: error.violations[0]?.rule ?? 'cycle' } };
    default:
      return { key };
  }
}

export function saveErrorMessage(error: SaveError): MessageRef {
  const key = `errors:save.${error.reason}`;
  switch (error.reason) {
    case 'io-error':
      return { key, params: { detail: error.detail } };
    case 'invalid-workspace':
      return { key, params: { problems: summarize(error.problems) } };
    default:
      return { key };
  }
}

/** The first few problems in one line, with how many more there are. */
function summarize(problems: string[]): string {
  const shown = problems.slice(0, 3).join('; ');
  return problems.length > 3 ? `${shown} (+${problems.length - 3})` : shown;
}
