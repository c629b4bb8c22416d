import { describe, expect, it } from 'vitest';
import { seededRandom, smallWorkspace } from '../../../test/unit/fixtures/workspaces';
import { findJsonSyntaxError, positionOf } from './json-syntax';
import { serializeWorkspace } from './serialize';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonSyntaxError', () => {
  it('finds nothing wrong in valid JSON', () => {
    const valid = [
      '{}',
      '[]',
      ' \t\r\n{ "a" : [ 1, -0.5e+3, 2E-2, 0, true, false, null, "x\\u00e9\\n\\"" ] } \n',
      '"只是一个字符串"',
      '-0',
      '[[[[[]]]]]',
      serializeWorkspace(smallWorkspace()),
    ];
    for (const text of valid) expect(findJsonSyntaxError(text), text).toBeNull();
  });

  it('gives the line and column of the first error', () => {
    const cases: [string, number, number][] = [
      ['root:x:0:0:root:/root:/bin/bash', 1, 1],
      ['{\n  "a": 1,\n  "b": 2,\n}', 4, 1],
      ['{\r\n  "a": tru\r\n}', 2, 11],
      ['[1, 2 3]', 1, 7],
      ['{"a" 1}', 1, 6],
      ['{"a": 01}', 1, 8],
      ['{"a": 1.}', 1, 9],
      ['{"a": "\\x"}', 1, 9],
      ['{"a": "tab\there"}', 1, 11],
      ['{"名称": ?}', 1, 8],
      ['{"😀": ?}', 1, 7],
      ['{} {}', 1, 4],
      ['', 1, 1],
    ];
    for (const [text, line, column] of cases)
      expect(findJsonSyntaxError(text), JSON.stringify(text)).toEqual({ line, column });
  });

  it('points just past the end of a text that stops early', () => {
    expect(findJsonSyntaxError('{"a": [1, 2')).toEqual({ line: 1, column: 12 });
    expect(findJsonSyntaxError('{"a": "no end\n')).toEqual({ line: 1, column: 14 });
    expect(findJsonSyntaxError('[1,\n2,\n')).toEqual({ line: 3, column: 1 });
  });

  it('accepts exactly what JSON.parse accepts (random damage to a real file)', () => {
    const text = serializeWorkspace(smallWorkspace());
    const alphabet = '{}[],:"\\ \n0123456789.-+eEtrufalsn\u00e9x';
    for (const seed of [1, 2, 3]) {
      const random = seededRandom(seed);
      for (let n = 0; n < 400; n++) {
        const at = Math.floor(random() * text.length);
        const roll = random();
        const char = alphabet[Math.floor(random() * alphabet.length)] as string;
        const damaged =
          roll < 0.4
            ? text.slice(0, at) + text.slice(at + 1)
            : roll < 0.8
              ? text.slice(0, at) + char + text.slice(at + 1)
              : text.slice(0, at);
        expect(findJsonSyntaxError(damaged) === null, `seed ${seed}, try ${n}`).toBe(
          parses(damaged),
        );
      }
    }
  });

  it('agrees with V8 on the position when V8 gives one', () => {
    const random = seededRandom(77);
    const text = JSON.stringify({ a: [1, 2, { b: 'c', d: null }], e: true }, null, 2);
    let compared = 0;
    for (let n = 0; n < 300; n++) {
      const at = Math.floor(random() * text.length);
      const damaged = text.slice(0, at) + '#' + text.slice(at + 1);
      try {
        JSON.parse(damaged);
      } catch (error) {
        const v8 = /\(line (\d+) column (\d+)\)/.exec((error as Error).message);
        if (!v8) continue;
        compared++;
        expect(findJsonSyntaxError(damaged), damaged).toEqual({
          line: Number(v8[1]),
          column: Number(v8[2]),
        });
      }
    }
    // Node 22 and 24 give positions for these; if V8 stops, this test says so.
    expect(compared).toBeGreaterThan(100);
  });

  // Speed is measured in test/bench/json-syntax.bench.ts; here, that a file
  // near the 64 MB limit and a million open brackets are scanned at all (no
  // stack overflow; a quadratic scan would run into the test timeout).
  it('scans a file near the size limit, and deep nesting, without recursion', () => {
    const deep = '['.repeat(1_000_000) + ']'.repeat(999_999);
    expect(findJsonSyntaxError(deep)).toEqual({ line: 1, column: deep.length + 1 });
    const big = '{"rows": [' + '"一行内容，数字 12345",'.repeat(4_000_000) + '0 0]}';
    expect(big.length).toBeGreaterThan(60_000_000);
    expect(findJsonSyntaxError(big)).toEqual({ line: 1, column: big.length - 2 });
  });
});

describe('positionOf', () => {
  it('counts lines by \\n, \\r\\n and a lone \\r, columns by character', () => {
    expect(positionOf('a\nb\r\nc\rd', 7)).toEqual({ line: 4, column: 1 });
    expect(positionOf('😀x', 2)).toEqual({ line: 1, column: 2 });
  });
});
