import { spawn } from 'node:child_process';

/**
 * Hand a file:// URL (the login redirect file, login-file.ts) to the desktop's
 * default browser. Only file URLs: whatever we pass here ends up on a command
 * line that every local user can read, so the login URL itself must never come
 * through. Best effort: on a headless machine there is no browser, and the
 * printed URL is the fallback, so a failure is reported and never thrown.
 */
export function openInDefaultBrowser(
  fileUrl: string,
  onFailure: (reason: string) => void,
  platform: NodeJS.Platform = process.platform,
  spawnFn: typeof spawn = spawn,
): void {
  let url: string;
  try {
    const parsed = new URL(fileUrl);
    if (parsed.protocol !== 'file:' || parsed.search !== '') throw new Error();
    url = parsed.href;
  } catch {
    onFailure('only a file:// URL without a query may be handed to the browser');
    return;
  }
  const [command, args] =
    platform === 'darwin'
      ? ['open', [url]]
      : platform === 'win32'
        ? // `start` is a cmd built-in; the empty "" is the window title it would
          // otherwise take from the first quoted argument. cmd's own
          // metacharacters are percent-encoded: a file URL means the same with them so.
          ['cmd', ['/c', 'start', '""', url.replace(/[&|^<>]/g, percentEncode)]]
        : ['xdg-open', [url]];
  try {
    const child = spawnFn(command, args, { detached: true, stdio: 'ignore', windowsHide: true });
    child.once('error', (error) => onFailure(error.message));
    child.once('exit', (code) => {
      if (code !== 0 && code !== null) onFailure(`${command} exited with code ${code}`);
    });
    child.unref();
  } catch (error) {
    onFailure(error instanceof Error ? error.message : String(error));
  }
}

function percentEncode(character: string): string {
  return `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}
