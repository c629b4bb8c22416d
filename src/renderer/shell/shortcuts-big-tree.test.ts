import { describe, expect, it } from 'vitest';
import { commandForKey, type KeyPress } from './shortcuts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('big-tree keys (canvas/big-tree)', () => {
  it('Ctrl+F searches from anywhere, a field included', () => {
    expect(commandForKey(press('f', { ctrlKey: true }), 'text')).toBe('search');
    expect(commandForKey(press('F', { metaKey: true }), 'canvas')).toBe('search');
  });

  it('Ctrl+0 and Shift+1 fit the tree to the window; not from a field', () => {
    expect(commandForKey(press('0', { ctrlKey: true }), 'canvas')).toBe('fit-view');
    expect(commandForKey(press('!', { shiftKey: true }), 'canvas')).toBe('fit-view');
    expect(commandForKey(press('0', { ctrlKey: true }), 'text')).toBeNull();
  });

  it('− and + collapse and open a branch, F focuses it: on the canvas only', () => {
    expect(commandForKey(press('-'), 'canvas')).toBe('collapse-branch');
    expect(commandForKey(press('+', { shiftKey: true }), 'canvas')).toBe('expand-branch');
    expect(commandForKey(press('='), 'canvas')).toBe('expand-branch');
    expect(commandForKey(press('f'), 'canvas')).toBe('focus-branch');
    expect(commandForKey(press('-'), 'text')).toBeNull();
    expect(commandForKey(press('f'), 'other')).toBeNull();
  });
});
