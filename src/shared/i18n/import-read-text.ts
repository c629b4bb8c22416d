import type { ReadFailure } from '../import/types';
import type { MessageRef } from './error-text';

const MB = 1024 * 1024;

/** The sentence that says why a spreadsheet could not be read (`import:read.<reason>`), with its numbers. */
export function readFailureMessage(failure: ReadFailure): MessageRef {
  const key = `import:read.${failure.reason}`;
  switch (failure.reason) {
    case 'too-large':
      return {
        key,
        params: {
          megabytes: (failure.bytes / MB).toFixed(1),
          limitMegabytes: Math.round(failure.limitBytes / MB),
        },
      };
    case 'too-many-cells':
      return { key, params: { limitCells: failure.limitCells.toLocaleString('en-US') } };
    case 'undecodable-text':
      return { key, params: { encoding: failure.encoding } };
    case 'timed-out':
      return { key, params: { seconds: failure.seconds } };
    default:
      return { key };
  }
}
