import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeReference } from './complete';
import { isBareName, nameKey, writtenName } from './names';
import { toEditorFormula, toStoredFormula, type FormulaContext } from './references';

const context: FormulaContext = {
  self: { id: 'm_gmv', name: 'GMV' },
  inputs: [
    { id: 'm_visitors', name: '访客数' },
    { id: 'm_conversion', name: 'Conversion rate' },
    { id: 'm_aov', name: '客单价' },
    { id: 'm_odd', name: 'a]b' },
  ],
};

describe('toStoredFormula', () => {
  it('turns names into ids and normalizes the operators', () => {
    expect(toStoredFormula('访客数 × [Conversion rate] × 客单价 ÷ 100', context)).toEqual({
      ok: true,
      stored: '{m_visitors} * {m_conversion} * {m_aov} / 100',
      references: ['m_visitors', 'm_conversion', 'm_aov'],
    });
  });

  it('keeps the parentheses the room wrote', () => {
    const result = toStoredFormula('(访客数 × 「Conversion rate」) + ((客单价))', context);
    expect(result.ok && result.stored).toBe('({m_visitors} * {m_conversion}) + (({m_aov}))');
  });

  it('matches names forgiving case, full width and spaces', () => {
    const result = toStoredFormula('[conversion   RATE] + ｛m_aov｝', context);
    expect(result.ok && result.stored).toBe('{m_conversion} + {m_aov}');
  });

  it('refuses an unknown name, with its position', () => {
    expect(toStoredFormula('访客数 * 转化率', context)).toEqual({
      ok: false,
      error: { kind: 'unknown-reference', name: '转化率', position: 6 },
    });
    expect(toStoredFormula('{m_other}', context)).toMatchObject({
      error: { kind: 'unknown-reference', name: 'm_other' },
    });
    expect(toStoredFormula('constructor + __proto__', context)).toMatchObject({
      error: { kind: 'unknown-reference', name: 'constructor' },
    });
  });

  it('refuses a name two inputs share', () => {
    const twins: FormulaContext = {
      ...context,
      inputs: [...context.inputs, { id: 'm_visitors_2', name: '访客数 ' }],
    };
    expect(toStoredFormula('访客数 * 2', twins)).toEqual({
      ok: false,
      error: {
        kind: 'ambiguous-reference',
        name: '访客数',
        position: 0,
        ids: ['m_visitors', 'm_visitors_2'],
      },
    });
    // The id still names one of them unambiguously.
    expect(toStoredFormula('{m_visitors_2} * 2', twins).ok).toBe(true);
  });

  it('refuses the metric itself, by name or by id', () => {
    expect(toStoredFormula('GMV * 2', context)).toMatchObject({
      error: { kind: 'self-reference' },
    });
    expect(toStoredFormula('{m_gmv}', context)).toMatchObject({
      error: { kind: 'self-reference' },
    });
  });

  it('refuses an input that leads back to the metric', () => {
    const loop: FormulaContext = {
      ...context,
      pathBackToSelf: (id) => (id === 'm_aov' ? ['m_gmv', 'm_aov', 'm_x', 'm_gmv'] : null),
    };
    expect(toStoredFormula('访客数 + 客单价', loop)).toEqual({
      ok: false,
      error: { kind: 'cycle', position: 6, path: ['m_gmv', 'm_aov', 'm_x', 'm_gmv'] },
    });
    expect(toStoredFormula('访客数 * 2', loop).ok).toBe(true);
  });

  it('passes syntax errors through', () => {
    expect(toStoredFormula('访客数 *', context)).toMatchObject({
      ok: false,
      error: { kind: 'syntax' },
    });
  });
});

