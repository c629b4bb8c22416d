import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseWorkbook } from './analyse';
import type { MergedRange, RawCell, RawSheet } from './types';
import { IMPORT_FIELDS } from './types';

// Cells drawn from what KPI sheets hold: field names, totals, sign-off words,
// amounts in many spellings, placeholders, errors, dates and odd text.
const words = [
  '指标名称',
  '权重',
  '目标值',
  '单位',
  '部门',
  '序号',
  '合计',
  '小计',
  'Total',
  '审核：',
  '注：',
  '一、财务',
  '1',
  '1.1',
  '1.1.1',
  '20%',
  '0.2',
  '≥98%',
  '95%~99%',
  '12次',
  '1,200万',
  '--',
  '—',
  '${x}',
  '销售额',
  '代码质量\n(说明)\n45%',
  'KPI',
  'Target',
  'Weight',
  '',
  ' ',
  '=A1',
  '一级指标',
  '二级指标',
  '层级',
];
const cellArb: fc.Arbitrary<RawCell | null> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...words).map((text) => ({ value: text, text })),
  fc.double({ noNaN: false }).map((value) => ({ value, text: String(value) })),
  fc.string({ maxLength: 12 }).map((text) => ({ value: text, text })),
  fc.constant({ value: '#DIV/0!', text: '#DIV/0!', isError: true as const }),
  fc.constant({ value: '2025-01-01', text: '2025-01-01', isDate: true as const }),
  fc.boolean().map((value) => ({ value, text: String(value).toUpperCase() })),
);
const mergeArb: fc.Arbitrary<MergedRange> = fc
  .record({
    top: fc.integer({ min: -2, max: 14 }),
    left: fc.integer({ min: -2, max: 8 }),
    h: fc.integer({ min: -1, max: 4 }),
    w: fc.integer({ min: -1, max: 4 }),
  })
  .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));
const sheetArb: fc.Arbitrary<RawSheet> = fc.record({
  name: fc.string({ maxLength: 6 }),
  rows: fc.array(fc.array(cellArb, { maxLength: 9 }), { maxLength: 16 }),
  merges: fc.array(mergeArb, { maxLength: 6 }),
  hidden: fc.boolean(),
  truncated: fc.constant(false),
});
const optionsArb = fc.record(
  {
    headerRow: fc.integer({ min: -3, max: 20 }),
    headerRows: fc.integer({ min: 0, max: 3 }),
    layout: fc.constantFrom('rows' as const, 'cross-tab' as const, 'transposed' as const),
    mapping: fc.array(fc.option(fc.constantFrom(...IMPORT_FIELDS), { nil: null }), {
      maxLength: 10,
    }),
  },
  { requiredKeys: [] },
);

describe('analyseWorkbook on any grid', () => {
  it('never throws, accounts for every row below the header once and in order, and points at real metrics', () => {
    fc.assert(
      fc.property(
        fc.array(sheetArb, { minLength: 1, maxLength: 3 }),
        optionsArb,
        (drawn, options) => {
          // Sheet names are unique within a workbook.
          const sheets = drawn.map((s, i) => ({ ...s, name: `${i}${s.name}` }));
          const analysis = analyseWorkbook(
            { fileName: 'f.xlsx', format: 'xlsx', encoding: null, encodingDetected: false, sheets },
            options,
          );
          const chosen = sheets.find((s) => s.name === analysis.sheet) as RawSheet;
          const first = analysis.headerRow + analysis.headerRows;
          const expected = Array.from(
            { length: Math.max(0, chosen.rows.length - first) },
            (_, i) => first + i,
          );
          expect(analysis.rows.map((r) => r.row)).toEqual(expected);
          const used = new Set<number>();
          for (const fate of analysis.rows) {
            if (fate.fate === 'skipped') continue;
            expect(fate.metrics.length).toBeGreaterThan(0);
            for (const index of fate.metrics) {
              expect(index).toBeGreaterThanOrEqual(0);
              expect(index).toBeLessThan(analysis.metrics.length);
              expect(used.has(index)).toBe(false);
              used.add(index);
            }
          }
          expect(used.size).toBe(analysis.metrics.length);
          for (const metric of analysis.metrics) {
            expect(metric.name).not.toBe('');
            for (const value of [
              metric.target,
              metric.baseline,
              metric.weight,
              metric.targetLow,
              metric.targetHigh,
            ]) {
              if (value !== null) expect(Number.isNaN(value)).toBe(false);
            }
          }
          expect(analysis.layouts[0]).toBe(analysis.layout);
          expect(analysis.sheets).toHaveLength(sheets.length);
        },
      ),
      { numRuns: 400, seed: 8 },
    );
  });
});
