import type { Department } from '../../shared/workspace/schema';

/**
 * Department colours on the canvas: one colour per department, the same on
 * every box of that department, so the room sees at a glance which branch is
 * whose. Pure (no DOM): the layout's tests and the inspector can use it too.
 *
 * The palette is Okabe–Ito (the first six, without its yellow, which washes
 * out on a projector) followed by four of Paul Tol's "muted" colours: ten
 * hues that stay distinct for the common colour-vision deficiencies, all
 * mid-dark enough to read as a band on a white box in a bright room. Each
 * carries the text colour that contrasts with it best (white or near-black),
 * and an "ink" shade dark enough for text on white (WCAG 4.5:1).
 */
export const DEPARTMENT_PALETTE = [
  '#0072b2', // blue
  '#e69f00', // orange
  '#009e73', // bluish green
  '#cc79a7', // reddish purple
  '#d55e00', // vermillion
  '#56b4e9', // sky blue
  '#882255', // wine
  '#999933', // olive
  '#332288', // indigo
  '#44aa99', // teal
] as const;

export interface DepartmentColour {
  /** The band, edge and card colour. */
  fill: string;
  /** Text drawn on `fill`. */
  onFill: string;
  /** The department's colour as text on a white box. */
  ink: string;
  /** A pale version of `fill` for large areas (the box behind a name, a zoomed-out card). */
  wash: string;
}

const DARK_TEXT = '#17202b';
const WHITE = '#ffffff';
/** How far a sub-department's colour goes towards white: same family, visibly lighter. */
const SUB_DEPARTMENT_TINT = 0.38;
const WASH_TINT = 0.82;

/**
 * Colour of every department, by id.
 *
 * - A department's own `color` always wins.
 * - Otherwise the "divisions" take the palette in their order in
 *   `workspace.departments`: the top-level departments, or, when there is a
 *   single top-level department with departments under it, that one's
 *   children (the single root is the company itself: its boxes look neutral,
 *   like the North Star, and it would otherwise take a colour from the
 *   divisions). Counting divisions only, a sub-team added to the list does
 *   not shift the colours of the departments after it.
 * - A department below a division takes a lighter tint of the nearest
 *   coloured department above it: a region of Sales reads as Sales from the
 *   back of the room, and its box names the region.
 */
export function departmentColours(
  departments: readonly Department[],
): ReadonlyMap<string, DepartmentColour> {
  const cached = cache.get(departments);
  if (cached) return cached;

  const byId = new Map(departments.map((d) => [d.id, d]));
  const roots = departments.filter((d) => d.parentId === null || !byId.has(d.parentId));
  const company =
    roots.length === 1 && departments.some((d) => d.parentId === roots[0]!.id) ? roots[0]! : null;
  const isDivision = (d: Department) =>
    company ? d.parentId === company.id : d.parentId === null || !byId.has(d.parentId);

  const fills = new Map<string, string | null>();
  let next = 0;
  for (const department of departments) {
    if (isDivision(department)) {
      const own = department.color ?? DEPARTMENT_PALETTE[next % DEPARTMENT_PALETTE.length]!;
      next++;
      fills.set(department.id, own.toLowerCase());
    }
  }
  const fillOf = (department: Department): string | null => {
    // Iterative, with a guard: department parents come from a file.
    const chain: Department[] = [];
    let current: Department | undefined = department;
    while (current && !fills.has(current.id) && !chain.includes(current)) {
      chain.push(current);
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
    let fill = current ? (fills.get(current.id) ?? null) : null;
    for (let i = chain.length - 1; i >= 0; i--) {
      const link = chain[i]!;
      if (link.color) fill = link.color.toLowerCase();
      else if (link !== company && fill !== null) fill = mix(fill, WHITE, SUB_DEPARTMENT_TINT);
      else fill = null;
      fills.set(link.id, fill);
    }
    return fill;
  };

  const colours = new Map<string, DepartmentColour>();
  for (const department of departments) {
    const fill = fillOf(department);
    if (fill !== null) colours.set(department.id, colourFor(fill));
  }
  cache.set(departments, colours);
  return colours;
}

const cache = new WeakMap<readonly Department[], ReadonlyMap<string, DepartmentColour>>();

export function colourFor(fill: string): DepartmentColour {
  const onFill = contrast(fill, WHITE) >= contrast(fill, DARK_TEXT) ? WHITE : DARK_TEXT;
  let ink = fill;
  for (let step = 1; contrast(ink, WHITE) < 4.5 && step <= 10; step++)
    ink = mix(fill, '#000000', step * 0.08);
  return { fill, onFill, ink, wash: mix(fill, WHITE, WASH_TINT) };
}

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** `amount` of the way from `from` to `to`, in sRGB. */
export function mix(from: string, to: string, amount: number): string {
  const a = channels(from);
  const b = channels(to);
  return `#${a
    .map((c, i) => Math.round(c + (b[i]! - c) * amount))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio, 1–21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
