import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Revision } from '../../shared/ipc/contract';
import { serializeWorkspace } from '../../shared/workspace/serialize';
import { tempNameFor } from './atomic-write';
import { makeTempDir, makeWorkspace, snapshotOf } from './test-helpers';
import { readWorkspaceFile, revisionOf, saveWorkspaceFile, sha256 } from './workspace-files';

let dir: string;
let file: string;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ dir, dispose } = await makeTempDir());
  file = path.join(dir, 'plan.northstar');
});
afterEach(() => dispose());

const first = makeWorkspace('第一版', 5);
const second = { ...first, meta: { ...first.meta, name: '第二版' } };

/** Save to `file`; most tests vary only these three. */
function save(workspace: unknown, expected: Revision | null, overwrite = false) {
  return saveWorkspaceFile({ path: file, workspace, expected, overwrite });
}

async function saveNew(workspace: unknown = first): Promise<Revision> {
  const result = await save(workspace, null);
  if (!result.ok) throw new Error(`save failed: ${JSON.stringify(result.error)}`);
  return result.revision;
}

describe('saveWorkspaceFile', () => {
  it('creates the file with exactly the serialized bytes and returns their revision', async () => {
    const revision = await saveNew();
    const bytes = await readFile(file);
    expect(bytes.toString('utf8')).toBe(serializeWorkspace(first));
    expect(revision).toEqual(await revisionOf(file));
    expect(revision.sha256).toBe(sha256(bytes));
    expect(await readdir(dir)).toEqual(['plan.northstar']);
  });

  it('keeps the previous bytes in .bak on the next save', async () => {
    const revision = await saveNew();
    const previous = await readFile(file);
    const result = await save(second, revision);
    expect(result.ok).toBe(true);
    expect((await readFile(`${file}.bak`)).equals(previous)).toBe(true);
    expect(await readWorkspaceFile(file)).toMatchObject({
      workspace: { meta: { name: '第二版' } },
    });
    if (result.ok) expect(result.revision).toEqual(await revisionOf(file));
  });

  it('round-trips: what it saves opens again as the same document', async () => {
    await saveNew();
    const opened = await readWorkspaceFile(file);
    expect(opened.ok && opened.workspace).toEqual(first);
  });

  it('refuses when the file changed on disk since it was read, until the user says overwrite', async () => {
    const revision = await saveNew();
    await writeFile(
      file,
      serializeWorkspace({ ...first, meta: { ...first.meta, name: '同事改的' } }),
    );
    const external = await snapshotOf(file);

    const refused = await save(second, revision);
    expect(refused).toEqual({ ok: false, error: { reason: 'changed-on-disk' } });
    expect(await snapshotOf(file)).toEqual(external);

    const forced = await save(second, revision, true);
    expect(forced.ok).toBe(true);
    // The colleague's version is not lost: it is the backup.
    expect((await readFile(`${file}.bak`)).equals(external.bytes)).toBe(true);
  });

  it('will not silently replace an unrelated existing file when creating a new one', async () => {
    await writeFile(file, 'somebody else’s notes');
    expect(await save(first, null)).toEqual({
      ok: false,
      error: { reason: 'changed-on-disk' },
    });
    expect(await readFile(file, 'utf8')).toBe('somebody else’s notes');
  });

  it('recreates a file that was deleted after it was opened', async () => {
    const revision = await saveNew();
    await rm(file);
    const result = await save(second, revision);
    expect(result.ok).toBe(true);
    expect(await readdir(dir)).toEqual(['plan.northstar']);
  });

  it('does not touch the file or its backup when the bytes are unchanged', async () => {
    const revision = await saveNew();
    const before = await snapshotOf(file);
    const result = await save(first, revision);
    expect(result).toEqual({ ok: true, path: file, revision });
    expect(await snapshotOf(file)).toEqual(before);
  });

  it('refuses an invalid workspace with its problems and leaves the file untouched', async () => {
    await saveNew();
    const before = await snapshotOf(file);
    const broken = { ...first, metrics: [{ ...first.metrics[0], target: 'lots' }] };
    const result = await save(broken, null, true);
    expect(result).toMatchObject({ ok: false, error: { reason: 'invalid-workspace' } });
    if (!result.ok && result.error.reason === 'invalid-workspace')
      expect(result.error.problems.join()).toContain('metrics.0.target');
    expect(await snapshotOf(file)).toEqual(before);
  });

  it('refuses a workspace whose tree is broken', async () => {
    const orphan = { ...first.metrics[1], id: 'm_orphan', parentId: 'm_missing' };
    const result = await save({ ...first, metrics: [...first.metrics, orphan] }, null);
    expect(result).toEqual({
      ok: false,
      error: { reason: 'invalid-workspace', problems: ['missing-parent: m_orphan'] },
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('sweeps temp files a crashed save left, for the file and its backup', async () => {
    await saveNew();
    const stale = [tempNameFor('plan.northstar'), tempNameFor('plan.northstar.bak')];
    for (const name of stale) await writeFile(path.join(dir, name), '{"format":"north-star-stu');
    await save(first, null);
    expect((await readdir(dir)).sort()).toEqual(['plan.northstar']);
  });

  it('lets only one of two overlapping saves from the same revision through', async () => {
    const revision = await saveNew();
    const third = { ...first, meta: { ...first.meta, name: '第三版' } };
    const results = await Promise.all(
      [second, third].map((workspace) => save(workspace, revision)),
    );
    expect(results.map((r) => r.ok)).toEqual([true, false]);
    expect(results[1]).toEqual({ ok: false, error: { reason: 'changed-on-disk' } });
  });

  it('reports a folder that does not exist as not-found', async () => {
    const result = await saveWorkspaceFile({
      path: path.join(dir, 'missing', 'plan.northstar'),
      workspace: first,
      expected: null,
      overwrite: false,
    });
    expect(result).toEqual({ ok: false, error: { reason: 'not-found' } });
  });

  it('reports a path through a file (ENOTDIR) as not-found: no folder can be there', async () => {
    await writeFile(path.join(dir, 'report.pdf'), 'x');
    const result = await saveWorkspaceFile({
      path: path.join(dir, 'report.pdf', 'plan.northstar'),
      workspace: first,
      expected: null,
      overwrite: false,
    });
    expect(result).toEqual({ ok: false, error: { reason: 'not-found' } });
  });

  it('reports a folder in place of the file as is-directory', async () => {
    await mkdir(file);
    const result = await save(first, null, true);
    expect(result).toEqual({ ok: false, error: { reason: 'is-directory' } });
  });

  // root ignores file permissions, and these tests often run as root in containers.
  const isRoot = process.getuid?.() === 0;
  it.skipIf(isRoot || process.platform === 'win32')(
    'reports a read-only folder as permission-denied (skipped as root: root ignores permissions)',
    async () => {
      const locked = path.join(dir, 'locked');
      await mkdir(locked);
      await chmod(locked, 0o500);
      try {
        const result = await saveWorkspaceFile({
          path: path.join(locked, 'plan.northstar'),
          workspace: first,
          expected: null,
          overwrite: false,
        });
        expect(result).toEqual({ ok: false, error: { reason: 'permission-denied' } });
      } finally {
        await chmod(locked, 0o700);
      }
    },
  );
});
