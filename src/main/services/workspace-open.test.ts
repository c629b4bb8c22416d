import { mkdir, readdir, truncate, writeFile } from 'node:fs/promises';
import { CURRENT_VERSION } from '../../shared/workspace/format';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_WORKSPACE_BYTES } from '../../shared/workspace/format';
import { makeTempDir, snapshotOf, workspaceText } from './test-helpers';
import { readWorkspaceFile, revisionOf, sha256 } from './workspace-files';

let dir: string;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ dir, dispose } = await makeTempDir());
});
afterEach(() => dispose());

const valid = workspaceText('2027 年度目标', 6);

describe('readWorkspaceFile', () => {
  it('opens a valid file with the revision of the bytes read', async () => {
    const file = path.join(dir, 'plan.northstar');
    await writeFile(file, valid);
    const result = await readWorkspaceFile(file);
    expect(result).toMatchObject({ ok: true, path: file, fromVersion: CURRENT_VERSION });
    if (!result.ok) return;
    expect(result.revision).toEqual(await revisionOf(file));
    expect(result.revision?.sha256).toBe(sha256(Buffer.from(valid)));
    expect(result.workspace).toMatchObject({ meta: { name: '2027 年度目标' } });
  });

  it('ignores a UTF-8 byte order mark (files saved by Notepad)', async () => {
    const file = path.join(dir, 'bom.northstar');
    await writeFile(file, '\uFEFF' + valid);
    expect(await readWorkspaceFile(file)).toMatchObject({ ok: true });
  });

  it('opens a bare v0 document migrated in memory, leaving the file as it was', async () => {
    const file = path.join(dir, 'bare.northstar');
    const bare = JSON.stringify((JSON.parse(valid) as { workspace: unknown }).workspace);
    await writeFile(file, bare);
    const before = await snapshotOf(file);
    expect(await readWorkspaceFile(file)).toMatchObject({ ok: true, fromVersion: 0 });
    expect(await snapshotOf(file)).toEqual(before);
  });

  it('reports a missing file as not-found', async () => {
    const file = path.join(dir, 'gone.northstar');
    expect(await readWorkspaceFile(file)).toEqual({
      ok: false,
      path: file,
      error: { reason: 'not-found' },
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a path through a file (ENOTDIR) as not-found', async () => {
    await writeFile(path.join(dir, 'a-file'), 'x');
    const result = await readWorkspaceFile(path.join(dir, 'a-file', 'plan.northstar'));
    expect(result).toMatchObject({ ok: false, error: { reason: 'not-found' } });
  });

  it('reports a folder as is-directory', async () => {
    const folder = path.join(dir, 'folder.northstar');
    await mkdir(folder);
    expect(await readWorkspaceFile(folder)).toMatchObject({
      ok: false,
      error: { reason: 'is-directory' },
    });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const file = path.join(dir, 'huge.northstar');
    await writeFile(file, '');
    await truncate(file, MAX_WORKSPACE_BYTES + 1); // sparse: costs no disk space
    expect(await readWorkspaceFile(file)).toMatchObject({
      ok: false,
      error: { reason: 'too-large', bytes: MAX_WORKSPACE_BYTES + 1 },
    });
  });

  const damaged: [string, string | Buffer, Record<string, unknown>][] = [
    ['empty', '', { reason: 'empty' }],
    ['only whitespace', '  \n\t', { reason: 'empty' }],
    ['truncated (cut in half)', valid.slice(0, valid.length / 2), { reason: 'truncated' }],
    ['not JSON', 'name,target\nGMV,100\n', { reason: 'not-json', line: 1, column: 2 }],
    ['JSON but not a workspace', '{"hello":1}', { reason: 'not-workspace' }],
    [
      'from a newer version',
      valid.replace(`"version": ${CURRENT_VERSION}`, '"version": 99'),
      { reason: 'too-new', version: 99 },
    ],
    ['invalid content', valid.replace('"target": 10,', '"target": "ten",'), { reason: 'invalid' }],
    [
      'a broken tree',
      valid.replace('"layer": "strategy"', '"layer": "individual"'),
      { reason: 'broken-tree' },
    ],
    [
      'not UTF-8 (GBK bytes)',
      // 年 in GBK inside the name: decoding with replacement characters would load
      // and a later save would destroy the text, so this must be refused.
      Buffer.concat(
        valid
          .split('2027 ')
          .flatMap((part, i) =>
            i === 0 ? [Buffer.from(part)] : [Buffer.from([0xc4, 0xea]), Buffer.from(part)],
          ),
      ),
      { reason: 'not-utf8' },
    ],
  ];

  it.each(damaged)(
    'refuses a file that is %s, and changes nothing on disk',
    async (_, content, error) => {
      const file = path.join(dir, 'damaged.northstar');
      await writeFile(file, content);
      const before = await snapshotOf(file);
      const result = await readWorkspaceFile(file);
      expect(result).toMatchObject({ ok: false, path: file, error });
      // Bytes, mtime and the folder listing: no backup, no temp, no "repair".
      expect(await snapshotOf(file)).toEqual(before);
    },
  );

  it('keeps a corrupt file byte for byte after repeated open attempts', async () => {
    const file = path.join(dir, 'corrupt.northstar');
    const corrupt = Buffer.from(valid.slice(0, 777) + '\u0000\u0000garbage');
    await writeFile(file, corrupt);
    const before = await snapshotOf(file);
    for (let i = 0; i < 3; i++) expect((await readWorkspaceFile(file)).ok).toBe(false);
    const after = await snapshotOf(file);
    expect(after.bytes.equals(corrupt)).toBe(true);
    expect(after).toEqual(before);
  });
});
