import { describe, expect, it } from 'vitest';
import { commandForKey, type FocusPlace, type KeyPress } from './shortcuts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('commandForKey', () => {
  it.each<[KeyPress, FocusPlace, string | null]>([
    [press('s', { ctrlKey: true }), 'text', 'save'],
    [press('S', { ctrlKey: true, shiftKey: true }), 'canvas', 'save-as'],
    [press('s', { metaKey: true }), 'other', 'save'],
    [press('o', { ctrlKey: true }), 'canvas', 'open'],
    [press('n', { ctrlKey: true }), 'text', 'new'],
    [press('z', { ctrlKey: true }), 'canvas', 'undo'],
    [press('Z', { ctrlKey: true, shiftKey: true }), 'canvas', 'redo'],
    [press('y', { ctrlKey: true }), 'other', 'redo'],
    // A text field keeps its own text undo.
    [press('z', { ctrlKey: true }), 'text', null],
    [press('Tab'), 'canvas', 'add-child'],
    [press('Insert'), 'canvas', 'add-child'],
    [press('Enter'), 'canvas', 'add-sibling'],
    [press('F2'), 'canvas', 'rename'],
    [press('Delete'), 'canvas', 'delete'],
    [press('Backspace'), 'canvas', 'delete'],
    [press('ArrowUp'), 'canvas', 'select-up'],
    [press('ArrowRight'), 'canvas', 'select-right'],
    // Tab and Enter elsewhere do what they always do.
    [press('Tab'), 'other', null],
    [press('Tab'), 'text', null],
    [press('Enter'), 'other', null],
    [press('Backspace'), 'text', null],
    [press('Tab', { shiftKey: true }), 'canvas', null],
    [press('s', { ctrlKey: true, altKey: true }), 'canvas', null],
    // A branch is copied, pasted and duplicated on the canvas only; a field copies its text.
    [press('c', { ctrlKey: true }), 'canvas', 'copy-branch'],
    [press('v', { metaKey: true }), 'canvas', 'paste-branch'],
    [press('d', { ctrlKey: true }), 'canvas', 'duplicate-branch'],
    [press('c', { ctrlKey: true }), 'text', null],
    [press('v', { ctrlKey: true }), 'text', null],
    [press('c', { ctrlKey: true }), 'other', null],
    [press('d', { ctrlKey: true }), 'other', null],
    [press('C', { ctrlKey: true, shiftKey: true }), 'canvas', null],
    [press('c'), 'canvas', null],
    // The people and departments panel opens and closes from anywhere.
    [press('P', { ctrlKey: true, shiftKey: true }), 'canvas', 'toggle-people-panel'],
    [press('P', { ctrlKey: true, shiftKey: true }), 'text', 'toggle-people-panel'],
    [press('p', { ctrlKey: true }), 'canvas', null],
    // S opens the split wizard on the canvas; in a field it is a letter.
    [press('s'), 'canvas', 'split'],
    [press('S'), 'canvas', 'split'],
    [press('s'), 'text', null],
    [press('s'), 'other', null],
  ])('%j in %s → %s', (key, place, command) => {
    expect(commandForKey(key, place)).toBe(command);
  });
});
