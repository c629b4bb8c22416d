import { useEffect } from 'react';

/**
 * Escape while `active` (a drag in progress) calls `onEscape`, before any
 * other key handler sees it. Listening only during a drag leaves Escape to
 * dialogs and fields the rest of the time.
 */
export function useEscape(active: boolean, onEscape: () => void): void {
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      onEscape();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [active, onEscape]);
}
