import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { createHandlers } from './handlers';
import type { Dialogs, HostContext } from './handlers';
import { makeTempDir, makeWorkspace, workspaceText } from './test-helpers';

let dir: string;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ dir, dispose } = await makeTempDir());
});
afterEach(() => dispose());

/** Fake dialogs: the documented seam; each call answers with the next queued path. */
function fakeDialogs(answers: (string | null)[]): Dialogs & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    chooseOpenPath: async ({ purpose, defaultFolder }) => {
      calls.push(['open', purpose, defaultFolder]);
      return answers.shift() ?? null;
    },
    chooseSavePath: async ({ purpose, suggestedName, defaultFolder }) => {
      calls.push(['save', purpose, suggestedName, defaultFolder]);
      return answers.shift() ?? null;
    },
  };
}

function context(overrides: Partial<HostContext> = {}): HostContext {
  return {
    host: 'electron',
    version: '0.1.0',
    platform: 'linux',
    osLocale: 'zh-CN',
    dataDir: path.join(dir, 'data'),
    defaultFolder: path.join(dir, 'Documents', '北极星共创工作台'),
    resourcesDir: path.join(dir, 'resources'),
    dialogs: null,
    pathPolicy: { kind: 'chosen' },
    warn: () => undefined,
    ...overrides,
  };
}

/** The browser host's policy, with the test's temporary folder as the one root. */
function roots(): HostContext['pathPolicy'] {
  return { kind: 'roots', roots: [dir] };
}

async function writeWorkspace(name: string): Promise<string> {
  const file = path.join(dir, `${name}.northstar`);
  await writeFile(file, workspaceText(name));
  return file;
}

