import { randomBytes } from 'node:crypto';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { codeOf } from './fs-errors';
import { createPathQueue } from './path-queue';

/**
 * Crash-safe file replacement: temp file in the same folder, write, fsync,
 * rename over the target, fsync the folder. A reader (or the next start after
 * a power cut) sees either the old bytes or the new ones, never a mix; plain
 * `fs.writeFile` under kill -9 left a quarter of files unreadable on our
 * machines (24 of 100), and test/crash/atomic-save.crash.test.ts holds this
 * code to it.
 */

const queue = createPathQueue();

/** Random part of a temp name: fixed length and alphabet, so cleanup never matches a user's file. */
const TEMP_RANDOM_HEX = 12;
const RENAME_RETRIES = 5;

export function tempNameFor(basename: string): string {
  return `.${basename}.${randomBytes(TEMP_RANDOM_HEX / 2).toString('hex')}.tmp`;
}

/**
 * Replace `filePath` with `data`. Writes to one path run one at a time; each
 * write first removes temps a crashed earlier write of the same file left.
 */
export function writeFileAtomic(filePath: string, data: string | Uint8Array): Promise<void> {
  const target = path.resolve(filePath);
  return queue.run(target, async () => {
    await cleanupStaleTemps(path.dirname(target), path.basename(target));
    await writeNow(target, data);
  });
}

async function writeNow(target: string, data: string | Uint8Array): Promise<void> {
  const folder = path.dirname(target);
  const temp = path.join(folder, tempNameFor(path.basename(target)));
  const mode = await existingMode(target);
  let handle: FileHandle | undefined;
  try {
    // 'wx': never follow or reuse something already sitting at the temp name.
    handle = await open(temp, 'wx', mode ?? 0o666);
    // open() applies the umask; a replaced file keeps the permissions it had.
    if (mode !== undefined && process.platform !== 'win32') await handle.chmod(mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameWithRetry(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}

async function existingMode(target: string): Promise<number | undefined> {
  try {
    return (await stat(target)).mode & 0o777;
  } catch {
    return undefined;
  }
}

/** Windows refuses a rename while an antivirus or indexer holds the target open for a moment. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const retryable =
        process.platform === 'win32' &&
        ['EPERM', 'EBUSY', 'EACCES'].includes(codeOf(error) ?? '') &&
        attempt < RENAME_RETRIES;
      if (!retryable) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
    }
  }
}

/**
 * Without this the rename itself may be lost on a power cut even though the
 * file's bytes are on disk. Windows and some file systems cannot open or sync
 * a folder; there the rename is as durable as the platform makes it.
 */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    if (!['EISDIR', 'EINVAL', 'EPERM', 'EACCES', 'ENOTSUP'].includes(codeOf(error) ?? ''))
      throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Remove `.<name>.<random>.tmp` files a killed write left behind in `folder`
 * (only those of `basename` when given). Returns the names removed.
 *
 * Only call it where no write to the same file is in flight in this process;
 * `writeFileAtomic` does so inside its per-path queue. A second app instance
 * writing the same file at the same moment would lose its temp and report an
 * error rather than corrupt anything.
 */
export async function cleanupStaleTemps(folder: string, basename?: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if (codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR') return [];
    throw error;
  }
  const stale = names.filter((name) => isTempName(name, basename));
  for (const name of stale) await rm(path.join(folder, name), { force: true });
  return stale;
}

const TEMP_PATTERN = new RegExp(`^\\.(.+)\\.[0-9a-f]{${TEMP_RANDOM_HEX}}\\.tmp$`);

export function isTempName(name: string, basename?: string): boolean {
  const match = TEMP_PATTERN.exec(name);
  return match !== null && (basename === undefined || match[1] === basename);
}
