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
  | 'toggle-people-panel'
  | 'split'
  | 'select-up'
  | 'select-down'
  | 'select-left'
  | 'select-right'
  /** Big trees (canvas/big-tree/): view only, never an undo step. */
  | 'search'
  | 'fit-view'
  | 'collapse-branch'
  | 'expand-branch'
  | 'focus-branch';

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
    // The people and departments panel, from anywhere (people-panel/).
    if (key === 'p' && press.shiftKey) return 'toggle-people-panel';
    // Search the tree from anywhere, a field included (the browser's own find knows no boxes).
    if (key === 'f' && !press.shiftKey) return 'search';
    if (place === 'text') return null;
    if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && !press.shiftKey) return 'redo';
    // A branch is copied from the canvas; anywhere else these keys do what
    // the system makes them do.
    if (place !== 'canvas' || press.shiftKey) return null;
    if (key === 'c') return 'copy-branch';
    if (key === 'v') return 'paste-branch';
    if (key === 'd') return 'duplicate-branch';
    if (key === '0') return 'fit-view';
    return null;
  }

  // Shifted on most layouts ('+', '!'), so before the Shift check below.
  if (place === 'canvas') {
    if (key === '-') return 'collapse-branch';
    if (key === '+' || key === '=') return 'expand-branch';
    if (key === '!') return 'fit-view';
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
    // 拆解: the split wizard on the selected metric (S for split).
    case 's':
      return 'split';
    // F: only the selected branch and its path to the North Star (again, or Esc: the whole tree).
    case 'f':
      return 'focus-branch';
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
