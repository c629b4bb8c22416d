import { spawn } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Revision, SaveResult } from '../../shared/ipc/contract';
import { serializeWorkspace } from '../../shared/workspace/serialize';
import { tempNameFor } from './atomic-write';
import { bundleForNode } from './test-bundle';
import { makeTempDir, makeWorkspace, snapshotOf } from './test-helpers';
import { readWorkspaceFile, revisionOf, saveWorkspaceFile, sha256 } from './workspace-files';
import type { SaveRequest } from './workspace-files';

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
/** Root may write into any folder: its permission test saves as this user (`nobody`). */
const isRoot = process.getuid?.() === 0;
const UNPRIVILEGED = 65534;

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

  // No chmod makes a folder read-only on Windows.
  it.skipIf(process.platform === 'win32')(
    'reports a folder the user may not write to as permission-denied and leaves it as it was',
    async () => {
      const locked = path.join(dir, 'locked');
      await mkdir(locked);
      const notes = path.join(locked, 'notes.txt');
      await writeFile(notes, '别动');
      const before = { notes: await snapshotOf(notes), folder: (await stat(locked)).mtimeMs };

      const request = {
        path: path.join(locked, 'plan.northstar'),
        workspace: first,
        expected: null,
        overwrite: false,
      };
      // Root may write anywhere: as root the save runs as an unprivileged user.
      const result = isRoot
        ? await saveAsUnprivilegedUser(request)
        : await saveInReadOnlyFolder(locked, request);

      expect(result).toEqual({ ok: false, error: { reason: 'permission-denied' } });
      // Nothing created, nothing left behind (a temp file, a backup), nothing touched.
      expect(await snapshotOf(notes)).toEqual(before.notes);
      expect((await stat(locked)).mtimeMs).toBe(before.folder);
    },
  );
});

async function saveInReadOnlyFolder(folder: string, request: SaveRequest): Promise<SaveResult> {
  await chmod(folder, 0o555);
  try {
    return await saveWorkspaceFile(request);
  } finally {
    await chmod(folder, 0o755);
  }
}

/**
 * The same save in a child process that runs as UNPRIVILEGED: a real EACCES
 * from the kernel, where root's own save would just succeed. The folder stays
 * root's with mode 0755 (others may look, not write); the child is bundled
 * into the temp folder so it needs nothing but the node binary.
 */
async function saveAsUnprivilegedUser(request: SaveRequest): Promise<SaveResult> {
  await chmod(dir, 0o755);
  await chmod(path.dirname(request.path), 0o755);
  const bundle = await bundleForNode(
    fileURLToPath(new URL('./test-save-child.ts', import.meta.url)),
    path.join(dir, 'test-save-child.mjs'),
  );
  const child = spawn(process.execPath, [bundle], {
    uid: UNPRIVILEGED,
    gid: UNPRIVILEGED,
    cwd: dir,
    env: {},
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
    child.stdin.end(JSON.stringify(request));
  });
  if (exitCode !== 0)
    throw new Error(`save as uid ${UNPRIVILEGED} failed (${exitCode}): ${stderr}`);
  const { uid, result } = JSON.parse(stdout) as { uid: number; result: SaveResult };
  // Proof that the kernel, not root, judged this save.
  expect(uid).toBe(UNPRIVILEGED);
  return result;
}
