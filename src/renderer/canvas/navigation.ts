import type { PlacedMetric } from './layout';

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * The box the arrow key should land on: the nearest one in that direction, as
 * the eye sees the canvas. Spatial rather than "parent / first child" because
 * stacked columns and fanned rows would otherwise need different keys.
 */
export function neighbourInDirection(
  placed: ReadonlyMap<string, PlacedMetric>,
  fromId: string,
  direction: Direction,
): string | null {
  const from = placed.get(fromId);
  if (!from) return null;
  let best: string | null = null;
  let bestScore = Infinity;
  for (const candidate of placed.values()) {
    if (candidate.id === fromId) continue;
    const dx = candidate.x - from.x;
    const dy = candidate.y - from.y;
    const [along, across] =
      direction === 'up'
        ? [-dy, dx]
        : direction === 'down'
          ? [dy, dx]
          : direction === 'left'
            ? [-dx, dy]
            : [dx, dy];
    // Only boxes inside a 45° cone of the direction qualify.
    if (along <= 0 || Math.abs(across) > along) continue;
    const score = along + 2 * Math.abs(across);
    if (score < bestScore) {
      bestScore = score;
      best = candidate.id;
    }
  }
  return best;
}
