import type { FormulaContext } from './formula/references';
import type { RollUp } from './roll-up';

/**
 * The context the formula editor converts names with: the metric, its inputs
 * by name, and the cycle check — from an input down through what each metric
 * reads, is the metric itself reached? (The tree cannot loop; cross-links
 * can: a formula of A over B, where B includes cross-links and one of them
 * leads back to A.)
 */
export function formulaContextFor(rollUp: RollUp, metricId: string): FormulaContext {
  const self = rollUp.metric(metricId);
  const inputs = rollUp.inputsOf(metricId).map((id) => ({
    id,
    name: rollUp.metric(id)?.name ?? id,
  }));
  return {
    self: { id: metricId, name: self?.name ?? metricId },
    inputs,
    pathBackToSelf: (inputId) => pathTo(rollUp, inputId, metricId),
  };
}

/** [to, from, …, to] when `to` is reachable from `from` along what each metric reads; else null. Breadth first. */
function pathTo(rollUp: RollUp, from: string, to: string): string[] | null {
  const cameFrom = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    if (id === to) {
      const path: string[] = [];
      for (let at: string | null = id; at !== null; at = cameFrom.get(at) ?? null) path.unshift(at);
      return [to, ...path];
    }
    for (const input of rollUp.graph.usedInputsOf(id))
      if (!cameFrom.has(input)) {
        cameFrom.set(input, id);
        queue.push(input);
      }
  }
  return null;
}
