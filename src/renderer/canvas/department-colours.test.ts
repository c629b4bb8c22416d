import { describe, expect, it } from 'vitest';
import type { Department } from '../../shared/workspace/schema';
import { contrast, DEPARTMENT_PALETTE, departmentColours } from './department-colours';

const department = (
  id: string,
  parentId: string | null,
  color: string | null = null,
): Department => ({
  id,
  name: id,
  parentId,
  color,
});

describe('departmentColours', () => {
  it('colours top-level departments from the palette, in their order', () => {
    const colours = departmentColours([department('sales', null), department('product', null)]);
    expect(colours.get('sales')?.fill).toBe(DEPARTMENT_PALETTE[0]);
    expect(colours.get('product')?.fill).toBe(DEPARTMENT_PALETTE[1]);
  });

  it('treats a single root with departments under it as the company: neutral, its children the divisions', () => {
    const colours = departmentColours([
      department('company', null),
      department('sales', 'company'),
      department('east', 'sales'),
      department('product', 'company'),
    ]);
    expect(colours.has('company')).toBe(false);
    expect(colours.get('sales')?.fill).toBe(DEPARTMENT_PALETTE[0]);
    // A sub-department does not take a palette colour of its own: product stays second.
    expect(colours.get('product')?.fill).toBe(DEPARTMENT_PALETTE[1]);
    const east = colours.get('east')!.fill;
    expect(east).not.toBe(colours.get('sales')!.fill);
    // A lighter tint of Sales' blue: the same family, closer to white.
    expect(contrast(east, '#ffffff')).toBeLessThan(contrast(DEPARTMENT_PALETTE[0], '#ffffff'));
  });

  it('lets a department’s own colour win, and its sub-departments follow it', () => {
    const colours = departmentColours([
      department('sales', null, '#AA0000'),
      department('east', 'sales'),
      department('product', null),
    ]);
    expect(colours.get('sales')?.fill).toBe('#aa0000');
    expect(colours.get('east')?.fill).toMatch(/^#[0-9a-f]{6}$/);
    expect(colours.get('product')?.fill).toBe(DEPARTMENT_PALETTE[1]);
  });

  it('gives every colour readable text on it and a text shade readable on white', () => {
    const colours = departmentColours(DEPARTMENT_PALETTE.map((_, i) => department(`d${i}`, null)));
    const fills = new Set<string>();
    for (const colour of colours.values()) {
      fills.add(colour.fill);
      expect(contrast(colour.fill, colour.onFill)).toBeGreaterThanOrEqual(3);
      expect(contrast(colour.ink, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    }
    expect(fills.size).toBe(DEPARTMENT_PALETTE.length);
  });

  it('survives a cycle of parents in a hand-edited file', () => {
    const colours = departmentColours([department('a', 'b'), department('b', 'a')]);
    expect(colours.size).toBeLessThanOrEqual(2);
  });
});
