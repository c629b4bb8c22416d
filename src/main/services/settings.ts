import path from 'node:path';
import { settingsSchema } from '../../shared/ipc/contract';
import type { Settings } from '../../shared/ipc/contract';
import { isRecord, readJson, writeJson } from './json-store';
import { createPathQueue } from './path-queue';

export const SETTINGS_FILE = 'settings.json';
export const DEFAULT_SETTINGS: Settings = { locale: null };

export interface SettingsStore {
  get(): Promise<Settings>;
  /** Merge `patch` into the stored settings and return the result. */
  set(patch: Partial<Settings>): Promise<Settings>;
}

export function createSettingsStore(dataDir: string): SettingsStore {
  const file = path.join(dataDir, SETTINGS_FILE);
  const queue = createPathQueue();

  /** The stored object as is, so keys a newer build wrote survive our writes. */
  async function readRaw(): Promise<Record<string, unknown>> {
    const raw = await readJson(file);
    return raw.state === 'ok' && isRecord(raw.value) ? raw.value : {};
  }

  return {
    async get() {
      return toSettings(await readRaw());
    },
    set(patch) {
      return queue.run(file, async () => {
        const merged = { ...(await readRaw()), ...patch };
        await writeJson(file, merged);
        return toSettings(merged);
      });
    },
  };
}

/** Field by field: one bad value falls back to its default without dropping the rest. */
function toSettings(raw: Record<string, unknown>): Settings {
  const locale = settingsSchema.shape.locale.safeParse(raw.locale);
  return { ...DEFAULT_SETTINGS, ...(locale.success ? { locale: locale.data } : {}) };
}
