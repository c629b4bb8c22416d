import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecentStore, MAX_RECENT, RECENT_FILE } from './recent';
import { makeTempDir } from './test-helpers';

let dir: string;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ dir, dispose } = await makeTempDir());
});
afterEach(() => dispose());

function clock() {
  let t = Date.parse('2027-01-05T09:00:00.000Z');
  return () => new Date((t += 60_000));
}

describe('recent list', () => {
  it('starts empty without creating anything', async () => {
    const data = path.join(dir, 'data');
    expect(await createRecentStore(data).list()).toEqual([]);
    await expect(readFile(path.join(data, RECENT_FILE))).rejects.toHaveProperty('code', 'ENOENT');
  });

  it('keeps the most recent first, once per file, and says which files still exist', async () => {
    const recent = createRecentStore(dir, { now: clock() });
    const a = path.join(dir, 'a.northstar');
    const b = path.join(dir, 'b.northstar');
    await writeFile(a, '');
    await recent.add(a, '2027 年度');
    await recent.add(b, '');
    // The same file spelled another way moves to the top instead of appearing twice.
    const list = await recent.add(path.join(dir, '.', 'a.northstar'), '2027 年度（修订）');
    expect(list.map((e) => [path.basename(e.path), e.name, e.exists])).toEqual([
      ['a.northstar', '2027 年度（修订）', true],
      ['b.northstar', 'b.northstar', false],
    ]);
    expect(list[0]?.openedAt).toBe('2027-01-05T09:03:00.000Z');
    expect(await recent.list()).toEqual(list);
  });

  it(`keeps at most ${MAX_RECENT} entries`, async () => {
    const recent = createRecentStore(dir);
    for (let i = 0; i < MAX_RECENT + 3; i++)
      await recent.add(path.join(dir, `${i}.northstar`), `${i}`);
    const list = await recent.list();
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]?.name).toBe(String(MAX_RECENT + 2));
  });

  it('loses no entry when adds overlap', async () => {
    const recent = createRecentStore(dir);
    await Promise.all(['a', 'b', 'c', 'd'].map((n) => recent.add(path.join(dir, n), n)));
    expect((await recent.list()).map((e) => e.name).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('removes an entry', async () => {
    const recent = createRecentStore(dir);
    await recent.add(path.join(dir, 'a'), 'a');
    await recent.add(path.join(dir, 'b'), 'b');
    expect((await recent.remove(path.join(dir, 'a'))).map((e) => e.name)).toEqual(['b']);
    expect(await recent.has(path.join(dir, 'a'))).toBe(false);
    expect(await recent.has(path.join(dir, 'b'))).toBe(true);
  });

  it('treats a damaged file as empty and leaves it alone until the next add', async () => {
    const file = path.join(dir, RECENT_FILE);
    await writeFile(file, '{"version":1,"entries":[{"path":"/x","na');
    const recent = createRecentStore(dir);
    expect(await recent.list()).toEqual([]);
    expect(await recent.remove('/x')).toEqual([]);
    expect(await recent.has('/x')).toBe(false);
    expect(await readFile(file, 'utf8')).toBe('{"version":1,"entries":[{"path":"/x","na');
    await recent.add(path.join(dir, 'a'), 'a');
    expect((await recent.list()).map((e) => e.name)).toEqual(['a']);
  });

  it('drops malformed entries but keeps the good ones', async () => {
    const good = { path: path.join(dir, 'a'), name: 'a', openedAt: '2027-01-01T00:00:00.000Z' };
    await writeFile(
      path.join(dir, RECENT_FILE),
      JSON.stringify({ version: 1, entries: [{ path: 42 }, good, 'junk'] }),
    );
    expect(await createRecentStore(dir).list()).toEqual([{ ...good, exists: false }]);
  });
});
