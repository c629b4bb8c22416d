import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The hand-written expectations for the real KPI sheets (see README.md in this
 * folder): where they live, their shape, and the checks on that shape. Shared
 * by golden.test.ts (the importer against them) and golden-sanity.test.ts (them
 * against the files, without the importer), so a typo in an expectation fails
 * the same way in both.
 */

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const GOLDEN_DIR = join(REPO_ROOT, 'test/import/golden');
/** Outside the repository on purpose: the files may not be redistributed. */
export const FIXTURE_DIR = resolve(REPO_ROOT, '../shared/fixtures/real-kpi');

const SPREADSHEET_FILE = /\.(xlsx|xlsm|xls|ods|csv|txt)$/i;

export const LAYOUTS = ['rows', 'cross-tab', 'transposed'] as const;
export const COMPARATORS = ['>=', '<=', '>', '<', '=', 'range'] as const;
export const SKIP_REASONS = [
  'subtotal',
  'signature',
  'section-heading',
  'empty',
  'title',
  'note',
  'duplicate',
  'header',
  'no-name',
] as const;

/** The metric fields an expectation may state; anything absent is not checked. */
export const NUMBER_FIELDS = ['baseline', 'target', 'targetLow', 'targetHigh', 'weight'] as const;
export const TEXT_FIELDS = ['department', 'unit', 'owner', 'parent', 'category'] as const;
const METRIC_FIELDS = new Set<string>(['name', 'comparator', ...NUMBER_FIELDS, ...TEXT_FIELDS]);
const TOP_FIELDS = new Set([
  'file',
  'sheet',
  'layout',
  'headerRow',
  'headerRows',
  'metricCount',
  'metrics',
  'skipped',
  'notes',
]);

export type NumberField = (typeof NUMBER_FIELDS)[number];
export type TextField = (typeof TEXT_FIELDS)[number];

export type ExpectedMetric = { name: string; comparator?: (typeof COMPARATORS)[number] | null } & {
  [F in NumberField]?: number | null;
} & { [F in TextField]?: string | null };

export interface GoldenExpectation {
  file: string;
  /** null: a CSV/TXT, whose single sheet is named by the reader. */
  sheet: string | null;
  layout: (typeof LAYOUTS)[number];
  /** 1-based, as Excel shows it. */
  headerRow: number;
  headerRows: 1 | 2;
  metricCount: number | { min: number; max: number };
  metrics: ExpectedMetric[];
  skipped?: { row: number; reason: (typeof SKIP_REASONS)[number] }[];
  notes: string;
}

/** How a name is compared: NFKC, the first non-empty line, whitespace collapsed. */
export function normaliseName(text: string): string {
  for (const line of text.normalize('NFKC').split(/\r\n|\r|\n/)) {
    const collapsed = line.replace(/\s+/gu, ' ').trim();
    if (collapsed !== '') return collapsed;
  }
  return '';
}

