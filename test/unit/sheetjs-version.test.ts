import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';

/**
 * Guards the SheetJS dependency. The last `xlsx` on the npm registry (0.18.5)
 * has known vulnerabilities (CVE-2023-30533 prototype pollution, CVE-2024-22363
 * ReDoS); we depend on 0.20.3 through the `@e965/xlsx` alias (see
 * docs/dependencies.md). A lockfile refresh, a dependency that pulls in the old
 * package, or someone "fixing" the alias back to `xlsx@^0.18` must fail here
 * rather than ship: our users open spreadsheets that arrive by email.
 */

const MINIMUM = '0.20.3';

function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[.+-]/).slice(0, 3).map(Number);
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The package.json of the `xlsx` that Node resolves, found beside its entry file. */
function resolvedPackage(): { name: string; version: string } {
  const require = createRequire(import.meta.url);
  // The package does not export ./package.json, so resolve the entry point and
  // walk up from there.
  let folder = dirname(require.resolve('xlsx'));
  for (;;) {
    try {
      return JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
        name: string;
        version: string;
      };
    } catch {
      const parent = dirname(folder);
      if (parent === folder) throw new Error('no package.json above the xlsx entry point');
      folder = parent;
    }
  }
}

describe('SheetJS version', () => {
  it('compares versions numerically', () => {
    expect(compareVersions('0.18.5', MINIMUM)).toBeLessThan(0);
    expect(compareVersions('0.20.3', MINIMUM)).toBe(0);
    expect(compareVersions('0.20.10', MINIMUM)).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', MINIMUM)).toBeGreaterThan(0);
  });

  it(`the resolved package is ${MINIMUM} or newer`, () => {
    const pkg = resolvedPackage();
    expect(
      compareVersions(pkg.version, MINIMUM),
      `${pkg.name}@${pkg.version}`,
    ).toBeGreaterThanOrEqual(0);
  });

  it(`the loaded library reports ${MINIMUM} or newer, the same as its package`, () => {
    expect(compareVersions(XLSX.version, MINIMUM), XLSX.version).toBeGreaterThanOrEqual(0);
    expect(XLSX.version).toBe(resolvedPackage().version);
  });
});

/** The part of SheetJS's bundled CFB/zip library this test uses (typed `any` upstream). */
interface ZipContainer {
  FullPaths: string[];
  FileIndex: { content: Uint8Array | number[] }[];
}
interface ZipApi {
  read(data: Uint8Array, options: { type: 'buffer' }): ZipContainer;
  write(container: ZipContainer, options: { type: 'buffer'; fileType: 'zip' }): Uint8Array;
}
const CFB: ZipApi = XLSX.CFB;

/** An .xlsx with one comment on A1, its comments part rewritten so the ref reads `ref`. */
function workbookWithCommentRef(ref: string): { file: Uint8Array; commentsXml: string } {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Metric', 'Target'],
    ['GMV', 46],
  ]);
  (sheet.A1 as XLSX.CellObject).c = [{ a: 'Facilitator', t: 'definition to be confirmed' }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'KPI');
  const written = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;

  const zip = CFB.read(written, { type: 'buffer' });
  // The part is xl/comments1.xml today; find it by name so a renumbering does
  // not turn this test into one that silently checks nothing.
  const index = zip.FullPaths.findIndex((path) => /\/xl\/comments\d*\.xml$/.test(path));
  expect(index, 'the written workbook has a comments part').toBeGreaterThanOrEqual(0);
  const entry = zip.FileIndex[index] as ZipContainer['FileIndex'][number];
  const original = Buffer.from(entry.content).toString('utf8');
  expect(original).toContain('ref="A1"');
  const commentsXml = original.replace('ref="A1"', `ref="${ref}"`);
  entry.content = Buffer.from(commentsXml, 'utf8');
  return { file: CFB.write(zip, { type: 'buffer', fileType: 'zip' }), commentsXml };
}

describe('SheetJS prototype pollution (CVE-2023-30533)', () => {
  const own = () => Object.getOwnPropertyNames(Object.prototype).sort();
  const baseline = own();

  // If the library ever does pollute, undo it so the rest of the run is not
  // poisoned; the assertions below have already failed by then.
  afterEach(() => {
    for (const name of own()) {
      if (!baseline.includes(name))
        delete (Object.prototype as unknown as Record<string, unknown>)[name];
    }
  });

  it('control: the comment ref in the XML decides which cell gets the comment', () => {
    // Moves the comment from A1 to the empty C5. This shows the comments
    // parser runs on our rewritten part and looks the ref up as a key of the
    // sheet object: the very lookup that `__proto__` turns into
    // Object.prototype in 0.18.5.
    const { file } = workbookWithCommentRef('C5');
    const sheet = XLSX.read(file, { type: 'buffer' }).Sheets.KPI as XLSX.WorkSheet;
    expect((sheet.C5 as XLSX.CellObject | undefined)?.c?.[0]?.t).toBe('definition to be confirmed');
    expect((sheet.A1 as XLSX.CellObject).c).toBeUndefined();
  });

  it('a comment whose ref is __proto__ does not touch Object.prototype', () => {
    // Why the comments parser: in 0.18.5, sheet_insert_comments does
    // `cell = sheet[comment.ref]` with the ref taken straight from
    // xl/comments1.xml, then `if (!cell.c) cell.c = []; cell.c.push(...)`.
    // With ref="__proto__", `cell` is Object.prototype, so every object in the
    // process gains a `c` array holding the attacker's text (and `t`, `r`…
    // show up on it). 0.20.3 decodes the ref first and skips invalid ones.
    const { file, commentsXml } = workbookWithCommentRef('__proto__');
    expect(commentsXml).toContain('ref="__proto__"');

    try {
      XLSX.read(file, { type: 'buffer' });
    } catch {
      // Refusing the file is fine; polluting the prototype is not.
    }

    expect(own()).toEqual(baseline);
    const probe = {} as Record<string, unknown>;
    for (const key of ['c', 't', 'r', 'a', 'h', 'T', 'v', 'w'])
      expect(probe[key], `({}).${key}`).toBeUndefined();
  });
});
