import { execFile } from 'node:child_process';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_VERSION } from '../../shared/workspace/format';
import { makeTempDir, workspaceText } from '../services/test-helpers';

/**
 * The CLI as a user runs it: a separate process, real files, exit codes and
 * both languages. `node --import tsx` is what `npm run cli` does minus npm.
 * Each spawn costs ~0.5 s of TypeScript loading, so the tests run concurrently
 * and each one owns the files it changes.
 */

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const entry = path.join(repo, 'src/main/cli/index.ts');

/** A spawn takes ~0.5 s alone, several seconds while the whole suite loads the machine. */
const SPAWN_TIMEOUT = 60_000;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(
  args: string[],
  env: Record<string, string> = { LANG: 'en_US.UTF-8' },
): Promise<Outcome> {
  return new Promise((resolve) => {
    const childEnv = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '', ...env };
    execFile(
      process.execPath,
      ['--import', 'tsx', entry, ...args],
      { cwd: repo, env: childEnv },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

let dir: string;
let dispose: () => Promise<void>;
const file = (name: string) => path.join(dir, name);
const valid = workspaceText('2027 年度目标', 6);

beforeAll(async () => {
  ({ dir, dispose } = await makeTempDir('nss-cli-'));
  await writeFile(file('plan.northstar'), valid);
  await writeFile(file('half.northstar'), valid.slice(0, valid.length / 2));
  await writeFile(
    file('future.northstar'),
    valid.replace(`"version": ${CURRENT_VERSION}`, '"version": 99'),
  );
  await writeFile(file('invalid.northstar'), valid.replace('"target": 10,', '"target": "ten",'));
  const bare = (JSON.parse(valid) as { workspace: unknown }).workspace;
  // Two copies: tests run concurrently, and upgrade rewrites its copy.
  await writeFile(file('old.northstar'), JSON.stringify(bare));
  await writeFile(file('old-upgrade.northstar'), JSON.stringify(bare));
});
afterAll(() => dispose());

describe.concurrent('cli: usage', { timeout: SPAWN_TIMEOUT }, () => {
  it('help prints usage and exits 0, in English and Chinese', async () => {
    const en = await cli(['help']);
    expect(en).toMatchObject({ code: 0, stderr: '' });
    expect(en.stdout).toContain('Usage: npm run cli -- <command>');
    const zh = await cli(['--help'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stdout).toContain('用法：npm run cli -- <命令>');
  });

  it('prints nothing but its own output (no library banners)', async () => {
    const { stdout } = await cli(['help']);
    expect(stdout.split('\n')[0]).toBe('North Star Studio · command line');
  });

  it.each([
    [[], 'Name a command.'],
    [['frobnicate', 'x'], 'Unknown command “frobnicate”.'],
    [['info'], 'The file path is missing.'],
    [['info', 'a', 'b'], 'Unexpected arguments: b'],
    [['new', 'x.northstar'], 'A new workspace needs a name'],
    [['info', 'x', '--locale', 'fr'], 'Unsupported language “fr”'],
    [['info', 'x', '--colour'], 'Invalid arguments:'],
  ])('%j is a usage error: exit 2 with a message', async (args, message) => {
    const outcome = await cli(args);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toContain(message);
    expect(outcome.stderr).toContain('Run help for usage.');
  });

  it('--locale overrides LANG; LC_ALL overrides LANG', async () => {
    expect((await cli(['frob', 'x', '--locale', 'zh-CN'])).stderr).toContain('未知命令「frob」');
    expect(
      (await cli(['frob', 'x'], { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_GB.UTF-8' })).stderr,
    ).toContain('Unknown command');
  });
});

describe.concurrent('cli: info', { timeout: SPAWN_TIMEOUT }, () => {
  it('summarises a workspace', async () => {
    const { code, stdout } = await cli(['info', file('plan.northstar')]);
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      'Name: 2027 年度目标',
      'Cycle: (blank)',
      'Company: (blank)',
      `Format version: ${CURRENT_VERSION}`,
      'Metrics: 6',
      'People: 0',
      'Departments: 0',
      'North Star: 年度成交额',
      'Target: 1000000',
      '',
    ]);
  });

  it('speaks Chinese and notes an older format', async () => {
    const { code, stdout } = await cli(['info', file('old.northstar'), '--locale', 'zh-CN']);
    expect(code).toBe(0);
    expect(stdout).toContain('名称：2027 年度目标');
    expect(stdout).toContain(`格式版本：0（当前为 ${CURRENT_VERSION}，保存时升级）`);
  });

  it('exits 1 with the reason for a missing file', async () => {
    const { code, stderr } = await cli(['info', file('nope.northstar')]);
    expect(code).toBe(1);
    expect(stderr).toContain('Cannot open “nope.northstar”');
    expect(stderr).toContain('The file was not found.');
  });
});

describe.concurrent('cli: validate', { timeout: SPAWN_TIMEOUT }, () => {
  it('says valid and exits 0', async () => {
    expect(await cli(['validate', file('plan.northstar')])).toMatchObject({
      code: 0,
      stdout: `Valid: ${file('plan.northstar')}\n`,
    });
  });

  it.each([
    ['half.northstar', 'en', 'The file is incomplete'],
    ['half.northstar', 'zh-CN', '文件不完整'],
    ['future.northstar', 'en', 'format version 99'],
    ['future.northstar', 'zh-CN', '格式版本 99'],
  ])('%s (%s): exit 1 with the specific message', async (name, locale, message) => {
    const before = await readFile(file(name));
    const { code, stderr } = await cli(['validate', file(name), '--locale', locale]);
    expect(code).toBe(1);
    expect(stderr).toContain(message);
    expect((await readFile(file(name))).equals(before)).toBe(true);
  });

  it('lists the problems of an invalid file', async () => {
    const { code, stderr } = await cli(['validate', file('invalid.northstar')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/Problems:\n {2}- metrics\.1\.target: .*expected number/);
  });
});

describe.concurrent('cli: new', { timeout: SPAWN_TIMEOUT }, () => {
  it('creates a workspace in the chosen language, then refuses to overwrite it', async () => {
    const target = file('new.northstar');
    const created = await cli(['new', target, '--name', '2028 规划', '--locale', 'zh-CN']);
    expect(created).toMatchObject({ code: 0, stdout: `已创建工作区「2028 规划」：${target}\n` });
    const info = await cli(['info', target]);
    expect(info.stdout).toContain('North Star: 北极星指标');
    const before = await stat(target);

    const again = await cli(['new', target, '--name', 'other']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect((await stat(target)).mtimeMs).toBe(before.mtimeMs);
  });

  it('exits 1 when the folder does not exist', async () => {
    const { code, stderr } = await cli(['new', file('no/such/x.northstar'), '--name', 'x']);
    expect(code).toBe(1);
    expect(stderr).toContain('The target folder does not exist.');
  });
});

describe.concurrent('cli: upgrade', { timeout: SPAWN_TIMEOUT }, () => {
  it('rewrites an older file in the current format, keeping a backup', async () => {
    const target = file('old-upgrade.northstar');
    const original = await readFile(target);
    const { code, stdout } = await cli(['upgrade', target]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Upgraded format version 0 to ${CURRENT_VERSION}`);
    expect((await readFile(`${target}.bak`)).equals(original)).toBe(true);
    expect(await readFile(target, 'utf8')).toContain('"format": "north-star-studio/workspace"');
    expect((await cli(['info', target])).stdout).toContain(`Format version: ${CURRENT_VERSION}\n`);
  });

  it('writes nothing when the file is already current', async () => {
    const target = file('plan.northstar');
    const before = await stat(target);
    const { code, stdout } = await cli(['upgrade', target, '--locale', 'zh-CN']);
    expect(code).toBe(0);
    expect(stdout).toContain(`已是当前格式版本 ${CURRENT_VERSION}`);
    expect((await stat(target)).mtimeMs).toBe(before.mtimeMs);
    expect((await readdir(dir)).filter((n) => n.startsWith('plan.northstar'))).toEqual([
      'plan.northstar',
    ]);
  });

  it('exits 1 and leaves a damaged file alone', async () => {
    const { code, stderr } = await cli(['upgrade', file('half.northstar')]);
    expect(code).toBe(1);
    expect(stderr).toContain('The file is incomplete');
    expect(await readdir(dir)).not.toContain('half.northstar.bak');
  });
});

describe('import', () => {
  let folder: string;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ dir: folder, dispose } = await makeTempDir());
  });
  afterAll(() => dispose());

  it(
    'prints the metrics of a KPI sheet as JSON: rows 1-based, weights in points, percent kept as %',
    async () => {
      const file = path.join(folder, 'kpi.csv');
      await writeFile(
        file,
        '\uFEFF2026年销售部KPI\n序号,指标名称,部门,单位,权重,目标值\n1,回款率,销售部,%,20%,≥98%\n2,新客数,销售部,个,0.3,"1,200"\n,合计,,,50%,\n',
      );
      const { code, stdout } = await cli(['import', file, '--json']);
      expect(code).toBe(0);
      const result = JSON.parse(stdout) as {
        headerRow: number;
        metrics: {
          name: string;
          weight: number;
          target: number;
          comparator: string | null;
          unit: string;
        }[];
        rows: { row: number; fate: string; reason?: string }[];
      };
      expect(result.headerRow).toBe(2);
      expect(result.metrics.map((m) => m.name)).toEqual(['回款率', '新客数']);
      expect(result.metrics[0]).toMatchObject({
        weight: 20,
        target: 98,
        comparator: '>=',
        unit: '%',
      });
      expect(result.metrics[1]).toMatchObject({ weight: 30, target: 1200 });
      expect(result.rows).toContainEqual({ row: 5, fate: 'skipped', reason: 'subtotal' });
    },
    SPAWN_TIMEOUT,
  );

  it(
    'refuses a file that is not a spreadsheet with the reason, in Chinese, exit 1',
    async () => {
      const file = path.join(folder, 'photo.xlsx');
      await writeFile(
        file,
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      );
      const { code, stderr } = await cli(['import', file], { LANG: 'zh_CN.UTF-8' });
      expect(code).toBe(1);
      expect(stderr).toContain('无法导入「photo.xlsx」');
      expect(stderr).toContain('这个文件不是表格');
    },
    SPAWN_TIMEOUT,
  );

  it(
    '--sheet must name a sheet of the file; --json belongs to import only',
    async () => {
      const file = path.join(folder, 'one.csv');
      await writeFile(file, '指标名称,目标值\n回款率,98%\n');
      const missing = await cli(['import', file, '--sheet', 'Nope']);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('no sheet named “Nope”');
      const misplaced = await cli(['info', file, '--json']);
      expect(misplaced.code).toBe(2);
      expect(misplaced.stderr).toContain('--json belongs to the import command');
    },
    SPAWN_TIMEOUT,
  );
});
