import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../src/main/services/test-helpers';
import { readWorkspaceFile, saveWorkspaceFile } from '../../src/main/services/workspace-files';

/**
 * Files written by the format-version-1 build, kept byte for byte
 * (test/fixtures/v1/README.md). Every later build must open them through the
 * real open path and keep every field: the check below walks the file, not
 * the schema, so a field added by a later version changes nothing here, while
 * a migration that drops or alters a field of these files fails it.
 */
const FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/v1');

/** The bytes as committed; a change means someone regenerated a golden file. */
const FROZEN: Record<string, string> = {
  'sample.zh-CN.northstar': 'fa17cf69dda596475e8f16077e840a9642b738774c411080a96c83fc48ebaf1c',
  'sample.en.northstar': '7acc148f6ec1f843507fe9dcc1c95b859f93e0e28d585af3b6024987e9c96696',
  'edited.northstar': '68b30727e35ae837dd922d7fc7f78ec67b67bb80a450d3d3abcc2795c9f6062e',
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Every leaf of a JSON value with its path: primitives, and empty arrays and
 * objects (an empty list is a field too). `["metrics", 3, "target"]`…
 */
function leaves(value: Json, at: (string | number)[] = []): [(string | number)[], Json][] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [[at, value]];
    return value.flatMap((item, index) => leaves(item, [...at, index]));
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) return [[at, value]];
    return keys.flatMap((key) => leaves(value[key] as Json, [...at, key]));
  }
  return [[at, value]];
}

/** The value at `at` in `value`, or a marker that says where the path broke off. */
function valueAt(value: unknown, at: (string | number)[]): unknown {
  let current = value;
  for (const step of at) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, step))
      return { missing: at.join('.') };
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

/** Every field of `file` is in `loaded`, with the same value; `loaded` may have more. */
function expectEveryField(file: Json, loaded: unknown, name: string): void {
  const all = leaves(file);
  // A fixture that is nearly empty would prove little.
  expect(all.length, name).toBeGreaterThan(100);
  const lost = all.filter(([at, value]) => {
    const found = valueAt(loaded, at);
    return JSON.stringify(found) !== JSON.stringify(value);
  });
  expect(
    lost.map(([at, value]) => `${at.join('.')}: ${JSON.stringify(value)}`),
    `${name}: fields lost or changed`,
  ).toEqual([]);
}

async function fileWorkspace(name: string): Promise<Json> {
  const text = await readFile(path.join(FOLDER, name), 'utf8');
  return (JSON.parse(text) as { workspace: Json }).workspace;
}

let dir: string;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ dir, dispose } = await makeTempDir('nss-frozen-'));
});
afterEach(() => dispose());

describe.each(Object.keys(FROZEN))('frozen v1 file %s', (name) => {
  it('has not changed by a byte', async () => {
    const bytes = await readFile(path.join(FOLDER, name));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(FROZEN[name]);
  });

  it('opens through the real open path and keeps every field', async () => {
    const opened = await readWorkspaceFile(path.join(FOLDER, name));
    if (!opened.ok) throw new Error(`${name} no longer opens: ${JSON.stringify(opened.error)}`);
    expect(opened.fromVersion).toBe(1);
    expectEveryField(await fileWorkspace(name), opened.workspace, name);
  });

  it('keeps every field through save and reopen', async () => {
    const opened = await readWorkspaceFile(path.join(FOLDER, name));
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    const copy = path.join(dir, name);
    const saved = await saveWorkspaceFile({
      path: copy,
      workspace: opened.workspace,
      expected: null,
      overwrite: false,
    });
    expect(saved.ok).toBe(true);
    const reopened = await readWorkspaceFile(copy);
    if (!reopened.ok) throw new Error(JSON.stringify(reopened.error));
    expectEveryField(await fileWorkspace(name), reopened.workspace, `${name} after a save`);
  });
});

describe('the check itself', () => {
  it('fails when a field is dropped or changed (control)', async () => {
    const file = await fileWorkspace('edited.northstar');
    const opened = await readWorkspaceFile(path.join(FOLDER, 'edited.northstar'));
    if (!opened.ok) throw new Error(JSON.stringify(opened.error));
    const meta: Record<string, unknown> = { ...opened.workspace.meta };
    delete meta.workshopRoom;
    const dropped = { ...opened.workspace, meta };
    expect(() => expectEveryField(file, dropped, 'dropped')).toThrow(/meta\.workshopRoom/);
    const changed = {
      ...opened.workspace,
      metrics: opened.workspace.metrics.map((m) => ({
        ...m,
        target: m.target === null ? null : 1,
      })),
    };
    expect(() => expectEveryField(file, changed, 'changed')).toThrow(/metrics\.\d+\.target/);
  });
});
