import { WORKSPACE_EXTENSION } from '../../shared/workspace/format';

/**
 * Path text as the user sees it. The renderer never touches the file system;
 * these only split and join strings for display and for prefilling dialogs.
 */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : '';
}

/** The separator the folder already uses, so a Windows path is not mixed with slashes. */
export function joinPath(folder: string, name: string): string {
  if (folder === '') return name;
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(separator) ? folder + name : folder + separator + name;
}

/** A workspace name as a file name: characters no file system accepts are dropped. */
export function workspaceFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are invalid in file names
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '').trim();
  return `${cleaned || 'workspace'}.${WORKSPACE_EXTENSION}`;
}
