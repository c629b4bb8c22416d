import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createHandlers } from '../services/handlers';
import { browserHostContext, RENDERER_DIR } from './host-context';
import { writeLoginFile, type LoginFile } from './login-file';
import { openInDefaultBrowser } from './open-url';
import { startBrowserHost } from './server';
import { runMain } from '../host/run-main';

/**
 * `npm run start:browser [-- --port N] [--open] [--root DIR ...]`: serve the built app on
 * 127.0.0.1 and print the URL that opens it. The URL works once (access.ts);
 * Enter in this terminal prints a new one. `--open` hands the browser a
 * private redirect file instead of the URL (login-file.ts), so the token never
 * reaches a command line. The app may use files under the user's home folder
 * and under each `--root` (a USB stick, a shared drive), nowhere else.
 */

const USAGE = 'Usage: tsx src/main/browser-host/start.ts [--port N] [--open] [--root DIR ...]';

async function main(): Promise<number> {
  let flags: { port?: string; open?: boolean; help?: boolean; root?: string[] };
  try {
    flags = parseArgs({
      options: {
        port: { type: 'string' },
        open: { type: 'boolean' },
        root: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
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
  const port = flags.port === undefined ? 0 : Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a number from 0 to 65535, got "${flags.port}"`);
    return 2;
  }
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    console.error(
      `The app is not built (${RENDERER_DIR} is missing). Run: npx electron-vite build`,
    );
    console.error(`应用尚未构建（缺少 ${RENDERER_DIR}）。请先运行：npx electron-vite build`);
    return 1;
  }

  const roots = [homedir(), ...(flags.root ?? []).map((root) => resolve(root))];
  for (const root of roots.slice(1)) {
    if (!existsSync(root)) {
      console.error(`--root ${root}: no such folder / 没有这个文件夹`);
      return 2;
    }
  }
  const context = browserHostContext({ pathPolicy: { kind: 'roots', roots } });
  let loginFile: LoginFile | null = null;
  const host = await startBrowserHost({
    port,
    rendererDir: RENDERER_DIR,
    handlers: createHandlers(context),
    // The redirect file has done its work once the browser has logged in.
    onLogin: () => void loginFile?.remove(),
  });
  console.log(`North Star Studio: ${host.url}`);
  console.log(`北极星共创工作台：${host.url}`);
  console.log('This address works once. / 此地址只能使用一次。');
  if (flags.open) {
    const cannotOpen = (reason: string) =>
      console.log(`Could not open a browser (${reason}); open the address above yourself.`);
    try {
      loginFile = await writeLoginFile(host.url, context.dataDir);
      const written = loginFile;
      process.once('exit', () => written.removeSync());
      openInDefaultBrowser(loginFile.fileUrl, cannotOpen);
    } catch (error) {
      cannotOpen(error instanceof Error ? error.message : String(error));
    }
  }
  // Another browser, or a tab closed by mistake: a new single-use address on request.
  const lines = process.stdin.isTTY ? createInterface({ input: process.stdin }) : null;
  if (lines) {
    console.log('Press Enter here for a new address. / 在此按回车可获取新地址。');
    lines.on('line', () => console.log(host.newLoginUrl()));
  }

  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      lines?.close();
      void Promise.all([host.close(), loginFile?.remove()]).then(() => resolve());
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}

runMain(main);
