import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write';
import { codeOf } from './fs-errors';

/**
 * Small JSON files the app keeps for itself (recent list, settings). They are
 * conveniences: a damaged one must never stop the app from starting, and must
 * not be overwritten just because it was read — only the next real change
 * replaces it, so a user can still look at what went wrong.
 */
export type JsonRead =
  { state: 'missing' } | { state: 'damaged' } | { state: 'ok'; value: unknown };

export async function readJson(filePath: string): Promise<JsonRead> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return { state: 'missing' };
    // Unreadable (a folder, no permission) is as good as damaged for a convenience file.
    return { state: 'damaged' };
  }
  try {
    return { state: 'ok', value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return { state: 'damaged' };
  }
}

export async function writeJson(filePath: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(filePath), { recursive: true });
  await writeFileAtomic(filePath, JSON.stringify(value, null, 2) + '\n');
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
