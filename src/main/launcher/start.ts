import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../browser-host/host-context';
import { electronExecutable } from './electron-binary';
import { planLaunch } from './launch-plan';
import type { LaunchStep } from './launch-plan';
import { runMain } from '../host/run-main';

/**
 * `npm start [-- --no-build] [--no-open]`: the desktop app, or the browser
 * host when the Electron binary is missing (launch-plan.ts). Runs in plain
 * Node under tsx, so it must never import electron.
 */

const USAGE = 'Usage: npm start [-- --no-build] [--no-open]';

/** The node arguments that run a step with the node running this file. */
function nodeArgsOf(step: LaunchStep): string[] {
  if (step.tool === 'tsx') return ['--import', 'tsx', ...step.args];
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('electron-vite/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    bin: Record<string, string>;
  };
  const bin = manifest.bin['electron-vite'];
  if (!bin) throw new Error('electron-vite/package.json names no electron-vite command');
  return [join(dirname(manifestPath), bin), ...step.args];
}

let stopping = false;

/** Run one step to its end; a signal to this process goes on to it. */
function run(step: LaunchStep, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgsOf(step), {
      cwd: REPO_ROOT,
      env,
      stdio: 'inherit',
    });
    const forward = (signal: NodeJS.Signals) => {
      stopping = true;
      child.kill(signal);
    };
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      process.off('SIGINT', forward);
      process.off('SIGTERM', forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

async function main(): Promise<number> {
  let flags: { build: boolean; open: boolean; help?: boolean };
  try {
    flags = parseArgs({
      options: {
        build: { type: 'boolean', default: true },
        open: { type: 'boolean', default: true },
        help: { type: 'boolean', short: 'h' },
      },
      allowNegative: true,
    }).values;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(USAGE);
    return 2;
  }
  if (flags.help) {
    console.log(USAGE);
    return 0;
  }
  const electron = electronExecutable();
  const plan = planLaunch({ electron, env: process.env, build: flags.build, open: flags.open });
  if (plan.notice) console.log(plan.notice);
  // electron-vite finds Electron through path.txt only: hand it the binary we
  // found, which may be where ELECTRON_OVERRIDE_DIST_PATH says.
  const env = electron ? { ...process.env, ELECTRON_EXEC_PATH: electron } : process.env;
  for (const step of plan.steps) {
    const code = await run(step, env);
    if (code !== 0 || stopping) return code;
  }
  return 0;
}

runMain(main);
