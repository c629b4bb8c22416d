import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSettingsStore, SETTINGS_FILE } from './settings';
import { makeTempDir } from './test-helpers';

let dir: string;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ dir, dispose } = await makeTempDir());
});
afterEach(() => dispose());

describe('settings', () => {
  it('defaults to following the OS language, creating the data folder only on set', async () => {
    const data = path.join(dir, 'nested', 'data');
    const settings = createSettingsStore(data);
    expect(await settings.get()).toEqual({ locale: null });
    expect(await settings.set({ locale: 'en' })).toEqual({ locale: 'en' });
    expect(await createSettingsStore(data).get()).toEqual({ locale: 'en' });
  });

  it('treats a damaged file as defaults and leaves it alone until the next set', async () => {
    const file = path.join(dir, SETTINGS_FILE);
    await writeFile(file, '{"locale": "zh-');
    const settings = createSettingsStore(dir);
    expect(await settings.get()).toEqual({ locale: null });
    expect(await readFile(file, 'utf8')).toBe('{"locale": "zh-');
    await settings.set({ locale: 'zh-CN' });
    expect(await settings.get()).toEqual({ locale: 'zh-CN' });
  });

  it('falls back per field and keeps keys a newer version wrote', async () => {
    const file = path.join(dir, SETTINGS_FILE);
    await writeFile(file, JSON.stringify({ locale: 'fr', theme: 'dark' }));
    const settings = createSettingsStore(dir);
    expect(await settings.get()).toEqual({ locale: null });
    await settings.set({ locale: 'en' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ locale: 'en', theme: 'dark' });
  });
});
