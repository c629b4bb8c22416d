import { describe, expect, it } from 'vitest';
import type { ReadFailure } from '../import/types';
import { createI18n } from './index';
import { readFailureMessage } from './import-read-text';

const EVERY_FAILURE: ReadFailure[] = [
  { reason: 'not-a-spreadsheet' },
  { reason: 'damaged', detail: 'x' },
  { reason: 'password-protected' },
  { reason: 'empty-workbook' },
  { reason: 'too-large', bytes: 200 * 1024 * 1024, limitBytes: 100 * 1024 * 1024 },
  { reason: 'too-many-cells', limitCells: 2_000_000 },
  { reason: 'expands-too-much' },
  { reason: 'undecodable-text', encoding: 'big5' },
  { reason: 'timed-out', seconds: 60 },
  { reason: 'cancelled' },
];

describe('readFailureMessage', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`gives every read failure a sentence with its numbers filled in (${locale})`, () => {
      const i18n = createI18n(locale);
      for (const failure of EVERY_FAILURE) {
        const { key, params } = readFailureMessage(failure);
        expect(i18n.exists(key), key).toBe(true);
        const text = i18n.t(key, params);
        expect(text, key).not.toMatch(/{{|\$t\(|import:read/);
      }
      const large = readFailureMessage(EVERY_FAILURE[4] as ReadFailure);
      const tooLarge = i18n.t(large.key, large.params);
      expect(tooLarge).toContain('200.0');
      expect(tooLarge).toContain('100');
      const big5 = readFailureMessage({ reason: 'undecodable-text', encoding: 'big5' });
      expect(i18n.t(big5.key, big5.params)).toContain('Big5');
      expect(i18n.t('import:read.too-many-cells', { limitCells: '2,000,000' })).toContain(
        '2,000,000',
      );
    });
  }
});
