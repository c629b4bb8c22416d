import type { z } from 'zod';
import type { fileErrorSchema } from '../../shared/ipc/contract';

export type FileError = z.infer<typeof fileErrorSchema>;

/**
 * Turn a Node fs error into the reason the user reads. Errors without an
 * errno code are bugs, not file problems: they are rethrown.
 */
export function toFileError(error: unknown): FileError {
  const code = codeOf(error);
  switch (code) {
    // ENOTDIR: a path component is a file, not a folder, so the file cannot exist there.
    case 'ENOENT':
    case 'ENOTDIR':
      return { reason: 'not-found' };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return { reason: 'permission-denied' };
    case 'EISDIR':
      return { reason: 'is-directory' };
    case 'ENOSPC':
    case 'EDQUOT':
      return { reason: 'disk-full' };
    case undefined:
      throw error;
    default:
      return { reason: 'io-error', detail: code };
  }
}

/** The errno code of a Node error (`ENOENT`), if it is one. */
export function codeOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}
