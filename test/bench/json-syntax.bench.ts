import { bench, describe } from 'vitest';
import { findJsonSyntaxError } from '../../src/shared/workspace/json-syntax';

/**
 * The not-json error's position on a file at the 64 MB limit whose only
 * mistake is near the end (the worst case: everything is scanned). The
 * scanner runs only after JSON.parse has failed, so the cost a user waits for
 * is the two together; JSON.parse alone is the bare figure.
 */
const text = '{"rows": [' + '"一行内容，数字 12345",'.repeat(4_000_000) + '0 0]}';

describe(`locate a syntax error in ${(text.length / 1e6).toFixed(0)} M characters`, () => {
  bench(
    'bare JSON.parse (throws)',
    () => {
      try {
        JSON.parse(text);
      } catch {
        // expected
      }
    },
    { time: 3_000 },
  );
  bench(
    'findJsonSyntaxError',
    () => {
      if (!findJsonSyntaxError(text)) throw new Error('the error was not found');
    },
    { time: 3_000 },
  );
});
