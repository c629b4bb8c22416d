import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanupStaleTemps, isTempName, tempNameFor, writeFileAtomic } from './atomic-write';
import { makeTempDir } from './test-helpers';

let dir: string;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ dir, dispose } = await makeTempDir());
});
afterEach(() => dispose());

describe('writeFileAtomic', () => {
  it('creates, then replaces a file, leaving nothing else in the folder', async () => {
    const file = path.join(dir, 'plan.northstar');
    await writeFileAtomic(file, 'first');
    await writeFileAtomic(file, new TextEncoder().encode('second'));
    expect(await readFile(file, 'utf8')).toBe('second');
    expect(await readdir(dir)).toEqual(['plan.northstar']);
  });

  it.skipIf(process.platform === 'win32')(
    'keeps the permissions of the file it replaces',
    async () => {
      const file = path.join(dir, 'plan.northstar');
      await writeFile(file, 'old');
      await chmod(file, 0o600);
      await writeFileAtomic(file, 'new');
      expect((await stat(file)).mode & 0o777).toBe(0o600);
    },
  );

  it('runs overlapping writes to one path one after another; the last call wins', async () => {
    const file = path.join(dir, 'plan.northstar');
    const texts = Array.from({ length: 20 }, (_, i) => `version ${i} `.repeat(5000));
    await Promise.all(texts.map((text) => writeFileAtomic(file, text)));
    expect(await readFile(file, 'utf8')).toBe(texts[19]);
    expect(await readdir(dir)).toEqual(['plan.northstar']);
  });

  it('treats two spellings of one path as one queue', async () => {
    const file = path.join(dir, 'plan.northstar');
    const other = path.join(dir, 'sub', '..', 'plan.northstar');
    await Promise.all([writeFileAtomic(file, 'a'), writeFileAtomic(other, 'b')]);
    expect(await readFile(file, 'utf8')).toBe('b');
  });

  it('fails without leaving a temp when the folder is missing', async () => {
    await expect(
      writeFileAtomic(path.join(dir, 'missing', 'x.northstar'), 'x'),
    ).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('removes its temp when the rename fails (target is a folder)', async () => {
    const target = path.join(dir, 'plan.northstar');
    await mkdir(target);
    await expect(writeFileAtomic(target, 'x')).rejects.toHaveProperty('code');
    expect(await readdir(dir)).toEqual(['plan.northstar']);
    expect((await stat(target)).isDirectory()).toBe(true);
  });

  it('sweeps temps a crashed write of the same file left behind', async () => {
    const file = path.join(dir, 'plan.northstar');
    await writeFile(path.join(dir, tempNameFor('plan.northstar')), 'half a docu');
    await writeFile(path.join(dir, tempNameFor('other.northstar')), 'not ours to remove now');
    await writeFileAtomic(file, 'whole');
    const names = await readdir(dir);
    expect(names.filter((n) => isTempName(n, 'plan.northstar'))).toEqual([]);
    expect(names.filter((n) => isTempName(n, 'other.northstar'))).toHaveLength(1);
  });
});

describe('cleanupStaleTemps', () => {
  it('removes only our temp names, optionally of one file', async () => {
    const ours = [
      tempNameFor('a.northstar'),
      tempNameFor('a.northstar.bak'),
      tempNameFor('b.json'),
    ];
    const users = ['a.northstar', '.a.northstar.tmp', '.a.northstar.draft.tmp', 'notes.tmp'];
    for (const name of [...ours, ...users]) await writeFile(path.join(dir, name), '');

    expect(await cleanupStaleTemps(dir, 'a.northstar')).toEqual([ours[0]]);
    expect((await cleanupStaleTemps(dir)).sort()).toEqual([ours[1], ours[2]].sort());
    expect((await readdir(dir)).sort()).toEqual([...users].sort());
  });

  it('returns nothing for a folder that does not exist', async () => {
    expect(await cleanupStaleTemps(path.join(dir, 'nope'))).toEqual([]);
  });
});