/** `|actual − expected| ≤ 1e-9`, scaled for large amounts (4,705,242,873 ₩). */
export function sameNumber(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

export function countBounds(count: GoldenExpectation['metricCount']): { min: number; max: number } {
  return typeof count === 'number' ? { min: count, max: count } : count;
}

/** The spreadsheet files in the fixture folder (SOURCES.md and the like left out). */
export function fixtureFiles(): string[] {
  if (!existsSync(FIXTURE_DIR)) throw new Error(missingFixturesMessage());
  return readdirSync(FIXTURE_DIR)
    .filter((name) => SPREADSHEET_FILE.test(name))
    .sort();
}

/** Fixture files with no expectation, and expectations whose file is not in the folder. */
export function unmatchedFiles(expectations: LoadedExpectation[]): {
  withoutExpectation: string[];
  withoutFixture: string[];
} {
  const files = fixtureFiles();
  const expected = new Set(expectations.map((e) => e.expectation.file));
  return {
    withoutExpectation: files.filter((file) => !expected.has(file)),
    withoutFixture: [...expected].filter((file) => !files.includes(file)).sort(),
  };
}

export function missingFixturesMessage(): string {
  return (
    `The real KPI fixtures are expected in ${FIXTURE_DIR} (../shared/fixtures/real-kpi beside the ` +
    'repository). They may not be redistributed, so they are not in the repository: get that folder ' +
    'before running these tests.'
  );
}

export function readFixture(file: string): Uint8Array {
  const path = join(FIXTURE_DIR, file);
  if (!existsSync(path)) throw new Error(`${file}: ${missingFixturesMessage()}`);
  return new Uint8Array(readFileSync(path));
}

export interface LoadedExpectation {
  /** The expectation file's own name, e.g. `ko_channel_targets.xlsx.json`. */
  jsonFile: string;
  expectation: GoldenExpectation;
  /** Everything wrong with the file's shape; empty when it is well formed. */
  problems: string[];
}

export function loadExpectations(): LoadedExpectation[] {
  return readdirSync(GOLDEN_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((jsonFile) => {
      const parsed: unknown = JSON.parse(readFileSync(join(GOLDEN_DIR, jsonFile), 'utf8'));
      const problems = shapeProblems(parsed, jsonFile);
      return { jsonFile, expectation: parsed as GoldenExpectation, problems };
    });
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function includes(list: readonly string[], value: unknown): boolean {
  return typeof value === 'string' && list.includes(value);
}

/** Checks an expectation file's shape, so a misspelt field cannot pass unchecked. */
function shapeProblems(value: unknown, jsonFile: string): string[] {
  if (typeof value !== 'object' || value === null) return ['not a JSON object'];
  const e = value as Record<string, unknown>;
  const problems: string[] = [];
  const problem = (text: string) => problems.push(text);
  for (const key of Object.keys(e)) if (!TOP_FIELDS.has(key)) problem(`unknown field "${key}"`);
  if (`${String(e.file)}.json` !== jsonFile)
    problem(`"file" must be the file name (${jsonFile} minus .json)`);
  if (e.sheet !== null && (typeof e.sheet !== 'string' || e.sheet === ''))
    problem('"sheet" must be a name or null');
  if (!includes(LAYOUTS, e.layout)) problem(`"layout" must be one of ${LAYOUTS.join(', ')}`);
  if (!isPositiveInteger(e.headerRow)) problem('"headerRow" must be a 1-based row number');
  if (e.headerRows !== 1 && e.headerRows !== 2) problem('"headerRows" must be 1 or 2');
  const count = e.metricCount as { min?: unknown; max?: unknown } | number | undefined;
  if (typeof count === 'object' && count !== null) {
    if (!isCount(count.min) || !isCount(count.max) || Number(count.min) > Number(count.max)) {
      problem('"metricCount" {min, max} must be counts with min ≤ max');
    }
  } else if (!isCount(count)) {
    problem('"metricCount" must be a count or {min, max}');
  }
  if (typeof e.notes !== 'string' || e.notes.trim() === '')
    problem('"notes" must say what makes the file hard');
  if (!Array.isArray(e.metrics)) problem('"metrics" must be a list');
  else e.metrics.forEach((m: unknown, i) => problems.push(...metricProblems(m, `metrics[${i}]`)));
  if (e.skipped !== undefined) {
    if (!Array.isArray(e.skipped)) problem('"skipped" must be a list');
    else
      e.skipped.forEach((s: unknown, i) => {
        const row = (s as { row?: unknown }).row;
        const reason = (s as { reason?: unknown }).reason;
        if (!isPositiveInteger(row)) problem(`skipped[${i}].row must be a 1-based row number`);
        if (!includes(SKIP_REASONS, reason))
          problem(`skipped[${i}].reason "${String(reason)}" is not a skip reason`);
      });
  }
  return problems;
}

function metricProblems(value: unknown, where: string): string[] {
  if (typeof value !== 'object' || value === null) return [`${where} is not an object`];
  const m = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(m))
    if (!METRIC_FIELDS.has(key)) problems.push(`${where}: unknown field "${key}"`);
  if (typeof m.name !== 'string' || normaliseName(m.name) !== m.name || m.name === '') {
    problems.push(`${where}.name must be a normalised name (NFKC, one line, single spaces)`);
  }
  for (const field of NUMBER_FIELDS) {
    const v = m[field];
    if (v !== undefined && v !== null && (typeof v !== 'number' || !Number.isFinite(v))) {
      problems.push(`${where}.${field} must be a number or null`);
    }
  }
  for (const field of TEXT_FIELDS) {
    const v = m[field];
    if (v !== undefined && v !== null && typeof v !== 'string')
      problems.push(`${where}.${field} must be text or null`);
  }
  if (m.comparator !== undefined && m.comparator !== null && !includes(COMPARATORS, m.comparator)) {
    problems.push(`${where}.comparator must be one of ${COMPARATORS.join(' ')} or null`);
  }
  return problems;
}

/**
 * Registers the suite both golden tests share: the fixture ↔ expectation check,
 * then one test per expectation file that first rejects a malformed file and
 * then runs `check` on it.
 */
export function describeGolden(
  title: string,
  check: (expectation: GoldenExpectation) => void,
): void {
  const expectations = loadExpectations();
  describe(title, () => {
    it('has one expectation per fixture file, and no expectation without a file', () => {
      const unmatched = unmatchedFiles(expectations);
      expect(unmatched, 'test/import/golden/*.json vs ../shared/fixtures/real-kpi').toEqual({
        withoutExpectation: [],
        withoutFixture: [],
      });
    });
    for (const { jsonFile, expectation, problems } of expectations) {
      it(expectation.file ?? jsonFile, () => {
        expect(problems, `${jsonFile}: malformed expectation`).toEqual([]);
        check(expectation);
      });
    }
  });
}
