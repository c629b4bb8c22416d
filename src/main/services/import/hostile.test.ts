import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { ReadResult } from '../../../shared/import/types';
import { MAX_COLUMNS_PER_SHEET, MAX_FILE_BYTES, MAX_ROWS_PER_SHEET } from './limits';
import { seededRandom } from '../../../../test/unit/fixtures/workspaces';
import { readSpreadsheet } from './read-spreadsheet';
import {
  concat,
  encryptedOoxmlBytes,
  handmadeXlsx,
  kpiBook,
  workbookBytes,
  zipBytes,
} from './test-workbooks';

/**
 * Files that try to break the reader. Each must end well within 10 s with a
 * typed result; the assertions are on the result, and each test has a 20 s
 * timeout so a hang fails instead of stalling the run. Timings of the big
 * cases are printed (README.md quotes them).
 */

const HOSTILE_TIMEOUT = 20_000;
const utf8 = (text: string) => new TextEncoder().encode(text);

function reasonOf(result: ReadResult): string {
  return result.ok ? 'ok' : result.failure.reason;
}

function timed<T>(label: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  console.log(`${label}: ${Math.round(performance.now() - start)} ms`);
  return result;
}

/** The same bytes on every run (seededRandom's 32 bits, the low byte of each). */
function seededBytes(length: number, seed: number): Uint8Array {
  const random = seededRandom(seed);
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = Math.floor(random() * 4_294_967_296) & 0xff;
  return out;
}

const CONTENT_TYPES = utf8(
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
);