describe('createHandlers', () => {
  it('implements every channel of the contract', () => {
    expect(Object.keys(createHandlers(context())).sort()).toEqual([...CHANNELS].sort());
  });

  it('reports host facts; no dialogs means no native dialogs', async () => {
    const handlers = createHandlers(context({ host: 'browser', pathPolicy: roots() }));
    expect(await handlers['app:info']({})).toEqual({
      host: 'browser',
      version: '0.1.0',
      platform: 'linux',
      osLocale: 'zh-CN',
      nativeDialogs: false,
      defaultFolder: path.join(dir, 'Documents', '北极星共创工作台'),
    });
    expect(await handlers['file:choose-open']({ purpose: 'workspace' })).toBeNull();
    expect(
      await handlers['file:choose-save']({ purpose: 'workspace', suggestedName: 'x' }),
    ).toBeNull();
  });

  it('chosen-only: refuses to open or save a path the user did not choose, touching nothing', async () => {
    const file = await writeWorkspace('plan');
    const before = await stat(file);
    const handlers = createHandlers(context());
    expect(await handlers['workspace:open']({ path: file })).toEqual({
      ok: false,
      path: file,
      error: { reason: 'not-allowed' },
    });
    const elsewhere = path.join(dir, 'elsewhere.northstar');
    expect(
      await handlers['workspace:save']({
        path: elsewhere,
        workspace: makeWorkspace('x'),
        expected: null,
        overwrite: false,
      }),
    ).toEqual({ ok: false, error: { reason: 'not-allowed' } });
    expect((await stat(file)).mtimeMs).toBe(before.mtimeMs);
    expect((await readdir(dir)).sort()).toEqual(['plan.northstar']);
  });

  it('chosen-only: opens what the dialog returned and remembers it in the recent list', async () => {
    const file = await writeWorkspace('plan');
    const dialogs = fakeDialogs([file]);
    const handlers = createHandlers(context({ dialogs }));
    expect(await handlers['file:choose-open']({ purpose: 'workspace' })).toEqual({ path: file });
    expect(dialogs.calls).toEqual([['open', 'workspace', context().defaultFolder]]);
    expect(await handlers['workspace:open']({ path: file })).toMatchObject({
      ok: true,
      path: file,
    });
    expect(await handlers['recent:list']({})).toMatchObject([
      { path: file, name: 'plan', exists: true },
    ]);
    // Choosing to open never creates the suggested folder.
    await expect(stat(context().defaultFolder)).rejects.toHaveProperty('code', 'ENOENT');
  });

  it('chosen-only: a file on the recent list may be reopened after a restart', async () => {
    const file = await writeWorkspace('plan');
    const first = createHandlers(context({ dialogs: fakeDialogs([file]) }));
    await first['file:choose-open']({ purpose: 'workspace' });
    await first['workspace:open']({ path: file });
    const restarted = createHandlers(context());
    expect(await restarted['workspace:open']({ path: file })).toMatchObject({ ok: true });
    await restarted['recent:remove']({ path: file });
    expect(await createHandlers(context())['workspace:open']({ path: file })).toMatchObject({
      error: { reason: 'not-allowed' },
    });
  });

  it('save dialog: creates the default folder, suggests a safe name, appends .northstar', async () => {
    const chosen = path.join(dir, 'out', '年度目标');
    const dialogs = fakeDialogs([chosen]);
    const handlers = createHandlers(context({ dialogs }));
    const result = await handlers['file:choose-save']({
      purpose: 'workspace',
      suggestedName: '2027/年度: 目标',
    });
    expect(result).toEqual({ path: `${chosen}.northstar` });
    expect(dialogs.calls).toEqual([
      ['save', 'workspace', '2027-年度- 目标.northstar', context().defaultFolder],
    ]);
    expect((await stat(context().defaultFolder)).isDirectory()).toBe(true);

    await mkdir(path.join(dir, 'out'));
    const saved = await handlers['workspace:save']({
      path: `${chosen}.northstar`,
      workspace: makeWorkspace('年度目标'),
      expected: null,
      overwrite: false,
    });
    expect(saved).toMatchObject({ ok: true, path: `${chosen}.northstar` });
    expect(await handlers['recent:list']({})).toMatchObject([{ name: '年度目标' }]);
  });

  it('export save dialog: the format asked for decides the extension', async () => {
    const dialogs = fakeDialogs([path.join(dir, 'matrix')]);
    const handlers = createHandlers(context({ dialogs }));
    const result = await handlers['file:choose-save']({
      purpose: 'export',
      suggestedName: '责任矩阵',
      format: 'pdf',
    });
    expect(result).toEqual({ path: path.join(dir, 'matrix.pdf') });
    expect(dialogs.calls[0]?.slice(0, 3)).toEqual(['save', 'export', '责任矩阵.pdf']);
  });

  it('a workspace is opened and saved as one: a chosen spreadsheet or export is never a workspace', async () => {
    const sheet = path.join(dir, 'kpi.xlsx');
    await writeFile(sheet, 'not a workspace');
    const handlers = createHandlers(context({ dialogs: fakeDialogs([sheet]) }));
    await handlers['file:choose-open']({ purpose: 'import' });
    expect(await handlers['workspace:open']({ path: sheet })).toMatchObject({
      error: { reason: 'not-allowed' },
    });
    expect(
      await handlers['workspace:save']({
        path: sheet,
        workspace: makeWorkspace('x'),
        expected: null,
        overwrite: true,
      }),
    ).toEqual({ ok: false, error: { reason: 'not-allowed' } });
    expect(await readFile(sheet, 'utf8')).toBe('not a workspace');
  });

  it('roots (browser host): any path under the roots, but only ever writes .northstar files', async () => {
    const handlers = createHandlers(context({ host: 'browser', pathPolicy: roots() }));
    const file = await writeWorkspace('typed');
    expect(await handlers['workspace:open']({ path: file })).toMatchObject({ ok: true });
    const notOurs = path.join(dir, 'notes.txt');
    expect(
      await handlers['workspace:save']({
        path: notOurs,
        workspace: makeWorkspace('x'),
        expected: null,
        overwrite: true,
      }),
    ).toEqual({ ok: false, error: { reason: 'not-allowed' } });
    const relative = path.relative(process.cwd(), path.join(dir, 'new.northstar'));
    expect(
      await handlers['workspace:save']({
        path: relative,
        workspace: makeWorkspace('x'),
        expected: null,
        overwrite: false,
      }),
    ).toMatchObject({ ok: true, path: path.join(dir, 'new.northstar') });
  });

  it('lists folders for the browser host dialog, starting in the workspace folder once it exists', async () => {
    const handlers = createHandlers(context({ host: 'browser', pathPolicy: roots() }));
    await writeWorkspace('plan');
    // The default folder does not exist yet: the dialog starts at home if home is allowed, else the root.
    const first = await handlers['file:list-folder']({
      folder: null,
      purpose: 'workspace',
      access: 'open',
    });
    expect(first).toMatchObject({ ok: true, folder: dir });
    expect(first.ok && first.entries.map((entry) => entry.name)).toEqual(['plan.northstar']);
    expect(first.ok && first.places).toEqual([{ kind: 'root', path: dir }]);

    await mkdir(context().defaultFolder, { recursive: true });
    const later = await handlers['file:list-folder']({
      folder: null,
      purpose: 'workspace',
      access: 'save',
    });
    expect(later).toMatchObject({ ok: true, folder: context().defaultFolder });
    expect(later.ok && later.places.map((place) => place.kind)).toEqual(['root', 'workspaces']);
  });

  it('refuses to list a folder outside the roots, and lists nothing in Electron', async () => {
    const browser = createHandlers(context({ host: 'browser', pathPolicy: roots() }));
    expect(
      await browser['file:list-folder']({ folder: '/etc', purpose: 'workspace', access: 'open' }),
    ).toEqual({ ok: false, folder: '/etc', error: { reason: 'not-allowed' } });
    const electron = createHandlers(context());
    expect(
      await electron['file:list-folder']({ folder: dir, purpose: 'workspace', access: 'open' }),
    ).toMatchObject({ ok: false, error: { reason: 'not-allowed' } });
  });

  it('roots: refuses to open a file outside them, with not-allowed', async () => {
    const handlers = createHandlers(context({ host: 'browser', pathPolicy: roots() }));
    expect(await handlers['workspace:open']({ path: '/etc/passwd' })).toEqual({
      ok: false,
      path: '/etc/passwd',
      error: { reason: 'not-allowed' },
    });
  });

  it('a failed open is not added to the recent list', async () => {
    const handlers = createHandlers(context({ pathPolicy: roots() }));
    const file = path.join(dir, 'broken.northstar');
    await writeFile(file, '{"format":"north-star-studio/workspace","vers');
    expect(await handlers['workspace:open']({ path: file })).toMatchObject({
      error: { reason: 'truncated' },
    });
    expect(await handlers['recent:list']({})).toEqual([]);
  });

  it('stores settings', async () => {
    const handlers = createHandlers(context());
    expect(await handlers['settings:get']({})).toEqual({ locale: null });
    expect(await handlers['settings:set']({ locale: 'en' })).toEqual({ locale: 'en' });
    expect(await createHandlers(context())['settings:get']({})).toEqual({ locale: 'en' });
  });

  it('opens the sample untitled', async () => {
    await mkdir(path.join(dir, 'resources', 'sample'), { recursive: true });
    await writeFile(
      path.join(dir, 'resources', 'sample', 'sample.en.northstar'),
      workspaceText('Sample'),
    );
    expect(
      await createHandlers(context())['workspace:open-sample']({ locale: 'en' }),
    ).toMatchObject({
      ok: true,
      path: null,
      revision: null,
    });
  });
});
