import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormulaNode } from './ast';
import { evaluate } from './evaluate';
import { MAX_NESTING, parseFormula } from './parse';
import { plainDecimal, printFormula } from './print';

/** The tree without positions (and, when asked, without the parentheses the room wrote). */
function shape(node: FormulaNode, keepGroups = true): unknown {
  switch (node.kind) {
    case 'number':
      return { n: node.value, percent: node.percent };
    case 'reference':
      return { ref: node.ref, form: node.form };
    case 'negate':
      return { negate: shape(node.operand, keepGroups) };
    case 'group':
      return keepGroups ? { group: shape(node.inner, keepGroups) } : shape(node.inner, keepGroups);
    case 'binary':
      return [shape(node.left, keepGroups), node.operator, shape(node.right, keepGroups)];
  }
}

function value(text: string, values: Record<string, number> = {}): number | string {
  const parsed = parseFormula(text);
  if (!parsed.ok) return `error:${parsed.error.kind}`;
  const result = evaluate(parsed.ast, new Map(Object.entries(values)));
  return result.ok ? result.value : `diagnostic:${result.diagnostic.kind}`;
}

describe('parseFormula', () => {
  it('reads arithmetic with the usual precedence, left to right', () => {
    expect(value('1 + 2 * 3')).toBe(7);
    expect(value('(1 + 2) * 3')).toBe(9);
    expect(value('10 - 4 - 3')).toBe(3);
    expect(value('12 / 3 / 2')).toBe(2);
    expect(value('-2 * -3')).toBe(6);
    expect(value('--2')).toBe(2);
    expect(value('+5')).toBe(5);
    expect(value('.5 + 0.25')).toBe(0.75);
    expect(value('15%')).toBe(0.15);
    expect(value('200 * 15%')).toBe(30);
  });

  it('reads what a Chinese IME and a maths keyboard type', () => {
    expect(value('6 × 7')).toBe(42);
    expect(value('84 ÷ 2')).toBe(42);
    expect(value('50 − 8')).toBe(42);
    expect(value('（40 ＋ 2）＊ 1')).toBe(42);
    expect(value('４２')).toBe(42);
    expect(value('4２．5 － 0.5')).toBe(42);
    expect(value('84％ × 50')).toBe(42);
    expect(value('1\u3000+\t1\n')).toBe(2);
  });

  it('reads references in the stored form and the editor forms', () => {
    const parsed = parseFormula(
      '{m_ab12} * 访客数 + [Conversion rate] - 「新客 首单数」 / 【客单价】',
    );
    expect(parsed.ok && parsed.references).toEqual([
      'm_ab12',
      '访客数',
      'Conversion rate',
      '新客 首单数',
      '客单价',
    ]);
    const forms = parsed.ok ? printFormula(parsed.ast) : '';
    expect(forms).toBe('{m_ab12} * 访客数 + [Conversion rate] - [新客 首单数] / 客单价');
    expect(value('GMV_2026 * 2', { GMV_2026: 21 })).toBe(42);
    // Names of any script, digits after the first letter.
    expect(parseFormula('Umsatz + ventes_été + 売上2').ok).toBe(true);
  });

  it('lists each reference once, in reading order', () => {
    const parsed = parseFormula('b + a * b - (a)');
    expect(parsed.ok && parsed.references).toEqual(['b', 'a']);
  });

  it('refuses 1,200 with a hint, and says where', () => {
    const parsed = parseFormula('1,200 * 3');
    expect(parsed).toEqual({
      ok: false,
      error: {
        kind: 'syntax',
        position: 1,
        expected: ['operator', 'end'],
        found: ',',
        hint: 'thousands-separator',
      },
    });
  });

  it('refuses implicit multiplication with a hint', () => {
    for (const text of ['2x', '2 (3)', 'a b', '(a)(b)']) {
      const parsed = parseFormula(text);
      expect(!parsed.ok && parsed.error.kind === 'syntax' && parsed.error.hint, text).toBe(
        'implicit-multiplication',
      );
    }
  });

  it('gives the position and what was expected', () => {
    expect(parseFormula('1 +')).toEqual({
      ok: false,
      error: { kind: 'syntax', position: 3, expected: ['number', 'reference', '('], found: null },
    });
    expect(parseFormula('(1 + 2')).toMatchObject({
      error: { kind: 'syntax', position: 6, expected: ['operator', ')'], found: null },
    });
    expect(parseFormula('1 + )')).toMatchObject({ error: { position: 4, found: ')' } });
    expect(parseFormula('[Conversion rate')).toMatchObject({
      error: { kind: 'syntax', position: 16, expected: [']'] },
    });
    expect(parseFormula('{m a}')).toMatchObject({ error: { position: 2, expected: ['}'] } });
    expect(parseFormula('[ ]')).toMatchObject({ error: { position: 2, expected: ['reference'] } });
    expect(parseFormula('5.')).toMatchObject({ error: { position: 2, expected: ['number'] } });
    expect(parseFormula('a%')).toMatchObject({ error: { position: 1, found: '%' } });
    expect(parseFormula('  ')).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(parseFormula('1e6')).toMatchObject({ error: { hint: 'implicit-multiplication' } });
    expect(parseFormula('9'.repeat(400))).toMatchObject({ error: { kind: 'number-out-of-range' } });
  });

  it('bounds nesting and length instead of overflowing the stack', () => {
    const deep = '('.repeat(MAX_NESTING + 1) + '1' + ')'.repeat(MAX_NESTING + 1);
    expect(parseFormula(deep)).toMatchObject({ ok: false, error: { kind: 'too-deep' } });
    expect(parseFormula('-'.repeat(5000) + '1')).toMatchObject({ ok: false });
    expect(parseFormula('(1)'.repeat(2000))).toMatchObject({
      ok: false,
      error: { kind: 'too-long' },
    });
    const ok = '('.repeat(MAX_NESTING) + '1' + ')'.repeat(MAX_NESTING);
    expect(parseFormula(ok).ok).toBe(true);
    // The longest chain it accepts prints and evaluates (both walk the whole chain).
    const chain = Array.from({ length: 1999 }, () => '1').join('+');
    const parsed = parseFormula(chain);
    expect(parsed.ok && printFormula(parsed.ast).length).toBeGreaterThan(0);
    expect(value(chain)).toBe(1999);
  });

  it('never evaluates anything but arithmetic', () => {
    const attacks = [
      'constructor',
      '__proto__',
      'process.exit()',
      'process.exit(1)',
      '{toString}',
      'toString()',
      'globalThis',
      'this',
      'alert`1`',
      'a = 1',
      'a; b',
      'import("fs")',
      '"1" + 1',
      "require('child_process')",
      'Math.max(1, 2)',
      '[].constructor.constructor("return 1")()',
      'x => x',
      '1 ** 2',
      '1 % 2',
      '${1}',
    ];
    for (const text of attacks) {
      const parsed = parseFormula(text);
      if (!parsed.ok) continue;
      // What parses is arithmetic over references that are not inputs: nothing to look up.
      const result = evaluate(parsed.ast, new Map());
      expect(result.ok, text).toBe(false);
      expect(!result.ok && result.diagnostic.kind, text).toBe('missing-input');
    }
    expect(parseFormula('process.exit()').ok).toBe(false);
    expect(parseFormula('constructor').ok).toBe(true);
    const looked = evaluate(
      (parseFormula('constructor + __proto__') as { ast: FormulaNode }).ast,
      new Map([['x', 1]]),
    );
    expect(looked).toEqual({
      ok: false,
      diagnostic: { kind: 'missing-input', references: ['constructor', '__proto__'] },
    });
  });
});

