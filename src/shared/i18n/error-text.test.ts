import { describe, expect, it } from 'vitest';
import type { OpenError, SaveError } from '../ipc/contract';
import type { InvariantViolation } from '../workspace/invariants';
import { openErrorMessage, saveErrorMessage } from './error-text';
import { createI18n } from './index';

const openErrors: OpenError[] = [
  { reason: 'not-found' },
  { reason: 'permission-denied' },
  { reason: 'is-directory' },
  { reason: 'not-allowed' },
  { reason: 'disk-full' },
  { reason: 'io-error', detail: 'EIO' },
  { reason: 'empty' },
  { reason: 'too-large', bytes: 70 * 1024 * 1024 },
  { reason: 'truncated' },
  { reason: 'not-json', line: 3, column: 14 },
  { reason: 'not-utf8' },
  { reason: 'not-workspace' },
  { reason: 'too-new', version: 99 },
  { reason: 'unsupported-version', version: 0 },
  { reason: 'invalid', problems: ['metrics.0.target: expected number', 'meta.name: required'] },
  { reason: 'broken-tree', violations: [{ rule: 'cycle', id: 'm_a' }] },
];
const saveErrors: SaveError[] = [
  { reason: 'changed-on-disk' },
  { reason: 'invalid-workspace', problems: ['meta.id: required'] },
  { reason: 'io-error', detail: 'EIO' },
  { reason: 'disk-full' },
];

describe.each(['zh-CN', 'en'] as const)('error messages in %s', (locale) => {
  const i18n = createI18n(locale);
  const render = ({ key, params }: { key: string; params?: Record<string, string | number> }) =>
    i18n.t(key, params);

  it.each(openErrors.map((error) => [error.reason, error] as const))(
    'open failure %s reads as a finished sentence',
    (_reason, error) => {
      const text = render(openErrorMessage(error));
      expect(text).not.toMatch(/\{\{|\$t\(|errors:/);
      expect(text.length).toBeGreaterThan(4);
    },
  );

  it.each(saveErrors.map((error) => [error.reason, error] as const))(
    'save failure %s reads as a finished sentence',
    (_reason, error) => {
      expect(render(saveErrorMessage(error))).not.toMatch(/\{\{|\$t\(|errors:/);
    },
  );

  it('names the version of a too-new file and the size of a too-large one', () => {
    expect(render(openErrorMessage({ reason: 'too-new', version: 99 }))).toContain('99');
    expect(render(openErrorMessage({ reason: 'too-large', bytes: 70 * 1024 * 1024 }))).toContain(
      '70.0',
    );
  });

  it('explains each broken tree rule in words, not by its id', () => {
    const rules: InvariantViolation['rule'][] = [
      'duplicate-id',
      'no-north-star',
      'several-north-stars',
      'north-star-not-strategy',
      'missing-parent',
      'cycle',
      'bad-cross-parent',
      'cross-link-cycle',
      'unknown-person',
      'unknown-department',
      'unknown-position',
    ];
    const texts = rules.map((rule) =>
      render(openErrorMessage({ reason: 'broken-tree', violations: [{ rule, id: 'x' }] })),
    );
    for (const [index, text] of texts.entries()) expect(text).not.toContain(rules[index]);
    expect(new Set(texts).size).toBe(rules.length);
  });
});
