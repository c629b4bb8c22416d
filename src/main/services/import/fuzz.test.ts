import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ReadFailure, ReadResult } from '../../../shared/import/types';
import { seededRandom } from '../../../../test/unit/fixtures/workspaces';
import { readSpreadsheet } from './read-spreadsheet';
import { zipBytes } from './test-workbooks';
import { readZipDirectory, readZipEntry } from './zip-directory';

/**
 * Seeded fuzzing of the real KPI fixtures: each case mutates one file (flip
 * bytes, truncate, duplicate a range, zero a range, or the same inside one
 * of its zip entries, re-zipped so the damage reaches SheetJS's XML parsers)
 * and asserts that readSpreadsheet returns a result, never throws. A new
 * seed each run, printed on failure; IMPORT_FUZZ_SEED=<n> replays one.
 */

const CASES = 1_000;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const FIXTURES = resolve(repoRoot, '../shared/fixtures/real-kpi');
const SPREADSHEET = /\.(xlsx|xlsm|xls|ods|csv|txt)$/i;

const REASONS: ReadonlySet<ReadFailure['reason']> = new Set([
  'not-a-spreadsheet',
  'damaged',
  'password-protected',
  'empty-workbook',
  'too-large',
  'too-many-cells',
  'expands-too-much',
  'undecodable-text',
  'timed-out',
  'cancelled',
]);

type Random = () => number;
const below = (random: Random, n: number) => Math.floor(random() * n);

function mutate(bytes: Uint8Array, random: Random): { bytes: Uint8Array; how: string } {
  if (bytes.byteLength === 0) return { bytes, how: 'empty' };
  const at = below(random, bytes.byteLength);
  const span = 1 + below(random, Math.min(4096, bytes.byteLength - at));
  switch (below(random, 4)) {
    case 0: {
      const out = bytes.slice();
      const flips = 1 + below(random, 16);
      for (let i = 0; i < flips; i++) {
        const index = below(random, out.byteLength);
        out[index] = (out[index] ?? 0) ^ (1 << below(random, 8));
      }
      return { bytes: out, how: `flip ${flips}` };
    }
    case 1:
      return { bytes: bytes.slice(0, at), how: `truncate at ${at}` };
    case 2: {
      const out = new Uint8Array(bytes.byteLength + span);
      out.set(bytes.subarray(0, at + span));
      out.set(bytes.subarray(at, at + span), at + span);
      out.set(bytes.subarray(at + span), at + 2 * span);
      return { bytes: out, how: `duplicate ${at}+${span}` };
    }
    default: {
      const out = bytes.slice();
      out.fill(0, at, at + span);
      return { bytes: out, how: `zero ${at}+${span}` };
    }
  }
}

/** Mutates one entry of a zip and zips it again; null when the file is not a readable zip. */
function mutateInsideZip(
  bytes: Uint8Array,
  random: Random,
): { bytes: Uint8Array; how: string } | null {
  const directory = readZipDirectory(bytes, 10_000);
  if (!directory.ok) return null;
  const entries = directory.entries.map((entry) => {
    const content = readZipEntry(bytes, entry, entry.uncompressedSize);
    return { name: entry.name, data: content.ok ? content.content : new Uint8Array(0) };
  });
  const xmlEntries = entries.filter((entry) => /\.xml$/.test(entry.name));
  const target = xmlEntries[below(random, xmlEntries.length)];
  if (!target) return null;
  const mutated = mutate(target.data, random);
  target.data = mutated.bytes;
  return { bytes: zipBytes(entries), how: `${target.name}: ${mutated.how}` };
}

function check(result: ReadResult): void {
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) expect(Array.isArray(result.workbook.sheets)).toBe(true);
  else expect(REASONS.has(result.failure.reason), result.failure.reason).toBe(true);
}

describe('fuzzing the real fixtures', () => {
  it(`${CASES} mutated files: always a result, never an exception`, { timeout: 90_000 }, () => {
    expect(
      existsSync(FIXTURES),
      `the real KPI fixtures are expected in ${FIXTURES} (../shared/fixtures/real-kpi beside the repo)`,
    ).toBe(true);
    const files = readdirSync(FIXTURES)
      .filter((name) => SPREADSHEET.test(name))
      .sort()
      .map((name) => ({ name, bytes: new Uint8Array(readFileSync(resolve(FIXTURES, name))) }));
    expect(files.length, `no spreadsheets in ${FIXTURES}`).toBeGreaterThan(0);

    const seed = Number(process.env.IMPORT_FUZZ_SEED ?? Date.now() % 2 ** 31);
    const random = seededRandom(seed);
    const outcomes = new Map<string, number>();
    const start = performance.now();
    for (let index = 0; index < CASES; index++) {
      const file = files[below(random, files.length)] as (typeof files)[number];
      const mutation =
        (random() < 0.3 ? mutateInsideZip(file.bytes, random) : null) ?? mutate(file.bytes, random);
      const label = `seed ${seed}, case ${index}: ${file.name}, ${mutation.how}`;
      let result: ReadResult;
      try {
        result = readSpreadsheet(mutation.bytes, { fileName: file.name });
      } catch (error) {
        throw new Error(
          `readSpreadsheet threw (IMPORT_FUZZ_SEED=${seed}) at ${label}: ${String(error)}`,
        );
      }
      try {
        check(result);
      } catch (error) {
        throw new Error(`bad result (IMPORT_FUZZ_SEED=${seed}) at ${label}: ${String(error)}`);
      }
      const outcome = result.ok ? 'ok' : result.failure.reason;
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    console.log(
      `fuzz: seed ${seed}, ${CASES} cases in ${Math.round(performance.now() - start)} ms:`,
      Object.fromEntries(outcomes),
    );
    // A fuzz run where every case fails the same way tested only that one path.
    expect(outcomes.get('ok') ?? 0, 'some mutated files still read').toBeGreaterThan(0);
    expect(outcomes.get('damaged') ?? 0, 'some mutated files are damaged').toBeGreaterThan(0);
  });
});
