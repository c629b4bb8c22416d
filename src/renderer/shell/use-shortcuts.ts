import { useEffect } from 'react';
import type { StudioContext } from '../commands/context';
import { runCommand } from './run-command';
import { commandForKey, type FocusPlace } from './shortcuts';

function focusPlace(target: EventTarget | null): FocusPlace {
  if (!(target instanceof HTMLElement) || target === document.body) return 'canvas';
  if (target.isContentEditable || target.closest('input, textarea, select')) return 'text';
  if (target.closest('.canvas')) return 'canvas';
  return 'other';
}

/** Keyboard shortcuts and application-menu commands, routed to the same commands. */
export function useShortcuts(studio: StudioContext): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A dialog owns the keyboard while it is up; an IME owns it while composing.
      if (event.defaultPrevented || event.isComposing) return;
      if (studio.ui.getState().dialogs.length > 0) return;
      const place = focusPlace(event.target);
      const command = commandForKey(event, place);
      if (!command) return;
      event.preventDefault();
      // Leaving the field commits its draft, so Ctrl+S saves what is on screen.
      if (place === 'text' && document.activeElement instanceof HTMLElement) {
        document.activeElement.blur();
      }
      void runCommand(studio, command);
    };
    window.addEventListener('keydown', onKeyDown);
    const unsubscribe = studio.host.onMenuCommand((command) => {
      if (studio.ui.getState().dialogs.length > 0) return;
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      void runCommand(studio, command);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribe();
    };
  }, [studio]);
}
