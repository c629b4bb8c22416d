import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { parseFormula } from './parse';

function run(text: string, values: Record<string, number | null> = {}) {
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(parsed.error.kind);
  return evaluate(parsed.ast, new Map(Object.entries(values)));
}

describe('evaluate', () => {
  it('computes with the input values', () => {
    expect(run('{a} * {b} / 100', { a: 200, b: 50 })).toEqual({ ok: true, value: 100 });
    expect(run('-{a}', { a: 0 })).toEqual({ ok: true, value: 0 });
    expect(Object.is((run('-{a}', { a: 0 }) as { value: number }).value, -0)).toBe(false);
  });

  it('names every missing input at once, a null or NaN value included', () => {
    expect(run('{a} + {b} + {c} + {a}', { b: 1, c: null })).toEqual({
      ok: false,
      diagnostic: { kind: 'missing-input', references: ['a', 'c'] },
    });
    expect(run('{a}', { a: Number.NaN })).toMatchObject({ diagnostic: { kind: 'missing-input' } });
  });

  it('is a diagnostic, never NaN or Infinity, for a zero divisor or an overflow', () => {
    expect(run('1 / ({a} - {a})', { a: 3 })).toEqual({
      ok: false,
      diagnostic: { kind: 'division-by-zero' },
    });
    expect(run('0 / 0')).toEqual({ ok: false, diagnostic: { kind: 'division-by-zero' } });
    expect(run('{a} * {a}', { a: 1e200 })).toEqual({
      ok: false,
      diagnostic: { kind: 'not-finite' },
    });
    expect(run('{a} / {b}', { a: 1e10, b: 1e-300 })).toMatchObject({
      diagnostic: { kind: 'not-finite' },
    });
  });
});
