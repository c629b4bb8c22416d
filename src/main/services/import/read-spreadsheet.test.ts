import { describe, expect, it } from 'vitest';
import * as cptable from 'xlsx/dist/cpexcel.full.mjs';
import type { RawCell, RawWorkbook, ReadResult } from '../../../shared/import/types';
import { DEFAULT_READ_LIMITS, readSpreadsheet } from './read-spreadsheet';
import { kpiBook, workbookBytes, type BookType } from './test-workbooks';

function workbookOf(result: ReadResult): RawWorkbook {
  if (!result.ok) throw new Error(`expected a workbook, got ${JSON.stringify(result.failure)}`);
  return result.workbook;
}

function cellAt(workbook: RawWorkbook, sheet: number, row: number, column: number): RawCell | null {
  return workbook.sheets[sheet]?.rows[row]?.[column] ?? null;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The codepage tables' encoder (exported by the .mjs, missing from its type declarations). */
const { utils: codepages } = cptable as unknown as {
  utils: { encode(codepage: number, text: string): ArrayLike<number> };
};
/** GBK (936) or Big5 (950) bytes: TextEncoder only writes UTF-8. */
const encodeIn = (codepage: 936 | 950, text: string) =>
  new Uint8Array(codepages.encode(codepage, text));

describe('readSpreadsheet: workbooks', () => {
  const kinds: [BookType, string, RawWorkbook['format']][] = [
    ['xlsx', 'kpi.xlsx', 'xlsx'],
    ['xlsm', 'kpi.xlsm', 'xlsm'],
    ['biff8', 'kpi.xls', 'xls'],
  ];
  for (const [bookType, fileName, format] of kinds) {
    it(`${format}: values, shown text, formats, dates, errors, formulas, merges, hidden sheets`, () => {
      // Named .dat: the format comes from the content, not the name.
      const workbook = workbookOf(readSpreadsheet(kpiBook(bookType), { fileName: 'kpi.dat' }));
      expect(workbook.format).toBe(format);
      expect(workbook.encoding).toBeNull();
      expect(fileName).toContain(format);
      expect(cellAt(workbook, 0, 0, 0)).toEqual({ value: '指标', text: '指标' });
      // A percent cell keeps its stored value; the format says it is shown as percent.
      expect(cellAt(workbook, 0, 1, 2)).toEqual({ value: 0.98, text: '98%', format: '0%' });
      expect(cellAt(workbook, 0, 1, 3)).toEqual({
        value: '2023-03-15',
        text: '2023-03-15',
        format: 'yyyy-mm-dd',
        isDate: true,
      });
      // A formula keeps its cached result only.
      expect(cellAt(workbook, 0, 1, 4)).toEqual({ value: 2, text: '2' });
      expect(cellAt(workbook, 0, 2, 4)).toEqual({
        value: '#DIV/0!',
        text: '#DIV/0!',
        isError: true,
      });
      expect(cellAt(workbook, 0, 2, 1)).toBeNull();
      expect(workbook.sheets[0]?.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 1 }]);
      expect(workbook.sheets.map((sheet) => [sheet.name, sheet.hidden])).toEqual([
        ['KPI', false],
        ['Hidden notes', true],
      ]);
    });
  }

  it('ods: values, formats and merges', () => {
    // SheetJS's ODS writer drops hidden flags and error cells, so those are
    // tested on the formats above; reading them from a real .ods is SheetJS's.
    const workbook = workbookOf(readSpreadsheet(kpiBook('ods'), { fileName: 'kpi.ods' }));
    expect(workbook.format).toBe('ods');
    expect(cellAt(workbook, 0, 1, 2)).toMatchObject({ value: 0.98, format: '0%' });
    expect(cellAt(workbook, 0, 1, 3)).toMatchObject({ value: '2023-03-15', isDate: true });
    expect(cellAt(workbook, 0, 1, 4)).toMatchObject({ value: 2 });
    expect(workbook.sheets[0]?.merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 1 }]);
  });

  it('trims empty trailing rows and cells, keeps empty cells inside as null', () => {
    const bytes = workbookBytes([
      {
        name: 'S',
        rows: [['a', null, 'c', null, null], [null, null, null, null, null], ['x']],
        // Formatted but empty cells far away (Excel keeps these after a delete).
        cells: { H40: { t: 's', v: '' }, Z2: { t: 'z' } },
      },
    ]);
    const sheet = workbookOf(readSpreadsheet(bytes, { fileName: 's.xlsx' })).sheets[0];
    expect(sheet?.rows).toEqual([
      [{ value: 'a', text: 'a' }, null, { value: 'c', text: 'c' }],
      [],
      [{ value: 'x', text: 'x' }],
    ]);
  });

  it('a date with a time keeps the time; a bare time stays a number', () => {
    const bytes = workbookBytes([
      {
        name: 'S',
        rows: [[45000.5, 0.5]],
        cells: { A1: { z: 'yyyy-mm-dd hh:mm' }, B1: { z: 'hh:mm' } },
      },
    ]);
    const workbook = workbookOf(readSpreadsheet(bytes, { fileName: 's.xlsx' }));
    expect(cellAt(workbook, 0, 0, 0)).toMatchObject({ value: '2023-03-15T12:00:00', isDate: true });
    expect(cellAt(workbook, 0, 0, 1)).toEqual({ value: 0.5, text: '12:00', format: 'hh:mm' });
  });

  it('booleans stay booleans', () => {
    const bytes = workbookBytes([{ name: 'S', rows: [[true, false]] }]);
    const workbook = workbookOf(readSpreadsheet(bytes, { fileName: 's.xlsx' }));
    expect(workbook.sheets[0]?.rows[0]).toEqual([
      { value: true, text: 'TRUE' },
      { value: false, text: 'FALSE' },
    ]);
  });

  it('an HTML table saved as .xls (old reporting systems) is read as a workbook', () => {
    const html =
      '<html><body><table><tr><td>指标</td><td>目标</td></tr><tr><td>销售额</td><td>98%</td></tr></table></body></html>';
    const workbook = workbookOf(readSpreadsheet(utf8(html), { fileName: 'export.xls' }));
    expect(workbook.format).toBe('xls');
    expect(cellAt(workbook, 0, 1, 0)?.value).toBe('销售额');
  });

  it('stops collecting at the cell budget and says the sheet was truncated', () => {
    const rows = Array.from({ length: 50 }, (_, r) => [`m${r}`, r]);
    const bytes = workbookBytes([
      { name: 'First', rows },
      { name: 'Second', rows: [['later']] },
    ]);
    const limits = { ...DEFAULT_READ_LIMITS, maxCells: 41 };
    const workbook = workbookOf(readSpreadsheet(bytes, { fileName: 's.xlsx' }, limits));
    const [first, second] = workbook.sheets;
    expect(first?.truncated).toBe(true);
    expect(first?.rows.flat().filter(Boolean)).toHaveLength(41);
    expect(second).toMatchObject({ rows: [], truncated: true });
  });

  it('keeps the first rows and columns of a sheet past the limits', () => {
    const rows = Array.from({ length: 30 }, (_, r) =>
      Array.from({ length: 12 }, (_, c) => r * 100 + c),
    );
    const bytes = workbookBytes([{ name: 'S', rows }]);
    const limits = { ...DEFAULT_READ_LIMITS, maxRows: 10, maxColumns: 5 };
    const sheet = workbookOf(readSpreadsheet(bytes, { fileName: 's.xlsx' }, limits)).sheets[0];
    expect(sheet?.truncated).toBe(true);
    expect(sheet?.rows).toHaveLength(10);
    expect(sheet?.rows.every((row) => row.length === 5)).toBe(true);
    expect(sheet?.rows[9]?.[4]?.value).toBe(904);
  });
});

