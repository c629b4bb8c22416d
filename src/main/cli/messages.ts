import type { TFunction } from 'i18next';
import type { OpenError, SaveError } from '../../shared/ipc/contract';

/** What the CLI prints for a failure: one sentence, then the details one per line. */
export interface Described {
  message: string;
  details: string[];
}

export function describeOpenError(t: TFunction, error: OpenError): Described {
  const key = `errors:open.${error.reason}`;
  switch (error.reason) {
    case 'too-large':
      return {
        message: t(key, { megabytes: (error.bytes / 1024 / 1024).toFixed(1) }),
        details: [],
      };
    case 'io-error':
      return { message: t(key, { detail: error.detail }), details: [] };
    case 'not-json':
      return { message: t(key), details: error.detail ? [error.detail] : [] };
    case 'too-new':
    case 'unsupported-version':
      return { message: t(key, { version: error.version }), details: [] };
    case 'invalid':
      return { message: t(key, { problems: summary(error.problems) }), details: error.problems };
    case 'broken-tree': {
      const rules = [...new Set(error.violations.map((v) => v.rule))].join(', ');
      const details = error.violations.map((v) => (v.id ? `${v.rule}: ${v.id}` : v.rule));
      return { message: t(key, { rules }), details };
    }
    default:
      return { message: t(key), details: [] };
  }
}

export function describeSaveError(t: TFunction, error: SaveError): Described {
  const key = `errors:save.${error.reason}`;
  switch (error.reason) {
    case 'io-error':
      return { message: t(key, { detail: error.detail }), details: [] };
    case 'invalid-workspace':
      return { message: t(key, { problems: summary(error.problems) }), details: error.problems };
    default:
      return { message: t(key), details: [] };
  }
}

/** The first problem in the sentence; all of them follow as details. */
function summary(problems: string[]): string {
  const [first = '', ...more] = problems;
  return more.length > 0 ? `${first} (+${more.length})` : first;
}
