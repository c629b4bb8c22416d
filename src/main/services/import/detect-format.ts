import * as XLSX from 'xlsx';
import type { ReadFailure, SpreadsheetFormat } from '../../../shared/import/types';
import { MAX_ZIP_ENTRIES } from './limits';
import { findZipEntry, readZipDirectory, readZipEntry, type ZipEntry } from './zip-directory';

/**
 * What a file is, by its content first and its name only for text. Order:
 *   1. zip (PK\x03\x04 or an empty PK\x05\x06) → its directory: `mimetype` of
 *      an OpenDocument spreadsheet → ods; `[Content_Types].xml` + `xl/` →
 *      xlsx, or xlsm when the content types say macro-enabled;
 *   2. OLE2 (D0 CF 11 E0 A1 B1 1A E1) → an `EncryptedPackage` stream means a
 *      password-protected .xlsx (Office encrypts OOXML into OLE2); else xls;
 *   3. known binary signatures (PNG, PDF, GIF, JPEG…) or NUL bytes that are
 *      not UTF-16 text → not a spreadsheet;
 *   4. text named .xls/.xlsx that starts with `<` → markup (an HTML table or
 *      SpreadsheetML, what many reporting systems call "Excel export");
 *   5. other text → txt for a .txt name, csv otherwise (decode-text.ts decides
 *      the encoding, parse-delimited.ts the separator).
 */

export type DetectedFormat =
  | { ok: true; kind: 'zip'; format: 'xlsx' | 'xlsm' | 'ods'; entries: ZipEntry[] }
  | { ok: true; kind: 'ole'; format: 'xls' }
  | { ok: true; kind: 'text'; format: 'csv' | 'txt' }
  /** An HTML table or SpreadsheetML saved as .xls (old systems export these): text SheetJS reads. */
  | { ok: true; kind: 'markup'; format: 'xls' }
  | { ok: false; failure: ReadFailure };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';
/** Content type of the main part of an .xlsm (and of its template, .xltm). */
const MACRO_ENABLED = /application\/vnd\.ms-excel\.(sheet|template)\.macroEnabled/i;

/** Signatures of files people drop by mistake; each would otherwise read as odd "text". */
const NOT_SPREADSHEETS: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0xff, 0xd8, 0xff], // JPEG
  [0x42, 0x4d], // BMP... only with NULs, checked below
  [0x1f, 0x8b], // gzip
  [0x52, 0x61, 0x72, 0x21], // Rar!
  [0x37, 0x7a, 0xbc, 0xaf], // 7z
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // MZ (exe)... only with NULs
];
/** Two-byte signatures that plain text may start with ("BM…", "MZ…"); they need NULs too. */
const WEAK_SIGNATURE_LENGTH = 2;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.byteLength < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

const SAMPLE_BYTES = 4096;

/**
 * UTF-16 text without a BOM has a NUL in every other byte (for the Latin and
 * punctuation that a CSV is mostly made of); binary has NULs anywhere.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.byteLength, SAMPLE_BYTES) & ~1;
  if (length < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = length / 2;
  if (oddNuls >= pairs * 0.6 && evenNuls === 0) return 'utf-16le';
  if (evenNuls >= pairs * 0.6 && oddNuls === 0) return 'utf-16be';
  return null;
}

function hasBom(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, [0xef, 0xbb, 0xbf]) ||
    startsWith(bytes, [0xff, 0xfe]) ||
    startsWith(bytes, [0xfe, 0xff])
  );
}

function looksBinary(bytes: Uint8Array): boolean {
  if (hasBom(bytes)) return false;
  const hasNul = bytes.subarray(0, SAMPLE_BYTES).includes(0);
  for (const magic of NOT_SPREADSHEETS) {
    if (startsWith(bytes, magic) && (magic.length > WEAK_SIGNATURE_LENGTH || hasNul)) return true;
  }
  return hasNul && utf16WithoutBom(bytes) === null;
}

const contentTypesDecoder = new TextDecoder('utf-8');
/** [Content_Types].xml and mimetype are tiny; more than this is not the file they claim. */
const MAX_SMALL_PART_BYTES = 1024 * 1024;