describe('properties', () => {
  it('never throws on any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })),
        (text) => {
          const parsed = parseFormula(text);
          expect(typeof parsed.ok).toBe('boolean');
        },
      ),
      { numRuns: 2000 },
    );
  });

  /** Texts made of the grammar's own pieces, valid or nearly so. */
  const pieces = fc.constantFrom(
    '1',
    '0',
    '2.5',
    '.5',
    '15%',
    '×',
    '÷',
    '−',
    '+',
    '-',
    '*',
    '/',
    '(',
    ')',
    '（',
    '）',
    ' ',
    'a',
    '访客数',
    '[Conversion rate]',
    '「新客 首单数」',
    '{m_1}',
    '[',
    ']',
    '{',
    '}',
    ',',
    '%',
    '.',
  );
  it('never throws on text built from the grammar, and what parses reprints to the same tree', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const parsed = parseFormula(parts.join(''));
        if (!parsed.ok) return;
        const again = parseFormula(printFormula(parsed.ast));
        expect(again.ok && shape(again.ast)).toEqual(shape(parsed.ast));
      }),
      { numRuns: 3000 },
    );
  });

  const numberNode = fc
    .tuple(
      fc.oneof(fc.integer({ min: 0, max: 1e6 }), fc.double({ min: 0, max: 1e25, noNaN: true })),
      fc.boolean(),
    )
    .map(([value, percent]): FormulaNode => ({ kind: 'number', value, percent, start: 0, end: 0 }));
  const referenceNode = fc
    .oneof(
      fc
        .constantFrom('访客数', 'GMV', 'Conversion rate', '新客]首单', 'x_1')
        .map((ref) => ({ ref, form: 'name' as const })),
      fc.constantFrom('m_ab12', 'm_x').map((ref) => ({ ref, form: 'id' as const })),
    )
    .map(({ ref, form }): FormulaNode => ({ kind: 'reference', ref, form, start: 0, end: 0 }));
  const tree = fc.letrec<{ node: FormulaNode }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      numberNode,
      referenceNode,
      tie('node').map((operand): FormulaNode => ({ kind: 'negate', operand, start: 0, end: 0 })),
      tie('node').map((inner): FormulaNode => ({ kind: 'group', inner, start: 0, end: 0 })),
      fc
        .tuple(tie('node'), fc.constantFrom('+', '-', '*', '/' as const), tie('node'))
        .map(([left, operator, right]): FormulaNode => ({
          kind: 'binary',
          operator,
          left,
          right,
          start: 0,
          end: 0,
        })),
    ),
  })).node;

  it('print → parse gives back a generated tree (parentheses aside)', () => {
    fc.assert(
      fc.property(tree, fc.constantFrom('ascii', 'math' as const), (ast, operators) => {
        const parsed = parseFormula(printFormula(ast, { operators }));
        expect(parsed.ok && shape(parsed.ast, false)).toEqual(shape(ast, false));
      }),
      { numRuns: 1000 },
    );
  });

  it('evaluation is a finite number or a diagnostic, never NaN or Infinity', () => {
    const values = fc.dictionary(
      fc.constantFrom('访客数', 'GMV', 'Conversion rate', '新客]首单', 'x_1', 'm_ab12', 'm_x'),
      fc.oneof(fc.double(), fc.constantFrom(0, -0, 1e308, -1e308, 5e-324)),
    );
    fc.assert(
      fc.property(tree, values, (ast, record) => {
        const result = evaluate(ast, new Map(Object.entries(record)));
        if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
        else
          expect(['missing-input', 'division-by-zero', 'not-finite']).toContain(
            result.diagnostic.kind,
          );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('plainDecimal', () => {
  it('writes every double without an exponent, and reads back the same', () => {
    expect(plainDecimal(1e21)).toBe('1000000000000000000000');
    expect(plainDecimal(1.5e-7)).toBe('0.00000015');
    expect(plainDecimal(0.1)).toBe('0.1');
    fc.assert(
      fc.property(fc.double({ min: 0, noNaN: true, noDefaultInfinity: true, max: 1e300 }), (x) => {
        const text = plainDecimal(x);
        expect(text).toMatch(/^\d+(\.\d+)?$/);
        expect(Number(text)).toBe(x === 0 ? 0 : x);
      }),
    );
  });
});
