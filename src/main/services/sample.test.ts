import { mkdir, writeFile } from 'node:fs/promises';
import { CURRENT_VERSION } from '../../shared/workspace/format';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCALES } from '../../shared/workspace/schema';
import { openSample, samplePath } from './sample';
import { makeTempDir, snapshotOf, workspaceText } from './test-helpers';

let dir: string;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ dir, dispose } = await makeTempDir());
});
afterEach(() => dispose());

const repoResources = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../resources',
);

describe('openSample', () => {
  it('opens the sample as an untitled document and never writes the resource', async () => {
    const file = samplePath(dir, 'zh-CN');
    await mkdir(path.dirname(file));
    await writeFile(file, workspaceText('示例：2027 年度目标'));
    const before = await snapshotOf(file);
    const result = await openSample(dir, 'zh-CN');
    expect(result).toMatchObject({
      ok: true,
      path: null,
      revision: null,
      fromVersion: CURRENT_VERSION,
    });
    expect(result.ok && result.workspace).toMatchObject({ meta: { name: '示例：2027 年度目标' } });
    expect(await snapshotOf(file)).toEqual(before);
  });

  it('reports a missing sample as not-found, still untitled', async () => {
    expect(await openSample(dir, 'en')).toEqual({
      ok: false,
      path: null,
      error: { reason: 'not-found' },
    });
  });

  for (const locale of LOCALES) {
    it(`the shipped ${locale} sample opens`, async () => {
      expect(await openSample(repoResources, locale)).toMatchObject({ ok: true, path: null });
    });
  }
});
