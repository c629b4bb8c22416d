import { spawn } from 'node:child_process';

/**
 * Hand a URL to the desktop's default browser. Best effort: on a headless
 * machine there is no browser, and the printed URL is the fallback, so a
 * failure is reported and never thrown.
 */
export function openInDefaultBrowser(
  url: string,
  onFailure: (reason: string) => void,
  platform: NodeJS.Platform = process.platform,
): void {
  const [command, args] =
    platform === 'darwin'
      ? ['open', [url]]
      : platform === 'win32'
        ? // `start` is a cmd built-in; the empty "" is the window title it would
          // otherwise take from the first quoted argument. Our URL has no `&`.
          ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsHide: true });
    child.once('error', (error) => onFailure(error.message));
    child.once('exit', (code) => {
      if (code !== 0 && code !== null) onFailure(`${command} exited with code ${code}`);
    });
    child.unref();
  } catch (error) {
    onFailure(error instanceof Error ? error.message : String(error));
  }
}
