import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listFolder, MAX_ENTRIES } from './folder-listing';
import { makeTempDir } from './test-helpers';

let dir: string;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ dir, dispose } = await makeTempDir('nss-list-'));
});
afterEach(() => dispose());

const list = (folder: string, overrides: Partial<Parameters<typeof listFolder>[0]> = {}) =>
  listFolder({
    folder,
    purpose: 'workspace',
    access: 'open',
    roots: [dir],
    places: [],
    ...overrides,
  });

describe('listFolder', () => {
  it('shows sub-folders first, then the files of the purpose, in natural order; hides the rest', async () => {
    for (const name of ['第10轮', '第2轮', 'Archive', '.git']) await mkdir(path.join(dir, name));
    for (const name of [
      'b.northstar',
      'A.northstar',
      'a.northstar.bak',
      'kpi.xlsx',
      '.hidden.northstar',
    ])
      await writeFile(path.join(dir, name), 'x'.repeat(3));
    const listing = await list(dir);
    if (!listing.ok) throw new Error(JSON.stringify(listing));
    expect(listing.entries.map((entry) => `${entry.kind}:${entry.name}`)).toEqual([
      // Chinese collation (the first language of most users) puts Han before Latin.
      'folder:第2轮',
      'folder:第10轮',
      'folder:Archive',
      'file:A.northstar',
      'file:a.northstar.bak',
      'file:b.northstar',
    ]);
    expect(listing.entries.find((entry) => entry.name === 'b.northstar')).toMatchObject({
      size: 3,
      modifiedMs: expect.any(Number),
    });
    expect(listing.entries.find((entry) => entry.kind === 'folder')).toMatchObject({ size: null });
  });

  it('lists what the purpose may use: spreadsheets to import, exports to write', async () => {
    for (const name of ['plan.northstar', 'kpi.xlsx', 'old.XLS', 'matrix.pdf'])
      await writeFile(path.join(dir, name), '');
    const names = async (purpose: 'import' | 'export', access: 'open' | 'save') => {
      const listing = await list(dir, { purpose, access });
      return listing.ok ? listing.entries.map((entry) => entry.name) : listing.error;
    };
    expect(await names('import', 'open')).toEqual(['kpi.xlsx', 'old.XLS']);
    expect(await names('export', 'save')).toEqual(['kpi.xlsx', 'matrix.pdf']);
  });

  it('shows a symlinked folder as a folder and skips a dangling link', async () => {
    await mkdir(path.join(dir, 'real'));
    await symlink(path.join(dir, 'real'), path.join(dir, 'linked'));
    await symlink(path.join(dir, 'gone.northstar'), path.join(dir, 'dangling.northstar'));
    const listing = await list(dir);
    expect(listing.ok && listing.entries.map((entry) => `${entry.kind}:${entry.name}`)).toEqual([
      'folder:linked',
      'folder:real',
    ]);
  });

  it('goes up inside the roots only', async () => {
    await mkdir(path.join(dir, 'a', 'b'), { recursive: true });
    expect(await list(path.join(dir, 'a', 'b'))).toMatchObject({ parent: path.join(dir, 'a') });
    expect(await list(path.join(dir, 'a'))).toMatchObject({ parent: dir });
    expect(await list(dir)).toMatchObject({ parent: null });
  });

  it('says why a folder cannot be listed', async () => {
    await writeFile(path.join(dir, 'plan.northstar'), '');
    expect(await list(path.join(dir, 'plan.northstar'))).toMatchObject({
      ok: false,
      error: { reason: 'not-a-folder' },
    });
    expect(await list(path.join(dir, 'nowhere'))).toMatchObject({
      ok: false,
      error: { reason: 'not-found' },
    });
  });

  it('stops at a size a dialog can show, and says so', async () => {
    const many = MAX_ENTRIES + 5;
    await Promise.all(Array.from({ length: many }, (_, i) => mkdir(path.join(dir, `folder-${i}`))));
    const listing = await list(dir);
    expect(listing).toMatchObject({ ok: true, truncated: true });
    expect(listing.ok && listing.entries.length).toBe(MAX_ENTRIES);
  });
});
