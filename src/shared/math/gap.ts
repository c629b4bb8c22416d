import type { Direction, GapTolerance, Relation } from './model';
import type { Implied } from './relation';

/** A metric's own target against what its inputs imply. */
export interface Gap {
  readonly target: number;
  readonly implied: number;
  /** target − implied: positive when the own target is above what the inputs add up to. */
  readonly absolute: number;
  /** absolute ÷ |implied| × 100; null when the inputs imply 0 (any gap is then infinitely large). */
  readonly percent: number | null;
  readonly side: 'above' | 'below';
  /**
   * Whether the inputs fall short of the target, given which way is better:
   * for a `higher` metric an implied value below the target, for `lower` one
   * above it. Null for a `range` metric, where neither way is better.
   */
  readonly shortfall: boolean | null;
}

/**
 * Relative difference below which two figures are the same number computed
 * two ways (0.1 + 0.2 against 0.3), so a tolerance of zero still shows no
 * gap for them.
 */
const SAME_NUMBER = 1e-9;

export function gapOf(
  target: number | null,
  implied: Implied | null,
  direction: Direction,
  tolerance: GapTolerance,
): Gap | null {
  if (target === null || implied === null || !implied.ok) return null;
  const absolute = target - implied.value;
  if (Math.abs(absolute) <= SAME_NUMBER * Math.max(Math.abs(target), Math.abs(implied.value)))
    return null;
  const percent = implied.value === 0 ? null : (absolute / Math.abs(implied.value)) * 100;
  // Within either bound is no gap: an absolute bound for small figures, a percentage for large ones.
  if (Math.abs(absolute) <= tolerance.absolute) return null;
  if (percent !== null && Math.abs(percent) <= tolerance.percent) return null;
  const side = absolute > 0 ? 'above' : 'below';
  const shortfall =
    direction === 'range' ? null : direction === 'higher' ? side === 'above' : side === 'below';
  return { target, implied: implied.value, absolute, percent, side, shortfall };
}

/**
 * Units that do not add up. Only where the relation adds its inputs (sum,
 * average, weighted sum): a product or ratio combines units by design
 * (visitors × conversion × order value = revenue).
 *
 * An input without a unit is "unknown", listed apart and never counted as a
 * different unit: every new box starts without one, and a mixed-units badge
 * on every sum while the room is still naming its children would cry wolf.
 * The inspector lists them as an unfinished definition (口径).
 */
export interface UnitCheck {
  /** The distinct units among the inputs (as first written), when there is more than one. */
  readonly mixed: readonly string[] | null;
  /** Sum and average only: the inputs share a unit that is not the metric's own. */
  readonly parentDiffers: { readonly own: string; readonly inputs: string } | null;
  /** Inputs with no unit. */
  readonly unknown: readonly string[];
}

export interface UnitOf {
  readonly unit: string;
  /** unitKey(unit): compatibility forms (％, ｋｇ), case and surrounding spaces ignored. */
  readonly key: string;
}

/**
 * `unitOf(i)` is the unit of `inputs[i]`, asked once per input; nothing is
 * allocated when the units agree (the common case).
 */
export function unitCheck(
  relation: Relation,
  own: UnitOf,
  inputs: readonly string[],
  unitOf: (index: number) => UnitOf,
): UnitCheck | null {
  if (relation !== 'sum' && relation !== 'average' && relation !== 'weighted-sum') return null;
  if (inputs.length === 0) return null;
  const first = unitOf(0).key;
  let agree = first !== '' && (relation === 'weighted-sum' || own.key === '' || own.key === first);
  for (let i = 1; agree && i < inputs.length; i++) agree = unitOf(i).key === first;
  if (agree) return null;

  const units = new Map<string, string>();
  const unknown: string[] = [];
  for (const [i, id] of inputs.entries()) {
    const { unit, key } = unitOf(i);
    if (key === '') unknown.push(id);
    else if (!units.has(key)) units.set(key, unit.trim());
  }
  const mixed = units.size > 1 ? [...units.values()] : null;
  // A weighted sum's coefficients may convert (元 × 0.0001 = 万元), so only sum and average compare.
  const [shared] = units.keys();
  const parentDiffers =
    relation !== 'weighted-sum' && units.size === 1 && own.key !== '' && shared !== own.key
      ? { own: own.unit.trim(), inputs: units.get(shared as string) as string }
      : null;
  if (mixed === null && parentDiffers === null && unknown.length === 0) return null;
  return { mixed, parentDiffers, unknown };
}