describe('toEditorFormula', () => {
  it('writes names, bracketed where they need it', () => {
    expect(toEditorFormula('{m_visitors} * {m_conversion} / {m_odd} - 15%', context)).toEqual({
      ok: true,
      text: '访客数 × [Conversion rate] ÷ 「a]b」 - 15%',
      unknownIds: [],
    });
  });

  it('keeps the id of an input that is gone, and says so', () => {
    expect(toEditorFormula('{m_visitors} + {m_gone}', context)).toEqual({
      ok: true,
      text: '访客数 + {m_gone}',
      unknownIds: ['m_gone'],
    });
  });

  it('keeps the id where a name would be ambiguous', () => {
    const twins = { ...context, inputs: [...context.inputs, { id: 'm_v2', name: '访客数' }] };
    expect(toEditorFormula('{m_visitors} + {m_v2}', twins)).toMatchObject({
      text: '{m_visitors} + {m_v2}',
    });
  });

  it('round-trips: editor → stored → editor → stored is stable', () => {
    const names = fc.constantFrom(
      '访客数',
      'Conversion rate',
      '客单价',
      'a]b',
      '2nd wave',
      '新客 首单数',
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(names, { minLength: 1, maxLength: 6 }),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.constantFrom(' + ', ' * ', ' - ', ' / '),
            fc.integer({ min: 1, max: 99 }),
          ),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        (inputNames, terms) => {
          const inputs = inputNames.map((name, i) => ({ id: `m_${i}`, name }));
          const ctx: FormulaContext = { self: { id: 'm_self', name: 'Self' }, inputs };
          const text = terms
            .map(
              ([pick, op, n]) =>
                `${writtenName((inputs[pick % inputs.length] as { name: string }).name)}${op}${n}`,
            )
            .join(' + ');
          const stored = toStoredFormula(text, ctx);
          if (!stored.ok) throw new Error(JSON.stringify(stored.error));
          const editor = toEditorFormula(stored.stored, ctx);
          if (!editor.ok) throw new Error('editor');
          const again = toStoredFormula(editor.text, ctx);
          expect(again.ok && again.stored).toBe(stored.stored);
        },
      ),
    );
  });
});

describe('names', () => {
  it('writes a name bare only when it reads back as one name', () => {
    expect(writtenName('访客数')).toBe('访客数');
    expect(writtenName('GMV_2026')).toBe('GMV_2026');
    expect(writtenName('2nd wave')).toBe('[2nd wave]');
    expect(writtenName('a]b')).toBe('「a]b」');
    expect(writtenName('a]」b')).toBeNull();
    expect(writtenName('  ')).toBeNull();
    expect(isBareName('x.y')).toBe(false);
    expect(nameKey(' ＧＭＶ  Total ')).toBe('gmv total');
  });
});

describe('completeReference', () => {
  const inputs = context.inputs;

  it('completes the bare word at the cursor, prefix matches first', () => {
    const completion = completeReference('访客数 × 客', 7, [
      ...inputs,
      { id: 'm_x', name: '新客单价' },
    ]);
    expect(completion).toMatchObject({ from: 6, to: 7, prefix: '客' });
    expect(completion.candidates.map((c) => c.insert)).toEqual(['客单价', '访客数', '新客单价']);
  });

  it('inserts brackets for a name that needs them, and completes inside an open bracket', () => {
    const bare = completeReference('访客数 * conv', 10, inputs);
    expect(bare.candidates).toEqual([
      { id: 'm_conversion', name: 'Conversion rate', insert: '[Conversion rate]' },
    ]);
    expect(bare).toMatchObject({ from: 6, to: 10 });
    const inBracket = completeReference('2 * [Conversion r', 17, inputs);
    expect(inBracket).toMatchObject({ from: 4, to: 17, prefix: 'Conversion r' });
    expect(inBracket.candidates.map((c) => c.id)).toEqual(['m_conversion']);
    // The replaced span runs to the closing bracket when there is one.
    expect(completeReference('[Conv] + 1', 3, inputs)).toMatchObject({ from: 0, to: 6 });
  });

  it('lists every input for an empty word, and nothing for an unknown one', () => {
    expect(completeReference('1 + ', 4, inputs).candidates).toHaveLength(inputs.length);
    expect(completeReference('xyz', 3, inputs).candidates).toEqual([]);
    expect(completeReference('2x', 2, inputs)).toMatchObject({ from: 1, prefix: 'x' });
  });
});
