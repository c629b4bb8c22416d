import type { Node } from '@xyflow/react';
import type { MetricNodeData } from '../to-flow';

/** The North Star's gold, as on its box (canvas.css). */
const NORTH_STAR = '#c9a227';
/** A box without a department: the neutral frame. */
const NEUTRAL = '#8d9aab';

/** A box on the minimap, in its department's colour (module level: one function for every render). */
export function minimapColour(node: Node): string {
  const data = node.data as MetricNodeData;
  if (data.isNorthStar) return NORTH_STAR;
  return data.department?.colour?.fill ?? NEUTRAL;
}
