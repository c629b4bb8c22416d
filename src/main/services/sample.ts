import path from 'node:path';
import type { OpenResult } from '../../shared/ipc/contract';
import type { Locale } from '../../shared/workspace/schema';
import { WORKSPACE_EXTENSION } from '../../shared/workspace/format';
import { readWorkspaceFile } from './workspace-files';

export function samplePath(resourcesDir: string, locale: Locale): string {
  return path.join(resourcesDir, 'sample', `sample.${locale}.${WORKSPACE_EXTENSION}`);
}

/**
 * The bundled sample opens as an untitled document (path and revision null):
 * the user saves it wherever they like, and the resource, which may sit in a
 * read-only install folder, is never written. Its meta.id is kept as shipped;
 * the renderer treats a null path as untitled.
 */
export async function openSample(resourcesDir: string, locale: Locale): Promise<OpenResult> {
  const result = await readWorkspaceFile(samplePath(resourcesDir, locale));
  if (!result.ok) return { ok: false, path: null, error: result.error };
  return { ...result, path: null, revision: null };
}
