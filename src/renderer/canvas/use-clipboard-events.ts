import { useEffect } from 'react';
import { copySelected, pasteBranch } from '../commands/branch-commands';
import type { StudioContext } from '../commands/context';

/**
 * The Edit menu's Copy and Paste on the canvas copy and paste a branch, as
 * Ctrl+C / Ctrl+V do. The keys are the shortcut table's (shell/shortcuts.ts),
 * which takes them before the browser turns them into these events; the
 * events come from the menu (on macOS, Cmd+C / Cmd+V go through the menu).
 * In a text field, or anywhere off the canvas, they stay the system's.
 */
export function useClipboardEvents(studio: StudioContext): void {
  useEffect(() => {
    const onCanvas = (event: Event) => {
      const target = event.target;
      if (studio.ui.getState().dialogs.length > 0) return false;
      if (!(target instanceof HTMLElement) || target === document.body) return true;
      if (target.isContentEditable || target.closest('input, textarea, select')) return false;
      return target.closest('.canvas') !== null;
    };
    const onCopy = (event: ClipboardEvent) => {
      // Text the user selected is theirs to copy, wherever the focus is.
      const selection = document.getSelection();
      if (selection && !selection.isCollapsed && selection.toString() !== '') return;
      if (!onCanvas(event)) return;
      event.preventDefault();
      copySelected(studio);
    };
    const onPaste = (event: ClipboardEvent) => {
      if (!onCanvas(event)) return;
      event.preventDefault();
      pasteBranch(studio);
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [studio]);
}
