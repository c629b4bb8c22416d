import type { JournalWriter } from './journal-writer';

/**
 * A hidden window may be discarded or killed without another event, and
 * `pagehide` is the last one a closing page reliably gets: write what is
 * pending at both, rather than wait for the debounce.
 */
export function flushWhenHidden(writer: JournalWriter, target: Window = window): () => void {
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') void writer.flush();
  };
  const onPageHide = () => void writer.flush();
  target.document.addEventListener('visibilitychange', onVisibility);
  target.addEventListener('pagehide', onPageHide);
  return () => {
    target.document.removeEventListener('visibilitychange', onVisibility);
    target.removeEventListener('pagehide', onPageHide);
  };
}
