import type * as FsPromises from 'node:fs/promises';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from './test-helpers';

// Every fs call the guard could make, counted: a refused path must cost none.
const fsCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FsPromises>();
  const counted =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      fsCalls.count += 1;
      return fn(...args);
    };
  return { ...actual, realpath: counted(actual.realpath), stat: counted(actual.stat) };
});

const { createPathGuard, expandHome, realLocation } = await import('./path-guard');

let dir: string;
let home: string;
let outside: string;
let dispose: () => Promise<void>;

beforeEach(async () => {
  ({ dir, dispose } = await makeTempDir('nss-guard-'));
  home = path.join(dir, 'home');
  outside = path.join(dir, 'outside');
  await mkdir(path.join(home, 'plans'), { recursive: true });
  await mkdir(outside);
  await writeFile(path.join(home, 'plans', 'a.northstar'), '{}');
  await writeFile(path.join(outside, 'secret.northstar'), '{}');
  fsCalls.count = 0;
});
afterEach(() => dispose());

const rootsGuard = () => createPathGuard({ kind: 'roots', roots: [home] });

describe('path guard: roots (browser host)', () => {
  it('allows files of the purpose under a root, existing or about to be saved', async () => {
    const guard = rootsGuard();
    const plan = path.join(home, 'plans', 'a.northstar');
    expect(await guard.checkFile(plan, 'workspace', 'open')).toEqual({ ok: true, path: plan });
    const fresh = path.join(home, 'plans', 'new', 'b.northstar');
    expect(await guard.checkFile(fresh, 'workspace', 'save')).toEqual({ ok: true, path: fresh });
    expect(await guard.checkFolder(path.join(home, 'plans'))).toMatchObject({ ok: true });
  });

  it('refuses a path outside every root without touching the disk', async () => {
    const guard = rootsGuard();
    await guard.roots(); // the roots themselves are resolved once, at first use
    fsCalls.count = 0;
    for (const requested of [
      path.join(outside, 'secret.northstar'),
      path.join(home, '..', 'outside', 'secret.northstar'),
      '/etc/passwd.northstar',
    ]) {
      expect(await guard.checkFile(requested, 'workspace', 'open'), requested).toEqual({
        ok: false,
        reason: 'not-allowed',
      });
    }
    expect(await guard.checkFolder('/etc')).toEqual({ ok: false, reason: 'not-allowed' });
    expect(fsCalls.count).toBe(0);
  });

  it('refuses a file of another purpose, also under a root, without touching the disk', async () => {
    const guard = rootsGuard();
    await guard.roots();
    fsCalls.count = 0;
    expect(
      await guard.checkFile(path.join(home, '.ssh', 'id_ed25519'), 'workspace', 'open'),
    ).toEqual({
      ok: false,
      reason: 'not-allowed',
    });
    expect(await guard.checkFile(path.join(home, 'report.docx'), 'export', 'save')).toMatchObject({
      ok: false,
    });
    expect(fsCalls.count).toBe(0);
  });

  it('follows symlinks: a link inside a root that leads outside is refused', async () => {
    await symlink(outside, path.join(home, 'shortcut'));
    await symlink(path.join(outside, 'secret.northstar'), path.join(home, 'link.northstar'));
    const guard = rootsGuard();
    expect(
      await guard.checkFile(path.join(home, 'shortcut', 'secret.northstar'), 'workspace', 'open'),
    ).toMatchObject({ ok: false });
    expect(
      await guard.checkFile(path.join(home, 'shortcut', 'new.northstar'), 'workspace', 'save'),
    ).toMatchObject({ ok: false });
    expect(
      await guard.checkFile(path.join(home, 'link.northstar'), 'workspace', 'save'),
    ).toMatchObject({
      ok: false,
    });
    expect(await guard.checkFolder(path.join(home, 'shortcut'))).toMatchObject({ ok: false });
  });

  it('follows symlinks that stay inside, and keeps the path as the user wrote it', async () => {
    await symlink(path.join(home, 'plans'), path.join(home, 'current'));
    const guard = rootsGuard();
    const viaLink = path.join(home, 'current', 'a.northstar');
    expect(await guard.checkFile(viaLink, 'workspace', 'open')).toEqual({
      ok: true,
      path: viaLink,
    });
  });

  it('refuses a link whose name looks like a workspace but whose target is not one', async () => {
    await writeFile(path.join(home, 'notes.txt'), 'private');
    await symlink(path.join(home, 'notes.txt'), path.join(home, 'notes.northstar'));
    expect(
      await rootsGuard().checkFile(path.join(home, 'notes.northstar'), 'workspace', 'save'),
    ).toMatchObject({ ok: false });
  });

  it('takes ~ for the home folder', () => {
    expect(expandHome('~', '/home/li')).toBe('/home/li');
    expect(expandHome('~/plans/a.northstar', '/home/li')).toBe(
      path.join('/home/li', 'plans/a.northstar'),
    );
    expect(expandHome('/x/~/y', '/home/li')).toBe('/x/~/y');
  });

  it('finds the real location of a file that does not exist yet', async () => {
    await symlink(path.join(home, 'plans'), path.join(home, 'current'));
    expect(await realLocation(path.join(home, 'current', 'new', 'x.northstar'))).toBe(
      path.join(await realLocation(home), 'plans', 'new', 'x.northstar'),
    );
  });
});

describe('path guard: chosen (Electron)', () => {
  it('allows only paths the user chose or opened before, of the purpose', async () => {
    const recent = new Set<string>([path.join(dir, 'recent.northstar')]);
    const guard = createPathGuard(
      { kind: 'chosen' },
      { isRecent: (resolved) => Promise.resolve(recent.has(resolved)) },
    );
    const chosen = path.join(dir, 'chosen.northstar');
    expect(await guard.checkFile(chosen, 'workspace', 'open')).toMatchObject({ ok: false });
    guard.allow(chosen);
    expect(await guard.checkFile(chosen, 'workspace', 'save')).toEqual({ ok: true, path: chosen });
    expect(
      await guard.checkFile(path.join(dir, 'recent.northstar'), 'workspace', 'open'),
    ).toMatchObject({ ok: true });
    guard.allow(path.join(dir, 'kpi.xlsx'));
    expect(await guard.checkFile(path.join(dir, 'kpi.xlsx'), 'workspace', 'open')).toMatchObject({
      ok: false,
    });
    expect(await guard.checkFile(path.join(dir, 'kpi.xlsx'), 'import', 'open')).toMatchObject({
      ok: true,
    });
    expect(await guard.checkFolder(dir)).toMatchObject({ ok: false });
  });
});
