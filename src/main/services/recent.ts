import { stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { RecentEntry } from '../../shared/ipc/contract';
import { isRecord, readJson, writeJson } from './json-store';
import { createPathQueue } from './path-queue';

export const RECENT_FILE = 'recent.json';
export const MAX_RECENT = 10;

const storedEntrySchema = z.object({
  path: z.string().min(1).max(4096),
  name: z.string(),
  openedAt: z.string(),
});
type StoredEntry = z.infer<typeof storedEntrySchema>;

export interface RecentStore {
  /** Most recent first; `exists` is checked now, so a moved file shows as missing. */
  list(): Promise<RecentEntry[]>;
  add(filePath: string, name: string): Promise<RecentEntry[]>;
  remove(filePath: string): Promise<RecentEntry[]>;
  /** Whether the (resolved) path is on the list: the shell lets the user reopen those. */
  has(filePath: string): Promise<boolean>;
}

export function createRecentStore(
  dataDir: string,
  options: { now?: () => Date } = {},
): RecentStore {
  const file = path.join(dataDir, RECENT_FILE);
  const now = options.now ?? (() => new Date());
  // Read-modify-write cycles must not interleave, or two quick opens lose one entry.
  const queue = createPathQueue();

  async function read(): Promise<StoredEntry[] | 'damaged'> {
    const raw = await readJson(file);
    if (raw.state === 'missing') return [];
    if (raw.state === 'damaged' || !isRecord(raw.value) || !Array.isArray(raw.value.entries))
      return 'damaged';
    // One bad entry (hand-edited, from a newer build) should not cost the others.
    return raw.value.entries.flatMap((entry) => {
      const parsed = storedEntrySchema.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    });
  }

  async function withExists(entries: StoredEntry[]): Promise<RecentEntry[]> {
    return Promise.all(
      entries.map(async (entry) => ({ ...entry, exists: await isFile(entry.path) })),
    );
  }

  return {
    async list() {
      const entries = await read();
      return withExists(entries === 'damaged' ? [] : entries);
    },
    add(filePath, name) {
      return queue.run(file, async () => {
        const resolved = path.resolve(filePath);
        const current = await read();
        const others = current === 'damaged' ? [] : current.filter((e) => e.path !== resolved);
        const entries = [
          { path: resolved, name: name || path.basename(resolved), openedAt: now().toISOString() },
          ...others,
        ].slice(0, MAX_RECENT);
        await writeJson(file, { version: 1, entries });
        return withExists(entries);
      });
    },
    remove(filePath) {
      return queue.run(file, async () => {
        const resolved = path.resolve(filePath);
        const current = await read();
        if (current === 'damaged') return [];
        const entries = current.filter((e) => e.path !== resolved);
        if (entries.length !== current.length) await writeJson(file, { version: 1, entries });
        return withExists(entries);
      });
    },
    async has(filePath) {
      const resolved = path.resolve(filePath);
      const entries = await read();
      return entries !== 'damaged' && entries.some((e) => e.path === resolved);
    },
  };
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}
