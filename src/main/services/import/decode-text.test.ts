import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cptable from 'xlsx/dist/cpexcel.full.mjs';
import { TEXT_ENCODINGS } from '../../../shared/import/types';
import { decodeText } from './decode-text';

const { utils: codepages } = cptable as unknown as {
  utils: { encode(codepage: number, text: string): ArrayLike<number> };
};
const encodeIn = (codepage: 936 | 950, text: string) =>
  new Uint8Array(codepages.encode(codepage, text));

describe('decodeText', () => {
  // Short texts on purpose: most of these decode without error both as GBK and as Big5.
  const simplified = [
    '销售额',
    '客户满意度',
    '指标名称',
    '目标值',
    '部门负责人',
    '年度考核',
    '回款率',
    '权重',
  ];
  const traditional = [
    '營業額',
    '客戶滿意度',
    '指標名稱',
    '目標值',
    '部門負責人',
    '年度考核',
    '門診人次',
    '權重',
  ];

  it('tells GBK from Big5 even for a single short header', () => {
    for (const text of simplified) {
      const decoded = decodeText(encodeIn(936, `${text},1\n`));
      expect(decoded, text).toMatchObject({ ok: true, encoding: 'gb18030', text: `${text},1\n` });
    }
    for (const text of traditional) {
      const decoded = decodeText(encodeIn(950, `${text},1\n`));
      expect(decoded, text).toMatchObject({ ok: true, encoding: 'big5', text: `${text},1\n` });
    }
  });

  it('reads GB18030 four-byte sequences (the reason for the gb18030 label)', () => {
    // U+20000 (𠀀) is 0x95 0x32 0x82 0x36 in GB18030, outside GBK.
    const bytes = new Uint8Array([0xd6, 0xb8, 0xb1, 0xea, 0x95, 0x32, 0x82, 0x36]);
    expect(decodeText(bytes)).toMatchObject({ ok: true, encoding: 'gb18030', text: '指标𠀀' });
  });

  it('plain ASCII is UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('a,b\n1,2'))).toEqual({
      ok: true,
      text: 'a,b\n1,2',
      encoding: 'utf-8',
      detected: true,
    });
  });

  it('a chosen encoding that cannot decode the bytes says so, naming that encoding', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41]), 'utf-8')).toEqual({
      ok: false,
      encoding: 'utf-8',
    });
  });

  it('never throws; a chosen encoding is the one used, and is not reported as detected', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.option(fc.constantFrom(...TEXT_ENCODINGS), { nil: undefined }),
        (bytes, chosen) => {
          const decoded = decodeText(bytes, chosen);
          expect(TEXT_ENCODINGS).toContain(decoded.encoding);
          if (chosen) expect(decoded.encoding).toBe(chosen);
          if (decoded.ok) expect(decoded.detected).toBe(chosen === undefined);
        },
      ),
      { numRuns: 500 },
    );
  });
});
