import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createHandlers } from '../services/handlers';
import { browserHostContext, RENDERER_DIR } from './host-context';
import { openInDefaultBrowser } from './open-url';
import { startBrowserHost } from './server';

/**
 * `npm run start:browser [-- --port N] [--open]`: serve the built app on
 * 127.0.0.1 and print the one URL (with its access token) that opens it.
 */

const USAGE = 'Usage: tsx src/main/browser-host/start.ts [--port N] [--open]';

async function main(): Promise<number> {
  let flags: { port?: string; open?: boolean; help?: boolean };
  try {
    flags = parseArgs({
      options: {
        port: { type: 'string' },
        open: { type: 'boolean' },
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

  const host = await startBrowserHost({
    port,
    rendererDir: RENDERER_DIR,
    handlers: createHandlers(browserHostContext()),
  });
  console.log(`North Star Studio: ${host.url}`);
  console.log(`北极星共创工作台：${host.url}`);
  if (flags.open) {
    openInDefaultBrowser(host.url, (reason) =>
      console.log(`Could not open a browser (${reason}); open the address above yourself.`),
    );
  }

  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void host.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