describe('readSpreadsheet: CSV and TXT', () => {
  const table = '指标,部门,目标\n销售额,销售部,98%\n回款率,財務部,"1,200万"\n';

  it('UTF-8 without a BOM', () => {
    const workbook = workbookOf(readSpreadsheet(utf8(table), { fileName: 'kpi.csv' }));
    expect(workbook).toMatchObject({ format: 'csv', encoding: 'utf-8', encodingDetected: true });
    expect(workbook.sheets[0]?.name).toBe('kpi');
    expect(workbook.sheets[0]?.rows[2]).toEqual([
      { value: '回款率', text: '回款率' },
      { value: '財務部', text: '財務部' },
      { value: '1,200万', text: '1,200万' },
    ]);
  });

  it('UTF-8 with a BOM: the BOM is not part of the first header', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(table)]);
    const workbook = workbookOf(readSpreadsheet(bytes, { fileName: 'kpi.csv' }));
    expect(workbook.encoding).toBe('utf-8');
    expect(cellAt(workbook, 0, 0, 0)?.value).toBe('指标');
  });

  function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
    const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (endian === 'le') bytes.push(code & 0xff, code >> 8);
      else bytes.push(code >> 8, code & 0xff);
    }
    return new Uint8Array(bytes);
  }

  it('UTF-16 LE and BE, with a BOM (Excel "Unicode text") and without', () => {
    const tsv = 'Metric\tTarget\nRevenue\t98%\n';
    for (const [endian, bom] of [
      ['le', true],
      ['be', true],
      ['le', false],
    ] as const) {
      const workbook = workbookOf(
        readSpreadsheet(utf16(tsv, endian, bom), { fileName: 'kpi.txt' }),
      );
      expect(workbook).toMatchObject({ format: 'txt', encoding: `utf-16${endian}` });
      expect(cellAt(workbook, 0, 1, 1)?.value).toBe('98%');
    }
  });

  it('GBK (read as GB18030) and Big5 are told apart', () => {
    const simplified =
      '指标名称,部门,目标值,权重\n销售额,销售部,≥98%,20%\n客户满意度,服务部,95%,10%\n';
    // cp950 has no ≥ (it writes a NUL), so the Big5 text avoids it.
    const traditional =
      '指標名稱,部門,目標值,權重\n營業額,業務部,>=98%,20%\n門診人次,醫務部,1200,10%\n';
    const gbk = encodeIn(936, simplified);
    const big5 = encodeIn(950, traditional);
    const fromGbk = workbookOf(readSpreadsheet(gbk, { fileName: 'gbk.csv' }));
    expect(fromGbk).toMatchObject({ encoding: 'gb18030', encodingDetected: true });
    expect(cellAt(fromGbk, 0, 1, 0)?.value).toBe('销售额');
    const fromBig5 = workbookOf(readSpreadsheet(big5, { fileName: 'big5.csv' }));
    expect(fromBig5).toMatchObject({ encoding: 'big5', encodingDetected: true });
    expect(cellAt(fromBig5, 0, 2, 0)?.value).toBe('門診人次');
  });

  it("the user's encoding wins over detection", () => {
    const gbk = encodeIn(936, '指标,目标\n销售额,98%\n');
    const workbook = workbookOf(readSpreadsheet(gbk, { fileName: 'x.csv', encoding: 'big5' }));
    expect(workbook).toMatchObject({ encoding: 'big5', encodingDetected: false });
    expect(cellAt(workbook, 0, 0, 0)?.value).not.toBe('指标');
    expect(readSpreadsheet(gbk, { fileName: 'x.csv', encoding: 'utf-8' })).toEqual({
      ok: false,
      failure: { reason: 'undecodable-text', encoding: 'utf-8' },
    });
  });

  it('bytes no encoding accepts are refused, not imported with replacement characters', () => {
    // 0xFF is not a lead byte in UTF-8, GB18030 or Big5.
    const bytes = new Uint8Array([...utf8('指标,目标\n'), 0x41, 0xff, 0xff, 0x2c, 0x42, 0x0a]);
    const result = readSpreadsheet(bytes, { fileName: 'bad.csv' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.failure.reason).toBe('undecodable-text');
  });

  it('formula triggers and leading zeros stay text', () => {
    const workbook = workbookOf(
      readSpreadsheet(utf8("编号,公式\n007,=1+1\n0012,=cmd|' /C calc'!A0\n"), {
        fileName: 'x.csv',
      }),
    );
    expect(workbook.sheets[0]?.rows[1]).toEqual([
      { value: '007', text: '007' },
      { value: '=1+1', text: '=1+1' },
    ]);
    expect(cellAt(workbook, 0, 2, 1)?.value).toBe("=cmd|' /C calc'!A0");
  });

  it('quotes: separators, line breaks and doubled quotes inside a field', () => {
    const text = 'a,b\r\n"x, y","line 1\nline 2"\r\n"say ""hi""",\r\n';
    const rows = workbookOf(readSpreadsheet(utf8(text), { fileName: 'q.csv' })).sheets[0]?.rows;
    expect(rows?.map((row) => row.map((cell) => cell?.value ?? null))).toEqual([
      ['a', 'b'],
      ['x, y', 'line 1\nline 2'],
      ['say "hi"'],
    ]);
  });

  it('a first cell that SheetJS would take for HTML, SYLK or DIF is plain text', () => {
    for (const first of ['<5%', 'ID', 'TABLE']) {
      const rows = workbookOf(readSpreadsheet(utf8(`${first},b\n1,2\n`), { fileName: 'x.csv' }))
        .sheets[0]?.rows;
      expect(rows?.[0]?.[0]?.value).toBe(first);
      expect(rows).toHaveLength(2);
    }
  });

  it('separators: tab for a .txt where tabs dominate, semicolon CSV, Excel sep= line', () => {
    const txt = workbookOf(readSpreadsheet(utf8('a\tb,c\nd\te\n'), { fileName: 'x.txt' }));
    expect(txt.sheets[0]?.rows[0]?.map((cell) => cell?.value)).toEqual(['a', 'b,c']);
    const semicolon = workbookOf(readSpreadsheet(utf8('a;b;c\n1,5;2;3\n'), { fileName: 'x.csv' }));
    expect(semicolon.sheets[0]?.rows[1]?.map((cell) => cell?.value)).toEqual(['1,5', '2', '3']);
    const sep = workbookOf(readSpreadsheet(utf8('sep=;\na,b;c\n'), { fileName: 'x.csv' }));
    expect(sep.sheets[0]?.rows).toEqual([
      [
        { value: 'a,b', text: 'a,b' },
        { value: 'c', text: 'c' },
      ],
    ]);
  });

  it('an empty CSV, or one of separators only, is an empty workbook', () => {
    for (const text of ['', '\n\n', ',,,\n,,\n'])
      expect(readSpreadsheet(utf8(text), { fileName: 'e.csv' })).toEqual({
        ok: false,
        failure: { reason: 'empty-workbook' },
      });
  });
});
