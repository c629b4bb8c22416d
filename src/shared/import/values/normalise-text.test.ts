import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise-text';

describe('normaliseText', () => {
  it('turns full-width digits, letters and signs half-width', () => {
    expect(normaliseText('１２００')).toBe('1200');
    expect(normaliseText('ＫＰＩ')).toBe('KPI');
    expect(normaliseText('９８％')).toBe('98%');
    expect(normaliseText('＜５　＞３　９５～９９')).toBe('<5 >3 95~99');
    expect(normaliseText('１，２００')).toBe('1,200');
  });

  it('collapses runs of spaces, tabs, NBSP and ideographic spaces', () => {
    expect(normaliseText('项  目')).toBe('项 目');
    expect(normaliseText('a\t\tb')).toBe('a b');
    expect(normaliseText('a\u00a0\u00a0b')).toBe('a b');
    expect(normaliseText('a\u3000b')).toBe('a b');
  });

  it('trims, and strips zero-width characters, BOM and soft hyphens', () => {
    expect(normaliseText('  权重  ')).toBe('权重');
    expect(normaliseText('\ufeff权\u200b重\u200d')).toBe('权重');
    expect(normaliseText('we\u00adight')).toBe('weight');
  });

  it('keeps line breaks as \\n, one per break, without spaces around them', () => {
    expect(normaliseText('代码质量 \r\n (代码逻辑，bug数量) \r45%')).toBe(
      '代码质量\n(代码逻辑,bug数量)\n45%',
    );
    expect(normaliseText('TÊN KPI\n\n\nName of KPI')).toBe('TÊN KPI\nName of KPI');
    expect(normaliseText('a\u2028b')).toBe('a\nb');
  });

  it('keeps circled numbers and superscripts that NFKC would flatten', () => {
    expect(normaliseText('①≥８５％ ②≤９％')).toBe('①≥85% ②≤9%');
    expect(normaliseText('２０ m²')).toBe('20 m²');
  });

  it('leaves plain ASCII as it is', () => {
    expect(normaliseText('Target value')).toBe('Target value');
    expect(normaliseText('')).toBe('');
  });

  it('is idempotent', () => {
    for (const text of ['１２００ 万元', ' a \n b ', '①２', '\u3000x\u00a0']) {
      expect(normaliseText(normaliseText(text))).toBe(normaliseText(text));
    }
  });
});
