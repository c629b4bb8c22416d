import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FolderEntry, FolderListing, Place } from '../../shared/ipc/contract';
import { isAllowedFile, type FileAccess, type FilePurpose } from '../../shared/files/purposes';
import { toFileError } from './fs-errors';
import { isInside } from './path-guard';

/**
 * A folder as the browser host's file dialog shows it: its sub-folders and
 * the files this purpose may use, sorted as a person expects (folders first,
 * "第2轮" before "第10轮"). Hidden entries stay hidden, as in a desktop dialog.
 * The caller has already checked that the folder may be listed.
 */

/** A dialog with more rows than this is unusable anyway; the rest is left out, and said so. */
export const MAX_ENTRIES = 2000;

const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true, sensitivity: 'base' });

export interface ListRequest {
  folder: string;
  purpose: FilePurpose;
  access: FileAccess;
  /** The allowed roots: the dialog cannot go up past the one the folder is in. */
  roots: readonly string[];
  places: Place[];
}

export async function listFolder(request: ListRequest): Promise<FolderListing> {
  const { folder, purpose, access } = request;
  const fail = (error: Extract<FolderListing, { ok: false }>['error']): FolderListing => ({
    ok: false,
    folder,
    error,
  });
  let names: Dirent[];
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) return fail({ reason: 'not-a-folder' });
    names = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    return fail(toFileError(error));
  }

  const entries: FolderEntry[] = [];
  for (const dirent of names) {
    if (dirent.name.startsWith('.')) continue;
    const full = path.join(folder, dirent.name);
    // A symlink shows as what it points to; where it leads is checked when it is opened.
    let kind: 'folder' | 'file' | null = dirent.isDirectory()
      ? 'folder'
      : dirent.isFile()
        ? 'file'
        : null;
    let size: number | null = null;
    let modifiedMs: number | null = null;
    if (dirent.isSymbolicLink() || kind === 'file') {
      try {
        const info = await stat(full);
        kind = info.isDirectory() ? 'folder' : info.isFile() ? 'file' : null;
        if (kind === 'file') {
          size = info.size;
          modifiedMs = info.mtimeMs;
        }
      } catch {
        continue; // a dangling link or a file gone since readdir: nothing to offer
      }
    }
    if (kind === null) continue;
    if (kind === 'file' && !isAllowedFile(dirent.name, purpose, access)) continue;
    entries.push({ name: dirent.name, kind, size, modifiedMs });
  }
  entries.sort((a, b) =>
    a.kind === b.kind ? collator.compare(a.name, b.name) : a.kind === 'folder' ? -1 : 1,
  );

  const parentFolder = path.dirname(folder);
  const atTop =
    parentFolder === folder || !request.roots.some((root) => isInside(parentFolder, root));
  return {
    ok: true,
    folder,
    parent: atTop ? null : parentFolder,
    entries: entries.slice(0, MAX_ENTRIES),
    truncated: entries.length > MAX_ENTRIES,
    places: request.places,
    separator: path.sep === '\\' ? '\\' : '/',
  };
}
