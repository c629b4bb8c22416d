import { expect } from 'vitest';
import * as XLSX from 'xlsx';
import * as cptable from 'xlsx/dist/cpexcel.full.mjs';
import {
  countBounds,
  describeGolden,
  normaliseName,
  readFixture,
  type GoldenExpectation,
} from './golden-format';

/**
 * Checks the hand-written expectations against the spreadsheets themselves,
 * with plain SheetJS and without the importer: the expectations must be right
 * before they can judge the importer. (Catches a misspelt metric name, a header
 * row off by one, a sheet renamed in the fixture.)
 */

XLSX.set_cptable(cptable);

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** A CSV is decoded here (UTF-8, BOM stripped) so SheetJS sees text, not guessed bytes. */
function readWorkbook(file: string): XLSX.WorkBook {
  const bytes = readFixture(file);
  if (/\.(csv|txt)$/i.test(file)) {
    const hasBom = UTF8_BOM.every((b, i) => bytes[i] === b);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(
      hasBom ? bytes.subarray(3) : bytes,
    );
    return XLSX.read(text, { type: 'string', raw: true });
  }
  return XLSX.read(bytes, { type: 'array' });
}

function pickSheet(
  book: XLSX.WorkBook,
  expectation: GoldenExpectation,
): XLSX.WorkSheet | undefined {
  const name = expectation.sheet ?? (book.SheetNames.length === 1 ? book.SheetNames[0] : undefined);
  return name === undefined ? undefined : book.Sheets[name];
}

/** Every cell's text, normalised the way a metric name is. */
function cellNames(sheet: XLSX.WorkSheet): Set<string> {
  const names = new Set<string>();
  for (const [address, cell] of Object.entries(sheet)) {
    if (address.startsWith('!')) continue;
    const value = (cell as XLSX.CellObject).v;
    if (value !== undefined && value !== null) names.add(normaliseName(String(value)));
  }
  return names;
}

function filledCellsInRow(sheet: XLSX.WorkSheet, row1: number): number {
  const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
  let filled = 0;
  for (let c = range.s.c; c <= range.e.c; c++) {
    const cell = sheet[XLSX.utils.encode_cell({ r: row1 - 1, c })] as XLSX.CellObject | undefined;
    if (cell?.v !== undefined && String(cell.v).trim() !== '') filled++;
  }
  return filled;
}

describeGolden(
  'golden expectations agree with the real KPI files (plain SheetJS, no importer)',
  (expectation) => {
    const book = readWorkbook(expectation.file);
    const sheet = pickSheet(book, expectation);
    expect(
      sheet,
      `${expectation.file}: sheet ${JSON.stringify(expectation.sheet)} not found (has ${book.SheetNames.join(', ')})`,
    ).toBeDefined();
    if (sheet === undefined) return;

    const header = filledCellsInRow(sheet, expectation.headerRow);
    expect(
      header,
      `${expectation.file}: header row ${expectation.headerRow} has < 2 filled cells`,
    ).toBeGreaterThanOrEqual(2);
    if (expectation.headerRows === 2) {
      const second = filledCellsInRow(sheet, expectation.headerRow + 1);
      expect(
        second,
        `${expectation.file}: second header row ${expectation.headerRow + 1} is empty`,
      ).toBeGreaterThan(0);
    }

    const names = cellNames(sheet);
    const missing = expectation.metrics.map((m) => m.name).filter((name) => !names.has(name));
    expect(missing, `${expectation.file}: metric names that are no cell's text`).toEqual([]);

    const { max } = countBounds(expectation.metricCount);
    const distinct = new Set(
      expectation.metrics.map((m) => `${m.name}\u0000${m.department ?? ''}`),
    );
    expect(
      distinct.size,
      `${expectation.file}: more distinct named metrics than metricCount allows`,
    ).toBeLessThanOrEqual(Math.max(max, 0));

    const lastRow = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1').e.r + 1;
    for (const { row } of expectation.skipped ?? []) {
      expect(
        row,
        `${expectation.file}: skipped row ${row} is not below the header`,
      ).toBeGreaterThan(expectation.headerRow + expectation.headerRows - 1);
      expect(
        row,
        `${expectation.file}: skipped row ${row} is past the sheet's last row`,
      ).toBeLessThanOrEqual(lastRow);
    }
  },
);
