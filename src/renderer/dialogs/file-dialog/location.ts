import { joinPath } from '../../commands/paths';

/**
 * What the user typed into the file dialog, as a path the host can check.
 * The renderer never touches the disk: these only join strings. `~` is left
 * for the host, which knows where home is.
 */
export function isAbsolutePath(typed: string): boolean {
  return (
    typed.startsWith('/') ||
    typed === '~' ||
    typed.startsWith('~/') ||
    typed.startsWith('~\\') ||
    typed.startsWith('\\\\') ||
    /^[A-Za-z]:[\\/]/.test(typed)
  );
}

/** A full path stays as typed; a name (or `sub/name`) is taken inside the folder on screen. */
export function resolveTyped(typed: string, folder: string): string {
  const text = typed.trim();
  if (isAbsolutePath(text) || folder === '') return text;
  return joinPath(folder, text);
}

/** Bytes as a person reads them in a file list. */
export function formatSize(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
