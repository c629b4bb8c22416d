import { mkdtempSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { readWorkspaceFile, saveWorkspaceFile } from '../../src/main/services/workspace-files';
import { serializeWorkspace } from '../../src/shared/workspace/serialize';
import { buildBigWorkspace } from './big-workspace';

/**
 * The atomic save (validate, conflict check, backup, temp + fsync + rename +
 * folder fsync) against a bare fs.writeFile of the same text, and the open
 * path against a bare read + JSON.parse. The gap is the price of the
 * guarantees in docs/file-format.md.
 */
const folder = mkdtempSync(join(tmpdir(), 'nss-bench-'));
const workspace = buildBigWorkspace();
const text = serializeWorkspace(workspace);
const bareTarget = join(folder, 'bare.northstar');
const target = join(folder, 'atomic.northstar');
writeFileSync(target, text);
let counter = 0;

describe('save a 2,500-metric workspace to disk', () => {
  bench('bare fs.writeFile (no fsync, no backup)', async () => {
    await writeFile(bareTarget, serializeWorkspace(workspace));
  });
  bench('saveWorkspaceFile (atomic, with backup)', async () => {
    // A changed name each time, so every iteration really writes (unchanged bytes are skipped).
    const changed = { ...workspace, meta: { ...workspace.meta, name: `基准 ${counter++}` } };
    const result = await saveWorkspaceFile({
      path: target,
      workspace: changed,
      expected: null,
      overwrite: true,
    });
    if (!result.ok) throw new Error(`save failed: ${result.error.reason}`);
  });
});

describe('open a 2,500-metric workspace from disk', () => {
  bench('bare readFile + JSON.parse', async () => {
    const { readFile } = await import('node:fs/promises');
    JSON.parse(await readFile(target, 'utf8'));
  });
  bench('readWorkspaceFile (read, hash, validate)', async () => {
    const result = await readWorkspaceFile(target);
    if (!result.ok) throw new Error('open failed');
  });
});