describe('hostile input', { timeout: HOSTILE_TIMEOUT }, () => {
  it('not a spreadsheet: a PNG, a PDF, random bytes, a Word document', () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48,
    ]);
    const pdf = utf8('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
    const docx = zipBytes([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'word/document.xml', data: utf8('<w:document/>') },
    ]);
    for (const [name, bytes] of [
      ['kpi.xlsx', png],
      ['kpi.csv', pdf],
      ['kpi.xls', seededBytes(64 * 1024, 7)],
      ['kpi.xlsx', docx],
    ] as const) {
      expect(reasonOf(readSpreadsheet(bytes, { fileName: name })), name).toBe('not-a-spreadsheet');
    }
  });

  it('a truncated zip (an .xlsx cut in half) is damaged', () => {
    const whole = kpiBook('xlsx');
    const half = whole.subarray(0, Math.floor(whole.byteLength / 2));
    expect(readSpreadsheet(half, { fileName: 'kpi.xlsx' })).toMatchObject({
      ok: false,
      failure: { reason: 'damaged' },
    });
  });

  it('a zip whose entries point outside the file is damaged', () => {
    const whole = kpiBook('xlsx');
    // Keep the directory and end record, zero the entries' data.
    const broken = whole.slice();
    broken.fill(0, 4, Math.floor(whole.byteLength / 2));
    expect(reasonOf(readSpreadsheet(broken, { fileName: 'kpi.xlsx' }))).toBe('damaged');
  });

  it('zip bombs: a declared 600 MB, a real 30 MB of zeros in a few KB, an entry that lies about its size', () => {
    const sheetEntries = (data: Uint8Array, declaredSize?: number) =>
      zipBytes([
        { name: '[Content_Types].xml', data: CONTENT_TYPES },
        { name: 'xl/workbook.xml', data: utf8('<workbook/>') },
        { name: 'xl/worksheets/sheet1.xml', data, ...(declaredSize ? { declaredSize } : {}) },
      ]);
    const declared = sheetEntries(utf8('<worksheet/>'), 600 * 1024 * 1024);
    expect(reasonOf(readSpreadsheet(declared, { fileName: 'bomb.xlsx' }))).toBe('expands-too-much');

    const zeros = new Uint8Array(30 * 1024 * 1024);
    const honest = sheetEntries(zeros);
    expect(honest.byteLength).toBeLessThan(100 * 1024);
    expect(reasonOf(readSpreadsheet(honest, { fileName: 'bomb.xlsx' }))).toBe('expands-too-much');

    // Claims 1 KB, inflates to 16 MB: stopped at the claim, never inflated in full.
    const lying = sheetEntries(new Uint8Array(16 * 1024 * 1024), 1024);
    expect(reasonOf(readSpreadsheet(lying, { fileName: 'bomb.xlsx' }))).toBe('expands-too-much');
  });

  it('a password-protected workbook: Office encryption (OLE2 + EncryptedPackage) and zip encryption', () => {
    const encrypted = encryptedOoxmlBytes();
    // Control: the bytes are an OLE2 container SheetJS itself refuses as password-protected.
    expect(() => XLSX.read(encrypted, { type: 'array' })).toThrow(/password|encrypt/i);
    expect(readSpreadsheet(encrypted, { fileName: 'secret.xlsx' })).toEqual({
      ok: false,
      failure: { reason: 'password-protected' },
    });
    const zipEncrypted = zipBytes([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'xl/workbook.xml', data: utf8('<workbook/>'), encrypted: true },
    ]);
    expect(reasonOf(readSpreadsheet(zipEncrypted, { fileName: 'secret.xlsx' }))).toBe(
      'password-protected',
    );
  });

  it('a damaged OLE2 file (an .xls header over junk) is damaged', () => {
    const junk = concat([
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      seededBytes(4096, 3),
    ]);
    expect(reasonOf(readSpreadsheet(junk, { fileName: 'old.xls' }))).toBe('damaged');
  });

  it('an empty workbook, in each format', () => {
    for (const bookType of ['xlsx', 'biff8', 'ods'] as const) {
      const bytes = workbookBytes([{ name: 'Empty', rows: [] }], bookType);
      expect(reasonOf(readSpreadsheet(bytes, { fileName: 'empty.dat' })), bookType).toBe(
        'empty-workbook',
      );
    }
    expect(reasonOf(readSpreadsheet(new Uint8Array(0), { fileName: 'empty.xlsx' }))).toBe(
      'empty-workbook',
    );
  });

  it('1,000,000 rows: the first rows are kept and the sheet says it was truncated', () => {
    const lines: string[] = ['指标,部门,目标'];
    for (let i = 1; i < 1_000_000; i++) lines.push(`指标${i},销售部,${i % 100}%`);
    const bytes = utf8(lines.join('\n'));
    const result = timed('1,000,000-row CSV', () =>
      readSpreadsheet(bytes, { fileName: 'big.csv' }),
    );
    expect(result.ok).toBe(true);
    const sheet = result.ok ? result.workbook.sheets[0] : undefined;
    expect(sheet?.truncated).toBe(true);
    expect(sheet?.rows).toHaveLength(MAX_ROWS_PER_SHEET);
    expect(sheet?.rows[MAX_ROWS_PER_SHEET - 1]?.[0]?.value).toBe(`指标${MAX_ROWS_PER_SHEET - 1}`);
  });

  it('1,000,000 rows in an .xlsx: SheetJS stops at the row limit', () => {
    // Written by hand: SheetJS's own writer takes longer to build it than we take to read it.
    const rows: string[] = [];
    for (let r = 1; r <= 1_000_000; r++)
      rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    const bytes = handmadeXlsx(rows.join(''));
    const result = timed('1,000,000-row xlsx', () =>
      readSpreadsheet(bytes, { fileName: 'big.xlsx' }),
    );
    const sheet = result.ok ? result.workbook.sheets[0] : undefined;
    expect(sheet?.truncated).toBe(true);
    expect(sheet?.rows).toHaveLength(MAX_ROWS_PER_SHEET);
    expect(sheet?.rows[MAX_ROWS_PER_SHEET - 1]?.[0]?.value).toBe(MAX_ROWS_PER_SHEET);
  });

  it('16,384 columns (every column Excel has): the first columns are kept', () => {
    const header = Array.from({ length: 16_384 }, (_, c) => `列${c}`);
    const values = Array.from({ length: 16_384 }, (_, c) => c);
    const xlsx = workbookBytes([{ name: 'Wide', rows: [header, values, values] }]);
    const fromXlsx = timed('16,384-column xlsx', () =>
      readSpreadsheet(xlsx, { fileName: 'wide.xlsx' }),
    );
    const csv = utf8(
      [header, ...Array.from({ length: 200 }, () => values)].map((row) => row.join(',')).join('\n'),
    );
    const fromCsv = timed('16,384-column CSV', () =>
      readSpreadsheet(csv, { fileName: 'wide.csv' }),
    );
    for (const result of [fromXlsx, fromCsv]) {
      const sheet = result.ok ? result.workbook.sheets[0] : undefined;
      expect(sheet?.truncated).toBe(true);
      expect(sheet?.rows[0]).toHaveLength(MAX_COLUMNS_PER_SHEET);
      expect(sheet?.rows[1]?.[MAX_COLUMNS_PER_SHEET - 1]?.text).toBe(
        String(MAX_COLUMNS_PER_SHEET - 1),
      );
    }
  });

  it('a sheet of formulas and error cells keeps cached values and marks every error', () => {
    const errors: [number, string][] = [
      [0x00, '#NULL!'],
      [0x07, '#DIV/0!'],
      [0x0f, '#VALUE!'],
      [0x17, '#REF!'],
      [0x1d, '#NAME?'],
      [0x24, '#NUM!'],
      [0x2a, '#N/A'],
    ];
    const cells: Record<string, Partial<XLSX.CellObject>> = {};
    errors.forEach(([code, text], r) => {
      cells[`A${r + 1}`] = { t: 'e', v: code, w: text, f: '1/0' };
      cells[`B${r + 1}`] = { t: 'n', v: r * 2, f: `${r}*2` };
      cells[`C${r + 1}`] = { t: 's', v: `text ${r}`, f: `"text ${r}"` };
    });
    const bytes = workbookBytes([{ name: 'F', rows: [[]], cells }]);
    for (const fileName of ['f.xlsx']) {
      const result = readSpreadsheet(bytes, { fileName });
      const rows = result.ok ? result.workbook.sheets[0]?.rows : [];
      expect(rows?.map((row) => row[0])).toEqual(
        errors.map(([, text]) => ({ value: text, text, isError: true })),
      );
      expect(rows?.map((row) => row[1]?.value)).toEqual(errors.map((_, r) => r * 2));
      expect(rows?.[3]?.[2]?.value).toBe('text 3');
    }
  });

  it('a 200 MB file is refused by its size, without being parsed', () => {
    const huge = new Uint8Array(200 * 1024 * 1024); // zero-filled: allocated, never written
    huge.set([0x50, 0x4b, 0x03, 0x04]);
    const result = timed('200 MB file', () => readSpreadsheet(huge, { fileName: 'huge.xlsx' }));
    expect(result).toEqual({
      ok: false,
      failure: { reason: 'too-large', bytes: huge.byteLength, limitBytes: MAX_FILE_BYTES },
    });
  });

  it('a comment whose ref is __proto__ reads without touching Object.prototype', () => {
    // The CVE-2023-30533 shape (PITFALLS.md), through our reader.
    const sheet = XLSX.utils.aoa_to_sheet([['Metric'], ['GMV']]);
    (sheet.A1 as XLSX.CellObject).c = [{ a: 'x', t: 'polluted?' }];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, 'KPI');
    const written = new Uint8Array(
      XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer,
    );
    const zip = XLSX.CFB.read(written, { type: 'array' }) as {
      FullPaths: string[];
      FileIndex: { content: Uint8Array }[];
    };
    const index = zip.FullPaths.findIndex((path) => /\/xl\/comments\d*\.xml$/.test(path));
    expect(index).toBeGreaterThanOrEqual(0);
    const entry = zip.FileIndex[index] as { content: Uint8Array };
    const xml = new TextDecoder().decode(entry.content);
    expect(xml).toContain('ref="A1"');
    entry.content = utf8(xml.replace('ref="A1"', 'ref="__proto__"'));
    const crafted = new Uint8Array(
      XLSX.CFB.write(zip, { type: 'array', fileType: 'zip' }) as ArrayBuffer,
    );

    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const result = readSpreadsheet(crafted, { fileName: 'crafted.xlsx' });
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).c).toBeUndefined();
    expect(result.ok && result.workbook.sheets[0]?.rows[1]?.[0]?.value).toBe('GMV');
  });
});
