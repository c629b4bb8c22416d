import { WORKSPACE_EXTENSION } from '../workspace/format';

/**
 * What a file is for decides everything the app lets the user do with it: which
 * dialog is shown and with which filter, which extensions may be opened or
 * written, and so which paths the hosts accept. One table, read by the native
 * dialogs, the browser host's own file dialog, the path checks in the services
 * and the renderer alike.
 *
 * - workspace: our own document; opened and saved (a `.bak` backup may be opened
 *   to rescue the previous version, never written over).
 * - import: last year's KPI sheets; only ever read.
 * - export: what leaves the room (the matrix for HR, the wall chart); only ever written.
 */
export const FILE_PURPOSES = ['workspace', 'import', 'export'] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

/** Purposes with an Open dialog, and with a Save dialog. */
export const OPEN_PURPOSES = ['workspace', 'import'] as const;
export const SAVE_PURPOSES = ['workspace', 'export'] as const;
export type OpenPurpose = (typeof OPEN_PURPOSES)[number];
export type SavePurpose = (typeof SAVE_PURPOSES)[number];

export interface PurposeRule {
  /** Extensions (lower case, no leading dot; may contain a dot: `northstar.bak`) that may be read. */
  open: readonly string[];
  /** Extensions that may be written; the first is the default when a name has none. */
  save: readonly string[];
}

export const PURPOSE_RULES: Readonly<Record<FilePurpose, PurposeRule>> = {
  workspace: {
    open: [WORKSPACE_EXTENSION, `${WORKSPACE_EXTENSION}.bak`],
    save: [WORKSPACE_EXTENSION],
  },
  import: { open: ['xlsx', 'xlsm', 'xls', 'ods', 'csv', 'txt'], save: [] },
  export: { open: [], save: ['xlsx', 'pdf', 'png', 'svg', 'md'] },
};

export type FileAccess = 'open' | 'save';

export function extensionsFor(purpose: FilePurpose, access: FileAccess): readonly string[] {
  return PURPOSE_RULES[purpose][access];
}

/** The file name at the end of a path, for either separator. */
function baseName(filePath: string): string {
  const cut = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'));
  return filePath.slice(cut + 1);
}

/**
 * The allowed extension the path ends with, the longest first (`northstar.bak`
 * before `bak`), or null. A bare `.northstar` is a hidden file's name, not an
 * extension.
 */
export function matchingExtension(
  filePath: string,
  purpose: FilePurpose,
  access: FileAccess,
): string | null {
  const name = baseName(filePath).toLowerCase();
  const candidates = [...extensionsFor(purpose, access)].sort((a, b) => b.length - a.length);
  for (const extension of candidates) {
    const suffix = `.${extension}`;
    if (name.endsWith(suffix) && name.length > suffix.length) return extension;
  }
  return null;
}

export function isAllowedFile(filePath: string, purpose: FilePurpose, access: FileAccess): boolean {
  return matchingExtension(filePath, purpose, access) !== null;
}

/**
 * A save path with its extension: "plan-2027" becomes "plan-2027.northstar";
 * a name that already ends in an allowed extension is kept as it is. `format`
 * picks one of the purpose's save extensions (an export as .pdf rather than .xlsx).
 */
export function withSaveExtension(filePath: string, purpose: SavePurpose, format?: string): string {
  const allowed = extensionsFor(purpose, 'save');
  const wanted = format && allowed.includes(format) ? format : allowed[0];
  if (wanted === undefined) return filePath;
  const current = matchingExtension(filePath, purpose, 'save');
  if (current === wanted) return filePath;
  return `${filePath}.${wanted}`;
}
