import type { MenuCommand } from '../../shared/ipc/contract';

/** Everything the keyboard, the toolbar and the application menu can ask for. */
export type Command =
  | MenuCommand
  | 'add-child'
  | 'add-sibling'
  | 'delete'
  | 'rename'
  | 'copy-branch'
  | 'paste-branch'
  | 'duplicate-branch'
  | 'select-up'
  | 'select-down'
  | 'select-left'
  | 'select-right';

/** Where the keyboard focus is, as far as shortcuts care. */
export type FocusPlace = 'text' | 'canvas' | 'other';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * The shortcut table. File commands work from anywhere; undo/redo leave a
 * text field its own text undo; tree commands (Tab, Enter, Delete, arrows;
 * Ctrl+C / Ctrl+V / Ctrl+D for a branch) apply only while the canvas has the
 * focus, so that Tab still walks through buttons and fields as everywhere else.
 */
export function commandForKey(press: KeyPress, place: FocusPlace): Command | null {
  const mod = press.ctrlKey || press.metaKey;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (press.altKey) return null;

  if (mod) {
    if (key === 's') return press.shiftKey ? 'save-as' : 'save';
    if (key === 'o' && !press.shiftKey) return 'open';
    if (key === 'n' && !press.shiftKey) return 'new';
    if (place === 'text') return null;
    if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && !press.shiftKey) return 'redo';
    // A branch is copied from the canvas; anywhere else these keys do what
    // the system makes them do.
    if (place !== 'canvas' || press.shiftKey) return null;
    if (key === 'c') return 'copy-branch';
    if (key === 'v') return 'paste-branch';
    if (key === 'd') return 'duplicate-branch';
    return null;
  }

  if (place !== 'canvas' || press.shiftKey) return null;
  switch (key) {
    case 'Tab':
    case 'Insert':
      return 'add-child';
    case 'Enter':
      return 'add-sibling';
    case 'F2':
      return 'rename';
    case 'Delete':
    case 'Backspace':
      return 'delete';
    case 'ArrowUp':
      return 'select-up';
    case 'ArrowDown':
      return 'select-down';
    case 'ArrowLeft':
      return 'select-left';
    case 'ArrowRight':
      return 'select-right';
    default:
      return null;
  }
}
