import * as XLSX from 'xlsx';
import * as cptable from 'xlsx/dist/cpexcel.full.mjs';
import type {
  RawSheet,
  RawWorkbook,
  ReadFailure,
  ReadResult,
  SpreadsheetFormat,
  TextEncoding,
} from '../../../shared/import/types';
import { CellBudget } from './cell-budget';
import { decodeText } from './decode-text';
import { detectFormat } from './detect-format';
import {
  MAX_CELLS_PER_WORKBOOK,
  MAX_COLUMNS_PER_SHEET,
  MAX_FILE_BYTES,
  MAX_ROWS_PER_SHEET,
} from './limits';
import { parseDelimited } from './parse-delimited';
import { sheetOf, trimRows, type SheetLimits } from './sheet-cells';
import { checkZipExpansion } from './zip-guard';

/**
 * Bytes of a spreadsheet → RawWorkbook, or the reason it cannot be read.
 * Never throws: whatever a file does to SheetJS ends as a typed failure.
 * Synchronous and CPU-bound: call it through run-import.ts (a worker) from
 * anything that has a window to keep alive.
 */

// Old .xls (BIFF5 and earlier) store text in the system codepage (936 for
// simplified Chinese, 950 for traditional); without the tables SheetJS garbles it.
XLSX.set_cptable(cptable);

export interface ReadOptions {
  fileName: string;
  encoding?: TextEncoding;
}

/** The limits a read applies; tests pass smaller ones to reach them cheaply. */
export interface ReadLimits extends SheetLimits {
  maxFileBytes: number;
  maxCells: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: MAX_FILE_BYTES,
  maxRows: MAX_ROWS_PER_SHEET,
  maxColumns: MAX_COLUMNS_PER_SHEET,
  maxCells: MAX_CELLS_PER_WORKBOOK,
};

function failed(failure: ReadFailure): ReadResult {
  return { ok: false, failure };
}

/** SheetJS says "File is password-protected", "Unsupported ZIP encryption", "…ODS Encryption". */
const PASSWORD_MESSAGE = /password|encrypt/i;

function failureOfError(error: unknown): ReadFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (PASSWORD_MESSAGE.test(message)) return { reason: 'password-protected' };
  return { reason: 'damaged', detail: message.slice(0, 200) };
}

function workbookSheets(book: XLSX.WorkBook, limits: ReadLimits, budget: CellBudget): RawSheet[] {
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  const states = book.Workbook?.Sheets ?? [];
  return book.SheetNames.map((name, index) => {
    const sheet = book.Sheets[name];
    const hidden = Boolean(states[index]?.Hidden);
    if (!sheet) return { name, rows: [], merges: [], hidden, truncated: false };
    return sheetOf(name, sheet, hidden, { limits, budget, date1904 });
  });
}

function readWithSheetJs(
  data: Uint8Array | string,
  limits: ReadLimits,
  budget: CellBudget,
): RawSheet[] | ReadFailure {
  let book: XLSX.WorkBook;
  try {
    book = XLSX.read(data, {
      type: typeof data === 'string' ? 'string' : 'array',
      dense: true, // measured: ~25% faster than sparse on a 20,000-row sheet, and the rows come in order
      cellDates: false,
      cellNF: true,
      cellText: true,
      cellHTML: false,
      cellFormula: false, // the cached value is what we keep
      sheetStubs: false,
      bookVBA: false,
      WTF: false,
      // SheetJS stops storing rows past this. One row more than we keep: a
      // sheet without a <dimension> has no `!fullref`, so that row is how we
      // learn there was more.
      sheetRows: limits.maxRows + 1,
    });
  } catch (error) {
    return failureOfError(error);
  }
  return workbookSheets(book, limits, budget);
}

function readText(
  bytes: Uint8Array,
  kind: 'csv' | 'txt',
  fileName: string,
  chosen: TextEncoding | undefined,
  limits: ReadLimits,
  budget: CellBudget,
): ReadResult {
  const decoded = decodeText(bytes, chosen);
  if (!decoded.ok) return failed({ reason: 'undecodable-text', encoding: decoded.encoding });
  const { rows, truncated } = parseDelimited(decoded.text, kind, limits, budget);
  trimRows(rows);
  const sheetName = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'Sheet1';
  return finish(fileName, kind, decoded.encoding, decoded.detected, [
    { name: sheetName, rows, merges: [], hidden: false, truncated },
  ]);
}

function finish(
  fileName: string,
  format: SpreadsheetFormat,
  encoding: TextEncoding | null,
  encodingDetected: boolean,
  sheets: RawSheet[],
): ReadResult {
  if (!sheets.some((sheet) => sheet.rows.length > 0)) return failed({ reason: 'empty-workbook' });
  const workbook: RawWorkbook = { fileName, format, encoding, encodingDetected, sheets };
  return { ok: true, workbook };
}

function readUnguarded(bytes: Uint8Array, options: ReadOptions, limits: ReadLimits): ReadResult {
  if (bytes.byteLength > limits.maxFileBytes)
    return failed({
      reason: 'too-large',
      bytes: bytes.byteLength,
      limitBytes: limits.maxFileBytes,
    });
  const detected = detectFormat(bytes, options.fileName);
  if (!detected.ok) return failed(detected.failure);
  const budget = new CellBudget(limits.maxCells);

  switch (detected.kind) {
    case 'text':
      return readText(bytes, detected.format, options.fileName, options.encoding, limits, budget);
    case 'markup': {
      const decoded = decodeText(bytes, options.encoding);
      if (!decoded.ok) return failed({ reason: 'undecodable-text', encoding: decoded.encoding });
      const sheets = readWithSheetJs(decoded.text, limits, budget);
      if (!Array.isArray(sheets)) return failed(sheets);
      return finish(options.fileName, 'xls', decoded.encoding, decoded.detected, sheets);
    }
    case 'zip': {
      const refused = checkZipExpansion(bytes, detected.entries);
      if (refused) return failed(refused);
      break;
    }
    case 'ole':
      break;
  }
  const sheets = readWithSheetJs(bytes, limits, budget);
  if (!Array.isArray(sheets)) return failed(sheets);
  return finish(options.fileName, detected.format, null, false, sheets);
}

export function readSpreadsheet(
  bytes: Uint8Array,
  options: ReadOptions,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): ReadResult {
  try {
    return readUnguarded(bytes, options, limits);
  } catch (error) {
    // Our own code or SheetJS after it returned (a sheet shape it never
    // produced before): still the file's fault, never the app's.
    return failed(failureOfError(error));
  }
}
