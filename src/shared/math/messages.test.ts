import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n';
import type { FormulaError } from './formula/references';
import {
  formulaErrorMessage,
  rollUpDiagnosticMessage,
  splitDownReasonMessage,
  unitCheckMessages,
  type MathMessage,
} from './messages';
import type { RollUpDiagnostic } from './relation';
import type { SplitDownReason } from './split-down';

const names: Record<string, string> = { m_a: '访客数', m_b: '转化率', m_self: 'GMV' };
const nameOf = (id: string) => names[id] ?? id;

const formulaErrors: FormulaError[] = [
  { kind: 'empty' },
  { kind: 'too-long', limit: 4000 },
  { kind: 'too-deep', position: 3 },
  { kind: 'number-out-of-range', position: 0 },
  {
    kind: 'syntax',
    position: 1,
    expected: ['operator', 'end'],
    found: ',',
    hint: 'thousands-separator',
  },
  {
    kind: 'syntax',
    position: 1,
    expected: ['operator', 'end'],
    found: 'x',
    hint: 'implicit-multiplication',
  },
  { kind: 'syntax', position: 6, expected: ['operator', ')'], found: null },
  { kind: 'syntax', position: 9, expected: [']'], found: null },
  { kind: 'syntax', position: 3, expected: ['number', 'reference', '('], found: null },
  { kind: 'syntax', position: 4, expected: ['number', 'reference', '('], found: ')' },
  { kind: 'unknown-reference', name: '转化率', position: 0 },
  { kind: 'ambiguous-reference', name: '访客数', position: 0, ids: ['m_a', 'm_x'] },
  { kind: 'self-reference', position: 0 },
  { kind: 'cycle', position: 0, path: ['m_self', 'm_a', 'm_self'] },
  { kind: 'unstorable-id', id: 'm a', position: 0 },
];
const diagnostics: RollUpDiagnostic[] = [
  { kind: 'missing-input', ids: ['m_a', 'm_b'] },
  { kind: 'division-by-zero' },
  { kind: 'not-finite' },
  { kind: 'cycle', ids: ['m_a', 'm_b'] },
  { kind: 'ratio-incomplete', missing: ['numerator'] },
  { kind: 'formula-empty' },
  { kind: 'formula-invalid', error: { kind: 'empty' } },
  { kind: 'formula-unknown-reference', ids: ['m_gone'] },
];
const reasons: SplitDownReason[] = [
  { kind: 'unknown-metric' },
  { kind: 'no-target' },
  { kind: 'no-inputs' },
  { kind: 'method-not-for-relation', method: 'equal', relation: 'product' },
  { kind: 'not-an-input', id: 'm_a' },
  { kind: 'all-fixed' },
  { kind: 'missing-baselines', ids: ['m_a'] },
  { kind: 'baselines-not-positive', ids: ['m_a'] },
  { kind: 'missing-weights', ids: ['m_a'] },
  { kind: 'missing-targets', ids: ['m_a'] },
  { kind: 'zero-total', of: 'baselines' },
  { kind: 'zero-total', of: 'weights' },
  { kind: 'zero-total', of: 'coefficients' },
  { kind: 'division-by-zero' },
  { kind: 'no-solution' },
  { kind: 'relation-incomplete', diagnostic: { kind: 'formula-empty' } },
];

const messages: MathMessage[] = [
  ...formulaErrors.map((error) => formulaErrorMessage(error, nameOf)),
  ...diagnostics.map((diagnostic) => rollUpDiagnosticMessage(diagnostic, nameOf)),
  ...reasons.map((reason) => splitDownReasonMessage(reason, nameOf)),
  ...unitCheckMessages(
    { mixed: ['元', '件'], parentDiffers: { own: '万元', inputs: '元' }, unknown: ['m_a'] },
    nameOf,
  ),
];

describe('math messages', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`every typed result has a sentence in ${locale}, with its values filled in`, () => {
      const i18n = createI18n(locale);
      for (const message of messages) {
        expect(i18n.exists(message.key), message.key).toBe(true);
        const text = i18n.t(message.key, { ...message.params });
        expect(text, message.key).not.toMatch(/\{\{|\$t\(|errors:/);
      }
    });
  }

  it('lists names the way each language does, and says which relation', () => {
    const message = rollUpDiagnosticMessage(
      { kind: 'missing-input', ids: ['m_a', 'm_b', 'm_c'] },
      nameOf,
    );
    expect(createI18n('zh-CN').t(message.key, { ...message.params })).toBe(
      '还没有目标值：访客数、转化率和m_c。',
    );
    expect(createI18n('en').t(message.key, { ...message.params })).toBe(
      'No target yet: 访客数, 转化率, and m_c.',
    );
    const relation = splitDownReasonMessage(
      { kind: 'method-not-for-relation', method: 'equal', relation: 'product' },
      nameOf,
    );
    expect(createI18n('zh-CN').t(relation.key, { ...relation.params })).toContain('“乘积”');
    expect(createI18n('en').t(relation.key, { ...relation.params })).toContain('to a product');
  });

  it('points at the column, counting from 1', () => {
    expect(formulaErrorMessage({ kind: 'too-deep', position: 0 }, nameOf).params).toEqual({
      column: 1,
    });
  });
});
