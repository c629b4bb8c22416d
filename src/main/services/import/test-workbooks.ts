import * as XLSX from 'xlsx';
import { deflateRawSync } from 'node:zlib';

/**
 * Tests only: small workbooks built in memory, so each quirk has its own
 * input and no test depends on a file nobody can regenerate.
 */

export type BookType = 'xlsx' | 'xlsm' | 'biff8' | 'ods';

export interface SheetSpec {
  name: string;
  rows: unknown[][];
  /** Cell address → changes to that cell after building ('B2': { z: '0%' }). */
  cells?: Record<string, Partial<XLSX.CellObject>>;
  merges?: XLSX.Range[];
  hidden?: boolean;
}

export function workbookBytes(sheets: SheetSpec[], bookType: BookType = 'xlsx'): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const spec of sheets) {
    const sheet = XLSX.utils.aoa_to_sheet(spec.rows);
    for (const [address, patch] of Object.entries(spec.cells ?? {})) {
      sheet[address] = {
        ...(sheet[address] as XLSX.CellObject | undefined),
        ...patch,
      } as XLSX.CellObject;
    }
    if (spec.cells) {
      // Cells patched outside the rows widen the sheet's range.
      const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
      for (const address of Object.keys(spec.cells)) {
        const at = XLSX.utils.decode_cell(address);
        range.e.r = Math.max(range.e.r, at.r);
        range.e.c = Math.max(range.e.c, at.c);
      }
      sheet['!ref'] = XLSX.utils.encode_range(range);
    }
    if (spec.merges) sheet['!merges'] = spec.merges;
    XLSX.utils.book_append_sheet(book, sheet, spec.name);
  }
  book.Workbook = { Sheets: sheets.map((spec) => ({ Hidden: spec.hidden ? 1 : 0 })) };
  const written = XLSX.write(book, {
    type: 'array',
    bookType,
    bookVBA: bookType === 'xlsm',
  }) as ArrayBuffer;
  return new Uint8Array(written);
}

/** A plain KPI table on one sheet. */
export function kpiBook(bookType: BookType = 'xlsx'): Uint8Array {
  return workbookBytes(
    [
      {
        name: 'KPI',
        rows: [
          ['指标', '部门', '目标', '日期', '结果'],
          ['销售额', '销售部', 0.98, 45000, 2],
          ['回款率', '', 0.5, 45001, 0],
        ],
        cells: {
          C2: { z: '0%' },
          C3: { z: '0%' },
          D2: { z: 'yyyy-mm-dd' },
          D3: { z: 'yyyy-mm-dd' },
          E2: { t: 'n', v: 2, f: '1+1' },
          E3: { t: 'e', v: 0x07, w: '#DIV/0!' },
        },
        merges: [{ s: { r: 1, c: 1 }, e: { r: 2, c: 1 } }],
      },
      { name: 'Hidden notes', rows: [['备注']], hidden: true },
    ],
    bookType,
  );
}

export interface ZipSpec {
  name: string;
  data: Uint8Array;
  /** Deflate (default) or store. */
  store?: boolean;
  /** What the directory claims, when the test wants it to lie. */
  declaredSize?: number;
  encrypted?: boolean;
}

/** A minimal zip writer (local headers, central directory, end record), so tests can make zips lie. */
export function zipBytes(entries: ZipSpec[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const body = entry.store ? entry.data : new Uint8Array(deflateRawSync(entry.data));
    const size = entry.declaredSize ?? entry.data.byteLength;
    const flags = entry.encrypted ? 1 : 0;
    const method = entry.store ? 0 : 8;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, flags, true);
    local.setUint16(8, method, true);
    local.setUint32(18, body.byteLength, true);
    local.setUint32(22, size, true);
    local.setUint16(26, name.byteLength, true);
    const record = new DataView(new ArrayBuffer(46));
    record.setUint32(0, 0x02014b50, true);
    record.setUint16(4, 20, true);
    record.setUint16(6, 20, true);
    record.setUint16(8, flags, true);
    record.setUint16(10, method, true);
    record.setUint32(20, body.byteLength, true);
    record.setUint32(24, size, true);
    record.setUint16(28, name.byteLength, true);
    record.setUint32(42, offset, true);
    parts.push(new Uint8Array(local.buffer), name, body);
    central.push(new Uint8Array(record.buffer), name);
    offset += 30 + name.byteLength + body.byteLength;
  }
  const directorySize = central.reduce((sum, part) => sum + part.byteLength, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, directorySize, true);
  end.setUint32(16, offset, true);
  return concat([...parts, ...central, new Uint8Array(end.buffer)]);
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

/** The part of SheetJS's CFB library that builds OLE2 containers (typed `any` upstream). */
interface OleWriter {
  utils: {
    cfb_new(): unknown;
    cfb_add(container: unknown, name: string, content: Uint8Array): void;
  };
  write(container: unknown, options: { type: 'array'; fileType: 'cfb' }): ArrayBuffer | number[];
}

/**
 * What Office writes for a password-protected .xlsx: an OLE2 file whose
 * streams are EncryptionInfo and EncryptedPackage (MS-OFFCRYPTO 2.3.4). The
 * EncryptionInfo here is the agile header's version (4.4) and flags (0x40)
 * followed by filler: enough for every reader to recognise the scheme.
 */
export function encryptedOoxmlBytes(): Uint8Array {
  const CFB = XLSX.CFB as OleWriter;
  const container = CFB.utils.cfb_new();
  const info = new Uint8Array(512);
  info.set([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00]);
  CFB.utils.cfb_add(container, '/EncryptionInfo', info);
  CFB.utils.cfb_add(container, '/EncryptedPackage', new Uint8Array(4096).fill(0x5a));
  const written = CFB.write(container, { type: 'array', fileType: 'cfb' });
  return new Uint8Array(written instanceof ArrayBuffer ? written : Uint8Array.from(written));
}

/**
 * The smallest .xlsx Excel opens, around a sheet's `<sheetData>` content:
 * for sheets too big for SheetJS's writer to build quickly in a test.
 */
export function handmadeXlsx(sheetData: string): Uint8Array {
  const text = (value: string) => new TextEncoder().encode(value);
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const relations = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipBytes([
    {
      name: '[Content_Types].xml',
      data: text(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '</Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: text(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relations}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: text(
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${relations}"><sheets><sheet name="Big" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: text(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relations}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: text(
        `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}"><sheetData>${sheetData}</sheetData></worksheet>`,
      ),
    },
  ]);
}