function smallPartText(bytes: Uint8Array, entry: ZipEntry | undefined): string | null {
  if (!entry) return null;
  const part = readZipEntry(bytes, entry, Math.min(entry.uncompressedSize, MAX_SMALL_PART_BYTES));
  return part.ok ? contentTypesDecoder.decode(part.content) : null;
}

function detectZip(bytes: Uint8Array): DetectedFormat {
  const directory = readZipDirectory(bytes, MAX_ZIP_ENTRIES);
  if (!directory.ok) {
    if (directory.problem === 'too-many-entries')
      return { ok: false, failure: { reason: 'expands-too-much' } };
    // A zip cut short (a download stopped halfway) has no directory at its end.
    return { ok: false, failure: { reason: 'damaged', detail: directory.detail } };
  }
  const { entries } = directory;
  const mimetype = smallPartText(bytes, findZipEntry(entries, 'mimetype'));
  if (mimetype?.trim() === ODS_MIMETYPE) return { ok: true, kind: 'zip', format: 'ods', entries };
  const contentTypes = smallPartText(bytes, findZipEntry(entries, '[Content_Types].xml'));
  if (contentTypes !== null && entries.some((entry) => entry.name.startsWith('xl/'))) {
    const format = MACRO_ENABLED.test(contentTypes) ? 'xlsm' : 'xlsx';
    return { ok: true, kind: 'zip', format, entries };
  }
  // A .docx, a .pptx, a zip of photos: a zip, but no workbook inside.
  return { ok: false, failure: { reason: 'not-a-spreadsheet' } };
}

/** The part of SheetJS's bundled CFB library used here (typed `any` upstream). */
interface OleContainer {
  FullPaths: string[];
}
interface OleApi {
  read(data: Uint8Array, options: { type: 'array' }): OleContainer;
}
const CFB = XLSX.CFB as OleApi;

function detectOle(bytes: Uint8Array): DetectedFormat {
  let container: OleContainer;
  try {
    container = CFB.read(bytes, { type: 'array' });
  } catch (error) {
    return { ok: false, failure: { reason: 'damaged', detail: String(error) } };
  }
  // Office saves a password-protected .xlsx as an OLE2 file holding these two streams.
  const streams = container.FullPaths.map((path) =>
    path.slice(path.lastIndexOf('/', path.length - 2) + 1),
  );
  if (streams.includes('EncryptedPackage') || streams.includes('EncryptionInfo'))
    return { ok: false, failure: { reason: 'password-protected' } };
  return { ok: true, kind: 'ole', format: 'xls' };
}

const WORKBOOK_EXTENSIONS = new Set(['xls', 'xlsx', 'xlsm', 'ods']);

/** The first character after a BOM and white space is `<` (in any of the BOM'd or 8-bit encodings). */
function startsWithMarkup(bytes: Uint8Array): boolean {
  for (let i = 0; i < Math.min(bytes.byteLength, SAMPLE_BYTES); i++) {
    const byte = bytes[i] as number;
    if (byte === 0x3c) return true;
    // BOM bytes, NULs of UTF-16, white space.
    if (byte === 0xef || byte === 0xbb || byte === 0xbf || byte === 0xff || byte === 0xfe) continue;
    if (byte === 0 || byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) continue;
    return false;
  }
  return false;
}

export function detectFormat(bytes: Uint8Array, fileName: string): DetectedFormat {
  if (bytes.byteLength === 0) return { ok: false, failure: { reason: 'empty-workbook' } };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return detectZip(bytes);
  if (startsWith(bytes, OLE_MAGIC)) return detectOle(bytes);
  if (looksBinary(bytes)) return { ok: false, failure: { reason: 'not-a-spreadsheet' } };
  const extension = extensionOf(fileName);
  if (WORKBOOK_EXTENSIONS.has(extension) && startsWithMarkup(bytes))
    return { ok: true, kind: 'markup', format: 'xls' };
  const format: SpreadsheetFormat = extension === 'txt' ? 'txt' : 'csv';
  return { ok: true, kind: 'text', format };
}
